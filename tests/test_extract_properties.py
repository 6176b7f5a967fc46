"""Hostile input: extraction and its parsers never raise anything but ExtractionError."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.errors import ExtractionError
from archiver.extract import extract_article
from archiver.extract.labels import parse_label_line, parse_source
from archiver.normalize import parse_date

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)
TAGS = st.sampled_from(["div", "p", "span", "td", "h1", "a", "br", "table", "tr", "li", "b", "nav", "footer"])
LABELS = st.sampled_from(
    [
        "Source:",
        "来源：",
        "Date:",
        "发布时间：",
        "Author:",
        "作者：",
        "Keywords:",
        "浏览次数：",
        "Related Content",
        "上一篇：",
        "",
    ]
)


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(TAGS)
        parts.append(f"<{tag}>{draw(LABELS)}{draw(st.text(max_size=40))}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    return "<html><body>" + "".join(parts)


def _extract_or_clean_error(html: str | bytes) -> None:
    try:
        record = extract_article(html, "http://portal.example/a/1.html", captured_at=CAPTURED)
    except ExtractionError:
        return
    assert isinstance(record["body"], str) and "\n\n\n" not in record["body"]
    assert record["published_at"] is None or record["published_at"][:4] >= "1990"
    assert isinstance(record["keywords"], list)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup())
def test_extract_never_raises_on_soup(html: str) -> None:
    _extract_or_clean_error(html)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_extract_never_raises_on_bytes(body: bytes) -> None:
    _extract_or_clean_error(body)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_parse_date_is_total_and_in_range(text: str) -> None:
    parsed = parse_date(text, "Asia/Shanghai", CAPTURED)
    if parsed.value is not None:
        assert parsed.value.tzinfo is not None
        assert parsed.value.year >= 1990 and parsed.value <= CAPTURED.replace(year=CAPTURED.year + 1)


@given(st.text(max_size=300))
def test_label_parsing_offsets_within_line(line: str) -> None:
    for hit in parse_label_line(line):
        assert 0 <= hit.position < len(line)
        assert hit.value in line


@given(st.text(max_size=120))
def test_parse_source_is_total(raw: str) -> None:
    source = parse_source(raw)
    assert source.reprinted in (True, False)
    assert source.name is None or source.name in raw or source.name.strip() in raw


def test_extraction_does_not_import_scrapy() -> None:
    code = "import sys, archiver.extract; assert 'scrapy' not in sys.modules and 'twisted' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


_LINK_PIECES = st.sampled_from(
    [
        "/",
        ".",
        "..",
        "./",
        "../",
        "index.html",
        "index.htm",
        "Index.html",
        "news",
        "2024",
        ";p",
        ";",
        ":",
        "a:b",
        "http:",
        "https:",
        "//",
        "//example.com",
        "//[::1",
        "\t",
        "\n",
        "\x01",
        "%2e",
        "\\",
        "?q=1",
        "#top",
        " ",
    ]
)


@given(
    st.lists(_LINK_PIECES, max_size=8).map("".join),
    st.sampled_from(["https://example.com/a/b/post.html", "http://x.org/"]),
)
@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow])
def test_a_link_said_to_name_elsewhere_never_resolves_home(href: str, base: str) -> None:
    """The home trail's cheap test only spares urljoin: it never rules out a link that resolves home."""
    from urllib.parse import urljoin, urlsplit

    from archiver.extract.categories import _names_elsewhere

    path = href.strip().split("#")[0].split("?")[0]
    try:
        resolved = urlsplit(urljoin(base, href.strip())).path
    except ValueError:  # an unbalanced "[": urljoin raises, so the cheap test must leave it to urljoin
        assert not _names_elsewhere(path)
        return
    if _names_elsewhere(path):
        assert resolved not in ("/", "/index.html", "/index.htm"), (href, resolved)


def test_pretty_links_below_home_are_ruled_out_without_urljoin() -> None:
    from archiver.extract.categories import _names_elsewhere

    assert _names_elsewhere("https://example.com/2024/05/post/")
    assert _names_elsewhere("/news/") and _names_elsewhere("news/") and _names_elsewhere("/index.html/x/")
    assert not any(_names_elsewhere(p) for p in ("/", "", "./", "https://example.com", "//example.com/index.html"))
    assert not _names_elsewhere("/news/../")  # resolves home: left to urljoin
