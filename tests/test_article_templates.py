"""The completeness check by article template (archiver.discovery.article_templates), on pages written here.

A club's site renders its articles and its news through one post layout; its articles section has
a listing the site model reads, its news section a listing it does not (the cards below). The
check learns the post layout and URL shape from the archived articles and counts the news posts
placed as pages: a shortfall, whatever became of the listing. Tag pages, pagination, an about page
in the post layout and a site whose posts show no date share nothing with the articles: quiet.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archiver.discovery.article_templates import (
    FetchedPage,
    pattern_text,
    template_report,
    template_tallies,
    url_patterns,
    url_shape,
)
from archiver.discovery.page import analyze_page
from archiver.extract.html import parse_html

H = "http://club.test"
ALLOWED = frozenset({"club.test"})
MENU = '<header><nav><a href="/">Home</a><a href="/articles/">Articles</a><a href="/news/">News</a></nav></header>'
PROSE = "<p>" + "The club met on a rainy evening to test the new motor controller and its wiring. " * 6 + "</p>"


def post(title: str, day: str | None) -> str:
    byline = f'<p class="byline">Posted by Ada on {day}</p>' if day else ""
    return (
        f"<html><head><title>{title}</title></head><body>{MENU}<div class='wrap'><section class='post'>"
        f"<div class='block'><h1>{title}</h1>{byline}{PROSE}</div></section></div><footer>© club</footer></body></html>"
    )


def tag_page(name: str, links: list[str]) -> str:
    items = "".join(
        f'<li><a href="{u}">A post title of some length {i}</a> 2024-03-0{i % 9 + 1}</li>' for i, u in enumerate(links)
    )
    return (
        f"<html><head><title>{name}</title></head><body>{MENU}<div class='wrap'><h2 class='page-title'>{name}</h2>"
        f"<ul>{items}</ul></div><footer>© club</footer></body></html>"
    )


def fetched(
    url: str,
    html: str,
    *,
    article: bool = False,
    listing: bool = False,
    listed: bool | None = None,
    in_menu: bool = False,
) -> FetchedPage:
    """The page as the crawl saw it; an article is a listing's record unless ``listed`` says otherwise."""
    root, _ = parse_html(html)
    analysis = analyze_page(root, H + url, ALLOWED, html)
    listed = article if listed is None else listed
    title = analysis.title or ""
    return FetchedPage(H + url, article, analysis.template, analysis.has_date, True, listing, listed, in_menu, title)


def club_site(news_archived: int) -> list[FetchedPage]:
    """Eight archived articles; twelve news posts of the same layout, ``news_archived`` of them archived."""
    pages = [
        fetched(f"/articles/part-{n}/", post(f"Building part {n}", f"2023-0{n + 1}-12"), article=True) for n in range(8)
    ]
    pages += [
        fetched(f"/news/item-{n}/", post(f"News item {n}", f"2024-0{n % 9 + 1}-03"), article=n < news_archived)
        for n in range(12)
    ]
    pages.append(fetched("/articles/", tag_page("Articles", [f"/articles/part-{n}/" for n in range(8)]), listing=True))
    return pages


def test_posts_of_the_article_layout_placed_as_pages_are_a_shortfall() -> None:
    """The news listing was never recognised: its twelve posts were fetched and placed as pages."""
    [tally] = template_tallies(club_site(news_archived=0))
    assert tally.pattern == "/*/*" and tally.archived == 8 and len(tally.released) == 12
    rows, warning = template_report([tally])
    assert warning is not None and "/*/* (8 of ~20)" in warning
    assert rows[0]["estimated"] == 20 and rows[0]["archived"] == 8 and rows[0]["released"] == 12


def test_a_site_archived_whole_is_quiet() -> None:
    assert template_report(template_tallies(club_site(news_archived=12))) == ([], None)


def test_one_post_placed_as_a_page_is_within_the_tolerance() -> None:
    tallies = template_tallies(club_site(news_archived=11))
    assert [len(t.released) for t in tallies] == [1]
    assert template_report(tallies)[1] is None


def test_tag_pagination_and_about_pages_share_nothing_with_the_articles() -> None:
    """Tag pages and an archive render through the list layout; the pager's pages are deeper; the about,
    team and contact pages use the post layout at the articles' depth, but show no date where posts do."""
    pages = club_site(news_archived=12)
    links = [f"/articles/part-{n}/" for n in range(3)]
    pages += [fetched(f"/tags/{t}/", tag_page(f"Tag {t}", links)) for t in ("motors", "wiring", "events", "fun")]
    pages += [fetched(f"/tags/motors/page/{n}/", tag_page("Tag motors", links)) for n in (2, 3, 4)]
    pages += [fetched(f"/archive/{y}/", tag_page(f"Archive {y}", links)) for y in (2021, 2022, 2023)]
    pages += [fetched(f"/club/{p}/", post(p.title(), None)) for p in ("about", "team", "contact", "join")]
    assert template_report(template_tallies(pages)) == ([], None)


def test_dated_pages_the_menus_link_are_sections_not_lost_posts() -> None:
    """A docs section in the blog's layout, dated by its last edit, that the site's menu or sidebar links
    (mkdocs-netdevops' tutorials beside its blog): what the site shows in its navigation is no lost post."""
    pages = club_site(news_archived=12)
    pages += [fetched(f"/guides/g{n}/", post(f"Guide {n}", "2025-04-22"), in_menu=True) for n in range(9)]
    assert template_tallies(pages) == []
    pages[-1] = fetched("/guides/g8/", post("Guide 8", "2025-04-22"))  # one the menu does not link: within tolerance
    assert template_report(template_tallies(pages))[1] is None


