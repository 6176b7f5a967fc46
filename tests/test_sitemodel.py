"""Page analysis and the site model (archiver.discovery.page, archiver.discovery.sitemodel): pure."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from archiver.discovery.page import analyze_page, path_family
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://blog.test"
ALLOWED = frozenset({"blog.test"})
NAV = '<nav><a href="/">Home</a><a href="/news/">News</a><a href="/about/">About</a></nav>'
FOOTER = '<footer><a href="/contact/">Contact us</a> © 2024</footer>'


def frame(body: str, head: str = "", html_class: str = "") -> str:
    return (
        f'<html class="{html_class}"><head><title>T</title>{head}</head>'
        f'<body class="page sidebar position">{NAV}<div id="__next">{body}</div>{FOOTER}</body></html>'
    )


def listing(posts: list[tuple[str, str]], dated: bool = True, pager: str = "") -> str:
    items = "".join(
        f'<div class="post-item"><h2 class="post-title"><a href="{url}">{title}</a></h2>'
        f"{'<span>2024-03-0' + str(i % 9 + 1) + '</span>' if dated else ''}<p>A one-line summary of it.</p></div>"
        for i, (url, title) in enumerate(posts)
    )
    return frame(f'<main><div class="posts">{items}</div>{pager}</main>')


def article(title: str, text: str, related: list[tuple[str, str]] = (), date: str = "2024-03-01") -> str:
    rel = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in related)
    dated = f'<time datetime="{date}">{date}</time>' if date else ""
    return frame(f'<article><h1>{title}</h1>{dated}<p>{text}</p></article><ul class="related">{rel}</ul>')


def analysis(html: str, url: str):
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


POSTS = [(f"/2024/03/0{i}/post-number-{i}/", f"The title of blog post number {i}") for i in range(1, 6)]


def test_links_are_grouped_by_repeated_structure() -> None:
    page = analysis(listing(POSTS), "/")
    groups = {g.key: g for g in page.groups}
    posts = next(g for g in groups.values() if len(g.urls) == 5)
    assert posts.title_like and posts.dated == 5 and not posts.in_chrome_markup
    nav = next(g for g in groups.values() if H + "/news/" in g.urls)
    assert nav.in_chrome_markup and not nav.title_like


def test_a_listing_and_its_articles() -> None:
    model = SiteModel()
    home = analysis(listing(POSTS), "/")
    model.observe(home)
    decision = model.classify(home, has_body=True)
    assert decision.role == LISTING
    assert model.is_member(H + POSTS[0][0])
    post = analysis(article("The title of blog post number 1", "Short."), POSTS[0][0])
    model.observe(post)
    assert model.classify(post, has_body=True).role == ARTICLE  # a 6-character post is still an article


def test_an_article_with_related_posts_is_not_a_listing() -> None:
    model = SiteModel()
    model.classify(analysis(listing(POSTS), "/"), has_body=True)
    text = "Words of the article itself, long enough to be the page's main content. " * 6
    post = analysis(article("Post one", text, related=POSTS[1:]), POSTS[0][0])
    assert model.classify(post, has_body=True).role == ARTICLE


def test_a_page_reached_only_from_the_navigation_is_not_an_article() -> None:
    model = SiteModel()
    model.classify(analysis(listing(POSTS), "/"), has_body=True)
    about = analysis(frame("<h1>About us</h1><p>" + "We are an association of people. " * 20 + "</p>"), "/about/")
    assert model.classify(about, has_body=True).role == UNDECIDED
    assert model.resolve(about, has_body=True).role == PAGE


def test_undated_members_of_an_undated_family_are_pages_when_the_site_dates_its_posts() -> None:
    model = SiteModel()
    model.classify(analysis(listing(POSTS), "/"), has_body=True)
    for url, title in POSTS[:3]:
        model.classify(analysis(article(title, "Text of it."), url), has_body=True)
    wiki_links = [(f"/wiki/topic-{i}/", f"How to do the thing number {i}") for i in range(4)]
    model.classify(analysis(listing(wiki_links, dated=False), "/wiki/"), has_body=True)
    wiki = analysis(article("How to do the thing number 0", "Steps.", date=""), "/wiki/topic-0/")
    assert model.classify(wiki, has_body=True).role == UNDECIDED
    assert model.resolve(wiki, has_body=True).role == PAGE


def test_chrome_is_what_repeats_across_pages() -> None:
    model = SiteModel()
    sidebar = '<div class="widget"><ul>' + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in POSTS) + "</ul></div>"
    one = analysis(frame("<p>First page text of some length.</p>" + sidebar), "/one/")
    two = analysis(frame("<p>Second page text of some length.</p>" + sidebar), "/two/")
    model.observe(one)
    group = next(g for g in one.groups if len(g.urls) == 5)
    assert not model.is_chrome(group)
    model.observe(two)
    assert model.is_chrome(group)


def test_class_names_never_blank_a_page() -> None:
    """theme-next on <html>, page/sidebar/position on <body>, id=__next on the wrapper: still a listing."""
    html = listing(POSTS).replace('<html class="">', '<html class="theme-next use-motion">')
    model = SiteModel()
    page = analysis(html, "/")
    assert model.classify(page, has_body=True).role == LISTING


def test_a_last_page_with_one_record_is_still_a_listing() -> None:
    model = SiteModel()
    last = analysis(listing(POSTS[:1], pager='<a href="/page2/">2</a>'), "/page3/")
    assert model.classify(last, has_body=True, expected_listing=True).role == LISTING


def test_path_family() -> None:
    assert path_family(H + "/NewsDes/1859774453443571712.html") == "/NewsDes/*.html"
    assert path_family(H + "/News/list-3-2.html") == "/News/*.html"
    assert path_family(H + "/2024/03/01/a-post/") == "/{n}/{n}/{n}/*/"
    assert path_family(H + "/") == "/"
    assert path_family(H + "/news/Show.aspx?id=3") == "/news/*.aspx?id"


def test_an_articles_own_header_is_not_page_chrome() -> None:
    """Hexo and beautiful-jekyll put each post's title link in <article><header>: a listing, not chrome."""
    items = "".join(
        f'<article class="post"><header class="post-header"><h2><a href="{u}">{t}</a></h2>'
        f"<time>2024-03-01</time></header><p>Excerpt of the post.</p></article>"
        for u, t in POSTS
    )
    page = analysis(frame(f"<main>{items}</main>"), "/")
    posts = next(g for g in page.groups if len(g.urls) == 5)
    assert not posts.in_chrome_markup
    assert SiteModel().classify(page, has_body=True).role == LISTING


