"""The crawl's validation stage: archiver.validation's check, with a rejected record turned into a failure."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from archiver import statkeys
from archiver.items import ArticleItem, FailureItem
from archiver.validation import rejection


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        rejected = rejection(item.record)
        if rejected is None:
            return item
        capture = item.capture
        self.stats.inc_value(statkeys.outcome(rejected.kind))  # type: ignore[union-attr]
        return FailureItem(
            url=capture.url,
            kind=rejected.kind,
            reason=rejected.reason,
            status=capture.status,
            at=capture.fetched_at,
            referer=capture.referer,
        )
