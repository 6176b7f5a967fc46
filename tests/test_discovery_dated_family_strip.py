"""Posts linked only by a faculty home's strip of pictures (real site vsb-tztvu, session 16).

A VSB portal files every post as ``/info/<column>/<id>.html``; the news column lists its posts with their days,
and each post prints its own ("2016-05-04 14:53", unlabelled) under a headline in a table cell (no ``<h1>``, no article
markup). A faculty's home shows its lecture reports in a strip of pictures, each picture the link and the caption
under it unlinked: no listing lists the reports, no date is shown beside them, and the crawl's end placed them as
pages ("reached only from navigation or other pages"). Their URL family's articles are listed and date
themselves, as the reports do, and a reader reaches them by links outside the menus. Pages written for the test.
Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://college.test"
ALLOWED = frozenset({"college.test"})
NAV = (
    "<div class='nav'><ul><li><a href='/index.html'>首页</a></li><li><a href='/xwzx.html'>新闻中心</a></li>"
    "<li><a href='/info/1001/900.html'>学院简介</a></li><li><a href='/index2.html'>教育学院</a></li></ul></div>"
)
NEWS = [
    (f"/info/1001/{1200 + n}.html", f"学院召开第{n + 1}次教学工作会议并部署新学期工作", f"2016-05-{n + 4:02d}")
    for n in range(7)
]
REPORTS = [
    (f"/info/1062/{1286 + n}.html", f"讲座报告：物联网的发展现状与前景（第{n + 1}讲）", f"2016-06-{n + 10:02d}")
    for n in range(4)
]
TEXT = "<p>" + "本次会议总结了上学期的教学工作，部署了新学期的重点任务，要求各系部认真落实。" * 4 + "</p>"


def page_of(title: str, body: str) -> str:
    return (
        f"<html><head><title>{title}-泰州学院</title></head><body><div class='top'>{NAV}</div>{body}"
        "<div class='foot'>版权所有 泰州学院 地址：泰州市海陵区</div></body></html>"
    )


def post(title: str, day: str) -> str:
    return page_of(
        title,
        f"<table class='main'><tr><td class='titlestyle1057'>{title}</td></tr><tr><td class='timestyle1057'>"
        f"<span class='timestyle1057'>{day} 14:53</span></td></tr>"
        f"<tr><td><div class='v_news_content'>{TEXT}</div></td></tr></table>",
    )


def news_column() -> str:
    rows = "".join(
        f"<tr><td><a class='c1050' href='{path}'>{name}</a></td><td><span class='timestyle'>{day}</span></td></tr>"
        for path, name, day in NEWS
    )
    return page_of("新闻中心", f"<table class='winstyle1050'>{rows}</table>")


def home() -> str:
    rows = "".join(f"<li><a href='{path}'>{name}</a><span>{day}</span></li>" for path, name, day in NEWS[:5])
    return page_of(
        "首页",
        f"<div class='news'><h3>新闻中心</h3><ul>{rows}</ul></div>"
        "<div class='more'><a href='/ldjh.html'>领导讲话</a></div>",
    )


def faculty_home() -> str:
    strip = "".join(
        f"<td><a href='{path}'><img src='/images/report{n}.jpg'></a><br><span>{name}</span></td>"
        for n, (path, name, _) in enumerate(REPORTS)
    )
    return page_of("教育学院", f"<div class='marquee'><table><tr>{strip}</tr></table></div><p>教育学院欢迎您。</p>")


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def crawled() -> SiteModel:
    """The home, the news column and its posts, the faculty's home: what the crawl reads before the reports."""
    model = SiteModel()
    model.enter(H + "/index.html")
    start = analysed(home(), "/index.html")
    model.observe(start)
    model.classify(start, has_body=True)
    column = analysed(news_column(), "/xwzx.html")
    model.observe(column)
    assert model.classify(column, has_body=True).role == LISTING
    for path, name, day in NEWS:
        page = analysed(post(name, day), path)
        model.observe(page)
        decision = model.classify(page, has_body=True)
        assert decision.role == ARTICLE, (path, decision.reason)
    faculty = analysed(faculty_home(), "/index2.html")
    model.observe(faculty)
    model.classify(faculty, has_body=True)
    return model


def test_a_dated_post_linked_by_a_strip_of_pictures_is_an_article() -> None:
    """Before: "reached only from navigation or other pages", a page, at the crawl's end."""
    model = crawled()
    for path, name, day in REPORTS:
        report = analysed(post(name, day), path)
        model.observe(report)
        assert model.classify(report, has_body=True).role == UNDECIDED
        decision = model.resolve(report, has_body=True)
        assert decision.role == ARTICLE, (path, decision.reason)


def test_a_dated_page_the_menu_links_stays_a_page() -> None:
    """The guard: the college's introduction, of the posts' URL family and dated by its last edit, is linked by
    the menu of every page."""
    model = crawled()
    intro = analysed(post("学院简介", "2015-09-01"), "/info/1001/900.html")
    model.observe(intro)
    decision = model.resolve(intro, has_body=True)
    assert decision.role == PAGE, decision.reason


def speech_box(paths: list[tuple[str, str, str]]) -> str:
    """A column's box of its newest records, each with its day: the section front shows it, and so does the
    column's own sub-list page."""
    rows = "".join(f"<li><a href='{path}'>{name}</a> <span>[{day}]</span></li>" for path, name, day in paths)
    return f"<div class='noticeList'><ul>{rows}</ul></div>"


def test_a_sub_list_of_dated_records_in_the_posts_family_is_no_post() -> None:
    """The guard (real sites aspnet-qccy's ``/speech/Dic-62.html`` and cms-hncic's listing pages, which the site
    names like its posts): a column's sub-list, linked from its section front and named like the posts, shows the
    column's newest dated records exactly as the front shows them (the same markup and entries on two pages: the
    site's chrome, so no listing of its own), a day in its header and an introduction as long as its list. Its
    family's articles are listed and date themselves, a link outside the menus reaches it, and its layout is the
    posts' (no heading): only its box of dated records says it is a list, not a post behind a strip."""
    model = crawled()
    front = analysed(
        page_of("领导讲话", f"<div class='col'>{speech_box(NEWS[:5])}<a href='/info/1001/62.html'>更多讲话</a></div>"),
        "/ldjh.html",
    )
    model.observe(front)
    model.classify(front, has_body=True)
    intro = "<p>" + "本栏目收录中央领导同志关于高等教育改革发展的重要讲话，供全院师生学习参考。" * 4 + "</p>"
    sub_list = analysed(
        page_of(
            "中央领导讲话", f"<div class='head'>中央领导讲话 <span>2016-05-03</span></div>{intro}{speech_box(NEWS[:5])}"
        ),
        "/info/1001/62.html",
    )
    model.observe(sub_list)
    assert sub_list.has_date and sub_list.url in model.navigable
    path, name, day = NEWS[0]
    assert sub_list.template == analysed(post(name, day), path).template  # the posts' layout
    assert sub_list.outside_text >= (sub_list.grouped_text or 0)
    decision = model.resolve(sub_list, has_body=True)
    assert decision.role == PAGE, decision.reason
