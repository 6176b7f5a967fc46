"""A record without a title or a body is not an article: it becomes a recorded failure."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from archiver.items import ArticleItem, FailureItem

MIN_BODY_CHARS = 20


def problems(record: dict[str, Any]) -> list[str]:
    found = []
    if not record.get("title"):
        found.append("no title found")
    if len(record.get("body") or "") < MIN_BODY_CHARS:
        found.append(f"no body found (under {MIN_BODY_CHARS} characters)")
    return found


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        found = problems(item.record)
        if not found:
            return item
        self.stats.inc_value("archiver/invalid")
        capture = item.capture
        return FailureItem(url=capture.url, kind="invalid", reason="; ".join(found),
                           status=capture.status, at=capture.fetched_at, referer=capture.referer)
