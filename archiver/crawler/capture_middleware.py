"""Every page a crawl fetches, kept for replay: home, listings, robots.txt, redirects, feeds.

Articles are archived by the pipeline with their extracted record; every other response is
handed to the archive pipeline through the ``page_captured`` signal as a PageCaptureItem.
Two middlewares, because Scrapy's own consume what they need: ``RedirectCaptureMiddleware``
sits above RedirectMiddleware (600) and sees a 3xx before it is followed;
``PageCaptureMiddleware`` sits below HttpCompressionMiddleware (590) and sees bodies
decoded, as every capture in the archive is stored.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

from archiver.items import PageCapture, PageCaptureItem

page_captured = object()  # signal: (item: PageCaptureItem)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_KIND_OF_CALLBACK = {"parse_home": "home", "parse_listing": "listing", "parse_feed": "feed"}


def page_kind(request: Request, status: int) -> str | None:
    """What a fetched page is, or None for an article (the pipeline stores those with their record)."""
    if status in _REDIRECTS:
        return "redirect"
    if urlsplit(request.url).path == "/robots.txt":
        return "robots"
    name = getattr(request.callback, "__name__", "")
    if name == "parse_article" or request.url.startswith("data:"):
        return None
    return _KIND_OF_CALLBACK.get(name, "page")


def _headers(headers: Any) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}


class _CaptureBase:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> _CaptureBase:
        return cls(crawler)

    def _send(self, request: Request, response: Response, kind: str) -> None:
        capture = PageCapture(
            url=request.url,
            final_url=response.url,
            status=response.status,
            headers=_headers(response.headers),
            body=response.body,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            request_headers=_headers(request.headers),
        )
        item = PageCaptureItem(kind=kind, site=urlsplit(response.url).netloc, capture=capture)
        self.crawler.signals.send_catch_log(signal=page_captured, item=item)


class RedirectCaptureMiddleware(_CaptureBase):
    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if response.status in _REDIRECTS:
            self._send(request, response, "redirect")
        return response


class PageCaptureMiddleware(_CaptureBase):
    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        kind = page_kind(request, response.status)
        if kind is not None and kind != "redirect":
            self._send(request, response, kind)
        return response
