"""Navigation (the pages a reader reaches by links from the home) whatever order the crawl read the pages in.

A re-run requests the articles due for a re-check beside the home: a listing an article links can be read
before the home is. Its links used to be dropped, since nothing was navigable yet, and an article only that
listing listed was then "reached only through the sitemap" and archived as a page (the crash suite's resumed
crawl, one run in about 45). Pure: no Scrapy, no network.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, SiteModel
from archiver.extract.html import parse_html

H = "http://river.test"
ALLOWED = frozenset({"river.test"})
NAV = '<nav><a href="/">Home</a><a href="/section/news/">News</a><a href="/section/events/">Events</a></nav>'


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def listing(title: str, paths: list[str]) -> str:
    records = "".join(
        f'<li><h3><a href="{path}">The story told at {path} in a few more words</a></h3>'
        f"<span>2024-05-{n:02d}</span></li>"
        for n, path in enumerate(paths, 1)
    )
    return f"<html><head><title>{title}</title></head><body>{NAV}<main><ul>{records}</ul></main></body></html>"


def story(path: str) -> str:
    return (
        f"<html><head><title>Story {path}</title>"
        '<meta property="article:published_time" content="2024-05-02T10:00:00+08:00"></head>'
        f"<body>{NAV}<main><article><h1>Story {path}</h1><p class='meta'>2024-05-02</p>"
        f"<p>{'What happened, told at some length for the readers of the federation. ' * 6}</p>"
        "</article></main></body></html>"
    )


NEWS = [f"/stories/{n}" for n in range(1, 8)]
EVENTS = ["/stories/1", "/stories/2", "/old/9.html"]  # the moved story: only the events listing lists it


def read(model: SiteModel, path: str, html: str) -> PageAnalysis:
    page = analysed(html, path)
    model.observe(page)
    model.classify(page, has_body=True)
    return page


def crawl(events_first: bool) -> tuple[SiteModel, PageAnalysis]:
    """The home, both listings and every story; the events listing before the home, or after it."""
    model = SiteModel()
    home = listing("Home", NEWS[:5])
    if events_first:
        read(model, "/section/events/", listing("Events", EVENTS))
    model.enter(H + "/")
    read(model, "/", home)
    if not events_first:
        read(model, "/section/events/", listing("Events", EVENTS))
    read(model, "/section/news/", listing("News", NEWS))
    for path in NEWS:
        read(model, path, story(path))
    return model, read(model, "/old/9.html", story("/old/9.html"))


def test_a_listing_read_before_the_home_still_leads_to_its_records() -> None:
    for events_first in (False, True):
        model, _ = crawl(events_first)
        assert H + "/old/9.html" in model.navigable, events_first


def test_a_record_only_that_listing_lists_is_an_article_in_either_order() -> None:
    roles = []
    for events_first in (False, True):
        model, moved = crawl(events_first)
        decision = model.classify(moved, has_body=True)
        if decision.role != ARTICLE:  # held until the crawl's end: placed then
            decision = model.resolve(moved, has_body=True)
        roles.append(decision.role)
    assert roles == [ARTICLE, ARTICLE]
