"""Dated pages no listing lists, with the look of the listed posts (real sites trs-cpaxj, quarto-ocscoes; session 17).

A CMS's English edition files every document as ``/en/<column>/<yyyymm>/t<yyyymmdd>_<id>.html`` and lays each out
alike (the headline an ``<h3>`` under two ``<div>``, an "Updated: Jun 22,2018" line, the text); its home shows the
laws column in a box of seven, the news in a box of six, and the "About" column in a box of two beside them. The box
of two is the weaker list, so no listing lists the About documents, and their URL family (``/en/about/{n}/*.html``)
holds no other article: the crawl's end placed them as pages ("reached only from navigation or other pages"), while
the check by article template counted them as posts it fetched and did not archive (exit 5). A Quarto site files its
posts as ``/news/posts/<slug>/index.html``, each its own URL family; the newest post is linked only by the home's
card grid, which is not the home's listing. Both are posts by their URL pattern with one folder free and their
headline layout, which the listed, dated posts share, and by the date on their own page. Pages written for the test.
Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://cpa.test"
ALLOWED = frozenset({"cpa.test"})
NAV = (
    "<div class='en-nav'><ul><li><a href='/en/index.html'>HOME</a></li><li><a href='/en/contact/index.html'>"
    "CONTACT US</a></li><li><a href='/index.html'>中文</a></li></ul></div>"
)
TEXT = (
    "<p>The Institute is the national organization of certified public accountants, established under the law, "
    "and works under the guidance of the ministry on the supervision of its members and the development of the "
    "profession.</p>"
) * 3
LAWS = [(f"/en/laws/201806/t20180622_{5522 + n}.html", f"Law and Regulation Number {n + 1}") for n in range(7)]
NEWS = [
    (f"/en/news/2020{n + 1:02d}/t2020{n + 1:02d}15_{1748 + n}.html", f"Delegates Visit the Institute {n}")
    for n in range(6)
]
ABOUT = [
    ("/en/about/201407/t20140708_5573.html", "Introduction to the Institute"),
    ("/en/about/201806/t20180622_5574.html", "Overview of the Profession"),
]


CONTACT = "/en/contact/201806/t20180622_5580.html"


def page_of(title: str, body: str, nav: str = NAV) -> str:
    return (
        f"<html><head><title>Institute of Accountants</title></head><body><div class='en-head'>{nav}</div>{body}"
        "<div class='en-foot'>Copyright Institute of Accountants. All rights reserved.</div></body></html>"
    )


def document(title: str, day: str = "Jun 22,2018", nav: str = NAV) -> str:
    return page_of(
        title,
        f"<div class='en-xl'><div class='en-xl-sub'><h3>{title}</h3><div class='en-xl-nav'>Updated: {day} "
        f"<a href='javascript:;'>Print</a></div><div id='news_content'>{TEXT}</div></div></div>",
        nav,
    )


def box(heading: str, entries: list[tuple[str, str]], kind: str) -> str:
    items = "".join(f"<li><a href='{path}'>{name}</a></li>" for path, name in entries)
    return f"<div class='{kind}'><h3><span>{heading}</span><a href='javascript:;'>MORE</a></h3><ul>{items}</ul></div>"


def english_home(nav: str = NAV) -> str:
    return page_of(
        "Home",
        "<div class='en-index-content'><div class='left'>"
        + box("LAWS AND REGULATIONS", LAWS, "laws")
        + "</div><div class='right'>"
        + box("NEWS", NEWS, "right-sub")
        + box("ABOUT", ABOUT, "right-sub right-con")
        + "</div></div>",
        nav,
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def crawled(nav: str = NAV) -> SiteModel:
    """The English home and the laws and news it lists: what the crawl reads before the About documents."""
    model = SiteModel()
    model.enter(H + "/en/index.html")
    start = analysed(english_home(nav), "/en/index.html")
    model.observe(start)
    assert model.classify(start, has_body=True).role == LISTING
    for path, name in LAWS + NEWS:
        page = analysed(document(name, nav=nav), path)
        model.observe(page)
        model.resolve(page, has_body=True)
    return model


def test_a_dated_document_of_a_column_no_listing_lists_is_an_article() -> None:
    """Before: "reached only from navigation or other pages", a page, at the crawl's end."""
    model = crawled()
    for path, name in ABOUT:
        about = analysed(document(name), path)
        model.observe(about)
        assert model.classify(about, has_body=True).role == UNDECIDED
        decision = model.resolve(about, has_body=True)
        assert decision.role == ARTICLE, (path, decision.reason)


