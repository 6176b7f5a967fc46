"""Shapes of the ninth held-out round's Chinese sites (docs/realsites.md, "Held-out sites, ninth round"), written
small by hand: a school's site builder that prints each item's day as "[发布时间2021年3月11日]" (no colon) or as the
day alone under a ``div.tit`` headline, titles every page with the school's name, and wraps a short item's text in
a block whose class says "info"; an association's table-layout CMS that titles every article "Column——Site",
prints the headline in a ``td.x_content_title`` over an unlabelled "2020-08-21 14:53:33" line, and lists its
column under a pager that posts a form ("搜索到约312项结果"). Pure."""

from __future__ import annotations

from archiver.discovery.pagination import record_count
from archiver.extract.article import extract_article
from archiver.extract.labels import parse_label_line

H = "http://school.test"
SCHOOL = "某市实验小学"


def school_item(headline: str, day_line: str, text: str, *, name_in_text: bool = False) -> str:
    """The school builder's item template: a welcome line, a "details" banner with a trail, the item block
    (``div.sys_info``: the headline, the day line, the text in a nested ``div.sys_info``), the footer."""
    mention = f"<p>（供稿：<span>{SCHOOL}</span>）</p>" if name_in_text else ""
    return (
        f"<html><head><title>{SCHOOL}</title></head><body>"
        '<div class="header"><img src="/images/top.png"><ul class="menu"><li><a href="/index.html">网站首页</a></li>'
        '<li><a href="/newslist/1.html">学校概况</a></li><li><a href="/newslist/2.html">校园动态</a></li></ul></div>'
        f'<div class="xqxx_con"><div class="ny_ritle"><p>{SCHOOL}欢迎您！</p></div><div class="font_xqxxee">'
        '<div class="ny_list_tiel"><strong>详情信息</strong><p><a href="/index.html">首页</a> &gt; 详情信息</p></div>'
        f'<div class="font_size"><div class="sys_info"><div class="tit">{headline}</div>'
        f'<div class="pub_time">{day_line}</div><div class="sys_info"><div class="info_con" id="ContentID">'
        f"{text}{mention}</div></div></div></div></div></div>"
        f'<div class="footer"><p>版权所有：{SCHOOL}<br>技术支持：<a href="javascript:;">某网络公司</a></p></div>'
        "</body></html>"
    )


LONG_TEXT = "".join(
    f"<p>3月10日，我校面向全体教职工开展了第{n}次规范语言文字校本培训，两位语文分管教导就平时工作中常用的标点进行讲解。</p>"
    for n in range(3)
)


def test_a_date_label_glued_to_its_date_is_a_label() -> None:
    """ "[发布时间2021年3月11日]": the school builder glues its label to the day, no colon between. Before, a label
    needed a colon: the line was no label, the item had no meta line, and its headline (a ``div.tit``, <title> being
    the school's name) and day were not found (132 of 137 items titled with the school's name, 125 dated from an
    image's folder)."""
    assert [(hit.kind, hit.value) for hit in parse_label_line("[发布时间2021年3月11日]")] == [("date", "2021年3月11日")]
    record = extract_article(
        school_item("规范语言文字，正确使用标点", "[发布时间2021年3月11日]", LONG_TEXT), H + "/page/1.html"
    )
    assert record["title"] == "规范语言文字，正确使用标点"
    assert record["published_at"] is not None and record["published_at"].startswith("2021-03-11")
    assert "发布时间" not in record["body"]


def test_a_glued_label_needs_a_year_after_it() -> None:
    """Only a year right after it makes "发布时间" a glued label: "发布时间不详" and the bare "时间2021年" of running
    text stay words."""
    assert parse_label_line("发布时间不详，请以通知原文为准") == []
    assert parse_label_line("本学期时间2021年3月起安排如下") == []


def test_an_unlabelled_day_under_a_title_named_heading_is_the_meta_line() -> None:
    """The same template printing the day alone ("2019年11月1日") under the ``div.tit``: that line is the item's meta
    line, and the heading above it the headline, where <title> is the school's name. Before, no rule named the
    heading (no label line), and <title>, the school's name, was the title."""
    record = extract_article(
        school_item("我校召开教育装备管理工作会议", "2019年11月1日", LONG_TEXT), H + "/page/2.html"
    )
    assert record["title"] == "我校召开教育装备管理工作会议"


