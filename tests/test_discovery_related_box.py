"""Short posts beside a box of "related stories" that the theme prints on every post (issue 12, session 12).

Shape: a WordPress theme whose posts (``/YYYY/MM/DD/slug/``) print the headline in the page's own
``<header>`` above the ``<article>``, a date, a line or a scanned notice, and then a box of the eight newest
posts of the site, each with its date and excerpt, set inside a heading the theme never closes. On an older
post the box is the same eight posts; on each of the newest posts it leaves the post itself out and shows the
ninth instead. A short post's text is a tenth of the box's. Pages written for the test. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://standards.test"
ALLOWED = frozenset({"standards.test"})
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
# The nine newest posts, newest first, then older ones: (path, headline, shown date)
NEWEST = [
    (f"/2025/{9 - n:02d}/1{n}/workshop-on-measurement-number-{n}/", f"Workshop on measurement, session {n}",
     f"{MONTHS[8 - n]} 1{n}, 2025")
    for n in range(9)
]  # fmt: skip
OLDER = [
    (f"/2023/0{n}/0{n}/notice-to-importers-{n}/", f"Notice to importers of building materials no. {n}",
     f"{MONTHS[n - 1]} {n}, 2023")
    for n in range(1, 8)
]  # fmt: skip
NAV = (
    "<header class='site-header'><nav><a href='/'>Home</a><a href='/about/'>About</a>"
    "<a href='/news/'>News</a><a href='/contact/'>Contact</a></nav></header>"
)
EXCERPT = "The agency met the trade's representatives to present the new rules on the labelling of goods"


def box_entry(path: str, headline: str, shown: str) -> str:
    return (
        f"<div class='list-item'><div class='thumb'><a href='{path}'><img src='/img{path}x.jpg'></a>"
        f"<div class='post-date'>{shown}</div></div><div class='entry'><h3><a href='{path}'>{headline}</a></h3>"
        f"<p>{EXCERPT}.</p></div></div>"
    )


def post_page(path: str, headline: str, shown: str, left_out: str = "") -> str:
    """A short post: its headline in the page's header, a date and one line, then the box of the eight newest
    posts (itself, or ``left_out``, left out) inside the theme's unclosed heading."""
    box = "".join(box_entry(*entry) for entry in [e for e in NEWEST if e[0] != (left_out or path)][:8])
    return (
        f"<html><head><title>{headline} – Standards Agency</title></head><body>{NAV}"
        f"<div id='sub-header'><header class='page-header'><h1>{headline}</h1></header></div>"
        f"<div id='main'><article class='single-post'><div class='meta-top'><span class='post-date'>{shown}</span>"
        "</div><div class='post-content'><p><img src='/scan.jpg' alt=''></p></div></article>"
        f"<div class='related-posts'><h2 class='related-title'>Related stories</h3><div class='loop'>{box}</div>"
        "</div></div><footer class='site-footer'><p>Standards Agency, 2025</p></footer></body></html>"
    )


