"""A progress line on stderr while a crawl runs: pages, articles, failures, rate."""

from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from archiver import statkeys


class ProgressLine:
    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.stats = crawler.stats
        self.interval = interval
        self.db = crawler.settings.get("ARCHIVER_DB")
        # In a crawl of several portals, whose line this is (archiver.crawler.many sets it).
        label = crawler.settings.get("ARCHIVER_SITE_LABEL")
        self.tag = f"[archiver {label}]" if label else "[archiver]"
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLine:
        interval = crawler.settings.getfloat("ARCHIVER_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        return cls(crawler, interval)

    def opened(self, spider: object) -> None:
        self.started = time.monotonic()
        profile = getattr(spider, "profile", None)
        starts = ", ".join(profile.start_urls) if profile else "?"
        print(
            opening_line(self.tag, starts, getattr(profile, "name", "?"), self.db, self.interval),
            file=sys.stderr,
            flush=True,
        )
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def closed(self, spider: object, reason: str) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()

    def line(self) -> str:
        get = self.stats.get_value
        pages = get("response_received_count", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return (
            f"{self.tag} {elapsed:6.0f}s  pages {pages}  queued {get('scheduler/enqueued', 0)}"
            f"  articles new {get(statkeys.NEW, 0)} changed {get(statkeys.CHANGED, 0)}"
            f" unchanged {get(statkeys.UNCHANGED, 0)}  failures {get(statkeys.FAILURES, 0)}"
            f"  {pages / elapsed:.1f} pages/s"
        )

    def report(self) -> None:
        print(self.line(), file=sys.stderr, flush=True)


def opening_line(tag: str, starts: str, profile_name: str, db: str | None, interval: float) -> str:
    """The crawl's first line on stderr: what it crawls, with which profile, into which archive."""
    # A probe crawls with no archive (ARCHIVER_DB empty): "into ;" told the user nothing.
    into = f"into {db}" if db else "with no archive (probe)"
    return f"{tag} crawling {starts} (profile {profile_name}) {into}; progress every {interval:g}s"
