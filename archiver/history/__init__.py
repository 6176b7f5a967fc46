"""How an article's record changes over time: what counts as a change, the diffs between
versions, when to revisit, and the plain-data report of what runs found (pure of Scrapy).
"""
