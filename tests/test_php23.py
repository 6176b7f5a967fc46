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
from archiver.discovery.article_templates import FetchedPage, looks_like_post, post_layouts, template_tallies
from archiver.discovery.completeness import ListingTally, report, split_family_pages
from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, PAGE
from archiver.extract.html import parse_html
from tests.conftest import LOCAL, run_archiver
from tests.model_feed import placed_roles

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


def test_pages_of_a_listing_not_all_post_like_stay_explained() -> None:
    """Guard: a listing one of whose pages prints no date (a column's index page among its sub-pages), a single
    dated page in the posts' layout (an about page), post-like pages beside an article of their family (one notice
    archived among 47 course pages, aspnet-qccy), and post-like pages beside pages of another kind (cms-cdjzz) are
    explained as before."""
    plans = [f"{H}/jpja/s{n}.html" for n in range(201, 210)]
    assert split_family_pages(dict.fromkeys(plans, "page"), "article", "page", set(plans[1:])) == 0
    about = {f"{H}/post-{n}/": "article" for n in range(9)} | {f"{H}/about/": "page"}
    assert split_family_pages(about, "article", "page", {f"{H}/about/"}) == 0
    courses = {f"{H}/online/{n}.html": "page" for n in range(47)}
    placed = {**courses, f"{H}/online/notice.html": "article"}
    assert split_family_pages(placed, "article", "page", set(courses)) == 0
    # a school's "teaching results": five graduates' profiles dated in the article template beside sixteen undated
    # pages of the section (cms-cdjzz)
    profiles = [f"{H}/edu/nl/{n}.html" for n in range(15, 20)]
    results = dict.fromkeys([*profiles, *(f"{H}/edu/jb/{n}.html" for n in range(16))], "page")
    assert split_family_pages(results, "article", "page", set(profiles)) == 0


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


def test_a_family_in_the_posts_layout_no_listed_pattern_fits_is_counted_by_the_template_check() -> None:
    """Before: score lines (``/gaokao/gs/lqfsx/<id>.html``) linked only from a box the column pages repeat, placed as
    pages, in the layout of the site's posts and dated as they are, were counted by no check: no listed post's URL
    pattern fits them (``/gaokao/<id>.html``), and no listing lists them. Exit 0 with 9 posts of 229 missing."""
    posts = [FetchedPage(f"{H}/gaokao/{n}.html", True, LAYOUT, True, listed=True) for n in range(6)]
    scores = [FetchedPage(f"{H}/gaokao/gs/lqfsx/{n}.html", False, LAYOUT, True, title=f"分数线{n}") for n in range(5)]
    [tally] = [t for t in template_tallies([*posts, *scores]) if t.released]
    assert (tally.pattern, tally.archived, tally.missing) == ("/gaokao/gs/lqfsx/*.html", 0, 5) and tally.short()


def test_a_few_pages_or_a_family_partly_archived_stay_out_of_the_family_count() -> None:
    """Guard: two such pages (under MIN_MISSING), undated pages, pages in another layout, and a family one of whose
    pages was archived add no tally."""
    posts = [FetchedPage(f"{H}/gaokao/{n}.html", True, LAYOUT, True, listed=True) for n in range(6)]
    few = [FetchedPage(f"{H}/gaokao/gs/lqfsx/{n}.html", False, LAYOUT, True) for n in range(2)]
    undated = [FetchedPage(f"{H}/gaokao/qh/lqfsx/{n}.html", False, LAYOUT, False) for n in range(5)]
    other = [FetchedPage(f"{H}/zt/{n}.html", False, "div/h1", True) for n in range(5)]
    split = [FetchedPage(f"{H}/gaokao/nm/lqfsx/{n}.html", n == 0, LAYOUT, True) for n in range(5)]
    assert not [t for t in template_tallies([*posts, *few, *undated, *other, *split]) if t.released]


def test_a_section_of_its_own_in_the_posts_layout_stays_out_of_the_family_count() -> None:
    """Guard: cms-cdjzz's graduates' profiles (``/edu/nl/<id>.html``), dated in the article template the news
    (``/news/<col>/<id>.html``) use, placed as pages: a section of the school's, filed under no column of posts
    (a false exit 5 in the regression sample before the family had to sit in a posts' column's folder)."""
    posts = [FetchedPage(f"{H}/news/campus/{n}.html", True, LAYOUT, True, listed=True) for n in range(6)]
    profiles = [FetchedPage(f"{H}/edu/nl/{n}.html", False, LAYOUT, True, title=f"学生{n}") for n in range(15, 20)]
    assert not [t for t in template_tallies([*posts, *profiles]) if t.released]


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


