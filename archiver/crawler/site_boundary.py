"""The site boundary as a downloader middleware: no request, and no redirect, leaves the target's hosts.

Scrapy's own offsite filter knows host names only; this one compares host *and* port
after canonicalization, covers redirects, and says why a request was refused so the
refusal is recorded in ``fetch_errors`` like any other failure.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from archiver.urls import canonicalize_url, is_allowed

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class SiteBoundaryMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBoundaryMiddleware:
        return cls(crawler)

    def _allowed(self) -> frozenset[str] | None:
        return getattr(self.crawler.spider, "allowed_netlocs", None)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        allowed = self._allowed()
        if allowed is None or (request.meta.get("archiver_internal") and request.url.startswith("data:")):
            return  # the spider's own hand-back of pages it held (spiders/learned.py): no network
        url = canonicalize_url(request.url)
        if url is None or not is_allowed(url, allowed):
            raise IgnoreRequest(f"offsite: {request.url} is outside {', '.join(sorted(allowed))}")
        settings = getattr(self.crawler, "settings", None)
        limit = settings.getint("URLLENGTH_LIMIT") if settings is not None else 0
        if limit and len(request.url) > limit:
            # Scrapy's own UrlLengthMiddleware drops such a link without a trace; here it is a
            # recorded failure like any other page the crawl meant to fetch.
            raise IgnoreRequest(f"url too long: {len(request.url)} characters, over URLLENGTH_LIMIT={limit}")

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        allowed = self._allowed()
        location = response.headers.get(b"Location")
        if allowed is None or response.status not in _REDIRECTS or not location:
            return response
        target = canonicalize_url(urljoin(request.url, location.decode("latin-1")))
        chain = {canonicalize_url(u) for u in (*request.meta.get("redirect_urls", ()), request.url)}
        if target in chain:
            raise IgnoreRequest(f"redirect loop: {request.url} redirects back to {target}")
        if target is None or not is_allowed(target, allowed):
            raise IgnoreRequest(
                f"offsite redirect: {request.url} redirects to {location.decode('latin-1')}, outside the target's hosts"
            )
        # The redirect's target may be dropped as a duplicate (already requested under its own URL): the
        # spider learns that both URLs are one page, so what it decided of one holds for the other.
        note_redirect = getattr(self.crawler.spider, "note_redirect", None)
        source = canonicalize_url(request.url)
        if note_redirect is not None and source is not None:
            note_redirect(source, target)
        return response
