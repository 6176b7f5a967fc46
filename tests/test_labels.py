import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from archiver.extract.labels import (
    _CHINESE_LABELS,
    _ENGLISH_LABELS,
    _GLUED_DATE_LABELS,
    _LABEL,
    _LABEL_OPENING,
    _LEADING_DATE,
    _VALUE_TRIM,
    clean_author,
    opening_label,
    opens_line,
    parse_label_line,
    parse_source,
    split_keywords,
    starts_with_label,
)


def kinds(line: str) -> dict[str, str]:
    return {hit.kind: hit.value for hit in parse_label_line(line)}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Source:Reprinted from the All-China Federation of Trade Unions Author: Date:2024-11-22 09:14:12",
            {
                "source": "Reprinted from the All-China Federation of Trade Unions",
                "author": "",
                "date": "2024-11-22 09:14:12",
            },
        ),
        (
            "来源：转载自人民网 作者：张三 发布时间：2024-11-22 09:14 浏览次数：123",
            {"source": "转载自人民网", "author": "张三", "date": "2024-11-22 09:14", "views": "123"},
        ),
        ("来源：新华网作者：李四", {"source": "新华网", "author": "李四"}),
        ("日期：2024年11月22日 | 点击：88", {"date": "2024年11月22日", "views": "88"}),
        ("Source: X | Author: Y | Published: 2024/11/22", {"source": "X", "author": "Y", "date": "2024/11/22"}),
        ("当前位置：首页 > 新闻中心", {"breadcrumb": "首页 > 新闻中心"}),
        ("来源：新华网 记者：张三 发布时间：2024-11-22", {"source": "新华网", "author": "张三", "date": "2024-11-22"}),
        ("本文作者：李四", {"author": "李四"}),
        ("Reporter: Jane Doe | Date: 2024-11-22", {"author": "Jane Doe", "date": "2024-11-22"}),
    ],
)
def test_label_lines(line: str, expected: dict[str, str]) -> None:
    assert kinds(line) == expected


@pytest.mark.parametrize(
    "line", ["Update: the plan", "Sourcing: none", "The date is near", "x" * 500 + " Date: 2024-01-01"]
)
def test_not_labels(line: str) -> None:
    assert "date" not in kinds(line) and "source" not in kinds(line)


def test_starts_with_label() -> None:
    assert starts_with_label("来源：新华网")
    assert starts_with_label(" | Source: X")
    assert not starts_with_label("The Source: X")
    assert starts_with_label("本文作者：李四") and starts_with_label("记者：张三")


@pytest.mark.parametrize(
    ("raw", "name", "reprinted"),
    [
        ("Reprinted from the All-China Federation of Trade Unions", "All-China Federation of Trade Unions", True),
        ("Reproduced from Xinhua News Agency", "Xinhua News Agency", True),
        ("转载自中华全国总工会", "中华全国总工会", True),
        ("转自：人民网", "人民网", True),
        ("新华网", "新华网", False),
        ("Yunnan Daily.", "Yunnan Daily", False),
        ("", None, False),
        (None, None, False),
    ],
)
def test_parse_source(raw: str | None, name: str | None, reprinted: bool) -> None:
    source = parse_source(raw)
    assert (source.name, source.reprinted) == (name, reprinted)
    assert source.raw == (raw or None)


@pytest.mark.parametrize(
    ("raw", "author"), [("", None), ("  ", None), ("-", None), ("佚名", "佚名"), ("Li Wei", "Li Wei"), ("暂无", None)]
)
def test_clean_author(raw: str, author: str | None) -> None:
    assert clean_author(raw) == author


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("security, training", ["security", "training"]),
        ("保安、培训，安全", ["保安", "培训", "安全"]),
        ("保安 培训", ["保安", "培训"]),
        ("a, a, b", ["a", "b"]),
        ("", []),
    ],
)
def test_split_keywords(raw: str, words: list[str]) -> None:
    assert split_keywords(raw) == words


_LABEL_WORDS = ["Source", "By", "Date", "Published", "Time", "来源", "发布时间", "作者", "时间", "Tags", "Editor"]


@given(
    st.lists(
        st.sampled_from([*_LABEL_WORDS, ":", "：", " ", "|", "2024-11-22", "10:30", "x", "Written", "a"]), max_size=12
    ).map("".join)
    | st.text(max_size=60)
)
@example("发布时间2024-11-22")  # a glued date label (the merge of two sessions' rules missed it)
@example(" Source:")  # blanks before the label: it still opens the line (the test once asked for position 0)
@example("【信息发布时间：2020-10-27】")
def test_opening_label_is_the_parsed_line_s_label_at_its_start(line: str) -> None:
    """The page analysis reads only a line's opening label (one anchored match): it must be the kind of
    the full parse's first label where nothing but blanks, brackets and separators stand before it, on any line."""
    hits = parse_label_line(line)
    parsed = hits[0].kind if hits and opens_line(hits[0], line) else None
    assert opening_label(line) == parsed


# The label pattern without its opening test: the alternation as first written.
_LABEL_AS_WRITTEN = re.compile(_LABEL.pattern.removeprefix(_LABEL_OPENING), re.IGNORECASE)


def _starts_with_label_by_search(line: str) -> bool:
    """``starts_with_label`` as first written: the window's first label anywhere, then what comes before it."""
    dated = _LEADING_DATE.match(line)
    start = dated.end() if dated else 0
    match = _LABEL_AS_WRITTEN.search(line[start : start + 40])
    return match is not None and not line[start : start + match.start()].strip(_VALUE_TRIM).strip()


@given(
    st.lists(
        st.sampled_from(
            [
                *_LABEL_WORDS,
                *"|｜/·•,，;；、[]【】()（）:：",
                " ",
                "\t",
                "\u3000",
                "\xa0",
                "\u200b",
                "2024-11-22",
                "2024年3月1日 10:30",
                "10:30",
                "x",
                "Written",
                "a",
                "发布时间2021年",
                "K",
                "\u212a",
                "\u017f",
                "\u0131",
                "\u0130",
                "译 ：",
                "Page Views：",
            ]
        ),
        max_size=14,
    ).map("".join)
    | st.text(max_size=60)
)
def test_starts_with_label_is_the_search_it_replaced(line: str) -> None:
    """One anchored match where the separators and blanks end answers as the search did, on any line."""
    starts_with_label.cache_clear()
    assert starts_with_label(line) == _starts_with_label_by_search(line)


def test_no_label_opens_with_a_separator_or_a_blank() -> None:
    """What the anchored match relies on: every alternative of the label pattern opens with a word character."""
    for words in (*_CHINESE_LABELS.values(), *_ENGLISH_LABELS.values(), _GLUED_DATE_LABELS):
        for word in words:
            assert word[0] not in _VALUE_TRIM and not word[0].isspace() and word[0].isalnum()


@given(
    st.lists(
        st.sampled_from(
            [*_LABEL_WORDS, ":", "：", " ", "\u3000", "|", "2024-11-22", "10:30", "x", "a", "\u212a", "\u017f", "译"]
        ),
        max_size=14,
    ).map("".join)
    | st.text(max_size=60)
)
def test_the_label_pattern_s_opening_test_changes_no_match(line: str) -> None:
    """Every match of the pattern as first written, with the same span and label kind, and no other; the kind
    is the one named group that matched."""
    for match in _LABEL.finditer(line):
        assert match.lastgroup == next(name for name, text in match.groupdict().items() if text is not None)
    assert [(m.span(), m.lastgroup) for m in _LABEL.finditer(line)] == [
        (m.span(), m.lastgroup) for m in _LABEL_AS_WRITTEN.finditer(line)
    ]
