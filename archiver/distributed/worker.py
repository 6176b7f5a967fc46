"""A worker: a Scrapy crawler whose queue, seen filter and items live in Redis.

Pages are fetched, parsed and extracted here; the records go into a Redis list that the
coordinator (the archive's only writer) drains. ``LeaseKeeper`` acknowledges a request
only once Scrapy has finished with its response, i.e. once everything it produced is in
Redis, so a worker killed at any moment loses nothing: its leases expire with its
heartbeat and go back into the queue, and the writer drops the repeated records.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from archiver import statkeys
from archiver.compat import scraper_slot, set_slot_heartbeat
from archiver.crawler.capture_middleware import page_captured
from archiver.crawler.collector import tuned_for_crawl
from archiver.distributed.exchange import REQUESTS, SEEN, RedisCrawl
from archiver.distributed.held import PLACEMENT
from archiver.distributed.scheduling import encode_request, leases_of
from archiver.items import PageCaptureItem

log = logging.getLogger(__name__)


def worker_settings(settings: Settings, redis_url: str) -> Settings:
    """``settings`` turned into a worker's: Redis scheduler and items, no archive access."""
    from archiver.crawler.run import replace_writer

    settings.set("REDIS_URL", redis_url, priority="cmdline")
    settings.set("ARCHIVER_REDIS_URL", redis_url, priority="cmdline")
    settings.set("SCHEDULER", "archiver.distributed.scheduling.LeasedScheduler", priority="cmdline")
    settings.set("SCHEDULER_QUEUE_CLASS", "archiver.distributed.scheduling.LeasedPriorityQueue", priority="cmdline")
    settings.set("SCHEDULER_QUEUE_KEY", REQUESTS, priority="cmdline")
    settings.set("SCHEDULER_DUPEFILTER_KEY", SEEN, priority="cmdline")
    settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="cmdline")
    settings.set("SCHEDULER_PERSIST", True, priority="cmdline")  # the queue outlives any one worker
    replace_writer(settings, "archiver.distributed.worker.RedisItemPipeline")
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["archiver.distributed.worker.LeaseKeeper"] = 100
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    return settings


