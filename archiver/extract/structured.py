"""A page's own metadata: ``<meta>`` tags and JSON-LD blocks, read once per page.

JSON-LD is untrusted input: a block that does not parse, nests absurdly or is not an
object is skipped, never an error. ``parse_html`` keeps each block as a ``<meta>`` in
``<head>`` (scripts are dropped from the tree), which is where this module reads it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from archiver.extract.html import JSONLD_META
from archiver.normalize import normalize_space

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenews",
        "reportagenewsarticle",  # schema.org's actual name (BBC)
        "satiricalarticle",
        "advertisercontentarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "posting",
        "socialmediaposting",
        "liveblogposting",
        "webpage",
        "itempage",
    }
)
_PERSON_TYPES = frozenset({"person"})
_ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})
_MAX_OBJECTS = 500


# An XHTML-minded template wraps its script's JSON in a CDATA section (``<![CDATA[ {...} ]]>``, often behind
# ``//`` comments so that a JavaScript engine skips the markers): the markers are no JSON, the block inside is.
_CDATA = re.compile(
    r"^\s*(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?(?P<json>.*?)(?://|/\*)?\s*\]\]>(?:\s*\*/)?\s*$", re.DOTALL
)


def load_json_ld(text: str) -> Any:
    """A JSON-LD block's value (a CDATA wrapper aside); ``ValueError`` or ``RecursionError`` when it is not JSON."""
    wrapped = _CDATA.match(text)
    return json.loads(wrapped.group("json") if wrapped else text)


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.lower().rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _walk(value: Any, found: list[dict[str, Any]], depth: int = 0) -> None:
    """Every object with an ``@type`` in a JSON-LD value, ``@graph`` and lists expanded."""
    if depth > 8 or len(found) >= _MAX_OBJECTS:
        return
    if isinstance(value, list):
        for item in value:
            _walk(item, found, depth + 1)
    elif isinstance(value, dict):
        if "@type" in value:
            found.append(value)
        if "@graph" in value:
            _walk(value["@graph"], found, depth + 1)


def text_of(value: Any) -> str | None:
    """A JSON-LD value as text: a string, or the ``name`` of an object."""
    if isinstance(value, str):
        return normalize_space(value) or None
    if isinstance(value, dict):
        return text_of(value.get("name"))
    return None


def article_dates_published(blocks: list[str]) -> list[str]:
    """``datePublished`` of each article object (not a web page's) that JSON-LD ``blocks`` describe at their top
    level or in ``@graph``: a list's items nest deeper (an ``ItemList``'s ``itemListElement``) and are not read."""
    found: list[dict[str, Any]] = []
    for text in blocks:
        try:
            data = load_json_ld(text)
        except (ValueError, RecursionError):
            continue  # broken or hostile JSON-LD is no metadata
        _walk(data, found)
    return [
        str(obj.get("datePublished") or "") for obj in found if _types(obj) & _ARTICLE_TYPES - {"webpage", "itempage"}
    ]


_PAGE_TITLE_KEYS = frozenset({"og:title", "twitter:title"})
_PAGE_LEVEL = frozenset({"head", "html", "body"})


def _pasted(meta: etree._Element) -> bool:
    """A ``<meta>`` inside an element of the page's body: markup pasted into a post, not the page's own metadata.

    The page's own tags sit in ``<head>``, or right under ``<body>`` where the parser closed the head early (libxml2
    does at the first element a head may not hold). A post that pastes a whole newsletter page into its text brings
    that page's ``<meta property="og:title">`` ("SASIP May Newsletter") into its content (hugo-sasip): that title is
    the newsletter's, not the post's. Only the title keys are left out (microdata's ``itemprop`` metas belong in the
    body)."""
    parent = meta.getparent()
    return parent is not None and parent.tag not in _PAGE_LEVEL


