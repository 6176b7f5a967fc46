"""Which files archiver opens, how, and what it never touches: other programs' databases,
newer schemas, read-only readers, the lock under another spelling, the demo's --db."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from archiver import open_archive
from archiver.errors import UsageError
from archiver.items import ArticleItem, PageCapture
from archiver.store import Archive, lock
from archiver.store.migrations import migrations, schema_version
from archiver.store.opening import APPLICATION_ID, ArchiveTooNew, ArchiveTooOld, NotAnArchive
from tests.conftest import ROOT, run_archiver, start_archiver

URL = "http://p/a/1.html"
READERS = [
    ("stats",),
    ("runs",),
    ("export",),
    ("verify",),
    ("search", "guards"),
    ("show", URL),
    ("history", URL),
    ("report", "--format", "json"),
    ("republished",),
    ("reprints",),
]


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def build(path: Path) -> None:
    archive = Archive(path)
    run = archive.start_run("t", "generic", {})
    capture = PageCapture(
        url=URL, final_url=URL, status=200, headers={}, body=b"<p>guards</p>", fetched_at="2026-11-23T00:00:00+00:00"
    )
    record = {
        "url": URL,
        "site": "p",
        "title": "Security training",
        "body": "Security training for guards.",
        "keywords": [],
        "published_at": None,
    }
    archive.write_batch([ArticleItem(capture=capture, record=record)], run)
    archive.finish_run(run, "finished", {})
    archive.close()


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / "a.db"
    build(path)
    return path


def foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.close()


# --- finding 6: another program's database is refused untouched -----------------------------


@pytest.mark.parametrize("kind", ["tables", "application_id", "not sqlite"])
@pytest.mark.parametrize(
    "command", [("stats",), ("search", "x"), ("crawl", "http://127.0.0.1:9/"), ("cluster",), ("upgrade",)]
)
def test_another_programs_file_is_refused_untouched(tmp_path: Path, kind: str, command: tuple[str, ...]) -> None:
    path = tmp_path / "other.db"
    if kind == "tables":
        foreign_database(path)
    elif kind == "application_id":
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA application_id = 1234")
            conn.execute("CREATE TABLE t (x)")
        conn.close()
    else:
        path.write_text("name,total\nx,1\n" * 20)
    before = fingerprint(path)
    result = run_archiver(*command, "--db", str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "not an archive" in result.stderr
    assert fingerprint(path) == before
    assert not Path(f"{path}-wal").exists()


def test_new_and_empty_files_become_archives_only_when_written(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    result = run_archiver("stats", "--db", str(empty))
    assert result.returncode == 3 and "empty" in result.stderr and empty.stat().st_size == 0
    archive = Archive(empty)  # a writer may make an empty file an archive
    assert archive.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    archive.close()
    with pytest.raises(NotAnArchive):
        foreign = tmp_path / "foreign.db"
        foreign_database(foreign)
        Archive(foreign)


def test_an_archive_from_before_application_id_is_adopted(archive_path: Path) -> None:
    with sqlite3.connect(archive_path) as conn:
        conn.execute("PRAGMA application_id = 0")
    conn.close()
    with open_archive(archive_path) as reader:  # readers recognise it by its migrations
        assert [r["url"] for r in reader.latest_articles()] == [URL]
    Archive(archive_path).close()  # the next writer stamps it
    with sqlite3.connect(archive_path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


# --- finding 5: a newer schema is never downgraded ----------------------------------------


def test_newer_schema_is_read_but_never_written(archive_path: Path) -> None:
    newer = schema_version() + 1
    with sqlite3.connect(archive_path) as conn:
        conn.execute(f"PRAGMA user_version = {newer}")
    conn.close()
    with pytest.raises(ArchiveTooNew, match="newer than this archiver"):
        Archive(archive_path)
    for command in (("stats",), ("export",)):
        result = run_archiver(*command, "--db", str(archive_path))
        assert result.returncode == 0, result.stderr
    for command in (("cluster",), ("crawl", "http://127.0.0.1:9/"), ("reextract",), ("upgrade",)):
        result = run_archiver(*command, "--db", str(archive_path))
        assert result.returncode == 3, result.stdout + result.stderr
        assert result.stderr.count("\n") == 1 and "newer than this archiver" in result.stderr
    with sqlite3.connect(archive_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == newer
    conn.close()


def test_older_schema_asks_for_upgrade_and_readers_leave_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(str(path))
    migrations.apply(old, stop_before="m005_capture_dictionaries")
    old.execute("PRAGMA user_version = 4")
    old.close()
    with pytest.raises(ArchiveTooOld, match="archiver upgrade"):
        Archive(path, read_only=True)
    result = run_archiver("stats", "--db", str(path))
    assert result.returncode == 3 and "archiver upgrade --db" in result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()
    result = run_archiver("upgrade", "--db", str(path))
    assert result.returncode == 0 and f"schema {schema_version()}" in result.stdout
    assert run_archiver("stats", "--db", str(path)).returncode == 0


# --- finding 10: readers only read ----------------------------------------------------------


@pytest.fixture
def writer_holding(archive_path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection in the middle of a long write transaction (a crawl's batch)."""
    conn = sqlite3.connect(archive_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO fetch_errors (url, kind, reason, at) VALUES ('http://p/x', 'http', 'x', 'now')")
    yield conn
    conn.execute("ROLLBACK")
    conn.close()


def test_readers_neither_write_nor_wait(archive_path: Path, writer_holding: sqlite3.Connection) -> None:
    before = fingerprint(archive_path)
    for command in READERS:
        started = time.monotonic()
        result = run_archiver(*command, "--db", str(archive_path))
        assert result.returncode == 0, (command, result.stdout + result.stderr)
        assert time.monotonic() - started < 8, command  # a writer would wait 10 s for the lock
    with open_archive(archive_path) as reader:
        assert [r["url"] for r in reader.latest_articles()] == [URL]
    assert fingerprint(archive_path) == before


def test_verify_says_what_it_skipped_while_a_crawl_writes(
    archive_path: Path, writer_holding: sqlite3.Connection
) -> None:
    result = run_archiver("verify", "--db", str(archive_path))
    assert result.returncode == 0 and "skip  FTS5 integrity-check" in result.stdout


def test_reader_never_creates_or_converts(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    for command in READERS:
        assert run_archiver(*command, "--db", str(missing)).returncode == 3
    assert not missing.exists()


# --- finding 7: one lock whatever the spelling ------------------------------------------


def hold_lock(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from archiver.store import lock; "
            "lock.acquire(Path(sys.argv[1]), 't'); print('held', flush=True); sys.stdin.read()",
            str(path),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def release_holder(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=10)


@pytest.mark.parametrize("spelling", ["symlink", "dotdot", "symlinked directory"])
def test_lock_holds_under_another_path(tmp_path: Path, spelling: str) -> None:
    real = tmp_path / "data" / "a.db"
    real.parent.mkdir()
    build(real)
    if spelling == "symlink":
        other = tmp_path / "link.db"
        other.symlink_to(real)
    elif spelling == "dotdot":
        (tmp_path / "x").mkdir()
        other = tmp_path / "x" / ".." / "data" / "a.db"
    else:
        (tmp_path / "alias").symlink_to(real.parent)
        other = tmp_path / "alias" / "a.db"
    holder = hold_lock(real)
    try:
        with pytest.raises(lock.ArchiveLocked):
            lock.acquire(other, "second")
        result = run_archiver("crawl", "http://127.0.0.1:9/", "--db", str(other))
        assert result.returncode == 75, result.stderr
    finally:
        release_holder(holder)
    lock.acquire(other, "after")  # free again once the holder is gone
    lock.release(other)


def test_nested_acquire_keeps_the_lock_until_the_outermost_release(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    lock.acquire(db, "outer")
    lock.acquire(db, "inner")
    lock.release(db)
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from archiver.store import lock; "
            "lock.acquire(Path(sys.argv[1]), 'probe')",
            str(db),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert probe.returncode != 0 and "ArchiveLocked" in probe.stderr
    lock.release(db)


# --- finding 1: the demo replaces only its own archives -----------------------------------


@pytest.mark.parametrize("kind", ["archive", "foreign", "text"])
def test_demo_refuses_what_it_did_not_make(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "precious.db"
    if kind == "archive":
        build(path)
    elif kind == "foreign":
        foreign_database(path)
    else:
        path.write_text("my notes\n")
    before = fingerprint(path)
    result = run_archiver("demo", "--db", str(path), "--per-edition", "4")
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "not an archive `archiver demo` made" in result.stderr
    assert fingerprint(path) == before


def test_demo_never_touches_a_locked_archive(tmp_path: Path) -> None:
    from archiver.demo.run import _claim

    path = tmp_path / "demo.db"
    lock.acquire(path, "demo")
    try:
        _claim(path)  # a demo archive: the demo may replace it
    finally:
        lock.release(path)
    before = fingerprint(path)
    holder = hold_lock(path)
    try:
        result = run_archiver("demo", "--db", str(path), "--per-edition", "4")
    finally:
        release_holder(holder)
    assert result.returncode == 75, result.stdout + result.stderr
    assert fingerprint(path) == before


def test_demo_replaces_its_own_archive(tmp_path: Path) -> None:
    from archiver.demo.run import DEMO_SETTING, _claim

    path = tmp_path / "demo.db"
    _claim(path)
    archive = Archive(path)
    run = archive.start_run("old demo", "kmabxh", {})
    archive.close()
    _claim(path)
    again = Archive(path, read_only=True)
    assert again.setting(DEMO_SETTING) is not None and again.runs() == []
    assert run == 1
    again.close()
    with pytest.raises(UsageError):
        build(tmp_path / "real.db")
        _claim(tmp_path / "real.db")


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """An archive on a filesystem mounted read-only: no -shm can be created next to it."""
    mountpoint = tmp_path / "ro"
    mountpoint.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mountpoint)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("cannot mount a filesystem here (needs root); mode=ro is covered by the tests above")
    build(mountpoint / "a.db")
    subprocess.run(["mount", "-o", "remount,ro", str(mountpoint)], check=True)
    yield mountpoint / "a.db"
    subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_readers_work_on_a_read_only_mount(read_only_mount: Path) -> None:
    for command in READERS:
        result = run_archiver(*command, "--db", str(read_only_mount))
        assert result.returncode == 0, (command, result.stdout + result.stderr)
    verify = run_archiver("verify", "--db", str(read_only_mount))
    assert "all invariants hold" in verify.stdout and "skip  FTS5 integrity-check" in verify.stdout
    crawl = run_archiver("crawl", "http://127.0.0.1:9/", "--db", str(read_only_mount))
    assert crawl.returncode == 3 and crawl.stderr.count("\n") == 1, crawl.stderr


def test_no_room_to_start_a_crawl_says_why(archive_path: Path) -> None:
    """A crawl that cannot even open its archive for writing (RLIMIT_FSIZE) says why in one line."""
    Path(f"{archive_path}-shm").unlink(missing_ok=True)
    crawl = start_archiver("crawl", "http://127.0.0.1:9/", "--db", str(archive_path), file_size_limit=4096)
    _out, stderr = crawl.communicate(timeout=120)
    assert crawl.returncode == 3, stderr
    assert stderr.count("\n") == 1 and "file size limit reached" in stderr
