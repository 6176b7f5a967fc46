"""Addresses of archived copies in a replay server: ``{base}{14-digit UTC timestamp}/{url}``.

The same scheme as pywb and Wayback (``/web/20261123000000/https://…``), so a link made for
``archiver replay`` also opens in pywb when the WACZ or WARC is loaded there under ``web``.
"""

from __future__ import annotations

from datetime import UTC, datetime

DEFAULT_REPLAY_BASE = "http://127.0.0.1:8002/web/"


def timestamp14(iso_time: str) -> str:
    """An archive's ISO 8601 time (with offset) as the 14-digit UTC timestamp of replay URLs."""
    moment = datetime.fromisoformat(iso_time.replace("Z", "+00:00"))
    if moment.tzinfo is None:  # the archive writes offsets; a bare time is taken as UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def replay_url(base: str, captured_at: str, url: str) -> str:
    return f"{base if base.endswith('/') else base + '/'}{timestamp14(captured_at)}/{url}"
