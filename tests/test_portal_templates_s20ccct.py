"""Shapes of an association portal's Chinese and English editions and of its old edition (session 20, cms-ccctspm;
docs/realsites.md, "cms-ccctspm, session 20"), written small by hand: an English column page whose breadcrumb links
the English front page ``index1.html`` by a house icon and by "Home" (a name numbered like the home's first page),
and an old edition's front page whose summaries each hold an empty link before "[全文]" to the same item. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
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
