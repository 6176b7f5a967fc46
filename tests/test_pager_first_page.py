"""A home page whose own records are a box its pager lists again, and redirected links in completeness.

Modelled on the held-out hexo-kaiyuanshe (docs/realsites.md, "fourth round"): the home shows nine
project cards and links the post stream's ``/page/2/``, whose five records are five of those projects;
``/page/3/`` on are other posts. The spider's own callbacks are fed by hand (tests.conftest.generic_spider).
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.http import HtmlResponse

from archiver.discovery.completeness import ListingTally, report
from archiver.discovery.sitemodel import ARTICLE
from archiver.extract.listing import PageLinks
from tests.conftest import generic_spider

SITE = "http://association.test"
PROJECTS = [f"project/{name}/" for name in ("map", "report", "coin", "hackathon", "server", "manifesto", "robot")]
PROJECTS += ["project/pwa/", "project/theme/"]
NAV = (
    '<header><nav><a href="/categories/Activity/">Activities</a> <a href="/categories/Document">Documents</a>'
    ' <a href="/profile/about">About</a> <a href="/profile/charter">Charter</a></nav></header>'
)


def _page(body: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>Open Source Association</title><base href="/"></head><body>'
        f'{NAV}<main class="container">{body}</main><footer><nav class="footer-nav">'
        '<a class="footer-nav-item" href="/categories/Activity/">Activities</a>'
        '<a class="footer-nav-item" href="/page/2/">Blog</a></nav></footer></body></html>'
    )


def _home() -> str:
    cards = "".join(
        f'<a href="{path}" title="Project {n}" class="featured-app"><div class="featured-app-logo-wrapper">'
        f'<img class="featured-app-logo" alt="Project {n}" src="image/p{n}.png"></div>'
        f'<div class="featured-app-name">Project number {n} of the association</div>'
        f'<div class="featured-app-description mt-3">What the project {n} builds, and for whom it is built.</div></a>'
        for n, path in enumerate(PROJECTS)
    )
    return _page(f'<h1>Our own open-source projects</h1><div class="mt-9"><div class="mb-4">{cards}</div></div>')


def _stream_page(number: int, posts: list[str], last: int) -> str:
    items = "".join(
        f'<li class="mb-3"><h2><a class="blog-index-link mr-2" href="{path}">The post at {path}, its own title</a>'
        f'<div class="blog-byline mt-2"><span class="blog-index-time">2019-08-{1 + i:02d} 17:34:14</span>'
        f'<a class="badge badge-primary" href="categories/Activity/">Activity</a></div></h2>'
        f"<section>The first lines of the post at {path}, as the blog index shows them to readers.</section>"
        f'<p><a href="{path}#more">Read More</a></p></li>'
        for i, path in enumerate(posts)
    )
    pager = f'<a class="btn" href="page/{number + 1}/">Next page</a>' if number < last else ""
    return _page(
        '<div class="subtron"><h1>The association blog</h1></div><section class="page-section">'
        f'<ul class="posts-list blog-index">{items}</ul><nav class="pagination">{pager}</nav></section>'
    )


def _feed(spider: Any, request: Request, html: str) -> list[Any]:
    """``request`` answered with ``html``, through the spider's one callback."""
    spider.seen.add(request.url)
    meta = {"canonical": request.url, **request.meta}
    response = HtmlResponse(request.url, body=html.encode(), encoding="utf-8", request=request.replace(meta=meta))
    return list(spider.parse_page(response))


def _requests_for(outputs: list[Any], url: str) -> list[Request]:
    return [o for o in outputs if isinstance(o, Request) and o.url == url]