class RedisItemPipeline:
    """Every item, extracted and validated, onto the crawl's Redis list for the writer."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        # pages that are not articles (home, listings, robots.txt, redirects) go to the writer too
        crawler.signals.connect(self.page_captured, signal=page_captured)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisItemPipeline:
        return cls(crawler)

    def page_captured(self, item: PageCaptureItem) -> None:
        if getattr(self.crawler.spider, "shared", None) is not None:
            self.process_item(item)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        self.crawler.spider.shared.push_item(item)  # type: ignore[union-attr]
        self.crawler.stats.inc_value(statkeys.ITEMS_SENT)  # type: ignore[union-attr]
        return item


class LeaseKeeper:
    """Heartbeat, lease acknowledgement, and staying open while other workers still work."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.loop: task.LoopingCall | None = None
        self.stopping = False
        self.unreachable_since: float | None = None
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.dropped, signal=signals.request_dropped)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseKeeper:
        return cls(crawler)

    @property
    def spider(self) -> Any:
        return self.crawler.spider

    def opened(self, spider: Spider) -> None:
        slot = scraper_slot(self.crawler)
        finish = slot.finish_response

        # Scrapy calls this once a response (or failure) is fully processed: every item through
        # the pipelines (so in Redis) and every follow-up request scheduled (so in Redis too).
        # No signal marks that moment, hence the wrapper.
        def finish_and_acknowledge(result: Any, request: Request) -> None:
            finish(result, request)
            self.acknowledge(request)

        slot.finish_response = finish_and_acknowledge
        self.spider.shared.register(self.spider.worker_id)
        self.loop = task.LoopingCall(self.heartbeat)
        self.loop.start(self.spider.shared.heartbeat_ttl / 5, now=True)

    def acknowledge(self, request: Request) -> None:
        leases = leases_of(request)
        placement = request.meta.get(PLACEMENT)
        if placement is not None:
            self.spider.shared.acknowledge(leases, placement.urls, placement.resolved, placement.freed)
        elif leases:
            self.spider.shared.acknowledge(leases)

    def dropped(self, request: Request, spider: Spider) -> None:
        # A redirect or retry the seen filter refused: its target is queued already.
        self.acknowledge(request)

    def _numeric_stats(self) -> dict[str, float]:
        return {
            k: v
            for k, v in self.crawler.stats.get_stats().items()  # type: ignore[union-attr]
            if isinstance(v, int | float) and not isinstance(v, bool)
        }

    def heartbeat(self) -> None:
        try:
            self.spider.shared.heartbeat(self.spider.worker_id, self._numeric_stats())
            over = self.spider.shared.is_over()
            self.unreachable_since = None
        except redis.RedisError as exc:
            # Redis restarting is survivable; Redis gone for good leaves nothing to work for.
            now = time.monotonic()
            self.unreachable_since = self.unreachable_since or now
            if now - self.unreachable_since < self.spider.shared.heartbeat_ttl * 2:
                return
            log.error(
                "Redis at %s unreachable for %ds (%s): this worker stops",
                self.spider.shared.url,
                self.spider.shared.heartbeat_ttl * 2,
                exc,
            )
            over = "stopped"
        if over == "stopped":
            self.stop()

    def stop(self) -> None:
        if not self.stopping:
            self.stopping = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="shutdown"))  # type: ignore[union-attr]

    def idle(self, spider: Spider) -> None:
        try:
            over = self.spider.shared.is_over()
        except redis.RedisError:
            over = None  # the heartbeat decides when an unreachable Redis means giving up
        if over is None:
            self.place_held()
            raise DontCloseSpider  # the queue is empty for now; other workers may still add to it

    def place_held(self) -> None:
        """Queue the placement of the pages held undecided, if the frontier drained (any idle worker may
        ask: Redis queues it once)."""
        request = self.spider.placement_request()
        if request is None:
            return
        # Redis unreachable: asked again at the next idle moment; the heartbeat decides when it is gone for good.
        with contextlib.suppress(redis.RedisError):
            self.spider.shared.request_placement(encode_request(request, self.spider), -request.priority)

    def closed(self, spider: Spider, reason: str) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        try:
            self.spider.shared.heartbeat(self.spider.worker_id, self._numeric_stats())
            released = self.spider.shared.leave(self.spider.worker_id)
        except redis.RedisError as exc:
            log.error(
                "could not hand back this worker's unfinished requests (%s); they return to the queue "
                "when its heartbeat expires",
                exc,
            )
            return
        if released:
            log.info("%d unfinished requests put back into the queue", released)


@dataclass
class WorkerResult:
    worker: str
    reason: str
    stats: dict[str, Any]

    @property
    def exit_code(self) -> int:
        return 0 if self.reason == "finished" else 4

    def summary(self) -> tuple[str, dict[str, Any]]:
        data = {
            "worker": self.worker,
            "finish_reason": self.reason,
            "pages_fetched": self.stats.get("response_received_count", 0),
            "items_sent": self.stats.get(statkeys.ITEMS_SENT, 0),
            "elapsed_seconds": round(self.stats.get("elapsed_time_seconds", 0.0), 2),
        }
        text = (
            f"Worker {self.worker} {'done' if self.reason == 'finished' else 'stopped'} ({self.reason}): "
            f"{data['pages_fetched']} pages fetched, {data['items_sent']} records sent to the writer "
            f"in {data['elapsed_seconds']}s"
        )
        return text, data


def run_worker(
    redis_url: str, overrides: dict[str, str], log_file: str | None = None, verbose: bool = False
) -> WorkerResult:
    """Join the crawl running on ``redis_url``; blocks until it is over (or this worker is stopped)."""
    from scrapy.crawler import CrawlerProcess

    from archiver.crawler.run import SPIDER, build_settings, quiet_page_failures

    # An idle worker asks the shared queue again on the engine's heartbeat; Scrapy's 5 s
    # leaves workers waiting while others fill the queue.
    set_slot_heartbeat(1.0)
    config = RedisCrawl(redis_url).config()
    settings = build_settings(
        Path(config.db), overrides={**config.overrides, **overrides}, log_file=log_file, verbose=verbose
    )
    worker_settings(settings, redis_url)
    process = CrawlerProcess(settings)
    quiet_page_failures(settings)
    crawler = process.create_crawler(SPIDER)
    process.crawl(crawler, target=config.target, profile=config.profile, full=config.full)
    with tuned_for_crawl():
        process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    worker = getattr(crawler.spider, "worker_id", "?")
    return WorkerResult(worker, str(stats.get("finish_reason", "failed")), stats)
