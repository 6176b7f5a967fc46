"""Reads for the CLI and researchers: versions, raw captures, the export record, stats."""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from archiver.compat import Database
from archiver.store.common import row_dict, rows
from archiver.store.compression import decompress

JSON_COLUMNS = ("published_at_flags", "keywords", "page_categories", "images", "rules", "changed_fields")


def decode_version(row: dict[str, Any]) -> dict[str, Any]:
    for column in JSON_COLUMNS:
        if column in row:
            row[column] = json.loads(row[column])
    return row


def version_row(db: Database, article_id: int, version: int) -> dict[str, Any] | None:
    row = row_dict(db, "SELECT * FROM versions WHERE article_id = ? AND version = ?", [article_id, version])
    return decode_version(row) if row else None


def capture_content(db: Database, capture_id: int) -> bytes:
    codec, dictionary_id, content = db.execute(
        "SELECT codec, dictionary_id, content FROM captures WHERE id = ?", [capture_id]
    ).fetchone()
    return decompress(db, codec, dictionary_id, content)


EXPORT_FILTERS = ("site", "category", "since", "until", "status")


def like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: its ``%``, ``_`` and ``\\`` match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filters_sql(
    site: str | None = None,
    category: str | None = None,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
    source: str | None = None,
    alias: str = "l",
) -> tuple[str, list[Any]]:
    """SQL conditions (on a latest_articles/article_history alias) for the researcher's filters."""
    clauses, params = [], []
    if site:
        clauses.append(f"{alias}.site = ?")
        params.append(site)
    if category:
        clauses.append(
            f"EXISTS (SELECT 1 FROM category_members m JOIN categories c ON c.id = m.category_id "
            f"WHERE m.url = {alias}.url AND c.name = ?)"
        )
        params.append(category)
    if source:
        # The user's text is a substring, not a pattern: % and _ in it match only themselves.
        clauses.append(f"({alias}.source = ? OR {alias}.source_raw LIKE ? ESCAPE '\\')")
        params.extend([source, f"%{like_literal(source)}%"])
    if since:
        clauses.append(f"{alias}.published_at >= ?")
        params.append(since)
    if until:
        clauses.append(f"{alias}.published_at < ?")
        params.append(until)
    if status:
        clauses.append(f"{alias}.record_id IN (SELECT id FROM articles WHERE status = ?)")
        params.append(status)
    return (" AND ".join(clauses) or "1"), params


def export_records(db: Database, all_versions: bool = False, **filters: str | None) -> Iterator[dict[str, Any]]:
    """The export record: url, site, title, source, ..., status; one per article or per version."""
    where, params = filters_sql(**filters)  # type: ignore[arg-type]  # filters: site, category, since...
    if all_versions:
        sql = (
            f"SELECT h.*, l.listed_in, l.page_categories, l.first_seen, l.last_seen, l.status "
            f"FROM article_history h JOIN latest_articles l ON l.record_id = h.record_id "
            f"WHERE {where} ORDER BY h.record_id, h.version"
        )
    else:
        sql = f"SELECT l.*, l.listed_in FROM latest_articles l WHERE {where} ORDER BY l.record_id"
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=False))
        yield {
            "url": row["url"],
            "site": row["site"],
            "title": row["title"],
            "source": row["source"],
            "source_raw": row["source_raw"],
            "reprinted": bool(row["reprinted"]),
            "author": row["author"],
            "published_at": row["published_at"],
            # The page's own categories (breadcrumb, article:section …); the listings that showed it
            # when the page names none. Listing membership itself stays in category_members.
            "categories": json.loads(row["page_categories"]) or json.loads(row["listed_in"]),
            "keywords": json.loads(row["keywords"]),
            "body": row["body"],
            "language": row["language"],
            "version": row["version"],
            "content_hash": row["content_hash"],
            "first_seen": row["first_seen"],
            "last_seen": row["last_seen"],
            "status": row["status"],
            "article_id": row["article_id"],
        }


