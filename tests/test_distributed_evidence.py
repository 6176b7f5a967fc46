"""The model that places a distributed crawl's held pages: every worker's evidence, replayed in order. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.distributed.held import Evidence, FeedEvidence, rebuild_model
from archiver.extract.html import parse_html
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
    assert model.roles[post_url] == ARTICLE  # a dated record of the feed, on arrival
