"""A crawl with its writer process, stopped by SIGINT or SIGTERM: it ends as an interrupted run, its writer
commits what it holds and exits with it, and the next run completes the archive.

Every wait is on an event (requests the portal served, the writer process appearing or going).
"""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest

from archiver.crawler.run import EXIT_INTERRUPTED
from tests.crashing import MANY_BATCHES, check_invariants, finished, slowed, snapshot, start_crawl
from tests.portal.site import PortalFixture

pytestmark = pytest.mark.e2e
GUARD_SECONDS = 120  # only against hanging: each wait ends on its event


def writer_of(crawl_pid: int) -> int | None:
    """The pid of the crawl's writer process (archiver.writer.child), if it is running."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
        if int(fields[1]) == crawl_pid and b"archiver.writer.child" in cmdline and fields[0] not in ("Z", "X"):
            return int(stat.parent.name)
    return None


def committed_articles(db: Path) -> int:
    """Articles the writer has committed so far, read as a reader reads them (0 before the archive exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema not yet created, or the file mid-creation
        return 0


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_the_crawl_and_its_writer_in_order(
    crash_portal: PortalFixture, crash_reference: Path, signum: int, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    crash_portal.server.log.clear()
    with slowed(crash_portal, 0.15):  # the crawl is still running when the signal comes
        process = start_crawl(crash_portal, db, *MANY_BATCHES)
        deadline = time.monotonic() + GUARD_SECONDS
        writer = None
        # Stopped once the writer has committed an article: twelve pages served said nothing of it on a loaded
        # machine, where the signal could come before the first batch (0 articles kept, and the test failed).
        while (writer is None or committed_articles(db) == 0) and process.poll() is None:
            assert time.monotonic() < deadline, "the crawl never got going"
            writer = writer or writer_of(process.pid)
            time.sleep(0.02)
        assert writer is not None, "the crawl ended before it could be stopped"
        process.send_signal(signum)
        _out, err = process.communicate(timeout=GUARD_SECONDS)
    assert process.returncode == EXIT_INTERRUPTED, err[-2000:]
    assert "Traceback" not in err
    assert not alive(writer)  # closed by the crawl, not left behind
    check_invariants(db)
    with sqlite3.connect(db) as conn:
        (status,) = conn.execute("SELECT status FROM crawl_runs").fetchone()
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert status == "interrupted"
    assert 0 < articles < len(snapshot(crash_reference))  # stopped mid-crawl, with what it wrote kept
    finished(start_crawl(crash_portal, db))
    check_invariants(db)
    assert snapshot(db) == snapshot(crash_reference)
