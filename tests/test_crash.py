"""A crawl killed with SIGKILL leaves a valid archive that the next run completes; two crawls never share one.

Every wait is on an event (requests the portal served, a lock file, a page held open), never
on a duration; the crash points are in test_crash_points.py.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from archiver.fts import index_values
from archiver.history.change_rules import content_hash
from tests.conftest import LOCAL, Started, run_archiver, start_archiver, verify_archive
from tests.crashing import MANY_BATCHES, check_invariants, copy_archive, finished, slowed, snapshot, start_crawl
from tests.portal.site import PortalFixture

pytestmark = pytest.mark.e2e
# A page held by a test must not time out meanwhile (LOCAL's DOWNLOAD_TIMEOUT is 3 s).
PATIENT = ["-s", "DOWNLOAD_TIMEOUT=120"]
FULL_AT_BYTES = 900_000  # file size limit: the crawl below reaches it after some batches, before its end


@pytest.mark.parametrize("kill_after", [3, 12, 25, 40])
def test_sigkill_then_resume_converges(
    crash_portal: PortalFixture, crash_reference: Path, kill_after: int, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    crash_portal.server.log.clear()
    with slowed(crash_portal, 0.15):  # the crawl is still running when the portal has served kill_after requests
        process = start_crawl(crash_portal, db, *MANY_BATCHES)
        deadline = time.monotonic() + 120
        while len(crash_portal.server.log) < kill_after and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the crawl ended before it could be killed"
    assert db.exists()
    check_invariants(db)
    finished(start_crawl(crash_portal, db))
    check_invariants(db)
    assert snapshot(db) == snapshot(crash_reference)
    with sqlite3.connect(db) as conn:
        statuses = [s for (s,) in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses == ["interrupted", "finished"]


def test_sigkill_while_reindexing_then_rerun_converges(crash_reference: Path, tmp_path: Path) -> None:
    """`reextract` killed between removing an article's old index entry and adding the new one."""
    db = copy_archive(crash_reference, tmp_path / "archive.db")
    baseline = snapshot(db)
    with sqlite3.connect(db) as conn:  # an older extractor's misreading, indexed as such
        url, article_id, title, body = conn.execute(
            "SELECT a.url, a.id, v.title, v.body FROM articles a JOIN versions v ON v.article_id = a.id "
            "AND v.version = 1 ORDER BY a.id LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE versions SET title = 'misread' WHERE article_id = ? AND version = 1", [article_id])
        cursor = conn.execute("SELECT * FROM versions WHERE article_id = ? AND version = 1", [article_id])
        misread = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
        conn.execute(
            "UPDATE versions SET content_hash = ? WHERE article_id = ? AND version = 1",
            [content_hash(misread), article_id],
        )  # as that extractor wrote it: consistent
        conn.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, body, source, author) "
            "VALUES ('delete', ?, ?, ?, ?, ?)",
            [article_id, *index_values({**misread, "title": title, "body": body})],
        )
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)",
            [article_id, *index_values(misread)],
        )
    env = {**os.environ, "ARCHIVER_CRASH_AT": "fts-deleted"}
    killed = start_archiver("reextract", "--db", str(db), env=env)  # its own process, killed at the crash point
    killed.communicate(timeout=120)
    assert killed.returncode == -signal.SIGKILL
    check_invariants(db)
    assert run_archiver("reextract", "--db", str(db)).returncode == 0
    check_invariants(db)
    fixed = snapshot(db)
    assert (fixed[url]["title"], fixed[url]["version"]) == (title, 2)
    assert {u: r for u, r in fixed.items() if u != url} == {u: r for u, r in baseline.items() if u != url}


def hold(portal: PortalFixture, path: str) -> threading.Event:
    """``path`` answers only once the returned event is set."""
    gate = threading.Event()
    portal.server.routes[path] = replace(portal.server.routes[path], gate=gate)
    return gate


def test_second_crawl_on_a_held_archive_exits_at_once(crash_portal: PortalFixture, tmp_path: Path) -> None:
    """'At once': the second crawl has exited while the first, held at its home page, still runs."""
    db = tmp_path / "archive.db"
    home = dict(crash_portal.server.routes)["/"]
    gate = hold(crash_portal, "/")
    try:
        first = start_crawl(crash_portal, db, *PATIENT)
        lock = db.with_name(db.name + ".lock")
        deadline = time.monotonic() + 60
        while not (lock.exists() and lock.read_text()) and time.monotonic() < deadline:
            time.sleep(0.02)
        second = run_archiver("crawl", crash_portal.base_url + "/", "--db", str(db), *LOCAL)
        assert first.poll() is None, "the first crawl ended: nothing held the archive"
    finally:
        gate.set()
        crash_portal.server.routes["/"] = home
    assert second.returncode == 75
    assert "another crawl holds" in second.stderr and f"pid {first.pid}" in second.stderr
    finished(first)
    verify_archive(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0] == 1


