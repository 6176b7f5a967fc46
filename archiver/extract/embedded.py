"""The article text a page carries only in its scripts, for the browser to render.

Some sites (Next.js, React Query, Nuxt) send an empty shell and the article as a JSON string in
an inline script (``"contentHtml":"<p>…</p>"``, ``"articleBody":"…"``). When no block of the page
and no library gives a body, the longest such string that reads as prose is the article. It is
read only then: a regular-expression pass over the page, and one small parse of the string.
"""

from __future__ import annotations

import json
import re
from html import escape

from lxml import etree
from lxml import html as lxml_html

from archiver.extract.fallback import is_prose
from archiver.extract.html import block_text
from archiver.normalize import normalize_space, weighted_length

# A JSON key naming a text field, and its string value of 400+ characters (escapes kept whole).
_TEXT_FIELD = re.compile(
    r'"(\w*(?:html|Html|HTML|body|Body|content|Content|text|Text))"\s*:\s*"((?:[^"\\]|\\.){400,}?)"'
)
MIN_EMBEDDED = 200  # weighted characters: an article, not a teaser's blurb


def embedded_body(page: str | bytes) -> tuple[str, list[str]] | None:
    """(the JSON key, the paragraphs) of the longest article text in the page's scripts, or None."""
    text = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    best: tuple[float, str, list[str]] | None = None
    for match in _TEXT_FIELD.finditer(text):
        try:
            value = json.loads(f'"{match.group(2)}"')
        except ValueError:
            continue
        paragraphs = _paragraphs(value)
        length = sum(weighted_length(p) for p in paragraphs)
        if length >= MIN_EMBEDDED and (best is None or length > best[0]) and is_prose(paragraphs):
            best = (length, match.group(1), paragraphs)
    return (best[1], best[2]) if best else None


def _paragraphs(value: str) -> list[str]:
    if "<" not in value:
        return [line for line in map(normalize_space, value.splitlines()) if line]
    try:
        fragment = lxml_html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    for element in fragment.iter("script", "style", "figcaption"):
        element.drop_tree()
    return [line for line in map(normalize_space, block_text(fragment)) if line]


def as_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
