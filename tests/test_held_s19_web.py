"""Shapes of session 19's held-out round of English sites (docs/realsites.md, "Held-out round of session 19
(English)"), written small by hand: a college library's Hugo blog whose home streams every page of the site by
date (the about and help pages among the posts) while its posts section lists the same newest posts under a pager
of its own; a consortium's Hugo news whose posts print "Posted on 16 Mar 2019 by <names>"; and a language
project's Franklin.jl blog whose structured data names a group as the author ("The Project Community"), which the
byline prints, beside a ``<meta name="author">`` the theme fills with the founders' names "et al." on every page.
Each test fails without its rule; the guards pass on both. Pure."""

from __future__ import annotations

import json

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.authors import split_names
from archiver.extract.html import parse_html
from archiver.normalize import word_month_date

H = "http://library.test"
ALLOWED = frozenset({"library.test"})

# --- a home streaming every page of the site, beside its posts section ---------------------------------------

POSTS = [(f"/blog/posts/{n:03d}-note-{n}/", f"Developer note number {n}", f"2021-03-{n:02d}") for n in range(1, 25)]
ABOUT = ("/blog/about/", "About Me", "2021-03-07")
HELP = ("/blog/help/", "Help!", "2021-03-07")
SIDEBAR = (
    '<header class="app-header"><a href="/blog/"><img src="/blog/avatar.jpg" alt="Jo Doe"></a>'
    "<h2>The Library Developer's Blog</h2>"
    '<nav class="sidebar-nav"><a class="sidebar-nav-item" href="/blog/search/">Search This Blog</a>'
    '<a class="sidebar-nav-item" href="/blog/about/">About Me</a></nav></header>'
)


def stream(title: str, records: list[tuple[str, str, str]], pager: str) -> str:
    """The theme's list: a headline link and its day per entry, then the pager."""
    items = "".join(
        f'<li class="posts-list-item"><a class="posts-list-item-title" href="{url}">{headline}</a>'
        f'<span class="posts-list-item-description">{day}</span></li>'
        for url, headline, day in records
    )
    return (
        f"<html><head><title>{title}</title></head><body>{SIDEBAR}<main class='app-container'>"
        f'<ul class="posts-list">{items}</ul><ul class="pagination">{pager}</ul></main></body></html>'
    )


