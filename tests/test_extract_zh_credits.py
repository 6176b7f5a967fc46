"""Chinese bylines as a students' association's Hexo theme prints them (held-out hexo-qidian, session 9).

The byline is schema.org microdata: ``<li itemprop=author>`` holding a person icon, the bare label "作者",
the name in ``<span itemprop=name>`` and, on translations and interviews, the other credits after it
("译者 …", "采访者 … 受访者 …"). Foreign writers are named the usual Chinese way: the name transliterated
with a middle dot, then the original in parentheses. Every page here is written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article
from archiver.extract.authors import is_handle_or_name, names_from_byline, split_names

CAPTURED = datetime(2026, 12, 2, tzinfo=UTC)
SITE = "星火读书会"
PROSE = "那天傍晚，读书会的几位同学在图书馆三楼围坐一圈，从一本旧杂志聊到火星殖民的种种设想，直到闭馆铃声响起。"


def _post(credits: str, author_meta: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>夜读记 | {SITE}</title><meta property='og:title' content='夜读记'>"
        f"<meta name='author' content='{author_meta}'>"
        "<meta property='article:published_time' content='2025-04-30T16:00:00.000Z'></head><body>"
        "<article itemscope itemtype='https://schema.org/Article'><header class='page-header'>"
        "<h1 class='page-title' itemprop='name headline'>夜读记</h1><ul class='page-meta'>"
        "<li><time datetime='2025-04-30T16:00:00.000Z' itemprop='datePublished'>2025-05-01</time></li>"
        "<li itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        f"<i class='fa fa-user'></i> 作者 {credits}</li><li>~3.2K 字</li></ul></header>"
        f"<div class='page-content'><div itemprop='articleBody'><p>{PROSE * 3}</p></div></div>"
        "</article></body></html>"
    )


def extract(html: str) -> dict:
    return extract_article(html, "http://127.0.0.1:8000/posts/夜读记/", captured_at=CAPTURED)


@pytest.mark.parametrize(
    "name",
    ["埃莉诺·韦斯特(Eleanor West)", "奥拉·诺德曼（Ola Nordmann）", "米克洛什·萨博(Miklós Szabó)"],
)
def test_a_transliterated_name_with_its_original_is_the_author(name: str) -> None:
    """Before: the part before the middle dot ("埃莉诺"), or the label and the name's first character."""
    record = extract(_post(f"<span itemprop='name'>{name}</span> 译者 <span>林一</span>", name))
    assert record["author"] == name
    assert record["authors"] == [name]


def test_a_handle_the_byline_and_the_meta_name_is_the_author() -> None:
    """A handle of Latin and Han characters, which no name rule reads: the author meta names it and the
    byline prints it after the label (before: the label "作者" itself)."""
    record = extract(_post("<span itemprop='name'>Q星人</span>", "Q星人"))
    assert record["author"] == "Q星人"


def test_the_site_itself_printed_as_the_byline_is_the_author() -> None:
    """A post without a writer of its own shows the association's name after the label, followed by the
    interview's other credits (before: "作者")."""
    credits = f"<span itemprop='name'>{SITE}</span> 采访者 <span>林一</span> 受访者 <span>王二</span>"
    record = extract(_post(credits, SITE))
    assert record["author"] == SITE


@pytest.mark.parametrize("text", ["作者", "作者 苏", "记者", "译者"])
def test_a_byline_label_is_no_name(text: str) -> None:
    assert split_names(text) == []
    assert names_from_byline(text) == []


def test_a_byline_label_is_no_handle() -> None:
    assert not is_handle_or_name("作者")


def test_a_label_before_a_name_is_left_out() -> None:
    assert split_names("作者 夏亚") == ["夏亚"]


def test_a_spaced_dot_still_separates_a_bylines_fields() -> None:
    assert names_from_byline("2025-05-01 · 林一") == ["林一"]
    assert names_from_byline("阿依古丽·买买提") == ["阿依古丽·买买提"]
