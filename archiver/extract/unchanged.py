"""Measures of a page's elements kept while its tree is only read.

Extraction reads the tree (the title, the content vote, dates, authors, categories) before the body's
cleaning changes it. While it only reads, an element's text length and whether it wraps the page cannot
change, and the rules ask them of the same elements again: each pass of the content vote, the navigation
test, the headline's post; an element's text, blanks collapsed, is read by a dozen rules (titles, votes,
bylines, trails). ``unchanged()`` opens such a span: inside it each answer is computed once per element;
outside it (the cleaning, which removes elements) every call measures again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from lxml import etree

from archiver.extract.html import text_of
from archiver.normalize import normalize_space

T = TypeVar("T")


class Measures:
    """Per measuring function (``body.text_length``'s, ``body.is_wrapper``'s, ``normalized_text``'s), its answer
    for each element measured in the span."""

    def __init__(self) -> None:
        self.tables: dict[Callable[[etree._Element], Any], dict[etree._Element, Any]] = {}

    def of(self, measure: Callable[[etree._Element], Any]) -> dict[etree._Element, Any]:
        """What ``measure`` answered, per element."""
        return self.tables.get(measure, {})


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


def once(measure: Callable[[etree._Element], T], element: etree._Element) -> T:
    """``measure(element)``: once per element inside a span, afresh outside one. (No measure answers None.)"""
    measures = _CURRENT.get()
    if measures is None:
        return measure(element)
    table = measures.tables.get(measure)
    if table is None:
        table = measures.tables[measure] = {}
    value = table.get(element)
    if value is None:
        value = table[element] = measure(element)
    return value  # type: ignore[no-any-return]


def normalized_text(element: etree._Element) -> str:
    """``normalize_space(text_of(element))``: once per element inside a span, afresh outside one."""
    return once(_normalized_text_now, element)


def _normalized_text_now(element: etree._Element) -> str:
    return normalize_space(text_of(element))
