"""A CMS post the home's slider lists, fetched before any column listing, beside a box of six dated records
(held-out jizhi-sdhjnl, session 17).

The post labels itself ("发布时间：…", ``og:type`` article) and tells its story, but below it sit two tabs of other
sections' news, each ending with a "更多" link whose record is the whole tab: the tab's records were weighed
twice and left the post no prose of its own (each is weighed once since session 18; the tests now use a short notice,
which the tabs outweigh). The box of six dated headlines made it a listing at first sight,
and the posts linked only from such boxes were then dropped as "linked only by menus". Whether it is a post the
site's listed posts tell, by their look (URL pattern and headline template). Pages written for the test. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://club.test"
ALLOWED = frozenset({"club.test"})
NAV = (
    '<nav class="topnav"><ul><li class="menu"><a href="/">首页</a></li><li class="menu"><a href="/news/index.html">'
    '综合新闻</a></li><li class="menu"><a href="/team/index.html">球队动态</a></li></ul></nav>'
)
PARAGRAPH = (
    "<p>北京时间周六晚上，主队在主场迎来了本赛季最关键的一场比赛，双方开场后都打得十分谨慎，直到下半场"
    "第七十分钟，替补登场的年轻前锋才打破僵局，为球队锁定了三分，赛后主教练对球员的表现非常满意。</p>"
)
# A short notice: one sentence, which the tabs below it outweigh (each list counted once since session 18; a post of
# three paragraphs now outweighs them and is an article on first sight, tests/test_discovery_nested_records.py).
SHORT = "<p>主队在主场一球小胜，替补前锋第七十分钟打破僵局。</p>"
OTHERS = [
    (f"/team/{n}.html", f"球队动态第{n}期：训练营备战新赛季的点点滴滴与球员们的心声", f"2026-03-{n - 100:02d}")
    for n in range(101, 107)
]


def tabs() -> str:
    """Two tabs of other sections' news, each closed by its "更多" link (whose record is the whole tab)."""
    dated = "".join(
        f'<li><a href="{path}" title="{title}"><i><img src="/img/{n}.jpg"></i><h2>{title}</h2>'
        f'<p><b class="datetime">{day}</b></p></a></li>'
        for n, (path, title, day) in enumerate(OTHERS)
    )
    cards = "".join(
        f'<li><section><a href="{path}" class="pic"><img src="/img/c{n}.jpg"></a><h2><a href="{path}">{title}</a></h2>'
        f"<p>{title}，详细的报道请点击阅读全文，了解比赛前后发生的更多故事与花絮。</p></section></li>"
        for n, (path, title, _day) in enumerate(OTHERS[:3])
    )
    return (
        '<div class="otherlink"><h2>球队动态</h2><section class="tab-box"><div class="videos-list"><ul>'
        f'{dated}</ul></div><span class="tab-a-more"><a href="/team/index.html">更多</a></span></section></div>'
        '<div class="otherlink"><h2>篮球资讯</h2><section class="tab-box"><div class="news-zuixin"><ul>'
        f'{cards}</ul></div><span class="tab-a-more"><a href="/team/index.html">更多</a></span></section></div>'
    )


def post_page(title: str, day: str, *, with_tabs: bool, text: str = PARAGRAPH * 3) -> str:
    return (
        f'<html><head><title>{title}</title><meta property="og:type" content="article"></head><body>'
        f'<header>{NAV}</header><article><div class="left-box"><div class="whitebg"><div class="newstext-box">'
        f'<h1 class="news-title-h1">{title}</h1><div class="picview-other"><span class="po-from">金狮俱乐部网</span>'
        f'<span class="po-date">发布时间：{day} 16:52:38</span></div>'
        f'<div class="newstext">{text}</div></div>{tabs() if with_tabs else ""}</div></div></article>'
        "</body></html>"
    )


def listing_page(posts: list[tuple[str, str]], *, pager: bool) -> str:
    records = "".join(
        f'<li><a href="{path}">{title}</a><span class="date">2026-04-2{n % 10}</span></li>'
        for n, (path, title) in enumerate(posts)
    )
    more = '<div class="pages"><a href="/news/list_2.html">下一页</a></div>' if pager else ""
    return (
        f"<html><head><title>综合新闻</title></head><body><header>{NAV}</header>"
        f'<div class="list"><ul>{records}</ul></div>{more}</body></html>'
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


POST = "/news/1725.html"
POST_TITLE = "主队主场一球小胜 替补前锋第七十分钟打破僵局锁定三分"
LISTED = [(f"/news/{n}.html", f"综合新闻第{n}期：本周联赛赛况回顾与下一轮比赛的前瞻分析") for n in range(1710, 1718)]


def with_home() -> tuple[SiteModel, PageAnalysis]:
    """The home's slider lists the post and one more; the post is fetched first."""
    model = SiteModel()
    model.enter(H + "/")
    home = analysed(listing_page([(POST, POST_TITLE), ("/news/1726.html", "客队连胜终结")], pager=False), "/")
    model.observe(home)
    model.classify(home, has_body=True)
    post = analysed(post_page(POST_TITLE, "2026-04-23", with_tabs=True, text=SHORT), POST)
    model.observe(post)
    return model, post


def test_a_labelled_post_beside_a_box_of_dated_records_waits_for_the_listed_posts() -> None:
    """Before: "6 records in 1 repeated groups", a listing, on first sight."""
    model, post = with_home()
    assert post.outside_text < 300  # a short notice: the tabs outweigh its prose, which cannot tell
    decision = model.classify(post, has_body=True)
    assert decision.role == UNDECIDED, decision.reason


def test_with_the_look_of_the_listed_posts_it_is_an_article() -> None:
    model, post = with_home()
    assert model.classify(post, has_body=True).role == UNDECIDED
    column = analysed(listing_page(LISTED, pager=True), "/news/index.html")
    model.observe(column)
    assert model.classify(column, has_body=True).role == LISTING
    for path, title in LISTED:
        page = analysed(post_page(title, "2026-04-20", with_tabs=False), path)
        model.observe(page)
        assert model.classify(page, has_body=True).role == ARTICLE
    assert model.classify(post, has_body=True).role == ARTICLE
    assert model.resolve(post, has_body=True).role == ARTICLE


def test_without_posts_of_its_look_it_is_still_a_listing_at_the_crawls_end() -> None:
    """The wait ends with the crawl: no listed post looked like it, and the decision is the one it always was."""
    model, post = with_home()
    model.classify(post, has_body=True)
    assert model.resolve(post, has_body=True).role == LISTING