def test_the_sites_name_inside_the_text_is_no_headline() -> None:
    """<title> is the school's name, and the text's credit line names the school too (a ``<span>``): that span
    comes after the item's meta line, under the heading above it, and is no headline. Before, it matched <title>
    and was the title."""
    html = school_item("凝心聚力谱新篇", "[发布时间2019年10月28日]", LONG_TEXT, name_in_text=True)
    assert extract_article(html, H + "/page/3.html")["title"] == "凝心聚力谱新篇"


def test_a_short_items_text_in_an_info_named_block_stays() -> None:
    """A short item's text, in a ``div.sys_info`` ("info" a furniture word) beside the headline and the day line:
    the votes go to the page's content block (the welcome line and the banner beside the item), and the info block
    holds less than most of that block's text, but most of what stays once the headline and the day line leave.
    Before, it was cleaned out as furniture, and the body was the welcome line and "详情信息" alone."""
    text = "<p>12月30日，第十五届少年科学院课题研究成果展示交流活动在北京落下帷幕，我校两名同学均收获了小院士称号。</p>"
    record = extract_article(
        school_item("我校学生参加全国小院士交流活动", "[发布时间2019年12月30日]", text), H + "/page/4.html"
    )
    assert "小院士称号" in record["body"]


def test_short_lines_before_a_title_named_headline_leave_the_text() -> None:
    """The votes' block holds, before the item's ``div.tit`` headline, the page's welcome line and its "details"
    banner: short lines before the headline are the page's way to the item, as before an ``<h1>``. Before, only a
    heading tag's were left out, and they opened the body."""
    text = "<p>12月30日，第十五届少年科学院课题研究成果展示交流活动在北京落下帷幕，我校两名同学均收获了小院士称号。</p>"
    record = extract_article(
        school_item("我校学生参加全国小院士交流活动", "[发布时间2019年12月30日]", text), H + "/page/4.html"
    )
    assert record["body"].startswith("12月30日")
    assert "欢迎您" not in record["body"] and "详情信息" not in record["body"]


def association_article(column: str, headline: str, stamp: str) -> str:
    """The association CMS's article template: a top menu, a trail, a side menu of the column's sub-columns (the
    current one marked), the headline cell over its time cell, the text."""
    text = "".join(
        f"<p>为促进价格系统新进人员加快了解价格业务知识，根据培训计划，定于第{n}期举办全省初任岗前培训班，请各单位按时报名。</p>"
        for n in range(3)
    )
    return (
        f"<html><head><title>{column}——某省价格协会</title></head><body>"
        '<table class="tableMainStyle"><tr><td><a href="../index.html">首 页</a></td>'
        '<td><a href="../col1/articlecolumn.html">工作动态</a></td><td><a href="articlecolumn.html">价格培训</a></td>'
        "</tr></table>"
        '<table><tr><td><a href="../index.html">首页</a> &gt;&gt; <a href="articlecolumn.html" class="x_column_link">'
        f'价格培训</a> &gt;&gt; <a href="articlecolumn.html" class="x_column_link">{column}</a> &gt;&gt; 正文</td></tr>'
        '</table><table><tr><td width="220"><table>'
        f'<tr><td id="menuListSelected"><a href="articlecolumn.html">{column}</a></td></tr>'
        '<tr><td><a href="../col10/articlecolumn.html">培训信息</a></td></tr></table></td>'
        '<td><table><tr><td class="x_content_title">' + headline + "</td></tr>"
        f'<tr><td><span class="x_time">{stamp}</span></td></tr>'
        f'<tr><td><div id="divMainContentID">{text}</div></td></tr></table></td></tr></table>'
        "<table><tr><td>版权所有 地址：某市北京西路24号</td></tr></table></body></html>"
    )


def test_a_columns_menu_entry_repeating_the_title_is_no_headline() -> None:
    """<title> is "Column——Site" on every article; the side menu's entry for the column (a link to the column's
    page) repeats its first part, and the headline is the ``td.x_content_title`` over the unlabelled time line
    ("2017-11-01 14:47:0", the CMS cutting the seconds). Before, the menu entry was the title (75 of 82 articles
    titled with their column's name)."""
    html = association_article("培训动态", "关于举办全省价格系统初任岗前培训班的通知", "2017-11-01 14:47:0")
    record = extract_article(html, "http://assoc.test/col6/col9/articleinfo-300.html")
    assert record["title"] == "关于举办全省价格系统初任岗前培训班的通知"
    assert record["published_at"] is not None and record["published_at"].startswith("2017-11-01")


