"""The portal spider: home -> nav categories -> listings (all pages) -> articles.

It only decides what to fetch; extraction happens in the pipelines. Every URL is
canonicalized and requested at most once per crawl, and only on the target's hosts.
On an archive that already holds the portal it crawls incrementally: known articles are
fetched only when due (conditionally, so an unchanged page answers 304), and a listing
stops paginating at a page that holds only articles it listed at its last complete pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from archiver import statkeys
from archiver.crawler.crawlstate import CrawlState
from archiver.crawler.failures import classify_failure
from archiver.discovery.page import refresh_target
from archiver.errors import ExtractionError
from archiver.extract.html import charset_of, parse_html
from archiver.extract.listing import PageLinks, listing_links, nav_links, page_kind, page_title
from archiver.history.revisit import RevisitPolicy
from archiver.items import FailureItem, ListingItem, NotModifiedItem, SiteItem
from archiver.profiles import SiteProfile, profile_for_target
from archiver.urls import canonicalize_url, netloc_of, path_template
from spiders.common import gone_by_redirect, now
from spiders.learned import LearnedCrawl

if TYPE_CHECKING:
    from archiver.distributed.exchange import RedisCrawl


class PortalSpider(LearnedCrawl, scrapy.Spider):
    name = "portal"

    def __init__(
        self, target: str = "kmabxh", profile: SiteProfile | None = None, full: bool | str = False, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.target = target
        self.profile = profile or profile_for_target(target)
        self.full = full in (True, "1", "true", "True", "yes")
        self.allowed_netlocs = frozenset(self.profile.hosts)
        # Scrapy's own offsite filter also guards redirects; it wants bare host names.
        self.allowed_domains = sorted({h.rsplit(":", 1)[0].strip("[]") for h in self.allowed_netlocs})
        self.state = CrawlState(full=True)
        self.seen: set[str] = set()
        self.requests_issued = 0  # pages asked for (robots.txt and retries aside), for --max-pages
        self.nav_urls: set[str] = set()
        self.article_templates: Counter[str] = Counter()
        self.listing_pages: Counter[str] = Counter()
        self.open_listings: Counter[str] = Counter()  # category -> listing pages requested, not yet answered
        self.incomplete: set[str] = set()  # categories not fully paginated in this run
        self.listed: dict[str, set[str]] = {}  # category -> articles its pages after the first showed in this run
        self.early_stopped: set[str] = set()  # categories an incremental run stopped at known articles
        # category -> the set of articles each of its pages showed (a page seen under two URLs)
        self.page_contents: dict[str, set[tuple[str, ...]]] = {}
        # Distributed mode (archiver crawl --redis): the crawl's shared state, and this worker's name.
        self.shared: RedisCrawl | None = None
        self.worker_id = ""
        # The site's structure is learned from its pages (spiders/learned.py), the profile's URL
        # patterns overruling it page by page; or ("rules") only the patterns and nav selectors decide.
        self.learned = self.profile.discovery == "learned"
        self.learned_init()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        redis_url = crawler.settings.get("ARCHIVER_REDIS_URL")
        if redis_url:
            # Imported here: redis (and its asyncio client) cost a single-process crawl 0.1 s at start.
            from archiver.distributed.exchange import RedisCrawl, new_worker_id

            spider.shared = RedisCrawl(redis_url, crawler.settings.getfloat("ARCHIVER_HEARTBEAT_TTL"))
            spider.worker_id = new_worker_id()
            spider.model.navigated = False  # a worker sees its share of the links and enters no home
        elif spider.learned:
            crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # --- requests ----------------------------------------------------------------------------

    def _request(
        self, url: str, callback: Any, headers: dict[str, str] | None = None, **meta: Any
    ) -> scrapy.Request | None:
        if url in self.seen:
            return None
        # --max-pages: no request past the cap (Scrapy's own CLOSESPIDER_PAGECOUNT only closes the
        # spider once the count is reached, and every request in flight still lands: 10 gave 17).
        cap = self.settings.getint("CLOSESPIDER_PAGECOUNT")
        if cap and self.requests_issued >= cap:
            self.crawler.stats.inc_value(statkeys.MAX_PAGES_SKIPPED)
            return None
        self.requests_issued += 1
        self.seen.add(url)
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, headers=headers, meta={"canonical": url, **meta}
        )

    def _article_request(self, url: str, referer: str | None) -> scrapy.Request | None:
        if url in self.seen:
            return None
        if not self.state.should_fetch(url):
            self.seen.add(url)
            return None
        known = self.state.known.get(url)
        headers = known.conditional_headers() if known else {}
        return self._request(url, self.parse_article, headers=headers, referer=referer, handle_httpstatus_list=[304])

    def _listing_request(self, url: str, category: str | None, category_url: str) -> scrapy.Request | None:
        request = self._request(url, self.parse_listing, category=category, category_url=category_url)
        if request is not None:
            self.open_listings[category_url] += 1
        return request

    async def start(self) -> AsyncIterator[scrapy.Request]:
        db = self.settings.get("ARCHIVER_DB")
        policy = RevisitPolicy.parse(self.settings.get("ARCHIVER_REVISIT_POLICY"))
        if self.shared is not None:
            self.state = self.shared.state()  # the coordinator read it from the archive
        else:
            reverify = self.settings.getint("ARCHIVER_REVERIFY_DAYS")
            self.state = (
                CrawlState.load(db, self.full, policy, reverify_days=reverify, hosts=self.allowed_netlocs)
                if db
                else CrawlState(full=True)
            )
            self.crawler.stats.set_value(statkeys.REVERIFY, len(self.state.reverify))
            # Archived articles this run leaves alone (the revisit policy): whichever pages link them.
            self.crawler.stats.set_value(statkeys.NOT_DUE, self.state.not_due())
        for url in self.profile.start_urls:
            request = (
                self.page_request(url, priority=100, home=True)
                if self.learned
                else self._request(url, self.parse_home, home=True)
            )
            if request:
                yield request
        # Unfinished work of an interrupted run, and known articles due for a look.
        for url in [*self.state.pending, *self.state.revisits()]:
            if self.learned:
                if not self.profile.is_ignored(url):
                    request = self.page_request(url, priority=0)
                    if request:
                        yield request
                continue
            if self.profile.is_article_url(url) is not False and not self.profile.is_ignored(url):
                request = self._article_request(url, referer=None)
                if request:
                    yield request
        if self.shared is not None:
            # Every start request is queued (Scrapy resumes this generator only after it
            # scheduled the last one): from now on an empty queue means the crawl is over.
            self.shared.mark_seeded()

    # --- callbacks ---------------------------------------------------------------------------

    def _page_tree(self, response: Response) -> tuple[Any, str] | None:
        """(tree, encoding) of an HTML response, parsed as extraction parses it; None if it is none.

        Not ``_parse``: Scrapy's own ``Spider._parse`` is what it calls for a request without a callback.
        """
        if not isinstance(response, TextResponse):
            return None
        content_type = b", ".join(response.headers.getlist(b"Content-Type")).decode("latin-1")
        try:
            return parse_html(response.body, charset_of(content_type))
        except ExtractionError:
            return None

    def _tree(self, response: Response) -> Any:
        parsed = self._page_tree(response)
        return parsed[0] if parsed else None

    def parse_home(self, response: Response) -> Iterator[Any]:
        root = self._tree(response)
        if root is None:
            yield self._failure(response.url, "unparsable", "home page is not an HTML document", response.status)
            return
        yield SiteItem(
            netloc_of(response.meta["canonical"]),
            response.meta["canonical"],
            page_title(root),
            list(self.profile.organizations),
            now(),
        )
        categories = nav_links(root, response.url, self.allowed_netlocs, self.profile)
        self.nav_urls.update(link.url for link in categories)
        if self.shared is not None:
            self.shared.note_nav_urls(self.nav_urls)  # before any listing request is queued
        for link in categories:
            request = self._listing_request(link.url, link.text, link.url)
            if request:
                yield request
        # The home page lists articles too, but it is no category.
        yield from self._follow(
            listing_links(root, response.url, self.allowed_netlocs, self.profile, self.nav_urls), response
        )
        if not categories:
            self.logger.warning("no navigation found on %s: crawling it as a listing", response.url)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        category_url = response.meta.get("category_url", response.meta["canonical"])
        try:
            yield from self._listing(response, category_url)
        finally:
            self.open_listings[category_url] -= 1

    def _listing(self, response: Response, category_url: str) -> Iterator[Any]:
        parsed = self._page_tree(response)
        url = response.meta["canonical"]
        if parsed is None:
            self._incomplete(category_url)
            return
        root = parsed[0]
        # A URL the profile calls a listing is never taken for an article: no need to look.
        if self.profile.is_article_url(url) is not False and page_kind(root, url, self.profile) == "article":
            self._incomplete(category_url)
            yield from self.parse_article(response, parsed=parsed)
            return
        self.listing_pages[category_url] += 1
        if self.shared is not None:
            self.shared.note_listing_page(category_url)
        found = listing_links(root, url, self.allowed_netlocs, self.profile, self._nav_urls())
        yield ListingItem(
            url=url,
            category_name=response.meta.get("category") or url,
            category_url=category_url,
            article_urls=found.members,
            fetched_at=now(),
        )
        yield from self._follow(found, response)
        if self._stop_paginating(category_url, found):
            self._incomplete(category_url)
            return
        for page in found.pagination:
            request = self._listing_request(page, response.meta.get("category"), category_url)
            if request:
                yield request

    def _stop_paginating(self, category_url: str, found: PageLinks) -> bool:
        max_pages = self.settings.getint("ARCHIVER_MAX_LISTING_PAGES")
        if self.listing_pages[category_url] >= max_pages:
            self.logger.warning("listing %s reached ARCHIVER_MAX_LISTING_PAGES=%d", category_url, max_pages)
            return True
        later_page = self.listing_pages[category_url] > 1
        listed = self.listed.setdefault(category_url, set())
        new = set(found.members) - listed
        contents = self.page_contents.setdefault(category_url, set())
        # A page's records as a sorted tuple, which is equal where their sets are: a tenth of a set's memory, kept
        # for every listing page of the crawl
        records = tuple(sorted(set(found.members)))
        if later_page and found.members and records in contents:
            return True  # the same page under a second URL (DedeCMS's list_12_1.html is its index): no trap
        contents.add(records)
        if later_page:
            # Only the pager's own pages count: a first page's records may be boxes its pager lists again
            # (kaiyuanshe's home shows 9 projects; its /page/2/ lists 5 of them, /page/3/ goes on). A page
            # repeating the first page whole is caught above.
            listed.update(found.members)
        if later_page and not new:
            # A further page showing nothing the pager's pages have not shown: a pagination trap, or the end.
            self.crawler.stats.inc_value(statkeys.LISTING_NO_PROGRESS_STOPS)
            self.logger.warning("listing %s: a page with no new article, pagination stopped (trap?)", category_url)
            return True
        listed_before = self.state.listed_at_last_pass.get(category_url)
        if self.state.full or not listed_before or not self.settings.getbool("ARCHIVER_EARLY_STOP"):
            return False
        # Newest first: a page of only articles the last complete pass saw has nothing new after it.
        if found.members and all(url in listed_before for url in found.members):
            self.early_stopped.add(category_url)
            self.logger.info("listing %s: a page of only known articles, early stop", category_url)
            self.crawler.stats.inc_value(statkeys.LISTING_EARLY_STOPS)
            return True
        return False

    def _follow(self, found: PageLinks, response: Response) -> Iterator[scrapy.Request]:
        for url in [*found.members, *found.others]:
            if self.profile.is_article_url(url) is False:
                continue
            request = self._article_request(url, referer=response.url)
            if request:
                yield request

    def parse_article(self, response: Response, parsed: tuple[Any, str] | None = None) -> Iterator[Any]:
        url = response.meta["canonical"]
        if response.status == 304:
            yield NotModifiedItem(url=url, fetched_at=now())
            return
        final = canonicalize_url(response.url) or response.url
        self.seen.add(final)
        parsed = parsed or self._page_tree(response)
        if parsed is None:
            content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or "no content type"
            yield self._failure(url, "unparsable", f"not an HTML document ({content_type})", response.status)
            return
        root = parsed[0]
        kind = page_kind(root, url, self.profile)
        known = self.state.known.get(url)
        gone = gone_by_redirect(url, final, response.status, known, final in self._nav_urls() or kind == "listing")
        if gone is not None:
            yield gone
            return
        if kind == "listing" and not self.profile.is_article_url(url):
            # A listing reached through an article link (a sub-category): crawl it as one.
            yield from self._as_listing(response, root)
            return
        if kind != "article" and not (known and known.archived):
            return  # an archived article that no longer looks like one goes to validation, which says why
        self.article_templates[path_template(url)] += 1
        # Links first: extraction reuses (and may change) the tree once the capture is yielded.
        related = listing_links(root, url, self.allowed_netlocs, self.profile, self._nav_urls()).others
        refresh = refresh_target(root, url, self.allowed_netlocs)
        yield self._capture(response, url, final, parsed)
        # Where a <meta http-equiv="refresh"> sends (the page itself was archived as served).
        if refresh and self.profile.is_article_url(refresh) is not False:
            request = self._article_request(refresh, referer=url)
            if request:
                yield request
        # Related-content and prev/next links: only those shaped like known articles.
        for link in related:
            known_article = self.profile.is_article_url(link)
            if known_article or (known_article is None and self.article_templates[path_template(link)] >= 2):
                request = self._article_request(link, referer=url)
                if request:
                    yield request

    def _as_listing(self, response: Response, root: Any) -> Iterator[Any]:
        found = listing_links(root, response.meta["canonical"], self.allowed_netlocs, self.profile, self._nav_urls())
        yield from self._follow(found, response)
        for page in found.pagination:
            request = self._listing_request(page, None, response.meta["canonical"])
            if request:
                yield request

    def _nav_urls(self) -> set[str]:
        """The home page's category links: not articles of any listing (in distributed mode, whoever fetched it)."""
        if not self.nav_urls and self.shared is not None:
            self.nav_urls = self.shared.nav_urls()
        return self.nav_urls

    def _incomplete(self, category_url: str) -> None:
        self.incomplete.add(category_url)
        if self.shared is not None:
            self.shared.note_incomplete(category_url)

    def complete_categories(self) -> list[str]:
        """Categories whose every listing page was fetched and answered in this run."""
        return sorted(
            url
            for url, pages in self.listing_pages.items()
            if pages and url not in self.incomplete and self.open_listings[url] == 0
        )

    # --- failures ----------------------------------------------------------------------------

    def _failure(self, url: str, kind: str, reason: str, status: int | None = None) -> FailureItem:
        return FailureItem(url=url, kind=kind, reason=reason, status=status, at=now())

    def on_error(self, failure: Failure) -> Iterator[FailureItem]:
        request = failure.request  # type: ignore[attr-defined]
        category_url = request.meta.get("category_url")
        if (request.callback == self.parse_listing or request.meta.get("listing_request")) and category_url:
            self.open_listings[category_url] -= 1
            self._incomplete(category_url)
        kind, status, reason = classify_failure(failure)
        if request.meta.get("listing_request") and category_url and status in (404, 410):
            self.listing_page_gone(category_url, request.meta.get("canonical", request.url))
        if request.meta.get("auxiliary"):
            # A sitemap or feed that is missing or broken loses no page: counted, not recorded.
            self.crawler.stats.inc_value(statkeys.DISCOVERY_AUXILIARY_FAILED)
            return
        if request.meta.get("home"):
            # Without its home page a crawl finds nothing: fatal, whatever else it fetched.
            self.crawler.stats.set_value(statkeys.HOME_FAILED, f"{request.url}: {reason}")
        yield FailureItem(
            url=request.meta.get("canonical", request.url),
            kind=kind,
            status=status,
            reason=reason,
            at=now(),
            referer=request.meta.get("referer"),
        )
