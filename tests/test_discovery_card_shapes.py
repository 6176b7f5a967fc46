"""Site shapes first met on the fourth round of held-out real sites (docs/realsites.md, "Fourth round
(non-Chinese)"), written small by hand: listing cards titled in plain text, a post whose headline links to
itself, a section of one post, a report with download links. Pure, and one in-process spider test."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse

from archiver.discovery.page import PageAnalysis, analyze_page, names_a_file
from archiver.discovery.sitemodel import ARTICLE, LISTING, SiteModel
from archiver.extract.html import parse_html
from tests.conftest import generic_spider

H = "http://club.test"
ALLOWED = frozenset({"club.test"})


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


# --- cards titled in plain text, linked by an image and a "read more" button -------------------------------

POSTS = [
    (f"/news/2019/{month:02d}-{day:02d}/", f"Our club took part in contest number {month}{day}")
    for month in range(1, 7)
    for day in (3, 17)
]  # 12 posts, newest last; a listing page shows 4


def card_page(cards: list[tuple[str, str]], pager: str) -> str:
    """A page of the club's news: each card an image link (no alt text), an unlinked headline and the day in
    the card's <header>, a "Read more" button in the card's <footer>; the site's footer shows "What's New",
    the three newest posts by their linked headlines, on every page."""
    boxes = "".join(
        f'<div class="half"><section class="box"><a href="{url}" class="image"><img src="/img/card.png" alt=""></a>'
        f"<header><h3>{title}</h3><p>Posted {int(url[-3:-1])} Mar 2019</p></header><p></p>"
        f'<footer><ul class="actions"><li><a href="{url}" class="button">Read more</a></li></ul></footer>'
        "</section></div>"
        for url, title in cards
    )
    newest = "".join(
        f'<li><span class="date">Jun <strong>{url[-3:-1]}</strong></span><h3><a href="{url}">{title}</a></h3>'
        f"<p>What the club did in June.</p></li>"
        for url, title in POSTS[-3:]
    )
    return (
        "<html><head><title>Computer Club</title></head><body>"
        '<div id="header"><h1><a href="/">Computer Club</a></h1><nav><ul><li><a href="/">Home</a></li>'
        '<li><a href="/news/">News</a></li><li><a href="/about/">About</a></li></ul></nav></div>'
        f'<div id="main"><section id="news"><header><h2>The News</h2></header><div class="row">{boxes}</div>'
        f'</section><footer><ul class="actions">{pager}</ul></footer></div>'
        '<div id="footer-wrapper"><section id="footer"><div class="row"><div class="third"><section>'
        f'<header><h2>What\'s New</h2></header><ul class="dates">{newest}</ul></section></div></div></section>'
        "</div></body></html>"
    )


def news_page(number: int) -> tuple[str, str]:
    """Page ``number`` (1-3) of /news/, newest first, with its Prev/Next links: (path, html)."""
    cards = POSTS[::-1][(number - 1) * 4 : number * 4]
    links = []
    if number > 1:
        links.append(f'<li><a href="{"/news/" if number == 2 else f"/news/page/{number - 1}/"}">Prev</a></li>')
    links.append(f'<li><a href="/news/page/{number + 1}/">Next</a></li>')
    return ("/news/" if number == 1 else f"/news/page/{number}/"), card_page(cards, "".join(links))


def test_cards_titled_in_plain_text_are_the_listings_records_not_the_footers_newest_posts() -> None:
    """A card's header and footer are its own, not the page's chrome, and a card whose headline links
    nowhere is titled by it through its image and "Read more" links: each page's records are its cards,
    not the site footer's box of the newest posts, the same on every page."""
    model = SiteModel()
    model.enter(H + "/")
    for number in (1, 2, 3):
        path, html = news_page(number)
        page = analysed(html, path)
        model.observe(page)
        model.reach(H + path)
        decision = model.classify(page, has_body=True, expected_listing=number > 1)
        assert decision.role == LISTING, decision.reason
        records = {url for group in decision.listing_groups for url in group.urls}
        cards = {H + url for url, _ in POSTS[::-1][(number - 1) * 4 : number * 4]}
        assert cards <= records, (number, sorted(records))
        if number > 1:  # the footer's box beside the cards is no record of page 2 or 3
            assert records == cards, (number, sorted(records))
        groups = [g for g in decision.listing_groups if cards <= set(g.urls)]
        assert groups and all(g.title_like for g in groups)  # each card's link reads as its headline


