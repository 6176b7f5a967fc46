"""The writer process: ``python -m archiver.writer.child PARENT_PID``, started by a crawl (``handle``).

It reads items from standard input, turns fetched pages into records (extraction,
validation), writes them in batched transactions with their near-duplicate signatures,
and after each COMMIT writes an acknowledgement to standard output: the outcomes and stats
of exactly the items that commit made durable. It is the archive's only writer while the
crawl runs, as the coordinator is in distributed mode.

It lives and dies with the crawl: it ignores SIGINT and SIGTERM (the crawl ends it in
order, with a ``close`` message, after Scrapy's own graceful stop), the kernel SIGKILLs it
when the crawl's process dies, and the end of its input without ``close`` means the crawl
is gone: the uncommitted batch is dropped, as the crawl's own memory would have been. The
next run fetches those pages again, since their frontier rows were not updated.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import queue
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from archiver import crash_points as faults
from archiver.crawler.collector import tuned_for_crawl
from archiver.history.revisit import RevisitPolicy
from archiver.items import ArticleItem, FailureItem, PageCapture
from archiver.profiles import SiteProfile
from archiver.writer import frames

log = logging.getLogger("archiver.writer")
_PR_SET_PDEATHSIG = 1
_END = ("end",)  # the input reached its end


@dataclass(frozen=True)
class WriterConfig:
    """What the writer needs to write one crawl run (the first message it reads)."""

    db: str
    run_id: int
    profile: SiteProfile
    revisit_policy: str
    batch_size: int
    batch_seconds: float
    # Sign each batch's articles for the near-duplicate index at this threshold (None: leave it to the run's end).
    duplicate_threshold: float | None
    log_level: str = "WARNING"
    log_file: str | None = None


def _die_with(parent: int) -> None:
    """Have the kernel SIGKILL this process when the crawl's process dies (Linux); exit if it already has."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the end of the input still ends this process
        pass
    if os.getppid() != parent:
        os._exit(1)


def _read_all(stream: IO[bytes], into: queue.Queue[Any]) -> None:
    """Messages from the crawl into ``into`` (bounded: when the writer lags, the pipe fills and the crawl's
    sending thread waits, then its queue fills and the crawl waits)."""
    while (message := frames.receive(stream)) is not None:
        into.put(message)
    into.put(_END)


class Writer:
    """The writing side: items buffered into batches, each written in one transaction, then acknowledged."""

    def __init__(self, config: WriterConfig, acks: IO[bytes]) -> None:
        from archiver.store import Archive  # here: the crawl's process never imports it for the writer's sake

        self.config = config
        self.acks = acks
        self.archive = Archive(config.db, revisit=RevisitPolicy.parse(config.revisit_policy))
        self.buffer: list[Any] = []
        self.counted: Counter[str] = Counter()  # stats of the buffered items, sent with their acknowledgement
        self.last_flush = time.monotonic()
        self.write_error: str | None = None
        self.not_written = 0

    def take(self, item: Any) -> None:
        from archiver.writer.pages import prepared

        if isinstance(item, PageCapture):
            try:
                item, counted = prepared(item, self.config.profile)
            except Exception:  # as Scrapy does with an item a pipeline fails on: logged, dropped
                log.exception("could not extract %s", item.url)
                return
            self.counted.update(counted)
        self._buffer(item)

    def take_prepared(self, item: ArticleItem | FailureItem, counted: list[str]) -> None:
        """A page the crawl's process extracted and validated itself (``pages.prepared``), with its stat keys."""
        self.counted.update(counted)
        self._buffer(item)

    def _buffer(self, item: Any) -> None:
        if self.write_error is not None:
            self.not_written += 1
            return
        self.buffer.append(item)
        if len(self.buffer) >= self.config.batch_size or self.due():
            self.flush()

    def due(self) -> bool:
        return bool(self.buffer) and time.monotonic() - self.last_flush >= self.config.batch_seconds

    def seconds_to_due(self) -> float | None:
        if not self.buffer:
            return None
        return max(0.0, self.config.batch_seconds - (time.monotonic() - self.last_flush))

    def flush(self) -> None:
        from archiver.store import ArchiveWriteError

        if not self.buffer or self.write_error is not None:
            return
        try:
            outcomes, indexed = self.archive.write_indexed_batch(
                self.buffer, self.config.run_id, self.config.duplicate_threshold
            )
        except ArchiveWriteError as exc:
            # Rolled back: nothing of this batch is in the archive. The crawl stops and says why;
            # what it still sends is counted as not written.
            self.write_error = str(exc)
            self.not_written += len(self.buffer)
            frames.send(self.acks, ("error", self.write_error, self.not_written, dict(self.counted)))
            self.buffer.clear()
            self.counted.clear()
            self.not_written = 0
            return
        frames.send(self.acks, ("ack", len(self.buffer), outcomes, dict(self.counted), indexed.as_dict()))
        self.buffer.clear()
        self.counted.clear()
        self.last_flush = time.monotonic()

    def close(self) -> None:
        self.flush()
        frames.send(self.acks, ("closed", self.not_written, dict(self.counted)))
        self.archive.close()


