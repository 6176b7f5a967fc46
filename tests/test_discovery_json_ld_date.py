"""A post whose only date is its JSON-LD record, beside a box of related posts (held-out publii-hgk, session 15).

Publii writes every post's record as JSON-LD (``@type: Article`` with ``datePublished``) and its theme prints
no day on the post, only the author; the listings print the day. A post of one line (a link to its
attachment) ends with a "related posts" box of three dated links, and was taken for a listing of three
records: its own date was not seen. Pages written for the test. Pure.
"""

from __future__ import annotations

import json

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://guild.test"
ALLOWED = frozenset({"guild.test"})
NAV = '<nav><a href="/welcome.html">Welcome</a><a href="/news/">News</a><a href="/contact.html">Contact</a></nav>'
RELATED = [
    ("/meeting-2024.html", "Invitation: spring meeting 2024", "2024-03-02T10:00", "02/03/2024"),
    ("/meeting-2023.html", "Spring meeting 2023", "2023-03-11T09:30", "11/03/2023"),
    ("/meeting-2022.html", "Spring meeting 2022", "2022-03-19T20:15", "19/03/2022"),
]


def json_ld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


def record(path: str, headline: str, published: str) -> dict[str, object]:
    return {
        "@context": "http://schema.org",
        "@type": "Article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": H + path},
        "headline": headline,
        "datePublished": published,
        "author": {"@type": "Person", "name": "P. Peeters"},
    }


def post_page(path: str, headline: str, published: str, entry: str, head_extra: str | None = None) -> str:
    box = "".join(
        f'<figure><a href="{href}"></a><figcaption><h4><a href="{href}">{name}</a></h4>'
        f'<time datetime="{stamp}">{shown}</time></figcaption></figure>'
        for href, name, stamp, shown in RELATED
    )
    extra = json_ld(record(path, headline, published)) if head_extra is None else head_extra
    return (
        f'<html><head><title>{headline} - The Guild Council</title><meta property="og:type" content="article">'
        f"{extra}</head><body>{NAV}<main><article class='post'><header><h1>{headline}</h1></header>"
        f"<div class='post__entry'>{entry}</div><footer><ul class='post__tag'><li><a href='/meetings/'>"
        f"Meetings</a></li></ul><div class='post__related'><h3>Related posts</h3>{box}</div></footer>"
        "</article></main></body></html>"
    )


ONE_LINE = '<p>Click <a href="media/files/report-2021.pdf">here</a> to open the attachment.</p>'
POST = "/meeting-2021.html"


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def tag_listing() -> str:
    rows = [(POST, "Spring meeting 2021", "2021-03-20T20:00", "20/03/2021"), *RELATED]
    articles = "".join(
        f'<article><header><p class="meta"><a href="/authors/p/">P. Peeters</a>, <time datetime="{stamp}">'
        f'{shown}</time></p><h2><a href="{href}">{name}</a></h2></header><p>The council invites every guild.</p>'
        f'<a href="{href}">Read more</a></article>'
        for href, name, stamp, shown in rows
    )
    return (
        f"<html><head><title>Meetings - The Guild Council</title></head><body>{NAV}<main>{articles}"
        '<nav class="pagination"><a href="/meetings/page/2/">Older</a></nav></main></body></html>'
    )


def test_a_json_ld_article_record_dates_the_page() -> None:
    page = analysed(post_page(POST, "Spring meeting 2021", "2021-03-20T20:00+01:00", ONE_LINE), POST)
    assert page.has_date


def test_a_one_line_post_beside_its_related_box_is_an_article() -> None:
    """Before: "3 records in 1 repeated groups", a listing, though a listing lists it with its day."""
    model = SiteModel()
    model.enter(H + "/meetings/")  # the reader starts at the tag's listing
    listing = analysed(tag_listing(), "/meetings/")
    model.observe(listing)
    assert model.classify(listing, has_body=True).role == LISTING
    post = analysed(post_page(POST, "Spring meeting 2021", "2021-03-20T20:00+01:00", ONE_LINE), POST)
    model.observe(post)
    decision = model.classify(post, has_body=True)
    assert decision.role == ARTICLE, decision.reason


def test_json_ld_describing_several_articles_or_none_dates_nothing() -> None:
    """A listing's JSON-LD may list its posts (each dated): that is no date of the page itself; nor is a web
    page's record, a record without a date, or a block that does not parse."""
    several = json_ld([record(path, name, stamp) for path, name, stamp, _ in RELATED])
    item_list = json_ld(
        {
            "@context": "http://schema.org",
            "@type": "ItemList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": record(POST, "Spring meeting 2021", "2021-03-20")}
            ],
        }
    )
    web_page = json_ld({"@context": "http://schema.org", "@type": "WebPage", "datePublished": "2021-03-20"})
    undated = json_ld({"@context": "http://schema.org", "@type": "Article", "headline": "Spring meeting 2021"})
    broken = '<script type="application/ld+json">{"@type": "Article", "datePublished": </script>'
    for head in (several, item_list, web_page, undated, broken):
        page = analysed(post_page(POST, "Spring meeting 2021", "", ONE_LINE, head_extra=head), POST)
        assert not page.has_date, head
