"""Whether a page prints a publication date of its own, outside its lists' records (PageAnalysis.has_date)."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.extract.html import parse_html

HOST = "https://club.test"
ALLOWED = frozenset({"club.test"})


def _analysis(body: str, url: str = HOST + "/news/") -> PageAnalysis:
    html = f"<html><head><title>News</title></head><body>{body}</body></html>"
    root, _ = parse_html(html)
    return analyze_page(root, url, ALLOWED, html)


def _items(date_first: bool) -> str:
    items = []
    for n in range(1, 7):
        day = f"2024-03-{n + 10:02d}"
        link = f'<a href="/news/2024/item-{n}.html">Members meet for the spring tournament round {n}</a>'
        items.append(f"<li>{day} {link}</li>" if date_first else f"<li>{link} {day}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def test_a_date_printed_first_in_a_records_own_text_is_the_records_not_the_pages() -> None:
    """A list item that opens with its date holds it as its own ``.text``; the page prints no date of its own.

    The check once took the item's parent as the date's holder for both its text and its tail (lxml builds a
    new string on every ``.text`` read, so an identity test against it never held): the parent is outside the
    records, and every such listing read as a dated page."""
    analysis = _analysis(_items(date_first=True))
    assert len(analysis.groups) == 1
    assert not analysis.has_date


def test_a_date_after_a_records_link_is_the_records_too() -> None:
    assert not _analysis(_items(date_first=False)).has_date


def test_a_date_outside_the_records_is_the_pages_own() -> None:
    analysis = _analysis("<h1>Spring tournament</h1><p>2024-03-02 Posted by the board</p>" + _items(date_first=True))
    assert analysis.has_date
