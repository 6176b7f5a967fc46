"""The archive: the only module that writes SQL. Every batch is one transaction (WAL).

A crash loses at most the batch being written; what was committed is complete (a version
is always written with its capture in the same transaction).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import zstandard
from sqlite_utils import Database

from archiver import __version__
from archiver.errors import ArchiveError
from archiver.extract import EXTRACTOR_VERSION
from archiver.items import ArticleItem, FailureItem, ListingItem, PageCapture
from archiver.migrations import migrate
from archiver.normalize import fold_for_hash
from archiver.urls import netloc_of

HASHED_FIELDS = ("title", "source_raw", "author", "published_at", "body", "keywords")
_JSON_COLUMNS = ("published_at_flags", "keywords", "page_categories", "images", "rules",
                 "changed_fields")
_ZSTD_LEVEL = 6


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(record: dict[str, Any]) -> str:
    """Hash of the normalized extracted fields: markup, ads and counters do not change it."""
    folded = {}
    for name in HASHED_FIELDS:
        value = record.get(name)
        if isinstance(value, list):
            folded[name] = [fold_for_hash(str(v)) for v in value]
        else:
            folded[name] = fold_for_hash(value) if isinstance(value, str) else value
    canonical = json.dumps(folded, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Archive:
    """A versioned SQLite archive of one or more portals."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = Database(str(self.path))
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            self.schema_version = migrate(self.db)
        except (OSError, sqlite3.Error) as exc:
            raise ArchiveError(f"cannot open archive {self.path}: {exc} "
                               "(check the path exists and is writable)") from exc
        self._compressor = zstandard.ZstdCompressor(level=_ZSTD_LEVEL)
        self._decompressor = zstandard.ZstdDecompressor()

    def close(self) -> None:
        self.db.close()

    # --- runs ------------------------------------------------------------------------------

    def start_run(self, target: str, profile: str, settings: dict[str, Any]) -> int:
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO crawl_runs (started_at, status, target, profile, settings, "
                "archiver_version, extractor_version) VALUES (?, 'running', ?, ?, ?, ?, ?)",
                [utc_now(), target, profile, _dumps(settings), __version__, EXTRACTOR_VERSION],
            )
        return int(cursor.lastrowid)

    def finish_run(self, run_id: int, status: str, stats: dict[str, Any]) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE crawl_runs SET finished_at = ?, status = ?, stats = ? WHERE id = ?",
                [utc_now(), status, _dumps(stats), run_id],
            )

    def run(self, run_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
        columns = [d[0] for d in self.db.execute("SELECT * FROM crawl_runs LIMIT 0").description]
        result = dict(zip(columns, row, strict=True))
        result["settings"] = json.loads(result["settings"])
        result["stats"] = json.loads(result["stats"])
        return result

    # --- writes ----------------------------------------------------------------------------

    def write_batch(self, items: Iterable[ArticleItem | ListingItem | FailureItem],
                    run_id: int) -> dict[str, int]:
        """Write items in one transaction; returns how many articles were new/changed/unchanged."""
        outcomes = {"new": 0, "changed": 0, "unchanged": 0, "failures": 0, "listings": 0}
        with self.db.atomic():
            for item in items:
                if isinstance(item, ArticleItem):
                    outcomes[self._write_article(item, run_id)] += 1
                elif isinstance(item, ListingItem):
                    self._write_listing(item, run_id)
                    outcomes["listings"] += 1
                elif isinstance(item, FailureItem):
                    self._write_failure(item, run_id)
                    outcomes["failures"] += 1
        return outcomes

    def _write_capture(self, capture: PageCapture, run_id: int) -> int:
        cursor = self.db.execute(
            "INSERT INTO captures (url, final_url, crawl_id, fetched_at, status, headers, codec, "
            "size, sha256, content) VALUES (?, ?, ?, ?, ?, ?, 'zstd', ?, ?, ?)",
            [capture.url, capture.final_url, run_id, capture.fetched_at, capture.status,
             _dumps(capture.headers), len(capture.body), hashlib.sha256(capture.body).hexdigest(),
             self._compressor.compress(capture.body)],
        )
        return int(cursor.lastrowid)

    def _write_article(self, item: ArticleItem, run_id: int) -> str:
        record, capture = item.record, item.capture
        at = capture.fetched_at
        digest = content_hash(record)
        row = self.db.execute(
            "SELECT a.id, a.current_version, v.content_hash FROM articles a "
            "LEFT JOIN versions v ON v.article_id = a.id AND v.version = a.current_version "
            "WHERE a.url = ?", [capture.url],
        ).fetchone()
        if row is None:
            cursor = self.db.execute(
                "INSERT INTO articles (url, site, site_article_id, first_seen, last_seen, "
                "first_crawl_id, last_crawl_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [capture.url, record["site"], record.get("article_id"), at, at, run_id, run_id],
            )
            article_id, version, outcome, kind = int(cursor.lastrowid), 1, "new", "new"
        else:
            article_id, current, current_hash = row
            self.db.execute(
                "UPDATE articles SET last_seen = ?, last_crawl_id = ?, status = 'live', "
                "gone_at = NULL WHERE id = ?", [at, run_id, article_id],
            )
            if current_hash == digest:
                return "unchanged"
            version, outcome, kind = (current or 0) + 1, "changed", "edit"
        self._insert_version(article_id, version, kind, record, digest,
                             self._write_capture(capture, run_id), at, run_id)
        self.db.execute("UPDATE articles SET current_version = ? WHERE id = ?", [version, article_id])
        return outcome

    def _insert_version(self, article_id: int, version: int, kind: str, record: dict[str, Any],
                        digest: str, capture_id: int, at: str, run_id: int) -> None:
        previous = self.version_row(article_id, version - 1) if version > 1 else None
        changed = [f for f in HASHED_FIELDS if previous is None or previous.get(f) != record.get(f)]
        self.db.execute(
            "INSERT INTO versions (article_id, version, crawl_id, capture_id, captured_at, "
            "content_hash, extractor_version, change_kind, changed_fields, title, source, "
            "source_raw, reprinted, author, published_at, published_at_flags, body, body_html, "
            "keywords, page_categories, language, images, encoding, rules) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, version, run_id, capture_id, at, digest,
             record.get("extractor_version", EXTRACTOR_VERSION), kind, _dumps(changed),
             record.get("title"), record.get("source"), record.get("source_raw"),
             int(bool(record.get("reprinted"))), record.get("author"), record.get("published_at"),
             _dumps(record.get("published_at_flags", [])), record.get("body") or "",
             record.get("body_html") or "", _dumps(record.get("keywords", [])),
             _dumps(record.get("categories", [])), record.get("language"),
             _dumps(record.get("images", [])), record.get("encoding"),
             _dumps(record.get("rules", {}))],
        )

    def _write_listing(self, item: ListingItem, run_id: int) -> None:
        self.db.execute(
            "INSERT INTO categories (site, name, url) VALUES (?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET name = excluded.name",
            [netloc_of(item.category_url), item.category_name, item.category_url],
        )
        category_id = self.db.execute("SELECT id FROM categories WHERE url = ?",
                                      [item.category_url]).fetchone()[0]
        self.db.conn.executemany(
            "INSERT INTO category_members (category_id, url, first_seen, last_seen, "
            "first_crawl_id, last_crawl_id) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(category_id, url) DO UPDATE SET last_seen = excluded.last_seen, "
            "last_crawl_id = excluded.last_crawl_id",
            [(category_id, url, item.fetched_at, item.fetched_at, run_id, run_id)
             for url in item.article_urls],
        )

    def _write_failure(self, item: FailureItem, run_id: int) -> None:
        self.db.execute(
            "INSERT INTO fetch_errors (crawl_id, url, kind, status, reason, referer, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [run_id, item.url, item.kind, item.status, item.reason[:2000], item.referer, item.at],
        )

    # --- reads -----------------------------------------------------------------------------

    def version_row(self, article_id: int, version: int) -> dict[str, Any] | None:
        cursor = self.db.execute("SELECT * FROM versions WHERE article_id = ? AND version = ?",
                                 [article_id, version])
        row = cursor.fetchone()
        if row is None:
            return None
        result = dict(zip([d[0] for d in cursor.description], row, strict=True))
        for column in _JSON_COLUMNS:
            result[column] = json.loads(result[column])
        return result

    def capture_content(self, capture_id: int) -> bytes:
        codec, content = self.db.execute("SELECT codec, content FROM captures WHERE id = ?",
                                         [capture_id]).fetchone()
        return self._decompressor.decompress(content) if codec == "zstd" else content

    def export_records(self, all_versions: bool = False) -> Iterator[dict[str, Any]]:
        """The export record: url, site, title, source, ..., status; one per article or per version."""
        join = "v.article_id = a.id" + ("" if all_versions else " AND v.version = a.current_version")
        cursor = self.db.execute(
            f"""SELECT a.url, a.site, a.site_article_id, v.title, v.source, v.source_raw,
                       v.reprinted, v.author, v.published_at, v.page_categories, v.keywords,
                       v.body, v.language, v.version, v.content_hash, a.first_seen, a.last_seen,
                       a.status,
                       (SELECT json_group_array(name) FROM (
                            SELECT DISTINCT c.name FROM category_members m
                            JOIN categories c ON c.id = m.category_id
                            WHERE m.url = a.url ORDER BY c.name)) AS listed_in
                FROM articles a JOIN versions v ON {join}
                ORDER BY a.id, v.version"""
        )
        for row in cursor:
            (url, site, site_article_id, title, source, source_raw, reprinted, author,
             published_at, page_categories, keywords, body, language, version, digest,
             first_seen, last_seen, status, listed_in) = row
            categories = json.loads(listed_in) or json.loads(page_categories)
            yield {
                "url": url, "site": site, "title": title, "source": source,
                "source_raw": source_raw, "reprinted": bool(reprinted), "author": author,
                "published_at": published_at, "categories": categories,
                "keywords": json.loads(keywords), "body": body, "language": language,
                "version": version, "content_hash": digest, "first_seen": first_seen,
                "last_seen": last_seen, "status": status, "article_id": site_article_id,
            }

    def first_failure(self, run_id: int | None) -> str | None:
        row = self.db.execute("SELECT url, reason FROM fetch_errors WHERE crawl_id = ? ORDER BY id LIMIT 1",
                              [run_id]).fetchone()
        return f"{row[0]}: {row[1]}" if row else None

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        by_site = {site: {"articles": n, "live": live} for site, n, live in self.db.execute(
            "SELECT site, COUNT(*), SUM(status = 'live') FROM articles GROUP BY site ORDER BY site")}
        return {
            "path": str(self.path),
            "schema_version": self.schema_version,
            "articles": one("SELECT COUNT(*) FROM articles"),
            "live": one("SELECT COUNT(*) FROM articles WHERE status = 'live'"),
            "gone": one("SELECT COUNT(*) FROM articles WHERE status = 'gone'"),
            "versions": one("SELECT COUNT(*) FROM versions"),
            "categories": one("SELECT COUNT(*) FROM categories"),
            "captures": one("SELECT COUNT(*) FROM captures"),
            "captures_raw_bytes": one("SELECT COALESCE(SUM(size), 0) FROM captures"),
            "captures_stored_bytes": one("SELECT COALESCE(SUM(length(content)), 0) FROM captures"),
            "fetch_errors": one("SELECT COUNT(*) FROM fetch_errors"),
            "crawl_runs": one("SELECT COUNT(*) FROM crawl_runs"),
            "last_run": self._last_run(),
            "sites": by_site,
        }

    def _last_run(self) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        return self.run(row[0]) if row else None

    def integrity_check(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]