class PageMetadata:
    """``<meta>`` contents by lower-cased name/property/itemprop, and the JSON-LD objects."""

    def __init__(self, root: etree._Element) -> None:
        self.meta: dict[str, list[str]] = {}
        self.objects: list[dict[str, Any]] = []
        for element in root.iter("meta"):
            content = element.get("content")
            if content is None:
                continue
            name = element.get("name") or ""
            if name == JSONLD_META:
                self._read_json_ld(content)
                continue
            pasted = _pasted(element)
            for key in (name, element.get("property"), element.get("itemprop")):
                if key and not (pasted and key.strip().lower() in _PAGE_TITLE_KEYS):
                    value = normalize_space(content)
                    if value:
                        self.meta.setdefault(key.strip().lower(), []).append(value)

    def _read_json_ld(self, text: str) -> None:
        try:
            data = load_json_ld(text)
        except (ValueError, RecursionError):
            return  # broken or hostile JSON-LD is no metadata
        _walk(data, self.objects)

    def first(self, *names: str) -> tuple[str, str] | None:
        """(name, content) of the first of ``names`` the page's ``<meta>`` tags give."""
        for name in names:
            values = self.meta.get(name)
            if values:
                return name, values[0]
        return None

    def all(self, name: str) -> list[str]:
        return list(self.meta.get(name, ()))

    def article(self) -> dict[str, Any] | None:
        """The JSON-LD object describing the page's article, if any."""
        fallback = None
        for obj in self.objects:
            types = _types(obj)
            if types & _ARTICLE_TYPES - {"webpage", "itempage"}:
                return obj
            if fallback is None and (types & {"webpage", "itempage"}) and ("author" in obj or "datePublished" in obj):
                fallback = obj
        return fallback

    def by_id(self, identifier: str) -> dict[str, Any] | None:
        return next((o for o in self.objects if o.get("@id") == identifier), None)

    def article_value(self, key: str) -> Any:
        article = self.article()
        return article.get(key) if article else None

    def authors(self) -> list[str]:
        """Person names of the article's ``author`` (string, object, list, or ``@id`` references)."""
        raw = self.article_value("author")
        items = raw if isinstance(raw, list) else [raw]
        names = []
        for item in items:
            if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
                item = self.by_id(item["@id"]) or item
            if isinstance(item, dict) and _types(item) & _ORGANIZATION_TYPES:
                continue  # a publisher, not a person
            name = text_of(item)
            if name:
                names.append(name)
        return names

    def sections(self) -> list[str]:
        raw = self.article_value("articleSection")
        items = raw if isinstance(raw, list) else [raw]
        return [s for s in (text_of(i) for i in items) if s]

    def breadcrumbs(self) -> list[str]:
        """Names of a BreadcrumbList's items, by position."""
        for obj in self.objects:
            if "breadcrumblist" not in _types(obj):
                continue
            items = obj.get("itemListElement")
            if not isinstance(items, list):
                continue
            named = []
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                name = text_of(item.get("name")) or text_of(item.get("item"))
                position = item.get("position")
                order = position if isinstance(position, int | float) else index
                if name:
                    named.append((order, index, name))
            return [name for _, _, name in sorted(named)]
        return []

    def site_names(self) -> set[str]:
        """Names of the site and its publisher: never an author."""
        names = {
            v
            for key in ("og:site_name", "application-name", "twitter:site", "publisher")
            for v in self.meta.get(key, ())
        }
        for obj in self.objects:
            if _types(obj) & _ORGANIZATION_TYPES:
                name = text_of(obj.get("name"))
                if name:
                    names.add(name)
            publisher = text_of(obj.get("publisher")) if isinstance(obj.get("publisher"), dict | str) else None
            if publisher:
                names.add(publisher)
        return {n.lower().lstrip("@") for n in names}

    def iter_dates(self, keys: tuple[str, ...]) -> Iterator[tuple[str, str]]:
        """(key, value) of the article object's date properties, in the order of ``keys``."""
        article = self.article()
        if not article:
            return
        for key in keys:
            value = article.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, str) and value.strip():
                yield key, value.strip()
