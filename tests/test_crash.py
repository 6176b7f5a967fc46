"""A crawl killed with SIGKILL leaves a valid archive that the next run completes; two crawls never share one."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from archiver.changes import content_hash
from archiver.faults import POINTS
from archiver.fts import index_text
from tests.conftest import LOCAL, ROOT, run_archiver, verify_archive
from tests.portal.site import PortalFixture, build_portal

pytestmark = pytest.mark.e2e
SLOW = ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "ARCHIVER_BATCH_SIZE=3", "-s", "ARCHIVER_BATCH_SECONDS=0.2"]
FULL_AT_BYTES = 900_000  # file size limit: the crawl below reaches it after some batches, before its end
COMPARED = ("url", "title", "source", "source_raw", "reprinted", "author", "published_at", "categories",
            "keywords", "body", "language", "version", "content_hash", "status")


@pytest.fixture(scope="module")
def slow_portal() -> Iterator[PortalFixture]:
    portal = build_portal("modern", count=30, seed=23)
    for path, page in list(portal.server.routes.items()):
        if path.startswith("/stories/") or path.startswith("/section/"):
            portal.server.routes[path] = replace(page, delay=0.15)
    yield portal
    portal.close()


def start_crawl(portal: PortalFixture, db: Path, *extra: str, crash_at: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "ARCHIVER_CRASH_AT": crash_at} if crash_at else None
    return subprocess.Popen([sys.executable, "-m", "archiver", "crawl", portal.base_url + "/", "--db", str(db),
                             "--format", "json", *LOCAL, *SLOW, *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def snapshot(db: Path) -> dict[str, dict[str, Any]]:
    records = map(json.loads, run_archiver("export", "--db", str(db)).stdout.splitlines())
    return {r["url"]: {k: r[k] for k in COMPARED} for r in records}


def check_invariants(db: Path) -> None:
    verify_archive(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute("SELECT COUNT(*) FROM versions v LEFT JOIN captures c ON c.id = v.capture_id "
                               "WHERE c.id IS NULL").fetchone()[0]
        unversioned = conn.execute("SELECT COUNT(*) FROM captures c LEFT JOIN versions v ON v.capture_id = c.id "
                                   "WHERE v.id IS NULL").fetchone()[0]
        half = conn.execute("SELECT COUNT(*) FROM articles a LEFT JOIN versions v ON v.article_id = a.id "
                            "AND v.version = a.current_version WHERE v.id IS NULL").fetchone()[0]
    assert (orphans, unversioned, half) == (0, 0, 0)


@pytest.fixture(scope="module")
def reference(slow_portal: PortalFixture, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    db = tmp_path_factory.mktemp("reference") / "archive.db"
    process = start_crawl(slow_portal, db)
    assert process.wait(timeout=300) == 0, process.stderr.read()[-2000:]
    return snapshot(db)


@pytest.mark.parametrize("kill_after", [3, 12, 25, 40])
def test_sigkill_then_resume_converges(slow_portal: PortalFixture, reference: dict[str, dict[str, Any]],
                                       kill_after: int, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    slow_portal.server.log.clear()
    process = start_crawl(slow_portal, db)
    deadline = time.monotonic() + 60
    while len(slow_portal.server.log) < kill_after and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert db.exists()
    check_invariants(db)
    resumed = start_crawl(slow_portal, db)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read()[-2000:]
    check_invariants(db)
    assert snapshot(db) == reference
    with sqlite3.connect(db) as conn:
        statuses = [s for (s,) in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses == ["interrupted", "finished"]


@pytest.mark.parametrize("point", [p for p in POINTS if p != "fts-deleted"])
def test_sigkill_inside_a_write_then_resume_converges(slow_portal: PortalFixture, reference: dict[str, dict[str, Any]],
                                                      point: str, tmp_path: Path) -> None:
    """Killed at a named moment of a database write: the transaction is lost whole, never in part."""
    db = tmp_path / "archive.db"
    once_per_run = point in ("run-finish", "clusters-updated")
    crashed = start_crawl(slow_portal, db, crash_at=f"{point}:{1 if once_per_run else 2}")
    assert crashed.wait(timeout=300) == -signal.SIGKILL, f"{point} was never reached"
    check_invariants(db)
    resumed = start_crawl(slow_portal, db)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read()[-2000:]
    check_invariants(db)
    assert snapshot(db) == reference


def test_sigkill_while_reindexing_then_rerun_converges(slow_portal: PortalFixture, tmp_path: Path) -> None:
    """`reextract` killed between removing an article's old index entry and adding the new one."""
    db = tmp_path / "archive.db"
    assert start_crawl(slow_portal, db).wait(timeout=300) == 0
    baseline = snapshot(db)
    with sqlite3.connect(db) as conn:  # an older extractor's misreading, indexed as such
        url, article_id, title, body = conn.execute(
            "SELECT a.url, a.id, v.title, v.body FROM articles a JOIN versions v ON v.article_id = a.id "
            "AND v.version = 1 ORDER BY a.id LIMIT 1").fetchone()
        conn.execute("UPDATE versions SET title = 'misread' WHERE article_id = ? AND version = 1", [article_id])
        cursor = conn.execute("SELECT * FROM versions WHERE article_id = ? AND version = 1", [article_id])
        misread = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
        conn.execute("UPDATE versions SET content_hash = ? WHERE article_id = ? AND version = 1",
                     [content_hash(misread), article_id])  # as that extractor wrote it: consistent
        conn.execute("INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                     [article_id, index_text(title), index_text(body)])
        conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                     [article_id, index_text("misread"), index_text(body)])
    env = {**os.environ, "ARCHIVER_CRASH_AT": "fts-deleted"}
    killed = subprocess.run([sys.executable, "-m", "archiver", "reextract", "--db", str(db)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    check_invariants(db)
    assert run_archiver("reextract", "--db", str(db)).returncode == 0
    check_invariants(db)
    fixed = snapshot(db)
    assert (fixed[url]["title"], fixed[url]["version"]) == (title, 2)
    assert {u: r for u, r in fixed.items() if u != url} == {u: r for u, r in baseline.items() if u != url}


def test_second_crawl_on_a_held_archive_exits_at_once(slow_portal: PortalFixture, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    first = start_crawl(slow_portal, db)
    lock = db.with_name(db.name + ".lock")
    deadline = time.monotonic() + 30
    while not (lock.exists() and lock.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    second = run_archiver("crawl", slow_portal.base_url + "/", "--db", str(db), *LOCAL)
    assert time.monotonic() - started < 15
    assert second.returncode == 75
    assert "another crawl holds" in second.stderr and f"pid {first.pid}" in second.stderr
    assert first.wait(timeout=300) == 0
    verify_archive(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0] == 1


def test_readers_during_a_crawl_never_see_half_a_version(slow_portal: PortalFixture, tmp_path: Path) -> None:
    """A researcher's sqlite3 session and `archiver search` while a crawl writes: always whole versions."""
    db = tmp_path / "archive.db"
    crawl = start_crawl(slow_portal, db)
    snapshots = 0
    while crawl.poll() is None:
        if not db.exists():
            time.sleep(0.02)
            continue
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
            conn.execute("BEGIN")  # one consistent snapshot for all the checks below
            try:
                articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                half = conn.execute("SELECT COUNT(*) FROM articles a LEFT JOIN versions v ON v.article_id = a.id "
                                    "AND v.version = a.current_version LEFT JOIN captures c ON c.id = v.capture_id "
                                    "WHERE c.id IS NULL").fetchone()[0]
                indexed = conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
            except sqlite3.OperationalError:  # the schema is still being created (first migrations)
                continue
            finally:
                conn.execute("COMMIT")
        assert half == 0 and indexed == articles, (half, indexed, articles)
        snapshots += 1
        time.sleep(0.05)
    assert crawl.returncode == 0
    assert snapshots >= 5
    verify_archive(db)
    assert run_archiver("search", "security", "--db", str(db)).returncode == 0


# --- the disk fills up mid-crawl ------------------------------------------------------------

def _served_articles(portal: PortalFixture) -> int:
    return sum(1 for path in list(portal.server.log) if "/stories/" in str(path))


def _assert_stopped_on_a_full_disk(process: subprocess.Popen[str], message: str) -> None:
    assert process.wait(timeout=300) == 3, process.stderr.read()[-3000:]
    stderr = process.stderr.read()
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and message in errors[0] and "cannot write to the archive" in errors[0], stderr[-3000:]
    assert "Traceback" not in stderr


def _assert_space_back_completes(portal: PortalFixture, db: Path, reference: dict[str, dict[str, Any]]) -> None:
    check_invariants(db)
    resumed = start_crawl(portal, db)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read()[-2000:]
    check_invariants(db)
    assert snapshot(db) == reference
    with sqlite3.connect(db) as conn:
        statuses = [s for (s,) in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses[-1] == "finished" and statuses[0] in ("failed", "interrupted"), statuses


def _file_size_limit(limit: int) -> Callable[[], None]:
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), not kills
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def test_file_size_limit_mid_crawl_stops_with_exit_3_then_resumes(
        slow_portal: PortalFixture, reference: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    """RLIMIT_FSIZE (where no small filesystem can be mounted): the archive cannot grow mid-crawl."""
    db = tmp_path / "archive.db"
    process = subprocess.Popen([sys.executable, "-m", "archiver", "crawl", slow_portal.base_url + "/", "--db", str(db),
                                "--format", "json", *LOCAL, *SLOW],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=_file_size_limit(FULL_AT_BYTES))
    _assert_stopped_on_a_full_disk(process, "file size limit reached")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        archived = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 0 < archived < len(reference), "the limit must be reached mid-crawl"
    _assert_space_back_completes(slow_portal, db, reference)


@pytest.fixture
def small_filesystem(tmp_path: Path) -> Iterator[Path]:
    mountpoint = tmp_path / "fs"
    mountpoint.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mountpoint)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here ({mounted.stderr.strip()}); "
                    "the RLIMIT_FSIZE test covers the same path")
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_disk_full_mid_crawl_stops_with_exit_3_then_resumes(
        slow_portal: PortalFixture, reference: dict[str, dict[str, Any]], small_filesystem: Path) -> None:
    """A real ENOSPC: the filesystem fills up while the crawl writes, then space comes back."""
    db = small_filesystem / "archive.db"
    slow_portal.server.log.clear()
    process = start_crawl(slow_portal, db)
    deadline = time.monotonic() + 120
    while _served_articles(slow_portal) < 8 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    filler = small_filesystem / "filler"
    with filler.open("wb") as stream, contextlib.suppress(OSError):  # take every byte left
        while True:
            stream.write(b"\0" * 65536)
            stream.flush()
    _assert_stopped_on_a_full_disk(process, "disk full")
    filler.unlink()
    _assert_space_back_completes(slow_portal, db, reference)