# --- the site model: columns of items no listing dates ----------------------------------------------------------

ALLOWED = frozenset({"school.test"})


def analysed(html: str | bytes, path: str) -> PageAnalysis:
    text = html.decode() if isinstance(html, bytes) else html
    root, _ = parse_html(text)
    return analyze_page(root, H + path, ALLOWED, text)


def crawl(pages: list[tuple[str, str | bytes]]) -> dict[str, str]:
    """Feed the pages in order, as a crawl reads them; then place the held ones. Roles by path."""
    return placed_roles(pages, H)[1]


def headline(n: int) -> str:
    return f"2020年第{n}批普通高校招生报名工作通知发布"


def day(n: int) -> str:
    return f"2019-10-{n % 28 + 1:02d}"


def related(entries: list[tuple[str, str, str | None]]) -> str:
    """An item's "● 相关推荐" box: each entry's headline link, and its day where the box prints one."""
    lines = "".join(
        f"<li><p><a href='{url}'>{title}</a></p>{f'<span>{when}</span>' if when else ''}</li>"
        for url, title, when in entries
    )
    return (
        f"<div class='nr-xgtj'>● 相关推荐</div><ul class='nr-xgtj'><ul class='list'>{lines}</ul></ul>" if lines else ""
    )


def portal_item(title: str, when: str, box: str = "") -> bytes:
    """An item in the portal's one layout: the crumb, the headline, the editor and the day, the text, its box."""
    return frame(
        title,
        "<div class='nr-dqwz'>您当前所在位置：<a href='/'>首页</a></div>"
        f"<div class='clearfix'><h2>{title}</h2><p class='source'><span>编辑：donghk</span></p>"
        f"<p class='time'><span>{when} 09:52:07</span></p></div><div id='endText'>{PROSE}</div>{box}",
    )


def news_item(n: int) -> bytes:
    """A news item (``/col/<n>.html``): its box lists the four items before it, dated."""
    box = related([(f"/col/{m}.html", headline(m), day(m)) for m in range(n - 1, max(0, n - 5), -1)])
    return portal_item(headline(n), day(n), box)


def news_listing() -> bytes:
    entries = "".join(
        f"<div class='news'><h2><a href='/col/{n}.html'>{headline(n)}</a></h2><h3><span>{day(n)}</span></h3>"
        f"<p>{headline(n)}，详情请点击查看。</p></div>"
        for n in range(20, 8, -1)
    )
    return frame("招生资讯", entries)


def news_site() -> list[tuple[str, str | bytes]]:
    return [("/col/list_1.html", news_listing()), *((f"/col/{n}.html", news_item(n)) for n in range(20, 8, -1))]


def plan_title(n: int) -> str:
    return f"二年级上册语文课文第{n}课教学设计"


def plan(n: int, box: bool = True) -> bytes:
    """A lesson plan (``/jpja/s<n>.html``): the portal's item, its box of the three plans before it, dated."""
    entries = [(f"/jpja/s{m}.html", plan_title(m), f"2020-11-{m - 180:02d}") for m in range(n - 1, max(200, n - 4), -1)]
    return portal_item(plan_title(n), f"2020-11-{n - 180:02d}", related(entries) if box else "")


def plans_listing(numbers: list[int]) -> bytes:
    """The 精品教案 column: a summary per plan, no dates."""
    entries = "".join(
        f"<div class='jpja'><p class='from'>来自频道：精品教案</p>"
        f"<h2><a href='/jpja/s{n}.html'>{plan_title(n)}</a></h2>"
        f"<p>今天我们为大家带来{plan_title(n)}，大家阅读吧！</p></div>"
        for n in numbers
    )
    return frame("精品教案", entries)


PLAN_NUMBERS = list(range(209, 200, -1))


def test_a_columns_items_dated_with_the_posts_related_box_are_articles() -> None:
    """Before: the nine lesson plans, listed only by the column's undated summaries (a URL family no listing dates),
    were pages ("a record of undated lists only, of a family no listing dates"), although each is an item of the
    portal's one layout, dated under its headline, with the dated "related" box every news item shows."""
    pages = [
        *news_site(),
        ("/jpja/", plans_listing(PLAN_NUMBERS)),
        *((f"/jpja/s{n}.html", plan(n)) for n in PLAN_NUMBERS),
    ]
    roles = crawl(pages)
    assert all(roles[f"/col/{n}.html"] == ARTICLE for n in range(9, 21)), roles
    assert {n: roles[f"/jpja/s{n}.html"] for n in PLAN_NUMBERS} == dict.fromkeys(PLAN_NUMBERS, ARTICLE)


