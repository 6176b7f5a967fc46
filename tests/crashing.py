"""Shared by the crash-safety tests (test_crash.py, test_crash_points.py): a crawl in a real process that
can be SIGKILLed, and what a killed-then-resumed archive is compared with."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.conftest import LOCAL, Started, run_archiver, start_archiver, verify_archive
from tests.portal.site import PortalFixture

# Small batches committed often, two requests at a time: a crawl of this portal writes many
# transactions, so every crash point is reached more than once.
MANY_BATCHES = [
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=2",
    "-s",
    "ARCHIVER_BATCH_SIZE=3",
    "-s",
    "ARCHIVER_BATCH_SECONDS=0.2",
]
COMPARED = (
    "url",
    "title",
    "source",
    "source_raw",
    "reprinted",
    "author",
    "published_at",
    "categories",
    "keywords",
    "body",
    "language",
    "version",
    "content_hash",
    "status",
)


def start_crawl(
    portal: PortalFixture, db: Path, *extra: str, crash_at: str | None = None, file_size_limit: int | None = None
) -> Started:
    """The crawl of ``portal`` into ``db``, running as its own process (forked from a zygote: a real process
    that a test can SIGKILL, or that kills itself at ``crash_at``), not waited for; ``file_size_limit``: its
    RLIMIT_FSIZE in bytes."""
    env = {**os.environ, "ARCHIVER_CRASH_AT": crash_at} if crash_at else None
    return start_archiver(
        "crawl", portal.base_url + "/", "--db", str(db), "--format", "json", *LOCAL, *extra,
        env=env, file_size_limit=file_size_limit,
    )  # fmt: skip


def finished(process: Started) -> None:
    """The crawl ended with exit 0 (its stderr in the failure message otherwise)."""
    _out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err[-2000:]


@contextmanager
def slowed(portal: PortalFixture, seconds: float) -> Iterator[None]:
    """Article and listing pages answer after ``seconds`` while inside: a kill lands mid-crawl."""
    routes = portal.server.routes
    original = dict(routes)
    for path, page in original.items():
        if path.startswith(("/stories/", "/section/")):
            routes[path] = replace(page, delay=seconds)
    try:
        yield
    finally:
        routes.update(original)


def snapshot(db: Path) -> dict[str, dict[str, Any]]:
    records = map(json.loads, run_archiver("export", "--db", str(db)).stdout.splitlines())
    return {r["url"]: {k: r[k] for k in COMPARED} for r in records}


def check_invariants(db: Path) -> None:
    verify_archive(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute(
            "SELECT COUNT(*) FROM versions v LEFT JOIN captures c ON c.id = v.capture_id WHERE c.id IS NULL"
        ).fetchone()[0]
        unversioned = conn.execute(
            # pages other than articles (home, listings, robots.txt, redirects) have no version
            "SELECT COUNT(*) FROM captures c LEFT JOIN versions v ON v.capture_id = c.id "
            "WHERE v.id IS NULL AND c.page_kind = 'article'"
        ).fetchone()[0]
        half = conn.execute(
            "SELECT COUNT(*) FROM articles a LEFT JOIN versions v ON v.article_id = a.id "
            "AND v.version = a.current_version WHERE v.id IS NULL"
        ).fetchone()[0]
    assert (orphans, unversioned, half) == (0, 0, 0)


def copy_archive(db: Path, target: Path) -> Path:
    with sqlite3.connect(db) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target
