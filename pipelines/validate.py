"""The crawl's validation stage: archiver.validation's check, with a rejected record turned into a failure."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from archiver.items import ArticleItem
from archiver.writer.pages import validated


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        result, counted = validated(item)
        for key in counted:
            self.stats.inc_value(key)  # type: ignore[union-attr]
        return result
