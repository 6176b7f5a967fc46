"""Measures of a page's elements kept while its tree is only read.

Extraction reads the tree (the title, the content vote, dates, authors, categories) before the body's
cleaning changes it. While it only reads, an element's text length and whether it wraps the page cannot
change, and the rules ask them of the same elements again: each pass of the content vote, the navigation
test, the headline's post; an element's text, blanks collapsed, is read by a dozen rules (titles, votes,
bylines, trails). ``unchanged()`` opens such a span: inside it each answer is computed once per element;
outside it (the cleaning, which removes elements) every call measures again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree

from archiver.extract.html import text_of
from archiver.normalize import normalize_space


class Measures:
    """Per element: its text length (``body.text_length``), whether it wraps the page (``body.is_wrapper``)
    and its text, blanks collapsed (``normalized_text``)."""

    def __init__(self) -> None:
        self.lengths: dict[etree._Element, float] = {}
        self.wrappers: dict[etree._Element, bool] = {}
        self.texts: dict[etree._Element, str] = {}


# A context variable, not a global: pages extracted in two threads each keep their own.
_CURRENT: ContextVar[Measures | None] = ContextVar("archiver_unchanged_tree", default=None)


@contextmanager
def unchanged(measures: Measures) -> Iterator[None]:
    """A span in which no tree is changed: ``measures`` are read and filled (again in a later span of
    the same page, as long as nothing changed its tree in between)."""
    token = _CURRENT.set(measures)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def kept() -> Measures | None:
    """The measures of the open span, or None outside one."""
    return _CURRENT.get()


def normalized_text(element: etree._Element) -> str:
    """``normalize_space(text_of(element))``: once per element inside a span, afresh outside one."""
    measures = _CURRENT.get()
    if measures is None:
        return normalize_space(text_of(element))
    text = measures.texts.get(element)
    if text is None:
        text = measures.texts[element] = normalize_space(text_of(element))
    return text
