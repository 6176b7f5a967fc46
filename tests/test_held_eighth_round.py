"""Shapes of the eighth held-out round's Chinese portals (docs/realsites.md, "Held-out sites, eighth round"), written
small by hand: a public-resource trading centre's portal whose every page is titled "Site-Region---Centre" and
which prints each notice's day as "【信息发布时间：2020-10-27阅读次数：】" under the ``<h1>``; a university's news
template whose text is short lines between pictures, so that the votes for the text go to the page's wrapper; and a
school's sub-site home, read early in the crawl, whose box of pictured posts links a family the crawl had not yet
shown to hold articles. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page, path_family
from archiver.discovery.sitemodel import ARTICLE, EXPLORE_BUDGET, PAGE, PENDING_PAGES, Decision, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://centre.test"
ALLOWED = frozenset({"centre.test"})


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


def notice(headline: str, day: str, centre: str = "常熟分中心", *, label: str = "信息发布时间") -> str:
    """The trading portal's notice template: the centre's name in a banner above the trail, the trail, the <h1>,
    the bracketed day line, the text."""
    text = "".join(
        f"<p>为进一步优化营商环境，{centre}第{n}次组织交易主体开展不见面开标系统操作培训，请各单位按时参加。</p>"
        for n in range(4)
    )
    return (
        f"<html><head><title>某市公共资源交易信息网-江苏信息网---{centre}</title></head><body>"
        '<div id="header"><a href="/index.html"><img src="/logo.png"></a></div>'
        f'<div class="ewb-nav2"><div class="ewb-nav2-left">{centre}</div><div class="ewb-nav2-right">'
        '<a href="/cs/news.html">新闻动态</a> <a href="/cs/rules.html">政策法规</a></div></div>'
        '<div class="ewb-container"><div class="ewb-loc"><span>当前位置：</span><a href="/index.html">首页</a> '
        f'<span>&gt;</span><a href="/cs/index.html">{centre}</a> <span>&gt;</span><a href="/cs/news.html">新闻动态</a>'
        '</div><div class="ewb-middle"><div class="article-info">'
        f'<h1>{headline}</h1><p class="info-sources"><span>【{label}：{day}阅读次数：<span id="count"></span>】'
        '<span>【<a href="javascript:window.print();">我要打印</a>】【<a href="javascript:window.close();">关闭</a>】'
        f'</span></span></p><div class="con">{text}</div></div></div></div>'
        '<div class="footer">版权所有：某市公共资源交易中心 地址：某市人民路1号</div></body></html>'
    )


NOTICE_URL = H + "/cs/032001/032001002/20210105/766c8673-4e8e-4842-b5a3-82c17ff8.html"


def test_the_information_publish_time_label_dates_the_notice() -> None:
    """ "【信息发布时间：2020-12-25" is the notice's day (a government portal's label, as "信息来源" is its source's),
    not the day its URL's folder names (the day the notice was filed, 2021-01-05), and its line is no text. Before,
    the label was no label ("发布时间" did not open the line): the line stayed in the text, and where the headline
    was not found (the banner below) the URL's day was taken (2 of 116 notices)."""
    record = extract_article(notice("关于开展政府集中采购有关工作的公告", "2020-12-25"), NOTICE_URL)
    assert record["published_at"] is not None and record["published_at"].startswith("2020-12-25")
    assert "信息发布时间" not in record["body"]


def test_a_centres_banner_repeating_the_titles_last_part_is_no_headline() -> None:
    """<title> is "Site-Region---Centre" on every page; the banner "常熟分中心" repeats its last part, the trail
    names it too, and the <h1> above the notice's day line is the headline. Before, the banner was the title (the
    only element repeating <title>): 94 of 116 notices titled with their centre's name."""
    record = extract_article(notice("常熟全面开启公共资源全流程不见面交易", "2020-10-19"), NOTICE_URL)
    assert record["title"] == "常熟全面开启公共资源全流程不见面交易"


def test_a_banner_repeating_the_title_stays_the_title_without_a_headline_above_a_meta_line() -> None:
    """The same banner on a page with no heading above a meta line (a centre's front page): nothing names another
    headline, and the rule that matched <title> is left as it was."""
    html = (
        "<html><head><title>某市公共资源交易信息网---常熟分中心</title></head><body>"
        '<div class="ewb-nav2-left">常熟分中心</div>'
        "<div class='intro'><p>常熟分中心负责全市建设工程、政府采购等公共资源交易活动的组织实施与监督服务工作。</p>"
        "</div></body></html>"
    )
    assert extract_article(html, H + "/cs/index.html")["title"] == "常熟分中心"


def test_a_day_line_after_an_opening_bracket_labels_the_page() -> None:
    """Discovery reads "【发布时间：2020-10-27】" as the page's own date line, as extraction does (a label after
    nothing but brackets and separators opens its line): the notice is labelled like an article, which places the
    notices only a centre's picture slider links. Before, a label had to stand first in its line."""
    page = analysed(notice("关于有关政府采购投标保证金退还的通知", "2020-11-06", label="发布时间"), "/cs/a.html")
    assert page.labelled
    assert page.has_date


