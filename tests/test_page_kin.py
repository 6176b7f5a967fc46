"""The page analysis's helpers over an element's kin, as first written (``_shared_class_part``, ``_cousins``,
``_record_of``, a record's first heading): the same answers on generated pages."""

from __future__ import annotations

from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from archiver.discovery.page import (
    _COUSIN_ITEMS,
    _HEADINGS,
    _class_part,
    _class_tokens,
    _cousins,
    _FirstHeadings,
    _record_of,
    _shared_class_part,
    _shared_with,
)
from archiver.extract.html import parse_html
from tests.conftest import examples

_TAGS = st.sampled_from(
    ["div", "div", "li", "ul", "article", "section", "span", "p", "a", "h2", "o:p", "my-el", "td", "h1", "h3", "h6"]
)
_CLASSES = st.lists(st.sampled_from(["post", "card", "item-3", "news", "cat-1", "cat-2", "title", "x"]), max_size=3)


@st.composite
def _page(draw: st.DrawFn) -> str:
    def element(depth: int) -> str:
        tag = draw(_TAGS)
        classes = draw(_CLASSES)
        attribute = f' class="{" ".join(classes)}"' if classes or draw(st.booleans()) else ""
        children = draw(st.integers(0, 5 if depth < 4 else 0))
        inner = "".join(element(depth + 1) + draw(st.sampled_from(["", " ", "<!-- c -->"])) for _ in range(children))
        return f"<{tag}{attribute}>{inner or 'text'}</{tag}>"

    return "".join(element(0) for _ in range(draw(st.integers(1, 3))))


def _cousins_as_first_written(element: etree._Element, parent: etree._Element) -> list[etree._Element]:
    grandparent = parent.getparent()
    if grandparent is None or grandparent.tag in ("body", "html"):
        return []
    cousins: list[etree._Element] = []
    for aunt in islice((a for a in grandparent if a is not parent and a.tag == parent.tag), _COUSIN_ITEMS):
        cousins.extend(c for c in aunt if c.tag == element.tag)
    return cousins


def _shared_class_part_as_first_written(element: etree._Element) -> str:
    own = _class_tokens(element)
    parent = element.getparent()
    if not own or parent is None:
        return _class_part(element.get("class") or "")
    siblings = [s for s in parent if s is not element and s.tag == element.tag]
    kin = siblings or _cousins_as_first_written(element, parent)
    shared = _shared_with(own, kin)
    if shared is None and any(s is not element and s.tag == element.tag for s in parent):
        shared = _shared_with(own, _cousins_as_first_written(element, parent))
    if not shared:
        return _class_part(element.get("class") or "")
    return "." + ".".join(sorted(shared)[:3])


def _record_of_as_first_written(anchor: etree._Element, container: etree._Element) -> etree._Element:
    node = anchor
    while node.getparent() is not None and node.getparent() is not container:
        node = node.getparent()
    return node


@settings(max_examples=examples(300), deadline=None)
@given(_page())
def test_kin_helpers_answer_as_first_written(body: str) -> None:
    root, _ = parse_html(f"<html><body>{body}</body></html>")
    elements = list(root.iter(etree.Element))
    first_heading = _FirstHeadings()
    for element in elements:
        assert first_heading(element) is next(element.iter(*_HEADINGS), None)
        assert _shared_class_part(element) == _shared_class_part_as_first_written(element)
        parent = element.getparent()
        if parent is not None:
            assert _cousins(element, parent) == _cousins_as_first_written(element, parent)
        for container in (*element.iterancestors(), elements[-1], element):
            assert _record_of(element, container) is _record_of_as_first_written(element, container)


def _grouped_text_as_first_written(root, records, text_of) -> int:  # type: ignore[no-untyped-def]
    from archiver.discovery.page import _chrome_elements, _text_length

    content_records = [r for in_chrome, group in records if not in_chrome for r in group]
    holders = set(content_records)
    content = sum(
        _text_length(r, text_of)
        for r in content_records
        if not any(ancestor in holders for ancestor in r.iterancestors())
    )
    chrome = _chrome_elements(root)
    for in_chrome, group in records:
        if in_chrome:
            chrome.update(group)
    return content + sum(
        _text_length(element, text_of)
        for element in chrome
        if not any(ancestor in chrome for ancestor in element.iterancestors())
    )


@settings(max_examples=examples(300), deadline=None)
@given(_page(), st.lists(st.tuples(st.booleans(), st.lists(st.integers(0, 60), max_size=6)), max_size=5))
def test_grouped_text_reads_as_first_written(body: str, picks: list[tuple[bool, list[int]]]) -> None:
    """``_grouped_text``: each record's text counted unless another record (or chrome element) holds it, whatever
    the groups (records listed twice, nested, in chrome markup)."""
    from archiver.discovery.page import _grouped_text, _Texts

    root, _ = parse_html(f"<html><body><nav><a>menu</a></nav>{body}<footer><p>footer</p></footer></body></html>")
    elements = list(root.iter(etree.Element))
    records = [(in_chrome, [elements[i % len(elements)] for i in indexes]) for in_chrome, indexes in picks]
    assert _grouped_text(root, records, _Texts()) == _grouped_text_as_first_written(root, records, _Texts())
