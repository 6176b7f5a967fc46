"""An article's id from its URL: a real id in the path or query, never a port, a year or a date.

``/NewsDes/1859774453443571712.html``, ``/node/123``, ``t20200102_123456.html``,
``?id=123``, ``?p=123`` and Discuz's ``article-123-1.html`` carry ids;
``/2020/01/02/slug/`` and ``http://host:8080/about.html`` do not.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

_ID_PARAMS = (
    "id",
    "p",
    "aid",
    "articleid",
    "article_id",
    "newsid",
    "news_id",
    "docid",
    "doc_id",
    "contentid",
    "content_id",
    "itemid",
    "item_id",
    "infoid",
    "nid",
    "tid",
    "postid",
    "post_id",
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_MONTH_OR_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")
_COMPACT_DATE = re.compile(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:(?:0[1-9]|[12]\d|3[01]))?$")  # 202001, 20200102
_DASHED_DATE = re.compile(r"^(?:19|20)\d{2}[-_](?:0?[1-9]|1[0-2])(?:[-_](?:0?[1-9]|[12]\d|3[01]))?$")
_DISCUZ = re.compile(r"^(?:article|thread|forum|view)-(\d+)(?:-\d+)*$", re.IGNORECASE)
_DATE_PREFIXED = re.compile(r"^[a-z]?(?:19|20)\d{6}[_-](\d+)$", re.IGNORECASE)  # t20200102_123456
_DIGIT_RUN = re.compile(r"\d+")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp|do|cgi|htm)$", re.IGNORECASE)
_GENERIC_NAMES = frozenset(
    {"index", "default", "detail", "details", "show", "view", "content", "article", "page", "main"}
)
# 16 hex digits or more, letters among them, between separators: an ASP.NET portal's ``Detail-<16 hex>.html``,
# a UUID's 32; a word of a slug ("facade") is shorter
_HEX_ID = re.compile(r"(?<![0-9A-Za-z])(?=[0-9]*[A-Fa-f])[0-9A-Fa-f]{16,}(?![0-9A-Za-z])")
_MIN_RUN = 3  # a run of 1-2 digits inside a slug is a counter ("part-2"), not an id


def _date_segment(segment: str) -> bool:
    return bool(_YEAR.match(segment) or _COMPACT_DATE.match(segment) or _DASHED_DATE.match(segment))


def id_from_query(query: str) -> str | None:
    for name, value in parse_qsl(query, keep_blank_values=False):
        if name.lower() in _ID_PARAMS and value.isdigit() and not _date_segment(value):
            return value
    return None


def id_from_path(path: str) -> str | None:
    segments = [s for s in path.split("/") if s]
    if not segments:
        return None
    last = _EXTENSION.sub("", segments[-1])
    if last.lower() in _GENERIC_NAMES and len(segments) > 1:  # /news/123/index.html
        segments, last = segments[:-1], _EXTENSION.sub("", segments[-2])
    previous = segments[-2] if len(segments) > 1 else ""
    if last.isdigit():
        if _date_segment(last):
            return None
        if _MONTH_OR_DAY.match(last) and (_YEAR.match(previous) or _MONTH_OR_DAY.match(previous)):
            return None  # /2020/01/02/: a day, not an id
        return last
    for pattern in (_DISCUZ, _DATE_PREFIXED):
        match = pattern.match(last)
        if match:
            return match.group(1)
    # An opaque hex id (``Detail-3DE5DB15821772DF``, a 32-digit UUID) is the site's id as a whole: a run of
    # digits inside it is a piece of it, not an id, and no id (ids are numbers) beats a wrong one.
    readable = _HEX_ID.sub(" ", last)
    runs = [r for r in _DIGIT_RUN.findall(readable) if len(r) >= _MIN_RUN and not _date_segment(r)]
    return runs[-1] if runs else None


def article_id_from_url(url: str) -> tuple[str | None, str]:
    """(id, rule): ``url-query`` for ``?id=123``, ``url-path`` for an id in the path, else ``none``."""
    parts = urlsplit(url)
    found = id_from_query(parts.query)
    if found:
        return found, "url-query"
    found = id_from_path(parts.path)
    return (found, "url-path") if found else (None, "none")
