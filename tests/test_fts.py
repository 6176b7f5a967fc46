import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.errors import UsageError
from archiver.fts import index_text, parse_query, snippet


def test_index_text_bigrams_chinese_keeps_words() -> None:
    assert index_text("昆明保安 held 培训。").split() == ["昆明", "明保", "保安", "held", "培训", "。"]
    assert index_text("是").split() == ["是"]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("保安", '"保安"'),
        ("保安培训", '"保安 安培 培训"'),
        ("security training", '"security" "training"'),
        ('"trade union" OR 工会', '"trade union" OR "工会"'),
        ("security NOT fire", '"security" NOT "fire"'),
        ("secur*", '"secur"*'),
        ('a"b', '"a b"'),
        ("OR security", '"security"'),
        ("NEAR(a b) col:x ^y", '"NEAR a" "b" "col x" "y"'),
    ],
)
def test_parse_query(text: str, match: str) -> None:
    assert parse_query(text).match == match


@pytest.mark.parametrize("text", ["", "   ", "((", "OR", "***", "x" * 600])
def test_unsearchable(text: str) -> None:
    with pytest.raises(UsageError):
        parse_query(text)


def test_snippet_marks_terms() -> None:
    body = "前文。" * 40 + "昆明市保安协会召开培训会议。\n\n第二段"
    text = snippet(body, ("保安", "培训"))
    assert "[保安]" in text and "[培训]" in text and text.startswith("…")
    assert snippet("<b>x</b> security", ("security",), html=True) == "&lt;b&gt;x&lt;/b&gt; <mark>security</mark>"


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    for text in ("昆明市保安协会召开培训会议", "The security guards held training", "安保工作"):
        conn.execute("INSERT INTO t (body) VALUES (?)", [index_text(text)])
    return conn


def hits(conn: sqlite3.Connection, query: str) -> list[int]:
    found = conn.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", [parse_query(query).match])
    return [r for (r,) in found]


def test_two_character_chinese_finds_its_rows(fts: sqlite3.Connection) -> None:
    assert hits(fts, "保安") == [1]
    assert hits(fts, "安保") == [3]
    assert hits(fts, "保安协会") == [1]
    assert hits(fts, "协会保安") == []
    assert hits(fts, "training") == [2]
    assert hits(fts, "保安 OR training") == [1, 2]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_clean_error_or_a_valid_fts_query(fts: sqlite3.Connection, text: str) -> None:
    try:
        query = parse_query(text)
    except UsageError:
        return
    fts.execute("SELECT COUNT(*) FROM t WHERE t MATCH ?", [query.match]).fetchone()
