"""Crash points for the crash-safety tests: SIGKILL this process at a named moment of a write.

Off unless ``ARCHIVER_CRASH_AT=NAME[:N]`` is set (the N-th time NAME is reached, default
1st). The names mark the moments where a crash could split what belongs together: a
capture from its version, a version from the full-text index, a batch from its commit.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

_SPEC = os.environ.get("ARCHIVER_CRASH_AT", "")
_NAME, _, _COUNT = _SPEC.partition(":")
_TARGET = int(_COUNT or 1) if _NAME else 0
_REACHED: Counter[str] = Counter()
_ALSO: list[int] = []  # processes that die with this one at a crash point

POINTS = (
    "batch-begin",
    "capture-written",
    "version-written",
    "fts-deleted",
    "fts-written",
    "frontier-written",
    "listing-written",
    "failure-written",
    "batch-commit",
    "clusters-updated",
    "run-finish",
)


def also_kill(pid: int) -> None:
    """A crash point reached in this process kills ``pid`` first: the crawl whose writer this process is.

    A crash (power lost, the OOM killer taking the crawl) ends both; the crash tests watch the
    crawl's process and its exit status.
    """
    _ALSO.append(pid)


def crash_point(name: str) -> None:
    if name != _NAME:
        return
    _REACHED[name] += 1
    if _REACHED[name] == _TARGET:
        for pid in _ALSO:
            os.kill(pid, signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)
