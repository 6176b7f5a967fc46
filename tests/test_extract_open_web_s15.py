"""Fields on the open web (session 15): misses read on the public sets, each rebuilt on a page written here.

- A Chinese news text signs off with its reporter's credit: the last line ``记者 刘涛`` or the last words
  in brackets ``（记者 胡晓蓉）``; an editor's credit (责任编辑) may follow. The reporter
  wrote the text; the editor did not (before: no author, or the editor).
- A news page whose og:title no heading repeats (the social headline, reworded) and whose JSON-LD
  ``headline`` is the text of its ``<h1>``: the headline shown is that ``<h1>`` (before: og:title).

Every page here is written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.extract import extract_article
from archiver.extract.authors import names_from_signoff

CAPTURED = datetime(2026, 12, 3, tzinfo=UTC)
PROSE = "今年以来，全市新建口袋公园十二处，改造老旧步道三十多公里，周边居民晚饭后散步的去处多了起来。"


def _zh_news(last_lines: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>城南新添三处口袋公园_本地新闻</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/news/'>本地新闻</a></div>"
        "<div class='main'><h1>城南新添三处口袋公园</h1>"
        "<div class='info'>发布时间：2024-03-12 09:30 来源：城南日报</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>{last_lines}</div></div>"
        "<div class='foot'>版权所有 城南日报社</div></body></html>"
    )


def _extract(html: str, url: str = "http://news.example.cn/2024/0312/123.html") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


@pytest.mark.parametrize(
    ("last_lines", "names"),
    [
        ("<p>记者 刘一鸣</p>", ["刘一鸣"]),
        (f"<p>{PROSE}（记者 王晓 陈川）</p><p>（责任编辑：赵青）</p>", ["王晓", "陈川"]),
        ("<p>□ 本报记者 孙小满</p><p>(责编：周正)</p><p>分享让更多人看到</p>", ["孙小满"]),
        ("<p>城南日报记者 何方 城南报道</p><p>【编辑:林森】</p>", ["何方"]),
    ],
)
def test_the_reporter_signing_off_the_text_is_the_author(last_lines: str, names: list[str]) -> None:
    """Before: no author, or the editor of the line after (责任编辑/责编/编辑)."""
    record = _extract(_zh_news(last_lines))
    assert record["authors"] == names
    assert record["rules"]["author"] == "signoff"


def test_an_editor_alone_stays_the_fallback() -> None:
    record = _extract(_zh_news("<p>（责任编辑：赵青）</p>"))
    assert record["authors"] == ["赵青"]


@pytest.mark.parametrize(
    "line",
    [
        "图/张三",  # a picture's credit
        "他说（张三）",  # a name in brackets without a reporter's label
        "成绩庆祝建党一百周年。（德阳电大 江勇报道）",  # an office and its reporter, no label
        "通讯员 德阳电大",  # a correspondent's credit names an office as often
        "（责任编辑：刘林源）",
        "这是记者 一个",
        f"{PROSE}记者 张三",  # a sentence of the text, not a line of its own
    ],
)
def test_other_lines_credit_no_reporter(line: str) -> None:
    assert names_from_signoff(line) == []


def _news_page(ld_headline: str | None) -> str:
    data = (
        "<script type='application/ld+json'>"
        f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{ld_headline}",'
        '"datePublished":"2025-06-30T08:00:00+02:00"}</script>'
        if ld_headline
        else ""
    )
    paragraph = (
        "<p>The morning after the fire at the recycling plant, the village school opened its doors with only a "
        "third of its pupils in class, while the firefighters kept watch over the smouldering heaps.</p>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>Emergency plan: a quiet but hot Monday in the valley</title>"
        "<meta property='og:title' content='Emergency plan: a quiet but hot Monday in the valley'>"
        f"{data}</head><body><header><a href='/'>Valley Courier</a></header><main><article>"
        "<h1>Only a third of the children came to school on Monday</h1>"
        f"<div class='text'>{paragraph * 4}</div></article>"
        "<aside><h1>Firefighters still at work</h1></aside></main></body></html>"
    )


def test_the_h1_the_article_data_names_beats_an_og_title_no_heading_repeats() -> None:
    """Before: og:title, the headline written for sharing, which the page prints nowhere."""
    record = _extract(
        _news_page("Only a third of the children came to school on Monday"), "https://courier.example/valley/fire"
    )
    assert record["title"] == "Only a third of the children came to school on Monday"
    assert record["rules"]["title"] == "data-h1:shown"


@pytest.mark.parametrize("ld_headline", [None, "Firefighters at work"])
def test_without_data_naming_the_h1_og_title_stays(ld_headline: str | None) -> None:
    record = _extract(_news_page(ld_headline), "https://courier.example/valley/fire")
    assert record["title"] == "Emergency plan: a quiet but hot Monday in the valley"


def _table_news(date_line: str) -> str:
    return (
        "<html><head><meta charset='gb2312'><title>湖畔音乐节周末开幕 三万人次入园_娱乐频道</title></head><body>"
        "<table width='100%'><tr><td><a href='/'>首页</a> | <a href='/ent/'>娱乐</a></td></tr></table>"
        "<table width='100%'><tr><td class='line_ti'><div class='title'>湖畔音乐节周末开幕 三万人次入园</div></td></tr>"
        "</table>"
        f"<table width='100%'><tr><td class='info'>{date_line}</td><td><a href='#comm'>发表评论</a></td></tr></table>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='related'><b>相关新闻</b><div>·<a href='/ent/0426/1.html'>去年的音乐节回顾</a> "
        "<span>(2004-04-26 02:40)</span></div><div>·<a href='/ent/0312/2.html'>湖畔公园改造完工</a> "
        "<span>(2004-03-12 10:15)</span></div></div></body></html>"
    )


def test_a_date_line_after_the_tables_holding_only_the_headline_is_its_date() -> None:
    """The headline alone in its cell, row and table; the date line in the next table (a portal's table layout).
    Before: no line after the headline (its cell has no sibling), and a related story's day."""
    record = _extract(_table_news("2005-04-27 14:32更新 来源：湖畔晚报"), "http://ent.example.cn/050427/347/26pbv.html")
    assert record["published_at"] == "2005-04-27T14:32:00+08:00"
    assert record["rules"]["published_at"].startswith("near-title")


def test_a_title_opening_with_the_site_name_ends_with_the_headline_not_a_site() -> None:
    """``Site | Kicker | Headline`` and og:title ``Kicker | Headline``: the last part is the headline (before:
    taken for the site's name and cut, leaving the kicker, which the <h2> above the <h1> repeats)."""
    paragraph = (
        "<p>Two jumpers were disqualified for suits cut too short, and the team managers spent the evening "
        "arguing over the measuring rules in front of the judges' cabin.</p>"
    )
    html = (
        "<html><head><title>Courier.lu | Ski jumping | Suits and accusations: a row over kit</title>"
        "<meta property='og:site_name' content='Courier.lu'>"
        "<meta property='og:title' content='Ski jumping | Suits and accusations: a row over kit'></head><body>"
        "<header><a href='/'>Courier.lu</a></header><main><article><h2>Ski jumping</h2>"
        f"<h1>Suits and accusations: a row over kit</h1>{paragraph * 4}</article></main></body></html>"
    )
    record = _extract(html, "https://www.courier.example/sport/suits-and-accusations-1234.html")
    assert record["title"] == "Suits and accusations: a row over kit"


def _kicker_page(heading: str) -> str:
    paragraph = (
        "<p>The ice saints arrive in mid-May, and gardeners wait for them before they plant out the tomatoes "
        "and the beans, whatever the forecast for the week promises.</p>"
    )
    return (
        "<html><head><title>The Ice Saints 2024: when they come - and what the weather does</title>"
        "<meta property='og:title' content='The Ice Saints 2024: when they come - and what the weather does'>"
        f"</head><body><main><article>{heading}{paragraph * 4}</article></main></body></html>"
    )


def test_a_heading_printed_as_kicker_and_headline_reads_as_the_title_writes_it() -> None:
    """Before: the two parts run together ("The Ice Saints 2024 when they come …"), the colon lost."""
    heading = (
        "<h2 class='article__title'>\n  <span class='catch'>The Ice Saints 2024</span>\n  "
        "<span class='sub'>when they come - and what the weather does</span>\n</h2>"
    )
    record = _extract(_kicker_page(heading), "https://news.example.de/garden/ice-saints-2024.html")
    assert record["title"] == "The Ice Saints 2024: when they come - and what the weather does"


def test_a_heading_typed_in_other_punctuation_keeps_its_own() -> None:
    heading = "<h2>The Ice Saints 2024 — when they come - and what the weather does</h2>"
    record = _extract(_kicker_page(heading), "https://news.example.de/garden/ice-saints-2024.html")
    assert record["title"] == "The Ice Saints 2024 — when they come - and what the weather does"


_SIGNOFF_CHARACTERS = "记者本报通讯员责任编辑张王李刘涛晓上海报道（）() 　：:□/，。"


@given(st.text(alphabet=st.sampled_from(_SIGNOFF_CHARACTERS), max_size=80) | st.text(max_size=80))
def test_a_signoff_names_only_what_the_line_says(line: str) -> None:
    """Any line: no error, and every name read is written in it (its spaces aside), never a label word."""
    squeezed = "".join(line.split())
    for name in names_from_signoff(line):
        assert name and name.replace(" ", "") in squeezed
        assert name not in ("记者", "本报记者", "通讯员", "责任编辑")
