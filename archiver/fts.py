"""Full-text search that works for Chinese as well as English, on SQLite's FTS5.

Chinese has no spaces, so FTS5's word tokenizer sees a whole sentence as one token and
finds nothing; its trigram tokenizer needs three characters, and most Chinese words
have two. So the index holds each run of Chinese characters as overlapping bigrams
(保安培训 -> 保安 安培 培训), the approach of Lucene's CJK analyzer, followed by the run's
last character alone (训), and everything else as words. The table's tokenizer is
``porter unicode61``: English words are indexed and searched by their Porter stem
(unions, union -> union); Chinese tokens pass through it unchanged.

A query is translated the same way: a Chinese term becomes the phrase of its bigrams, so a
two-character word is one token and a longer one must match exactly, in order. A single
Chinese character is the *unigram fallback*: the prefix query ``"保"*``, which FTS5 expands
to the index terms that begin with 保. Every occurrence of 保 begins a bigram (保安) unless it
ends its run, and then it is the run's lone last character, so the fallback finds every
article containing 保. Its cost is bounded by that character's vocabulary in the index (the
distinct characters that follow it, at most a few thousand terms), never by the size of the
text, and at most MAX_SINGLE_CHARACTERS of them are expanded per query.

Field filters (``title:``, ``body:``, ``source:``, ``author:``) restrict a term to one column;
a term without one searches title and body. Snippets are cut from the original text, with
each term, or phrase, marked as a whole.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import Any, NoReturn

from archiver.errors import UsageError
from archiver.normalize import CJK_CHARS, CJK_RUN

_CJK_RUN = CJK_RUN
_CJK_CHAR = re.compile(rf"[{CJK_CHARS}]")
# One query part: an optional ``field:`` then a "quoted phrase" or a bare word.
_QUERY_PART = re.compile(r'(?:(?P<field>[A-Za-z]+):(?=\S))?(?:"(?P<phrase>[^"]*)"|(?P<bare>\S+))')
_OPERATORS = frozenset({"OR", "AND", "NOT"})
_WORD = re.compile(rf"[\w{CJK_CHARS}]+")
# What FTS5's unicode61 tokenizer keeps as a token, as the snippet sees it: a Chinese character
# alone (each is one unit of a Chinese term), or a run of letters and digits.
_TEXT_TOKEN = re.compile(rf"[{CJK_CHARS}]|[^\W_{CJK_CHARS}]+")
MAX_QUERY_CHARS = 500
MAX_SINGLE_CHARACTERS = 4
FIELDS = ("title", "body", "source", "author")  # the index's columns, in order
DEFAULT_COLUMNS = "{title body}"  # a term without a field: the article's text, not its byline


def _bigrams(run: str) -> str:
    """A run's bigrams and its last character (保安培训 -> 保安 安培 培训 训); one character is itself."""
    if len(run) == 1:
        return run
    return " ".join([run[i : i + 2] for i in range(len(run) - 1)]) + " " + run[-1]  # a list: join sizes it once


def index_text(text: str | None) -> str:
    """The text as the FTS index stores it: Chinese runs as bigrams (and last character), the rest unchanged."""
    if not text or text.isascii():  # no Chinese run to find (isascii is a flag, not a scan)
        return text or ""
    return _CJK_RUN.sub(lambda m: f" {_bigrams(m.group(0))} ", text)


def index_values(version: Mapping[str, Any]) -> list[str]:
    """The index's row for one version (title, body, source, author), in FIELDS order.

    The index is contentless: removing a row takes exactly these values again, so every writer
    (the store, the migration, tests) computes them here.
    """
    sources = dict.fromkeys(v for v in (version.get("source"), version.get("source_raw")) if v)
    return [
        index_text(version.get("title")),
        index_text(version.get("body")),
        index_text("\n".join(sources)),
        index_text(version.get("author")),
    ]


def _query_tokens(text: str) -> list[str]:
    """Index tokens of a query phrase; a Chinese run that ends the phrase keeps no lone last character.

    In the text, 保安 may be followed by 培训 (保安 安培 …): a query ending in 保安 must not ask
    for the lone 安 that only a run's end has. Inside a phrase (``"保安 training"``) the text's
    run ends there too, so the lone character stays and the phrase's positions line up.
    """
    tokens = index_text(text).split()
    runs = list(_CJK_RUN.finditer(text))
    if runs and runs[-1].end() == len(text) and len(runs[-1].group(0)) > 1:
        tokens.pop()
    return tokens


