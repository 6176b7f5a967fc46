"""Reads for the CLI and researchers: versions, raw captures, the export record, stats."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import zstandard
from sqlite_utils import Database

from archiver.store.common import row_dict

JSON_COLUMNS = ("published_at_flags", "keywords", "page_categories", "images", "rules", "changed_fields")
_DECOMPRESSOR = zstandard.ZstdDecompressor()
# Current listings first; an article no listing shows any more keeps the ones it was in.
_CATEGORIES = """
    SELECT json_group_array(name) FROM (
        SELECT DISTINCT c.name FROM category_members m JOIN categories c ON c.id = m.category_id
        WHERE m.url = a.url AND (m.removed_at IS NULL OR NOT EXISTS (
            SELECT 1 FROM category_members cur WHERE cur.url = a.url AND cur.removed_at IS NULL))
        ORDER BY c.name)"""


def decode_version(row: dict[str, Any]) -> dict[str, Any]:
    for column in JSON_COLUMNS:
        if column in row:
            row[column] = json.loads(row[column])
    return row


def version_row(db: Database, article_id: int, version: int) -> dict[str, Any] | None:
    row = row_dict(db, "SELECT * FROM versions WHERE article_id = ? AND version = ?", [article_id, version])
    return decode_version(row) if row else None


def capture_content(db: Database, capture_id: int) -> bytes:
    codec, content = db.execute("SELECT codec, content FROM captures WHERE id = ?", [capture_id]).fetchone()
    return _DECOMPRESSOR.decompress(content) if codec == "zstd" else content


def export_records(db: Database, all_versions: bool = False) -> Iterator[dict[str, Any]]:
    """The export record: url, site, title, source, ..., status; one per article or per version."""
    join = "v.article_id = a.id" + ("" if all_versions else " AND v.version = a.current_version")
    cursor = db.execute(
        f"""SELECT a.url, a.site, a.site_article_id, v.title, v.source, v.source_raw, v.reprinted, v.author,
                   v.published_at, v.page_categories, v.keywords, v.body, v.language, v.version, v.content_hash,
                   a.first_seen, a.last_seen, a.status, ({_CATEGORIES}) AS listed_in
            FROM articles a JOIN versions v ON {join}
            ORDER BY a.id, v.version"""
    )
    for row in cursor:
        (url, site, site_article_id, title, source, source_raw, reprinted, author, published_at,
         page_categories, keywords, body, language, version, digest, first_seen, last_seen, status,
         listed_in) = row
        yield {
            "url": url, "site": site, "title": title, "source": source, "source_raw": source_raw,
            "reprinted": bool(reprinted), "author": author, "published_at": published_at,
            "categories": json.loads(listed_in) or json.loads(page_categories),
            "keywords": json.loads(keywords), "body": body, "language": language, "version": version,
            "content_hash": digest, "first_seen": first_seen, "last_seen": last_seen, "status": status,
            "article_id": site_article_id,
        }


def stats(db: Database, path: Path, schema_version: int) -> dict[str, Any]:
    def one(sql: str) -> Any:
        return db.execute(sql).fetchone()[0]

    by_site = {site: {"articles": n, "live": live} for site, n, live in db.execute(
        "SELECT site, COUNT(*), SUM(status = 'live') FROM articles GROUP BY site ORDER BY site")}
    last = row_dict(db, "SELECT id, status, started_at, finished_at, target FROM crawl_runs ORDER BY id DESC LIMIT 1",
                    [])
    return {
        "path": str(path),
        "schema_version": schema_version,
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
        "frontier_pending": one("SELECT COUNT(*) FROM frontier WHERE kind = 'article' AND last_fetched_at IS NULL"),
        "last_run": last,
        "sites": by_site,
    }


def article(db: Database, url: str) -> dict[str, Any] | None:
    return row_dict(db, "SELECT * FROM articles WHERE url = ?", [url])


def versions_of(db: Database, article_id: int) -> list[dict[str, Any]]:
    cursor = db.execute("SELECT * FROM versions WHERE article_id = ? ORDER BY version", [article_id])
    names = [d[0] for d in cursor.description]
    return [decode_version(dict(zip(names, row, strict=True))) for row in cursor]


def reextract_candidates(db: Database, since: str | None) -> list[dict[str, Any]]:
    """Current versions (captured since ``since``) with their capture and the profile that crawled them."""
    cursor = db.execute(
        "SELECT a.id AS article_id, a.url, v.version, v.capture_id, v.captured_at, v.extractor_version, "
        "COALESCE(r.profile, 'generic') AS profile FROM articles a "
        "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version "
        "LEFT JOIN crawl_runs r ON r.id = v.crawl_id WHERE ? IS NULL OR v.captured_at >= ? ORDER BY a.id",
        [since, since])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
