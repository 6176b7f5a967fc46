"""A guides hub whose theme marks it up as a dated post is no post (real site jekyll-atpublishing, session 16).

The theme writes a ``BlogPosting`` JSON-LD record with a ``datePublished`` into every page, the guides hub too,
which shows the site's how-to guides in boxes of one markup, one box per topic, each guide with its day. No
listing lists the hub; a box of popular pages on the posts links it beside listed posts. Since a page's one
JSON-LD article record dates it (session 15), the hub was "of the article family /*/, with article markup", an
article. A post shows one box of related records at most; a hub repeats them box after box. Pages written for
the test. Pure.
"""

from __future__ import annotations

import json

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://coins.test"
ALLOWED = frozenset({"coins.test"})
NAV = '<nav><a href="/">Home</a><a href="/glossary/">Glossary</a><a href="/about/">About</a></nav>'
POSTS = [
    (f"/market-note-{n}/", f"Market note number {n}: what moved this week", f"2021-01-{n + 10:02d}") for n in range(6)
]
POPULAR = "".join(f'<li><a href="{path}">{name}</a></li>' for path, name, _ in POSTS[:3])
HUB_ENTRY = '<li><a href="/guides/">Crypto trading 101: our guides to get you started</a></li>'
PROSE = (
    "These guides walk a newcomer through buying, storing and trading coins, one topic at a time, from the "
    "first account on an exchange to the first signed message. Each guide is kept up to date as the exchanges "
    "change their fees, their rules and their verification steps, and each ends with the questions readers "
    "asked us most. Start with the topic you need today; the others wait for you. "
)
TOPICS = {
    "Getting started": ["choose-strategy", "trading-bot", "read-charts"],
    "Buying": ["buy-ether", "bitcoin-atm", "recurring-buy", "buy-altcoins"],
    "Safety": ["sign-message", "verify-signature", "backups"],
}


def json_ld(path: str, headline: str, published: str) -> str:
    record = {
        "@context": "http://schema.org",
        "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": H + path},
        "headline": headline,
        "datePublished": published + "T09:00:00+00:00",
    }
    return f'<script type="application/ld+json">{json.dumps(record)}</script>'


def head(path: str, title: str, published: str) -> str:
    return (
        f'<head><title>{title} | Coins</title><meta property="og:type" content="article">'
        f"{json_ld(path, title, published)}</head>"
    )


def home() -> str:
    cards = "".join(
        f'<div class="card"><h2><a href="{path}">{name}</a></h2><p>on {day}</p><p>What the market did.</p></div>'
        for path, name, day in POSTS
    )
    return (
        f"<html><head><title>Coins</title></head><body>{NAV}<main>{cards}"
        '<p class="pager"><a href="/page2/">Older posts</a></p></main></body></html>'
    )


def post(path: str, name: str, day: str, box: str = "", popular: str = HUB_ENTRY) -> str:
    text = "<p>" + "The market moved on thin volume while the larger coins held their ground. " * 6 + "</p>"
    return (
        f"<html>{head(path, name, day)}<body>{NAV}<main><article><h1>{name}</h1><p class='meta'>on {day}</p>"
        f"{text}{box}</article><div class='popular'><h3>Popular</h3><ul>{POPULAR}{popular}</ul></div></main>"
        "</body></html>"
    )


def guides_hub() -> str:
    boxes = "".join(
        f"<div class='topic'><h3>{topic}</h3><ul>"
        + "".join(
            f'<li><a href="/howto/{slug}/">How to: {slug.replace("-", " ")}</a> on 1{i} Jan 2021</li>'
            for i, slug in enumerate(slugs)
        )
        + "</ul></div>"
        for topic, slugs in TOPICS.items()
    )
    return (
        f"<html>{head('/guides/', 'Crypto trading 101', '2020-12-30')}<body>{NAV}<main><article>"
        f"<h1>Crypto trading 101</h1><p>{PROSE}</p>{boxes}</article></main></body></html>"
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def model_with_posts(popular: str = HUB_ENTRY) -> SiteModel:
    """The home lists six dated posts; each post's box of popular pages links three of them and ``popular``."""
    model = SiteModel()
    listing = analysed(home(), "/")
    model.observe(listing)
    assert model.classify(listing, has_body=True).role == LISTING
    for path, name, day in POSTS:
        page = analysed(post(path, name, day, popular=popular), path)
        model.observe(page)
        decision = model.classify(page, has_body=True)
        assert decision.role == ARTICLE, (path, decision.reason)
    return model


def test_a_hub_of_dated_boxes_is_no_article_by_its_markup() -> None:
    """Before: "of the article family /*/, with article markup", an article (on the crawl's first sight and at
    its end alike)."""
    model = model_with_posts()
    hub = analysed(guides_hub(), "/guides/")
    assert hub.has_date and hub.article_signals
    model.observe(hub)
    assert model.classify(hub, has_body=True).role == UNDECIDED
    decision = model.resolve(hub, has_body=True)
    assert decision.role == PAGE, decision.reason


def test_a_post_with_one_box_of_dated_records_stays_an_article() -> None:
    """The guard: a post no listing lists, linked where posts are, beside one box of dated related guides."""
    path = "/market-note-9/"
    entry = f'<li><a href="{path}">Market note number 9: a quiet week</a></li>'
    model = model_with_posts(entry)
    box = (
        "<div class='topic'><h3>Related guides</h3><ul>"
        + "".join(
            f'<li><a href="/howto/{slug}/">How to: {slug.replace("-", " ")}</a> on 1{i} Jan 2021</li>'
            for i, slug in enumerate(TOPICS["Buying"])
        )
        + "</ul></div>"
    )
    page = analysed(post(path, "Market note number 9: a quiet week", "2021-02-01", box, entry), path)
    model.observe(page)
    decision = model.classify(page, has_body=True)
    assert decision.role == ARTICLE, decision.reason
