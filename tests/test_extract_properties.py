"""Hostile input: extraction and its parsers never raise anything but ExtractionError."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archiver.errors import ExtractionError
from archiver.extract import extract_article
from archiver.extract.labels import parse_label_line, parse_source
from archiver.normalize import parse_date
from tests.conftest import examples

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


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
@settings(max_examples=examples(3000), suppress_health_check=[HealthCheck.too_slow])
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


@given(
    st.lists(_LINK_PIECES, max_size=8).map("".join)
    | st.tuples(
        st.sampled_from(["http://", "https://", "http://x.org", "https://example.com", "HTTP://x.org"]),
        st.lists(_LINK_PIECES, max_size=6).map("".join),
    ).map("".join),
    st.sampled_from(
        [
            "https://example.com/a/b/post.html",
            "http://x.org/",
            "http://x.org",
            "http://127.0.0.1:8000/NewsDes/1860000000007015838.html?page=2#top",
            "https://example.com/a;p/b.html;q?x=/y#z/w",
            "https://example.com/a/../b/./c/",
            "http://x.org?q=/a/b",
            "https://[::1]:8080/a/b",
        ]
    ),
)
@settings(max_examples=examples(3000), suppress_health_check=[HealthCheck.too_slow])
def test_a_link_s_path_from_the_page_s_directory_is_its_path_from_the_page(href: str, page: str) -> None:
    """The home trail resolves a link against the page's site root or directory when the link keeps nothing of
    the page's path (so one page's answer serves its site or directory): the same path, or the same error, as
    from the page itself."""
    from archiver.extract.categories import _link_base, _link_path

    resolve = _link_path.__wrapped__
    assert resolve(_link_base(page, href), href) == resolve(page, href), (page, href, _link_base(page, href))


_MARKUP_PIECES = st.sampled_from(
    [
        "<div>",
        "</div>",
        "<p class='meta'>",
        "</p>",
        "<span>",
        "</span>",
        "<b>",
        "</b>",
        "<br>",
        "<!-- 来源：注释 -->",
        "<?pi x:y?>",
        "<script>var a = {b: 1};</script>",
        "<pre>time: 10:30</pre>",
        "Source: Xinhua",
        "来源：新华网",
        "发布时间2021年3月11日",
        "发布",
        "时间",
        "上传时间",
        "&amp;",
        "&nbsp;",
        "&#58;",
        "text ",
        " ",
        "\n",
        ":",
        "：",
    ]
)


@given(st.lists(_MARKUP_PIECES, max_size=20).map("".join))
@example("发布<script>var a = {b: 1};</script>时间")  # the cleaner drops the script: two text nodes, one text
@settings(max_examples=examples(800))
def test_the_elements_holding_label_text_are_those_of_its_text_nodes(markup: str) -> None:
    """The label lines' candidates, read from each element's text and tail, are the owners of the text nodes
    an XPath test of each node finds (a tail's owner being the parent of the element it follows)."""
    from lxml import etree

    from archiver.extract.article import _holding_label_text
    from archiver.extract.html import parse_html

    test = " or ".join(
        ["contains(., ':')", "contains(., '：')"]
        + [f"contains(., '{w}')" for w in ("发布时间", "发布日期", "发表时间", "发表日期", "上传时间", "添加时间")]
    )
    try:
        cleaned = parse_html(f"<html><body>{markup}</body></html>", None)[0]
    except ExtractionError:
        return
    # The cleaner's removals leave text nodes side by side ("发布" and "时间" around a dropped <script>), which
    # lxml's ``.text`` reads joined, as the extraction does, and the XPath sees apart: compared on the page as a
    # parser reads it again, where adjacent text is one node.
    root = etree.fromstring(etree.tostring(cleaned))
    expected: set[etree._Element] = set()
    for text in root.xpath(f"//text()[{test}]"):
        owner = text.getparent()
        if text.is_tail and owner is not None:
            owner = owner.getparent()
        while owner is not None:
            expected.add(owner)
            owner = owner.getparent()
    assert _holding_label_text(root) == expected
