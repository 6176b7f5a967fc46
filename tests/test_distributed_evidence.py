"""The model that places a distributed crawl's held pages: every worker's evidence, replayed in order; and the
placement a worker makes with it. No Redis, no network."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.distributed.held import PLACEMENT, Evidence, FeedEvidence, HeldPage, rebuild_model
from archiver.extract.html import parse_html
from archiver.items import ListingItem, PageCapture
from tests.portal import undecided

H = "http://assoc.test"
ALLOWED = frozenset({"assoc.test"})


def analysis(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def told(model: SiteModel, entry: Evidence) -> str:
    """What a worker does with a page it fetched: observe, classify (and log the evidence)."""
    model.observe(entry.analysis)
    return model.classify(entry.analysis, has_body=entry.has_body, expected_listing=entry.expected_listing).role


def test_the_rebuilt_model_places_what_no_worker_could_alone() -> None:
    """Worker A reads the home and a featured post (no listing lists it yet), worker B the listing that
    lists it: A's model would drop the post, B's never saw it; the log of both places it as an article."""
    home = Evidence(analysis(undecided.home_html(), "/"), has_body=True, home=True)
    post = Evidence(analysis(undecided.post_html(1), "/post/1.html"), has_body=True)
    listing = Evidence(analysis(undecided.listing_html(1, 2), "/news/"), has_body=True)
    about_html = undecided.plain_html("About us", "We are an association. " * 8)
    about = Evidence(analysis(about_html, "/about/"), has_body=True)

    worker_a, worker_b = SiteModel(), SiteModel()
    assert told(worker_a, home) != LISTING  # the home's mentions are no list of records
    assert told(worker_a, post) == UNDECIDED
    assert told(worker_a, about) == UNDECIDED
    assert worker_a.resolve(post.analysis, has_body=True).role == PAGE  # placed at once, it was lost
    assert told(worker_b, listing) == LISTING

    model = rebuild_model([home, post, about, listing])
    assert model.resolve(post.analysis, has_body=True).role == ARTICLE
    assert model.resolve(about.analysis, has_body=True).role == PAGE


def test_a_placement_logged_is_replayed_as_one() -> None:
    """A page placed at an earlier placement is placed again by the next placement's model (a listing placed at
    the end made its records members): the log replays the placement, not a fresh look at the page."""
    post = Evidence(analysis(undecided.post_html(4), "/post/4.html"), has_body=True)
    # a record fetched after a placement says which listing (placed there) listed it
    record = Evidence(analysis(undecided.post_html(5), "/post/5.html"), has_body=True, member_of=H + "/news/")
    placed = Evidence(post.analysis, has_body=True, rule=True, resolved=True)

    model = rebuild_model([post, record, placed])
    assert model.roles[H + "/post/4.html"] == ARTICLE  # the profile's rule, at the placement
    assert model.is_member(H + "/post/5.html")
    assert model.roles[H + "/post/5.html"] == ARTICLE  # a dated record of a listing


def test_a_feeds_entries_are_evidence_too() -> None:
    """A post only the home's feed lists: the worker that read the feed knew it a record, reachable from the
    home; the placing model learns it from the log, not from the page (which no listing links)."""
    home = Evidence(analysis(undecided.home_html(), "/"), has_body=True, home=True)
    post_url = H + "/post/9.html"
    post = Evidence(analysis(undecided.post_html(9), "/post/9.html"), has_body=True)

    without = rebuild_model([home, post])
    assert post_url not in without.navigable and not without.is_member(post_url)
    assert without.roles.get(post_url) is None  # undecided: no listing and no link from the home

    model = rebuild_model([home, FeedEvidence(H + "/feed.xml", [post_url]), post])
    assert post_url in model.navigable and model.is_member(post_url)
    # A record only a feed names waits, before the site's listings have dated posts (session 14), and is a
    # dated record of the feed when placed.
    assert model.roles.get(post_url) is None
    assert model.resolve(post.analysis, has_body=True).role == ARTICLE


class _SharedLog:
    """The Redis side a placement reads, in memory: the held pages and the evidence log."""

    def __init__(self, held: list[HeldPage], evidence: list[Evidence]) -> None:
        self.held, self.log, self.listing_pages = held, evidence, set[str]()

    def held_pages(self) -> list[HeldPage]:
        return self.held

    def evidence(self) -> list[Evidence]:
        return self.log

    def nav_names(self) -> dict[str, str]:
        return {}

    def note_listing_page(self, category_url: str) -> None:
        self.listing_pages.add(category_url)


def _held(path: str, html: str) -> HeldPage:
    url = H + path
    capture = PageCapture(
        url=url, final_url=url, status=200, headers={}, body=html.encode(), fetched_at="2026-12-01T00:00:00+00:00"
    )
    return HeldPage(capture, analysis(html, path), has_body=True)


def test_a_placement_archives_follows_and_drops_as_the_whole_crawl_shows() -> None:
    """A worker's placement: a held post a later listing lists is archived (its capture), a held page that
    lists posts known by the end to be articles is a listing (its record, its records requested naming it),
    an about page is dropped; what it did is left for the lease's acknowledgement."""
    from scrapy.utils.test import get_crawler

    from spiders.portal import PortalSpider

    spider = PortalSpider.from_crawler(get_crawler(PortalSpider), target=H + "/")
    post = _held("/post/1.html", undecided.post_html(1))
    highlights = _held("/post/highlights.html", undecided.highlights_html([4, 5, 6]))
    about = _held("/about/", undecided.plain_html("About us", "We are an association. " * 8))
    log = [
        Evidence(analysis(undecided.home_html(), "/"), has_body=True, home=True),
        Evidence(post.analysis, has_body=True),
        Evidence(highlights.analysis, has_body=True),
        Evidence(about.analysis, has_body=True),
        Evidence(analysis(undecided.listing_html(1, 2), "/news/"), has_body=True),
        *(Evidence(analysis(undecided.post_html(n), f"/post/{n}.html"), has_body=True) for n in (4, 5, 6)),
    ]
    spider.shared = _SharedLog([post, highlights, about], log)  # type: ignore[assignment]
    spider.seen.add(H + "/post/4.html")  # fetched by this worker already: not asked for again

    response = HtmlResponse("data:,", request=Request("data:,"))
    out = list(spider.place_held(response))

    assert [o for o in out if isinstance(o, PageCapture)] == [post.capture]
    (listing,) = [o for o in out if isinstance(o, ListingItem)]
    assert listing.url == highlights.capture.url
    assert listing.article_urls == [H + f"/post/{n}.html" for n in (4, 5, 6)]
    requests = [o for o in out if isinstance(o, Request)]
    assert [(r.url, r.meta["member_of"]) for r in requests] == [(H + f"/post/{n}.html", listing.url) for n in (5, 6)]
    assert len(out) == 4  # nothing for the about page
    assert spider.shared.listing_pages == {listing.category_url}  # type: ignore[union-attr]
    placement = response.meta[PLACEMENT]
    assert placement.urls == [post.capture.url, highlights.capture.url, about.capture.url]
    assert [e.analysis.url for e in placement.resolved] == placement.urls and all(
        e.resolved for e in placement.resolved
    )
    assert placement.freed == sum(len(page.capture.body) for page in (post, highlights, about))
