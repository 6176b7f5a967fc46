"""A record inside another group's record is weighed once (held-out jizhi-sdhjnl, session 17; fixed session 18).

A post's page ends with two tabs of other sections' news, each closed by a "More" link: the two "More" links are a
group whose records are the whole tabs, and the tabs hold the list items, another group's records. Summed group by
group, the lists' text counted twice and outweighed the page's whole text: the post's own prose measured nothing
(``outside_text`` 0). Pages written for the test. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.extract.html import parse_html

H = "http://club.test"
ALLOWED = frozenset({"club.test"})
PROSE = (
    "<p>On Saturday evening the home side met its closest rival in the match that decided the season. Both teams "
    "played with great care until the seventieth minute, when a young substitute scored the only goal of the game, "
    "and the coach praised the squad's patience in the interview that followed.</p>"
)
OTHERS = [(f"/team/{n}.html", f"Team news {n}: the training camp and what the players said about it") for n in range(6)]


def tab(heading: str, more: str) -> str:
    items = "".join(
        f'<li><a href="{path}"><img src="/img/{n}.jpg"><h3>{title}</h3><p><b class="datetime">2026-03-0{n + 1}</b>'
        f"</p></a><p>{title}, the full report with the story before and after the match.</p></li>"
        for n, (path, title) in enumerate(OTHERS)
    )
    return (
        f'<div class="otherlink"><h2>{heading}</h2><section class="tab-box"><div class="list"><ul>{items}</ul></div>'
        f'<span class="tab-more"><a href="{more}">More</a></span></section></div>'
    )


def page(*, tabs: bool) -> PageAnalysis:
    html = (
        "<html><head><title>The match that decided the season</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/team/index.html">Team</a> <a href="/news/index.html">News</a></nav>'
        '<div class="main"><div class="newstext-box"><h1>The match that decided the season</h1>'
        f'<span class="date">2026-03-14 16:52</span><div class="newstext">{PROSE * 3}</div></div>'
        f"{tab('Team news', '/team/index.html') + tab('More news', '/news/index.html') if tabs else ''}</div>"
        "</body></html>"
    )
    root, _ = parse_html(html.encode(), "utf-8")
    return analyze_page(root, f"{H}/match/1725.html", ALLOWED, html)


def test_a_tab_whose_more_link_takes_the_whole_tab_is_counted_once() -> None:
    alone, beside = page(tabs=False), page(tabs=True)
    assert alone.outside_text > 500
    # the tabs' lists are no one's prose, each counted once: the post keeps its own prose
    assert beside.outside_text >= 0.9 * alone.outside_text
    assert (beside.grouped_text or 0) <= beside.text_length


def test_lists_side_by_side_are_still_weighed_group_by_group() -> None:
    """Records that are not inside one another are summed as before (no element counted twice is dropped)."""
    beside = page(tabs=True)
    records = sum(group.record_text for group in beside.groups if len(group.urls) >= 6)
    assert (beside.grouped_text or 0) >= records
