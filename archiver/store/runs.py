"""Crawl-run rows: start, finish with counts and coverage, the coverage baseline for alarms."""

from __future__ import annotations

import json
import os
import socket
import statistics
from typing import Any

from archiver import __version__, statkeys
from archiver.compat import Database
from archiver.extract import EXTRACTOR_VERSION
from archiver.store.common import dumps, row_dict, rows, utc_now

# The settings each run row records (crawl_runs.settings), whichever process writes it.
RECORDED_SETTINGS = (
    "CONCURRENT_REQUESTS",
    "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY",
    "AUTOTHROTTLE_ENABLED",
    "ROBOTSTXT_OBEY",
    "USER_AGENT",
    "CLOSESPIDER_PAGECOUNT",
    "DOWNLOAD_MAXSIZE",
    "DOWNLOAD_TIMEOUT",
    "RETRY_TIMES",
    "ARCHIVER_REVISIT_POLICY",
    "ARCHIVER_EARLY_STOP",
    "ARCHIVER_MAX_LISTING_PAGES",
)
COVERAGE_FIELDS = ("title", "published_at", "source", "body")
_COUNT_COLUMNS = {  # crawl_runs column -> stats key
    "pages_fetched": "response_received_count",
    "not_modified": statkeys.NOT_MODIFIED,
    "articles_new": statkeys.NEW,
    "articles_changed": statkeys.CHANGED,
    "articles_unchanged": statkeys.UNCHANGED,
    "articles_gone": statkeys.GONE,
    "failures": statkeys.FAILURES,
}
_BASELINE_RUNS = 5
_MIN_EXTRACTED = 10


# Runs this process started and has not finished: `archiver crawl A B` runs one crawler, and one
# run, per portal in one process, and a run starting must not take its siblings for dead ones.
_RUNNING_HERE: dict[str, set[int]] = {}  # archive file -> run ids


def _running_here(db: Database) -> set[int]:
    (_, _, file) = db.execute("PRAGMA database_list").fetchone()  # the main database's absolute path
    return _RUNNING_HERE.setdefault(file, set())


def start(db: Database, target: str, profile: str, settings: dict[str, Any], mode: str) -> int:
    now = utc_now()
    # Only one process holds an archive's lock, so a run still marked running that this process
    # did not start was killed.
    ours = _running_here(db)
    siblings = sorted(ours)
    db.execute(
        "UPDATE crawl_runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?) "
        f"WHERE status = 'running' AND id NOT IN ({', '.join('?' * len(siblings))})",
        [now, *siblings],
    )
    cursor = db.execute(
        "INSERT INTO crawl_runs (started_at, status, target, profile, settings, archiver_version, "
        "extractor_version, mode, pid, hostname) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            now,
            target,
            profile,
            dumps(settings),
            __version__,
            EXTRACTOR_VERSION,
            mode,
            os.getpid(),
            socket.gethostname(),
        ],
    )
    run_id = int(cursor.lastrowid)  # type: ignore[arg-type]  # an INSERT always has a lastrowid
    ours.add(run_id)
    return run_id


def finish(
    db: Database, run_id: int, status: str, stats: dict[str, Any], coverage: dict[str, Any], alarm: str | None
) -> None:
    counts = {column: int(stats.get(key, 0) or 0) for column, key in _COUNT_COLUMNS.items()}
    assignments = ", ".join(f"{column} = ?" for column in counts)
    db.execute(
        f"UPDATE crawl_runs SET finished_at = ?, status = ?, stats = ?, coverage = ?, alarm = ?, {assignments} "
        "WHERE id = ?",
        [utc_now(), status, dumps(stats), dumps(coverage), alarm, *counts.values(), run_id],
    )
    _running_here(db).discard(run_id)


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    for column in ("settings", "stats", "coverage"):
        row[column] = json.loads(row[column] or "{}")
    return row


def get(db: Database, run_id: int) -> dict[str, Any]:
    row = row_dict(db, "SELECT * FROM crawl_runs WHERE id = ?", [run_id])
    if row is None:
        raise KeyError(run_id)
    return _decoded(row)


def recent(db: Database, limit: int) -> list[dict[str, Any]]:
    return [_decoded(r) for r in rows(db, "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT ?", [limit])]


def coverage_baseline(db: Database, before_run: int) -> dict[str, float]:
    """Median coverage per field over the last finished runs of the same target that extracted enough
    articles (an edition crawled from its own home, ``/cn/``, is its own baseline)."""
    history = []
    for (coverage,) in db.execute(
        "SELECT coverage FROM crawl_runs WHERE id < ? AND status = 'finished' "
        "AND target = (SELECT target FROM crawl_runs WHERE id = ?) ORDER BY id DESC",
        [before_run, before_run],
    ):
        data = json.loads(coverage or "{}")
        if data.get("extracted", 0) >= _MIN_EXTRACTED:
            history.append(data)
        if len(history) == _BASELINE_RUNS:
            break
    if not history:
        return {}
    return {name: statistics.median(h.get(name, 0.0) for h in history) for name in COVERAGE_FIELDS}


def coverage_alarm(coverage: dict[str, Any], baseline: dict[str, float], max_drop: float) -> str | None:
    """Why this run's coverage is alarming next to its predecessors', or None."""
    if coverage.get("extracted", 0) < _MIN_EXTRACTED or not baseline:
        return None
    drops = [
        f"{name} {coverage.get(name, 0.0):.0%} (was {baseline[name]:.0%})"
        for name in COVERAGE_FIELDS
        if baseline[name] - coverage.get(name, 0.0) > max_drop
    ]
    return ("coverage dropped: " + ", ".join(drops) + " — has the site's layout changed?") if drops else None
