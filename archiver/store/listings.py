"""Categories and their members, kept as history: when each article entered and left each listing."""

from __future__ import annotations

from archiver.compat import Database
from archiver.crash_points import crash_point
from archiver.items import ListingItem
from archiver.urls import netloc_of


def category_id(db: Database, url: str, name: str) -> int:
    db.execute(
        "INSERT INTO categories (site, name, url) VALUES (?, ?, ?) ON CONFLICT(url) DO UPDATE SET name = excluded.name",
        [netloc_of(url), name, url],
    )
    return int(db.execute("SELECT id FROM categories WHERE url = ?", [url]).fetchone()[0])


def write_listing(db: Database, item: ListingItem, run_id: int) -> None:
    cid = category_id(db, item.category_url, item.category_name)
    at = item.fetched_at
    for url in item.article_urls:
        cursor = db.execute(
            "UPDATE category_members SET last_seen = ?, last_crawl_id = ? "
            "WHERE category_id = ? AND url = ? AND removed_at IS NULL",
            [at, run_id, cid, url],
        )
        if cursor.rowcount == 0:
            db.execute(
                "INSERT INTO category_members (category_id, url, first_seen, last_seen, first_crawl_id, "
                "last_crawl_id) VALUES (?, ?, ?, ?, ?, ?)",
                [cid, url, at, at, run_id, run_id],
            )
        db.execute(
            "INSERT INTO frontier (url, kind, site, first_seen) VALUES (?, 'article', ?, ?) "
            "ON CONFLICT(url) DO NOTHING",
            [url, netloc_of(url), at],
        )
    db.execute(
        "INSERT INTO frontier (url, kind, site, first_seen, last_fetched_at, last_status) "
        "VALUES (?, 'listing', ?, ?, ?, 200) ON CONFLICT(url) DO UPDATE SET "
        "last_fetched_at = excluded.last_fetched_at, last_status = 200, failures = 0",
        [item.url, netloc_of(item.url), at, at],
    )
    crash_point("listing-written")


def close_complete(db: Database, category_urls: list[str], run_id: int, at: str) -> int:
    """Members a fully paginated listing did not show in this run have left it."""
    removed = 0
    for url in category_urls:
        row = db.execute("SELECT id FROM categories WHERE url = ?", [url]).fetchone()
        if row is None:
            continue
        cursor = db.execute(
            "UPDATE category_members SET removed_at = ?, removed_crawl_id = ? "
            "WHERE category_id = ? AND removed_at IS NULL AND last_crawl_id < ?",
            [at, run_id, row[0], run_id],
        )
        removed += cursor.rowcount
        db.execute(
            "UPDATE categories SET last_complete_at = ?, last_complete_crawl_id = ? WHERE id = ?", [at, run_id, row[0]]
        )
    return removed
