"""A post fetched before any listing listed it, beside its "Read more" box (held-out hugo-sjtug, session 9).

The theme writes no article markup (no ``og:type``, no published-time meta, no microdata); every post
prints its date under the headline and ends with a box of the four newest posts of another section, each
link holding a title and a date. The crawl fetched one post right after the home, before the home or any
other page was known as a listing, and decided it a listing for good. Pages written for the test. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://lug.test"
ALLOWED = frozenset({"lug.test"})
NAV = '<nav class="main-nav"><a href="/">Home</a><a href="/about/">About</a><a href="/post/">Archive</a></nav>'
NEWS = [
    ("2026-04-13-maintenance", "镜像站四月维护公告", "Apr 13"),
    ("2026-03-24-maintenance", "镜像站三月维护公告", "Mar 24"),
    ("2026-02-02-maintenance", "镜像站二月维护公告", "Jan 29"),
    ("2025-11-10-network-fault", "集群网络故障说明", "Nov 10"),
]
PARAGRAPH = (
    "<p>本周一下午在学院三楼举行的技术分享活动圆满结束，嘉宾介绍了在集群上并行训练大模型的做法，"
    "讨论了显存与通信开销的取舍，现场同学提了不少问题，大家一直聊到傍晚才散。</p>"
)


def post_page(title: str, day: str) -> str:
    box = "".join(
        f'<li><a href="/post/news/{slug}/">{name}<aside class="dates">{shown}</aside></a></li>'
        for slug, name, shown in NEWS
    )
    return (
        f"<html><head><title>{title} · Campus LUG</title></head><body>{NAV}<section id='wrapper'>"
        f"<article class='post'><header><h1>{title}</h1><h2 class='headline'>{day}<br>"
        "<i class='fa fa-user'></i> lin</h2></header>"
        f"<section id='post-body'>{PARAGRAPH * 4}</section></article>"
        f"<ul id='post-list' class='archive readmore'><h3>Read more</h3>{box}</ul></section></body></html>"
    )


def listing_page(posts: list[tuple[str, str]]) -> str:
    records = "".join(
        f'<li><a href="/post/{slug}/">{title}</a> <span class="date">2023-06-19</span></li>' for slug, title in posts
    )
    return (
        f"<html><head><title>Archive · Campus LUG</title></head><body>{NAV}<ul id='post-list'>{records}</ul>"
        '<a class="next" href="/post/page/2/">Older</a></body></html>'
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


POST = "/post/2023-06-19-llm-train/"


def test_a_dated_post_beside_its_box_of_recent_posts_waits_for_the_listings() -> None:
    """Before: "4 records in 1 repeated groups", a listing, on first sight."""
    model = SiteModel()
    model.enter(H + "/")
    page = analysed(post_page("并行训练大模型技术分享", "June 19, 2023"), POST)
    model.observe(page)
    decision = model.classify(page, has_body=True)
    assert decision.role == UNDECIDED, decision.reason


def test_once_a_listing_lists_it_the_post_is_an_article() -> None:
    model = SiteModel()
    model.enter(H + "/")
    post = analysed(post_page("并行训练大模型技术分享", "June 19, 2023"), POST)
    model.observe(post)
    assert model.classify(post, has_body=True).role == UNDECIDED  # held, not decided a listing for good
    others = [(f"2023-0{n}-0{n}-talk-{n}", f"第{n}次技术分享") for n in range(1, 6)]
    archive = analysed(listing_page([("2023-06-19-llm-train", "并行训练大模型技术分享"), *others]), "/post/")
    model.observe(archive)
    assert model.classify(archive, has_body=True).role == LISTING
    assert model.resolve(post, has_body=True).role == ARTICLE


def test_at_the_crawls_end_an_unlisted_page_of_dated_links_is_still_a_listing() -> None:
    """The wait ends with the crawl: no listing came, and the decision is the one it always was."""
    model = SiteModel()
    model.enter(H + "/")
    page = analysed(post_page("并行训练大模型技术分享", "June 19, 2023"), POST)
    model.observe(page)
    model.classify(page, has_body=True)
    assert model.resolve(page, has_body=True).role == LISTING
