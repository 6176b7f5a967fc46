"""Full-text search that works for Chinese as well as English, on SQLite's FTS5.

Chinese has no spaces, so FTS5's word tokenizer sees a whole sentence as one token and
finds nothing; its trigram tokenizer needs three characters, and most Chinese words
have two. So the index holds each run of Chinese characters as overlapping bigrams
(保安培训 -> 保安 安培 培训), the approach of Lucene's CJK analyzer, and everything else
as words (``unicode61``). A query is translated the same way: a Chinese term becomes
the phrase of its bigrams, so a two-character word is one token and a longer one
must match exactly, in order. Snippets are cut from the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import NoReturn

from archiver.errors import UsageError
from archiver.normalize import CJK_CHARS, CJK_RUN

_CJK_RUN = CJK_RUN
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
_OPERATORS = frozenset({"OR", "AND", "NOT"})
_WORD = re.compile(rf"[\w{CJK_CHARS}]+")
MAX_QUERY_CHARS = 500


def _bigrams(run: str) -> str:
    return run if len(run) == 1 else " ".join(run[i : i + 2] for i in range(len(run) - 1))


def index_text(text: str | None) -> str:
    """The text as the FTS index stores it: Chinese runs as bigrams, the rest unchanged."""
    return _CJK_RUN.sub(lambda m: f" {_bigrams(m.group(0))} ", text or "")


def _term(raw: str) -> str | None:
    """One query term as an FTS5 string (always quoted: user text never reaches FTS syntax)."""
    prefix = raw.endswith("*")
    words = _WORD.findall(raw)
    if not words:
        return None
    tokens = index_text(" ".join(words)).split()
    phrase = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
    return phrase + ("*" if prefix and not _CJK_RUN.search(words[-1]) else "")


@dataclass(frozen=True)
class Query:
    """A user's search, parsed: the FTS5 expression and the terms to highlight."""

    text: str
    match: str
    terms: tuple[str, ...]


def parse_query(text: str) -> Query:
    """``保安 培训``, ``"Trade Unions" OR 工会``, ``security NOT fire``, ``secur*``.

    Terms are ANDed; ``OR`` and ``NOT`` (upper case) combine them; quotes make a phrase.
    Raises UsageError for a query with nothing to search for.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    parts: list[str] = []
    terms: list[str] = []
    unary_not = False  # a NOT with nothing to negate from: refused once a word follows it
    for quoted, bare in _QUERY_PART.findall(text):
        if bare in _OPERATORS and not quoted:
            if bare == "NOT" and (not parts or parts[-1] in ("OR", "NOT")):
                unary_not = True
                continue
            if parts and parts[-1] == "AND" and bare == "NOT":
                parts[-1] = "NOT"  # "a AND NOT b" is FTS5's "a NOT b"
            elif parts and parts[-1] not in _OPERATORS:
                parts.append(bare)
            continue
        term = _term(quoted or bare)
        if term is None:
            continue
        if unary_not:
            _refuse_unary_not(text)
        parts.append(term)
        terms.extend(_WORD.findall(quoted or bare))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    if not parts:
        raise UsageError(f"nothing to search for in {text!r}: give a word, e.g. 保安 or security")
    return Query(text, " ".join(parts), tuple(dict.fromkeys(terms)))


def _refuse_unary_not(text: str) -> NoReturn:
    """Refuse a NOT that FTS5 cannot express, rather than silently searching for the word it negates.

    FTS5's NOT is binary (``a NOT b``: a without b). A leading ``NOT b`` or ``a OR NOT b``
    would otherwise lose the operator and find the articles that *contain* b.
    """
    raise UsageError(
        f"{text!r}: NOT needs a word before it, the articles to search among "
        "(e.g. `security NOT fire`: security without fire)"
    )


def snippet(body: str, terms: tuple[str, ...], width: int = 160, html: bool = False) -> str:
    """The part of ``body`` around the first matching term, each match marked ([...] or <mark>)."""
    if not body:
        return ""
    lowered = body.lower()
    hits = [(lowered.find(t.lower()), t) for t in terms if t and lowered.find(t.lower()) >= 0]
    start = max(min((h for h, _ in hits), default=0) - width // 3, 0)
    window = body[start : start + width].replace("\n\n", " ¶ ")
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True) if t), re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(window) if terms else ():
        pieces.append(escape(window[last : match.start()]) if html else window[last : match.start()])
        found = escape(match.group(0)) if html else match.group(0)
        pieces.append(f"<mark>{found}</mark>" if html else f"[{found}]")
        last = match.end()
    pieces.append(escape(window[last:]) if html else window[last:])
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(body) else ""
    return prefix + "".join(pieces).strip() + suffix
