"""Writes items into the SQLite archive in batched transactions and keeps the crawl-run row."""

from __future__ import annotations

import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from archiver.items import ArticleItem, FailureItem, ListingItem
from archiver.store import Archive

_RUN_SETTINGS = ("CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY",
                 "AUTOTHROTTLE_ENABLED", "ROBOTSTXT_OBEY", "USER_AGENT", "CLOSESPIDER_PAGECOUNT",
                 "DOWNLOAD_MAXSIZE", "DOWNLOAD_TIMEOUT", "RETRY_TIMES")


class ArchivePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.db_path = settings.get("ARCHIVER_DB")
        self.batch_size = settings.getint("ARCHIVER_BATCH_SIZE")
        self.batch_seconds = settings.getfloat("ARCHIVER_BATCH_SECONDS")
        self.buffer: list[Any] = []
        self.last_flush = time.monotonic()
        self.archive: Archive | None = None
        self.run_id: int | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = self.crawler.spider
        self.archive = Archive(self.db_path)
        settings = {name: self.crawler.settings.get(name) for name in _RUN_SETTINGS}
        self.run_id = self.archive.start_run(spider.target, spider.profile.name, settings)  # type: ignore[attr-defined]
        self.stats.set_value("archiver/run_id", self.run_id)
        self.stats.set_value("archiver/db", str(self.archive.path))

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, ArticleItem | ListingItem | FailureItem):
            self.buffer.append(item)
            if len(self.buffer) >= self.batch_size or \
                    time.monotonic() - self.last_flush >= self.batch_seconds:
                self.flush()
        return item

    def flush(self) -> None:
        if not self.buffer or self.archive is None or self.run_id is None:
            return
        outcomes = self.archive.write_batch(self.buffer, self.run_id)
        self.buffer.clear()
        self.last_flush = time.monotonic()
        for name, count in outcomes.items():
            if count:
                self.stats.inc_value(f"archiver/{name}", count)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.archive is None or self.run_id is None:
            return
        self.flush()
        status = "finished" if reason in ("finished", "closespider_pagecount") else (
            "interrupted" if reason == "shutdown" else "failed")
        self.stats.set_value("archiver/run_status", status)
        stats = {k: v for k, v in self.stats.get_stats().items()
                 if isinstance(v, int | float | str) and not k.startswith("log_count")}
        stats["finish_reason"] = reason
        self.archive.finish_run(self.run_id, status, stats)
        self.archive.close()
