"""Pages a generic crawl archived as articles on the real-sites benchmark (session 14, docs/realsites.md "Misses
left, session 14"), each in a shape written small by hand: a trading portal's side menu of columns set in
headings, a portal's box of its sections dated by their last update, a wiki page printing a date line, a blogroll
in a Hugo home's stream beside a tag index of the site's sections, and a page only a Hugo home feed names. Each
test fails without its rule. Pure."""

from __future__ import annotations

from urllib.parse import urlsplit

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html
from tests.test_discovery_heldout_shapes import H as NEWSWIRE
from tests.test_discovery_heldout_shapes import front_stream_site, stream_page

H = "http://centre.test"
ALLOWED = frozenset({"centre.test"})


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


# --- a side menu of columns set in headings -----------------------------------------------------------------

COLUMNS = [("001", "Construction works"), ("002", "Road works"), ("003", "Water works"), ("005", "Land sales")]


def column_page(current: str) -> str:
    """A trading portal's column page: the side tree of columns, each an ``<h3>`` in a list item, the current
    column's entry linking the page itself (``href=""``), then a search form and a table of notices."""
    entries = "".join(
        f'<li class="tree-item{" current" if code == current else ""}"><h3 class="tree-node"><span>'
        f'<a href="{"" if code == current else f"../{code}/tradeInfo.html"}">{name}</a></span></h3>'
        '<ul class="tree-sub"><li><a href="javascript:;">Tender notices</a></li></ul></li>'
        for code, name in COLUMNS
    )
    rows = "".join(
        f"<tr><td>{n}</td><td>Notice of tender for lot {n} of the ring road</td><td>2021-01-1{n}</td></tr>"
        for n in range(1, 6)
    )
    return (
        "<html><head><title>Public resources trading centre</title></head><body>"
        '<div class="bread"><a href="../../index.html">Home</a> &gt; <a href="../tradeInfo.html">Trading</a></div>'
        f'<div class="left"><div class="left-title">Trading</div><ul class="tree">{entries}</ul></div>'
        '<div class="right"><form>Project name: <input name="q"> Published: <input name="d"></form>'
        f"<table><tr><th>No.</th><th>Project</th><th>Published</th></tr>{rows}</table></div></body></html>"
    )


def test_a_menus_entry_for_the_page_itself_is_no_headline() -> None:
    """epoint-zjgztb: each column's page heads with the side tree of columns (``li > h3 > a``); on the other
    columns' pages the first heading links the first column, and they are pages ("reached only from
    navigation"). On the first column's own page that entry links the page itself (``href=""``), which read as a
    permalink headline: its "发布时间：" search label and the table's dates made it "labelled like an article".
    A heading linking the page itself among headings linking its siblings is the menu's entry: the page reads as
    its siblings do."""
    first = analysed(column_page("001"), "/trade/001/tradeInfo.html")
    second = analysed(column_page("002"), "/trade/002/tradeInfo.html")
    assert second.heading_link == H + "/trade/001/tradeInfo.html"
    assert first.heading_link == H + "/trade/002/tradeInfo.html"


def test_a_permalink_headline_is_still_the_pages_own() -> None:
    """A post whose headline links the post itself, beside a list of links to other posts (no headings), heads
    with its own title: no menu of headings around it."""
    html = (
        "<html><head><title>Site</title></head><body><article><h1><a href=''>Spring meeting of the members</a></h1>"
        "<p>The members met on Saturday.</p></article><ul><li><a href='/a.html'>Older post one</a></li>"
        "<li><a href='/b.html'>Older post two</a></li><li><a href='/c.html'>Older post three</a></li></ul>"
        "</body></html>"
    )
    assert analysed(html, "/news/spring.html").heading_link is None


# --- a box of sections, dated by their last update ---------------------------------------------------------

PORTAL_NAV = (
    "<div class='nav'><ul><li><a href='/index.html'>Home</a></li><li><a href='/news/index.html'>News</a></li>"
    "<li><a href='/services/index.html'>Services</a></li></ul></div>"
)