def test_items_of_a_column_no_listing_dates_without_the_box_stay_pages() -> None:
    """Guard: the same items without any box (a site's sub-pages in its one layout, dated: a statute and its
    reports) stay pages, as "a record of undated lists only"."""
    pages = [
        *news_site(),
        ("/jpja/", plans_listing(PLAN_NUMBERS)),
        *((f"/jpja/s{n}.html", plan(n, box=False)) for n in PLAN_NUMBERS),
    ]
    roles = crawl(pages)
    assert {n: roles[f"/jpja/s{n}.html"] for n in PLAN_NUMBERS} == dict.fromkeys(PLAN_NUMBERS, PAGE)


def score_line(n: int) -> bytes:
    return portal_item(f"某大学201{n}年在某省高考录取分数线是多少！", f"2019-06-{n + 10:02d}")


def hot_list(news: list[int], scores: list[int]) -> bytes:
    """A column page of the portal: its list of the latest items, news beside score lines, no dates."""
    entries = [(f"/col/{n}.html", headline(n)) for n in news] + [
        (f"/gaokao/gs/lqfsx/{n}.html", f"某大学201{n}年在某省高考录取分数线是多少！") for n in scores
    ]
    return frame(
        "竞赛", "<ul class='hot'>" + "".join(f"<li><p><a href='{u}'>{t}</a></p></li>" for u, t in entries) + "</ul>"
    )


def test_items_listed_beside_the_sites_posts_stay_pages() -> None:
    """Five score lines (``/gaokao/gs/lqfsx/<id>.html``), listed only by an undated list of the latest items where six
    news items (articles) stand beside them, are pages ("a record of undated lists only"), as on main: session 23's
    rule that made them articles ("listed beside the site's posts") read a docs site's tag index the same way
    (mkdocs-netdevops, session 24) and is gone. The check by article template counts them (below)."""
    scores = [1, 2, 3, 4, 5]
    pages = [
        *news_site(),
        ("/chuzhong/aoshu/", hot_list(list(range(20, 14, -1)), scores)),
        *((f"/gaokao/gs/lqfsx/{n}.html", score_line(n)) for n in scores),
    ]
    roles = crawl(pages)
    assert {n: roles[f"/gaokao/gs/lqfsx/{n}.html"] for n in scores} == dict.fromkeys(scores, PAGE), roles


def test_items_listed_beside_pages_only_stay_pages() -> None:
    """Guard: the same score lines listed with two news items only (a page's list of its sub-pages, beside a link or
    two to posts) stay pages."""
    scores = [1, 2, 3, 4, 5]
    pages = [
        *news_site(),
        ("/chuzhong/aoshu/", hot_list([20, 19], scores)),
        *((f"/gaokao/gs/lqfsx/{n}.html", score_line(n)) for n in scores),
    ]
    roles = crawl(pages)
    assert {n: roles[f"/gaokao/gs/lqfsx/{n}.html"] for n in scores} == dict.fromkeys(scores, PAGE), roles


def home_box(numbers: list[int]) -> bytes:
    links = "".join(f"<li><a href='/jpja/s{n}.html'>{plan_title(n)}</a></li>" for n in numbers)
    return frame("学习网", f"<div class='con-rd1'><h2>精品教案</h2><ul>{links}</ul></div>")


def test_a_columns_items_linked_only_from_the_homes_box_are_articles() -> None:
    """Before: plans no listing lists, linked from an undated box of the home, were pages ("reached only from
    navigation or other pages"): their family's articles date themselves, but each shows a list of dated records
    (its "related" box), which took it for a section front. A dated box where the family's articles show theirs is
    an item's related box."""
    extra = [230, 240, 250]
    pages = [
        ("/", home_box(extra)),
        *news_site(),
        ("/jpja/", plans_listing(PLAN_NUMBERS)),
        *((f"/jpja/s{n}.html", plan(n)) for n in PLAN_NUMBERS),
        *((f"/jpja/s{n}.html", plan(n)) for n in extra),
    ]
    roles = crawl(pages)
    assert {n: roles[f"/jpja/s{n}.html"] for n in extra} == dict.fromkeys(extra, ARTICLE), roles


