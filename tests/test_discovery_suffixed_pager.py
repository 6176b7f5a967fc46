"""A pager whose page numbers carry the series' id as a last digit (held-out bus-hrbbus, session 17).

The bus site's metro news is series 1 of its news pages: its first page is ``news1.html``, its sixth
``news_61.html``, whose pager links ``news_21.html`` … ``news_91.html`` under the texts "2" … "9". Read as
numbers 21 … 91, no link was a neighbour of page 61, no pager was read, and the page (its records' links all
``javascript:;``, its day "发布时间" labels printed on each record) passed for a labelled article, dating its URL
family: the anti-robot pages saved in place of two city pages (``index1.html``) were then listed records of a dated
family, articles. Pages written for the test. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.extract.html import parse_html

H = "http://bus.test"
ALLOWED = frozenset({"bus.test"})


def metro_news_page(links: list[tuple[str, str]]) -> str:
    records = "".join(
        f'<div class="list"><dt><li><a href="javascript:;">地铁三号线第{n}批站点即将开通</a></li></dt>'
        f"<dd><p>记者从地铁集团获悉，三号线第{n}批站点本月即将开通，纪念票同日开始发行。</p>"
        '<div class="date">4年前</div></dd></div>'
        for n in range(1, 11)
    )
    pager = "".join(f'<a href="{href}">{text}</a>' for href, text in links)
    return (
        "<html><head><title>地铁新闻</title></head><body><div class='crumb'><a href='/'>首页</a></div>"
        f'<div class="main_poi"><div class="left"><div class="newlist">{records}</div>'
        f'<div class="page">{pager}<a href="javascript:void(0);" class="cur">6</a></div></div></div>'
        "</body></html>"
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def test_a_pager_of_numbers_followed_by_the_series_digit_is_read() -> None:
    """Before: no pagination (21 … 91 are no neighbours of 61)."""
    links = [("news1.html", "首页"), ("news_51.html", "<<")]
    links += [(f"news_{n}1.html", str(n)) for n in (2, 3, 4, 5, 7, 8, 9)]
    links += [("news_71.html", ">>"), ("news_39.html", "末页")]
    page = analysed(metro_news_page(links), "/city/news_61.html")
    numbers = {ref.number for ref in page.pagination}
    assert {51, 71} <= numbers


def test_two_far_numbers_sharing_a_last_digit_are_no_pager() -> None:
    """Two links to ``news_41.html`` and ``news_81.html`` name items or categories, not a run of pages."""
    page = analysed(metro_news_page([("news_41.html", "更多"), ("news_81.html", "更多")]), "/city/news_61.html")
    assert page.pagination == []
