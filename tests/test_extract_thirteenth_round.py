"""Pages modelled on three real sites whose bodies missed in session 13 (docs/extraction.md, "Posts of a picture, a
table or a link"), written for these tests: a WordPress theme's image posts beside a "Related stories" slider
(wp-aganor), a school CMS's table posts and hit-counter line (cms-wgxy), a TRS portal's posts that are one link to
their document (trs-cpaxj)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article
from archiver.extract.body import before_headline, is_volatile_line
from archiver.extract.html import parse_html

CAPTURED = datetime(2026, 12, 3, tzinfo=UTC)


# --- a WordPress theme: the headline in a banner above the content column, related stories below the post --------


def teaser(n: int) -> str:
    return (
        f"<div class='list-item post-{n}'><div class='thumbnail'><a href='/2024/0{n}/02/story-{n}/'>"
        f"<img src='/wp-content/uploads/story-{n}.jpg' alt=''></a></div><div class='post-date'>mai {n}, 2024</div>"
        f"<header><h3><a href='/2024/0{n}/02/story-{n}/'>Story number {n} of the agency</a></h3></header>"
        f"<div class='post-content-outer'><p>On day {n} the standards agency received a delegation of traders to "
        f"discuss the labelling of…</p></div></div>"
    )


def wordpress_post(content: str) -> str:
    related = "".join(teaser(n) for n in range(1, 9))
    return (
        "<html lang='fr'><head><meta charset='utf-8'><title>NOTICE TO THE PUBLIC – Standards Agency</title></head>"
        "<body><header class='main-header'><nav><ul><li><a href='/'>Accueil</a></li><li><a href='/blog/'>Actualités"
        "</a></li></ul></nav></header>"
        "<div id='sub-header'><div class='page-header'><h1><span class='title'>NOTICE TO THE PUBLIC</span></h1>"
        "<span class='post-siblings'><a href='/2022/01/20/older/'>&lt;</a><a href='/blog/'>all</a></span></div></div>"
        "<div class='main'><div class='row'>"
        "<article class='single-post-wrapper post type-post hentry'><div class='post-article'>"
        "<div class='meta-top'><span class='post-date'>janvier 21, 2022</span></div>"
        "<div class='post-media'><img src='/wp-content/uploads/2022/01/notice-scan.jpg' alt=''></div>"
        f"<div class='post-content the-content'>{content}</div>"
        "<div class='share-btns'><ul class='socialcount'><li><a href='https://facebook.example/share'>Like</a></li>"
        "<li><a href='https://twitter.example/tweet'>Tweet</a></li><li><a href='https://pin.example/pin'>Pin it</a>"
        "</li></ul></div></div></article>"
        f"<div class='related-posts'><h2 class='related-content-title'>RELATED STORIES</h2>"
        f"<div class='loop-wrapper news scroll-x'>{related}</div></div>"
        "</div></div><footer><p>Standards Agency, Libreville</p></footer></body></html>"
    )


def test_an_image_post_beside_related_stories_has_no_text() -> None:
    """The post is a scan in its <article>; its text block is empty. The eight teasers below (dated excerpts ending
    in "…") outvoted it and became its body (ten wp-aganor posts). The page's one <article> is the post; with no
    line of its own, it is its picture."""
    record = extract_article(wordpress_post(""), "http://agency.test/2022/01/21/notice/", captured_at=CAPTURED)
    assert record["body"] == ""
    assert record["rules"]["body"] == "article-picture"
    assert any(url.endswith("notice-scan.jpg") for url in record["images"])


def test_a_short_post_beside_related_stories_is_its_own_line() -> None:
    """A post of one short line under its picture: the gate judged the line too short and a library took the
    teasers with it. The page's one <article> marks the post as surely as a headline beside it."""
    record = extract_article(
        wordpress_post("<p>The agency supports a cement maker.</p>"),
        "http://agency.test/2021/02/01/certification/",
        captured_at=CAPTURED,
    )
    assert record["body"] == "The agency supports a cement maker."


def test_teasers_beside_a_post_with_text_stay_out_of_it() -> None:
    """A post with paragraphs of its own wins the votes as before, the teasers beside it left out."""
    text = (
        "<p>Within the activities of its quality department, the agency trained, from the 12th to the 14th of "
        "December, a group of engineers of the water and power company.</p>"
    ) * 3
    record = extract_article(wordpress_post(text), "http://agency.test/2024/03/12/training/", captured_at=CAPTURED)
    assert record["body"].startswith("Within the activities")
    assert "Story number" not in record["body"] and "delegation of traders" not in record["body"]