def test_the_generic_spider_pages_on_through_a_listing_of_cards_titled_in_plain_text() -> None:
    """The spider's own callback over /news/ and its pages 2 and 3: each page shows new records (its cards),
    so page 3 asks for page 4; read by the footer's box alone, page 2 showed nothing new and the pager
    stopped there."""
    spider = generic_spider(H + "/", ARCHIVER_MAX_LISTING_PAGES=100)
    requested: list[str] = []
    for number in (1, 2, 3):
        path, html = news_page(number)
        url = H + path
        spider.seen.add(url)
        meta = {"canonical": url, "listing_request": number > 1, "category_url": H + "/news/", "category": "News"}
        spider.open_listings[H + "/news/"] += 1
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta=meta))
        requested += [o.url for o in spider.parse_page(response) if isinstance(o, Request)]
    assert H + "/news/page/4/" in requested, sorted(set(requested))
    assert {H + url for url, _ in POSTS} <= set(requested)


# --- a post whose headline links to itself -----------------------------------------------------------------


def newsletter(path: str) -> str:
    """A short post (a newsletter's announcement) whose headline is a link to the post itself, and whose
    sidebar shows the recent posts as little articles headed by linked headings."""
    return (
        "<html><head><title>Club Newsletter - Club</title></head><body>"
        '<header id="site-header"><nav><h1><a href="/">news</a></h1><a href="/news/">News</a></nav></header>'
        '<main id="site-main"><article class="post"><header><div class="title">'
        f'<h2><a href="{path}">Club Newsletter</a></h2></div><time>April 20, 2021</time></header>'
        '<div class="content"><p>Our first newsletter is out: read the April edition.</p></div></article></main>'
        '<section id="site-sidebar"><section id="recent-posts">'
        '<article class="mini-post"><header><h1><a href="/news/data-workshop/">Panel discussion: who owns the data?'
        "</a></h1><time>September 19, 2024</time></header></article>"
        '<article class="mini-post"><header><h1><a href="/news/quarto-workshop/">Workshop on Quarto and R Markdown'
        "</a></h1><time>September 17, 2024</time></header></article></section></section></body></html>"
    )


def test_a_headline_linking_to_its_own_page_heads_the_page_whatever_the_title_says() -> None:
    """The post's headline is inside its <title>, but it links to the post itself: it is the page's own
    headline, so the sidebar's first recent post is no first heading linking elsewhere, and the short post,
    fetched before any listing named it, is no listing."""
    path = "/news/newsletter-april/"
    page = analysed(newsletter(path), path)
    assert page.heading_link is None
    model = SiteModel()
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING


# --- a section of one post, in the dated listing's card markup ---------------------------------------------

NEWS = [(f"/news/2021/0{n}/1{n}/item-{n}/", f"Department news item number {n}", f"2021-0{n}-1{n}") for n in range(1, 6)]
SUMMARY = "Everyone has something to tell: something new they learned or an experience worth sharing. " * 3


def department_page(title: str, main: str) -> str:
    return (
        f"<html><head><title>{title} • Computing</title></head><body><header><nav><a href='/'>Home</a>"
        "<a href='/news/'>News</a><a href='/posts/'>Posts</a><a href='/about/'>About</a></nav></header>"
        f'<div id="main"><div class="col-12">{main}</div></div><footer><p>Computing department</p></footer>'
        "</body></html>"
    )


def row(url: str, title: str, day: str) -> str:
    """A card of the department's listings: thumbnail, linked headline, author, date, summary, "read more"."""
    return (
        f'<div class="row post-row"><div class="col-3 thumb"><a href="{url}"><img alt="image" src="/t.png"></a></div>'
        f'<div class="col-9 content"><h4><a href="{url}">{title}</a></h4><div class="post-meta"><li>'
        f'<span itemprop="author">Coordination</span></li><li class="date"><time itemprop="datePublished">{day}'
        f'</time></li></div><p class="mt-2">{SUMMARY}<a href="{url}" class="btn">read more</a></p></div></div><hr>'
    )


