import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.extract.labels import (
    clean_author,
    opening_label,
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
def test_opening_label_is_the_parsed_line_s_label_at_its_start(line: str) -> None:
    """The page analysis reads only a line's opening label (one anchored match): it must be the kind
    the full parse finds at position 0, on any line."""
    parsed = next((hit.kind for hit in parse_label_line(line) if hit.position == 0), None)
    assert opening_label(line) == parsed
