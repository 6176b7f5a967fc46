"""Collects what `archiver probe` shows: a few extracted records per URL family, nothing written."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from archiver.items import ArticleItem, FailureItem

SAMPLES = 200


class ProbeCollector:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProbeCollector:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        spider = self.crawler.spider
        records = spider.__dict__.setdefault("probe_records", [])  # type: ignore[union-attr]
        failures = spider.__dict__.setdefault("probe_failures", [])  # type: ignore[union-attr]
        if isinstance(item, ArticleItem) and len(records) < SAMPLES:
            records.append(item.record)
        elif isinstance(item, FailureItem) and len(failures) < SAMPLES:
            failures.append({"url": item.url, "kind": item.kind, "reason": item.reason})
        return item
