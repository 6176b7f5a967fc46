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


def crash_point(name: str) -> None:
    if name != _NAME:
        return
    _REACHED[name] += 1
    if _REACHED[name] == _TARGET:
        os.kill(os.getpid(), signal.SIGKILL)
