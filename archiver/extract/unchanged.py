"""Measures of a page's elements kept while its tree is only read.

Extraction reads the tree (the title, the content vote, dates, authors, categories) before the body's
cleaning changes it. While it only reads, an element's text length and whether it wraps the page cannot
change, and the rules ask them of the same elements again: each pass of the content vote, the navigation
test, the headline's post. ``unchanged()`` opens such a span: inside it each answer is computed once per
element; outside it (the cleaning, which removes elements) every call measures again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree


class Measures:
    """Per element: its text length (``body.text_length``) and whether it wraps the page (``body.is_wrapper``)."""

    def __init__(self) -> None:
        self.lengths: dict[etree._Element, float] = {}
        self.wrappers: dict[etree._Element, bool] = {}


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
