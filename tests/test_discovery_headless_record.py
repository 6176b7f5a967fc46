"""A listing's record that shows no headline of its own, where every listed post shows one, is no post.

hugo-0x0cqq's home stream lists its photo albums (``/gallery/building/`` and four more) by date among the posts,
and its gallery section lists them again. Each album is dated and marked up as an article (``og:type``,
``article:published_time``), and was archived as "a listing's record, with a date". Its page is a grid of pictures
under the page's header, which holds its name as the site's listing pages hold theirs; every one of the 237 posts
prints its headline in its content (``main/…/h2``). Pure: no Scrapy, no network. Pages written for the test.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, PAGE, UNDECIDED, Decision, SiteModel
from archiver.extract.html import parse_html

H = "http://notes.test"
ALLOWED = frozenset({"notes.test"})
NAV = (
    '<nav><a href="/">Home</a><a href="/posts/">Posts</a><a href="/gallery/">Gallery</a><a href="/about/">About</a>'
    "</nav>"
)
POSTS = [f"/posts/solution-{n}/" for n in range(1, 9)]
ALBUMS = ["/gallery/building/", "/gallery/scenery/", "/gallery/person/"]


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def stream(title: str, paths: list[str]) -> str:
    """A list of dated cards, as the home's stream and the sections print them."""
    cards = "".join(
        f'<div class="summary"><h4 class="title"><a href="{path}">Notes on the problem {path.strip("/")}</a></h4>'
        f"<span class='date'>2017-12-0{n % 9 + 1}</span><p>What the entry is about, in a sentence.</p></div>"
        for n, path in enumerate(paths)
    )
    return f"<html><head><title>{title}</title></head><body>{NAV}<main>{cards}</main></body></html>"


def post(path: str) -> str:
    return (
        f"<html><head><title>Solution {path}</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2017-12-03T10:00:00+08:00"></head>'
        f'<body>{NAV}<main class="single"><div class="head"><h2 class="single__title">Solution {path}</h2></div>'
        f"<article><p>{'The problem reduces to a shortest path once the graph is built. ' * 8}</p></article>"
        "</main></body></html>"
    )


def album(path: str) -> str:
    """The album's name in the page's header (as a listing page's), a grid of pictures under it."""
    pictures = "".join(f'<div class="grid-item"><img src="{path}IMG_{n}.jpg" alt=""></div>' for n in range(6))
    return (
        f"<html><head><title>Album {path}</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2017-12-04T00:00:00+00:00"></head>'
        f'<body>{NAV}<header class="header"><h3 class="terms__title">Album {path}</h3>'
        f"<div class='contents'>{'Pictures of the town taken on walks. ' * 3}</div></header>"
        f'<main class="gallery"><div class="grid">{pictures}</div></main></body></html>'
    )


def read(model: SiteModel, path: str, html: str) -> tuple[PageAnalysis, Decision]:
    page = analysed(html, path)
    model.observe(page)
    return page, model.classify(page, has_body=True)


def crawl() -> dict[str, tuple[PageAnalysis, Decision]]:
    model = SiteModel()
    model.enter(H + "/")
    seen = {"/": read(model, "/", stream("Home", POSTS[:6] + ALBUMS))}
    seen["/posts/"] = read(model, "/posts/", stream("Posts", POSTS))
    for path in POSTS:
        seen[path] = read(model, path, post(path))
    seen["/gallery/"] = read(model, "/gallery/", stream("Gallery", ALBUMS))
    for path in ALBUMS:
        seen[path] = read(model, path, album(path))
    held = [(page, True, None) for page, decision in seen.values() if decision.role == UNDECIDED]
    for url, decision in model.resolve_all(held).items():
        path = url.removeprefix(H)
        seen[path] = (seen[path][0], decision)
    return seen


def test_an_album_without_a_headline_in_the_posts_stream_is_no_post() -> None:
    seen = crawl()
    assert {seen[path][1].role for path in ALBUMS} == {PAGE}, [seen[path][1].reason for path in ALBUMS]
    assert {seen[path][1].role for path in POSTS} == {ARTICLE}


def test_posts_without_a_headline_on_a_site_that_prints_none_stay_posts() -> None:
    """A theme that prints its posts' headlines in a styled ``<div>`` (no heading at all): the first posts teach the
    site model that its posts show none, and nothing is held."""
    model = SiteModel()
    model.enter(H + "/")
    read(model, "/", stream("Home", POSTS))
    roles = []
    for path in POSTS:
        html = (
            post(path).replace('<h2 class="single__title">', '<div class="single__title">').replace("</h2>", "</div>")
        )
        page, decision = read(model, path, html)
        assert not page.template
        roles.append(decision.role)
    assert set(roles) == {ARTICLE}


def test_a_post_with_its_headline_in_the_title_block_of_the_posts_pattern_stays_a_post() -> None:
    """Quarto sets a post's headline in its title block (``<header>``); a post whose folder name holds digits
    (``/posts/202604-videos/``) is a URL family of its own, but of the listed posts' URL pattern (quarto-interas: 4
    posts were placed as pages by the first version of the rule)."""
    model = SiteModel()
    model.enter(H + "/")
    words = ["award", "video", "lecture", "prize", "visit", "course", "thesis", "school"]
    dated = [f"/posts/2025{n:02d}-{word}/index.html" for n, word in enumerate(words, 1)]
    read(model, "/", stream("Home", dated))
    read(model, "/posts/", stream("Posts", dated))
    for path in dated[:6]:
        assert read(model, path, post(path))[1].role == ARTICLE
    page, decision = read(model, dated[6], album(dated[6]))
    assert not page.template
    assert not model._headless_record(page)
    assert "without a headline" not in decision.reason
