"""Sitemaps and feeds in generic mode: more sources of pages beside the navigation.

robots.txt is read before the first request (archiver.crawler.robots hands its ``Sitemap:`` lines
over); the sitemaps are requested with the home page's links. A feed a page announces is
read once; its entries count as listing records. Both stay on the site, and a missing one
is counted, not recorded as a lost page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.http import Response

from archiver import statkeys
from archiver.discovery.feeds import parse_feed, parse_sitemap
from archiver.discovery.frontier import PRIORITY_LISTING, PRIORITY_RECORD
from archiver.distributed.held import FeedEvidence
from archiver.urls import canonicalize_url, is_allowed

if TYPE_CHECKING:
    from spiders.portal import PortalSpider

# Sitemaps: how deep an index may nest, and how many pages all of them may add to a crawl.
MAX_SITEMAP_DEPTH = 3
MAX_SITEMAP_PAGES = 50_000
PRIORITY_SITEMAP = -10


class SiteSources:
    """Mixed into PortalSpider (through LearnedCrawl): sitemaps and feeds."""

    sitemaps_named: list[str]
    sitemap_pages: int

    def note_sitemaps(self: PortalSpider, urls: list[str]) -> None:
        """robots.txt was read (SitemapRobotParser): its Sitemap lines, else the usual /sitemap.xml."""
        if not self.learned or self.shared is not None:
            return
        # Queued with the home page's links: robots.txt is read before the first request is sent.
        self.sitemaps_named.extend(urls or [home.rstrip("/") + "/sitemap.xml" for home in self.profile.start_urls])

    def _sitemap_requests(self: PortalSpider) -> Iterator[scrapy.Request]:
        named, self.sitemaps_named = self.sitemaps_named, []
        for url in named:
            request = self._auxiliary_request(url, self.parse_sitemap, depth_in_index=0)
            if request is not None:
                yield request

    def _auxiliary_request(self: PortalSpider, url: str, callback: Any, **meta: Any) -> scrapy.Request | None:
        """A sitemap or feed: on the site, once; its failure is counted, not recorded as a lost page."""
        target = canonicalize_url(url)
        if target is None or target in self.seen or not is_allowed(target, self.allowed_netlocs):
            return None
        request = self._request(target, callback, auxiliary=True, **meta)
        if request is not None:
            request.priority = PRIORITY_LISTING
        return request

    def parse_sitemap(self: PortalSpider, response: Response) -> Iterator[Any]:
        kind, entries = parse_sitemap(response.body)
        self.crawler.stats.inc_value(statkeys.DISCOVERY_SITEMAPS)
        depth = response.meta.get("depth_in_index", 0)
        for entry in entries:
            url = canonicalize_url(entry.url, response.url)
            if url is None:
                continue
            if kind == "index":
                if depth < MAX_SITEMAP_DEPTH:
                    request = self._auxiliary_request(url, self.parse_sitemap, depth_in_index=depth + 1)
                    if request is not None:
                        yield request
                continue
            if (
                self.sitemap_pages >= MAX_SITEMAP_PAGES
                or not is_allowed(url, self.allowed_netlocs)
                or self.profile.is_ignored(url)
            ):
                continue
            self.sitemap_pages += 1
            self._changed_hint(url, entry.date)
            request = self.page_request(url, priority=PRIORITY_SITEMAP, referer=response.url)
            if request is not None:
                yield request

    def _changed_hint(self: PortalSpider, url: str, stated: str | None) -> None:
        """A known article not due by the revisit policy, whose lastmod or feed date is after its last
        fetch: due now (conditionally fetched, so an unchanged one costs a 304)."""
        known = self.state.known.get(url)
        if known is not None and not known.due and known.changed_since_fetch(stated):
            self.state.known[url] = replace(known, due=True)
            self.crawler.stats.inc_value(statkeys.DISCOVERY_REVISIT_HINTS)
            self.crawler.stats.inc_value(statkeys.NOT_DUE, -1)

    def parse_feed(self: PortalSpider, response: Response) -> Iterator[Any]:
        """A feed lists posts: each entry is a record, as a listing's would be."""
        self.crawler.stats.inc_value(statkeys.DISCOVERY_FEEDS)
        feed = response.meta["canonical"]
        entries: list[str] = []
        pages: list[str] = []  # entries dated with a generator's zero date: pages the feed names, no records
        for entry in parse_feed(response.body):
            url = canonicalize_url(entry.url, response.url)
            if url is None or not is_allowed(url, self.allowed_netlocs) or self.profile.is_ignored(url):
                continue
            if entry.declared_undated:
                pages.append(url)
                continue
            entries.append(url)
            self._changed_hint(url, entry.date)
        # a feed a page announces is navigation, as its links are
        self.model.feed_read(feed, entries, pages)
        if self.shared is not None and (entries or pages):
            # For the model that places held pages: logged before any entry is queued, so before its page is.
            self.shared.note_evidence(FeedEvidence(feed, entries, pages))
        for url in entries:
            # member_of: a distributed worker that fetches it has not read this feed
            request = self.page_request(url, priority=PRIORITY_RECORD, referer=feed, member_of=feed)
            if request is not None:
                yield request
        for url in pages:
            request = self.page_request(url, priority=PRIORITY_SITEMAP, referer=feed)
            if request is not None:
                yield request
