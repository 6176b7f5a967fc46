"""A post that opens a series and lists its parts (held-out octopress-3mdeb, session 20).

The theme prints each post's day as ``<time datetime=… pubdate>Jun 7<span>th</span>, 2013</time>`` beside a
"Comments" link to the page's own comment thread: no text node holds the whole day, so most posts looked undated,
and whether the series' first post (prose, then an ordered list of the six parts, all posts of its own URL family)
was a post or a listing of six records hung on the crawl's order (1 run in 2 archived it). Pages written for the
test. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://scratchpad.test"
ALLOWED = frozenset({"scratchpad.test"})
NAV = (
    '<nav role="navigation"><ul class="main-navigation"><li><a href="/">Blog</a></li>'
    '<li><a href="/blog/archives">Archives</a></li><li><a href="/about">About me</a></li></ul></nav>'
)
PROSE = (
    "<p>Embedded boards are cheap today, but a virtual board costs nothing at all, so this series builds one "
    "from the toolchain up, step by step, with every command and every mistake on the way written down.</p>"
)
PARTS = [f"/blog/2013/06/07/part-{n}/" for n in range(1, 7)]


def post_page(title: str, day: str, body: str) -> str:
    return (
        f"<html><head><title>{title} - Scratchpad</title></head><body>{NAV}<div id='main'><div id='content'>"
        f"<article class='hentry' role='article'><header><h1 class='entry-title'>{title}</h1>"
        f"<p class='meta'><time datetime='2013-06-07T01:27:00+02:00' pubdate>{day}</time> | "
        "<a href='#disqus_thread'>Comments</a></p></header>"
        f"<div class='entry-content'>{body}</div></article></div></div></body></html>"
    )


def archive_page(paths: list[str]) -> str:
    records = "".join(
        f"<article><h1><a href='{path}'>Part {path.rstrip('/')[-1]}</a></h1>"
        "<time datetime='2013-06-07'>Jun 7, 2013</time></article>"
        for path in paths
    )
    return (
        f"<html><head><title>Archives - Scratchpad</title></head><body>{NAV}<div id='blog-archives'>"
        f"<h2>2013</h2>{records}</div><a class='next' href='/blog/archives/page/2/'>Older</a></body></html>"
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def test_a_day_cut_by_inline_markup_in_a_time_element_dates_the_page() -> None:
    """Before: False ("Jun 7" and ", 2013" are two texts; and the comments link beside it read as an entry's)."""
    page = analysed(post_page("Toolchain", "Jun 7<span>th</span>, 2013", PROSE * 3), "/blog/2013/06/07/part-1/")
    assert page.has_date


def test_the_series_intro_is_a_post_whatever_the_crawl_order() -> None:
    """Before: "6 records in 1 repeated groups", a listing, when the parts that printed a date were placed first: the
    family dated itself, and an undated page of it was no post by its prose."""
    model = SiteModel()
    model.enter(H + "/")
    model.observe(analysed(f"<html><head><title>Scratchpad</title></head><body>{NAV}</body></html>", "/"))
    intro_path = "/blog/2013/06/07/intro/"
    archive = analysed(
        archive_page([intro_path, *PARTS, *[f"/blog/2013/05/0{n}/older-{n}/" for n in range(1, 6)]]), "/blog/archives"
    )
    model.observe(archive)
    assert model.classify(archive, has_body=True).role == LISTING
    for path in PARTS:
        # (these print their day in one text: some posts of the theme do, where a line of the body dates them)
        part = analysed(post_page(f"Part {path[-2]}", "Jun 7, 2013", PROSE * 4), path)
        model.observe(part)
        model.classify(part, has_body=True)
    contents = "".join(f"<li><a href='{path}'>0x{path[-2]}: part {path[-2]} of the series</a></li>" for path in PARTS)
    intro = analysed(
        post_page("0x0: Intro", "Jun 7<span>th</span>, 2013", PROSE * 3 + f"<p>All parts:</p><ol>{contents}</ol>"),
        intro_path,
    )
    model.observe(intro)
    assert model.resolve(intro, has_body=True).role != LISTING
