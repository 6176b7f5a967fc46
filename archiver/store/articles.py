"""Article writes: captures, versions (only on a real content change), gone/live, the frontier."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from archiver.compat import Database
from archiver.crash_points import crash_point
from archiver.extract import EXTRACTOR_VERSION
from archiver.fts import index_values
from archiver.history.change_rules import change_kind, changed_fields, content_hash
from archiver.history.revisit import RevisitPolicy
from archiver.items import ArticleItem, FailureItem, NotModifiedItem, PageCapture
from archiver.store.common import dumps, row_dict, rows
from archiver.store.compression import CaptureCompressor

GONE_STATUSES = frozenset({404, 410})
_MAX_BACKOFF_HOURS = 24 * 7
_VERSION_COLUMNS = (
    "article_id",
    "version",
    "crawl_id",
    "capture_id",
    "captured_at",
    "content_hash",
    "extractor_version",
    "change_kind",
    "changed_fields",
    "restored_from",
    "title",
    "source",
    "source_raw",
    "reprinted",
    "author",
    "published_at",
    "published_at_flags",
    "body",
    "body_html",
    "keywords",
    "page_categories",
    "language",
    "images",
    "encoding",
    "rules",
)


def _header(headers: dict[str, str], name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name), None)


def write_capture_row(
    db: Database,
    capture: PageCapture,
    run_id: int,
    site: str,
    compressor: CaptureCompressor,
    page_kind: str = "article",
    digest: str | None = None,
) -> int:
    """Store the capture (or name a kept page as it); its row id. ``digest``: its body's SHA-256, if known."""
    digest = digest or hashlib.sha256(capture.body).hexdigest()
    if page_kind == "article":
        # A generic crawl cannot tell an article from a page when it fetches it: the page was
        # kept then (store.pages), and is the article's capture now, not a second copy.
        # It was kept under the address it was fetched at: after a redirect, the article's final URL.
        kept = db.execute(
            "SELECT id FROM captures WHERE url IN (?, ?) AND sha256 = ? AND crawl_id = ? AND page_kind = 'page' "
            "ORDER BY id DESC LIMIT 1",
            [capture.url, capture.final_url, digest, run_id],
        ).fetchone()
        if kept:
            db.execute("UPDATE captures SET page_kind = 'article', url = ? WHERE id = ?", [capture.url, kept[0]])
            return int(kept[0])
    content, dictionary_id = compressor.compress(site, capture.body)
    cursor = db.execute(
        "INSERT INTO captures (url, final_url, crawl_id, fetched_at, status, headers, request_headers, codec, "
        "size, sha256, content, dictionary_id, page_kind) VALUES (?, ?, ?, ?, ?, ?, ?, 'zstd', ?, ?, ?, ?, ?)",
        [
            capture.url,
            capture.final_url,
            run_id,
            capture.fetched_at,
            capture.status,
            dumps(capture.headers),
            dumps(capture.request_headers),
            len(capture.body),
            digest,
            content,
            dictionary_id,
            page_kind,
        ],
    )
    crash_point("capture-written")
    return int(cursor.lastrowid)  # type: ignore[arg-type]  # an INSERT always has a lastrowid


def insert_version(db: Database, values: dict[str, Any]) -> None:
    placeholders = ", ".join("?" for _ in _VERSION_COLUMNS)
    db.execute(
        f"INSERT INTO versions ({', '.join(_VERSION_COLUMNS)}) VALUES ({placeholders})",
        [values.get(c) for c in _VERSION_COLUMNS],
    )
    crash_point("version-written")


def version_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """The version columns that come from an extracted record."""
    return {
        "content_hash": content_hash(record),
        "extractor_version": record.get("extractor_version", EXTRACTOR_VERSION),
        "title": record.get("title"),
        "source": record.get("source"),
        "source_raw": record.get("source_raw"),
        "reprinted": int(bool(record.get("reprinted"))),
        "author": record.get("author"),
        "published_at": record.get("published_at"),
        "published_at_flags": dumps(record.get("published_at_flags", [])),
        "body": record.get("body") or "",
        "body_html": record.get("body_html") or "",
        "keywords": dumps(record.get("keywords", [])),
        "page_categories": dumps(record.get("categories", [])),
        "language": record.get("language"),
        "images": dumps(record.get("images", [])),
        "encoding": record.get("encoding"),
        "rules": dumps(record.get("rules", {})),
    }


