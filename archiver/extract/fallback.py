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
from typing import Any

import lxml.html
from lxml import etree

from archiver.extract.body import is_meta_line
from archiver.extract.html import BLOCK_TAGS, block_text, text_of
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


def _new_year_pattern(year: str) -> re.Pattern[str]:
    """The first of January of ``year`` as pages write it: 2014-01-01, 2014/1/1, 01.01.2014, 1/1/2014, 1 January
    2014, January 1st, 2014, 1. Januar 2014, 1 января 2014, 1 de enero de 2014, 2014年1月1日 (a month's name is
    read by its first three letters, in the languages whose January starts so)."""
    month = r"(?:jan|ene|gen|янв|ιαν|ocak|stycz)[^\W\d_]*\.?"
    return re.compile(
        rf"(?<!\d){year}\s*[-/.年]\s*0?1\s*[-/.月]\s*0?1(?!\d)"
        rf"|(?<!\d)0?1\s*[./-]\s*0?1\s*[./-]\s*{year}(?!\d)"
        rf"|(?<![\d\w])0?1(?:st|er|º|\.)?\s+(?:de\s+)?{month}\s*(?:de\s+)?,?\s*{year}(?!\d)"
        rf"|(?<![\w]){month}\s+0?1(?:st)?,?\s+{year}(?!\d)",
        re.IGNORECASE,
    )


def _shows_new_year(html: str | bytes, year: str) -> bool:
    """Whether the page writes the first of January of ``year`` anywhere (its text or its markup)."""
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    return _new_year_pattern(year).search(text) is not None


def library_date(html: str | bytes, url: str) -> str | None:
    """htmldate's publication date (original, not updated), as ``YYYY-MM-DD HH:MM:SS`` page time."""
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d %H:%M:%S")
        if found and found.endswith("-01-01 00:00:00") and not _shows_new_year(html, found[:4]):
            # The extensive search reads a year alone as its first of January: a footer's "© 2014–2016", a
            # copyright span, is no day. The day stands when the page's markup gives it (the quick search finds
            # it in its metadata) or its text writes it.
            quick = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
            if quick != found[:10]:
                return None
    except (ValueError, TypeError):  # a malformed page: no date rather than a crash
        return None
    # Midnight is how htmldate writes a day without a time: keep the day, claim no minute.
    return found[:10] if found and found.endswith(" 00:00:00") else found


# A line at most this long (characters, blanks collapsed) that writes a year is a date line ("📆 10/01/2023", "lundi 8
# août 2011", "Posted on 12 May 2015"); a longer one is a sentence, which may mention a day.
DATE_LINE_CHARS = 50
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _line_length(owner: Any, text: str) -> int:
    """Characters of the line, as a browser breaks the text of ``owner``'s block (``block_text``), that holds
    ``text``, or of ``owner``'s own text if shorter: a day line inside a larger block ("21 jún, 2014 - 18:32 poslal
    <a>mirom</a>" above the post's text) is a line of its own, and so is a date in an element of its own beside
    other fields on one line ("Kategori: … <span>19 Nisan 2016 tarihinde yayımlandı.</span>")."""
    own = len(" ".join(text_of(owner).split()))  # a date in an element of its own: "<span>19 Nisan 2016 …</span>"
    block = owner
    while block is not None and block.tag not in BLOCK_TAGS:
        block = block.getparent()
    if block is None:
        return own
    piece = " ".join(text.split())
    for line in block_text(block):
        joined = " ".join(line.split())
        if piece in joined:
            return min(own, len(joined))
    return min(own, len(" ".join(text_of(block).split())))


def day_only_mentioned(html: str | bytes, url: str, day: str) -> bool:
    """Whether ``day``, htmldate's extensive guess (``library_date``), is a day the page's text merely mentions: the
    quick search (the page's markup, its URL) finds another day or none, and the extensive search finds ``day`` no
    more once the year is taken out of the page's sentences (blocks longer than ``DATE_LINE_CHARS``), out of the
    addresses its text prints and out of its links' targets. Such a day is an event's or a document's (a talk "first
    presented on 19 November 2015", its slides at ``…/20150129-…``), not the page's publication day (lektor-rannts'
    talk pages, which print none). A date line of its own ("📆 10/01/2023") keeps its year, and its day stands."""
    from htmldate import find_date

    try:
        quick = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
        if quick == day:
            return False
        tree = lxml.html.fromstring(html)
    except (ValueError, TypeError, etree.ParserError):
        return False
    year = day[:4]
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        href = element.get("href")
        if element.tag == "a" and href and year in href:
            element.set("href", href.replace(year, ""))
        for side in ("text", "tail"):
            text = getattr(element, side)
            if not text or year not in text:
                continue
            owner = element if side == "text" else element.getparent()
            if owner is None:
                continue
            if _line_length(owner, text) > DATE_LINE_CHARS:
                setattr(element, side, text.replace(year, ""))
            else:
                setattr(element, side, _ADDRESS.sub(lambda m: m.group(0).replace(year, ""), text))
    try:
        again = find_date(tree, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return False
    return again != day
