"""``archiver crawl TARGET --redis URL``: publish the crawl, run local workers, be the only writer.

The coordinator never fetches. It reads the archive's frontier once and publishes it with
the profile and settings; workers (started here with ``--workers N`` and/or elsewhere with
``archiver worker --redis URL``) share the queue. It drains the items list in batched
transactions, dropping what a re-run request produced twice, puts the leases of workers
that stopped answering back into the queue, and ends the run when nothing is queued,
leased or unwritten.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from scrapy.settings import Settings

from archiver import statkeys
from archiver.crawler.crawlstate import CrawlState
from archiver.crawler.run import CrawlResult
from archiver.crawler.run_end import WRITE_FAILED, coverage_shares, end_run, fail_run
from archiver.distributed.exchange import CrawlConfig, RedisCrawl
from archiver.history.revisit import RevisitPolicy
from archiver.items import ArticleItem, FailureItem, GoneItem, ListingItem, NotModifiedItem, SiteItem
from archiver.profiles import SiteProfile
from archiver.store import Archive, ArchiveWriteError, lock
from archiver.store.runs import COVERAGE_FIELDS, RECORDED_SETTINGS

log = logging.getLogger(__name__)

_SUMMED_PREFIXES = (
    "response_received_count",
    "downloader/",
    "robotstxt/",
    "retry/",
    statkeys.NOT_DUE,
    statkeys.LISTING_PREFIX,
    statkeys.EXTRACTION_FAILED,
    statkeys.INVALID,
    statkeys.SOFT_ERROR,
    "scheduler/",
    "item_scraped_count",
    statkeys.discovery(""),  # generic mode's placements, those at the crawl's end included
)
_CHECK_SECONDS = 1.0


def item_key(item: Any) -> tuple[str, str] | None:
    """What makes a record the same record again when a re-run request produces it twice."""
    if isinstance(item, ArticleItem):
        return "page", item.capture.url
    if isinstance(item, FailureItem | NotModifiedItem | GoneItem):
        return "page", item.url
    if isinstance(item, ListingItem):
        return "listing", item.url
    if isinstance(item, SiteItem):
        return "site", item.site
    return None


class Coordinator:
    def __init__(
        self,
        target: str,
        db: Path,
        profile: SiteProfile,
        settings: Settings,
        full: bool,
        redis_url: str,
        overrides: dict[str, str],
    ) -> None:
        self.target, self.db, self.profile, self.settings, self.full = target, db, profile, settings, full
        self.redis_url = redis_url
        self.overrides = overrides
        self.crawl = RedisCrawl(redis_url, settings.getfloat("ARCHIVER_HEARTBEAT_TTL"))
        self.written: set[tuple[str, str]] = set()
        self.outcomes: Counter[str] = Counter()
        self.coverage: Counter[str] = Counter()
        self.repeats = 0
        self.not_due = 0  # archived articles the run leaves alone, from the state it reads
        self.stop_requested = False
        self.progress_interval = settings.getfloat("ARCHIVER_PROGRESS_INTERVAL")
        self.batch_size = settings.getint("ARCHIVER_BATCH_SIZE")

    # --- the run -------------------------------------------------------------------------------

    def run(self, local_workers: int, worker_args: list[str]) -> CrawlResult:
        started = time.monotonic()
        policy = RevisitPolicy.parse(self.settings.get("ARCHIVER_REVISIT_POLICY"))
        archive = Archive(self.db, revisit=policy)
        try:
            run_settings = {name: self.settings.get(name) for name in RECORDED_SETTINGS}
            run_settings["ARCHIVER_REDIS_URL"] = self.redis_url
            run_id = archive.start_run(
                self.target, self.profile.name, run_settings, "full" if self.full else "incremental"
            )
            state = CrawlState.load(
                self.db,
                self.full,
                policy,
                reverify_days=self.settings.getint("ARCHIVER_REVERIFY_DAYS"),
                hosts=self.profile.hosts,
            )
            self.not_due = state.not_due()
            self.crawl.begin(
                CrawlConfig(run_id, self.target, self.profile, self.full, str(self.db), self.overrides), state
            )
            processes = [self._spawn_worker([*worker_args, *self._worker_log(n)]) for n in range(1, local_workers + 1)]
            self._announce(local_workers)
            previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
            write_error: str | None = None
            try:
                reason = self._ingest_until_done(archive, run_id, processes, local_workers)
            except ArchiveWriteError as exc:  # disk full, read-only: stop every worker, say why
                reason, write_error = WRITE_FAILED, str(exc)
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)
            self.crawl.finish(stopped=reason != "finished")
            for process in processes:
                _wait(process)
            if write_error is None:
                try:
                    self._ingest(archive, run_id)  # what the last workers sent as they stopped
                except ArchiveWriteError as exc:
                    reason, write_error = WRITE_FAILED, str(exc)
            stats = self._stats(run_id, reason, started)
            if write_error is not None:
                stats.update(fail_run(archive, run_id, stats, coverage_shares(dict(self.coverage)), write_error))
                return CrawlResult(run_id=run_id, db=self.db, status="failed", stats=stats)
            complete = self.crawl.complete_categories() if reason == "finished" else []
            added = end_run(
                archive,
                run_id,
                reason,
                complete,
                stats,
                coverage_shares(dict(self.coverage)),
                duplicate_threshold=self.settings.getfloat("ARCHIVER_DUPLICATE_THRESHOLD"),
                max_coverage_drop=self.settings.getfloat("ARCHIVER_COVERAGE_MAX_DROP"),
            )
            stats.update(added)
            return CrawlResult(run_id=run_id, db=self.db, status=added[statkeys.RUN_STATUS], stats=stats)
        finally:
            self.crawl.end()
            archive.close()

    def _announce(self, local_workers: int) -> None:
        if self.progress_interval > 0:
            print(
                f"[archiver] distributed crawl of {', '.join(self.profile.start_urls)} on {self.redis_url}, "
                f"writing {self.db}; {local_workers} local worker(s); more can join with: "
                f"archiver worker --redis {self.redis_url}",
                file=sys.stderr,
                flush=True,
            )

    def _worker_log(self, number: int) -> list[str]:
        """Each local worker's own log beside the crawl's (``--log-file F``: ``F.worker1``, ``F.worker2``, …): the
        pages are fetched and placed in the workers, and their log is where a crawl's decisions are read."""
        log_file = self.settings.get("LOG_FILE")
        return ["--log-file", f"{log_file}.worker{number}"] if log_file else []

    def _spawn_worker(self, worker_args: list[str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "archiver",
                "worker",
                "--redis",
                self.redis_url,
                "-s",
                "ARCHIVER_PROGRESS_INTERVAL=0",
                *worker_args,
            ],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )

    def _on_signal(self, signum: int, frame: Any) -> None:
        self.stop_requested = True

    def _ingest_until_done(
        self, archive: Archive, run_id: int, processes: list[subprocess.Popen[bytes]], local_workers: int
    ) -> str:
        last_check = last_progress = time.monotonic()
        while True:
            written = self._ingest(archive, run_id)
            now = time.monotonic()
            if self.stop_requested:
                return "shutdown"
            if now - last_check >= _CHECK_SECONDS or not written:
                last_check = now
                self.crawl.heartbeat_coordinator(str(self.db))
                for worker, count in self.crawl.release_dead_workers().items():
                    if count:
                        log.warning("worker %s stopped answering: %d requests back in the queue", worker, count)
                        print(
                            f"[archiver] worker {worker} stopped answering: {count} of its requests are "
                            "back in the queue",
                            file=sys.stderr,
                            flush=True,
                        )
                if self.crawl.remaining() == 0:
                    return "finished"
                if local_workers and all(p.poll() is not None for p in processes) and not self.crawl.live_workers():
                    codes = sorted({p.returncode for p in processes})
                    print(
                        f"[archiver] every worker exited (exit codes {codes}) with work left: "
                        "run `archiver worker --redis URL -v` to see why",
                        file=sys.stderr,
                        flush=True,
                    )
                    return "failed"
            if self.progress_interval > 0 and now - last_progress >= self.progress_interval:
                last_progress = now
                self._progress()
            if not written:
                time.sleep(0.2)

    def _ingest(self, archive: Archive, run_id: int) -> int:
        items = self.crawl.take_items(self.batch_size)
        if not items:
            return 0
        # What this batch adds to the coordinator's memory (keys written, coverage, repeats) is
        # staged and kept only once the batch commits: a rolled-back batch stays in Redis and
        # must not be taken for a repeat of itself when it is read again.
        fresh, keys, coverage, repeats = [], set(), Counter[str](), 0
        for item in items:
            key = item_key(item)
            if key is not None and (key in self.written or key in keys):
                repeats += 1
                continue
            if key is not None:
                keys.add(key)
            fresh.append(item)
            if isinstance(item, ArticleItem):
                coverage["extracted"] += 1
                coverage.update(name for name in COVERAGE_FIELDS if item.record.get(name))
        if fresh:
            self.outcomes.update(archive.write_batch(fresh, run_id))
        self.written |= keys
        self.coverage.update(coverage)
        self.repeats += repeats
        self.crawl.drop_items(len(items))  # only once committed: a crash before this re-reads them
        return len(items)

    def _progress(self) -> None:
        pages = sum(s.get("response_received_count", 0) for s in self.crawl.worker_stats().values())
        done = self.outcomes
        held = self.crawl.held_count()  # generic mode: placed once the queue drains; the crawl waits for them
        print(
            f"[archiver] workers {len(self.crawl.live_workers())}  pages {pages}  queued {self.crawl.queued()}"
            f"  in flight {self.crawl.in_flight()}{f'  held {held}' if held else ''}"
            f"  articles new {done['new']} changed {done['changed']}"
            f" unchanged {done['unchanged']}  failures {done['failures']}",
            file=sys.stderr,
            flush=True,
        )

    def _stats(self, run_id: int, reason: str, started: float) -> dict[str, Any]:
        stats: dict[str, Any] = {}
        workers = self.crawl.worker_stats()
        for worker_stats in workers.values():
            for name, value in worker_stats.items():
                if name.startswith(_SUMMED_PREFIXES):
                    stats[name] = stats.get(name, 0) + value
        stats.update({statkeys.outcome(name): count for name, count in self.outcomes.items()})
        stats.update({statkeys.coverage(name): count for name, count in self.coverage.items()})
        stats[statkeys.NOT_DUE] = self.not_due  # from the state this coordinator read and shared
        stats[statkeys.RUN_ID] = run_id
        stats[statkeys.DB] = str(self.db)
        stats[statkeys.WORKERS] = len(workers)
        stats[statkeys.REPEATED_ITEMS_DROPPED] = self.repeats
        stats["elapsed_time_seconds"] = time.monotonic() - started
        stats["finish_reason"] = reason
        return stats


def _wait(process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_distributed_crawl(
    target: str,
    db: Path,
    profile: SiteProfile,
    settings: Settings,
    full: bool,
    redis_url: str,
    overrides: dict[str, str],
    local_workers: int,
    worker_args: list[str],
) -> CrawlResult:
    lock.acquire(db, target)
    try:
        coordinator = Coordinator(target, db, profile, settings, full, redis_url, overrides)
        return coordinator.run(local_workers, worker_args)
    finally:
        lock.release(db)
