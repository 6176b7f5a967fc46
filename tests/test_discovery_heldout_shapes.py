"""Site shapes first met on held-out real sites (docs/realsites.md, "Held-out sites"), written small by
hand: WordPress listings whose post blocks each carry their own category and tag classes. Pure."""

from __future__ import annotations

from archiver.discovery.page import analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://party.test"
ALLOWED = frozenset({"party.test"})
NAV = '<nav><a href="/">Home</a><a href="/category/news/">News</a><a href="/about/">About</a></nav>'

# (id, month path, title, categories): every post block names its own categories and tags in its class.
POSTS = [
    (8011, "2020/08/stop-using-the-app", "Why you should stop using the app today", ["blog", "home"]),
    (7646, "2020/07/open-for-you", "The party is open for you this summer", ["congress", "home", "news"]),
    (7331, "2020/04/national-congress", "National congress of 2020 moves online", ["congress", "slider"]),
    (7286, "2020/03/united-against-the-virus", "United against the virus, with open data", ["home"]),
    (7257, "2020/02/the-edict-of-the-virus", "The edict of the virus and the end of justice", ["analysis", "press"]),
    (7248, "2020/02/empty-chair", "An empty chair for the publisher in court", ["freedom", "home"]),
]


def wordpress_listing(posts: list[tuple[int, str, str, list[str]]]) -> str:
    blocks = "".join(
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry '
        + " ".join(f"category-{c}" for c in cats)
        + f' cf"><header class="entry-header"><div class="entry-cats">'
        + "".join(f'<a href="/category/{c}/" rel="category tag">{c.title()}</a>' for c in cats)
        + f'</div><h2 class="entry-title"><a href="/{path}/">{title}</a></h2>'
        f'<div class="entry-date"><a href="/{path}/">{path[5:7]}/{path[:4]}</a></div></header>'
        f'<div class="entry-summary"><p>{title}. A few words of the post, as the theme shows them.</p></div>'
        f'<a href="/{path}/#respond">Leave a comment</a></article>'
        for pid, path, title, cats in posts
    )
    return (
        "<html><head><title>Pirate Party – freedom, knowledge, sharing</title></head><body>"
        f'<header>{NAV}</header><main><div id="primary" class="site-content cf">{blocks}</div>'
        '<nav class="pagination"><a class="page-numbers" href="/page/2/">2</a>'
        '<a class="next page-numbers" href="/page/2/">Older</a></nav></main></body></html>'
    )


def test_post_blocks_with_their_own_category_classes_are_one_listing_group() -> None:
    root, _ = parse_html(wordpress_listing(POSTS))
    page = analyze_page(root, H + "/", ALLOWED)
    titles = {f"{H}/{path}/" for _, path, _, _ in POSTS}
    grouped = [g for g in page.groups if titles <= set(g.urls)]
    assert grouped, [(g.key, g.urls) for g in page.groups]
    model = SiteModel()
    model.enter(H + "/")
    model.observe(page)
    decision = model.classify(page, has_body=True)
    assert decision.role == LISTING, decision.reason
    members = {u for g in decision.listing_groups for u in g.urls}
    assert titles <= members


def menu(prefix: str) -> str:
    """A theme's drop-down menu: each top item holds its own list of sub-pages (two copies on the page,
    one for desktops and one for phones)."""
    items = "".join(
        f'<li class="menu-item has-children"><a href="/{prefix}{n}/">Section {n}</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="/{prefix}{n}/page-{m}/">About our work, part {m}</a></li>' for m in range(8))
        + "</ul></li>"
        for n in range(5)
    )
    return f'<ul class="menu">{items}</ul>'


def test_a_posts_prose_is_not_eaten_by_nested_menus_counted_twice() -> None:
    """A post's text outweighs the tag links at its foot, however many drop-down menus the theme repeats."""
    prose = "<p>" + "The party asks the parliament to hear the citizens before the vote on the new law. " * 12 + "</p>"
    html = (
        "<html><head><title>We ask to be heard</title>"
        '<meta property="article:published_time" content="2013-03-10T10:00:00+00:00"></head><body>'
        f'<header><div class="desktop">{menu("s")}</div></header><div class="mobile">{menu("s")}</div>'
        '<main><article class="post"><h1 class="entry-title">We ask to be heard</h1>'
        f'<div class="entry-content">{prose}</div><footer class="entry-footer"><div class="entry-tags">'
        '<a href="/tag/abuses/" rel="tag">abuses of power</a><a href="/tag/rights/" rel="tag">rights of persons</a>'
        '<a href="/tag/programme/" rel="tag">programme development</a><a href="/tag/law/" rel="tag">law proposals</a>'
        "</div></footer></article></main></body></html>"
    )
    root, _ = parse_html(html)
    page = analyze_page(root, H + "/2013/03/we-ask-to-be-heard/", ALLOWED, html)
    assert page.outside_text >= 900, page.outside_text
    model = SiteModel()
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING


def card_listing(posts: list[tuple[int, str, str, list[str]]], pager: str, title: str) -> str:
    """A category page whose every card links its post three times: thumbnail, headline and date."""
    cards = "".join(
        f'<article class="post-{pid} post category-programme cf"><div class="entry-thumbnail">'
        f'<a href="/{path}/"><img src="/img/{pid}.jpg" alt=""></a></div><div class="entry-meta">'
        f'<span class="entry-date"><a href="/{path}/">{path[5:7]}/{path[:4]}</a></span></div>'
        f'<h2 class="entry-title"><a href="/{path}/">{title}</a></h2></article>'
        for pid, path, title, _ in posts
    )
    return (
        f"<html><head><title>{title}</title></head><body><header>{NAV}</header><main>"
        f'<h1>Our programme, topic by topic</h1><div class="site-content">{cards}</div>'
        f'<nav class="pagination">{pager}</nav></main></body></html>'
    )


def test_a_listing_linking_each_post_three_times_is_no_chrome_on_its_second_page() -> None:
    """Three groups of one page with the same targets are one page's evidence, not three pages' menu."""
    model = SiteModel()
    model.enter(H + "/category/programme/")
    first = card_listing(POSTS[:3], '<a class="page-numbers" href="/category/programme/page/2/">2</a>', "Programme")
    second = card_listing(
        POSTS[3:], '<a class="page-numbers" href="/category/programme/">1</a>', "Programme – page 2"
    )
    for html, url, expected in ((first, "/category/programme/", False), (second, "/category/programme/page/2/", True)):
        root, _ = parse_html(html)
        page = analyze_page(root, H + url, ALLOWED, html)
        model.observe(page)
        decision = model.classify(page, has_body=True, expected_listing=expected)
        assert decision.role == LISTING, (url, decision.reason)
