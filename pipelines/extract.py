"""PageCapture -> ArticleItem (the extracted record), or a FailureItem saying why not.

It also counts field coverage (share of extracted pages with a title, date, source,
body): a sharp drop against earlier runs means the site's layout changed.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from archiver.items import PageCapture
from archiver.writer.pages import extracted


class ExtractPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, PageCapture):
            return item
        result, counted = extracted(item, self.crawler.spider.profile)  # type: ignore[union-attr]
        for key in counted:
            self.stats.inc_value(key)
        return result