def test_readers_during_a_crawl_never_see_half_a_version(crash_portal: PortalFixture, tmp_path: Path) -> None:
    """A researcher's sqlite3 session and `archiver search` while a crawl writes: always whole versions.

    One article page is held open until a reader has seen articles committed, so at least one
    snapshot is certainly taken in the middle of the crawl.
    """
    db = tmp_path / "archive.db"
    held_path = crash_portal.article_url(crash_portal.articles[-1])[len(crash_portal.base_url) :]
    page = crash_portal.server.routes[held_path]
    gate = hold(crash_portal, held_path)
    mid_crawl = 0
    try:
        crawl = start_crawl(crash_portal, db, *MANY_BATCHES, *PATIENT)
        deadline = time.monotonic() + 120
        while crawl.poll() is None and time.monotonic() < deadline:
            if not db.exists():
                time.sleep(0.02)
                continue
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
                conn.execute("BEGIN")  # one consistent snapshot for all the checks below
                try:
                    articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                    half = conn.execute(
                        "SELECT COUNT(*) FROM articles a LEFT JOIN versions v ON v.article_id = a.id "
                        "AND v.version = a.current_version LEFT JOIN captures c ON c.id = v.capture_id "
                        "WHERE c.id IS NULL"
                    ).fetchone()[0]
                    indexed = conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
                except sqlite3.OperationalError:  # the schema is still being created (first migrations)
                    continue
                finally:
                    conn.execute("COMMIT")
            assert half == 0 and indexed == articles, (half, indexed, articles)
            if articles and not gate.is_set():
                mid_crawl += 1  # whole versions committed, the crawl certainly unfinished
                gate.set()
            time.sleep(0.02)
    finally:
        gate.set()
        crash_portal.server.routes[held_path] = page
    finished(crawl)
    assert mid_crawl == 1, "no snapshot was taken while the crawl was writing"
    verify_archive(db)
    assert run_archiver("search", "security", "--db", str(db)).returncode == 0


# --- the disk fills up mid-crawl ------------------------------------------------------------


def _served_articles(portal: PortalFixture) -> int:
    return sum(1 for path in list(portal.server.log) if "/stories/" in str(path))


def _assert_stopped_on_a_full_disk(process: Started, message: str) -> None:
    _out, stderr = process.communicate(timeout=300)
    assert process.returncode == 3, stderr[-3000:]
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and message in errors[0] and "cannot write to the archive" in errors[0], stderr[-3000:]
    assert "Traceback" not in stderr


def _assert_space_back_completes(portal: PortalFixture, db: Path, reference: Path) -> None:
    check_invariants(db)
    finished(start_crawl(portal, db))
    check_invariants(db)
    assert snapshot(db) == snapshot(reference)
    with sqlite3.connect(db) as conn:
        statuses = [s for (s,) in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses[-1] == "finished" and statuses[0] in ("failed", "interrupted"), statuses


def test_file_size_limit_mid_crawl_stops_with_exit_3_then_resumes(
    crash_portal: PortalFixture, crash_reference: Path, tmp_path: Path
) -> None:
    """RLIMIT_FSIZE (where no small filesystem can be mounted): the archive cannot grow mid-crawl."""
    db = tmp_path / "archive.db"
    process = start_crawl(crash_portal, db, *MANY_BATCHES, file_size_limit=FULL_AT_BYTES)
    _assert_stopped_on_a_full_disk(process, "file size limit reached")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        archived = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 0 < archived < len(snapshot(crash_reference)), "the limit must be reached mid-crawl"
    _assert_space_back_completes(crash_portal, db, crash_reference)


@pytest.fixture
def small_filesystem(tmp_path: Path) -> Iterator[Path]:
    mountpoint = tmp_path / "fs"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mountpoint)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(
            f"cannot mount a small filesystem here ({mounted.stderr.strip()}); "
            "the RLIMIT_FSIZE test covers the same path"
        )
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_disk_full_mid_crawl_stops_with_exit_3_then_resumes(
    crash_portal: PortalFixture, crash_reference: Path, small_filesystem: Path
) -> None:
    """A real ENOSPC: the filesystem fills up while the crawl writes, then space comes back."""
    db = small_filesystem / "archive.db"
    crash_portal.server.log.clear()
    with slowed(crash_portal, 0.15):  # still crawling when 8 articles have been served
        process = start_crawl(crash_portal, db)
        deadline = time.monotonic() + 120
        while _served_articles(crash_portal) < 8 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        filler = small_filesystem / "filler"
        # Unbuffered: nothing is left to flush (and fail) when the file is closed.
        with filler.open("wb", buffering=0) as stream, contextlib.suppress(OSError):  # take every byte left
            while True:
                stream.write(b"\0" * 65536)
        _assert_stopped_on_a_full_disk(process, "disk full")
    filler.unlink()
    _assert_space_back_completes(crash_portal, db, crash_reference)
