"""Counts over time for the report's charts: per day, month or year, whichever keeps the bars few.

Dates are read as the archive writes them (ISO 8601 with the portal's own offset), so an
article is counted on the day its portal printed, not on the UTC day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

MAX_DAYS = 92  # up to a quarter: one bar a day
MAX_MONTHS = 120  # up to ten years: one bar a month; beyond, a bar a year
MAX_SERIES = 7  # named series in a chart; the rest are summed as "other"
OTHER = "other"


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _unit(first: date, last: date) -> str:
    if (last - first).days < MAX_DAYS:
        return "day"
    months = (last.year - first.year) * 12 + last.month - first.month
    return "month" if months < MAX_MONTHS else "year"


def _key(day: date, unit: str) -> str:
    return day.isoformat() if unit == "day" else day.isoformat()[:7] if unit == "month" else str(day.year)


def _periods(first: date, last: date, unit: str) -> list[str]:
    """Every period from the first to the last, empty ones included, so the x axis is honest."""
    keys: list[str] = []
    day = first
    while day <= last:
        key = _key(day, unit)
        if not keys or keys[-1] != key:
            keys.append(key)
        day += timedelta(days=1) if unit == "day" else timedelta(days=28 if unit == "month" else 365)
    if keys[-1] != _key(last, unit):
        keys.append(_key(last, unit))
    return keys


def timeline(points: Iterable[tuple[str | None, str]]) -> dict[str, Any]:
    """(ISO time, series name) pairs as stacked counts per period.

    Returns ``{"unit", "periods", "series": {name: [count per period]}, "undated"}``; the
    biggest ``MAX_SERIES`` series keep their names, the others are summed as ``other``.
    """
    dated: list[tuple[date, str]] = []
    undated = 0
    for when, name in points:
        day = _date(when)
        if day is None:
            undated += 1
        else:
            dated.append((day, name))
    if not dated:
        return {"unit": "day", "periods": [], "series": {}, "undated": undated}
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    unit = _unit(first, last)
    totals = Counter(name for _, name in dated)
    # One series left over is shown by its name: an "other" of one would only hide it.
    keep = MAX_SERIES if len(totals) > MAX_SERIES + 1 else len(totals)
    named = [name for name, _ in totals.most_common(keep)]
    periods = _periods(first, last, unit)
    index = {key: i for i, key in enumerate(periods)}
    series: dict[str, list[int]] = {name: [0] * len(periods) for name in named}
    for day, name in dated:
        series.setdefault(name if name in series else OTHER, [0] * len(periods))[index[_key(day, unit)]] += 1
    return {"unit": unit, "periods": periods, "series": series, "undated": undated}