def test_an_undated_document_stays_a_page() -> None:
    model = crawled()
    path, name = ABOUT[0]
    undated = document(name).replace("Updated: Jun 22,2018", "Print this page")
    decision = model.resolve(analysed(undated, path), has_body=True)
    assert decision.role == PAGE, decision.reason


def test_a_dated_document_the_menu_links_stays_a_page() -> None:
    """The contact page, in the documents' URL pattern and layout and dated by its last edit, is linked by the menu
    of every page."""
    nav = NAV.replace("/en/contact/index.html", CONTACT)
    model = crawled(nav)
    contact = analysed(document("Contact Us", nav=nav), CONTACT)
    model.observe(contact)
    decision = model.resolve(contact, has_body=True)
    assert decision.role == PAGE, decision.reason


def test_a_dated_page_in_another_layout_stays_a_page() -> None:
    """A page of the pattern laid out otherwise (its headline an ``<h1>`` in a banner) is not in the posts' look."""
    model = crawled()
    path, name = ABOUT[0]
    other = page_of(
        name,
        f"<div class='banner'><h1>{name}</h1></div><div class='date'>Updated: Jun 22,2018</div><div>{TEXT}</div>",
    )
    decision = model.resolve(analysed(other, path), has_body=True)
    assert decision.role == PAGE, decision.reason


Q = "http://ocs.test"
QALLOWED = frozenset({"ocs.test"})
QNAV = "<nav class='navbar'><a href='/index.html'>Inicio</a><a href='/sobre/index.html'>Sobre</a></nav>"
SLUGS = ["foro-uno", "foro-dos", "nota-tres", "columna-cuatro", "paper-cinco", "nota-seis"]
NEWEST = "lanzamiento-visualizador"
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio"]


def quarto_page(title: str, body: str) -> str:
    return (
        f"<html><head><title>{title} – OCS</title></head><body>{QNAV}<div id='quarto-content'>{body}</div>"
        "<footer class='footer'>Observatorio, 2025</footer></body></html>"
    )


def quarto_post(title: str, day: str) -> str:
    return quarto_page(
        title,
        f"<main class='content'><header id='title-block-header'><div class='quarto-title'><h1 class='title'>{title}"
        f"</h1></div><div class='quarto-title-meta'><div><div class='quarto-title-meta-heading'>Fecha de publicación"
        f"</div><div class='quarto-title-meta-contents'><p class='date'>{day}</p></div></div></div></header>"
        "<p>El observatorio presentó en la conferencia internacional los resultados de la medición de la cohesión "
        "social en el país, con datos de la encuesta longitudinal y una propuesta de indicadores.</p>"
        "<p>La presentación contó con la participación de investigadores de varias universidades y abrió una "
        "conversación sobre los desafíos de la medición en la región.</p></main>",
    )


def quarto_listing(slugs: list[str]) -> str:
    items = "".join(
        f"<div class='quarto-post'><div class='body'><h3 class='listing-title'><a href='/noticias/posts/{slug}/"
        f"index.html'>Noticia {slug}</a></h3></div><div class='metadata'><div class='listing-date'>"
        f"{n + 1} de mayo de 2025</div></div></div>"
        for n, slug in enumerate(slugs)
    )
    return quarto_page("Noticias", f"<div class='quarto-listing'><div class='list'>{items}</div></div>")


def quarto_home() -> str:
    cards = "".join(
        f"<div class='g-col-1'><a href='/noticias/posts/{slug}/index.html' class='quarto-grid-link'><div class='card'>"
        f"<p class='card-img-top'><img src='/noticias/posts/{slug}/featured.jpg'></p><div class='card-body'>"
        f"<h5 class='card-title'>Tarjeta {slug}</h5></div></div></a></div>"
        for slug in [NEWEST, *SLUGS[:3]]
    )
    reports = "".join(
        f"<div class='quarto-post'><h3><a href='/reportes/posts/r{n}/index.html'>Reporte técnico {n}</a></h3>"
        f"<div class='listing-date'>{n + 1} de abril de 2025</div></div>"
        for n in range(5)
    )
    return quarto_page(
        "OCS",
        f"<div class='grid'>{cards}</div><a href='/noticias/index.html'>Noticias anteriores</a>"
        f"<div class='quarto-listing'>{reports}</div>",
    )


def qanalysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, Q + path, QALLOWED, html)


