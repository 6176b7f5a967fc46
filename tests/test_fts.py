import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.errors import UsageError
from archiver.fts import index_text, index_values, parse_query, snippet


def test_index_text_bigrams_chinese_keeps_words() -> None:
    assert index_text("昆明保安 held 培训。").split() == ["昆明", "明保", "保安", "安", "held", "培训", "训", "。"]
    assert index_text("是").split() == ["是"]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("保安", '{title body} : "保安"'),
        ("保安培训", '{title body} : "保安 安培 培训"'),
        ("security training", '{title body} : "security" {title body} : "training"'),
        ('"trade union" OR 工会', '{title body} : "trade union" OR {title body} : "工会"'),
        ("security NOT fire", '{title body} : "security" NOT {title body} : "fire"'),
        ("secur*", '{title body} : "secur"*'),
        ('a"b', '{title body} : "a b"'),
        ("OR security", '{title body} : "security"'),
        ("NEAR(a b) col:x ^y", '{title body} : "NEAR a" {title body} : "b" {title body} : "col x" {title body} : "y"'),
        ("保", '{title body} : "保"*'),
        ('"保安 training"', '{title body} : "保安 安 training"'),
        ('"training 保"', '{title body} : "training 保"*'),
        ("source:新华社", 'source : "新华 华社"'),
        ('Title:"trade unions" author:王', 'title : "trade unions" author : "王"*'),
        ("title:OR", 'title : "OR"'),
    ],
)
def test_parse_query(text: str, match: str) -> None:
    assert parse_query(text).match == match


@pytest.mark.parametrize("text", ["", "   ", "((", "OR", "***", "x" * 600, "保安 title:", "source: 新华社"])
def test_unsearchable(text: str) -> None:
    with pytest.raises(UsageError):
        parse_query(text)


def test_snippet_marks_terms() -> None:
    body = "前文。" * 40 + "昆明市保安协会召开培训会议。\n\n第二段"
    text = snippet(body, ("保安", "培训"))
    assert "[保安]" in text and "[培训]" in text and text.startswith("…")
    assert snippet("<b>x</b> security", ("security",), html=True) == "&lt;b&gt;x&lt;/b&gt; <mark>security</mark>"


def make_index(conn: sqlite3.Connection) -> None:
    """The archive's index as migration m006 creates it (same columns and tokenizer)."""
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, source, author, content = '', "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )


def add(conn: sqlite3.Connection, rowid: int, **version: str) -> None:
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)",
        [rowid, *index_values(version)],
    )


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    make_index(conn)
    add(conn, 1, body="昆明市保安协会召开培训会议", source="新华社", source_raw="来源：新华社")
    add(conn, 2, body="The security guards held training", title="Trade unions meet", author="Wang Fang")
    add(conn, 3, body="安保工作", source="云南日报")
    add(conn, 4, body="A trade union of guards. 工作安保", source="Xinhua News Agency")
    return conn


def hits(conn: sqlite3.Connection, query: str) -> list[int]:
    found = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", [parse_query(query).match]
    )
    return [r for (r,) in found]


def test_two_character_chinese_finds_its_rows(fts: sqlite3.Connection) -> None:
    assert hits(fts, "保安") == [1]
    assert hits(fts, "安保") == [3, 4]
    assert hits(fts, "保安协会") == [1]
    assert hits(fts, "协会保安") == []
    assert hits(fts, "training") == [2]
    assert hits(fts, "保安 OR training") == [1, 2]


def test_english_words_match_their_other_forms(fts: sqlite3.Connection) -> None:
    assert hits(fts, "unions") == [2, 4]
    assert hits(fts, "union") == [2, 4]
    assert hits(fts, '"trade unions"') == [2, 4]
    assert hits(fts, "guard") == [2, 4]


def test_a_single_chinese_character_is_found_wherever_it_stands(fts: sqlite3.Connection) -> None:
    assert hits(fts, "保") == [1, 3, 4]  # run start (保安), inside (市保), run end (工作安保)
    assert hits(fts, "议") == [1]  # only as the last character of its run
    assert hits(fts, "市") == [1]
    assert hits(fts, "保 NOT 协") == [3, 4]
    assert parse_query("保 工作").single_characters == ("保",)


