"""Generic mode: the spider's callbacks when no profile says which URLs are articles.

Thin over ``archiver.discovery``: every page is analysed (``analyze_page``), the site model
learns from it and says what the page is, and the frontier says which of its links to
follow. Pages the model cannot place yet are held (their capture, not a second request) and
placed when the crawl runs out of requests, when everything that will be learned is known. A
distributed worker holds them in Redis instead, and one worker places them all when the shared
frontier drains, on a model rebuilt from every worker's pages (archiver/distributed/held.py).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response

from archiver import statkeys
from archiver.crash_points import crash_point
from archiver.crawler.capture_middleware import PAGE_CAPTURE, send_page_capture
from archiver.crawler.crawlstate import KnownArticle
from archiver.crawler.stored_pages import stored_analyses
from archiver.discovery.article_templates import FetchedPage, layout_prose, looks_like_post, post_layouts
from archiver.discovery.completeness import ListingTally, split_family_pages
from archiver.discovery.frontier import (
    PRIORITY_EXPLORE,
    PRIORITY_LISTING,
    PRIORITY_RECORD,
    Expanded,
    links_to_follow,
    listing_pages,
    names_unlinked_pages,
    note_expanded,
)
from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.pagination import first_page_url, listing_key, page_ref, script_pages
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, Decision, SiteModel
from archiver.discovery.variants import QueryVariants
from archiver.distributed.held import PLACEMENT, Evidence, HeldPage, Placement, rebuild_model
from archiver.errors import ArchiveError
from archiver.extract.listing import PageLinks, nav_links, page_title
from archiver.items import ListingItem, NotModifiedItem, PageCapture, PageCaptureItem, SiteItem
from archiver.urls import canonicalize_url, netloc_of
from spiders.common import gone_by_redirect, headers_dict, now
from spiders.sources import SiteSources

if TYPE_CHECKING:
    from spiders.portal import PortalSpider

# Pages (and links) noted for the completeness check by article template, as many as decisions are kept.
MAX_NOTED = 100_000
# Archived articles at rest read back from the archive before the held pages are placed: enough to learn the
# site's posts from (a few templates, five posts each at least), a second or so of a re-run at most.
REMEMBERED_PAGES = 300


class LearnedCrawl(SiteSources):
    """Mixed into PortalSpider: the generic-mode callbacks and the held pages."""

    model: SiteModel
    held: dict[str, HeldPage]
    held_bytes: int
    nav_names: dict[str, str]

    def learned_init(self: PortalSpider) -> None:
        self.model = SiteModel()
        self.held = {}
        self.held_bytes = 0
        self.nav_names = {}
        self.home_keys: set[str] = set()
        self.tallies: dict[str, ListingTally] = {}
        # Per listing, the pager numbers already told to its tally, and those already followed (a
        # page that may not paginate follows none: a later one follows them). Each listing page
        # then expands only what its pager adds, not the whole range again (linear, not quadratic).
        self.tallied_ranges: dict[str, Expanded] = {}
        self.followed_ranges: dict[str, Expanded] = {}
        self.sitemap_pages = 0
        self.decisions: dict[str, tuple[str, str]] = {}  # url -> (role, why): what `archiver probe` shows
        self.decision_kinds: dict[tuple[str, str], tuple[str, str]] = {}
        self.decisions_logged: bool | None = None  # whether a DEBUG line of each decision would be kept
        self.sitemaps_named: list[str] = []
        self.redirects: dict[str, str] = {}  # url -> where it redirected (completeness follows them)
        self.redirected_from: dict[str, str] = {}
        # What each fetched page looks like, and the same-site links no request was made for: the completeness
        # check by article template (archiver/discovery/article_templates.py) compares them with the articles.
        # url -> (headline layout, shows a date, title, its first heading links another page)
        self.page_looks: dict[str, tuple[str, bool, str, bool, int]] = {}
        self.layouts: dict[str, str] = {}
        self.linked: set[str] = set()
        self.menu_linked: set[str] = set()  # linked from nav/header/footer/aside markup
        self.variants = QueryVariants()  # the first URL of each path and text fetched

    # --- requests ------------------------------------------------------------------------

    def page_request(
        self: PortalSpider, url: str, *, priority: int, referer: str | None = None, **meta: Any
    ) -> scrapy.Request | None:
        if url in self.seen:
            return None
        known = self.state.known.get(url)
        if known is not None and not self.state.should_fetch(url):
            self.seen.add(url)
            return None
        request = self._request(
            url,
            self.parse_page,
            headers=known.conditional_headers() if known else {},
            referer=referer,
            handle_httpstatus_list=[304],
            **meta,
        )
        if request is not None:
            request.priority = priority
        return request

    def pagination_request(
        self: PortalSpider, url: str, category: str | None, category_url: str
    ) -> scrapy.Request | None:
        request = self.page_request(
            url, priority=PRIORITY_LISTING, category=category, category_url=category_url, listing_request=True
        )
        if request is not None:
            self.open_listings[category_url] += 1
        return request

    # --- the one callback ----------------------------------------------------------------

    def parse_page(self: PortalSpider, response: Response) -> Iterator[Any]:
        category_url = response.meta.get("category_url")
        # The page's capture, left here by PageCaptureMiddleware: sent once, as the article's capture
        # if the page is one, else as the page's before anything that names it (a listing, the site).
        kept: PageCaptureItem | None = response.meta.pop(PAGE_CAPTURE, None)
        try:
            for output in self._learned_page(response):
                if kept is not None and not isinstance(output, scrapy.Request):
                    if not _is_capture_of(output, kept):
                        send_page_capture(self.crawler, kept)
                    kept = None
                yield output
        finally:
            if kept is not None:  # a page kept as a page, a held one, or a callback that failed: kept as fetched
                send_page_capture(self.crawler, kept)
            if response.meta.get("listing_request") and category_url:
                self.open_listings[category_url] -= 1

    def _learned_page(self: PortalSpider, response: Response) -> Iterator[Any]:
        url = response.meta["canonical"]
        if response.status == 304:
            yield NotModifiedItem(url=url, fetched_at=now())
            return
        member_of = response.meta.get("member_of")
        if member_of:
            # A record of a listing placed at the crawl's end: a worker that did not place it knows it so.
            self.model.members.add(url, member_of)
        final = canonicalize_url(response.url) or response.url
        self.seen.add(final)
        parsed = self._page_tree(response)
        known = self.state.known.get(url)
        if parsed is None:
            # Recorded whoever linked it: a page that cannot be read cannot be placed either.
            content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or "no content type"
            yield self._failure(url, "unparsable", f"not an HTML document ({content_type})", response.status)
            return
        root = parsed[0]
        text = response.text if hasattr(response, "text") else ""
        analysis = analyze_page(root, final, self.allowed_netlocs, text)
        analysis.url = url
        repeated = self._repeated(response, url, known, analysis)
        if repeated is not None:
            # The page first fetched under this path, under another query: a session or cache-busting token no URL
            # rule names, which every page renders anew. Not observed, not placed, and its links (that page's,
            # under fresh tokens) not followed: each would be one more address of the same pages, without end.
            self.crawler.stats.inc_value(statkeys.DISCOVERY_QUERY_REPEATS)
            self.crawler.stats.inc_value(statkeys.discovery(PAGE))
            self._note_decision(url, PAGE, f"the page of {repeated}, under another query")
            return
        if response.meta.get("home") and self.shared is None:
            # Navigation starts here. A distributed worker sees only its share of the links: it does not
            # tell sitemap-only pages apart.
            self.model.enter(url)
        self.model.observe(analysis)
        if response.meta.get("home"):
            yield from self._home(root, url, response)
        has_body = bool(analysis.title) and (analysis.outside_text >= 10 or root.find(".//body//img") is not None)
        expected_listing = bool(response.meta.get("listing_request"))
        decision = self.model.classify(analysis, has_body=has_body, expected_listing=expected_listing)
        rule = self.profile.is_article_url(url)
        decision = self.model.overrule(analysis, decision, rule)
        if self.shared is not None:
            # What this worker's model learned, for the model that places the held pages at the end.
            home = bool(response.meta.get("home"))
            analysis.settle_labels()  # the placing model reads them, without the page's tree
            self.shared.note_evidence(Evidence(analysis, has_body, expected_listing, home, rule, member_of))
        if response.meta.get("placed") == ARTICLE or (
            known is not None and known.archived and decision.role != LISTING
        ):
            decision.role, decision.reason = ARTICLE, "placed at the crawl's end, or archived before"
        gone = gone_by_redirect(url, final, response.status, known, final in self.nav_urls or decision.role == LISTING)
        if gone is not None:
            yield gone
            return
        self.crawler.stats.inc_value(statkeys.discovery(decision.role))
        self._note_decision(url, decision.role, decision.reason)
        self._note_looks(url, analysis)
        stop_paginating = False
        if decision.role == LISTING:
            category_url = response.meta.get("category_url") or _listing_of(url, analysis)
            category = (
                response.meta.get("category")
                or self.nav_names.get(category_url)
                or response.meta.get("link_text")
                or analysis.title
                or url
            )
            self.listing_pages[category_url] += 1
            if self.shared is not None:
                self.shared.note_listing_page(category_url)
            members = list(dict.fromkeys(u for g in decision.listing_groups for u in g.urls))
            found = PageLinks(members=members)
            main = max(decision.listing_groups, key=lambda g: len(g.urls)).urls if decision.listing_groups else []
            self._tally(category_url, category, url, members, analysis, text, main)
            if category_url not in self.home_keys:  # the home page lists articles, but is no category
                yield ListingItem(
                    url=url, category_name=category, category_url=category_url, article_urls=members, fetched_at=now()
                )
            stop_paginating = self._stop_paginating(category_url, found)
            if stop_paginating:
                self._incomplete(category_url)
        elif decision.role == ARTICLE:
            yield self._capture(response, url, final, parsed)
        elif decision.role == UNDECIDED:
            self._hold(response, url, final, analysis, has_body)
        yield from self._follow_learned(response, analysis, decision, stop_paginating, text)
        if analysis.refresh:
            # A refresh page was archived as served (or placed); where it sends is a link like any
            # other, and a listing's record that refreshes elsewhere hands its membership on.
            if self.model.is_member(url):
                self.model.members.add(analysis.refresh, url)
            request = self.page_request(
                analysis.refresh, priority=PRIORITY_RECORD, referer=url, link_text=_stub_name(response, analysis)
            )
            if request is not None:
                yield request
        yield from self._sitemap_requests()
        for feed in analysis.feeds:
            request = self._auxiliary_request(feed, self.parse_feed)
            if request is not None:
                yield request

    def _tally(
        self: PortalSpider,
        category_url: str,
        category: str,
        url: str,
        members: list[str],
        analysis: PageAnalysis,
        text: str,
        main: list[str],
    ) -> None:
        # One tally per listing, whichever of its first page's names the links used: a Hexo theme links a
        # category as /cates/x/index.html from the home and /cates/x/ from each post. Two tallies each saw
        # the other's pages as never fetched, and the first page's alone came out 24 of ~97.
        key = first_page_url(category_url)
        tally = self.tallies.get(key)
        if tally is None:
            tally = self.tallies[key] = ListingTally(category, category_url)
        max_pages = self.settings.getint("ARCHIVER_MAX_LISTING_PAGES")
        scripted = script_pages(text, url) if "Page" in text else []
        # The tally keeps the pages it is told as a set: those told before need not be told again.
        expanded = self.tallied_ranges.setdefault(key, {})
        pages = listing_pages(analysis, scripted, max_pages, expanded)
        note_expanded(analysis, max_pages, expanded)
        is_last = not any(ref.number > (_number(url) or 1) for ref in analysis.pagination)
        tally.see_page(url, members, pages, analysis.page_count, analysis.record_count, is_last, main)
        tally.families.update(ref.family for ref in analysis.pagination)
        if "Page" in text and "script" not in tally.families and names_unlinked_pages(analysis, scripted, max_pages):
            tally.families.add("script")

    def listing_page_gone(self: PortalSpider, category_url: str, url: str) -> None:
        """A page of the listing at ``category_url`` answered 404/410: its completeness counts it as none."""
        tally = self.tallies.get(first_page_url(category_url))
        if tally is not None:
            tally.see_gone(url)

    def _repeated(
        self: PortalSpider, response: Response, url: str, known: KnownArticle | None, analysis: PageAnalysis
    ) -> str | None:
        """The URL first fetched of this page's path and text, when this URL differs from it (see
        archiver/discovery/variants.py). The home, a page placed at the crawl's end and an article archived
        before are what they are, whichever address came first."""
        if response.meta.get("home") or response.meta.get("placed") or (known is not None and known.archived):
            return None
        return self.variants.repeated(url, analysis.text_digest)

    def _note_decision(self: PortalSpider, url: str, role: str, reason: str) -> None:
        if self.decisions_logged is None:  # asked once the crawl's logging is set up
            self.decisions_logged = debug_kept(self.logger.logger)
        if self.decisions_logged:
            self.logger.debug("%s: %s (%s)", role, url, reason)
        if len(self.decisions) < 100_000:
            # one tuple per kind of decision, not one per page: a site's pages take a few dozen
            pair = (role, reason)
            self.decisions[url] = self.decision_kinds.setdefault(pair, pair)

    def _note_looks(self: PortalSpider, url: str, analysis: PageAnalysis) -> None:
        if len(self.page_looks) >= MAX_NOTED:
            return
        # one string per layout, not one per page
        layout = self.layouts.setdefault(analysis.template, analysis.template)
        self.page_looks[url] = (
            layout,
            analysis.has_date,
            analysis.title or "",
            analysis.heading_link is not None,
            analysis.outside_text,
        )
        if len(self.linked) < MAX_NOTED:
            self.linked.update(u for g in analysis.groups for u in g.urls)
            self.linked.update(analysis.other_links)
        if len(self.menu_linked) < MAX_NOTED:
            self.menu_linked.update(u for g in analysis.groups if g.in_chrome_markup for u in g.urls)

    def fetched_pages(self: PortalSpider) -> tuple[list[FetchedPage], list[str], list[str]]:
        """Each page fetched, as it looked and as it was placed; the links of fetched pages never requested; and
        the articles earlier runs archived that this one did not look at (not due, or unchanged: 304). For the
        completeness check by article template at the run's end (generic mode, one process)."""
        if self.shared is not None:
            return [], [], []  # a distributed worker saw its share of the pages; another placed the held ones
        pages = []
        for url, (template, dated, title, heading_elsewhere, prose) in self.page_looks.items():
            role = self.decisions.get(url, ("", ""))[0]
            reachable = not self.model.entry_points or url in self.model.navigable
            names = {url, *self.model.aliases.get(url, ())}
            listed = any(self.model.members.get(name) for name in names)
            in_menu = bool(names & self.menu_linked)
            article, listing = role == ARTICLE, role == LISTING
            looks = (template, dated, reachable, listing, listed, in_menu, title, heading_elsewhere, prose)
            pages.append(FetchedPage(url, article, *looks))
        named = set(self.redirects) | set(self.redirected_from)
        linked = []
        for link in self.linked:
            canonical = canonicalize_url(link)
            # never requested, and not left out on purpose (the profile ignores it)
            if not canonical or canonical in self.seen or canonical in named:
                continue
            if not self.profile.is_ignored(canonical) and canonical not in self.state.known:
                linked.append(canonical)
        before = [url for url, known in self.state.known.items() if known.archived and url not in self.page_looks]
        return pages, linked, before

    def unplaced(self: PortalSpider) -> dict[str, tuple[str, str]]:
        """Held pages placed now, without archiving them (a probe ends before the crawl would)."""
        decisions = self.model.resolve_all([(page.analysis, page.has_body, None) for page in self.held.values()])
        return {url: (decision.role, decision.reason) for url, decision in decisions.items()}

    def held_articles(self: PortalSpider) -> list[PageCapture]:
        """The held pages the model places as articles now, with their bodies, dated as the crawl's end would
        date them: a probe ends before its held pages are released, and shows them as samples."""
        decisions = self.unplaced()
        captures = []
        for url, page in self.held.items():
            if decisions.get(url, ("", ""))[0] == ARTICLE and page.capture.body:
                capture = page.capture
                capture.listing_date = _listing_date(self.model, url, capture.final_url) or capture.listing_date
                capture.listed = capture.listed or _listed(self.model, url, capture.final_url)
                captures.append(capture)
        return captures

    def completeness(self: PortalSpider) -> list[ListingTally]:
        """What each listing of this run showed, for the completeness check at the run's end."""
        # An incremental run stops a listing where it met known articles: nothing is missing there.
        stopped = {first_page_url(url) for url in self.early_stopped}
        tallies = [t for key, t in self.tallies.items() if key not in stopped]
        placed = {**self.decisions, **self.unplaced()}
        # How the site's posts look (their headline layout, dated): a listing's records placed as pages that look so
        # are no explanation where they are a whole URL family of its records (split_family_pages).
        looks = {page.url: page for page in self.fetched_pages()[0]} if tallies else {}
        layouts = post_layouts(looks.values())
        prose = layout_prose(looks.values())
        for tally in tallies:
            tally.merge_redirected(self.redirects)
            # A record is archived under the URL its request named: the listing's /a/ under /a, the menu's
            # link that answered 301 (or the other way). It counts under that name.
            tally.rename_records({url: self._placed_name(url, placed) for url in tally.discovered})
            # placed as a page or listing, or never requested (ignored by the profile, robots, off-site)
            roles = {url: self._placed_role(url, placed) for url in tally.discovered}
            tally.not_articles = sum(
                1 for url, role in roles.items() if role in (PAGE, LISTING) or url not in self.seen
            )
            post_like = {
                url
                for url, role in roles.items()
                if role == PAGE and url in looks and looks_like_post(looks[url], layouts, prose)
            }
            tally.split_pages = split_family_pages(roles, ARTICLE, PAGE, post_like)
        return tallies

    def note_redirect(self: PortalSpider, source: str, target: str) -> None:
        """``source`` answered with a redirect to ``target`` (SiteBoundaryMiddleware tells)."""
        if len(self.redirects) < 100_000:
            self.redirects[source] = target
            self.redirected_from.setdefault(target, source)
        self.model.redirected(source, target)

    def _placed_role(self: PortalSpider, url: str, placed: dict[str, tuple[str, str]]) -> str:
        """What ``url`` was placed as, following its redirects ("" when it was not)."""
        return _placed_as(url, placed, self.redirects, self.redirected_from)[1]

    def _placed_name(self: PortalSpider, url: str, placed: dict[str, tuple[str, str]]) -> str:
        """The URL under which ``url`` was placed (its record archived), following its redirects."""
        return _placed_as(url, placed, self.redirects, self.redirected_from)[0]

    def _home(self: PortalSpider, root: Any, url: str, response: Response) -> Iterator[Any]:
        self.home_keys.update({url, listing_key(url)})
        yield SiteItem(netloc_of(url), url, page_title(root), list(self.profile.organizations), now())
        for link in nav_links(root, response.url, self.allowed_netlocs, self.profile):
            self.nav_names.setdefault(link.url, link.text)
            self.nav_urls.add(link.url)
        if self.shared is not None:
            self.shared.note_nav_names(self.nav_names)  # category names, for whoever places a held listing

    def _follow_learned(
        self: PortalSpider, response: Response, analysis: PageAnalysis, decision: Any, stop_paginating: bool, text: str
    ) -> Iterator[scrapy.Request]:
        url = response.meta["canonical"]
        category_url = response.meta.get("category_url") or _listing_of(url, analysis)
        category = response.meta.get("category") or self.nav_names.get(category_url)
        max_pages = self.settings.getint("ARCHIVER_MAX_LISTING_PAGES")
        scripted = script_pages(text, response.url) if decision.role == LISTING and "Page" in text else []
        paginates = decision.role == LISTING and not stop_paginating and self.listing_pages[category_url] < max_pages
        # Numbers followed before are in self.seen (requested, or refused for good: cap, ignored, not
        # to be fetched), where the loop below would skip them: only the new ones are built. A page
        # that may not paginate follows none, so what it spans stays to follow from a later page.
        expanded = self.followed_ranges.setdefault(category_url, {}) if decision.role == LISTING else None
        follows = links_to_follow(
            analysis, decision, self.model, script_pages=scripted, max_pages=max_pages, expanded=expanded
        )
        if paginates and expanded is not None:
            note_expanded(analysis, max_pages, expanded)
        # A page that sends the reader elsewhere (a meta refresh) is a stub: its words ("Redirecting from /news/
        # to /news/1", "Click here if you are not redirected") name nothing, and a listing its link leads to was
        # named by them. Its links carry the name the stub was reached by instead.
        stub_name = _stub_name(response, analysis)
        for follow in follows:
            target = canonicalize_url(follow.url)
            if target is None or target in self.seen or self.profile.is_ignored(target):
                continue
            if stub_name is not None:
                follow = replace(follow, text=stub_name)
            if follow.kind == "pagination":
                if stop_paginating or self.listing_pages[category_url] >= max_pages:
                    continue
                request = self.pagination_request(target, category, category_url)
            elif follow.kind == "record":
                # A distributed worker that fetches the record may not have read this listing: its date goes along.
                dated = self.model.listing_dates.get(target) if self.shared is not None else None
                request = self.page_request(
                    target,
                    priority=follow.priority,
                    referer=url,
                    link_text=follow.text,
                    **({"listing_date": dated} if dated else {}),
                )
            elif self.profile.is_article_url(target):
                request = self.page_request(target, priority=PRIORITY_RECORD, referer=url, link_text=follow.text)
            else:
                if not self.model.reserve(target, url, follow.text):
                    self.crawler.stats.inc_value(statkeys.DISCOVERY_BUDGET_SKIPS)
                    continue
                nav_name = self.nav_names.get(target)
                request = self.page_request(
                    target,
                    priority=follow.priority + (10 if nav_name else 0),
                    referer=url,
                    link_text=follow.text,
                    **({"category": nav_name, "category_url": target} if nav_name else {}),
                )
            if request is not None:
                yield request

    def _capture(self: PortalSpider, response: Response, url: str, final: str, parsed: Any) -> PageCapture:
        return PageCapture(
            url=url,
            final_url=final,
            status=response.status,
            headers=headers_dict(response.headers),
            body=response.body,
            fetched_at=now(),
            referer=response.meta.get("referer"),
            request_headers=headers_dict(response.request.headers) if response.request else {},
            parsed=parsed,
            listing_date=(
                _listing_date(self.model, url, final)
                or response.meta.get("listing_date")
                or known_listing_date(self.state.known.get(url))
            ),
            listed=_listed(self.model, url, final),
        )

    # --- held pages ----------------------------------------------------------------------

    def _hold(
        self: PortalSpider, response: Response, url: str, final: str, analysis: PageAnalysis, has_body: bool
    ) -> None:
        capture = self._capture(response, url, final, None)
        analysis.settle()  # its counts and label lines read: the page's tree is not kept
        # Bodies kept up to this many bytes; past it a page placed as an article is fetched again.
        budget = self.settings.getint("ARCHIVER_HELD_BYTES")
        if self.shared is not None:
            self.shared.hold(HeldPage(capture, analysis, has_body), budget)  # the budget is the crawl's, in Redis
            return
        if self.held_bytes + len(capture.body) > budget:
            capture.body = b""  # fetched again if it turns out to be an article
        self.held_bytes += len(capture.body)
        self.held[url] = HeldPage(capture, analysis, has_body)

    def on_idle(self: PortalSpider) -> None:
        """The crawl ran out of requests: follow the links refused for their family's budget whose family has since
        shown posts (SiteModel.release_deferred), then place the held pages, archive those that are articles."""
        released = self.model.release_deferred() if self.shared is None else []
        following = False
        for target, referer, text in released:
            request = self.page_request(target, priority=PRIORITY_EXPLORE, referer=referer or None, link_text=text)
            if request is not None:
                self.crawler.engine.crawl(request)
                following = True
        if following:
            raise DontCloseSpider
        if not self.held:
            return
        held, self.held, self.held_bytes = self.held, {}, 0
        request = scrapy.Request(
            "data:,",
            callback=self._release,
            dont_filter=True,
            priority=PRIORITY_LISTING,
            meta={"archiver_internal": True, "dont_obey_robotstxt": True, "allow_offsite": True, "held": held},
        )
        self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def placement_request(self: PortalSpider) -> scrapy.Request | None:
        """A distributed crawl's request to place the held pages (queued once, when the frontier drains)."""
        if not self.learned:
            return None
        return scrapy.Request(
            "data:,",
            callback=self.place_held,
            dont_filter=True,
            priority=PRIORITY_LISTING,
            meta={"archiver_internal": True, "dont_obey_robotstxt": True, "allow_offsite": True},
        )

    def place_held(self: PortalSpider, response: Response) -> Iterator[Any]:
        """Place every page the workers hold, on the model of every worker's pages, and archive or follow them.

        The pages leave the held ones, and the decisions join the evidence, only when this request's
        lease is acknowledged (worker.LeaseKeeper), i.e. once all it produced is in Redis: a worker
        killed here leaves them held, and the next worker to lease the request places them again.
        """
        assert self.shared is not None
        held = self.shared.held_pages()
        model = rebuild_model(self.shared.evidence())
        self.nav_names = {**self.shared.nav_names(), **self.nav_names}
        placement = Placement([page.capture.url for page in held], [], sum(len(p.capture.body) for p in held))
        # Set first: a placement that fails on a page is acknowledged as done, not queued again forever.
        response.meta[PLACEMENT] = placement
        # Every held page on the same evidence, whatever order the workers held them in (SiteModel.resolve_all).
        decisions = model.resolve_all([(page.analysis, page.has_body, self._rule(page)) for page in held])
        for page in held:
            decision = decisions[page.analysis.url]
            placement.resolved.append(
                Evidence(page.analysis, page.has_body, rule=self._rule(page), resolved=True, placed=decision)
            )
            yield from self._placed(page, decision, model)
            crash_point("held-placed")

    def _rule(self: PortalSpider, page: HeldPage) -> bool | None:
        """The profile's article pattern for a held page (True, False, or no opinion)."""
        return self.profile.is_article_url(page.capture.url)

    def _follow_held_listing(self: PortalSpider, page: HeldPage, decision: Decision, model: SiteModel) -> Iterator[Any]:
        """A held page that the end of the crawl shows to be a listing: its records and further pages."""
        url = page.capture.url
        category_url = _listing_of(url, page.analysis)
        category = self.nav_names.get(category_url) or page.analysis.title or url
        self.listing_pages[category_url] += 1
        if self.shared is not None:
            self.shared.note_listing_page(category_url)
        members = list(dict.fromkeys(u for g in decision.listing_groups for u in g.urls))
        if first_page_url(category_url) in self.tallies:
            # Counted in its listing's completeness as a page read in course is: a later page reached before its
            # listing's first (``/news/page/2/`` from a home's "More news") holds records the listing counts on.
            main = max(decision.listing_groups, key=lambda g: len(g.urls)).urls if decision.listing_groups else []
            self._tally(category_url, category, url, members, page.analysis, "", main)
        yield ListingItem(
            url=url,
            category_name=category,
            category_url=category_url,
            article_urls=members,
            fetched_at=page.capture.fetched_at,
        )
        max_pages = self.settings.getint("ARCHIVER_MAX_LISTING_PAGES")
        for follow in links_to_follow(page.analysis, decision, model, script_pages=[], max_pages=max_pages):
            target = canonicalize_url(follow.url)
            if target is None or target in self.seen or self.profile.is_ignored(target):
                continue
            if follow.kind == "pagination":
                request = self.pagination_request(target, category, category_url)
            elif follow.kind == "record":
                # The worker that fetches it may not have placed this listing: it is told.
                request = self.page_request(
                    target, priority=follow.priority, referer=url, link_text=follow.text, member_of=url
                )
            else:
                continue
            if request is not None:
                yield request

    def _release(self: PortalSpider, response: Response) -> Iterator[Any]:
        held = list(response.meta["held"].values())
        self._remember_resting()
        # Every held page on the same evidence, whatever order the crawl held them in (SiteModel.resolve_all).
        decisions = self.model.resolve_all([(page.analysis, page.has_body, self._rule(page)) for page in held])
        for page in held:
            yield from self._placed(page, decisions[page.analysis.url], self.model)

    def _remember_resting(self: PortalSpider) -> None:
        """Before the held pages are placed: the archived articles this run's listings list but this run left alone
        (not due), learned from their stored pages (at most REMEMBERED_PAGES, in URL order), as the first run learned
        them by fetching them (SiteModel.remember)."""
        db = self.settings.get("ARCHIVER_DB")
        if self.state.full or not db or self.shared is not None:
            return  # a distributed worker has no archive of its own to read (the coordinator places its held pages)
        resting = sorted(
            url
            for url, known in self.state.known.items()
            if known.archived and self.model.members.get(url) and url not in self.model.roles
        )[:REMEMBERED_PAGES]
        if not resting:
            return
        try:
            for analysis in stored_analyses(db, resting, self.allowed_netlocs):
                self.model.remember(analysis)
        except (ArchiveError, sqlite3.Error) as exc:  # the placing goes on with this run's evidence alone
            self.logger.warning("could not read the archived pages of resting articles: %s", exc)

    def _placed(self: PortalSpider, page: HeldPage, decision: Decision, model: SiteModel) -> Iterator[Any]:
        """A held page placed: archived if an article, its records followed if a listing, else dropped."""
        url = page.capture.url
        self.crawler.stats.inc_value(statkeys.resolved(decision.role))
        self._note_decision(url, decision.role, decision.reason)
        if decision.role == LISTING:
            yield from self._follow_held_listing(page, decision, model)
            return
        if decision.role != ARTICLE:
            self.logger.info("not an article: %s (%s)", url, decision.reason)
            return
        if page.capture.body:
            # Held since before the listing that dates it was read, maybe.
            page.capture.listing_date = _listing_date(model, url, page.capture.final_url) or page.capture.listing_date
            page.capture.listed = page.capture.listed or _listed(model, url, page.capture.final_url)
            yield page.capture
        else:
            self.seen.discard(url)
            # The placing model's listing date goes with the request: in a distributed crawl the worker
            # that fetches the page again may not have read the listing that dates it.
            listing_date = _listing_date(model, url, page.capture.final_url) or page.capture.listing_date
            request = self.page_request(url, priority=PRIORITY_LISTING, placed=ARTICLE, listing_date=listing_date)
            if request is not None:
                request.dont_filter = True
                yield request


