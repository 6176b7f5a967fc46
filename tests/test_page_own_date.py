"""Whether a page prints a publication date of its own, outside its lists' records (PageAnalysis.has_date)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.extract.html import parse_html
from tests.conftest import examples

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


def _own_date_as_first_written(root, records) -> bool:  # type: ignore[no-untyped-def]
    """``_has_own_date`` as first written (no metadata here): every element's text and tail read in turn."""
    from archiver.discovery.page import (
        _DIGIT,
        _SHORT_YEAR_DAY,
        _SHORT_YEAR_LINE,
        _script_entrys_date,
        _word_month_date_line,
        list_date,
    )

    def dated_sentence(text: str) -> bool:
        from archiver.discovery.page import _dated_sentence

        return _dated_sentence(text, list_date(text))

    body = root.find("body")
    if body is None:
        return False
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        texts = [(element.text, False), (element.tail, True)]
        if element.tag == "time" and len(element):  # a <time>'s day cut by inline markup is read whole (session 21)
            texts.insert(1, ("".join(element.itertext()), False))
        for text, is_tail in texts:
            if (
                text
                and len(text) < 300
                and _DIGIT.search(text) is not None
                and (
                    list_date(text)
                    or (len(text) < _SHORT_YEAR_LINE and _SHORT_YEAR_DAY.search(text))
                    or _word_month_date_line(element, text, is_tail)
                )
                and not dated_sentence(text)
            ):
                holder = element.getparent() if is_tail else element
                if (
                    holder is not None
                    and not any(a in records for a in (holder, *holder.iterancestors()))
                    # an entry's day, in a card or beside a script headline (session 21), as the walk reads it
                    and not _script_entrys_date(holder, text)
                ):
                    return True
    return False


_OWN_DATE_TEXT = st.lists(
    st.sampled_from(
        [
            "2024-03-11",
            "Nov 22, 2024",
            "4 de noviembre de 2025",
            "19-12-23",
            "[05-12]",
            "2019年5月31日，",
            "星期二",
            "\u0662\u0660\u0662\u0664-\u0660\u0663-\u0661\u0661",
            "\uff12\uff10\uff12\uff14-3-1",
            "Date: ",
            "views 120",
            "No. 937 ",
            "<!-- 2024-03-11 -->",
            "2024-",
            "03-11",
            "Nov 22,",
            "[\u0660\u0665-\u0661\u0662]",
            "x",
            " ",
            "\n",
            "截至2019年12月31日，全国福利彩票累计发行销售22109.64亿元，",
            "。",
            "©",
        ]
    ),
    max_size=4,
).map("".join)
_OWN_DATE_TAG = st.sampled_from(["p", "span", "div", "li", "a", "time", "b", "script", "script", "h1"])


@st.composite
def _own_date_page(draw: st.DrawFn) -> tuple[str, list[int]]:
    """A page of nested elements holding texts and tails with dates of every form (and digits of other scripts, and
    scripts and comments the parser drops), and which of its elements are records."""

    def element(depth: int) -> str:
        tag = draw(_OWN_DATE_TAG)
        href = ' href="/x"' if tag == "a" else ""
        children = draw(st.integers(0, 3 if depth < 3 else 0))
        inner = draw(_OWN_DATE_TEXT) + "".join(element(depth + 1) + draw(_OWN_DATE_TEXT) for _ in range(children))
        return f"<{tag}{href}>{inner}</{tag}>"

    body = draw(_OWN_DATE_TEXT) + "".join(element(0) + draw(_OWN_DATE_TEXT) for _ in range(draw(st.integers(1, 4))))
    return body, draw(st.lists(st.integers(0, 40), max_size=3))


@settings(max_examples=examples(400), deadline=None)
@given(_own_date_page())
def test_the_own_date_walk_reads_as_first_written(page: tuple[str, list[int]]) -> None:
    """``_has_own_date`` finds a date where the walk as first written (every node's text and tail read in turn, the
    nodes that are no element skipped) found one."""
    from archiver.discovery.page import _has_own_date, _Markup

    body, picks = page
    root, _ = parse_html(f"<html><head><title>t</title></head><body>{body}</body></html>")
    elements = list(root.find("body").iter())
    records = {elements[i] for i in picks if i < len(elements)}
    expected = _own_date_as_first_written(root, records)
    assert _has_own_date(root, _Markup(root), records) == expected


def test_a_date_the_parser_left_in_two_text_nodes_is_read_whole() -> None:
    """Dropping a script leaves the text around it in two nodes (``2024-`` and ``03-11``): neither is a date, the
    element's text is."""
    analysis = _analysis("<p>Published 2024-<script>var x = 1;</script>03-11</p><p>A post of its own.</p>")
    assert analysis.has_date
