"""Near-duplicate articles across sites: MinHash signatures and clusters, and which copy is the
original (pure: no database, no Scrapy).
"""
