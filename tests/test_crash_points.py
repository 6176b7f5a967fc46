"""Killed at each named moment of a database write (archiver/crash_points.py), the next run completes the archive.

The process boundary is the point here: each crawl is a real process, SIGKILLed by itself at
the crash point, so nothing in Python gets to clean up.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from archiver.crash_points import POINTS
from tests.crashing import MANY_BATCHES, check_invariants, finished, snapshot, start_crawl
from tests.portal.site import PortalFixture

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("point", [p for p in POINTS if p != "fts-deleted"])
def test_sigkill_inside_a_write_then_resume_converges(
    crash_portal: PortalFixture, crash_reference: Path, point: str, tmp_path: Path
) -> None:
    """Killed at a named moment of a database write: the transaction is lost whole, never in part."""
    db = tmp_path / "archive.db"
    once_per_run = point in ("run-finish", "clusters-updated")
    crashed = start_crawl(crash_portal, db, *MANY_BATCHES, crash_at=f"{point}:{1 if once_per_run else 2}")
    crashed.communicate(timeout=300)
    assert crashed.returncode == -signal.SIGKILL, f"{point} was never reached"
    check_invariants(db)
    finished(start_crawl(crash_portal, db))
    check_invariants(db)
    assert snapshot(db) == snapshot(crash_reference)
