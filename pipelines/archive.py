"""Writes items into the SQLite archive in batched transactions and keeps the crawl-run row."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

from archiver import statkeys
from archiver.crawler.capture_middleware import page_captured
from archiver.crawler.run_end import WRITE_FAILED, coverage_shares, end_run, fail_run
from archiver.discovery.article_templates import (
    FetchedPage,
    earlier_look,
    earlier_to_read,
    template_report,
    template_tallies,
)
from archiver.discovery.completeness import report as completeness_report
from archiver.extract.html import charset_of
from archiver.history.revisit import RevisitPolicy
from archiver.items import ArticleItem, FailureItem, GoneItem, ListingItem, NotModifiedItem, PageCaptureItem, SiteItem
from archiver.store import Archive, ArchiveWriteError, lock
from archiver.store.duplicates import ClusterUpdate
from archiver.store.reads import header_value
from archiver.store.runs import RECORDED_SETTINGS

log = logging.getLogger(__name__)

_ITEMS = (ArticleItem, ListingItem, FailureItem, NotModifiedItem, GoneItem, SiteItem, PageCaptureItem)


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
        self.write_error: str | None = None  # why the archive could not be written: the crawl stops
        self.closing = False
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        # pages that are not articles (home, listings, robots.txt, redirects), from the capture middlewares
        crawler.signals.connect(self.page_captured, signal=page_captured)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = self.crawler.spider
        lock.acquire(self.db_path, spider.target)  # type: ignore[union-attr]
        self.archive = Archive(self.db_path, revisit=self.revisit)
        settings = {name: self.crawler.settings.get(name) for name in RECORDED_SETTINGS}
        mode = "full" if spider.full else "incremental"  # type: ignore[union-attr]
        self.run_id = self.archive.start_run(spider.target, spider.profile.name, settings, mode)  # type: ignore[union-attr]
        self.stats.set_value(statkeys.RUN_ID, self.run_id)
        self.stats.set_value(statkeys.DB, str(self.archive.path))

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, _ITEMS) and self.write_error is not None:
            self.stats.inc_value(statkeys.NOT_WRITTEN)  # counted; the next run fetches it again
        elif isinstance(item, _ITEMS):
            self.buffer.append(item)
            if len(self.buffer) >= self.batch_size or time.monotonic() - self.last_flush >= self.batch_seconds:
                self.flush()
        return item

    def page_captured(self, item: PageCaptureItem) -> None:
        if self.archive is not None and not self.closing:
            self.process_item(item)

    def flush(self) -> None:
        if not self.buffer or self.archive is None or self.run_id is None:
            return
        try:
            outcomes = self.archive.write_batch(self.buffer, self.run_id)
        except ArchiveWriteError as exc:
            self.stop_on_write_error(exc)
            return
        self.buffer.clear()
        self.last_flush = time.monotonic()
        for name, count in outcomes.items():
            if count:
                self.stats.inc_value(statkeys.outcome(name), count)

    def stop_on_write_error(self, exc: ArchiveWriteError) -> None:
        """The batch was rolled back: stop fetching what could not be stored, say why once.

        The buffered pages are dropped; their frontier rows were not updated either, so the
        next run fetches them again. Retrying here would only fail the same way (disk full,
        read-only file) while the crawl kept fetching pages it cannot keep.
        """
        dropped = len(self.buffer)
        self.buffer.clear()
        self.stop_writing(str(exc), dropped)

    def stop_writing(self, error: str, dropped: int) -> None:
        """Nothing more can be written (``error`` says why; ``dropped`` items were lost with it): the crawl stops."""
        if self.write_error is not None:
            self.stats.inc_value(statkeys.NOT_WRITTEN, dropped)
            return
        self.write_error = error
        self.stats.inc_value(statkeys.NOT_WRITTEN, dropped)
        self.stats.set_value(statkeys.WRITE_ERROR, self.write_error)
        # INFO: the log file keeps it; the terminal gets it once, as the crawl's closing "Error:" line.
        log.info("%s: the crawl stops", self.write_error)
        if not self.closing and self.crawler.engine is not None:
            self.closing = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=WRITE_FAILED))

    def finish_writes(self) -> None:
        """At the crawl's end: everything the spider produced written (or counted as not written)."""
        self.flush()

    def signed_during_run(self) -> ClusterUpdate | None:
        """What was signed for the near-duplicate index as the run wrote (None: all of it is left to its end)."""
        return None

    def coverage(self) -> dict[str, Any]:
        prefix = statkeys.COVERAGE_PREFIX
        return coverage_shares({k[len(prefix) :]: v for k, v in self.stats.get_stats().items() if k.startswith(prefix)})

    def check_completeness(self, spider: Spider) -> None:
        """Estimated, discovered and archived per listing; a large shortfall is a warning (exit 5)."""
        assert self.archive is not None
        tallies = spider.completeness() if hasattr(spider, "completeness") else []
        archived = {t.url: self.archive.archived_among(t.discovered) for t in tallies}
        failed = {t.url: self.archive.failed_among(t.discovered, self.run_id) for t in tallies}  # type: ignore[arg-type]
        rows, warning = completeness_report(tallies, archived, failed)
        self.stats.set_value(statkeys.COMPLETENESS, rows)
        # ... and by article template, which needs no listing: pages like the archived articles, not archived
        pages, linked, before = spider.fetched_pages() if hasattr(spider, "fetched_pages") else ([], [], [])
        earlier = self.earlier_looks(spider, pages, before)
        if earlier:
            # Articles this run did not look at (304, not due) teach the templates as their stored pages show them.
            read = {page.url for page in earlier}
            pages, before = [*pages, *earlier], [url for url in before if url not in read]
        template_rows, template_warning = template_report(template_tallies(pages, linked, before))
        if template_rows:
            self.stats.set_value(statkeys.COMPLETENESS_TEMPLATES, template_rows)
        warnings = [w for w in (warning, template_warning) if w]
        if warnings:
            self.stats.set_value(statkeys.INCOMPLETE, "; ".join(warnings))

    def earlier_looks(self, spider: Spider, pages: list[FetchedPage], before: list[str]) -> list[FetchedPage]:
        """The stored pages of articles earlier runs archived whose URL pattern a page of this run that may be a
        lost post shares (a re-run whose posts answered 304 fetched none to learn the template from)."""
        assert self.archive is not None
        wanted = earlier_to_read(pages, before)
        if not wanted:
            return []
        allowed = frozenset(getattr(spider, "allowed_netlocs", ()) or ())
        looks = []
        for url, final_url, headers, body in self.archive.current_captures(wanted):
            content_type = header_value(headers, "content-type")
            look = earlier_look(url, final_url, body, allowed, charset_of(content_type) if content_type else None)
            if look is not None:
                looks.append(look)
        return looks

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.archive is None or self.run_id is None:
            return
        self.closing = True
        try:
            self.finish_writes()
            if self.write_error is not None:
                added = fail_run(self.archive, self.run_id, self.stats.get_stats(), self.coverage(), self.write_error)
                for name, value in added.items():
                    self.stats.set_value(name, value)
                return
            complete = spider.complete_categories() if reason == "finished" else []  # type: ignore[attr-defined]
            if reason == "finished":
                self.check_completeness(spider)
            added = end_run(
                self.archive,
                self.run_id,
                reason,
                complete,
                self.stats.get_stats(),
                self.coverage(),
                duplicate_threshold=self.duplicate_threshold,
                max_coverage_drop=self.max_drop,
                signed_during_run=self.signed_during_run(),
            )
            for name, value in added.items():
                self.stats.set_value(name, value)
        finally:
            self.archive.close()
            lock.release(self.db_path)