def site_names(db: Database) -> list[str]:
    return [site for (site,) in db.execute("SELECT DISTINCT site FROM articles ORDER BY site")]


def sites(db: Database) -> list[dict[str, Any]]:
    """What the archive holds, per site: its articles (live, gone), versions, and the first and last run."""
    return rows(
        db,
        """
        SELECT s.*, f.started_at AS first_run_at, l.started_at AS last_run_at FROM (
            SELECT a.site, COUNT(*) AS articles, SUM(a.status = 'live') AS live, SUM(a.status = 'gone') AS gone,
                   (SELECT COUNT(*) FROM versions v JOIN articles b ON b.id = v.article_id WHERE b.site = a.site)
                       AS versions,
                   MIN(a.first_seen) AS first_seen, MAX(a.last_seen) AS last_seen,
                   MIN(a.first_crawl_id) AS first_run, MAX(a.last_crawl_id) AS last_run
            FROM articles a GROUP BY a.site
        ) AS s
        LEFT JOIN crawl_runs f ON f.id = s.first_run LEFT JOIN crawl_runs l ON l.id = s.last_run
        ORDER BY s.site
        """,
    )


def stats(db: Database, path: Path, schema_version: int) -> dict[str, Any]:
    def one(sql: str) -> Any:
        return db.execute(sql).fetchone()[0]

    by_site = {
        site: {"articles": n, "live": live}
        for site, n, live in db.execute(
            "SELECT site, COUNT(*), SUM(status = 'live') FROM articles GROUP BY site ORDER BY site"
        )
    }
    last = row_dict(
        db, "SELECT id, status, started_at, finished_at, target FROM crawl_runs ORDER BY id DESC LIMIT 1", []
    )
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


def current_captures(db: Database, urls: list[str]) -> Iterator[tuple[str, str, str, bytes]]:
    """(url, final URL, headers JSON, page bytes) of the current version's capture of each archived article of
    ``urls``."""
    for start in range(0, len(urls), 500):  # SQLite's limit on bound parameters
        chunk = urls[start : start + 500]
        marks = ",".join("?" * len(chunk))
        cursor = db.execute(
            "SELECT a.url, c.final_url, c.headers, c.codec, c.dictionary_id, c.content FROM articles a "
            "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version "
            f"JOIN captures c ON c.id = v.capture_id WHERE a.url IN ({marks})",
            chunk,
        )
        for url, final_url, headers, codec, dictionary_id, content in cursor:
            yield url, final_url, headers, decompress(db, codec, dictionary_id, content)


def header_value(headers: str | None, name: str) -> str | None:
    """A header's value from a capture's stored headers (JSON: name -> value or values), any case; ``name`` in
    lower case."""
    try:
        parsed = json.loads(headers or "{}")
    except ValueError:
        return None
    for key, value in parsed.items() if isinstance(parsed, dict) else ():
        if key.lower() == name:
            return ", ".join(value) if isinstance(value, list) else str(value)
    return None


def versions_of(db: Database, article_id: int) -> list[dict[str, Any]]:
    cursor = db.execute("SELECT * FROM versions WHERE article_id = ? ORDER BY version", [article_id])
    names = [d[0] for d in cursor.description]
    return [decode_version(dict(zip(names, row, strict=True))) for row in cursor]