# --- a school CMS: the title and info line as divs, the text block, then a counter line ---------------------------


def school_post(text: str, counters: str = "<span>核发：zly </span><span>点击数：978</span>") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>学院新闻-某某职业技术学院</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/xwzx/'>新闻中心</a><a href='/tzgg/'>通知公告</a></div>"
        "<div class='position2'><a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a></div>"
        "<div class='contentbox'><div class='layout_txtcontent_title'>校区导览图</div>"
        "<div class='layout_txtcontent_info'>日期：2020-09-11 10:20:00 发布人：zly 浏览量：<span>978</span></div>"
        f"<div class='layout_txtcontent_content'>{text}</div>"
        f"<div class='son_title'>{counters}<span>【<a href='javascript:' onclick='addFavorite()'>收藏本页</a>】</span>"
        "</div><div class='change'><ul><li>上一篇：<a href='/2020/09/10/c-1.html'>学院召开教学工作会议</a></li>"
        "<li>下一篇：<a href='/2020/09/12/c-3.html'>新生报到须知</a></li></ul></div></div>"
        "<div class='footer'><p>地址：湖北省某市某区某路1号 邮编：430000 电话：027-00000000</p></div></body></html>"
    )


def test_a_counter_line_with_the_sites_own_labels_leaves_the_body() -> None:
    """ "核发：zly 点击数：978 【收藏本页】" under every post (an approver's label, the hit counter, a bookmark
    action) stayed in short posts' bodies: its first label is none we know, so it was no counter line."""
    record = extract_article(
        school_post("<p>欢迎来到某某职业技术学院！</p>"), "http://school.test/html/911/2020-09-11/content-4232.html"
    )
    assert record["body"] == "欢迎来到某某职业技术学院！"


def test_counter_lines_and_sentences_beside_a_counter() -> None:
    assert is_volatile_line("核发：0 点击数：136 【收藏本页】")
    assert is_volatile_line("【打印】 浏览：12 【关闭】")
    assert not is_volatile_line("时间：3 点击数：5 我们去了北京")  # a sentence follows: the text's line
    assert not is_volatile_line("核发：0 【收藏本页】")  # no counter in it


def name_rows(count: int) -> str:
    names = ("王丽", "李明", "张芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏")
    return "".join(
        f"<tr><td>{n}</td><td>{names[n % len(names)]}</td><td>{'女' if n % 2 else '男'}</td><td>经济贸易学院</td>"
        f"<td>旅游管理</td><td>2018.9</td></tr>"
        for n in range(1, count + 1)
    )


def test_a_post_that_is_a_table_of_names_keeps_the_table() -> None:
    """A list of award winners as a table: only its caption row is long enough to vote, and the body was that
    one cell. The cells of a table of data vote for the block holding the table."""
    table = (
        "<div align='center'><table><tr><td colspan='6'>附件2：</td></tr>"
        "<tr><td colspan='6'><span>湖北省高校国家励志奖学金获奖学生初审名单表（2020年）</span></td></tr>"
        "<tr><td>序号</td><td>学生姓名</td><td>性别</td><td>院系</td><td>专业</td><td>入学年月</td></tr>"
        f"{name_rows(8)}</table></div>"
    )
    record = extract_article(school_post(table), "http://school.test/2020_11/13_09/content-21818.html")
    body = record["body"]
    assert "初审名单表" in body and "学生姓名" in body and "杨帆" in body and "旅游管理" in body


def test_paragraphs_above_a_table_of_data_stay_with_it() -> None:
    """A notice in paragraphs, then a table of databases with a long description each: the longest cell won the
    votes and the body was that cell alone, the notice above it lost."""
    notice = (
        "<p>为全面提高我校教科研能力和学术水平，图书馆与数据库商协商，近期开通全库试用。</p>"
        "<p>一、试用时间：2019年4月15日至2019年6月30日，校内地址范围内自动登录，无需账号。</p>"
        "<p>二、内容简介：本次试用包含期刊、学位论文、会议论文、报纸和年鉴等五大源数据库。</p>"
    )
    rows = "".join(
        f"<tr><td><p>{n}</p></td><td><p>课堂{n}</p></td><td><p>本课堂以微课程为主体，服务个性化人才培养、自主学习，"
        f"共{n}000个微课。</p></td></tr>"
        for n in range(1, 6)
    )
    rows += (
        "<tr><td><p>6</p></td><td><p>微课学院</p></td><td>"
        + (
            "<p>微课学院包括尚职课堂、艺术素养课堂、社区生活课堂，以及信息技术、互联网运营、编程语言等专题课堂。</p>"
            * 10
        )
        + "</td></tr>"
    )
    page = school_post(f"{notice}<p>试用期开通数据库列表</p><div><table>{rows}</table></div>")
    body = extract_article(page, "http://school.test/html/915/2019-04-23/content-3843.html")["body"]
    assert body.startswith("为全面提高我校教科研能力") and "课堂5" in body and "微课学院包括" in body