@dataclass(frozen=True)
class Highlight:
    """One term as the snippet marks it: its normalized tokens in order, the last maybe a prefix."""

    norms: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """A user's search, parsed: the FTS5 expression and what to highlight."""

    text: str
    match: str
    terms: tuple[str, ...]  # the words searched for (not those after NOT), as typed
    highlights: tuple[Highlight, ...] = ()
    single_characters: tuple[str, ...] = ()  # Chinese characters searched through the unigram fallback


@dataclass(frozen=True)
class _Term:
    field: str | None
    words: tuple[str, ...]
    star: bool


def _split_part(field: str | None, phrase: str | None, bare: str | None) -> _Term | None:
    raw = phrase if phrase is not None else bare or ""
    known = field.lower() if field and field.lower() in FIELDS else None
    words = _WORD.findall(raw)
    if field and known is None:  # not a field (e.g. ``col:x``): its name is text like the rest
        words = _WORD.findall(field) + words
    if not words:
        return None
    return _Term(known, tuple(words), phrase is None and raw.endswith("*"))


def _fts(term: _Term) -> tuple[str, bool]:
    """The FTS5 string of a term (user text always quoted: it never reaches FTS syntax); and
    whether it uses the unigram fallback."""
    text = " ".join(term.words)
    tokens = _query_tokens(text)
    runs = list(_CJK_RUN.finditer(text))
    single = bool(runs) and runs[-1].end() == len(text) and len(runs[-1].group(0)) == 1
    prefix = single or (term.star and not _CJK_CHAR.search(term.words[-1][-1]))
    phrase = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"' + ("*" if prefix else "")
    return f"{term.field or DEFAULT_COLUMNS} : {phrase}", single


def _highlight(term: _Term) -> Highlight:
    tokens = _TEXT_TOKEN.findall(" ".join(term.words))
    norms = tuple(_norm(token) for token in tokens)
    if term.star and tokens and not _CJK_CHAR.fullmatch(tokens[-1]):
        return Highlight((*norms[:-1], fold(tokens[-1])), prefix=True)  # a prefix is matched as typed
    return Highlight(norms)


def parse_query(text: str) -> Query:
    """``保安 培训``, ``"Trade Unions" OR 工会``, ``security NOT fire``, ``secur*``, ``source:新华社 保``.

    Terms are ANDed; ``OR`` and ``NOT`` (upper case) combine them; quotes make a phrase;
    ``title:``, ``body:``, ``source:``, ``author:`` restrict a term to that field.
    Raises UsageError for a query with nothing to search for.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    parts: list[str] = []
    terms: list[str] = []
    highlights: list[Highlight] = []
    singles: list[str] = []
    unary_not = False  # a NOT with nothing to negate from: refused once a word follows it
    for match in _QUERY_PART.finditer(text):
        field, phrase, bare = match.group("field"), match.group("phrase"), match.group("bare")
        if field is None and phrase is None and bare in _OPERATORS:
            if bare == "NOT" and (not parts or parts[-1] in ("OR", "NOT")):
                unary_not = True
                continue
            if parts and parts[-1] == "AND" and bare == "NOT":
                parts[-1] = "NOT"  # "a AND NOT b" is FTS5's "a NOT b"
            elif parts and parts[-1] not in _OPERATORS:
                parts.append(bare)
            continue
        if field is None and phrase is None and bare and bare.endswith(":") and bare[:-1].lower() in FIELDS:
            raise UsageError(f'{text!r}: {bare} needs a word or a "phrase" right after it (e.g. {bare}保安)')
        term = _split_part(field, phrase, bare)
        if term is None:
            continue
        if unary_not:
            _refuse_unary_not(text)
        expression, single = _fts(term)
        if single:
            singles.append(term.words[-1][-1])
        negated = bool(parts) and parts[-1] == "NOT"
        parts.append(expression)
        if not negated:
            terms.extend(term.words)
            if term.field in (None, "title", "body"):
                highlights.append(_highlight(term))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    if not parts:
        raise UsageError(f"nothing to search for in {text!r}: give a word, e.g. 保安 or security")
    if len(singles) > MAX_SINGLE_CHARACTERS:
        raise UsageError(
            f"{text!r} has {len(singles)} single Chinese characters; at most {MAX_SINGLE_CHARACTERS} are "
            "searched one by one: write a word without spaces (保安培训) to search for it as a phrase"
        )
    return Query(text, " ".join(parts), tuple(dict.fromkeys(terms)), tuple(highlights), tuple(singles))


def _refuse_unary_not(text: str) -> NoReturn:
    """Refuse a NOT that FTS5 cannot express, rather than silently searching for the word it negates.

    FTS5's NOT is binary (``a NOT b``: a without b). A leading ``NOT b`` or ``a OR NOT b``
    would otherwise lose the operator and find the articles that *contain* b.
    """
    raise UsageError(
        f"{text!r}: NOT needs a word before it, the articles to search among "
        "(e.g. `security NOT fire`: security without fire)"
    )


def fold(word: str) -> str:
    """Lower case without diacritics, as unicode61 with remove_diacritics folds a token."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    """A token as the index compares it: a Chinese character itself, a word by its Porter stem."""
    if _CJK_CHAR.fullmatch(token):
        return token
    return _stem(fold(token))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer  # the original Porter algorithm, as FTS5's porter tokenizer implements it

    return snowballstemmer.stemmer("porter")


def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def _spans(text: str, highlights: tuple[Highlight, ...], limit: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of a highlight in ``text``, in order, not overlapping.

    A regular expression (run in C) points at candidates: a Chinese term's leading
    characters, or an English word's stem less its last letter (Porter changes at most that
    one: happy -> happi) at a word start. Each candidate is confirmed on the few tokens that
    start there, so the cost follows the candidates, not the length of the text. ``limit``
    caps the candidates looked at.
    """
    if not highlights:
        return
    longest = max(len(h.norms) for h in highlights)
    position = 0
    for checked, found in enumerate(_candidate_pattern(highlights).finditer(text)):
        if limit is not None and checked == limit:
            return
        if found.start() < position:
            continue
        tokens = [
            (m.start(), m.end(), m.group(0))
            for m in itertools.islice(_TEXT_TOKEN.finditer(text, found.start()), longest)
        ]
        length = next((len(h.norms) for h in highlights if _matches_at(tokens, 0, h)), 0)
        if length:
            position = tokens[length - 1][1]
            yield tokens[0][0], position


