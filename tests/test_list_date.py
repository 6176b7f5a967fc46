"""``list_date`` is ``LIST_DATE.search``: the same match on any text (the pattern tried only where one can open)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.discovery.page import LIST_DATE, list_date
from tests.conftest import examples

# Pieces of dates in every form LIST_DATE knows, and what stands around them: digits (ASCII, full-width,
# Arabic-Indic), month names in any case ("ſ" is an "s" to a case-insensitive pattern), separators, brackets
# of both widths, blanks (a no-break space, an ideographic one), CJK date marks, words and underscores.
_PIECES = st.sampled_from(
    [
        *"0123456789",
        *"19 20 2024 1999 12 31 \uff15 \u0663".split(),
        *"Jan feb MAR Apr may June jul AUG Sep Sept \u017fept oct Nov december".split(),
        *"- / . , [ ] ( ) \uff08 \uff09 \u3010 \u3011 年 月 日 a x _ é Meeting Smart Date: Views:".split(),
        ", ",
        " ",
        "  ",
        "\u00a0",
        "\u3000",
        "\n",
        "\t",
        "No. ",
        # whole dates of each form, and near misses, so that several stand in one text
        *["Nov 22, 2024", "nov. 2 1999", "\u017fep 9,2020", "22 November 2024", "1 JAN. 2000", "Nov 2024", "22 2024"],
        *"3.4.2021 12/31/1999 [11-22] 【05-12】 （3/4日） 2020-12-30 2019年5月31日 2019年5月 x2020-01-01".split(),
        *["( 1.2 )", "1999 / 1 . 2", "_3.4.2021", "\uff12\uff10\uff12\uff10-1-1", "12-31-99", "\u0661\u0662-"],
    ]
)


def _same(text: str) -> None:
    expected = LIST_DATE.search(text)
    found = list_date(text)
    if expected is None:
        assert found is None, text
    else:
        assert found is not None, text
        assert (found.span(), found.group(0)) == (expected.span(), expected.group(0)), text


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_list_date_is_the_patterns_search_on_date_pieces(text: str) -> None:
    _same(text)


@settings(max_examples=examples(1000), deadline=None)
@given(st.text(max_size=60))
def test_list_date_is_the_patterns_search_on_any_text(text: str) -> None:
    _same(text)


def test_list_date_on_written_dates() -> None:
    for text in [
        "The training center Holds Meeting No. 937 on Smart Monitoring 2020-12-30",
        "Posted Nov 22, 2024 by x",
        "on 22 November 2024",
        "3.4.2021",
        "news [11-22] more",
        "No. 12 2020 and Dec 3 2021",
        "2019年5月31日",
        "Views:21043",
        "",
    ]:
        _same(text)


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_may_show_date_reads_as_first_written(text: str) -> None:
    """``may_show_date`` answers as first written: a year, one of _DATE_BRACKETS, or ``\\d{2}-\\d{2}-\\d{2}``."""
    import re

    from archiver.discovery.page import _DATE_BRACKETS, _YEAR, may_show_date

    assert _DATE_BRACKETS == ("[", "(", "\uff08", "\u3010")  # the four scans may_show_date spells out
    written = (
        _YEAR.search(text) is not None
        or any(bracket in text for bracket in _DATE_BRACKETS)
        or re.search(r"\d{2}-\d{2}-\d{2}", text) is not None
    )
    assert may_show_date(text) == written