def test_field_filters(fts: sqlite3.Connection) -> None:
    assert hits(fts, "source:新华社") == [1]
    assert hits(fts, "新华社") == []  # a term without a field searches the text, not the byline
    assert hits(fts, "source:xinhua") == [4]
    assert hits(fts, "source:云南日报 安保") == [3]
    assert hits(fts, "author:wang") == [2]
    assert hits(fts, "title:unions") == [2]
    assert hits(fts, "title:guards") == []


def test_too_many_single_characters_are_refused() -> None:
    with pytest.raises(UsageError, match="single Chinese characters"):
        parse_query("保 安 培 训 会")


def test_snippet_marks_a_phrase_whole_and_words_by_their_stem() -> None:
    query = parse_query('"trade unions" guard')
    text = snippet("The Trade Union of guards met. A trade fair.", query.highlights)
    assert text == "The [Trade Union] of [guards] met. A trade fair."
    assert snippet("工会保安培训，保安员", parse_query("保安培训").highlights) == "工会[保安培训]，保安员"
    assert snippet("保，安", parse_query("保安").highlights) == "保，安"  # not adjacent: not the word
    assert snippet("secure securing", parse_query("secur*").highlights) == "[secure] [securing]"


CJK = "保安培训工作会"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet=CJK + " ，a", min_size=0, max_size=12), min_size=1, max_size=6),
    st.text(alphabet=CJK, min_size=1, max_size=3),
    st.sampled_from(["", "title:", "body:"]),
)
def test_a_chinese_term_finds_exactly_the_texts_containing_it(texts: list[str], term: str, field: str) -> None:
    """The index (bigrams and last characters) with the query's translation (phrase of bigrams,
    or the unigram fallback for one character) finds exactly the rows where the term is a
    substring of the field searched (each row's title is its body reversed)."""
    conn = sqlite3.connect(":memory:")
    make_index(conn)
    for rowid, text in enumerate(texts, 1):
        add(conn, rowid, body=text, title=text[::-1])

    def holds(text: str) -> bool:
        title, body = term in text[::-1], term in text
        return title if field == "title:" else body if field == "body:" else title or body

    assert hits(conn, field + term) == [rowid for rowid, text in enumerate(texts, 1) if holds(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_clean_error_or_a_valid_fts_query(fts: sqlite3.Connection, text: str) -> None:
    try:
        query = parse_query(text)
    except UsageError:
        return
    fts.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", [query.match]).fetchone()


QUERY_PIECES = st.sampled_from(
    [
        "保安",
        "保",
        "unions",
        '"trade union"',
        "OR",
        "NOT",
        "AND",
        "title:",
        "source:",
        "author:",
        "body:",
        "x:",
        "*",
        '"',
        "(",
        ")",
        ":",
        "secur*",
        "新华社",
        " ",
        "  ",
        "NEAR",
        "^",
        "-",
        "{",
        "}",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(QUERY_PIECES, st.text(max_size=4)), max_size=12))
def test_any_query_language_mix_is_a_clean_error_or_a_valid_fts_query(
    fts: sqlite3.Connection, pieces: list[str]
) -> None:
    """Operators, fields, quotes and FTS5's own syntax in any order: never an FTS5 syntax error."""
    text = "".join(pieces)
    try:
        query = parse_query(text)
    except UsageError:
        return
    fts.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", [query.match]).fetchone()
    snippet("The trade union of guards: 保安培训 a_b café", query.highlights)
    assert not query.match.startswith(("OR", "AND", "NOT")) and not query.match.endswith(("OR", "AND", "NOT"))


def _index_text_as_written(text: str | None) -> str:
    """``index_text`` before its ASCII shortcut: every Chinese run replaced by its bigrams."""
    import re

    def bigrams(run: str) -> str:
        return run if len(run) == 1 else " ".join(run[i : i + 2] for i in range(len(run) - 1)) + " " + run[-1]

    return re.sub(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", lambda m: f" {bigrams(m.group(0))} ", text or "")


_CHINESE_AND_OTHER = st.text(alphabet=st.sampled_from(list("ab1 .\n\u212a\u00e9中文字会议保安培训")), max_size=80)


@given(st.none() | _CHINESE_AND_OTHER | st.text())
@settings(max_examples=300)
def test_index_text_is_the_bigram_rule(text: str | None) -> None:
    assert index_text(text) == _index_text_as_written(text)
