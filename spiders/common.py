"""Small helpers both spider modules use: the time items carry, Scrapy headers as a dict, and the
archived article that now redirects to a home or listing page."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from archiver.crawler.capture_middleware import headers_as_dict
from archiver.crawler.crawlstate import KnownArticle
from archiver.extract.listing import is_home
from archiver.items import GoneItem


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def headers_dict(headers: Any) -> dict[str, str]:
    """Scrapy's multi-valued header map as the plain dict items carry (values joined with ", ")."""
    return headers_as_dict(headers)


def gone_by_redirect(
    url: str, final: str, status: int, known: KnownArticle | None, to_listing: bool
) -> GoneItem | None:
    """An archived article whose URL now redirects to the home or to a listing (``to_listing``: a menu's
    page, or one the crawl reads as a listing) was taken down: the site sends its readers elsewhere."""
    if final == url or known is None or not known.archived or not (is_home(final) or to_listing):
        return None
    return GoneItem(url=url, fetched_at=now(), status=status, reason=f"redirects to {final}, a home or listing page")