def classify(
    db: Database, article_id: int, current_version: int, record: Mapping[str, Any]
) -> tuple[str, list[str], int | None] | None:
    """None when the record says what the current version says; else (kind, changed fields, restored from)."""
    history = rows(db, "SELECT * FROM versions WHERE article_id = ? ORDER BY version DESC", [article_id])
    current = next(v for v in history if v["version"] == current_version)
    digest = content_hash(record)
    # The page's own categories are not hashed (a re-categorisation is no edit of the text), but
    # a page that moves to another category makes a minor version, so the record follows it.
    moved = bool(record.get("categories")) and json.loads(current["page_categories"] or "[]") != record["categories"]
    if content_hash(current) == digest:
        return ("minor", ["categories"], None) if moved else None
    changed = changed_fields(current, record) + (["categories"] if moved else [])
    for older in history:
        if older["version"] != current_version and content_hash(older) == digest:
            return "restored", changed, older["version"]
    return change_kind(changed), changed, None


def write_capture(
    db: Database, item: ArticleItem, run_id: int, revisit: RevisitPolicy, compressor: CaptureCompressor
) -> str:
    """Archive one fetched article: a new article, a new version, or only ``last_seen`` moves."""
    record, capture = item.record, item.capture
    at = capture.fetched_at
    row = row_dict(db, "SELECT id, current_version, status, first_seen FROM articles WHERE url = ?", [capture.url])
    if row is None:
        cursor = db.execute(
            "INSERT INTO articles (url, site, site_article_id, first_seen, last_seen, first_crawl_id, last_crawl_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [capture.url, record["site"], record.get("article_id"), at, at, run_id, run_id],
        )
        article_id, outcome = int(cursor.lastrowid), "new"  # type: ignore[arg-type]  # INSERT: never None
        change: tuple[str, list[str], int | None] | None = ("new", [], None)
        version, first_seen = 1, at
    else:
        article_id, first_seen = row["id"], row["first_seen"]
        touch(db, article_id, row["status"], at, run_id, "served again")
        change = classify(db, article_id, row["current_version"], record)
        version, outcome = row["current_version"] + 1, "changed" if change else "unchanged"
    if change is not None:
        kind, changed, restored_from = change
        insert_version(
            db,
            {
                **version_values(record),
                "article_id": article_id,
                "version": version,
                "crawl_id": run_id,
                "capture_id": write_capture_row(db, capture, run_id, record["site"], compressor),
                "captured_at": at,
                "change_kind": kind,
                "changed_fields": dumps(changed),
                "restored_from": restored_from,
            },
        )
        set_current(db, article_id, version, record, replacing=row is not None)
    born = record.get("published_at") or first_seen
    fetched(
        db,
        capture.url,
        record["site"],
        at,
        capture.status,
        revisit,
        born,
        etag=_header(capture.headers, "etag"),
        last_modified=_header(capture.headers, "last-modified"),
    )
    return outcome


def set_current(db: Database, article_id: int, version: int, record: Mapping[str, Any], replacing: bool = True) -> None:
    """Make ``version`` the article's current one; the full-text index follows in the same transaction.

    The index is contentless (it does not keep a second copy of every body), so removing
    the old entry takes the old indexed values, recomputed from the old current version.
    ``replacing=False``: the article was inserted in this transaction and has no current version yet.
    """
    old = (
        row_dict(
            db,
            "SELECT v.title, v.body, v.source, v.source_raw, v.author FROM articles a JOIN versions v "
            "ON v.article_id = a.id AND v.version = a.current_version WHERE a.id = ?",
            [article_id],
        )
        if replacing
        else None
    )
    if old is not None:
        db.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, body, source, author) "
            "VALUES ('delete', ?, ?, ?, ?, ?)",
            [article_id, *index_values(old)],
        )
        crash_point("fts-deleted")
    db.execute("UPDATE articles SET current_version = ? WHERE id = ?", [version, article_id])
    db.execute(
        "INSERT INTO articles_fts (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)",
        [article_id, *index_values(record)],
    )
    crash_point("fts-written")


def touch(db: Database, article_id: int, status: str, at: str, run_id: int, reason: str) -> None:
    """The article answered: ``last_seen`` moves, and a gone article is live again."""
    db.execute(
        "UPDATE articles SET last_seen = ?, last_crawl_id = ?, status = 'live', gone_at = NULL WHERE id = ?",
        [at, run_id, article_id],
    )
    if status == "gone":
        db.execute(
            "INSERT INTO status_changes (article_id, status, at, crawl_id, reason) VALUES (?, 'live', ?, ?, ?)",
            [article_id, at, run_id, reason],
        )


