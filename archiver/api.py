"""A small read API for notebooks: plain dicts, and pandas DataFrames where pandas is installed.

>>> import archiver
>>> with archiver.open_archive("data/kmabxh.db") as archive:
...     recent = archive.latest_articles(since="2024-11-01", site="en.kmabxh.com")
...     hits = archive.search("保安 培训", limit=10)
...     frame = archive.to_pandas("latest_articles")
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from archiver.errors import ArchiverError
from archiver.fts import parse_query
from archiver.store import Archive, reads
from archiver.store import search as store_search
from archiver.times import parse_time
from archiver.urls import canonicalize_url

_FRAMES = ("latest_articles", "article_history", "categories", "category_members", "crawl_runs", "fetch_errors")


class ArchiveReader:
    """Read helpers over one archive, opened read-only: it is never migrated and never waits for a crawl."""

    def __init__(self, path: str | Path) -> None:
        self.archive = Archive(Path(path), read_only=True)
        self.db = self.archive.db

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()

    def latest_articles(self, **filters: str | None) -> list[dict[str, Any]]:
        """One export record per article; filters: site, category, since, until, status."""
        return list(reads.export_records(self.db, **_checked_times(filters)))  # type: ignore[arg-type]

    def iter_versions(self, **filters: str | None) -> Iterator[dict[str, Any]]:
        """One export record per (article, version)."""
        return reads.export_records(self.db, all_versions=True, **_checked_times(filters))

    def _article(self, url: str) -> dict[str, Any]:
        article = reads.article(self.db, canonicalize_url(url) or url)
        if article is None:
            raise ArchiverError(f"{url} is not in {self.archive.path}")
        return article

    def history(self, url: str) -> list[dict[str, Any]]:
        """Every version of one article, oldest first."""
        return reads.versions_of(self.db, self._article(url)["id"])

    def article_at(self, url: str, version: int | None = None, at: str | None = None) -> dict[str, Any]:
        """What the article said at ``version``, or at time ``at`` (ISO 8601), or now."""
        article = self._article(url)
        if version is not None:
            found = reads.version_row(self.db, article["id"], version)
        elif at is not None:
            found = reads.version_at(self.db, article["id"], parse_time(at, "at"))
        else:
            found = reads.version_row(self.db, article["id"], article["current_version"])
        if found is None:
            when = f"version {version}" if version is not None else f"version captured at or before {at}"
            raise ArchiverError(f"{url} has no {when} (first archived {article['first_seen']})")
        return {**found, "url": article["url"], "status": article["status"]}

    def search(self, query: str, limit: int = 20, **filters: str | None) -> list[dict[str, Any]]:
        """Ranked full-text search (English and Chinese); filters: site, category, source, since, until."""
        return store_search.search(self.db, parse_query(query), limit, **_checked_times(filters))

    def to_pandas(self, what: str = "latest_articles") -> Any:
        """A table or view as a DataFrame (``pip install pandas``)."""
        try:
            import pandas
        except ImportError as exc:
            raise ArchiverError("to_pandas() needs pandas: pip install pandas") from exc
        if what not in _FRAMES:
            raise ArchiverError(f"to_pandas() reads one of {', '.join(_FRAMES)}")
        return pandas.read_sql_query(f"SELECT * FROM {what}", self.db.conn)


def _checked_times(filters: dict[str, str | None]) -> dict[str, str | None]:
    """``since``/``until`` parsed by the CLI's parser: a bad time is a UsageError, not a silent string filter."""
    return {
        name: parse_time(value, name) if name in ("since", "until") and value is not None else value
        for name, value in filters.items()
    }


def open_archive(path: str | Path) -> ArchiveReader:
    return ArchiveReader(path)