def news_page(entries: list[tuple[str, str, str]], title: str = "News") -> str:
    """The news section: every post by headline and date."""
    records = "".join(
        f"<article class='post'><h2><a href='{path}'>{headline}</a></h2><span class='date'>{shown}</span>"
        f"<p>{EXCERPT}.</p></article>"
        for path, headline, shown in entries
    )
    return (
        f"<html><head><title>{title} – Standards Agency</title></head><body>{NAV}<div id='main'>{records}</div>"
        "<footer class='site-footer'><p>Standards Agency, 2025</p></footer></body></html>"
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def post(entry: tuple[str, str, str]) -> PageAnalysis:
    return analysed(post_page(*entry), entry[0])


def started() -> SiteModel:
    """A model that has read the home page: its stream of the four newest posts, and the menu."""
    model = SiteModel()
    model.enter(H + "/")
    home = analysed(news_page(NEWEST[:4]), "/")
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    return model


def test_a_newest_post_beside_its_box_of_related_posts_waits_for_the_crawls_end() -> None:
    """Before: "8 records in 1 repeated groups", a listing on first sight (its box names its own kind)."""
    model = started()
    newest = post(NEWEST[2])
    model.observe(newest)
    decision = model.classify(newest, has_body=True)
    assert decision.role == UNDECIDED, decision.reason


def test_the_box_without_the_post_it_sits_on_is_the_repeated_box() -> None:
    """Older posts repeat the box of the eight newest; a newest post shows it with itself left out and the ninth
    in: the same box, one entry changed, is chrome too."""
    model = started()
    newest = post(NEWEST[2])
    model.observe(newest)
    for entry in OLDER[:2]:
        model.observe(post(entry))
    boxes = [g for g in newest.groups if len(g.urls) == 8]
    assert boxes
    assert all(model.is_chrome(g, newest.url) for g in boxes)


def test_a_list_differing_from_the_box_by_another_page_than_its_own_is_not_the_box() -> None:
    """Two lists of nearly the same posts in one markup (a stream and its year's archive, a tag and its section)
    are two lists: only the page the box sits on may be the entry it leaves out."""
    model = started()
    for entry in OLDER[:2]:
        model.observe(post(entry))
    other = analysed(post_page(*OLDER[5], left_out=NEWEST[3][0]), OLDER[5][0])
    boxes = [g for g in other.groups if len(g.urls) == 8]
    assert boxes
    assert not any(model.is_chrome(g, other.url) for g in boxes)


def test_at_the_crawls_end_the_newest_post_is_an_article() -> None:
    model = started()
    newest = post(NEWEST[2])
    model.observe(newest)
    assert model.classify(newest, has_body=True).role == UNDECIDED
    for entry in OLDER[:3]:
        older = post(entry)
        model.observe(older)
        model.classify(older, has_body=True)
    news = analysed(news_page(NEWEST + OLDER), "/news/")
    model.observe(news)
    assert model.classify(news, has_body=True).role == LISTING
    decisions = model.resolve_all([(newest, True, None)])
    assert decisions[newest.url].role == ARTICLE, decisions[newest.url].reason


def test_an_older_post_whose_first_heading_is_the_repeated_box_is_no_listing() -> None:
    """Before: "its first heading links to another page": the headline sits in the page's header (chrome
    markup) and the box's unclosed heading came first in the content, its first link another post."""
    model = started()
    for entry in OLDER[:2]:
        model.observe(post(entry))
    older = post(OLDER[4])
    model.observe(older)
    assert older.heading_link == H + NEWEST[0][0]
    assert model.classify(older, has_body=True).role != LISTING
    news = analysed(news_page(NEWEST + OLDER), "/news/")
    model.observe(news)
    model.classify(news, has_body=True)
    assert model.classify(older, has_body=True).role == ARTICLE


def test_a_small_list_of_its_own_kind_nobody_repeats_is_still_a_listing_at_the_end() -> None:
    """The wait ends with the crawl: a dated page listing a few pages named like it, whose list no other page
    repeats, is decided as it always was."""
    model = started()
    newest = post(NEWEST[2])
    model.observe(newest)
    assert model.classify(newest, has_body=True).role == UNDECIDED
    assert model.resolve(newest, has_body=True).role == LISTING


def test_an_archive_showing_the_fronts_newest_posts_is_still_a_listing_by_its_heading() -> None:
    """A blog's year archive shows the same newest posts in the same markup as the blog's front: a group two
    listings repeat, chrome by its targets, but of another kind than the archive: its first heading, the newest
    post's link, still makes it a listing (mkdocs-netdevops' archives; a first version of the rule lost them)."""
    model = started()
    news = analysed(news_page(NEWEST[:4], "Latest news"), "/news/")
    model.observe(news)
    model.classify(news, has_body=True)
    archive = analysed(news_page(NEWEST[:4], "2025"), "/news/archive/2025/")
    model.observe(archive)
    assert archive.heading_link == H + NEWEST[0][0]
    assert model.classify(archive, has_body=True).role == LISTING
