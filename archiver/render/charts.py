"""Stacked bar charts as inline SVG: the report stays one file with no scripts.

Each bar segment has a ``<title>``, which browsers show as a tooltip, so exact counts can be
read without JavaScript. Every label is escaped: series names are archived category names.
"""

from __future__ import annotations

from html import escape
from typing import Any

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c9c9c")
_WIDTH, _HEIGHT = 1040, 240  # drawing area, in SVG units (the SVG scales to the page width)
_LEFT, _RIGHT, _BOTTOM, _TOP = 48, 28, 36, 10
_MAX_BAR = 48  # a few bars stay bars, not walls
_MAX_X_LABELS = 12


def _nice_max(value: int) -> int:
    """A round top for the y axis (1, 2, 5 × 10ⁿ) at or above ``value``."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def stacked_bars(chart: dict[str, Any], label: str) -> str:
    """``chart`` as made by archiver.history.timeline.timeline; ``label`` names it for screen readers."""
    periods: list[str] = chart["periods"]
    series: dict[str, list[int]] = chart["series"]
    if not periods:
        return "<p class='muted'>Nothing dated to chart.</p>"
    totals = [sum(values[i] for values in series.values()) for i in range(len(periods))]
    top = _nice_max(max(totals) or 1)
    plot_w, plot_h = _WIDTH - _LEFT - _RIGHT, _HEIGHT - _BOTTOM - _TOP
    slot = plot_w / len(periods)
    bar = min(max(slot * 0.8, 1.0), _MAX_BAR)
    parts = [
        f'<svg class="chart" viewBox="0 0 {_WIDTH} {_HEIGHT}" role="img" aria-label="{escape(label)}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for fraction in (0, 0.5, 1):  # gridlines with their counts
        y = _TOP + plot_h * (1 - fraction)
        parts.append(
            f'<line x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d0d5"/>'
            f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{int(top * fraction)}</text>'
        )
    colours = dict(zip(series, PALETTE, strict=False))
    for i, period in enumerate(periods):
        x = _LEFT + i * slot + (slot - bar) / 2
        base: float = _TOP + plot_h
        for name, values in series.items():
            if not values[i]:
                continue
            height = plot_h * values[i] / top
            base -= height
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{height:.1f}" '
                f'fill="{colours[name]}"><title>{escape(period)} · {escape(name)}: {values[i]}</title></rect>'
            )
    every = max(1, -(-len(periods) // _MAX_X_LABELS))
    for i in range(0, len(periods), every):
        x = _LEFT + i * slot + slot / 2
        parts.append(
            f'<text x="{x:.1f}" y="{_HEIGHT - _BOTTOM + 16}" text-anchor="middle" class="axis">'
            f"{escape(periods[i])}</text>"
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span class="key"><span class="swatch" style="background:{colours[name]}"></span>{escape(name)} '
        f"({sum(values)})</span>"
        for name, values in series.items()
    )
    undated = f" · {chart['undated']} undated, not charted" if chart.get("undated") else ""
    return (
        f"<figure>{''.join(parts)}<figcaption>{legend}<span class='muted'> · one bar per "
        f"{escape(chart['unit'])}{undated}</span></figcaption></figure>"
    )