def _configure_logging(config: WriterConfig) -> None:
    handler: logging.Handler = logging.FileHandler(config.log_file) if config.log_file else logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(config.log_level)
    if config.log_level == "WARNING" and not config.log_file:
        # As the crawl quiets Scrapy's per-item errors on the terminal: the summary counts what matters.
        log.setLevel(logging.CRITICAL)


def _opening_error(exc: Exception, db: str) -> str:
    """Why the writer could not open the archive the crawl had just opened: the disk filled up since,
    or the file became read-only. Said as a failed write is, since that is what it is."""
    from archiver.store.write_errors import describe_write_error

    if isinstance(exc.__cause__, sqlite3.Error):
        return describe_write_error(exc.__cause__, Path(db))
    return f"the archive writer could not open {db}: {exc}"


def serve(parent: int, requests: IO[bytes], acks: IO[bytes]) -> int:
    """Write what the crawl sends until it says ``close``; the exit status."""
    faults.also_kill(parent)  # a crash point reached here kills the crawl too, as a real crash of the pair would
    opening = frames.receive(requests)
    if opening is None:
        return 1
    _, config = opening
    _configure_logging(config)
    try:
        writer = Writer(config, acks)
    except Exception as exc:  # ArchiveError and the like: the crawl says it in one line
        frames.send(acks, ("failed", _opening_error(exc, config.db)))
        return 3
    inbox: queue.Queue[Any] = queue.Queue(maxsize=max(2 * config.batch_size, 64))
    threading.Thread(target=_read_all, args=(requests, inbox), daemon=True, name="writer-input").start()
    try:
        while True:
            try:
                message = inbox.get(timeout=writer.seconds_to_due())
            except queue.Empty:
                writer.flush()  # ARCHIVER_BATCH_SECONDS passed with items waiting
                continue
            if message == _END:
                return 1  # the crawl is gone without closing: drop what is uncommitted, as it would have
            if message[0] == "item":
                writer.take(message[1])
            elif message[0] == "prepared":
                writer.take_prepared(message[1], message[2])
            elif message[0] == "close":
                writer.close()
                return 0
    except frames.WriterGone:
        return 1  # the crawl stopped reading: it is gone
    except Exception as exc:
        log.exception("the archive writer failed")
        frames.send(acks, ("failed", f"the archive writer failed: {type(exc).__name__}: {exc}"))
        return 3


def main() -> None:
    parent = int(sys.argv[1])
    _die_with(parent)
    # The crawl handles Ctrl-C and SIGTERM (Scrapy's graceful stop) and then closes this process in order.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    requests, acks = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # standard output carries the acknowledgements only
    with tuned_for_crawl():  # the writer's heap, too, is mostly long-lived: the extractor's modules
        code = serve(parent, requests, acks)
    with contextlib.suppress(OSError):
        acks.flush()
    sys.stderr.flush()
    # Not sys.exit: the input thread may be inside a read of stdin, and the interpreter's shutdown
    # would then abort on that buffer's lock. Everything that matters is committed or sent by now.
    os._exit(code)


if __name__ == "__main__":
    main()
