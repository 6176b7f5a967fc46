"""Text lengths and page wrappers kept per element while the tree is only read (archiver/extract/unchanged.py)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest
from lxml import etree

from archiver.extract import article as article_module
from archiver.extract import body as body_rules
from archiver.extract.article import ArticlePage
from archiver.extract.html import parse_html, text_of
from archiver.extract.unchanged import Measures, kept, normalized_text, unchanged

_PAGE = (
    "<html><head><title>A notice</title></head><body>"
    "<div class='nav'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
    "<div class='post'><h1>A notice</h1><p>{text}</p><p>{text}</p></div>"
    "<div class='related'><a href='/a.html'>Another notice, with a longer title</a></div>"
    "</body></html>"
)
_TEXT = "The association met on Monday to plan the year's training, and every member unit sent its delegate."


class _Counted:
    """``body._TEXT_LENGTH`` counting its evaluations."""

    def __init__(self, function: Any) -> None:
        self.function, self.calls = function, 0

    def __call__(self, element: etree._Element) -> Any:
        self.calls += 1
        return self.function(element)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    counter = _Counted(body_rules._TEXT_LENGTH)
    monkeypatch.setattr(body_rules, "_TEXT_LENGTH", counter)
    return counter


def test_inside_a_span_each_element_is_measured_once(counted: _Counted) -> None:
    root, _ = parse_html(_PAGE.format(text=_TEXT))
    post = root.find(".//div[@class='post']")
    with unchanged(Measures()):
        first = body_rules.text_length(post)
        assert body_rules.text_length(post) == first
    assert counted.calls == 1
    assert kept() is None  # the span is closed: nothing is kept any longer
    body_rules.text_length(post)
    body_rules.text_length(post)
    assert counted.calls == 3


def test_after_the_span_a_changed_tree_is_measured_again() -> None:
    root, _ = parse_html(_PAGE.format(text=_TEXT))
    post = root.find(".//div[@class='post']")
    nav = root.find(".//div[@class='nav']")
    with unchanged(Measures()):
        before = body_rules.text_length(post)
        assert not body_rules.is_wrapper(nav)
    for paragraph in post.findall("p"):
        post.remove(paragraph)
    assert body_rules.text_length(post) == len("A notice") < before


def test_the_bodys_cleaning_forgets_what_the_fields_measured() -> None:
    page = ArticlePage(_PAGE.format(text=_TEXT), "http://example.org/news/1.html")
    title, title_element = page.title()
    found = page.content(title_element)
    with unchanged(page._measures):
        body_rules.text_length(root_post := page.root.find(".//div[@class='post']"))
    assert root_post in page._measures.of(body_rules._text_length_now)
    page.body(title, title_element, found)
    # the cleaning changed the tree: a later span measures it anew
    assert not page._measures.of(body_rules._text_length_now)


def test_a_record_is_the_same_with_and_without_kept_measures(monkeypatch: pytest.MonkeyPatch) -> None:
    html, at = _PAGE.format(text=_TEXT), datetime(2026, 12, 2, tzinfo=UTC)
    with_kept = ArticlePage(html, "http://example.org/news/1.html", captured_at=at).to_record()
    # no span is ever opened: every measure taken afresh
    monkeypatch.setattr(article_module, "unchanged", lambda measures: contextlib.nullcontext())
    assert ArticlePage(html, "http://example.org/news/1.html", captured_at=at).to_record() == with_kept


def test_an_elements_text_is_read_once_inside_a_span(monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.extract import unchanged as unchanged_module

    reads: list[etree._Element] = []

    def counted_text_of(element: etree._Element) -> str:
        reads.append(element)
        return text_of(element)

    monkeypatch.setattr(unchanged_module, "text_of", counted_text_of)
    root, _ = parse_html(_PAGE.format(text=" spaced\u00a0 out "))
    post = root.find(".//div[@class='post']")
    with unchanged(Measures()):
        assert normalized_text(post) == normalized_text(post) == "A notice spaced out spaced out"
    assert reads == [post]
    post.remove(post.find("p"))
    assert normalized_text(post) == "A notice spaced out"  # outside a span: read afresh
    assert reads == [post, post]