# --- drupal-sk: a forum's threads in the undated blocks its posts show ---------------------------------------------


def drupal_frame(title: str, main: str, blocks: str) -> str:
    return (
        f"<html><head><title>{title} | Klub</title></head><body><div id='header'><ul class='menu'>"
        "<li><a href='/blog/'>Blog</a></li><li><a href='/forum/'>Fórum</a></li>"
        "<li><a href='/about/'>O nás</a></li></ul>"
        f"</div><div class='main-content'><h1>{title}</h1>{main}</div><div class='sidebar'>{blocks}</div>"
        "<div id='footer'><p>© Klub</p></div></body></html>"
    )


def blocks(n: int) -> str:
    """The sidebar's Views blocks as the copy caught them on post ``n``: the newest posts and the active forum
    topics, each a window that moved between captures; no dates."""
    posts = "".join(
        f"<li><a href='/node/{m}/'>Správa klubu číslo {m} o sezóne a turnajoch</a></li>" for m in range(n + 5, n, -1)
    )
    topics = "".join(
        f"<li><a href='/node/{500 + m}/'>Otázka člena číslo {m} o prihláškach na turnaj</a></li>"
        for m in range(n % 7, n % 7 + 5)
    )
    return (
        f"<div class='block'><h2>Nové</h2><div class='item-list'><ul>{posts}</ul></div></div>"
        f"<div class='block'><h2>Fórum</h2><div class='item-list'><ul>{topics}</ul></div></div>"
    )


def drupal_post(n: int) -> str:
    text = "<p>" + "Klub sa stretol a prebral výsledky sezóny, plány na budúci rok a nové pravidlá. " * 4 + "</p>"
    return drupal_frame(
        f"Správa klubu číslo {n}", f"<span class='submitted'>2009-03-{n % 28 + 1:02d} 10:00</span>{text}", blocks(n)
    )


def forum_topic(m: int, *, repeated: bool = False) -> str:
    """A member's question: a line, under the newest posts' block as the copy caught it (``repeated``: the block
    every question shows alike)."""
    first = 20 if repeated else m + 5
    posts = "".join(
        f"<li><a href='/node/{n}/'>Správa klubu číslo {n} o sezóne a turnajoch</a></li>"
        for n in range(first, first - 5, -1)
    )
    return drupal_frame(
        f"Otázka člena číslo {m}",
        f"<span class='submitted'>2009-04-{m % 28 + 1:02d} 18:30</span><p>Dobrý deň, ako sa prihlásiť na turnaj?</p>",
        f"<div class='block'><h2>Nové</h2><div class='item-list'><ul>{posts}</ul></div></div>",
    )


def forum_site(*, repeated: bool = False) -> list[tuple[str, str | bytes]]:
    listing = drupal_frame(
        "Blog",
        "".join(
            f"<div class='node'><h2><a href='/node/{n}/'>Správa klubu číslo {n}</a></h2>"
            f"<span class='submitted'>2009-03-{n % 28 + 1:02d}</span><p>Začiatok správy.</p></div>"
            for n in range(1, 21)
        ),
        "",
    )
    pages: list[tuple[str, str | bytes]] = [("/blog/", listing)]
    pages += [(f"/node/{n}/", drupal_post(n)) for n in range(1, 21)]
    return pages + [(f"/node/{500 + m}/", forum_topic(m, repeated=repeated)) for m in range(0, 9)]


def test_forum_topics_in_the_undated_blocks_of_posts_stay_no_articles() -> None:
    """drupal-sk: before, the forum threads were articles ("dated, its lists only the boxes its family's articles
    show"; "dated, linked by the boxes its kind's articles show", 82 in all): its posts' sidebar blocks (Views blocks
    of the newest posts and the active topics, each copy caught at another time, so that no two pages repeat them
    whole) sit at a place the posts show boxes at, and the places counted whatever the boxes held. Only a box of
    dated entries (a CMS item's "related" box prints each entry's day) is an item's box of its column."""
    for repeated in (False, True):
        roles = crawl(forum_site(repeated=repeated))
        assert all(roles[f"/node/{n}/"] == ARTICLE for n in range(1, 21)), roles
        assert all(roles[f"/node/{500 + m}/"] != ARTICLE for m in range(0, 9)), (repeated, roles)
