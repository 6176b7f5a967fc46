"""A generator's zero date (Hugo's ``0001-01-01T00:00:00Z`` for a page whose front matter has no date) says
the page has none: extraction does not guess one, and a feed entry dated so is a page the feed names, not one
of its posts. Pages and feed written for these tests, in the manner of a Hugo PaperMod site; no crawl."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import XmlResponse

from archiver.discovery.feeds import parse_feed
from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.distributed.held import FeedEvidence, rebuild_model
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html
from archiver.normalize import is_zero_date
from tests.conftest import generic_spider

H = "http://council.test"
ALLOWED = frozenset({"council.test"})
NAV = '<nav class="nav"><ul><li><a href="/news/">News</a></li><li><a href="/aboutus/">About Us</a></li></ul></nav>'
SLUGS = [f"notice-{n}" for n in range(1, 7)]
# A theme's script: htmldate's widest search reads this timeout as the year 2000.
SCRIPT = "<script>setTimeout(function () { document.body.classList.add('ready'); }, 2000);</script>"


def single_page(title: str, *, published: str | None, shown: str = "") -> str:
    """The theme's single template, as every post and the about page use it."""
    published_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    ld_date = published or "0001-01-01T00:00:00Z"
    meta_line = f'<div class="post-meta"><span>{shown}</span></div>' if shown else ""
    return (
        f'<html><head><title>{title} | Community Council</title><meta property="og:type" content="article">'
        f'{published_meta}<script type="application/ld+json">{{"@type": "BlogPosting", "headline": "{title}", '
        f'"datePublished": "{ld_date}", "dateModified": "{ld_date}"}}</script></head>'
        f'<body><header class="header">{NAV}</header><main class="main"><article class="post-single">'
        f'<header class="post-header"><h1 class="post-title">{title}</h1>{meta_line}</header>'
        f'<div class="post-content"><p>{"What the council does and how residents may take part in it. " * 8}</p>'
        f"</div></article></main>{SCRIPT}</body></html>"
    )


def news_listing() -> str:
    cards = "".join(
        f'<article class="post-entry"><header class="entry-header"><h2>The council notice number {n + 1}</h2>'
        f'</header><div class="entry-content"><p>A summary of the notice.</p></div>'
        f'<footer class="entry-footer"><span>May {n + 1}, 2024</span></footer>'
        f'<a class="entry-link" href="{H}/{slug}/"></a></article>'
        for n, slug in enumerate(SLUGS)
    )
    return (
        f'<html><head><title>News</title></head><body><header class="header">{NAV}</header>'
        f'<main class="main"><header class="page-header"><h1>News</h1></header>{cards}</main></body></html>'
    )


def home_feed() -> bytes:
    """Hugo's home feed: every regular page of the site, the undated ones with the zero date."""
    items = "".join(
        f"<item><title>Notice {n + 1}</title><link>{H}/{slug}/</link>"
        f"<pubDate>Wed, 0{n + 1} May 2024 00:00:00 +0000</pubDate></item>"
        for n, slug in enumerate(SLUGS)
    )
    items += (
        f"<item><title>About Us</title><link>{H}/aboutus/</link><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>"
        f"</item><item><title>Thanks</title><link>{H}/thanks/</link>"
        "<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate></item>"
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Council</title>{items}</channel></rss>'.encode()


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def test_zero_dates_are_recognised() -> None:
    assert is_zero_date("0001-01-01T00:00:00Z")  # Hugo's JSON-LD
    assert is_zero_date("Mon, 01 Jan 0001 00:00:00 +0000")  # Hugo's RSS
    assert is_zero_date("0000-00-00 00:00:00")  # MySQL's
    assert not is_zero_date("2021-01-01T00:00:00Z")
    assert not is_zero_date("Fri, 01 Jan 2021 00:00:00 +0000")  # the "+0000" offset is no year
    assert not is_zero_date("10001-01-01") and not is_zero_date(None) and not is_zero_date("")


def test_a_page_dated_with_the_zero_date_is_undated() -> None:
    """hugo-broomhillcc's about, contact and thank-you pages: the zero date was refused, and htmldate then
    dated them 2000-01-01 from a script's timeout, a date the page shows nowhere."""
    record = extract_article(single_page("About Us", published=None), H + "/aboutus/")
    assert record["published_at"] is None
    assert record["rules"]["published_at"] == "none"


def test_a_zero_dated_page_still_takes_the_date_it_shows() -> None:
    """The zero date stops only the library's guess: a date the page prints by its headline is its date."""
    record = extract_article(single_page("About Us", published=None, shown="2024-05-02"), H + "/aboutus/")
    assert (record["published_at"] or "").startswith("2024-05-02")


def test_a_feed_entry_dated_with_the_zero_date_is_named_not_listed() -> None:
    entries = parse_feed(home_feed())
    assert [entry.declared_undated for entry in entries] == [False] * len(SLUGS) + [True, True]


def read_feed(spider: object) -> list[str]:
    url = H + "/index.xml"
    response = XmlResponse(url, body=home_feed(), request=Request(url, meta={"canonical": url}))
    return [request.url for request in spider.parse_feed(response)]  # type: ignore[attr-defined]


def test_a_page_only_the_menu_and_a_zero_dated_feed_entry_name_is_a_page() -> None:
    """hugo-broomhillcc: Hugo's home feed lists the about page (dated 0001) and the contact form's thank-you
    page, which no page links. Taken for the feed's records, their ``og:type=article`` made them articles.
    Named by the feed but not its records, they are pages: undated, linked by the menu or by nothing; the
    feed's dated posts are its records, and articles."""
    spider = generic_spider(H + "/")
    model: SiteModel = spider.model
    model.enter(H + "/")
    requested = read_feed(spider)
    assert H + "/aboutus/" in requested and H + "/thanks/" in requested  # still fetched: pages are archived too
    assert not model.is_member(H + "/aboutus/") and not model.is_member(H + "/thanks/")
    assert {H + "/aboutus/", H + "/thanks/"} <= model.navigable
    assert all(model.is_member(f"{H}/{slug}/") for slug in SLUGS)

    listing = analysed(news_listing(), "/news/")
    model.reach(listing.url)  # the menu links it
    model.observe(listing)
    assert model.classify(listing, has_body=True).role == LISTING
    for n, slug in enumerate(SLUGS):
        post = analysed(single_page(f"Notice {n + 1}", published=f"2024-05-0{n + 1}T00:00:00+00:00"), f"/{slug}/")
        model.observe(post)
        assert model.classify(post, has_body=True).role == ARTICLE
    held = [
        analysed(single_page(title, published=None), path)
        for title, path in (("About", "/aboutus/"), ("Thanks", "/thanks/"))
    ]
    for page in held:
        model.observe(page)
        assert model.classify(page, has_body=True).role == UNDECIDED
    placed = model.resolve_all([(page, True, None) for page in held])
    assert {url: d.role for url, d in placed.items()} == {H + "/aboutus/": PAGE, H + "/thanks/": PAGE}, placed


def test_a_distributed_placement_learns_the_zero_dated_entries_as_pages() -> None:
    """The placing model rebuilt from the evidence log learns what the worker that read the feed learned."""
    model = rebuild_model([FeedEvidence(H + "/index.xml", [H + "/notice-1/"], [H + "/aboutus/"])])
    assert model.is_member(H + "/notice-1/") and not model.is_member(H + "/aboutus/")
    assert H + "/aboutus/" in model.navigable
