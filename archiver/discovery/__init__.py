"""Site-structure inference for generic mode: pure functions of pages and URLs, no Scrapy.

``pagination`` recognises the families of listing-page URLs and the counts pagers state;
``page`` groups a page's links by repeated structure; ``sitemodel`` learns chrome, listings
and article families from many pages; ``frontier`` says which links a page leads to.
The spider (``spiders/learned.py``) only feeds pages in and turns answers into requests.
"""
