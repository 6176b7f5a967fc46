"""Session 22, issue 12: phpcms-5iedu's items whose "related" boxes slide from item to item (docs/discovery.md,
"Session 22").

A PHPCMS column's item page shows, beside its text, the items before it in its column three times: a dated
"related" box under the text and a sidebar's box of the same entries, each window moved by one from the item before.
No two items show the same box, so no box reads as chrome, and an item no listing lists (the newest, linked from the
home's undated strip) was a listing of its boxes ("27 records in 3 repeated groups"), and the oldest, reached only from
those boxes, pages. Pages written for the test, modelled on what the site prints. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, SiteModel
from archiver.extract.html import parse_html
from tests.model_feed import placed_roles

H = "http://school.test"
ALLOWED = frozenset({"school.test"})
PROSE = (
    "<p>记者从省教育考试院了解到，今年普通高校招生考试报名工作即将开始，考生须按规定时间登录报名系统完成信息填报。</p>"
    * 3
)


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def headline(n: int) -> str:
    return f"2020年第{n}批普通高校招生报名工作通知发布"


def day(n: int) -> str:
    return f"2019-10-{n % 28 + 1:02d}"


def frame(title: str, left: str, right: str = "") -> str:
    return (
        f"<html><head><title>{title} - 学习网</title></head><body><div class='top'><a href='/'>网站首页</a>"
        "<a href='/col/list_1.html'>招生资讯</a><a href='/about.html'>关于我们</a></div><div class='main'>"
        f"<div class='left'>{left}</div><div class='right'>{right}</div></div><div class='footer'>"
        "<a href='/about.html'>关于我们</a><a href='/join.html'>诚聘英才</a></div></body></html>"
    )


def item(n: int, first: int = 1, window: int = 9) -> str:
    """Item ``n`` of the column: its text, then the items before it (at most ``window``, none before ``first``)
    twice: a dated "related" box under the text and the sidebar's box."""
    before = [m for m in range(n - 1, max(first, n - window) - 1, -1)]
    related = "".join(f"<li><p><a href='/col/{m}.html'>{headline(m)}</a></p><span>{day(m)}</span></li>" for m in before)
    hot = "".join(f"<li><a href='/col/{m}.html'>{headline(m)}</a></li>" for m in before)
    left = (
        "<div class='crumb'>您当前所在位置：<a href='/col/list_1.html'>招生资讯</a></div>"
        f"<div class='head'><h2>{headline(n)}</h2><p class='time'><span>{day(n)} 10:47:02</span></p></div>"
        f"<div class='text' id='endText'>{PROSE}</div><div class='more'>相关推荐</div>"
        f"<ul class='related'>{related}</ul>"
    )
    return frame(headline(n), left, f"<div class='side'>大家都在看</div><ul class='hot'>{hot}</ul>")


def column_list(numbers: list[int]) -> str:
    """The column's listing page: a dated headline and a summary per item."""
    entries = "".join(
        f"<div class='news'><h2><a href='/col/{n}.html'>{headline(n)}</a></h2><h3><span>{day(n)}</span></h3>"
        f"<p>{headline(n)}，详情请点击查看。</p></div>"
        for n in numbers
    )
    return frame("招生资讯", entries)


def home(strip: list[int]) -> str:
    """The home: another column's dated news (its records), and an undated strip of headlines beside them."""
    news = "".join(
        f"<div class='box'><a href='/news/{n}.html'>第{n}期校园新闻速递：期中考试安排公布</a>"
        f"<span>{day(n)}</span></div>"
        for n in range(1, 13)
    )
    links = "".join(f"<li><a href='/col/{n}.html'>{headline(n)}</a></li>" for n in strip)
    return frame("学习网", f"<div class='news-list'>{news}</div><ul class='strip'>{links}</ul>")


def crawl(pages: list[tuple[str, str]], *, expected: tuple[str, ...] = ()) -> tuple[SiteModel, dict[str, str]]:
    """Feed the pages in order, as a crawl reads them; then place the held ones. Roles by path."""
    return placed_roles(pages, H, expected=expected)


def column_site(order: list[int]) -> list[tuple[str, str]]:
    """Items 1 … 31: the listing lists 20 … 31, the home's strip links 32 (the newest, no listing's)."""
    pages = [("/", home([32, 31, 30])), ("/col/list_1.html", column_list(list(range(31, 19, -1))))]
    return pages + [(f"/col/{n}.html", item(n)) for n in order]


def test_an_item_no_listing_lists_beside_its_sliding_boxes_is_an_article() -> None:
    """Before: the newest item (32), linked only from the home's undated strip, a listing of its boxes (18 records in
    2 repeated groups): the items before it, dated, in boxes no other page repeats whole."""
    _, roles = crawl(column_site([*range(31, 19, -1), 32]))
    assert all(roles[f"/col/{n}.html"] == ARTICLE for n in range(20, 33)), roles


def test_the_oldest_items_reached_only_from_the_boxes_are_articles() -> None:
    """Before: items 1 … 19, which no listing lists any more, linked only from the newer items' boxes: pages
    ("reached only from navigation or other pages"). The box of item 2 holds one entry, item 1's none."""
    _, roles = crawl(column_site([*range(31, 19, -1), 32, *range(19, 0, -1)]))
    assert all(roles[f"/col/{n}.html"] == ARTICLE for n in range(1, 33)), {
        n: roles[f"/col/{n}.html"] for n in range(1, 33)
    }


def test_the_columns_listing_pages_stay_listings() -> None:
    """Guard: a listing page of the same URL family read after the items shows its records where listing pages do,
    not where the items show their boxes."""
    pages = [*column_site([*range(31, 19, -1), 32]), ("/col/list_2.html", column_list(list(range(19, 7, -1))))]
    _, roles = crawl(pages)
    assert roles["/col/list_1.html"] == LISTING
    assert roles["/col/list_2.html"] == LISTING


def test_a_dated_page_listing_its_own_kind_elsewhere_stays_a_listing() -> None:
    """Guard: a dated page of the family whose list of the family's items sits where no article shows a box (a
    column's dated digest page) is a listing as before."""
    digest = frame(
        "本周汇总",
        f"<div class='head'><h2>本周招生资讯汇总</h2><p class='time'><span>{day(3)} 09:00:00</span></p></div>"
        + "".join(
            f"<dl class='digest'><dt><a href='/col/{n}.html'>{headline(n)}</a></dt><dd>{day(n)}</dd></dl>"
            for n in range(31, 21, -1)
        ),
    )
    _, roles = crawl([*column_site([*range(31, 19, -1)]), ("/col/digest.html", digest)])
    assert roles["/col/digest.html"] == LISTING


def test_a_page_linked_only_by_a_menu_stays_a_page() -> None:
    """Guard: an undated page the footer links is a page, whatever boxes the items show."""
    about = frame(
        "关于我们", "<div class='head'><h2>关于我们</h2></div><p>学习网成立于二〇一一年，是一家教育资讯网站。</p>"
    )
    _, roles = crawl([*column_site([*range(31, 19, -1)]), ("/about.html", about)])
    assert roles["/about.html"] == PAGE


# The item's text beside its "related" box and the site's disclaimer: tests/test_php22_body.py.