def test_a_home_box_its_pager_lists_again_does_not_stop_the_pager() -> None:
    """/page/2/ shows only records the home showed (five of its nine project cards): not a trap, since the
    home's box is no page of the pager; /page/3/ is requested. Stopped there, the crawl missed a post that
    only /page/12/ and a one-entry category listed (kaiyuanshe: 53 of 54)."""
    spider = generic_spider(SITE + "/", ARCHIVER_MAX_LISTING_PAGES=500)
    home = Request(SITE + "/", meta={"home": True})
    outputs = _feed(spider, home, _home())
    assert spider.decisions[SITE + "/"][0] == "listing", spider.decisions[SITE + "/"]
    [page2] = _requests_for(outputs, SITE + "/page/2/")
    outputs = _feed(spider, page2, _stream_page(2, PROJECTS[4:], last=3))
    assert spider.decisions[SITE + "/page/2/"][0] == "listing", spider.decisions[SITE + "/page/2/"]
    assert _requests_for(outputs, SITE + "/page/3/"), [getattr(o, "url", o) for o in outputs]
    assert not spider.crawler.stats.get_value("archiver/listing_no_progress_stops")


def test_a_pager_repeating_its_own_pages_still_stops() -> None:
    """The trap the rule is for: page 3 shows page 2's records again (a pager that never ends), and a page
    repeating the first page whole stops too."""
    spider = generic_spider(SITE + "/", ARCHIVER_MAX_LISTING_PAGES=500)
    first = [f"{SITE}/post/{n}/" for n in range(5)]
    stream = f"{SITE}/news/"
    spider.listing_pages[stream] = 1
    assert not spider._stop_paginating(stream, PageLinks(members=first))
    spider.listing_pages[stream] = 2
    assert spider._stop_paginating(stream, PageLinks(members=first))  # page 1 again

    other = f"{SITE}/trap/"
    spider.listing_pages[other] = 1
    assert not spider._stop_paginating(other, PageLinks(members=first))
    spider.listing_pages[other] = 2
    assert not spider._stop_paginating(other, PageLinks(members=first[:3]))  # a part of the first page: go on
    spider.listing_pages[other] = 3
    assert spider._stop_paginating(other, PageLinks(members=first[1:3]))  # nothing page 2 did not show
    assert spider.crawler.stats.get_value("archiver/listing_no_progress_stops") == 1


def test_a_record_reached_through_a_redirect_counts_under_the_name_it_was_archived_as() -> None:
    """The menu links /profile/about, which answers 301 with /profile/about/, the URL the category lists: the
    record is archived under the first, and the completeness check counts it (kaiyuanshe: "Profile (4 of
    ~7)", exit 5, on a complete crawl). The other way too: the listing links the slashless URL."""
    spider = generic_spider(SITE + "/", ARCHIVER_MAX_LISTING_PAGES=500)
    names = ["about", "charter", "structure", "contact"]
    menu = [f"{SITE}/profile/{name}" for name in names[:3]]
    for url in menu:
        spider.note_redirect(url, url + "/")
        spider.decisions[url] = (ARTICLE, "test: placed under the URL it was requested as")
        spider.seen.update({url, url + "/"})
    spider.decisions[f"{SITE}/profile/contact/"] = (ARTICLE, "test: requested under its listed name")
    spider.seen.add(f"{SITE}/profile/contact/")
    # and a listing that names /governance while the crawl requested /governance/ first
    spider.note_redirect(f"{SITE}/governance", f"{SITE}/governance/")
    spider.decisions[f"{SITE}/governance/"] = (ARTICLE, "test")
    spider.seen.update({f"{SITE}/governance", f"{SITE}/governance/"})

    listed = [f"{SITE}/profile/{name}/" for name in names] + [f"{SITE}/governance"]
    tally_url = f"{SITE}/categories/Profile/"
    spider.tallies[tally_url] = tally = ListingTally("Profile", tally_url)
    tally.see_page(tally_url, listed, [], None, None, is_last=True)
    [tally] = spider.completeness()
    archived_names = set(menu) | {f"{SITE}/profile/contact/", f"{SITE}/governance/"}
    assert tally.discovered == archived_names
    rows, warning = report([tally], {tally_url: len(tally.discovered & archived_names)})
    assert warning is None and rows[0]["archived"] == 5 and rows[0]["estimated"] == 5