def university_news(headline: str) -> str:
    """A university site builder's news template: the news component is a ``<form>`` (a form is no text's place,
    so its paragraphs' votes pass it by), the column's blurb's ``div`` is left open around the article, the text
    is short lines between pictures, and the page wraps everything in one ``div#wrapper`` (classless blocks)."""
    menu = "".join(
        f'<li><a href="/col{n}.html">{name}</a></li>'
        for n, name in enumerate(
            ["学校概况", "新闻公告", "教育教学", "科学研究", "招生就业", "党建工作", "校园文化", "信息公开", "联系我们"]
        )
    )
    lines = (
        '<p class="vsbcontent_start">4月9日下午，宣传统战党支部和信息技术中心党支部在办公楼会议室联合开展政治理论学习，'
        "全体党员集中收看专题讲座。</p>"
        '<p class="vsbcontent_img"><img src="/a.png"></p><p class="vsbcontent_end">图1：集中收看宣讲报告</p>'
        '<p class="vsbcontent_img"><img src="/b.png"></p><p class="vsbcontent_img">图2：集中收看宣讲报告</p>'
        '<p class="vsbcontent_img">讲座从四个方面讲述了如何学习党的百年历史，深入推进学习教育，'
        "大家纷纷表示收获很大。</p>"
    )
    return (
        f"<html><head><title>{headline}-某市广播电视大学</title></head><body><div id='wrapper'>"
        "<div id='header'><div id='topNav'><div class='topNav_Rbox'><ul><li><a href='/xsdh.html'>学生</a></li>"
        "<li><a href='/jsdh.html'>教师</a></li><li><a href='/xxgk.html'>信息公开</a></li></ul></div></div>"
        f"<div id='top'><ul class='menu'>{menu}</ul></div></div><div id='mainContent'><div id='mainContent_C'>"
        "<div id='column'>本栏目发布学校新闻动态与通知公告，欢迎全校师生浏览关注并积极投稿。"
        "<div id='articlePage'><div id='articlePage_C'><div id='Rcontent'><div id='Rcontent_C'><div id='AritBox'>"
        "<div class='AritBox_C'><div class='article_box'><form name='_newscontent_fromname'><div>"
        f"<div class='article_title'>{headline}</div>"
        "<div class='article_info'>2021年04月09日 17:40 责编：宣传部 点击：</div>"
        f"<div class='article_text'><div class='v_news_content'>{lines}</div></div></div></form></div></div></div>"
        "</div></div></div></div></div></div></div>"
        "<div id='foot'><p>某市广播电视大学 版权所有</p><p>地址：某市海陵区凤凰路1号 电话：0523-0000000 "
        "邮编：225300 备案号：苏ICP备00000000号</p></div>"
        "</div></body></html>"
    )


def test_a_vote_for_the_page_wrapper_gives_the_headlines_post() -> None:
    """The votes for the text went to ``div#wrapper`` (the whole page: menus, side list and footer with it), a vote
    for no block; the headline's own post inside it is the text. Before, the wrapper was cleaned down to the
    footer's last line ("学生 教师 … 信息公开", F1 0.03 on three posts)."""
    record = extract_article(university_news("某党支部集中收看党史学习教育宣讲报告"), H + "/info/1030/17810.html")
    assert record["title"] == "某党支部集中收看党史学习教育宣讲报告"
    assert record["body"].startswith("4月9日下午")
    assert "讲座从四个方面" in record["body"]
    assert "版权所有" not in record["body"] and "信息公开" not in record["body"]


def family(n: int) -> str:
    return f"{H}/2018_01/18_{n:02d}/content-{14000 + n}.html"


def test_links_refused_for_the_budget_are_released_once_their_family_shows_articles() -> None:
    """A sub-site's home, read early, links posts in a box of pictures: their URL family (``/{n}_{n}/{n}_{n}/…``)
    had used its exploration budget on pages not yet placed, and the links were refused and lost (41 on the
    school's copy, 20 of its posts never fetched). They are kept, and released once the family shows an article."""
    model = SiteModel()
    for n in range(EXPLORE_BUDGET):
        assert model.reserve(family(n), H + "/index1.html")
    assert not model.reserve(family(50), H + "/index15.html", "【优秀毕业生】2009届 郭庆淦")
    assert not model.reserve(family(51), H + "/index15.html")
    assert model.release_deferred() == []  # nothing shows the family holds posts yet
    post = analysed(notice("学校团委召开学生干部培训会", "2018-01-18"), "/2018_01/18_00/content-14000.html")
    model.observe(post)
    model.record(post, Decision(ARTICLE, "a listing's record, with a date"))
    released = model.release_deferred()
    assert released == [
        (family(50), H + "/index15.html", "【优秀毕业生】2009届 郭庆淦"),
        (family(51), H + "/index15.html", ""),
    ]
    assert model.release_deferred() == []  # each once


def test_links_of_a_family_that_shows_no_posts_stay_refused() -> None:
    """A calendar's or a tag cloud's family, whose pages are placed as pages, keeps its links refused: the budget
    still keeps a trap small."""
    model = SiteModel()
    calendar = [f"{H}/calendar/2019-{m:02d}-{d:02d}.html" for m in range(1, 4) for d in range(1, 12)]
    assert sum(model.reserve(url) for url in calendar) == EXPLORE_BUDGET
    for url in calendar[:EXPLORE_BUDGET]:
        day = analysed("<html><head><title>日历</title></head><body><p>本日无活动。</p></body></html>", url[len(H) :])
        model.observe(day)
        model.record(day, Decision(PAGE, "reached only from navigation or other pages"))
    assert model.release_deferred() == []


def test_the_links_kept_for_release_are_bounded() -> None:
    """A trap offers links without end: at most PENDING_PAGES refused links are kept, in all families together."""
    model = SiteModel()
    trap = [f"{H}/calendar/{n}.html" for n in range(PENDING_PAGES + EXPLORE_BUDGET + 50)]
    for url in trap:
        model.reserve(url)
    assert model.deferred_links == PENDING_PAGES
    assert sum(len(links) for links in model.family_deferred.values()) == PENDING_PAGES
    for n in range(EXPLORE_BUDGET):
        model.reserve(family(n))
    model.reserve(family(50))  # no room left: refused, and not kept
    assert family(50) not in model.family_deferred[path_family(family(50))]
