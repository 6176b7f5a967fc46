"""Running a crawl: settings and overrides, the site boundary, robots.txt, failures, progress, the
run's end, probe and single-page fetches. Scrapy lives here and in the top-level adapters
(spiders/, pipelines/), which the crawler names in settings but never imports.
"""
