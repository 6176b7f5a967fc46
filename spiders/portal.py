"""The portal spider: home -> nav categories -> listings (all pages) -> articles.

It only decides what to fetch; extraction happens in the pipelines. Every URL is
canonicalized and requested at most once per crawl, and only on the target's hosts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from archiver.errors import ExtractionError
from archiver.extract.html import parse_html
from archiver.extract.listing import listing_links, nav_links, page_kind
from archiver.failures import classify_failure
from archiver.items import FailureItem, ListingItem, PageCapture
from archiver.profiles import SiteProfile, profile_for_target
from archiver.urls import canonicalize_url, path_template


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, target: str = "kmabxh", profile: SiteProfile | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.target = target
        self.profile = profile or profile_for_target(target)
        self.allowed_netlocs = frozenset(self.profile.hosts)
        # Scrapy's own offsite filter also guards redirects; it wants bare host names.
        self.allowed_domains = sorted({h.rsplit(":", 1)[0].strip("[]") for h in self.allowed_netlocs})
        self.seen: set[str] = set()
        self.nav_urls: set[str] = set()
        self.article_templates: Counter[str] = Counter()
        self.listing_pages: Counter[str] = Counter()

    # --- requests ----------------------------------------------------------------------------

    def _request(self, url: str, callback: Any, **meta: Any) -> scrapy.Request | None:
        if url in self.seen:
            return None
        self.seen.add(url)
        return scrapy.Request(url, callback=callback, errback=self.on_error,
                              meta={"canonical": url, **meta})

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.profile.start_urls:
            request = self._request(url, self.parse_home)
            if request:
                yield request

    # --- callbacks ---------------------------------------------------------------------------

    def _tree(self, response: Response) -> Any:
        if not isinstance(response, TextResponse):
            return None
        try:
            root, _ = parse_html(response.body, response.headers.get(b"Content-Type", b"").decode(
                "latin-1").partition("charset=")[2].strip() or None)
        except ExtractionError:
            return None
        return root

    def parse_home(self, response: Response) -> Iterator[Any]:
        root = self._tree(response)
        if root is None:
            yield self._failure(response.url, "unparsable", "home page is not an HTML document",
                                response.status)
            return
        categories = nav_links(root, response.url, self.allowed_netlocs, self.profile)
        self.nav_urls.update(link.url for link in categories)
        for link in categories:
            request = self._request(link.url, self.parse_listing, category=link.text,
                                    category_url=link.url)
            if request:
                yield request
        # The home page lists articles too, but it is no category.
        yield from self._follow(listing_links(root, response.url, self.allowed_netlocs,
                                              self.profile, self.nav_urls), response)
        if not categories:
            self.logger.warning("no navigation found on %s: crawling it as a listing", response.url)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        root = self._tree(response)
        if root is None:
            return
        url = response.meta["canonical"]
        if page_kind(root, url, self.profile) == "article":
            yield from self.parse_article(response, root=root)
            return
        category_url = response.meta.get("category_url", url)
        self.listing_pages[category_url] += 1
        found = listing_links(root, url, self.allowed_netlocs, self.profile, self.nav_urls)
        yield ListingItem(url=url, category_name=response.meta.get("category") or url,
                          category_url=category_url, article_urls=found.members,
                          fetched_at=_now())
        yield from self._follow(found, response)
        max_pages = self.settings.getint("ARCHIVER_MAX_LISTING_PAGES")
        if self.listing_pages[category_url] >= max_pages:
            self.logger.warning("listing %s reached ARCHIVER_MAX_LISTING_PAGES=%d", category_url, max_pages)
            return
        for page in found.pagination:
            request = self._request(page, self.parse_listing, category=response.meta.get("category"),
                                    category_url=category_url)
            if request:
                yield request

    def _follow(self, found: Any, response: Response) -> Iterator[scrapy.Request]:
        for url in [*found.members, *found.others]:
            known = self.profile.is_article_url(url)
            if known is False:
                continue
            request = self._request(url, self.parse_article, referer=response.url)
            if request:
                yield request

    def parse_article(self, response: Response, root: Any = None) -> Iterator[Any]:
        url = response.meta["canonical"]
        final = canonicalize_url(response.url)
        if final:
            self.seen.add(final)
        root = root if root is not None else self._tree(response)
        if root is None:
            content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or "no content type"
            yield self._failure(url, "unparsable", f"not an HTML document ({content_type})", response.status)
            return
        kind = page_kind(root, url, self.profile)
        if kind == "listing" and not self.profile.is_article_url(url):
            # A listing reached through an article link (a sub-category): crawl it as one.
            response.meta.setdefault("category", None)
            yield from self._as_listing(response, root)
            return
        if kind != "article":
            return
        self.article_templates[path_template(url)] += 1
        yield PageCapture(url=url, final_url=final or response.url, status=response.status,
                          headers=_headers(response), body=response.body, fetched_at=_now(),
                          referer=response.meta.get("referer"))
        # Related-content and prev/next links: only those shaped like known articles.
        for link in listing_links(root, url, self.allowed_netlocs, self.profile, self.nav_urls).others:
            if self.profile.is_article_url(link) or (
                    self.profile.is_article_url(link) is None
                    and self.article_templates[path_template(link)] >= 2):
                request = self._request(link, self.parse_article, referer=url)
                if request:
                    yield request

    def _as_listing(self, response: Response, root: Any) -> Iterator[Any]:
        found = listing_links(root, response.meta["canonical"], self.allowed_netlocs,
                              self.profile, self.nav_urls)
        yield from self._follow(found, response)
        for page in found.pagination:
            request = self._request(page, self.parse_listing)
            if request:
                yield request

    # --- failures ----------------------------------------------------------------------------

    def _failure(self, url: str, kind: str, reason: str, status: int | None = None) -> FailureItem:
        return FailureItem(url=url, kind=kind, reason=reason, status=status, at=_now())

    def on_error(self, failure: Failure) -> Iterator[FailureItem]:
        request = failure.request  # type: ignore[attr-defined]
        kind, status, reason = classify_failure(failure)
        yield FailureItem(url=request.meta.get("canonical", request.url), kind=kind, status=status,
                          reason=reason, at=_now(), referer=request.meta.get("referer"))


def _headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
