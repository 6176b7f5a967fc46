"""PageCapture -> ArticleItem (the extracted record), or a FailureItem saying why not.

It also counts field coverage (share of extracted pages with a title, date, source,
body): a sharp drop against earlier runs means the site's layout changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from archiver import statkeys
from archiver.errors import ExtractionError
from archiver.extract import extract_article
from archiver.extract.html import charset_of
from archiver.items import ArticleItem, FailureItem, PageCapture
from archiver.normalize import weighted_length
from archiver.store.runs import COVERAGE_FIELDS
from archiver.validation import MIN_BODY_CHARS


def _charset(headers: dict[str, str]) -> str | None:
    return charset_of(next((v for k, v in headers.items() if k.lower() == "content-type"), None))


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
        profile = self.crawler.spider.profile  # type: ignore[union-attr]
        try:
            record = extract_article(
                item.body,
                item.url,
                profile,
                charset=_charset(item.headers),
                captured_at=datetime.fromisoformat(item.fetched_at),
                parsed=item.parsed,
            )
        except ExtractionError as exc:
            item.parsed = None
            self.stats.inc_value(statkeys.EXTRACTION_FAILED)
            return FailureItem(
                url=item.url,
                kind="unparsable",
                reason=str(exc),
                status=item.status,
                at=item.fetched_at,
                referer=item.referer,
            )
        item.parsed = None  # the tree is large; the capture waits in the archive's write batch
        self.stats.inc_value(statkeys.COVERAGE_EXTRACTED)
        for name in COVERAGE_FIELDS:
            # A body counts when validation would keep it: a script shell's "Loading…" is none.
            present = (
                weighted_length(record.get("body") or "") >= MIN_BODY_CHARS or bool(record.get("images"))
                if name == "body"
                else record.get(name)
            )
            if present:
                self.stats.inc_value(statkeys.coverage(name))
        return ArticleItem(capture=item, record=record)
