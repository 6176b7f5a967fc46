"""Every page a crawl fetches, kept for replay: home, listings, robots.txt, redirects, feeds.

Articles are archived by the pipeline with their extracted record; every other response is
handed to the archive pipeline through the ``page_captured`` signal as a PageCaptureItem.
Two middlewares, because Scrapy's own consume what they need: ``RedirectCaptureMiddleware``
sits above RedirectMiddleware (600) and sees a 3xx before it is followed;
``PageCaptureMiddleware`` sits below HttpCompressionMiddleware (590) and sees bodies
decoded, as every capture in the archive is stored.

A generic crawl's page (callback ``parse_page``) that reaches its callback is the exception:
its capture is left in the request's meta (``PAGE_CAPTURE``) for the spider, which learns
there what the page is. An article's capture then goes to the archive once, with its record,
instead of first as a page and again as the article (which the writer used to match by
digest); any other page's capture is sent by the callback before its first item, or when it
ends, whatever way it ends (``send_page_capture``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Headers, Response

from archiver.items import PageCapture, PageCaptureItem

page_captured = object()  # signal: (item: PageCaptureItem)
PAGE_CAPTURE = "archiver_page_capture"  # request meta: the page's PageCaptureItem, left to the callback
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


def left_to_callback(request: Request, status: int) -> bool:
    """Whether the page's callback sends its capture: a generic crawl's page, and a 2xx answer, which
    every middleware below this one and HttpErrorMiddleware let through to the callback (an error
    page goes to the errback, a 5xx may be retried: those are kept here, as before)."""
    return 200 <= status < 300 and getattr(request.callback, "__name__", "") == "parse_page"


def send_page_capture(crawler: Crawler, item: PageCaptureItem) -> None:
    """Hand a page's capture to the archive pipeline (in-process, writer process or Redis worker)."""
    crawler.signals.send_catch_log(signal=page_captured, item=item)


def headers_as_dict(headers: Any) -> dict[str, str]:
    """Scrapy's multi-valued header map as the plain dict items carry (values joined with ", ").

    Scrapy's ``Headers`` is a dict of its normalized names (``normkey``: title-cased bytes) to lists of values, and
    its ``items()`` looks each name up again through ``getlist``, normalizing it once more (``title()`` of a
    title-cased name is itself): the dict's own pairs are the same, read without two calls per header (two maps
    per page fetched). ``tests/test_capture_headers.py`` compares both on generated headers."""
    if type(headers) is not Headers:
        return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}
    # A name whose title case is another (a str name whose title case, encoded, title-cases again: "ǆa") is
    # looked up as Scrapy's items() looks it up, and found missing as there.
    return {
        k.decode("latin-1"): b", ".join(v if k.title() == k else headers.getlist(k)).decode("latin-1")
        for k, v in dict.items(headers)
    }


_headers = headers_as_dict


class _CaptureBase:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> _CaptureBase:
        return cls(crawler)

    def _item(self, request: Request, response: Response, kind: str) -> PageCaptureItem:
        capture = PageCapture(
            url=request.url,
            final_url=response.url,
            status=response.status,
            headers=_headers(response.headers),
            body=response.body,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            request_headers=_headers(request.headers),
        )
        return PageCaptureItem(kind=kind, site=urlsplit(response.url).netloc, capture=capture)


class RedirectCaptureMiddleware(_CaptureBase):
    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if response.status in _REDIRECTS:
            send_page_capture(self.crawler, self._item(request, response, "redirect"))
        return response


class PageCaptureMiddleware(_CaptureBase):
    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        kind = page_kind(request, response.status)
        if kind is None or kind == "redirect":
            return response
        item = self._item(request, response, kind)
        if left_to_callback(request, response.status):
            request.meta[PAGE_CAPTURE] = item
        else:
            send_page_capture(self.crawler, item)
        return response
