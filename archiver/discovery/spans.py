"""Which page numbers of a listing's pager were already expanded: a set of whole numbers kept as
disjoint closed intervals, so a pager that spans 1 to 1,667 on each of a listing's 1,667 pages
costs one interval, and each page asks only for the numbers it adds. Pure, no Scrapy."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator


class NumberSpans:
    """Whole numbers as sorted, disjoint, non-adjacent closed intervals ``(low, high)``."""

    def __init__(self) -> None:
        self.intervals: list[tuple[int, int]] = []

    def missing(self, low: int, high: int) -> Iterator[int]:
        """The numbers from ``low`` to ``high`` (both included) not in the set, ascending. Costs the
        numbers it yields plus the intervals it passes, never the numbers already in the set."""
        # the first interval that may overlap [low, high]: those before it end below low
        index = max(bisect_left(self.intervals, (low, low)) - 1, 0)
        current = low
        for start, end in self.intervals[index:]:
            if start > high:
                break
            if end < current:
                continue
            yield from range(current, min(start - 1, high) + 1)
            current = max(current, end + 1)
            if current > high:
                return
        yield from range(current, high + 1)

    def add(self, low: int, high: int) -> None:
        """Add the numbers from ``low`` to ``high``, merging the intervals it touches or adjoins."""
        if low > high:
            return
        kept: list[tuple[int, int]] = []
        for start, end in self.intervals:
            if end < low - 1 or start > high + 1:
                kept.append((start, end))
            else:
                low, high = min(low, start), max(high, end)
        kept.append((low, high))
        kept.sort()
        self.intervals = kept

    def __contains__(self, number: object) -> bool:
        return any(start <= number <= end for start, end in self.intervals) if isinstance(number, int) else False
