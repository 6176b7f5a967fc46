"""Library fallbacks for generic mode: trafilatura for a body that fails our quality gate, htmldate for a date.

Our own rules run first and win whenever they give a usable value: they are faster, they
keep the Chinese label fields and they name the rule behind each field. The libraries are
imported only when a page needs them, so the profile path and start-up stay fast. The gate
(measured on the public sets in docs/extraction.md): our body is empty, link-dense, or
shorter than ``SHORT_BODY`` weighted characters on a page holding far more text; trafilatura's
text is then taken when it is at least ``LONGER_BY`` times as long as ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from archiver.extract.body import is_meta_line
from archiver.normalize import weighted_length

SHORT_BODY = 300  # weighted characters (a CJK character counts 3): a short note, not an article
PAGE_MULTIPLE = 4  # ... on a page with this many times more text than our body holds
LINK_DENSE = 0.5  # share of the body's text inside links
LONGER_BY = 1.5  # the library's text must be this much longer to replace ours


def body_fails_gate(body: str, link_density: float, page_length: float | Callable[[], float]) -> bool:
    """Our block is not the article: empty, mostly links, or a fragment of a long page.

    ``page_length`` may be a function, asked only for a short body (measuring costs a pass over the page).
    """

    def page() -> float:
        return page_length() if callable(page_length) else page_length

    length = weighted_length(body)
    if not length:
        return page() > 0
    if link_density > LINK_DENSE:
        return True
    return length < SHORT_BODY and page() > PAGE_MULTIPLE * length


def library_body(html: str | bytes, url: str, ours: str) -> tuple[str, str] | None:
    """(text, safe HTML) from trafilatura when its text is clearly longer than ``ours``; else None."""
    try:
        import trafilatura
    except ImportError:  # a trimmed install: our own block stands
        return None
    # Not fast mode: it keeps the first element its paths name (the first of a story's parts);
    # the full mode compares it with its fallback readers. It runs only on the pages failing our gate.
    text = trafilatura.extract(html, url=url, include_tables=True, include_comments=False, fast=False)
    if not text or weighted_length(text) < LONGER_BY * max(weighted_length(ours), 1):
        return None
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not is_prose(paragraphs):
        return None  # a page without an article: what the library kept is its menus and labels
    return "\n\n".join(paragraphs), "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


PROSE_LINE = 40  # weighted characters: a sentence, not a menu item or a label
PROSE_SHARE = 0.5
# A sentence has its punctuation; a breadcrumb, a headline or a label line has none. A full stop
# counts at the end of the line only: a headline of a list of posts has "No. 5" inside it.
_SENTENCE = re.compile(r"[。！？；，、]|[;,]\s|[.!?…][\"'”’)）]?$")
_FOOTER_LINE = re.compile(r"版权所有|copyright|©|备案|all rights reserved", re.IGNORECASE)


def is_prose(paragraphs: list[str]) -> bool:
    """Whether most of a text is in lines long enough to be sentences (a page's chrome is not)."""
    lengths = [weighted_length(p) for p in paragraphs]
    total = sum(lengths)
    prose = sum(
        n
        for n, line in zip(lengths, paragraphs, strict=True)
        if n >= PROSE_LINE and _SENTENCE.search(line) and not is_meta_line(line) and not _FOOTER_LINE.search(line)
    )
    return bool(total) and prose >= PROSE_SHARE * total


def library_date(html: str | bytes, url: str) -> str | None:
    """htmldate's publication date (original, not updated), as ``YYYY-MM-DD HH:MM:SS`` page time."""
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d %H:%M:%S")
    except (ValueError, TypeError):  # a malformed page: no date rather than a crash
        return None
    # Midnight is how htmldate writes a day without a time: keep the day, claim no minute.
    return found[:10] if found and found.endswith(" 00:00:00") else found