def single(headline: str, day: str) -> str:
    """The theme's one template for posts and pages alike: headline, day, author, text."""
    text = f"<p>{headline}: what I did this week with the repository, the server and the search index.</p>" * 5
    return (
        f"<html><head><title>{headline}</title></head><body>{SIDEBAR}<main class='app-container'>"
        f'<article class="post"><header class="post-header"><h1 class="post-title">{headline}</h1>'
        f'<div class="post-meta">{day} • <strong>Jo Doe</strong></div></header>'
        f'<div class="post-content">{text}</div></article></main></body></html>'
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def pager(base: str, number: int, last: int) -> str:
    links = []
    if number > 1:
        links.append(f'<li><a href="{base}{"" if number == 2 else f"page/{number - 1}/"}">Newer</a></li>')
    if number < last:
        links.append(f'<li><a href="{base}page/{number + 1}/">Older</a></li>')
    return "".join(links)


def pages_of(base: str, title: str, records: list[tuple[str, str, str]], size: int) -> list[tuple[str, str]]:
    chunks = [records[at : at + size] for at in range(0, len(records), size)]
    return [
        (base if n == 1 else f"{base}page/{n}/", stream(title, chunk, pager(base, n, len(chunks))))
        for n, chunk in enumerate(chunks, start=1)
    ]


def blog_site(section_size: int) -> tuple[SiteModel, dict[str, PageAnalysis], list[PageAnalysis]]:
    """The home's stream, ten a page, newest first: every post and, by their day, the about and help pages
    (page 2 shows both among eight posts). The posts section ``/blog/posts/`` lists the posts alone,
    ``section_size`` a page. Read in a crawl's order: the home, the about page its menu links, the section,
    the other pages, the posts. Returns the model, the listings read and the held pages."""
    newest = sorted(POSTS, key=lambda p: p[2], reverse=True)
    stream_records = [*newest[:10], *newest[10:18], ABOUT, HELP, *newest[18:]]
    home = pages_of("/blog/", "The Library Developer's Blog", stream_records, 10)
    section = pages_of("/blog/posts/", "Posts // The Library Developer's Blog", newest, section_size)
    model = SiteModel()
    model.enter(H + "/blog/")
    listings: dict[str, PageAnalysis] = {}
    held: list[PageAnalysis] = []
    read = [*home[:1], *section[:1], *home[1:], *section[1:]]
    for n, (path, html) in enumerate(read):
        page = analysed(html, path)
        model.reach(page.url)
        model.observe(page)
        listings[path] = page
        decision = model.classify(page, has_body=True, expected_listing="/page/" in path)
        if decision.role == UNDECIDED:
            held.append(page)
        if n == 0:
            for url, headline, day in (ABOUT, HELP):
                static = analysed(single(headline, day), url)
                model.observe(static)
                if model.classify(static, has_body=True).role == UNDECIDED:
                    held.append(static)
    for url, headline, day in POSTS:
        post = analysed(single(headline, day), url)
        model.observe(post)
        if model.classify(post, has_body=True).role == UNDECIDED:
            held.append(post)
    return model, listings, held


def test_a_section_listing_the_homes_newest_posts_under_its_own_pager_is_a_listing() -> None:
    """hugo-dlad: the home and ``/posts/`` show the same ten newest posts in the same markup, each page leading
    on through a pager of its own (``/page/2/``, ``/posts/page/2/``). A list two pages show alike read as a box
    the site repeats: ``/posts/`` was a page "reached only from navigation", its pages never read, and the posts
    it files counted as filed nowhere. A box the site repeats shows on its posts too, pages without a pager."""
    model, listings, _ = blog_site(section_size=10)
    section = listings["/blog/posts/"]
    assert model.classify(section, has_body=True).role == LISTING


def test_the_about_and_help_pages_a_homes_stream_dates_are_pages() -> None:
    """hugo-dlad: the home's stream shows "About Me" and "Help!" by their day, both on one page of ten, a fifth
    of that page (and two of the stream's 26). Rare "on every page that lists it" refused them, and they were
    articles ("a listing's record, with a date"); the stream's pages taken together, they are strays of a
    stream whose posts the section files, and pages."""
    model, _, held = blog_site(section_size=8)  # the section's pages are not the home's: only the share counts
    placed = model.resolve_all([(page, True, None) for page in held])
    for url, _, _ in (ABOUT, HELP):
        assert placed[H + url].role == PAGE, placed[H + url]


def test_a_box_the_posts_repeat_is_still_chrome() -> None:
    """Guard: a "recent posts" box shown on the home, on a category page (both with pagers) and on a post is
    the site's box, however the two listings lead on."""
    model = SiteModel()
    model.enter(H + "/blog/")
    box = "".join(f'<li><a href="{url}">{headline}</a></li>' for url, headline, _ in POSTS[:5])
    sidebar = f'<div class="widget"><h3>Recent</h3><ul class="recent">{box}</ul></div>'

    def with_box(html: str) -> str:
        return html.replace("</main>", f"</main>{sidebar}")

    home = analysed(with_box(stream("Blog", POSTS[10:20], pager("/blog/", 1, 2))), "/blog/")
    category = analysed(with_box(stream("Notes", POSTS[5:15], pager("/blog/notes/", 1, 2))), "/blog/notes/")
    post = analysed(with_box(single(*POSTS[20][1:])), POSTS[20][0])
    for page in (home, category, post):
        model.observe(page)
    recent = next(g for g in home.groups if POSTS[0][0] in {u.removeprefix(H) for u in g.urls})
    assert model.is_chrome(recent, home.url)


# --- "Posted on 16 Mar 2019 by <names>" ------------------------------------------------------------------------


def test_a_month_word_most_languages_give_one_month_names_it() -> None:
    """hugo-openff: "Mar" is March in fifty of dateparser's locales and May in one (Teso); a word naming two
    months named none, so every March post's "Posted on 16 Mar 2019 by …" line read as no date line and gave no
    author (10 of 128 posts). A word is the month that many times more locales give it. "listopad" (November in
    three, October in one) stays no month."""
    assert word_month_date("Posted on 16 Mar 2019 by Jane Roe") is not None
    assert word_month_date("Posted on 16 listopad 2019") is None
    html = (
        "<html><head><title>Torsion meeting summary</title></head><body><main class='single'><article>"
        "<h1>Torsion Meeting Summary (Mar 19, 2019)</h1><h6>Posted on 19 Mar 2019\nby Jane Roe and John Doe</h6>"
        "<div><p>The torsion drive group met to review the fragmenter's new defaults and the benchmark set.</p>"
        "<p>We agreed to rerun the optimisations with the updated charge model before the next release.</p>"
        "</div></article></main></body></html>"
    )
    record = extract_article(html, "https://consortium.test/news/torsion-meeting-2019-03-19/")
    assert record["author"] == "Jane Roe, John Doe"
    assert record["published_at"].startswith("2019-03-19")


# --- a group as the author, in the data and the byline ---------------------------------------------------------

FOUNDERS = "Ann Lee, Bo Chen, Cy Park, Di Roe, et al."


def franklin_post(author_data: object, byline: str) -> str:
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Release 2.0", "author": author_data}
    text = "<p>We are pleased to announce the release of version 2.0, with a faster compiler and new tools.</p>" * 4
    return (
        f'<html><head><title>Release 2.0</title><meta name="author" content="{FOUNDERS}">'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        '<nav><a href="/">Home</a><a href="/blog/">Blog</a></nav>'
        '<div class="container blog-title"><div class="blog-title-heading"><h1>Release 2.0</h1></div>'
        '<div class="blog-title-meta"><p><span class="blog-meta-date">20 August 2014</span> | '
        f'<span class="blog-meta-author"></span><span class="blog-meta-author">{byline}</span></p></div></div>'
        f'<div class="container main">{text}</div></body></html>'
    )


def test_a_group_the_data_names_and_the_byline_prints_is_the_author() -> None:
    """franklin-julialang: the data's author is "The Project Community" (no person's name) and the meta line
    prints it in ``span.blog-meta-author``; the name rules refused it, and ``<meta name="author">``, the
    founders on every page of the site, was taken (21 of 156 posts)."""
    record = extract_article(
        franklin_post({"@type": "Person", "name": "The Project Community"}, "The Project Community"),
        "https://lang.test/blog/2014/08/release-2.0/",
    )
    assert record["author"] == "The Project Community"


def test_a_group_the_byline_does_not_print_is_not_taken_from_the_data() -> None:
    """Guard: where the byline prints someone else, the data's group name is not taken on its own word."""
    record = extract_article(
        franklin_post({"@type": "Person", "name": "The Project Community"}, "Jane Roe"),
        "https://lang.test/blog/2014/08/release-2.0/",
    )
    assert record["author"] != "The Project Community"


def test_et_al_names_no_one() -> None:
    """``Ann Lee, Bo Chen, Cy Park, Di Roe, et al.``: "et" split the list as French "and" and "al" passed as a
    name's particle; the others are no one named."""
    assert split_names(FOUNDERS) == ["Ann Lee", "Bo Chen", "Cy Park", "Di Roe"]
    assert split_names("Jean Dupont et Marie Curie") == ["Jean Dupont", "Marie Curie"]


def test_a_nickname_in_brackets_between_the_names_is_part_of_the_name() -> None:
    """franklin-julialang: the data names "Xiu-Zhe (Roger) Luo" and "Jin-Guo Liu"; the first was no name (a
    bracket in the middle), and the post credited the second alone. A role in brackets after a name is still no
    nickname."""
    record = extract_article(
        franklin_post(
            [{"@type": "Person", "name": "Xiu-Zhe (Roger) Luo"}, {"@type": "Person", "name": "Jin-Guo Liu"}],
            "Xiu-Zhe (Roger) Luo and Jin-Guo Liu",
        ),
        "https://lang.test/blog/2019/12/quantum/",
    )
    assert record["author"] == "Xiu-Zhe (Roger) Luo, Jin-Guo Liu"
    assert split_names("Jane Doe (Editor)") == []