def _is_capture_of(output: Any, page: PageCaptureItem) -> bool:
    """Whether ``output`` is the article capture of the page ``page`` captured (the same response's bytes)."""
    return isinstance(output, PageCapture) and output.body == page.capture.body


def debug_kept(logger: logging.Logger) -> bool:
    """Whether a DEBUG record of ``logger`` reaches a handler that keeps it. Scrapy's handler keeps only
    LOG_LEVEL and up, but every record is made first: a line per page only to be dropped."""
    if not logger.isEnabledFor(logging.DEBUG):
        return False
    current: logging.Logger | None = logger
    while current is not None:
        if any(handler.level <= logging.DEBUG for handler in current.handlers):
            return True
        current = current.parent if current.propagate else None
    return False  # no handler at all: logging's last resort shows WARNING and up


def _placed_as(
    url: str, placed: dict[str, tuple[str, str]], redirects: dict[str, str], redirected_from: dict[str, str]
) -> tuple[str, str]:
    """The URL under which ``url`` was placed, and as what, following its redirects: ``/a/b`` answered 301
    to ``/a/b/``, whose request was dropped as a duplicate when another page linked ``/a/b/`` itself.
    (``url`` and "" when it was not placed.)"""
    name = url
    for _ in range(5):
        if name in placed:
            return name, placed[name][0]
        if name not in redirects:
            break
        name = redirects[name]
    # ... or the other way: the record links /a/b/, already seen as where /a/b redirected to
    source = redirected_from.get(name)
    if source is not None and source in placed:
        return source, placed[source][0]
    return url, ""


