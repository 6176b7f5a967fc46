"""What a profile file may say, checked key by key when it loads (one line naming file and key).

A mistake in a profile must stop the command before any fetch: an unknown key such as
``start_url`` (for ``start_urls``) would be ignored, a selector that does not compile would
raise on every page, and either would end as a crawl that archives nothing and exits 0.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from archiver.errors import ProfileError
from archiver.urls import canonicalize_url

FIELDS = ("title", "body", "source", "author", "date", "keywords", "breadcrumb")
_TOP_KEYS = {
    "name",
    "description",
    "start_urls",
    "hosts",
    "timezone",
    "languages",
    "organizations",
    "urls",
    "nav",
    "selectors",
    "boilerplate",
    "discovery",
}
DISCOVERY_MODES = ("learned", "rules")
_URL_KEYS = {"article", "listing", "ignore", "article_id"}


def _fail(where: str, key: str, problem: str) -> ProfileError:
    return ProfileError(f"{where}: {key}: {problem}")


def _table(data: dict[str, Any], key: str, where: str, allowed: set[str] | None) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _fail(where, key, f"expected a table ([{key}]), got {type(value).__name__}")
    for name in value:
        if allowed is not None and name not in allowed:
            raise _fail(where, f"{key}.{name}", f"unknown key; allowed: {', '.join(sorted(allowed))}")
    return value


def _strings(value: Any, key: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _fail(where, key, "expected a list of strings")
    return value


def _string(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(where, key, f"expected a string, got {type(value).__name__}")
    return value


def _regexes(patterns: list[str], key: str, where: str) -> None:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(where, key, f"bad regular expression {pattern!r}: {exc}") from exc


def _selectors(selectors: list[str], key: str, where: str) -> None:
    for selector in selectors:
        try:
            CSSSelector(selector, translator="html")  # exactly how extraction compiles it (lxml)
        except SelectorError as exc:
            raise _fail(where, key, f"bad CSS selector {selector!r}: {exc}") from exc


def check_profile(data: dict[str, Any], where: str) -> None:
    """ProfileError for the first thing in ``data`` that is not a valid profile."""
    for key in data:
        if key not in _TOP_KEYS:
            close = [k for k in _TOP_KEYS if k.rstrip("s") == key.rstrip("s")]
            hint = f" (did you mean {close[0]}?)" if close else f"; allowed: {', '.join(sorted(_TOP_KEYS))}"
            raise _fail(where, key, f"unknown key{hint}")
    if "name" not in data:
        raise _fail(where, "name", "missing")
    _string(data["name"], "name", where)
    _string(data.get("description", ""), "description", where)
    for url in _strings(data.get("start_urls", []), "start_urls", where):
        if canonicalize_url(url) is None:
            raise _fail(where, "start_urls", f"not an http(s) URL: {url!r}")
    _strings(data.get("hosts", []), "hosts", where)
    _strings(data.get("organizations", []), "organizations", where)
    if _string(data.get("discovery", "learned"), "discovery", where) not in DISCOVERY_MODES:
        raise _fail(where, "discovery", f"must be one of {', '.join(DISCOVERY_MODES)}")
    timezone = _string(data.get("timezone", ""), "timezone", where)
    try:
        if timezone:  # none: the page's own offsets, then its language (archiver.extract.zones)
            ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise _fail(where, "timezone", f"unknown time zone {timezone!r}") from exc
    for host, language in _table(data, "languages", where, None).items():
        _string(language, f"languages.{host}", where)
    urls = _table(data, "urls", where, _URL_KEYS)
    for key in ("article", "listing", "ignore"):
        _regexes(_strings(urls.get(key, []), f"urls.{key}", where), f"urls.{key}", where)
    if "article_id" in urls:
        _regexes([_string(urls["article_id"], "urls.article_id", where)], "urls.article_id", where)
    for table in ("nav", "boilerplate"):
        selectors = _table(data, table, where, {"selectors"}).get("selectors", [])
        _selectors(_strings(selectors, f"{table}.selectors", where), f"{table}.selectors", where)
    for field, selectors in _table(data, "selectors", where, set(FIELDS)).items():
        _selectors(_strings(selectors, f"selectors.{field}", where), f"selectors.{field}", where)