def reextract_candidates(db: Database, since: str | None) -> list[dict[str, Any]]:
    """Current versions (captured since ``since``) with their capture and the profile that crawled them."""
    cursor = db.execute(
        "SELECT a.id AS article_id, a.url, v.version, v.capture_id, v.captured_at, v.extractor_version, "
        "CASE WHEN json_extract(v.rules, '$.published_at') LIKE 'listing/%' THEN v.published_at END AS listing_date, "
        "COALESCE(r.profile, 'generic') AS profile FROM articles a "
        "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version "
        "LEFT JOIN crawl_runs r ON r.id = v.crawl_id WHERE ? IS NULL OR v.captured_at >= ? ORDER BY a.id",
        [since, since],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def version_at(db: Database, article_id: int, at: str) -> dict[str, Any] | None:
    """The version that was current at ``at``: the last one captured at or before it."""
    row = row_dict(
        db,
        "SELECT * FROM versions WHERE article_id = ? AND captured_at <= ? ORDER BY version DESC LIMIT 1",
        [article_id, at],
    )
    return decode_version(row) if row else None


def captures_for_export(db: Database, **filters: str | None) -> Iterator[dict[str, Any]]:
    """Raw captures for WARC, oldest first: those of the selected articles and, unless a filter
    only articles have (category, dates, status) is given, every other page fetched on the
    selected site (robots.txt, home, listings, redirects)."""
    where, params = filters_sql(**filters)  # type: ignore[arg-type]  # filters: site, category, since...
    article_captures = _decoded_captures(
        db,
        f"SELECT {_CAPTURE_COLUMNS} FROM captures c "
        f"JOIN versions v ON v.capture_id = c.id JOIN latest_articles l ON l.record_id = v.article_id "
        f"LEFT JOIN crawl_runs r ON r.id = c.crawl_id WHERE {where} GROUP BY c.id ORDER BY c.fetched_at, c.id",
        params,
    )
    if any(filters.get(name) for name in ("category", "since", "until", "status", "source")):
        yield from article_captures
        return
    site_clause, site_params = _site_clause(filters.get("site"))
    page_captures = _decoded_captures(
        db,
        f"SELECT {_CAPTURE_COLUMNS} FROM captures c LEFT JOIN crawl_runs r ON r.id = c.crawl_id "
        f"WHERE c.page_kind != 'article' AND {site_clause} ORDER BY c.fetched_at, c.id",
        site_params,
    )
    yield from heapq.merge(article_captures, page_captures, key=lambda c: (c["fetched_at"], c["id"]))


_CAPTURE_COLUMNS = (
    "c.id, c.url, c.final_url, c.fetched_at, c.status, c.headers, c.request_headers, c.codec, "
    "c.dictionary_id, c.content, c.sha256, c.page_kind, r.settings"
)


def _site_clause(site: str | None, column: str = "c.url") -> tuple[str, list[Any]]:
    """SQL matching URLs on ``site`` (host[:port]), over http or https."""
    if not site:
        return "1", []
    literal = like_literal(site)
    return (
        f"({column} LIKE ? ESCAPE '\\' OR {column} LIKE ? ESCAPE '\\' OR {column} IN (?, ?))",
        [f"http://{literal}/%", f"https://{literal}/%", f"http://{site}", f"https://{site}"],
    )


def _decoded_captures(db: Database, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        content = row.pop("content")
        row["body"] = decompress(db, row.pop("codec"), row.pop("dictionary_id"), content)
        yield row


def failures_for_export(db: Database, site: str | None = None) -> list[dict[str, Any]]:
    """Pages that could not be archived (fetch_errors), for WARC metadata records."""
    clause, params = _site_clause(site, "url")
    cursor = db.execute(
        f"SELECT url, kind, reason, status, referer, at, crawl_id FROM fetch_errors WHERE {clause} ORDER BY at, id",
        params,
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def replay_pages(db: Database, site: str | None = None) -> list[dict[str, Any]]:
    """The pages a WACZ opens at: each site's home page, then every article's current version."""
    clause, params = _site_clause(site)
    found = []
    for url, at, title in db.execute(
        f"SELECT c.url, c.fetched_at, NULL FROM captures c WHERE c.page_kind = 'home' AND {clause} "
        f"UNION ALL SELECT l.url, l.captured_at, l.title FROM latest_articles l "
        f"JOIN captures c ON c.id = l.capture_id WHERE {clause} ORDER BY 2",
        [*params, *params],
    ):
        page = {"url": url, "ts": at.replace("+00:00", "Z")}
        if title:
            page["title"] = title
        found.append(page)
    return found
