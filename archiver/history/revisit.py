"""When to look at a known article again: young articles often, old ones rarely.

The policy is a list of ``AGE=INTERVAL`` steps, e.g. the default
``2d=0,7d=6h,30d=1d,365d=7d,*=30d``: an article published less than 2 days ago is
re-checked on every run, one under 7 days old at most every 6 hours, ... and anything
older every 30 days. Age counts from ``published_at`` (else from ``first_seen``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from archiver import settings as defaults
from archiver.errors import UsageError

DEFAULT_POLICY = defaults.ARCHIVER_REVISIT_POLICY
_SPAN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "": 3600}


def parse_span(text: str) -> timedelta:
    """``90s``, ``15m``, ``6h``, ``2d``, ``1w``; a bare number is hours."""
    match = _SPAN.match(text)
    if not match:
        raise UsageError(f"not a time span: {text!r} (use e.g. 30m, 6h, 2d, 1w)")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2)])


@dataclass(frozen=True)
class RevisitPolicy:
    steps: tuple[tuple[timedelta | None, timedelta], ...]  # (younger than, revisit after); None = any age

    @classmethod
    def parse(cls, text: str) -> RevisitPolicy:
        steps = []
        for part in filter(None, (p.strip() for p in text.split(","))):
            age, sep, interval = part.partition("=")
            if not sep:
                raise UsageError(f"ARCHIVER_REVISIT_POLICY: {part!r} is not AGE=INTERVAL (see docs/scheduling.md)")
            steps.append((None if age.strip() == "*" else parse_span(age), parse_span(interval)))
        if not steps or steps[-1][0] is not None:
            steps.append((None, timedelta(days=30)))
        return cls(tuple(steps))

    def interval(self, age: timedelta) -> timedelta:
        for younger_than, interval in self.steps:
            if younger_than is None or age < younger_than:
                return interval
        return self.steps[-1][1]

    def next_due(self, fetched_at: datetime, born: datetime | None) -> datetime:
        age = fetched_at - born if born else timedelta(0)
        return fetched_at + self.interval(max(age, timedelta(0)))
