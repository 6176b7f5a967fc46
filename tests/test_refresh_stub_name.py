"""A listing reached through a meta-refresh stub is named by what led to the stub, not by the stub's words.

Modelled on an Astro site's copy (docs/discovery.md, "Session 23"): the menu links ``/news``, which answers
with a stub page (``<title>Redirecting to: /news/1</title>``, a meta refresh, one link "Redirecting from
/news/ to /news/1"); ``/news/1`` is the news listing's first page. The listing was named "Redirecting from
/news/ to /news/1" in the crawl's summary and the probe's report. The spider's callbacks are fed by hand.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.http import HtmlResponse

from archiver.items import ListingItem
from tests.conftest import generic_spider

SITE = "http://clinics.test"
NAV = '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/events">Events</a></nav></header>'


def _page(title: str, body: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{NAV}'
        f"<main>{body}</main><footer><p>The association of clinics, since 1980.</p></footer></body></html>"
    )


def _stub(target: str) -> str:
    return (
        f'<!doctype html><title>Redirecting to: {target}</title><meta http-equiv="refresh" content="2;url={target}">'
        f'<meta name="robots" content="noindex"><body><a href="{target}">Redirecting from <code>/news/</code> to '
        f"<code>{target}</code></a></body>"
    )


def _listing(number: int) -> str:
    cards = "".join(
        f'<article class="card"><h2><a href="/news/post-{number}-{i}">The clinics agree on a new rule, part {i}</a>'
        "</h2>"
        f'<time datetime="2024-05-{1 + i:02d}">{1 + i} May 2024</time>'
        f"<p>What the association's members agreed at their meeting, and what changes for patients.</p></article>"
        for i in range(8)
    )
    pager = f'<nav class="pagination"><a href="/news/{number + 1}">Next</a></nav>'
    return _page(f"News - Page {number}", f"<h1>News</h1><section>{cards}</section>{pager}")


def _feed(spider: Any, request: Request, html: str, final: str | None = None) -> list[Any]:
    spider.seen.add(request.url)
    meta = {"canonical": request.url, **request.meta}
    response = HtmlResponse(
        final or request.url, body=html.encode(), encoding="utf-8", request=request.replace(meta=meta)
    )
    return list(spider.parse_page(response))


def _request(outputs: list[Any], url: str) -> Request:
    [request] = [o for o in outputs if isinstance(o, Request) and o.url == url]
    return request


def test_a_listing_reached_through_a_refresh_stub_is_named_by_the_link_to_the_stub() -> None:
    spider = generic_spider(SITE + "/", ARCHIVER_MAX_LISTING_PAGES=50)
    home = _page("Clinics", "<h1>Welcome</h1><p>" + "The association of the country's clinics. " * 20 + "</p>")
    outputs = _feed(spider, Request(SITE + "/", meta={"home": True}), home)
    news = _request(outputs, SITE + "/news")
    outputs = _feed(spider, news, _stub("/news/1"), final=SITE + "/news/")
    first = _request(outputs, SITE + "/news/1")
    outputs = _feed(spider, first, _listing(1))
    assert spider.decisions[SITE + "/news/1"][0] == "listing", spider.decisions[SITE + "/news/1"]
    names = {item.category_name for item in outputs if isinstance(item, ListingItem)}
    assert names == {"News"}
    assert spider.tallies[SITE + "/news/"].name == "News"  # the summary's completeness row


def test_a_listing_linked_by_a_plain_page_keeps_its_link_text() -> None:
    """Guard: a page that sends nowhere hands its links' own words on, as before."""
    spider = generic_spider(SITE + "/")
    home = _page("Clinics", '<h1>Welcome</h1><p><a href="/archive/1">The archive of our news</a></p>')
    outputs = _feed(spider, Request(SITE + "/", meta={"home": True}), home)
    first = _request(outputs, SITE + "/archive/1")
    assert first.meta.get("link_text") == "The archive of our news"