def test_a_dated_post_only_the_homes_card_grid_links_is_an_article() -> None:
    """Before: "reached only from navigation or other pages": each post its own URL family (``<slug>/index.html``),
    and the home's listing is its box of reports."""
    model = SiteModel()
    model.enter(Q + "/index.html")
    start = qanalysed(quarto_home(), "/index.html")
    model.observe(start)
    model.classify(start, has_body=True)
    news = qanalysed(quarto_listing(SLUGS), "/noticias/index.html")
    model.observe(news)
    assert model.classify(news, has_body=True).role == LISTING
    for n, slug in enumerate(SLUGS):
        page = qanalysed(
            quarto_post(f"Noticia {slug}", f"{n + 1} de mayo de 2025"), f"/noticias/posts/{slug}/index.html"
        )
        model.observe(page)
        assert model.resolve(page, has_body=True).role == ARTICLE
    newest = qanalysed(
        quarto_post("Lanzamiento del visualizador", "14 de noviembre de 2025"), f"/noticias/posts/{NEWEST}/index.html"
    )
    model.observe(newest)
    decision = model.resolve(newest, has_body=True)
    assert decision.role == ARTICLE, decision.reason


G = "http://skgh.test"
GALLOWED = frozenset({"skgh.test"})
GNAV = (
    "<div class='bold nav'><ul><li><a href='/index.html'>首页</a></li>"
    "<li><a href='/staticmores/003/003-1.html'>通知公告</a></li></ul></div>"
)
NOTICES = [
    (f"/staticpages/2017{n + 1:02d}20/ghb5ce2{n}6e6-{350 + n}.html", f"关于做好2017年度第{n + 1}批课题申报工作的通知")
    for n in range(6)
]


def gpage(title: str, body: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{GNAV}<div class='content'><div class='more-tag'>"
        f"<a href='/index.html'>首页</a> &gt; 通知公告</div><h1>{title}</h1>{body}</div>"
        "<div class='foot'>版权所有 社科规划办</div></body></html>"
    )


def gnotice(title: str, day: str) -> str:
    return gpage(title, f"<div class='time'>发布时间：{day} 17:13</div><div class='text'><p>{TEXT}</p></div>")


def glist(entries: list[str]) -> str:
    return gpage(
        "通知公告",
        "<div class='more-wrap'><ul>" + "".join(entries) + "</ul><div class='more-page-wrap'><div class='more-page'>"
        "<a href='/staticmores/003/003-1.html'>1</a><a href='/staticmores/003/003-2.html'>2</a></div></div></div>",
    )


def test_a_listing_page_of_unlinked_dated_entries_in_numbered_folders_stays_a_page() -> None:
    """The guard (real site tiangong-gxpopss, whose static copy keeps a column's later pages with their entries'
    links emptied, ``href="javascript:;"``): ``/staticmores/003/003-2.html`` shares the posts' pattern with a folder
    free, ``/*/{n}/*.html``, and their layout, and shows twenty dated lines; a pattern naming no folder (only a free
    name and numbers) tells no post's look."""
    model = SiteModel()
    model.enter(G + "/index.html")
    home = analysed_at(G, GALLOWED, gpage("首页", f"<p>{TEXT}</p>"), "/index.html")
    model.observe(home)
    model.classify(home, has_body=True)
    first = [
        f"<li><span>[{path[13:17]}-{path[17:19]}-20]</span><a href='{path}'>{name}</a></li>" for path, name in NOTICES
    ]
    front = analysed_at(G, GALLOWED, glist(first), "/staticmores/003/003-1.html")
    model.observe(front)
    assert model.classify(front, has_body=True).role == LISTING
    for path, name in NOTICES:
        page = analysed_at(G, GALLOWED, gnotice(name, f"{path[13:17]}-{path[17:19]}-20"), path)
        model.observe(page)
        assert model.resolve(page, has_body=True).role == ARTICLE
    later = [
        f"<li><span>[2015-0{n % 9 + 1}-13 11:52]</span><a href='javascript:;'>"
        f"关于组织做好2015年度第{n}批项目申报工作的通知</a></li>"
        for n in range(20)
    ]
    second = analysed_at(G, GALLOWED, glist(later), "/staticmores/003/003-2.html")
    model.observe(second)
    decision = model.resolve(second, has_body=True)
    assert decision.role != ARTICLE, decision.reason


def analysed_at(host: str, allowed: frozenset[str], html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, host + path, allowed, html)
