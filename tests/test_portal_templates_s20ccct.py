"""Shapes of an association portal's Chinese and English editions and of its old edition (session 20, cms-ccctspm;
docs/realsites.md, "cms-ccctspm, session 20"), written small by hand: an English column page whose breadcrumb links
the English front page ``index1.html`` by a house icon and by "Home" (a name numbered like the home's first page),
and an old edition's front page whose summaries each hold an empty link before "[全文]" to the same item. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://assoc.test"
ALLOWED = frozenset({"assoc.test"})


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def english_column(items: list[tuple[int, str, str]]) -> str:
    """An English column page (``/9.html``): the menu, the breadcrumb (house icon and "Home", both linking the English
    front page ``index1.html``), and the column's cards (picture, headline, day)."""
    cards = "".join(
        f'<div class="yd-news-list"><div class="yd-news-img"><a href="{n}.html"><img src="p{n}.png" alt=""></a></div>'
        f'<a href="{n}.html" class="yd-rule-item"><div class="yd-rule-title"><div>{title}</div></div>'
        f'<div class="yd-rule-time">{day}</div></a></div>'
        for n, title, day in items
    )
    return (
        "<html><head><title>OFFICIAL WEBSITE OF THE CHURCHES</title></head><body>"
        '<div class="header"><ul class="nav"><li><a href="index1.html"><img src="logo.png">Home</a></li>'
        '<li><a href="news1.html">News</a></li><li><a href="church1.html">The Church</a></li></ul></div>'
        '<div class="yd-local"><div><a href="index1.html"><img src="home.png" alt=""></a> <i><img src="more.png"></i> '
        '<a href="index1.html">Home</a> <i><img src="more.png"></i> <a href="news1.html">News</a></div></div>'
        f'<div class="yd-main-left">{cards}</div>'
        '<div class="footer"><a href="aboutus1.html">About Us</a> <a href="contactus1.html">Contact Us</a></div>'
        "</body></html>"
    )


ENGLISH_ITEMS = [
    (13900 + n, f"Bible School Number {n} Holds Its Thanksgiving Service and Activities", f"2020-11-{10 + n}")
    for n in range(7)
]


def test_a_breadcrumbs_house_icon_beside_home_in_words_is_no_pager() -> None:
    """``index1.html`` reads as page 1 of the home's ``index<n>.html`` pager, and the breadcrumb's house icon links it
    without words, as a pager's arrow does. Read as a pager, every English column page was a page of the Chinese
    home's listing, its records the home's, and the home was estimated at 98 records of which 59 were archived (exit
    5). The page names that target "Home" in words beside the icon: the way home, not a pager."""
    page = analysed(english_column(ENGLISH_ITEMS), "/9.html")
    assert page.pagination == []


def test_a_pagers_arrow_without_words_is_still_a_pager() -> None:
    """A listing's image arrow to its next page, named nowhere in words, is still its pager's."""
    html = english_column(ENGLISH_ITEMS).replace(
        '<div class="footer">',
        '<div class="pages"><a href="news1_2.html"><img src="next.png" alt=""></a></div><div class="footer">',
    )
    page = analysed(html, "/news1.html")
    assert 2 in [ref.number for ref in page.pagination]


def old_front(items: list[tuple[int, int, str, str]]) -> str:
    """The old edition's front (``index2.html``): a table of boxes, each a headline of another item above a pictured
    summary, the summary ending in an empty link (an editor's leftover) and "[全文]", both to its item."""
    boxes = "".join(
        f'<tr><td height="80"><table width="340"><tr><td><a href="{other}.html">{headline}</a></td></tr></table>'
        f'<table width="340"><tr><td width="112"><table><tr><td><a href="{n}.html"><img src="f{n}.jpg" width="90">'
        f'</a></td></tr></table></td><td width="228"><table><tr><td align="left"><div>&nbsp;<span class="hjj2">'
        f'{summary}...<a href="{n}.html"></a>[<a href="{n}.html" target="_blank">全文</a>] </span></div></td></tr>'
        "</table></td></tr></table></td></tr>"
        for n, other, headline, summary in items
    )
    return (
        "<html><head><title>中国某某网站 - 新闻综合门户</title></head><body>"
        '<div class="top"><a href="index.html">首页</a> <a href="index5.html">新闻聚焦</a></div>'
        f'<table class="main">{boxes}</table></body></html>'
    )


OLD_ITEMS = [
    (
        171013114,
        18117190,
        "全国某某院校学习培训班在沪举办，来自各地的学员参加",
        "2017年10月13日上午，某会组织本会同工在会议室学习新修订的条例，邀请有关部门负责人做专题讲座",
    ),
    (
        1441738,
        14625165,
        "某某教主逃至海外，豪宅里遥控传播邪教（组图）",
        "识破异端邪说的本来面目，教会同工和信徒要提高警惕，坚持正确信仰，抵制各种歪理邪说的侵蚀",
    ),
    (
        1521058,
        1818953,
        "寒冬送温暖——某市教堂为患者捐助爱心基金",
        "春节来临之际，让我们一同为国家、为教会、为家庭和亲友祷告，求主赐福新的一年",
    ),
]


def test_an_empty_link_before_the_items_worded_link_leaves_the_item_its_entry() -> None:
    """Each summary links its item by an empty ``<a>`` and by "[全文]": the empty one, chosen as the record's link
    to the item, was dropped as a wordless button and took the item's entry with it. A group of no link then failed
    the page's analysis (a division by zero: the old edition's front and everything it links were lost)."""
    page = analysed(old_front(OLD_ITEMS), "/index2.html")
    listed = {url for group in page.groups for url in group.urls}
    assert {f"{H}/{n}.html" for n, *_ in OLD_ITEMS} <= listed
    assert all(group.urls for group in page.groups)