def test_a_tag_page_with_one_record_is_a_listing() -> None:
    """Its first heading links to the post: a listing of one (an article's headline is its own title)."""
    body = (
        f'<main><article class="summary"><header><h5 class="title">'
        f'<a href="{POSTS[0][0]}">{POSTS[0][1]}</a></h5></header><span>📅 Nov 8, 2020</span>'
        "<p>The summary of the post, a sentence or two.</p></article></main>"
    )
    page = analysis(frame("<h1>T</h1>" + body), "/categories/dev/")  # <title>T</title>: the tag's name
    decision = SiteModel().classify(page, has_body=True)
    assert decision.role == LISTING and page.heading_link == H + POSTS[0][0]


def test_bylines_in_dated_records_are_no_listing() -> None:
    """Each record links its author too: a group whose records share targets lists no articles."""
    names = ["ann", "bob"]
    items = "".join(
        f'<div class="post"><h2><a href="{u}">{t}</a></h2><span>2024-03-0{i + 1}</span> by '
        f'<a class="author" href="/author/{names[i % 2]}/">{names[i % 2].title()}</a></div>'
        for i, (u, t) in enumerate(POSTS)
    )
    model = SiteModel()
    model.classify(analysis(frame(f"<main>{items}</main>"), "/"), has_body=True)
    assert model.is_member(H + POSTS[0][0]) and not model.is_member(H + "/author/ann/")


def test_only_a_records_own_link_makes_a_member() -> None:
    """Every post by another author: the byline links are distinct, but they are not the records' titles."""
    items = "".join(
        f'<div class="post"><h2 class="title"><a href="{u}">{t}</a></h2><span>2024-03-0{i + 1}</span> '
        f'<p>by <a rel="author" href="/author/person-number-{i}.html">Person Number {i} of the team</a></p>'
        f"</div>"
        for i, (u, t) in enumerate(POSTS)
    )
    model = SiteModel()
    model.classify(analysis(frame(f"<main>{items}</main>"), "/"), has_body=True)
    assert model.is_member(H + POSTS[0][0]) and not model.is_member(H + "/author/person-number-0.html")


def test_base_href_and_the_outlink_cap() -> None:
    """Links resolve against <base href>; a page of 100,000 links yields at most MAX_OUTLINKS."""
    from archiver.discovery.page import MAX_OUTLINKS, page_links
    from archiver.extract.html import parse_html as parse

    root, _ = parse('<html><head><base href="http://blog.test/news/"></head><body><a href="a.html">A</a></body></html>')
    assert [link.url for link in page_links(root, H + "/elsewhere/page.html", ALLOWED)] == [H + "/news/a.html"]
    many = "".join(f'<a href="/p/{n}.html">post {n}</a>' for n in range(100_000))
    root, _ = parse(f"<html><body>{many}</body></html>")
    assert len(page_links(root, H + "/", ALLOWED)) == MAX_OUTLINKS


def test_microdata_is_found_whatever_the_case_of_its_attribute() -> None:
    """Microdata marks the page in any attribute case (the parser lower-cases attribute names), with or
    without the page's HTML at hand; a listing's records' own microdata is not the page's."""
    page = '<div ITEMPROP="datePublished" content="2024-03-01">1 March</div><p>Some prose of the post.</p>'
    for raw in (frame(page), ""):  # with the page's HTML, and without it (the tree alone)
        root, _ = parse_html(frame(page))
        found = analyze_page(root, H + "/post.html", ALLOWED, raw)
        assert found.article_signals and found.has_date
    records = "".join(f'<li><a href="{u}">{t}</a> <span itemprop="datePublished">March</span></li>' for u, t in POSTS)
    tag_page = analysis(frame(f"<main><ul>{records}</ul></main>"), "/tags/x/")
    assert not tag_page.article_signals and not tag_page.has_date


