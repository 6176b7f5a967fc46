"""Item templates of Chinese portals first met on session 19's held-out round (docs/realsites.md, "Held-out round
of session 19 (Chinese portals)"), written small by hand: an association portal's byline span holding a credit
("供稿：通讯员 林超群", "摄影、报道：王荣伟", "来源：新华网"), a school portal whose mobile header repeats the site's
name in an ``<h1>`` linking to ``index.html`` above each item's short headline, a WordPress-styled EmpireCMS item
closing with a notice that prints the page's own address, and a headline holding a zero-width space before its
dash. Pure."""

from __future__ import annotations

import pytest

from archiver.extract.article import extract_article
from archiver.extract.authors import credited_writers
from archiver.normalize import normalize_space

PROSE = (
    "<p>近日，某省基督教两会在某市举办全省中青年教职人员培训班，来自全省各地的六十余名教职人员参加了为期五天的"
    "培训。培训内容包括政策法规、教会管理、讲道技巧和社会服务等，学员们纷纷表示收获很大。</p>"
    "<p>培训期间，学员们还分组进行了讨论，交流了各自在教会工作中的经验和体会，并就如何更好地服务信众、"
    "服务社会提出了许多很好的建议。培训班在热烈的气氛中圆满结束。</p>"
)


def association_item(byline: str, title: str = "某省基督教两会举办全省中青年教职人员培训班") -> str:
    """The association portal's item: a header bar, the crumbs, ``div.yd-news-title`` and ``div.yd-report-data``
    (the day, a "收藏" button, ``span.yd-news-author``), the text ``div#textify``, a reading-rank box."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        '<div class="header"><div class="yd-head-top"><a href="index1.html">English</a> <a href="login.html">登录</a>'
        '</div><ul class="nav"><li><a href="index.html">首页</a></li><li><a href="news.html">新闻动态</a></li>'
        '<li><a href="church.html">各地教会</a></li></ul></div>'
        '<div class="yd-main"><div class="yd-local"><a href="index.html">首页</a> <a href="news.html">新闻动态</a> '
        '<a href="news.html">教会活动</a></div>'
        '<div class="yd-main-left"><div class="yd-news-con"><div class="yd-news-head">'
        f'<div class="yd-news-title title-color">{title}</div>'
        '<div class="yd-report-data"><span>2020-11-26</span> '
        "<span onclick=\"Collect(1,'article')\"><span>收藏</span></span> "
        f'<span> <span class="yd-news-author">{byline}</span></span>'
        '<div class="yd-new-css"><div class="yd-font-add">A+</div><div class="yd-font-calc">A-</div></div></div>'
        f'</div><div class="yd-report-con" id="textify">{PROSE}</div></div></div>'
        '<div class="yd-main-right"><div class="yd-read-rank"><div class="yd-title">阅读排行</div>'
        '<div class="yd-rank-item"><a href="13806.html">坚持正确方向 办好新时代的教会</a></div>'
        '<div class="yd-rank-item"><a href="13861.html">担负时代使命 书写教会故事</a></div></div></div></div>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("供稿：通讯员 林超群", "林超群"),
        ("摄影、报道：王荣伟", "王荣伟"),
        ("报道：杜鹏", "杜鹏"),
        ("供稿：练冬雯、张莉莉 摄影：吴新望", "练冬雯, 张莉莉"),
        ("来源：新华网", None),
        ("Source: The Amity Foundation", None),
    ],
)
def test_a_credit_in_the_byline_span_gives_its_writers_not_the_credit_whole(byline: str, author: str | None) -> None:
    record = extract_article(association_item(byline), "http://lh.test/13917.html")
    assert record["title"] == "某省基督教两会举办全省中青年教职人员培训班"
    assert record["published_at"] == "2020-11-26T00:00:00+08:00"
    assert record["author"] == author


def test_credited_writers_reads_the_roles_before_the_colon() -> None:
    assert credited_writers("供稿：通讯员 林超群") == (True, "林超群")
    assert credited_writers("撰文/摄影：李四") == (True, "李四")
    assert credited_writers("摄影：吴新望") == (True, None)  # a photographer: credited, no writer
    assert credited_writers("编辑：莉莉") == (True, None)
    assert credited_writers("张三") == (False, None)  # no credit label: the name rules read it


def school_item(headline: str) -> str:
    """The school portal's item: a mobile header ``<h1 class="am-header-title"><a href="index.html">`` naming the
    school (first in the page), a desktop logo, the crumbs, ``article.am-article`` with ``h1.am-article-title`` and
    ``p.am-article-meta`` (文章来源, 作者, 发布时间), <title> "Headline - School"."""
    school = "某市某区教师进修学校"
    return (
        f"<html><head><meta charset='utf-8'><title>{headline} - {school}</title></head><body>"
        '<header class="am-header hj-header-mb"><div class="am-header-left"><a href="index.html">首页</a></div>'
        f'<h1 class="am-header-title"><a href="index.html" class="">{school}</a></h1></header>'
        f'<div class="hj-logo"><a href="index.html"><img src="static/logo.png" alt="{school}"></a></div>'
        '<ul class="nav"><li><a href="index5.html">学校概况</a></li><li><a href="index30.html">教研通知</a></li></ul>'
        '<section class="hj-con"><div class="hj-breadcrumb"><ol class="am-breadcrumb"><li><a href="index.html">首页'
        '</a></li><li><a href="index30.html">教研通知</a></li></ol></div>'
        '<div class="hj-detail-article"><article class="am-article"><div class="am-article-hd am-text-center">'
        f'<h1 class="am-article-title">{headline}</h1><p class="am-article-meta"><span>文章来源：本站原创</span> '
        "<span>作者：王老师</span> <span>发布时间：2020-10-16</span> <span>阅读数：<span id='views'></span></span>"
        f"</p></div><div>{PROSE}</div></article></div></section></body></html>"
    )


@pytest.mark.parametrize("headline", ["且学且研，且思且行", "小学美术教研通知", "test"])
def test_a_header_h1_linking_to_index_html_is_the_sites_name_not_a_short_headline(headline: str) -> None:
    record = extract_article(school_item(headline), "http://jx.example.cn/4198.html")
    assert record["title"] == headline
    assert record["author"] == "王老师"


def wpcom_item(path: str) -> str:
    """An EmpireCMS item in a WordPress theme's markup: ``article.post`` > ``h1.entry-title``, ``div.entry-info``
    ("作者： • 更新时间：…"), ``div.entry-content`` closing with ``div.entry-copyright``, a notice naming the page's
    own address."""
    return (
        "<html><head><meta charset='utf-8'><title>某市工业发展最新成绩单出炉 - 某省人物网</title></head><body>"
        '<header class="header"><h1 class="logo"><a href="/">某省人物网</a></h1><ul class="nav"><li><a href="/zx/">'
        '资讯</a></li><li><a href="/zx/sc/">本省新闻</a></li></ul></header>'
        '<div class="wrap container"><div class="main"><ol class="breadcrumb"><li><a href="/">首页</a> > '
        '<a href="/zx/">资讯</a> > <a href="/zx/sc/">本省新闻</a></li>'
        '</ol><article class="post type-post hentry"><div class="entry"><div class="entry-head">'
        '<h1 class="entry-title">某市工业发展最新成绩单出炉</h1><div class="entry-info">作者：<a class="nickname"></a> '
        '<span class="dot">•</span> <span>更新时间：2024-10-07 17:52:25</span></div></div>'
        f'<div class="entry-content clearfix">{PROSE}<div class="entry-copyright"><p>本文由某省人物网发布，不代表某省'
        f"人物网立场，转载联系作者并注明出处：http://www.rw.test{path}</p></div></div></div></article></div></div>"
        "</body></html>"
    )


def test_a_closing_notice_printing_the_pages_own_address_is_no_text() -> None:
    record = extract_article(wpcom_item("/zx/sc/200.html"), "http://www.rw.test/zx/sc/200.html")
    assert record["title"] == "某市工业发展最新成绩单出炉"
    assert record["body"].endswith("培训班在热烈的气氛中圆满结束。")
    assert "注明出处" not in record["body"]


def test_a_closing_line_citing_another_page_stays() -> None:
    record = extract_article(wpcom_item("/zx/sc/199.html"), "http://www.rw.test/zx/sc/200.html")
    assert record["body"].endswith("http://www.rw.test/zx/sc/199.html")


def test_a_zero_width_space_between_a_han_character_and_a_dash_is_no_break() -> None:
    assert normalize_space("迎挑战 谋融合\u200b——本届委员会第二次会议召开") == "迎挑战 谋融合——本届委员会第二次会议召开"
    assert normalize_space("“\u200b教会灯台”") == "“教会灯台”"
    assert normalize_space("word\u200b—word") == "word —word"  # beside a Latin letter: still a break
    record = extract_article(
        association_item("报道：冯谦", title="迎挑战 谋融合\u200b——本届传媒事工委员会第二次会议召开"),
        "http://lh.test/13844.html",
    )
    assert record["title"] == "迎挑战 谋融合——本届传媒事工委员会第二次会议召开"