def test_a_layout_table_is_no_table_of_data() -> None:
    """An old portal laid out in a table (menu row, content row, footer row; a table nested for columns): the
    article's cell stays the body, not the page around it."""
    prose = "<p>学院于本周召开了年度教学工作会议，总结了过去一年的教学改革成果，并部署了新学期的重点工作。</p>" * 3
    page = (
        "<html><head><meta charset='utf-8'><title>教学工作会议</title></head><body><table>"
        "<tr><td><a href='/'>首页</a></td><td><a href='/a/'>学院概况</a></td><td><a href='/b/'>新闻</a></td></tr>"
        f"<tr><td colspan='3'><table><tr><td><h1>教学工作会议</h1>{prose}</td></tr></table></td></tr>"
        "<tr><td>地址：某路1号</td><td>电话：027-00000000</td><td>邮编：430000</td></tr></table></body></html>"
    )
    body = extract_article(page, "http://school.test/a/2020/1.html")["body"]
    assert body.startswith("学院于本周召开了年度教学工作会议") and "首页" not in body and "电话" not in body


# --- a TRS portal: a post whose text is one link to its document ------------------------------------------------


HEADLINE = "推动更深层次改革实行更高水平开放 为构建新发展格局提供强大动力"


def trs_post(link_text: str, trail: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE}-某某注册会计师协会</title></head><body>"
        "<div class='head'><a href='/'>首页</a><a href='/xxfb/'>信息发布</a><a href='/ztzl/'>专题专栏</a></div>"
        "<div class='content'><div class='location'><div><span class='l2'>你现在的位置：</span>"
        f"{trail}</div></div>"
        "<div class='content-top'><h1>推动更深层次改革实行更高水平开放 为构建新发展格局提供强大动力</h1>"
        "<p><span>2020-09-11 04:48</span></p></div>"
        "<div class='content-bottom'><div id='TRS_AUTOADD_1'><p>&nbsp;</p>"
        f"<p><a href='javascript:;' oldsrc='W0202104.pdf'>{link_text}</a></p></div>"
        "<div class='file' style='display:none;'><h3>附件：</h3><ul></ul></div></div></div>"
        "<div class='foot'><a>网站管理：协会办公室</a><a>电话：010-00000000</a></div></body></html>"
    )


LONG_TRAIL = (
    "<a href='../../../../index.html' class='CurrChnlCls'>首页</a>&gt;"
    "<a href='../../../index.html' class='CurrChnlCls'>专题专栏</a>&gt;"
    "<a href='javascript:;' class='CurrChnlCls'>行业信息化参考资料</a>&gt;<a href='javascript:;' "
    "class='CurrChnlCls'>信息技术前沿</a>&gt;<a href='javascript:;' class='CurrChnlCls'>技术应用</a>"
)


def test_a_post_that_is_a_link_named_as_its_headline_keeps_the_link_not_the_trail() -> None:
    """The post is its document: one link named as the headline. The breadcrumb above the headline (longer than a
    back link's line) stayed in the body, and the link's line, repeating the headline, left it: 40 trs-cpaxj posts
    at F1 < 0.15. A trail of links is the way to the post; a link named as the post is its document."""
    record = extract_article(
        trs_post(HEADLINE, LONG_TRAIL), "http://cpa.test/ztzl1/plans/plans5/202009/t20200911_56919.html"
    )
    assert "你现在的位置" not in record["body"] and "专题专栏" not in record["body"]
    assert record["body"].startswith(HEADLINE)


def test_a_long_trail_of_links_above_the_headline_is_no_text() -> None:
    """The trail above the headline ran past a back link's length (five crumbs under "你现在的位置："), so the
    blocks before the headline counted as the text's opening and the trail stayed in 40 bodies. Its text is
    links: the way to the post, however long."""
    root, _ = parse_html(trs_post(HEADLINE, LONG_TRAIL))
    container = root.xpath("//div[@class='content']")[0]
    before = before_headline(container, root.xpath("//h1")[0])
    assert [e.get("class") for e in before] == ["location"]
    unlinked = LONG_TRAIL.replace("<a ", "<span ").replace("</a>", "</span>")
    root, _ = parse_html(trs_post(HEADLINE, unlinked))
    assert before_headline(root.xpath("//div[@class='content']")[0], root.xpath("//h1")[0]) == []