def test_a_menu_entry_repeating_the_title_stays_without_a_heading_over_a_meta_line() -> None:
    """The same menu entry on a page with no heading over a meta line (the column's own front): nothing names
    another headline, and the entry repeating <title> stays the title."""
    html = (
        "<html><head><title>培训动态——某省价格协会</title></head><body><table><tr>"
        '<td id="menuListSelected"><a href="articlecolumn.html">培训动态</a></td></tr></table>'
        "<div><p>本栏目发布全省价格系统干部教育培训的计划、通知和培训班举办情况，欢迎各单位投稿。</p></div>"
        "</body></html>"
    )
    assert extract_article(html, "http://assoc.test/col6/col9/intro.html")["title"] == "培训动态"


def test_a_search_style_total_is_a_record_count() -> None:
    """A column whose pager posts a form states its total as a search's: "搜索到约312项结果" (about 312 results
    found). Before, no count was read and the crawl of the column's one copied page ended with exit 0, silent."""
    assert record_count("首页 1 2 3 末页 搜索到约312项结果") == 312
    assert record_count("找到 12 条结果") == 12


def column_page(rows: int) -> str:
    """The association CMS's column page: a side box, then the list, whose rows each end with
    ``</tr></table></td></tr>`` (tables closed that the template opened once): the parser nests the first rows
    under other tables."""

    def row(n: int) -> str:
        return (
            f"<tr><td></td><td width='15'><img src='/dot.jpg'></td><td align='left'>"
            f"<a class='x_title' href='articleinfo-{500 - n}.html'>关于开展第{n}期价格课题成果评选的通知</a></td>"
            f"<td align='right'><span class='x_time'>2020-07-{n + 1:02d}</span></td></tr></table></td></tr>"
        )

    return (
        "<html><head><title>研究课题——某省价格协会</title></head><body>"
        '<table class="tableMainStyle_F"><tr><td><table class="tableStyle20"><tr><td width="220"><table><tr><td>'
        '<form action="/search.php"><input name="keyword"></form></td></tr></table></td>'
        '<td><table width="98%"><tr><td align="left"><table></table></td></tr>'
        + "".join(row(n) for n in range(rows))
        + "</table><div>搜索到约312项结果</div></body></html>"
    )


def test_a_lists_rows_set_apart_by_broken_tables_are_its_records() -> None:
    """The list's first two rows stand under other tables once parsed, each a path of its own (a "list" of one
    undated link), while the rows after them form the dated list. A row with the list's cells, its link class and
    a date of its own is one more row of that list. Before, the first two articles of each column were "reached
    only from navigation" and never archived (5 of 82)."""
    from archiver.discovery.page import analyze_page
    from archiver.extract.html import parse_html

    html = column_page(6)
    root, _ = parse_html(html)
    analysis = analyze_page(root, "http://assoc.test/col3/articlecolumn.html", frozenset({"assoc.test"}), html)
    dated = [group for group in analysis.groups if group.dated]
    assert len(dated) == 1
    assert len(dated[0].urls) == 6 and dated[0].dated == 6
    assert "http://assoc.test/col3/articleinfo-500.html" in dated[0].urls


def test_a_comment_thread_after_a_short_post_stays_out() -> None:
    """The "most of what stays" rule keeps a furniture-named block that opens what stays (the school item's
    text); a comment thread (``div#comments``) after a short post's one line holds most of what stays too, but the
    post's line comes first, and the thread stays furniture. A first version of the rule kept it (a CWCED blog
    page's body went from its post to its twelve comments)."""
    comments = "".join(
        f'<div class="entry"><a href="/u/{n}">读者{n}</a> 2004-12-27 13:{n:02d}<br>'
        f"欢迎欢迎，热烈欢迎，期待在这里读到更多技术写作的文章，第{n}条。</div>"
        for n in range(12)
    )
    html = (
        "<html><head><title>很高兴入住博客堂 - 某技术博客</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/about">关于</a></div>'
        '<div id="main"><h1>很高兴入住博客堂</h1><div class="date">2004-12-27</div>'
        "<p>承蒙邀请，很高兴入住博客堂，这里的博客将集中在两门编程语言上。</p>"
        f'<div id="comments">{comments}</div></div></body></html>'
    )
    record = extract_article(html, "http://blog.test/archive/2004/12/27/1.aspx")
    assert record["body"].startswith("承蒙邀请")
    assert "热烈欢迎" not in record["body"]