def _stub_name(response: Response, analysis: PageAnalysis) -> str | None:
    """For a page that refreshes elsewhere, the name it was reached by (its menu entry's, or its link's words;
    "" when none); None for any other page, whose links keep their own words."""
    if not analysis.refresh:
        return None
    return response.meta.get("category") or response.meta.get("link_text") or ""


def _listing_of(url: str, analysis: PageAnalysis) -> str:
    """The listing a page reached by a plain link belongs to: the one its own pager numbers (page 5
    of the home is the home's), else itself (/taxonomy/term/5 is no page 5 of /taxonomy/term/)."""
    return analysis.pagination[0].key if analysis.pagination else first_page_url(url)


def _listing_date(model: SiteModel, url: str, final: str) -> str | None:
    """The date a listing printed beside the page, under the URL requested or the one it redirected to
    (a home links ``/news/x``, the listing ``/news/x/``)."""
    return model.listing_dates.get(url) or model.listing_dates.get(final)


def _listed(model: SiteModel, url: str, final: str) -> bool:
    """A listing (or a feed) of the site lists the page, under the URL requested or the one it redirected to."""
    return bool(model.members.get(url) or model.members.get(final))


def known_listing_date(known: KnownArticle | None) -> str | None:
    """The listing date an archived article was dated by, for a re-fetch whose crawl read no listing."""
    return known.listing_date if known is not None else None


def _number(url: str) -> int | None:
    ref = page_ref(url)
    return ref.number if ref else None


__all__ = ["LearnedCrawl"]