def test_a_paragraph_citing_its_sources_in_links_is_no_trail() -> None:
    """A post's opening paragraph before a heading repeating the title, most of its text in links to the articles
    it draws on, has sentences of its own between them: it stays the text's, as before."""
    page = (
        "<html><head><meta charset='utf-8'><title>关于图像处理框架</title></head><body><div class='left'><article>"
        "<p>本文内容参考自以下文章：<a href='http://a.example/1'>一张图教你看懂图像处理框架的全部结构</a>、"
        "<a href='http://b.example/2'>图像处理系列之框架源码解读（一）</a>，以及博文<a href='http://c.example/3'>"
        "框架文集</a>。文中不再详细标注引用来源。</p><h2 id='about'>关于图像处理框架</h2>"
        "<p>图像处理框架是一个基于图形接口的开源库，提供了丰富的滤镜，可以处理图片，也可以处理相机采集的视频。</p>"
        "</article></div></body></html>"
    )
    root, _ = parse_html(page)
    assert before_headline(root.xpath("//article")[0], root.xpath("//h2")[0]) == []


@pytest.mark.parametrize(
    "href", ["/ztzl1/plans/plans5/202009/t20200911_56919.html", "https://edition.example/de/2020/09/11/plans.html"]
)
def test_a_line_linking_a_page_named_as_the_post_is_still_its_headline(href: str) -> None:
    """A line repeating the headline as a link to a page (the post itself, its edition in another language: a
    news site's "10 things in tech you need to know today" at each of its sections) is the headline again."""
    page = trs_post(HEADLINE, LONG_TRAIL).replace(
        f"<p><a href='javascript:;' oldsrc='W0202104.pdf'>{HEADLINE}</a></p>",
        f"<p><a href='{href}'>{HEADLINE}</a></p>"
        "<p>会议强调，要坚持以人民为中心的发展思想，推动更深层次改革，实行更高水平开放，为构建新发展格局提供动力。</p>",
    )
    body = extract_article(page, "http://cpa.test/ztzl1/plans/plans5/202009/t20200911_56919.html")["body"]
    assert body.startswith("会议强调") and HEADLINE not in body


def test_a_link_to_the_posts_file_named_as_the_post_is_its_text() -> None:
    page = trs_post(HEADLINE, LONG_TRAIL).replace("href='javascript:;' oldsrc='W0202104.pdf'", "href='W0202104.pdf'")
    body = extract_article(page, "http://cpa.test/ztzl1/plans/plans5/202009/t20200911_56919.html")["body"]
    assert body.startswith(HEADLINE)


def english_link_post() -> str:
    return (
        "<html><head><meta charset='utf-8'><title>THE INSTITUTE OF CERTIFIED ACCOUNTANTS</title></head><body>"
        "<div class='en-nav'><ul><li><a href='/en/'>HOME</a></li><li><a href='javascript:;'>NEWS</a></li></ul></div>"
        "<div class='location'><div class='en-index-content'><div class='en-location'><div>"
        "<a href='/en/'>HOME</a>&nbsp;<span>&gt;</span><a href='javascript:;' class='CurrChnlCls'>Laws, Regulations "
        "and Guidelines</a></div></div></div></div>"
        "<div class='en-index-content'><div class='en-xl-sub'><h3>CPA Law</h3>"
        "<div class='en-xl-nav'><ul><li><a>Updated: Jun 21,2018</a></li>"
        "<li class='print'><a onclick='print()'>Print</a></li></ul></div>"
        "<div class='en-xl-content' id='news_content'><div class='editor'><div id='autoadd'><p>&nbsp;</p><p><a "
        "href='javascript:;' oldsrc='W0202101.pdf'>Law of the Republic on Certified Public Accountants</a></p></div>"
        "</div></div></div></div>"
        "<div class='en-foot'><a>Address: Building B, Beijing</a><a>Tel: 86-10-00000000</a></div></body></html>"
    )


def test_a_post_of_one_link_is_not_the_breadcrumb_above_its_headline() -> None:
    """The English edition: the link is the only line under "CPA Law", all link, so the votes went to the trail
    above the headline ("HOME > Laws, Regulations and Guidelines"), its ">" the only unlinked text. The text
    follows its headline: the headline's section is the post."""
    record = extract_article(english_link_post(), "http://cpa.test/introcicpa/laws/201806/t20180622_55722.html")
    assert record["body"] == "Law of the Republic on Certified Public Accountants"
