"""Session 23, issue 12: phpcms-5iedu's columns of posts placed as pages, which the completeness check explained
(docs/discovery.md, "Session 23").

A PHPCMS portal renders every item through one template: the headline, the editor and the day under it, the text.
Its 精品教案 column (lesson plans, ``/jpja/s<id>.html``) is listed by an undated list of summaries only, a URL family no
listing dates, so the site model places its items as pages ("a record of undated lists only, of a family no listing
dates"). The completeness check counted records placed as pages as explained: nine lesson plans missing, and exit 0
once nothing else was short. A whole URL family of a listing's records placed as pages that each look like the
site's posts (dated, the posts' headline layout, linked by no menu) is a shortfall. Pages written for the test,
modelled on what the site prints.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from archiver.demo.server import Page, PortalServer
from archiver.discovery.article_templates import FetchedPage, looks_like_post, post_layouts
from archiver.discovery.completeness import ListingTally, report, split_family_pages
from tests.conftest import LOCAL, run_archiver

H = "http://school.test"
LAYOUT = "div/div/div/h2"


def test_a_whole_family_of_post_like_pages_is_a_shortfall() -> None:
    """Before: the nine lesson plans placed as pages were explained (0 of 9 archived, no warning)."""
    plans = [f"{H}/jpja/s{n}.html" for n in range(201, 210)]
    placed = dict.fromkeys(plans, "page")
    assert split_family_pages(placed, "article", "page") == 0  # not post-like: explained as before
    assert split_family_pages(placed, "article", "page", set(plans)) == 9
    tally = ListingTally("精品教案", H + "/jpja/")
    tally.see_page(H + "/jpja/", plans, [], None, None, is_last=True)
    tally.not_articles = 9
    tally.split_pages = split_family_pages(placed, "article", "page", set(plans))
    _, warning = report([tally], {})
    assert warning is not None and "精品教案 (0 of ~9)" in warning


def test_pages_of_a_family_not_all_post_like_stay_explained() -> None:
    """Guard: a family one of whose pages prints no date (a column's index page among its sub-pages), a single
    dated page in the posts' layout (an about page), and post-like pages beside an article of their family (one
    notice archived among 47 course pages, aspnet-qccy) are explained as before."""
    plans = [f"{H}/jpja/s{n}.html" for n in range(201, 210)]
    assert split_family_pages(dict.fromkeys(plans, "page"), "article", "page", set(plans[1:])) == 0
    about = {f"{H}/post-{n}/": "article" for n in range(9)} | {f"{H}/about/": "page"}
    assert split_family_pages(about, "article", "page", {f"{H}/about/"}) == 0
    courses = {f"{H}/online/{n}.html": "page" for n in range(47)}
    placed = {**courses, f"{H}/online/notice.html": "article"}
    assert split_family_pages(placed, "article", "page", set(courses)) == 0


def test_the_posts_layout_is_learned_from_listed_dated_articles() -> None:
    """A layout five listed articles show, most dated, is the posts'; a page in it, dated, linked by no menu, looks
    like a post. Undated, menu-linked, or in a layout fewer than five listed articles show, it does not."""
    articles = [FetchedPage(f"{H}/gaokao/{n}.html", True, LAYOUT, True, listed=True) for n in range(5)]
    other = [FetchedPage(f"{H}/zt/{n}.html", True, "div/h1", True, listed=True) for n in range(4)]
    layouts = post_layouts([*articles, *other])
    assert layouts == {LAYOUT}
    assert looks_like_post(FetchedPage(H + "/jpja/s201.html", False, LAYOUT, True, listed=True), layouts)
    assert not looks_like_post(FetchedPage(H + "/jpja/s202.html", False, LAYOUT, False, listed=True), layouts)
    assert not looks_like_post(FetchedPage(H + "/jpja/s203.html", False, LAYOUT, True, in_menu=True), layouts)
    assert not looks_like_post(FetchedPage(H + "/zt/9.html", False, "div/h1", True), layouts)
    undated = [FetchedPage(f"{H}/gaokao/{n}.html", True, LAYOUT, n < 2, listed=True) for n in range(5)]
    assert post_layouts(undated) == set()


# --- on a crawl ----------------------------------------------------------------------------------------------------

NEWS = [(5819260 + n, f"2020年第{n}批普通高校招生报名工作通知发布", f"2020-0{n % 9 + 1}-1{n % 9}") for n in range(10)]
PLANS = [(201 + n, f"二年级上册语文课文第{n + 1}课教学设计", f"2020-11-{20 + n % 9}") for n in range(9)]
PROSE = "".join(
    f"<p>第{i}段：记者从省教育考试院了解到，今年普通高校招生考试报名工作即将开始，考生须按规定时间完成信息填报。</p>"
    for i in range(5)
)


def frame(title: str, left: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} - 学习网</title></head><body>"
        "<div class='topn'><div class='top'><a href='/'>网站首页</a><a href='/gaokao/'>高考</a>"
        "<a href='/jpja/'>精品教案</a></div></div>"
        f"<div class='cent'><div class='lb-lt'>{left}</div></div>"
        "<div class='footer'><a href='/about.html'>关于我们</a><a href='/join.html'>诚聘英才</a></div></body></html>"
    ).encode()


def item(title: str, day: str, column: str) -> bytes:
    """Every item of the portal: the crumb, the headline, the editor and the day, the text."""
    return frame(
        title,
        f"<div class='nr-dqwz'>您当前所在位置：<a href='/{column}/'>栏目</a></div>"
        f"<div class='clearfix'><h2>{title}</h2><p class='source'><span>编辑：donghk</span></p>"
        f"<p class='time'><span>{day} 09:52:07</span></p></div><div id='endText'>{PROSE}</div>",
    )


def portal_routes() -> dict[str, Page]:
    news = "".join(
        f"<div class='news'><h2><a href='/gaokao/{n}.html'>{title}</a></h2><h3><span>{day}</span></h3>"
        f"<p>{title}，详情请点击查看。</p></div>"
        for n, title, day in NEWS
    )
    plans = "".join(
        f"<div class='jpja'><p class='from'>来自频道：精品教案</p><h2><a href='/jpja/s{n}.html'>{title}</a></h2>"
        f"<p>今天我们为大家带来{title}，大家阅读吧！<a href='/jpja/s{n}.html'>【详情】</a></p></div>"
        for n, title, _ in PLANS
    )
    routes = {
        "/": Page(
            frame("学习网", "<h2>欢迎访问学习网</h2><p>学习网是一家教育资讯网站，每天为考生和家长更新招生资讯。</p>")
        ),
        "/gaokao/": Page(frame("高考", news)),
        "/jpja/": Page(frame("精品教案", plans)),
        "/about.html": Page(frame("关于我们", "<h2>关于我们</h2><p>学习网成立于二〇一一年。</p>")),
        "/join.html": Page(frame("诚聘英才", "<h2>诚聘英才</h2><p>学习网诚聘编辑。</p>")),
    }
    routes.update({f"/gaokao/{n}.html": Page(item(title, day, "gaokao")) for n, title, day in NEWS})
    routes.update({f"/jpja/s{n}.html": Page(item(title, day, "jpja")) for n, title, day in PLANS})
    return routes


@contextmanager
def serve_portal() -> Iterator[str]:
    server = PortalServer()
    server.routes = portal_routes()
    server.start()
    try:
        yield server.base_url
    finally:
        server.stop()


@pytest.mark.e2e
def test_a_column_of_posts_placed_as_pages_ends_in_exit_5(tmp_path: Path) -> None:
    """Before: the ten news items archived, the nine lesson plans placed as pages and explained: exit 0."""
    with serve_portal() as base:
        result = run_archiver("crawl", base + "/", "--db", str(tmp_path / "a.db"), "--format", "json", *LOCAL)
    summary = json.loads(result.stdout)
    rows = {row["url"].removeprefix(base): row for row in summary["completeness"]}
    archived = sum(row["archived"] for row in rows.values() if row["url"].endswith("/gaokao/"))
    assert archived == len(NEWS) and rows["/jpja/"]["archived"] == 0, rows
    assert rows["/jpja/"]["split_pages"] == len(PLANS), rows
    assert result.returncode == 5, result.stderr[-2000:]
    assert "精品教案 (0 of ~9)" in result.stderr
