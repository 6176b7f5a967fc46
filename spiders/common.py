"""Small helpers both spider modules use: the time items carry and Scrapy headers as a dict."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def headers_dict(headers: Any) -> dict[str, str]:
    """Scrapy's multi-valued header map as the plain dict items carry (values joined with ", ")."""
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}
