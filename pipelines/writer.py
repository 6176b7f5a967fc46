"""The single-process crawl's last stage: items go to the local writer process (archiver/writer).

Extraction, validation, the archive's batched writes and the near-duplicate signing run in
that process, on the other core, instead of on Scrapy's reactor thread. This pipeline keeps
what belongs to the crawl: the archive's lock, the run's row (start, end, coverage alarm,
completeness), and the crawl's stats, which it updates from the writer's acknowledgements
(each one sent after a COMMIT, for exactly the items it made durable).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from scrapy import Spider

from archiver import statkeys
from archiver.items import ArticleItem, FailureItem, PageCapture
from archiver.profiles import SiteProfile
from archiver.store.duplicates import ClusterUpdate
from archiver.writer.child import WriterConfig
from archiver.writer.handle import WriterGone, WriterProcess
from pipelines.archive import _ITEMS, ArchivePipeline


class WriterProcessPipeline(ArchivePipeline):
    writer: WriterProcess | None = None

    def open_spider(self, spider: Spider | None = None) -> None:
        super().open_spider(spider)
        self.signed = ClusterUpdate()

    def start_writer(self) -> WriterProcess:
        """The writer process, started with the first item: nothing of it stands before the first request."""
        # Here, not at the top: importing it installs the default reactor, and the crawl installs its own first.
        from twisted.internet import reactor

        assert self.run_id is not None
        settings = self.crawler.settings
        profile = self.crawler.spider.profile  # type: ignore[union-attr]
        return WriterProcess(
            WriterConfig(
                db=str(self.db_path),
                run_id=self.run_id,
                profile=profile,
                revisit_policy=settings.get("ARCHIVER_REVISIT_POLICY"),
                batch_size=self.batch_size,
                batch_seconds=self.batch_seconds,
                duplicate_threshold=self.duplicate_threshold,
                log_level=settings.get("LOG_LEVEL"),
                log_file=settings.get("LOG_FILE"),
            ),
            notify=lambda: reactor.callFromThread(self.apply_messages),  # type: ignore[attr-defined]
            prepare=partial(_prepared, profile) if settings.getbool("ARCHIVER_WRITER_HELP") else None,
        )

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, (PageCapture, *_ITEMS)):
            return item
        if self.write_error is not None or self.run_id is None:
            self.stats.inc_value(statkeys.NOT_WRITTEN)  # counted; the next run fetches it again
            return item
        try:
            if self.writer is None:
                self.writer = self.start_writer()
            self.writer.send(item)
        except WriterGone:
            self.stats.inc_value(statkeys.NOT_WRITTEN)
            self.apply_messages()  # the reading thread has, or soon will have, said why
        if isinstance(item, PageCapture):
            item.parsed = None  # the writer parses the page again in its own process
        return item

    def apply_messages(self, messages: list[Any] | None = None) -> None:
        """The writer's acknowledgements and errors, applied to the crawl's stats (on the reactor's thread)."""
        if messages is None:
            messages = self.writer.take() if self.writer is not None else []
        for message in messages:
            kind = message[0]
            if kind == "ack":
                _, _, outcomes, counted, indexed = message
                self._count(counted)
                for name, count in outcomes.items():
                    if count:
                        self.stats.inc_value(statkeys.outcome(name), count)
                for name in ("signed", "too_short", "reprints"):
                    setattr(self.signed, name, getattr(self.signed, name) + indexed[name])
            elif kind == "error":  # a batch rolled back: disk full, read-only file
                _, error, dropped, counted = message
                self._count(counted)
                self.stop_writing(error, dropped)
            elif kind == "closed":
                _, dropped, counted = message
                self._count(counted)
                if dropped:
                    self.stats.inc_value(statkeys.NOT_WRITTEN, dropped)
            elif kind == "failed":  # the writer itself stopped: what it held is lost
                self.stop_writing(message[1], 0)
            elif kind == "undelivered" and message[1]:  # queued for a writer that was gone
                self.stats.inc_value(statkeys.NOT_WRITTEN, message[1])

    def _count(self, counted: dict[str, int]) -> None:
        for key, count in counted.items():
            self.stats.inc_value(key, count)

    def flush(self) -> None:
        """The writer commits on its own schedule (ARCHIVER_BATCH_SIZE, ARCHIVER_BATCH_SECONDS)."""

    def finish_writes(self) -> None:
        if self.writer is not None:
            self.apply_messages(self.writer.close())

    def signed_during_run(self) -> ClusterUpdate | None:
        return self.signed


def _prepared(profile: SiteProfile, item: Any) -> tuple[ArticleItem | FailureItem, list[str]] | None:
    """A fetched page as the writer would buffer it, made in the crawl's process (None: any other item)."""
    if not isinstance(item, PageCapture):
        return None
    from archiver.writer.pages import prepared  # the extractor: imported only by a crawl that needs it here

    item.parsed = None  # from the page's bytes, as the writer would: the same record whichever side makes it
    return prepared(item, profile)
