"""Extraction rules of session 18 (branch ext18), found reading the public sets' misses page by page.

Every page here is written for its test, modelled on the shape a real page had (none is copied); each test
fails without its rule (docs/extraction.md, "Fields on the open web, session 18").
"""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article
from archiver.extract.authors import names_alone, names_signing_off

CAPTURED = datetime(2026, 12, 4, tzinfo=UTC)
ZH_PROSE = (
    "县里今年新修了三条乡村公路，沿线的村民出门赶集再也不用绕远路了。"
    "负责施工的师傅说，工程赶在雨季之前完工，路面还留出了排水的沟渠，方便以后养护。"
)


def extract(html: str, url: str = "http://essays.example.cn/2005/road.html") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


def _zh_paragraphs(count: int) -> str:
    return "".join(f"<p>{ZH_PROSE}第{n}段。</p>" for n in range(count))


# --- a writer's name alone under the headline -----------------------------------------------------


def test_a_name_alone_under_the_headline_is_the_writer() -> None:
    """An old essay page: the headline in bold, the writer's name on its own line, then the text; no label."""
    page = (
        "<html><head><title>文集</title></head><body>"
        "<p align='center'><strong>修路记(上)</strong></p><hr>"
        f"<p> 柳明远<br><br>{ZH_PROSE}<br>{ZH_PROSE}</p>{_zh_paragraphs(5)}</body></html>"
    )
    record = extract(page)
    assert record["authors"] == ["柳明远"]
    assert record["rules"]["author"] == "line:under-headline"


def test_two_names_apart_by_the_enumeration_comma() -> None:
    page = (
        "<html><head><title>修路记 - 论坛</title></head><body><div class='post'>"
        f"修路记<br><br>何青、江远<br><br>{ZH_PROSE}<br>{ZH_PROSE}</div>{_zh_paragraphs(4)}</body></html>"
    )
    assert extract(page)["authors"] == ["何青", "江远"]


def test_a_section_heading_under_the_headline_is_no_writer() -> None:
    """A heading (``<h2>主题</h2>``, ``<h3>方案</h3>``) or a word without a surname ("目的", "导读") stays text."""
    for line in ("<h2>方案</h2>", "<p>目的</p>", "<p>导读</p>", "<p><strong>高速</strong></p>"):
        page = (
            "<html><head><title>修路记</title></head><body><article><h1>修路记</h1>"
            f"{line}{_zh_paragraphs(5)}</article></body></html>"
        )
        assert extract(page)["authors"] == [], line


def test_names_alone() -> None:
    assert names_alone("胡平") == ["胡平"]
    assert names_alone("欧阳明 马丹阳") == ["欧阳明", "马丹阳"]
    for line in ("前言", "第一章", "教务处", "下午", "的通知", "待续", "人民日报", "张三丰李四", "Jane Doe"):
        assert names_alone(line) == [], line


# --- the writers' names in brackets closing the text ----------------------------------------------


def test_names_in_brackets_closing_the_text_are_the_writers() -> None:
    """``…的新春佳节。（常书香 马丹阳 ）``: no 记者 label, two names after the last sentence."""
    page = (
        "<html><head><title>修路记</title></head><body><article><h1>修路记</h1>"
        f"{_zh_paragraphs(5)}<p>{ZH_PROSE}（石磊 秦岚 ）</p></article></body></html>"
    )
    record = extract(page)
    assert record["authors"] == ["石磊", "秦岚"]
    assert record["rules"]["author"] == "signoff/bare"


def test_a_bracketed_name_and_place_closing_the_text() -> None:
    assert names_signing_off("发展。（姚峰 上海报道）") == ["姚峰"]
    assert names_signing_off("（袁源）") == ["袁源"]
    assert names_signing_off("（宋巍巍 报道）") == ["宋巍巍"]
    for line in (
        "他说（完）",
        "发展。（待续）",
        "发展。（央视）",
        "今天（周一）",
        "（德阳电大 江勇报道）",
        "我（张三）",
    ):
        assert names_signing_off(line) == [], line


# --- a name set flush right closing the text -------------------------------------------------------

PROSE = (
    "The council voted on Tuesday evening to keep the harbour ferry running through the winter, after a "
    "long debate about the cost of fuel, the state of the old pier and the needs of the island's schools."
)


def test_a_name_set_flush_right_closing_the_text_is_the_writer() -> None:
    """A news text signed off the Vietnamese way: ``<p style="text-align:right"><strong>Name</strong></p>``."""
    paragraphs = "".join(f"<p class='Normal'>{PROSE} Point {n}.</p>" for n in range(6))
    page = (
        "<html><head><title>Ferry stays - Harbour News</title></head><body><article><h1>Ferry stays</h1>"
        f"{paragraphs}<p class='Normal' style='text-align:right;'><strong>Mai Lan</strong></p>"
        "</article></body></html>"
    )
    record = extract_article(page, "https://news.example.org/2024/05/ferry-vote", captured_at=CAPTURED)
    assert record["authors"] == ["Mai Lan"]
    assert record["rules"]["author"] == "signoff/right"


def test_links_or_a_source_set_flush_right_are_no_writer() -> None:
    paragraphs = "".join(f"<p>{PROSE} Point {n}.</p>" for n in range(6))
    for end in (
        "<p align='right'><a href='/1'>Previous Page</a> <a href='/3'>Next Page</a></p>",
        "<p style='text-align: right'><em>Theo Reuters</em></p>",
        "<p>Jane Doe</p>",
        "<p align='right'>教务处</p>",
        "<div style='text-align:right'>日期</div>",
    ):
        page = (
            "<html><head><title>Ferry stays - Harbour News</title></head><body><article><h1>Ferry stays</h1>"
            f"{paragraphs}{end}</article></body></html>"
        )
        record = extract_article(page, "https://news.example.org/2024/05/ferry-vote", captured_at=CAPTURED)
        assert record["authors"] == [], end