def fetched(
    db: Database,
    url: str,
    site: str,
    at: str,
    status: int,
    revisit: RevisitPolicy,
    born: str | None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> None:
    """Record a successful fetch in the frontier: validators, and when the article is due again."""
    fetched_at = datetime.fromisoformat(at)
    birth = datetime.fromisoformat(born) if born else None
    due = revisit.next_due(fetched_at, birth).isoformat(timespec="seconds")
    db.execute(
        "INSERT INTO frontier (url, kind, site, etag, last_modified, first_seen, last_fetched_at, last_status, "
        "next_due_at, failures, last_error) VALUES (?, 'article', ?, ?, ?, ?, ?, ?, ?, 0, NULL) "
        "ON CONFLICT(url) DO UPDATE SET etag = COALESCE(excluded.etag, etag), "
        "last_modified = COALESCE(excluded.last_modified, last_modified), last_fetched_at = excluded.last_fetched_at, "
        "last_status = excluded.last_status, next_due_at = excluded.next_due_at, failures = 0, last_error = NULL",
        [url, site, etag, last_modified, at, at, status, due],
    )
    crash_point("frontier-written")


def write_not_modified(db: Database, item: NotModifiedItem, run_id: int, revisit: RevisitPolicy) -> None:
    row = row_dict(
        db,
        "SELECT a.id, a.status, a.site, a.first_seen, v.published_at FROM articles a "
        "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version WHERE a.url = ?",
        [item.url],
    )
    if row is None:
        return  # a 304 for a page we never archived: nothing to update
    touch(db, row["id"], row["status"], item.fetched_at, run_id, "served again (304)")
    fetched(db, item.url, row["site"], item.fetched_at, 304, revisit, row["published_at"] or row["first_seen"])


def mark_gone(db: Database, url: str, at: str, run_id: int, reason: str) -> bool:
    """A live archived article is gone; its history stays. False when there is nothing to mark."""
    row = row_dict(db, "SELECT id FROM articles WHERE url = ? AND status = 'live'", [url])
    if row is None:
        return False
    db.execute("UPDATE articles SET status = 'gone', gone_at = ? WHERE id = ?", [at, row["id"]])
    db.execute(
        "INSERT INTO status_changes (article_id, status, at, crawl_id, reason) VALUES (?, 'gone', ?, ?, ?)",
        [row["id"], at, run_id, reason],
    )
    return True


def write_failure(db: Database, item: FailureItem, run_id: int) -> None:
    db.execute(
        "INSERT INTO fetch_errors (crawl_id, url, kind, status, reason, referer, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [run_id, item.url, item.kind, item.status, item.reason[:2000], item.referer, item.at],
    )
    crash_point("failure-written")
    # A known page that failed is retried later, backing off: 1 h, 2 h, 4 h ... at most a week.
    row = db.execute("SELECT failures FROM frontier WHERE url = ?", [item.url]).fetchone()
    if row is None:
        return
    backoff = timedelta(hours=min(2 ** row[0], _MAX_BACKOFF_HOURS))
    due = (datetime.fromisoformat(item.at) + backoff).isoformat(timespec="seconds")
    db.execute(
        "UPDATE frontier SET failures = failures + 1, last_error = ?, last_status = ?, next_due_at = ? WHERE url = ?",
        [f"{item.kind}: {item.reason[:500]}", item.status, due, item.url],
    )


def write_rederived(
    db: Database, article_id: int, record: Mapping[str, Any], capture_id: int, captured_at: str, run_id: int
) -> bool:
    """A new extractor reads a stored page differently: a ``reextract`` version, same capture.

    False when the new reading says what the current version says.
    """
    row = row_dict(db, "SELECT current_version FROM articles WHERE id = ?", [article_id])
    if row is None:
        return False
    current = row["current_version"]
    change = classify(db, article_id, current, record)
    if change is None:
        return False
    insert_version(
        db,
        {
            **version_values(record),
            "article_id": article_id,
            "version": current + 1,
            "crawl_id": run_id,
            "capture_id": capture_id,
            "captured_at": captured_at,
            "change_kind": "reextract",
            "changed_fields": dumps(change[1]),
            "restored_from": None,
        },
    )
    set_current(db, article_id, current + 1, record)
    return True
