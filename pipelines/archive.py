"""Writes items into the SQLite archive in batched transactions and keeps the crawl-run row."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from archiver import lock
from archiver.items import ArticleItem, FailureItem, GoneItem, ListingItem, NotModifiedItem, SiteItem
from archiver.revisit import RevisitPolicy
from archiver.store import Archive
from archiver.store.runs import COVERAGE_FIELDS, coverage_alarm

_RUN_SETTINGS = ("CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY",
                 "AUTOTHROTTLE_ENABLED", "ROBOTSTXT_OBEY", "USER_AGENT", "CLOSESPIDER_PAGECOUNT",
                 "DOWNLOAD_MAXSIZE", "DOWNLOAD_TIMEOUT", "RETRY_TIMES", "ARCHIVER_REVISIT_POLICY",
                 "ARCHIVER_EARLY_STOP", "ARCHIVER_MAX_LISTING_PAGES")
_ITEMS = (ArticleItem, ListingItem, FailureItem, NotModifiedItem, GoneItem, SiteItem)


class ArchivePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.db_path = Path(settings.get("ARCHIVER_DB"))
        self.batch_size = settings.getint("ARCHIVER_BATCH_SIZE")
        self.batch_seconds = settings.getfloat("ARCHIVER_BATCH_SECONDS")
        self.max_drop = settings.getfloat("ARCHIVER_COVERAGE_MAX_DROP")
        self.duplicate_threshold = settings.getfloat("ARCHIVER_DUPLICATE_THRESHOLD")
        self.revisit = RevisitPolicy.parse(settings.get("ARCHIVER_REVISIT_POLICY"))
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
        lock.acquire(self.db_path, spider.target)  # type: ignore[union-attr]
        self.archive = Archive(self.db_path, revisit=self.revisit)
        settings = {name: self.crawler.settings.get(name) for name in _RUN_SETTINGS}
        mode = "full" if spider.full else "incremental"  # type: ignore[union-attr]
        self.run_id = self.archive.start_run(spider.target, spider.profile.name, settings, mode)  # type: ignore[union-attr]
        self.stats.set_value("archiver/run_id", self.run_id)
        self.stats.set_value("archiver/db", str(self.archive.path))

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, _ITEMS):
            self.buffer.append(item)
            if len(self.buffer) >= self.batch_size or time.monotonic() - self.last_flush >= self.batch_seconds:
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

    def coverage(self) -> dict[str, Any]:
        extracted = self.stats.get_value("archiver/coverage/extracted", 0)
        shares = {name: round(self.stats.get_value(f"archiver/coverage/{name}", 0) / extracted, 4)
                  if extracted else None for name in COVERAGE_FIELDS}
        return {"extracted": extracted, **shares}

    def update_clusters(self) -> None:
        """Near-duplicates of what this run added or changed (what it committed, whatever the run's outcome)."""
        assert self.archive is not None
        spider = self.crawler.spider
        try:
            result = self.archive.update_clusters(
                self.run_id, self.duplicate_threshold,
                progress=lambda done, total: spider.logger.info("near-duplicates: %d/%d articles signed", done, total))
        except Exception as exc:  # the crawl's own writes are committed: record the failure, keep the run
            spider.logger.error("near-duplicate update failed (%s); run `archiver cluster --db %s` to retry",
                                exc, self.db_path)
            self.stats.set_value("archiver/duplicates/error", str(exc))
            return
        for name, value in result.as_dict().items():
            self.stats.set_value(f"archiver/duplicates/{name}", value)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.archive is None or self.run_id is None:
            return
        try:
            self.flush()
            status = "finished" if reason in ("finished", "closespider_pagecount") else (
                "interrupted" if reason == "shutdown" else "failed")
            if status == "finished" and reason == "finished":
                removed = self.archive.close_listings(spider.complete_categories(), self.run_id)  # type: ignore[attr-defined]
                self.stats.set_value("archiver/left_listings", removed)
            self.update_clusters()
            coverage = self.coverage()
            alarm = coverage_alarm(coverage, self.archive.coverage_baseline(self.run_id), self.max_drop)
            self.stats.set_value("archiver/run_status", status)
            if alarm:
                self.stats.set_value("archiver/alarm", alarm)
            stats = {k: v for k, v in self.stats.get_stats().items()
                     if isinstance(v, int | float | str) and not k.startswith("log_count")}
            stats["finish_reason"] = reason
            self.archive.finish_run(self.run_id, status, stats, coverage, alarm)
        finally:
            self.archive.close()
            lock.release(self.db_path)
