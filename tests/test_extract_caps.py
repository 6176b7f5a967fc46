"""Extraction caps (issue 13 item 24): a 16 MB hostile page is cut before it costs minutes and gigabytes.

Bounded work is measured as what the parser keeps (elements, depth, characters) and what the
label and title scans look at, never as wall-clock time.
"""

from __future__ import annotations

import pytest

from archiver.extract import ArticlePage, extract_article
from archiver.extract.article import _MAX_LABEL_LINES
from archiver.extract.html import MAX_DEPTH, MAX_ELEMENTS, MAX_HTML_CHARS, TRUNCATED_ATTR, parse_html
from archiver.settings import DOWNLOAD_MAXSIZE

LABEL_UNIT = (
    "<div class='info'><span>来源：新华网</span><span>作者：张三</span>"
    "<span>发布时间：2024-11-22</span><h3>标题</h3></div>"
)
DEEP_UNIT = "<div><span>来源：新华网 发布时间：2024-11-22</span>"


def _sized(unit: str, prefix: str, suffix: str) -> bytes:
    count = (DOWNLOAD_MAXSIZE - 4096) // len(unit.encode())
    return (prefix + unit * count + suffix).encode()


@pytest.fixture(scope="module")
def hostile_pages() -> dict[str, bytes]:
    return {
        "repeated label lines": _sized(LABEL_UNIT, "<html><head><title>t</title></head><body>", "</body></html>"),
        "deeply nested labels": _sized(DEEP_UNIT, "<html><body>", ""),
    }


def _depth(element) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for _ in element.iterancestors())


def test_caps_sit_well_below_the_download_limit() -> None:
    assert MAX_HTML_CHARS * 4 <= DOWNLOAD_MAXSIZE


@pytest.mark.parametrize("name", ["repeated label lines", "deeply nested labels"])
def test_a_16_mb_hostile_page_is_parsed_within_the_caps(hostile_pages: dict[str, bytes], name: str) -> None:
    page = hostile_pages[name]
    assert len(page) > 15_000_000
    root, _ = parse_html(page)
    elements = list(root.iter())
    assert len(elements) <= MAX_ELEMENTS
    assert max(_depth(e) for e in elements) <= MAX_DEPTH
    assert "characters" in root.get(TRUNCATED_ATTR, "")
    assert len(root.text_content()) <= MAX_HTML_CHARS
    article = ArticlePage(page, "http://portal.example/a/1.html", parsed=(root, "utf-8"))
    assert len(article._label_candidates()) <= _MAX_LABEL_LINES


@pytest.mark.parametrize("name", ["repeated label lines", "deeply nested labels"])
def test_a_truncated_page_says_so_in_the_record(hostile_pages: dict[str, bytes], name: str) -> None:
    record = extract_article(hostile_pages[name], "http://portal.example/a/1.html")
    assert record["truncated"] is True
    assert "characters" in record["rules"]["truncated"]
    assert record["source"] == "新华网"


def test_an_ordinary_page_is_not_truncated() -> None:
    html = "<html><body><h1>Title</h1>" + "<p>A sentence of the article, with a comma.</p>" * 200 + "</body></html>"
    record = extract_article(html, "http://portal.example/a/2.html")
    assert record["truncated"] is False and "truncated" not in record["rules"]
    assert record["body"].count("\n\n") == 199