def post(title: str, day: str) -> str:
    return department_page(
        title, f'<div class="post-title"><h1>{title}</h1></div><time>{day}</time><p>{SUMMARY * 3}</p>'
    )


def test_a_section_showing_one_dated_record_in_the_listings_markup_is_a_listing_of_that_post() -> None:
    """/posts/ shows its only post as /news/ shows each of its records, date included: a section of one
    post, which dates it, and the post is an article, not a page only undated lists name."""
    model = SiteModel()
    model.enter(H + "/")
    only = ("/posts/2020/06/27/share-your-experience/", "Share your experience", "2020-06-27")
    section = analysed(department_page("Posts", row(*only)), "/posts/")
    shared = analysed(post(only[1], only[2]), only[0])
    held: list[tuple[PageAnalysis, bool, bool | None]] = []
    for page in (section, shared):  # the menu's section, read before the news listing, and its post
        model.observe(page)
        model.reach(page.url)
        assert model.classify(page, has_body=True).role not in (LISTING, ARTICLE)
        held.append((page, True, None))
    news = analysed(department_page("News", "".join(row(*entry) for entry in NEWS)), "/news/")
    model.observe(news)
    model.reach(H + "/news/")
    assert model.classify(news, has_body=True).role == LISTING
    for url, title, day in NEWS:
        page = analysed(post(title, day), url)
        model.observe(page)
        model.reach(H + url)
        assert model.classify(page, has_body=True).role == ARTICLE
    roles = {url: decision.role for url, decision in model.resolve_all(held).items()}
    assert roles == {H + "/posts/": LISTING, H + only[0]: ARTICLE}, roles
    assert H + only[0] in model.listing_dated


# --- a session report with download links ------------------------------------------------------------------


def test_links_to_files_name_no_pages() -> None:
    assert names_a_file("http://club.test/presentations/86_8_02_kde4.PDF")
    assert names_a_file("http://club.test/src/tool-1.0.tar.gz")
    assert names_a_file("http://club.test/audios/session-12.ogg?download=1")
    assert not names_a_file("http://club.test/reports/session-12/")
    assert not names_a_file("http://club.test/news/view.php?id=12")
    assert not names_a_file("http://club.test/news/2024/item.html")
    assert not names_a_file("http://club.test/.pdf")


def test_a_reports_download_links_are_no_listings_records() -> None:
    """A session report links its slides, its recording and its sources for download, one paragraph each:
    files, not records of articles, so the report a listing lists is no listing of them."""
    downloads = "".join(
        f'<p><a href="{href}" class="attachment">Download the {what} of this session</a></p>'
        for href, what in (
            ("/presentations/session-12.pdf", "slides (PDF)"),
            ("/audios/session-12.ogg", "recording (OGG)"),
            ("/videos/session-12.flv", "video (FLV)"),
            ("/files/session-12-sources.tar.gz", "sources (tar.gz)"),
        )
    )
    report = (
        "<html><head><title>Linux user group</title></head><body><nav><a href='/reports/'>Reports</a></nav>"
        '<div id="content"><div class="title">Session twelve</div><div class="subject">Packaging for Debian</div>'
        f'<div class="body">The group met on Wednesday; the talk showed how a package is built.</div>{downloads}'
        '<ul class="members"><li>Sara</li><li>Omid</li></ul></div></body></html>'
    )
    page = analysed(report, "/reports/session-12/")
    assert not any(names_a_file(url) for group in page.groups for url in group.urls)
    listing = analysed(
        "<html><head><title>Linux user group</title></head><body><nav><a href='/reports/'>Reports</a></nav>"
        '<div id="content"><ul class="reports">'
        + "".join(
            f'<li><a href="/reports/session-{n}/">Session {n}: a talk on free software</a></li>' for n in range(5, 15)
        )
        + "</ul></div></body></html>",
        "/reports/",
    )
    model = SiteModel()
    model.observe(listing)
    assert model.classify(listing, has_body=True).role == LISTING
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING
