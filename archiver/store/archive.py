"""Opening an archive and routing each item to the write it needs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from archiver.crash_points import crash_point
from archiver.errors import ArchiveError
from archiver.extract.record import ArticleRecord
from archiver.history.revisit import DEFAULT_POLICY, RevisitPolicy
from archiver.items import ArticleItem, FailureItem, GoneItem, ListingItem, NotModifiedItem, PageCaptureItem, SiteItem
from archiver.store import articles, duplicates, listings, pages, reads, runs
from archiver.store.common import utc_now
from archiver.store.compression import CaptureCompressor
from archiver.store.migrations import migrate
from archiver.store.opening import APPLICATION_ID, ArchiveDamaged, open_reader, open_writer
from archiver.store.write_errors import ArchiveWriteError, describe_write_error, write_error_cause

Item = ArticleItem | ListingItem | FailureItem | NotModifiedItem | GoneItem | SiteItem | PageCaptureItem
OUTCOMES = ("new", "changed", "unchanged", "not_modified", "gone", "failures", "listings", "sites", "pages")

__all__ = ["Archive", "ArchiveWriteError", "utc_now"]


class Archive:
    """A versioned SQLite archive of one or more portals."""

    def __init__(self, path: str | Path, revisit: RevisitPolicy | None = None, *, read_only: bool = False) -> None:
        """Open the archive at ``path``: read-write (creating a new one), or ``read_only`` (never migrated)."""
        self.path = Path(path)
        self.read_only = read_only
        self.revisit = revisit or RevisitPolicy.parse(DEFAULT_POLICY)
        try:
            if read_only:
                self.db, self.schema_version = open_reader(self.path)
            else:
                self.db = open_writer(self.path)
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            if not read_only:
                self.schema_version = migrate(self.db, APPLICATION_ID)
            self.compressor = CaptureCompressor(self.db)
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_CORRUPT"):
                raise ArchiveDamaged(
                    f"{self.path} is damaged ({exc}): `archiver verify --db {self.path}` reports what it can"
                ) from exc
            cause = str(exc) if read_only else write_error_cause(exc, self.path)
            raise ArchiveError(
                f"cannot open archive {self.path}: {cause} "
                f"(check the path exists and is {'readable' if read_only else 'writable'})"
            ) from exc
        except OSError as exc:
            raise ArchiveError(
                f"cannot open archive {self.path}: {exc} "
                f"(check the path exists and is {'readable' if read_only else 'writable'})"
            ) from exc

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction; the compressor's memory follows its commit or rollback.

        A failed write becomes ArchiveWriteError, its cause in one line (disk full, read-only).
        """
        try:
            with self.db.atomic():
                yield
        except BaseException as exc:
            self.compressor.discard()
            if isinstance(exc, sqlite3.Error):
                raise ArchiveWriteError(describe_write_error(exc, self.path)) from exc
            raise
        self.compressor.commit()

    # --- runs ------------------------------------------------------------------------------

    def start_run(self, target: str, profile: str, settings: dict[str, Any], mode: str = "full") -> int:
        with self._transaction():
            return runs.start(self.db, target, profile, settings, mode)

    def finish_run(
        self,
        run_id: int,
        status: str,
        stats: dict[str, Any],
        coverage: dict[str, Any] | None = None,
        alarm: str | None = None,
    ) -> None:
        with self._transaction():
            runs.finish(self.db, run_id, status, stats, coverage or {}, alarm)
            crash_point("run-finish")

    def run(self, run_id: int) -> dict[str, Any]:
        return runs.get(self.db, run_id)

    def runs(self, limit: int = 50) -> list[dict[str, Any]]:
        return runs.recent(self.db, limit)

    def coverage_baseline(self, before_run: int) -> dict[str, float]:
        return runs.coverage_baseline(self.db, before_run)

    # --- writes ----------------------------------------------------------------------------

    def write_batch(self, items: Iterable[Item], run_id: int) -> dict[str, int]:
        """Write items in one transaction; returns how many of each outcome."""
        counts, _ = self.write_indexed_batch(items, run_id, index_threshold=None)
        return counts

    def write_indexed_batch(
        self, items: Iterable[Item], run_id: int, index_threshold: float | None
    ) -> tuple[dict[str, int], duplicates.ClusterUpdate]:
        """Write items in one transaction, and with ``index_threshold`` sign their articles for the
        near-duplicate index in it too (what ``update_clusters`` would do for them at the run's end).

        Returns how many of each outcome, and what the signing did.
        """
        counts = dict.fromkeys(OUTCOMES, 0)
        indexed = duplicates.ClusterUpdate()
        with self._transaction():
            crash_point("batch-begin")
            articles_written = []
            for item in items:
                for outcome in self._write(item, run_id):
                    counts[outcome] += 1
                if isinstance(item, ArticleItem):
                    articles_written.append(item.capture.url)
            if index_threshold is not None:
                indexed = duplicates.index_batch(self.db, run_id, index_threshold, articles_written)
            crash_point("batch-commit")
        return counts, indexed

    def _write(self, item: Item, run_id: int) -> Iterator[str]:
        if isinstance(item, ArticleItem):
            yield articles.write_capture(self.db, item, run_id, self.revisit, self.compressor)
        elif isinstance(item, NotModifiedItem):
            articles.write_not_modified(self.db, item, run_id, self.revisit)
            yield "not_modified"
            yield "unchanged"
        elif isinstance(item, GoneItem):
            if articles.mark_gone(self.db, item.url, item.fetched_at, run_id, item.reason):
                yield "gone"
        elif isinstance(item, ListingItem):
            listings.write_listing(self.db, item, run_id)
            pages.name_page(self.db, item.url, run_id, "listing")
            yield "listings"
        elif isinstance(item, SiteItem):
            duplicates.record_site(self.db, item.site, item.home_url, item.title, item.organizations, item.fetched_at)
            pages.name_page(self.db, item.home_url, run_id, "home")
            yield "sites"
        elif isinstance(item, PageCaptureItem):
            if pages.write_page_capture(self.db, item, run_id, self.compressor):
                yield "pages"
        elif isinstance(item, FailureItem):
            articles.write_failure(self.db, item, run_id)
            yield "failures"
            if item.status in articles.GONE_STATUSES and articles.mark_gone(
                self.db, item.url, item.at, run_id, f"HTTP {item.status}"
            ):
                yield "gone"

    def close_listings(self, category_urls: Iterable[str], run_id: int) -> int:
        """Categories fully paginated in this run: what they no longer list has left them."""
        with self._transaction():
            return listings.close_complete(self.db, list(category_urls), run_id, utc_now())

    def update_clusters(
        self, run_id: int | None, threshold: float, rebuild: bool = False, progress: Any = None
    ) -> duplicates.ClusterUpdate:
        """Sign new and changed articles, find their near-duplicates, re-derive the clusters: one transaction."""
        with self._transaction():
            result = duplicates.update(self.db, run_id, threshold, rebuild, progress)
            crash_point("clusters-updated")
        return result

    def setting(self, name: str) -> str | None:
        """A value from ``archive_settings`` (the archive's own settings; see docs/schema.md)."""
        row = self.db.execute("SELECT value FROM archive_settings WHERE name = ?", [name]).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, name: str, value: str) -> None:
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO archive_settings (name, value) VALUES (?, ?)", [name, value])

    def duplicate_threshold(self) -> float:
        """The threshold the near-duplicate index was built with (the default for a new archive)."""
        from archiver.republished.similarity import DEFAULT_THRESHOLD

        return duplicates.stored_threshold(self.db) or DEFAULT_THRESHOLD

    # --- reads -----------------------------------------------------------------------------

    def version_row(self, article_id: int, version: int) -> dict[str, Any] | None:
        return reads.version_row(self.db, article_id, version)

    def capture_content(self, capture_id: int) -> bytes:
        return reads.capture_content(self.db, capture_id)

    def current_captures(self, urls: list[str]) -> Iterator[tuple[str, str, str, bytes]]:
        """(url, final URL, headers JSON, page bytes) of each archived article's current capture among ``urls``."""
        return reads.current_captures(self.db, urls)

    def export_records(self, all_versions: bool = False, **filters: str | None) -> Iterator[dict[str, Any]]:
        return reads.export_records(self.db, all_versions, **filters)

    def article(self, url: str) -> dict[str, Any] | None:
        return reads.article(self.db, url)

    def history(self, article_id: int) -> list[dict[str, Any]]:
        return reads.versions_of(self.db, article_id)

    def reextract_candidates(self, since: str | None) -> list[dict[str, Any]]:
        return reads.reextract_candidates(self.db, since)

    def write_rederived(self, rederived: list[tuple[int, ArticleRecord, int, str]], run_id: int) -> int:
        """(article id, record, capture id, captured_at) re-read by the current extractor, in one transaction."""
        with self._transaction():
            return sum(
                articles.write_rederived(self.db, article_id, record, capture_id, captured_at, run_id)
                for article_id, record, capture_id, captured_at in rederived
            )

    def archived_among(self, urls: Iterable[str]) -> int:
        """How many of ``urls`` are archived articles (live, or gone: a listed page that now 404s)."""
        wanted = list(dict.fromkeys(urls))
        found = 0
        for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += self.db.execute(f"SELECT COUNT(*) FROM articles WHERE url IN ({marks})", chunk).fetchone()[0]
        return found

    def failed_among(self, urls: Iterable[str], run_id: int) -> int:
        """How many of ``urls`` this run recorded as failed fetches (a shortfall with a reason)."""
        wanted = list(dict.fromkeys(urls))
        found = 0
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += self.db.execute(
                f"SELECT COUNT(DISTINCT url) FROM fetch_errors WHERE crawl_id = ? AND url IN ({marks})",
                [run_id, *chunk],
            ).fetchone()[0]
        return found

    def first_failure(self, run_id: int | None) -> str | None:
        row = self.db.execute(
            "SELECT url, reason FROM fetch_errors WHERE crawl_id = ? ORDER BY id LIMIT 1", [run_id]
        ).fetchone()
        return f"{row[0]}: {row[1]}" if row else None

    def stats(self) -> dict[str, Any]:
        return reads.stats(self.db, self.path, self.schema_version)

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])