def item(title: str, day: str) -> str:
    """A news item (``/<id>.html``): the headline in ``div.yd-news-title``, its day, its text."""
    prose = "".join(
        f"<p>{title}，第{n}段：各地教会同工认真学习，积极参与，活动取得了良好的效果。</p>" for n in range(4)
    )
    stamp = f'<div class="yd-report-data"><span>{day}</span></div>' if day else ""
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<div class="header"><ul class="nav"><li><a href="index.html">首页</a></li><li><a href="news.html">新闻动态</a>'
        '</li><li><a href="service.html">社会服务</a></li></ul></div>'
        f'<div class="yd-main-left"><div class="yd-news-con"><div class="yd-news-title">{title}</div>{stamp}'
        f'<div id="textify">{prose}</div></div></div></body></html>'
    )


# Fifteen dated news items beside three undated projects, as the portal has 96 beside 8: the family dates itself
# (nearly all of its records print a date) counting its held undated records too.
NEWS = [(13900 + n, f"某省基督教两会举办第{n + 1}期中青年教职人员培训班", f"2020-11-{10 + n}") for n in range(15)]
PROJECTS = [(19, "爱心餐计划"), (20, "助学计划"), (211, "助行计划")]


def home() -> str:
    """The home: a box of dated news, named ``/<id>.html`` as the projects are."""
    news = "".join(f'<li><a href="{n}.html">{title}</a><span>{day}</span></li>' for n, title, day in NEWS)
    return (
        "<html><head><title>某某基督教网</title></head><body>"
        '<div class="header"><ul class="nav"><li><a href="index.html">首页</a></li><li><a href="news.html">新闻动态</a>'
        '</li><li><a href="service.html">社会服务</a></li></ul></div>'
        f'<div class="yd-news"><ul class="news-list">{news}</ul></div></body></html>'
    )


def projects_column(days: bool = False) -> str:
    """The projects' column (``/proworker.html``): each project's name and summary (``days``: a day beside each)."""
    entries = "".join(
        f'<li><a href="{n}.html">基督教全国两会“{name}”社会服务项目</a><p>为教会养老院中的老人和困难学生提供帮助。</p>'
        + (f"<span>2020-10-1{i}</span>" if days else "")
        + "</li>"
        for i, (n, name) in enumerate(PROJECTS)
    )
    return (
        "<html><head><title>项目事工</title></head><body>"
        '<div class="header"><ul class="nav"><li><a href="index.html">首页</a></li><li><a href="news.html">新闻动态</a>'
        '</li><li><a href="service.html">社会服务</a></li></ul></div>'
        f'<div class="yd-service"><ul class="service-list">{entries}</ul></div></body></html>'
    )


def project(name: str) -> str:
    """A charity project's page: its story, no date of its own (the fund-raising widget's period left in a comment)."""
    return (
        f"<html><head><title>基督教全国两会“{name}”</title></head><body>"
        '<div class="header"><ul class="nav"><li><a href="index.html">首页</a></li><li><a href="news.html">新闻动态</a>'
        '</li><li><a href="service.html">社会服务</a></li></ul></div>'
        f'<div class="yd-ministry"><div>基督教全国两会“{name}”</div>'
        "<!-- <div>筹集时间：<span>2017-12-11至2032-05-09</span></div> -->"
        "<p>起始年份：2017年。项目简介：本项目由社会服务部发起，通过与教会养老院合作，为居住在养老院中的高龄、失能、"
        "患病或孤寡老人购买一份营养丰富、搭配均衡的爱心餐，为他们的生活送上一丝幸福的馨香气。</p></div></body></html>"
    )


def placed_projects(days: bool) -> set[str]:
    """The roles the projects' pages are placed in: the home and its news read, then the projects' column, then each
    project's page (held), placed at the crawl's end."""
    model = SiteModel()
    model.enter(H + "/")
    front = analysed(home(), "/")
    model.observe(front)
    assert model.classify(front, has_body=True).role == LISTING
    for n, title, day in NEWS:
        news = analysed(item(title, day), f"/{n}.html")
        model.observe(news)
        assert model.classify(news, has_body=True).role == ARTICLE
    model.reach(H + "/proworker.html")
    column = analysed(projects_column(days), "/proworker.html")
    model.observe(column)
    assert model.classify(column, has_body=True, expected_listing=True).role == LISTING
    held, roles = [], set()
    for n, name in PROJECTS:
        page = analysed(project(name), f"/{n}.html")
        assert not page.has_date
        model.observe(page)
        decision = model.classify(page, has_body=True)
        if decision.role == UNDECIDED:
            held.append(page)
        else:
            roles.add(decision.role)
    return roles | {d.role for d in model.resolve_all([(p, True, None) for p in held]).values()}


def test_an_undated_record_no_list_dates_among_self_dated_posts_is_a_page() -> None:
    """The projects' column lists the charity projects undated; each project's page prints no date (the widget's
    "筹集时间" period is commented out), where every news item, named ``/<id>.html`` as they are, prints its own. "A
    listing's record; its family shows dates" made each an article (cms-ccctspm's five project pages, non-articles);
    with no date on its page nor beside it on any list, it is held, and placed as a page at the crawl's end."""
    assert placed_projects(days=False) == {PAGE}


def test_an_undated_post_a_list_dates_stays_a_post() -> None:
    """The same column with a day beside each entry dates them: a list's date makes an undated page a post, as
    before."""
    assert placed_projects(days=True) == {ARTICLE}