def test_a_second_copy_of_a_post_is_that_post_again() -> None:
    """A WordPress export keeps a post's saved copy under a second category path (wp-apleb: 16 of them); the
    copy, placed as a page, is the archived post again, not one the crawl lost. Two copies of one lost post
    count once."""
    pages = club_site(news_archived=12)
    pages += [fetched(f"/old-news/item-{n}/", post(f"News item {n}", "2024-01-03")) for n in range(6)]
    assert template_tallies(pages) == []
    pages = club_site(news_archived=8)
    pages += [fetched(f"/old-news/item-{n}/", post(f"News item {n}", "2024-01-03")) for n in range(8, 12)]
    [tally] = template_tallies(pages)
    assert len(tally.released) == 4 and all("/news/" in url for url in tally.released)


def section_titled_post(section: str, headline: str, day: str) -> str:
    """A CMS article page whose <title> is "Site-Section" (TRS WCM): the headline is only in the <h1>."""
    return post(headline, day).replace(f"<title>{headline}</title>", f"<title>Motor club-{section}</title>", 1)


def test_posts_titled_by_their_section_are_each_a_lost_post() -> None:
    """Every page's <title> names the site and the column, not the post: the twelve posts of an unrecognised
    column share one <title>, and each is a post the crawl lost, not one post's copies."""
    pages = [
        fetched(f"/articles/part-{n}/", section_titled_post("Articles", f"Building part {n}", f"2023-0{n + 1}-12"),
                article=True)
        for n in range(8)
    ]  # fmt: skip
    pages += [
        fetched(f"/news/item-{n}/", section_titled_post("Picture news", f"News item {n}", f"2024-0{n % 9 + 1}-03"))
        for n in range(12)
    ]
    [tally] = template_tallies(pages)
    assert len(tally.released) == 12
    assert template_report([tally])[1] is not None


def test_articles_no_listing_lists_teach_no_template() -> None:
    """Pages placed as articles by their URL's family alone (a trading site's how-to guides) may be guides, not
    posts: the glossary in their layout, dated like everything on the site, is no shortfall of theirs."""
    pages = [
        fetched(f"/howto/h{n}/", post(f"How to {n}", "2021-01-0{n + 1}"), article=True, listed=False) for n in range(8)
    ]
    pages += [fetched(f"/glossary/term-{n}/", post(f"Term {n}", "2021-02-01")) for n in range(20)]
    assert template_tallies(pages) == []


def test_a_site_whose_posts_show_no_date_learns_no_template() -> None:
    """A school's profile pages share the layout and the URL shape of its undated posts: no template."""
    pages = [fetched(f"/news/n{n}.html", post(f"News {n}", None), article=True) for n in range(8)]
    pages += [fetched(f"/intro/p{n}.html", post(f"Profile {n}", None)) for n in range(8)]
    assert template_tallies(pages) == []


def test_links_of_an_articles_exact_shape_never_requested_count() -> None:
    """A section's posts past a budget or a stopped pager: linked, never requested, of the articles' shape."""
    pages = club_site(news_archived=12)
    never = [H + f"/news/item-{n}/" for n in range(12, 16)] + [H + "/tags/motors/page/9/", H + "/feed.xml"]
    [tally] = template_tallies(pages, never)
    assert tally.unfetched == never[:4] and tally.released == []
    assert template_report([tally])[1] is not None


def test_url_shapes() -> None:
    assert url_shape(H + "/clubs/robot/articles/alim_pc") == url_shape(H + "/clubs/robot/articles/i2c_1/")
    assert url_shape(H + "/news/2024/item.html?id=3&p=1") == ("news", "{n}", "*.html", "?id&p")
    assert url_patterns(H + "/a/b/c/") == [("a", "b", "*"), ("*", "b", "*"), ("a", "*", "*")]
    assert url_patterns(H + "/news/x.html?id=1") == [("news", "*.html", "?id"), ("*", "*.html", "?id")]


def test_articles_archived_before_weigh_in_as_archived() -> None:
    """A later run fetched five changed articles beside the same three dated pages of the post layout: against
    the hundred the archive holds (not due, or unchanged), three pages are within the tolerance."""
    pages = [
        fetched(f"/articles/part-{n}/", post(f"Building part {n}", f"2023-0{n + 1}-12"), article=True) for n in range(5)
    ]
    pages += [fetched(f"/club/event-{n}/", post(f"Event {n}", "2024-05-01")) for n in range(3)]
    assert template_report(template_tallies(pages))[1] is not None  # three of eight
    before = [H + f"/articles/old-{n}/" for n in range(100)]
    [tally] = template_tallies(pages, archived_before=before)
    assert tally.archived == 105 and template_report([tally])[1] is None


@given(st.text(alphabet="ab1/.?=&%-_", max_size=40))
def test_any_path_has_a_shape_and_its_patterns(path: str) -> None:
    """A URL's path is untrusted input: any path gives a shape, and each pattern keeps its length and ending."""
    shape = url_shape(H + "/" + path)
    patterns = url_patterns(H + "/" + path)
    assert patterns[0] == shape
    assert all(len(p) == len(shape) and p[-1:] == shape[-1:] for p in patterns)
    assert pattern_text(shape).startswith("/")