def test_a_listing_states_its_pages_and_records() -> None:
    """Read from the pager's text and the end of the page's, when asked (only of listings)."""
    pager = '<div class="pages">共 245 条 共 13 页 <a href="/list_2.html">2</a> <a href="/list_2.html">下一页</a></div>'
    page = analysis(listing(POSTS, pager=pager), "/list_1.html")
    assert (page.page_count, page.record_count) == (13, 245)
    assert (analysis(listing(POSTS), "/").page_count, analysis(listing(POSTS), "/").record_count) == (None, None)
    page.settle_counts()  # what a held page keeps: the counts, not their text
    assert (page.page_count, page.record_count, page.counts_text) == (13, 245, "")
    unread = analysis(listing(POSTS, pager=pager), "/list_1.html")
    unread.settle_counts()
    assert (unread.page_count, unread.record_count) == (13, 245)


def test_a_records_links_and_its_primary_one() -> None:
    """A record with one link: that link is its own, in a heading or not; with several, the heading's."""
    single = "".join(f'<li><a href="{u}">{t}</a> <span>2024-03-01</span></li>' for u, t in POSTS)
    page = analysis(frame(f"<main><ul>{single}</ul></main>"), "/")
    posts = next(g for g in page.groups if H + POSTS[0][0] in g.urls)
    assert posts.primary_share == 1.0 and posts.dated == 5
    several = "".join(
        f'<li><a href="/tag/t{i}/">tag number {i} of the site</a><h3><a href="{u}">{t}</a></h3></li>'
        for i, (u, t) in enumerate(POSTS)
    )
    page = analysis(frame(f"<main><ul>{several}</ul></main>"), "/")
    tags = next(g for g in page.groups if H + "/tag/t0/" in g.urls)
    titles = next(g for g in page.groups if H + POSTS[0][0] in g.urls)
    assert tags.primary_share == 0.0 and titles.primary_share == 1.0


def test_one_read_per_element_gives_every_text_as_read_in_full() -> None:
    """The page analysis reads each element's text once (a childless element's as its own text) and each
    href once: on every page of the gallery's portals, the same texts and links as reading them every time."""
    from lxml import etree

    from archiver.discovery.page import _Texts, page_links
    from archiver.extract.html import charset_of
    from archiver.normalize import normalize_space
    from tests.portal.gallery import GALLERY, build

    base = "http://127.0.0.1:8000"
    allowed = frozenset({"127.0.0.1:8000"})
    pages = 0
    for name in GALLERY:
        html_pages = [
            (path, page)
            for path, page in build(name, base).routes.items()
            if "html" in page.headers.get("Content-Type", "") and page.body
        ]
        for path, page in html_pages[:20]:  # each portal's home, listings and first articles
            root, _ = parse_html(page.body, charset_of(page.headers["Content-Type"]))
            texts = _Texts()
            for element in root.iter():
                if isinstance(element.tag, str) and not isinstance(element, etree._Entity):
                    assert texts(element) == normalize_space(element.text_content()), (name, path)
            plain = [(link.url, link.text, link.element, link.rel) for link in page_links(root, base + path, allowed)]
            read_once = page_links(root, base + path, allowed, _Texts())
            assert [(link.url, link.text, link.element, link.rel) for link in read_once] == plain, (name, path)
            pages += 1
    assert pages > 150  # every portal's kinds of page, not a few


_DATE_PIECES = ["20", "19", "2026", "05", "-", "/", ".", "年", "月", "日", "[", "]", "(", "（", "【", "】", " "]
_DATE_PIECES += ["\u200d", "\u00ad", "\u200b", "\xa0", "Feb", "March", "4,", "12", "x", "<b>", "</b>", "<br>"]


@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=14))
@example(["[", "05", "-", "12", "]"])
@example(["（", "05", "月", "12", "日", "）"])
@example(["<b>", "20", "</b>", "26", "-", "05", "-", "12"])
@example(["Feb", " ", "4,", "<br>", "2026"])
@example(["12", "/", "05", "/", "2026"])
def test_a_record_skipped_by_the_date_screen_shows_no_date(pieces: list[str]) -> None:
    """``may_show_date`` screens a record's normalized text before LIST_DATE searches its pieces joined
    with spaces: whatever the markup splits or blanks, a record it says no to has no date to find."""
    from lxml import html as lxml_html

    from archiver.discovery.page import LIST_DATE, _Texts, may_show_date

    record = lxml_html.fragment_fromstring("".join(pieces), create_parent="li")
    found = LIST_DATE.search(" ".join(record.itertext()))
    assert found is None or may_show_date(_Texts()(record))