def _matches_at(tokens: list[tuple[int, int, str]], index: int, highlight: Highlight) -> bool:
    norms = highlight.norms
    if not norms or index + len(norms) > len(tokens):
        return False
    for offset, norm in enumerate(norms):
        start, _, token = tokens[index + offset]
        last = offset == len(norms) - 1
        if last and highlight.prefix:
            if not fold(token).startswith(norm):
                return False
        elif _norm(token) != norm:
            return False
        # Chinese characters of one term are adjacent in the text, as the index's bigrams require.
        if offset and _CJK_CHAR.fullmatch(token) and tokens[index + offset - 1][1] != start:
            return False
    return True


def snippet(body: str, terms: tuple[str, ...] | tuple[Highlight, ...], width: int = 160, html: bool = False) -> str:
    """The part of ``body`` around the first match, each term or phrase marked whole ([...] or <mark>).

    ``terms`` are a Query's highlights (English words match by their stem: "unions" marks
    "Union"), or plain words, each matched alone.
    """
    if not body:
        return ""
    highlights = tuple(
        t if isinstance(t, Highlight) else Highlight(tuple(_norm(w) for w in _TEXT_TOKEN.findall(t))) for t in terms
    )
    highlights = tuple(
        h for h in sorted(highlights, key=lambda h: len(h.norms), reverse=True) if h.norms
    )  # a phrase before its words
    first = next(_spans(body, highlights, limit=_MAX_CANDIDATES), None)
    start = max((first[0] if first else 0) - width // 3, 0)
    window = body[start : start + width]
    pieces, last = [], 0
    for begin, end in _spans(window, highlights):
        pieces.append(_piece(window[last:begin], html))
        found = _piece(window[begin:end], html)
        pieces.append(f"<mark>{found}</mark>" if html else f"[{found}]")
        last = end
    pieces.append(_piece(window[last:], html))
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(body) else ""
    return prefix + "".join(pieces).strip() + suffix


_MAX_CANDIDATES = 200  # places looked at for the first match before the snippet starts at the top instead


@lru_cache(maxsize=256)
def _candidate_pattern(highlights: tuple[Highlight, ...]) -> re.Pattern[str]:
    alternatives = []
    for highlight in highlights:
        first = highlight.norms[0]
        if _CJK_CHAR.fullmatch(first):
            # the term's leading Chinese characters, adjacent in the text as in the term
            leading = "".join(itertools.takewhile(lambda n: bool(_CJK_CHAR.fullmatch(n)), highlight.norms))
            alternatives.append(re.escape(leading))
        else:
            alternatives.append(r"(?<![^\W_])" + re.escape(first[: max(3, len(first) - 1)]))
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _piece(text: str, html: bool) -> str:
    text = text.replace("\n\n", " ¶ ")
    return escape(text) if html else text