def portal_page(title: str, main: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{PORTAL_NAV}<div class='main'>{main}</div></body></html>"


def dated_list(prefix: str, count: int, name: str = "Notice on the annual review of member firms") -> str:
    items = "".join(
        f"<li><a href='{prefix}t2020120{n}_{n}.html'>{name}, part {n}</a><span>(2020-12-0{n})</span></li>"
        for n in range(1, count + 1)
    )
    return f"<ul class='list'>{items}</ul>"


SECTIONS = [
    ("/columns/members/index.html", "Membership"),
    ("/columns/exam/index.html", "Examinations"),
    ("/columns/journal/index.html", "The journal"),
    ("/system/index.html", "Management system"),
]


def services_page() -> str:
    """The "services" box: one entry per section of the site, each with the day it was last updated."""
    items = "".join(
        f"<li><a href='{url}' title='{name}'>{name}</a><span> (2020-12-0{n + 1})</span></li>"
        for n, (url, name) in enumerate(SECTIONS)
    )
    return portal_page("Services", f"<ul id='sub'>{items}</ul>")


def test_a_section_only_a_list_of_sections_dates_is_a_page() -> None:
    """trs-cpaxj: the "公众服务" page lists the association's columns, each with the day it was last updated;
    two of them are column fronts (listings), the others a system's entry page and a journal's, undated and
    with hardly any text. Dated by that list only, they were "a listing's record, dated by a listing": a list of
    sections dates sections, not posts."""
    model = SiteModel()
    model.enter(H + "/index.html")
    home = analysed(portal_page("Home", dated_list("/news/", 6)), "/index.html")
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    services = analysed(services_page(), "/services/index.html")
    model.reach(services.url)
    model.observe(services)
    assert model.classify(services, has_body=True).role == LISTING
    for url, name in SECTIONS[:2]:
        front = analysed(portal_page(name, dated_list(url.rsplit("/", 1)[0] + "/", 5)), url)
        model.observe(front)
        assert model.classify(front, has_body=True).role == LISTING
    system = analysed(portal_page("Management system", "<p>You are here: Management system</p>"), SECTIONS[3][0])
    model.observe(system)
    assert model.classify(system, has_body=True).role == UNDECIDED  # only its listing dates it (so far)
    placed = model.resolve_all([(system, True, None)])
    assert placed[system.url].role == PAGE, placed[system.url]


def test_a_record_a_list_of_posts_dates_is_still_an_article() -> None:
    """The guard: the same undated page, dated by a list whose other entries are posts, stays an article (a
    theme that prints its posts' dates on its listings only)."""
    model = SiteModel()
    model.enter(H + "/index.html")
    home = analysed(portal_page("Home", dated_list("/news/", 6)), "/index.html")
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    for n in range(1, 4):
        post = analysed(
            portal_page(f"Notice {n}", "<p>" + "The board met. " * 30 + "</p>"), f"/news/t2020120{n}_{n}.html"
        )
        model.observe(post)
        model.classify(post, has_body=True)
    last = analysed(portal_page("Notice 4", "<p>" + "The board met. " * 30 + "</p>"), "/news/t20201204_4.html")
    model.observe(last)
    decision = model.classify(last, has_body=True)
    if decision.role == UNDECIDED:
        decision = model.resolve_all([(last, True, None)])[last.url]
    assert decision.role == ARTICLE, decision


# --- a wiki page printing a date line ----------------------------------------------------------------------


def wiki_page(title: str, extra: str = "") -> str:
    text = "".join(f"<p>{title}: how to set it up, step {n}, and what to check afterwards.</p>" for n in range(6))
    return (
        f"<html><head><title>{title} - LUG</title></head><body><nav><a href='/'>Home</a><a href='/wiki/'>Wiki</a>"
        f"<a href='/news/'>News</a></nav><div class='content'><article class='page'><div class='inner'><header>"
        f"<h1>{title}</h1></header>{extra}{text}</div></article></div></body></html>"
    )


def test_a_wiki_page_with_a_date_line_among_wiki_pages_is_a_page() -> None:
    """jekyll-ustclug: a wiki script's page prints "来源：… 时间：2014-10-07" in the news posts' layout; no
    listing lists it and the other pages of its folder (``/wiki/scripts/*/``) are pages. It was "labelled like an
    article"; one more page of a section of pages is a page."""
    model = SiteModel()
    model.enter(H + "/")
    for name in ("you-get", "douban", "mirror"):
        sibling = analysed(wiki_page(f"Script {name}"), f"/wiki/scripts/{name}/")
        model.reach(sibling.url)
        model.observe(sibling)
        assert model.classify(sibling, has_body=True).role == UNDECIDED
    held = [analysed(wiki_page(f"Script {name}"), f"/wiki/scripts/{name}/") for name in ("you-get", "douban", "mirror")]
    labelled = analysed(
        wiki_page("Script wlt", "<p>来源：https://gist.example/wlt</p><p>时间：2014-10-07</p>"), "/wiki/scripts/wlt/"
    )
    assert labelled.labelled and labelled.has_date
    model.reach(labelled.url)
    model.observe(labelled)
    placed = model.resolve_all([(page, True, None) for page in [*held, labelled]])
    assert {placed[page.url].role for page in held} == {PAGE}
    assert placed[labelled.url].role == PAGE, placed[labelled.url]


def test_a_labelled_page_alone_in_its_folder_is_still_an_article() -> None:
    """The guard: the same labelled page with no sibling placed is an article, as before."""
    model = SiteModel()
    model.enter(H + "/")
    labelled = analysed(
        wiki_page("Script wlt", "<p>来源：https://gist.example/wlt</p><p>时间：2014-10-07</p>"), "/wiki/scripts/wlt/"
    )
    model.reach(labelled.url)
    model.observe(labelled)
    placed = model.resolve_all([(labelled, True, None)])
    assert placed[labelled.url].role == ARTICLE, placed[labelled.url]


# --- a blogroll in the home's stream, beside a tag index of the sections ------------------------------------


def test_a_page_in_the_stream_stays_a_page_beside_a_tag_index_of_sections() -> None:
    """hugo-0x0cqq: the home's stream shows ``/friends/`` (a blogroll, dated) among the posts, which the posts
    section files; a tag index lists the site's sections (``/news/``, ``/archive/``), pages of ``/*/`` as the
    blogroll is, and listings themselves. That index was "another listing listing its family", and the blogroll
    an article. Listings in a list say nothing of the family's other pages."""
    model, held = front_stream_site(sections=True)
    model.reach(NEWSWIRE + "/archive/")
    archive = newswire_page(
        stream_page("Archive", [(f"/news/2025-06-0{d}-march-{d}/", f"March {d}") for d in (1, 2)]), "/archive/"
    )
    model.observe(archive)
    assert model.classify(archive, has_body=True).role == LISTING
    index = newswire_page(
        stream_page("Tags", [("/news/", "All the news of the newswire"), ("/archive/", "The archive of the newswire")]),
        "/tags/index/",
    )
    model.reach(index.url)
    model.observe(index)
    assert model.classify(index, has_body=True).role == LISTING
    placed = model.resolve_all([(page, True, None) for page in held])
    assert placed[NEWSWIRE + "/about/"].role == PAGE, placed[NEWSWIRE + "/about/"]


def newswire_page(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, NEWSWIRE + path, frozenset({urlsplit(NEWSWIRE).netloc}), html)


# --- a page only a Hugo home feed names ---------------------------------------------------------------------


def test_a_feeds_entry_fetched_before_listings_dated_posts_waits() -> None:
    """hugo-wowchemy-tvzofingen: the home feed names every page by date, the club's board page among the posts.
    Fetched before the listings had dated five records, it was "a listing's record, with a date" at once;
    fetched after, a record of undated lists only, a page. It waits for the crawl's end either way."""
    model = SiteModel()
    model.enter(H + "/")
    board = H + "/club/board/"
    model.feed_read(H + "/index.xml", [board, H + "/news/first-match/"], [])
    page = analysed(
        "<html><head><title>Board</title><meta property='article:published_time' content='2021-01-01'></head>"
        "<body><h1>Board</h1><p>" + "The board of the club. " * 20 + "</p></body></html>",
        "/club/board/",
    )
    model.observe(page)
    assert model.classify(page, has_body=True).role == UNDECIDED
