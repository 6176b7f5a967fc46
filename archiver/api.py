"""A small read API for notebooks: plain dicts, and pandas DataFrames where pandas is installed.

>>> import archiver
>>> with archiver.open_archive("data/kmabxh.db") as archive:
...     recent = archive.latest_articles(since="2024-11-01", site="en.kmabxh.com")
...     hits = archive.search("保安 培训", limit=10)
...     frame = archive.to_pandas("latest_articles")
"""

from __future__ import annotations

import json
import warnings
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
# Columns to_pandas() converts from SQLite's text and integers to what they mean.
_TIME_COLUMNS = frozenset(
    {
        "published_at",
        "first_seen",
        "last_seen",
        "gone_at",
        "captured_at",
        "started_at",
        "finished_at",
        "at",
        "removed_at",
        "last_complete_at",
    }
)
_LIST_COLUMNS = frozenset(
    {"keywords", "listed_in", "page_categories", "images", "changed_fields", "published_at_flags"}
)
_BOOLEAN_COLUMNS = frozenset({"reprinted", "is_current"})
_OBJECT_COLUMNS = frozenset({"settings", "stats", "coverage"})  # crawl_runs: JSON objects


class UnknownSiteWarning(UserWarning):
    """A filter named a site the archive does not hold (the warning lists those it holds)."""


def with_public_ids(row: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a version of ``article``) named as the API names things everywhere.

    ``article_id`` is the portal's id of the article (a string, as in ``export``), and
    ``record_id`` the archive's own key for it (``articles.id``); the versions table's
    ``article_id`` column is that key, hence the renaming at this boundary.
    """
    return {**row, "article_id": article.get("site_article_id"), "record_id": article["id"]}


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

    def sites(self) -> list[dict[str, Any]]:
        """What the archive holds per site (``archiver sites``): articles, live, gone, versions, first/last run."""
        return reads.sites(self.db)

    def _warn_unknown_site(self, filters: dict[str, str | None]) -> None:
        """A ``site`` the archive does not hold finds nothing: say which sites it does hold."""
        site = filters.get("site")
        if site and site not in (names := reads.site_names(self.db)):
            warnings.warn(
                f"{self.archive.path} has no site {site!r}; it holds: {', '.join(names) or 'no articles yet'}",
                UnknownSiteWarning,
                stacklevel=3,
            )

    def latest_articles(self, **filters: str | None) -> list[dict[str, Any]]:
        """One export record per article; filters: site, category, since, until, status."""
        self._warn_unknown_site(filters)
        return list(reads.export_records(self.db, **_checked_times(filters)))  # type: ignore[arg-type]

    def iter_versions(self, **filters: str | None) -> Iterator[dict[str, Any]]:
        """One export record per (article, version)."""
        self._warn_unknown_site(filters)
        return reads.export_records(self.db, all_versions=True, **_checked_times(filters))

    def _article(self, url: str) -> dict[str, Any]:
        article = reads.article(self.db, canonicalize_url(url) or url)
        if article is None:
            raise ArchiverError(f"{url} is not in {self.archive.path}")
        return article

    def history(self, url: str) -> list[dict[str, Any]]:
        """Every version of one article, oldest first (``article_id``: the portal's id, ``record_id``: ours)."""
        article = self._article(url)
        return [with_public_ids(version, article) for version in reads.versions_of(self.db, article["id"])]

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
        return with_public_ids({**found, "url": article["url"], "status": article["status"]}, article)

    def search(self, query: str, limit: int = 20, **filters: str | None) -> list[dict[str, Any]]:
        """Ranked full-text search (English and Chinese); filters: site, category, source, status, since, until.

        The query language (fields, phrases, stems, single Chinese characters): docs/search.md.
        """
        self._warn_unknown_site(filters)
        return store_search.search(self.db, parse_query(query), limit, **_checked_times(filters))

    def count(self, query: str, **filters: str | None) -> int:
        """How many articles ``search(query, **filters)`` matches in all (it returns at most ``limit``)."""
        return store_search.count(self.db, parse_query(query), **_checked_times(filters))

    def to_pandas(self, what: str = "latest_articles") -> Any:
        """A table or view as a DataFrame (``pip install pandas``), its values typed.

        Times are timezone-aware datetimes in UTC (``published_at`` keeps the instant; its
        offset is in ``export``), JSON lists are lists (and crawl_runs' JSON objects dicts),
        0/1 flags are booleans. In
        ``latest_articles`` and ``article_history``, ``article_id`` is the portal's id (as in
        ``export``) and ``record_id`` the archive's key, as in the views themselves (schema 8);
        ``site_article_id`` repeats ``article_id`` for SQL written before.
        """
        try:
            import pandas
        except ImportError as exc:
            raise ArchiverError("to_pandas() needs pandas: pip install pandas") from exc
        if what not in _FRAMES:
            raise ArchiverError(f"to_pandas() reads one of {', '.join(_FRAMES)}")
        frame = pandas.read_sql_query(f"SELECT * FROM {what}", self.db.conn)
        for column in frame.columns:
            if column in _TIME_COLUMNS:
                frame[column] = pandas.to_datetime(frame[column], utc=True, format="ISO8601")
            elif column in _LIST_COLUMNS:
                frame[column] = frame[column].map(lambda text: json.loads(text) if isinstance(text, str) else [])
            elif column in _OBJECT_COLUMNS:
                frame[column] = frame[column].map(lambda text: json.loads(text) if isinstance(text, str) else {})
            elif column in _BOOLEAN_COLUMNS:
                frame[column] = frame[column].astype(bool)
        return frame


def _checked_times(filters: dict[str, str | None]) -> dict[str, str | None]:
    """``since``/``until`` parsed by the CLI's parser: a bad time is a UsageError, not a silent string filter."""
    return {
        name: parse_time(value, name) if name in ("since", "until") and value is not None else value
        for name, value in filters.items()
    }


def open_archive(path: str | Path) -> ArchiveReader:
    return ArchiveReader(path)
