"""Site shapes first met on the fifth round of held-out real sites (docs/realsites.md, "Held-out sites, fifth
round"), written small by hand. Pure: the page analysis and the site model on pages built here."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://robots.test"
ALLOWED = frozenset({"robots.test"})

NEWS = [(f"/news/item{n}/", f"What the robotics club built in week {n}") for n in range(1, 9)]


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def news_listing() -> str:
    """The club's news, every post on one page: each card an ``<article>`` in a grid cell holding the linked
    headline, a line of summary and a "Read on" button leading to the same post, both links straight under the
    card (the same markup path); no dates anywhere, no pager."""
    cards = "".join(
        f'<div class="cell"><article class="post-card"><a class="post-title" href="{url}">{title}</a>'
        f'<p>The team met on Thursday and tried something new.</p><a class="button" href="{url}">Read on</a>'
        "</article></div>"
        for url, title in NEWS
    )
    return (
        "<html><head><title>News</title></head><body>"
        '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>'
        '<li><a href="/contact/">Contact</a></li></ul></nav></header>'
        f'<section class="blog"><div class="container"><div class="row">{cards}</div></div></section>'
        '<footer><ul><li><a href="/contact/">Write to us</a></li></ul></footer></body></html>'
    )


def test_a_card_linking_its_post_by_headline_and_button_in_the_same_markup_is_one_record() -> None:
    """Two links a card, both to its post: the cards are one list of records read by their headlines, not
    one region of links each (which left the page no list of two records or more, and no listing)."""
    page = analysed(news_listing(), "/news/")
    cards = [g for g in page.groups if set(g.urls) == {H + url for url, _ in NEWS}]
    assert len(cards) == 1, [(g.key, g.urls) for g in page.groups]
    assert cards[0].texts == [title for _, title in NEWS]
    assert cards[0].title_like and cards[0].primary_share == 1.0

    model = SiteModel()
    model.enter(H + "/")
    model.observe(page)
    model.reach(H + "/news/")
    decision = model.classify(page, has_body=True)
    assert decision.role == LISTING, decision.reason
    assert {url for group in decision.listing_groups for url in group.urls} == {H + url for url, _ in NEWS}
