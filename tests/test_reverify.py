"""Re-verification of old articles (archiver.crawler.crawlstate): every live article within
ARCHIVER_REVERIFY_DAYS runs."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from archiver.crawler.crawlstate import CrawlState
from archiver.history.revisit import RevisitPolicy

NOW = datetime(2026, 12, 1, tzinfo=UTC)
POLICY = RevisitPolicy.parse("2d=0,7d=6h,30d=1d,365d=7d,*=30d")


def archive_of_old_articles(path: Path, count: int) -> None:
    """Live articles published two years ago, each verified on a different recent day (none due by age)."""
    with sqlite3.connect(path) as db:
        db.executescript("""
            CREATE TABLE frontier (url TEXT PRIMARY KEY, kind TEXT, site TEXT, etag TEXT, last_modified TEXT,
                                   first_seen TEXT, last_fetched_at TEXT, next_due_at TEXT);
            CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT, status TEXT, first_seen TEXT,
                                   current_version INTEGER);
            CREATE TABLE versions (article_id INTEGER, version INTEGER, published_at TEXT,
                                   rules TEXT NOT NULL DEFAULT '{}');
            CREATE TABLE categories (id INTEGER PRIMARY KEY, url TEXT, last_complete_at TEXT);
            CREATE TABLE category_members (category_id INTEGER, url TEXT, first_seen TEXT);
        """)
        published = (NOW - timedelta(days=800)).isoformat()
        for n in range(count):
            url = f"http://portal.test/NewsDes/{n}.html"
            verified = (NOW - timedelta(days=1 + n % 20, hours=n)).isoformat(timespec="seconds")
            db.execute(
                "INSERT INTO frontier VALUES (?, 'article', 'portal.test', NULL, NULL, ?, ?, NULL)",
                [url, published, verified],
            )
            db.execute("INSERT INTO articles VALUES (?, ?, 'live', ?, 1)", [n + 1, url, published])
            db.execute("INSERT INTO versions (article_id, version, published_at) VALUES (?, 1, ?)", [n + 1, published])


def test_a_slice_of_the_longest_unverified_is_due(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    archive_of_old_articles(db, 30)
    assert CrawlState.load(db, False, POLICY, now=NOW).revisits() == []  # by age alone, none is due
    state = CrawlState.load(db, False, POLICY, now=NOW, reverify_days=3)
    assert len(state.revisits()) == 10 == len(state.reverify)
    with sqlite3.connect(db) as conn:
        oldest = [u for (u,) in conn.execute("SELECT url FROM frontier ORDER BY last_fetched_at LIMIT 10")]
    assert sorted(state.reverify) == sorted(oldest)


def test_every_article_within_the_window(tmp_path: Path) -> None:
    """Daily runs, each re-checking its slice (and recording the fetch): all 30 are seen in 3 runs."""
    db = tmp_path / "a.db"
    archive_of_old_articles(db, 30)
    seen: set[str] = set()
    for day in range(3):
        now = NOW + timedelta(days=day)
        state = CrawlState.load(db, False, POLICY, now=now, reverify_days=3)
        seen.update(state.reverify)
        with sqlite3.connect(db) as conn:
            conn.executemany(
                "UPDATE frontier SET last_fetched_at = ? WHERE url = ?",
                [(now.isoformat(timespec="seconds"), url) for url in state.reverify],
            )
    assert len(seen) == 30


def test_off(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    archive_of_old_articles(db, 5)
    assert CrawlState.load(db, False, POLICY, now=NOW, reverify_days=0).reverify == []


def test_a_sitemap_or_feed_date_after_the_last_fetch() -> None:
    from archiver.crawler.crawlstate import KnownArticle

    known = KnownArticle(None, None, archived=True, due=False, fetched_at="2024-03-01T00:00:00+00:00")
    assert known.changed_since_fetch("2024-03-02")
    assert known.changed_since_fetch("Sat, 02 Mar 2024 09:00:00 +0800")
    assert not known.changed_since_fetch("2024-03-01T07:00:00+08:00")  # 29 Feb, 23:00 UTC
    assert not known.changed_since_fetch("2024-02-28")
    assert not known.changed_since_fetch("not a date") and not known.changed_since_fetch(None)
