"""The categories' cascade: the page's own section, from its breadcrumb, its metadata or its category links.

``CategoryRules`` is a mixin of ``ArticlePage`` (archiver/extract/article.py): the breadcrumb and
category rules (a hinted breadcrumb, a "Home > Section" trail by its shape, ``article:section``,
JSON-LD, category links by the headline) are one job with their own helpers and constants, kept apart
from the other fields' cascades so that each module stays readable. It reads the page through the
attributes and methods that ``ArticlePage`` provides, declared below for the type checker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml import etree

from archiver.extract import body as body_rules
from archiver.extract.html import text_of
from archiver.extract.labels import LabelHit
from archiver.extract.structured import PageMetadata
from archiver.extract.trace import FieldTrace
from archiver.extract.unchanged import normalized_text
from archiver.normalize import normalize_space
from archiver.urls import _directory

_CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|>|›|»|→|/|\\)\s*")
_CRUMB_NOISE = frozenset(
    {
        "首页",
        "主页",
        "网站首页",
        "home",
        "homepage",
        "正文",
        "详情",
        "内容",
        "content",
        "details",
        "detail",
        "article",
        "当前位置",
        "位置",
    }
)
_META_SECTION_NAMES = ("article:section", "og:article:section", "section", "parsely-section")
_BREADCRUMB_TOKENS = frozenset({"breadcrumb", "breadcrumbs", "crumb", "crumbs"})
_CATEGORY_TOKENS = frozenset({"cat", "category", "categories", "section"})
_BREADCRUMB_HINT = re.compile(r"crumb")
_CATEGORY_HINT = re.compile(r"cat|section")


# What an href resolving to "/", "/index.html" or "/index.htm" can look like before it is resolved:
# empty (the page itself), dot segments, a path ending in "/" or in the index file, a bare origin.
_MAY_BE_HOME = re.compile(r"(?:^|/)\.{0,2}$|index\.html?$|^(?:[a-z][a-z0-9+.-]*:)?//[^/]*$", re.IGNORECASE)
# A link's path that resolving may rework (dot-dot segments, ``;`` parameters, characters urlsplit
# drops or chokes on), and the scheme and host of an absolute link, which resolving keeps as written.
_REWORKED_PATH = re.compile(r"\.\.|[;\[\x00-\x1f]")
_SCHEME_AND_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/]*", re.IGNORECASE)
_HOME_SEGMENTS = frozenset({"", ".", "index.html", "index.htm"})


@lru_cache(maxsize=4096)
def _may_name_home(href: str) -> bool:
    """The cheap tests of a link (its ``href``, stripped) that may lead home: its path (before ``?`` and ``#``) ends
    as a home path may, and does not surely name another page. A function of the link alone, asked of every link
    of every page (a site's menu and footer links repeat on all of them): kept."""
    path = href.split("#")[0].split("?")[0]
    return _MAY_BE_HOME.search(path) is not None and not _names_elsewhere(path)


def _names_elsewhere(path: str) -> bool:
    """The link path (before ``?`` and ``#``) cannot resolve to ``/`` or ``/index.htm(l)``: it names a
    directory or another file (``/2024/05/post/``, ``news/``), which resolving without ``..`` keeps.

    A cheap test that spares urljoin for most links of a page; any path it cannot be sure of is left
    to urljoin (False).
    """
    if _REWORKED_PATH.search(path):
        return False
    path = _SCHEME_AND_HOST.sub("", path, count=1)
    if ":" in path:  # ``mailto:``, ``http:relative``: a scheme urljoin reads its own way
        return False
    return any(segment not in _HOME_SEGMENTS for segment in path.split("/"))


_ABSOLUTE_WITH_HOST = re.compile(r"https?://[^/?#\\]")


def _link_base(page_url: str, href: str) -> str:
    """What ``href``'s path resolves against, as far as the path goes: the page's site root when ``href`` is
    a path from the root (``/``, ``/index.html``), the page's directory when it is a relative one
    (``../index.html``), as urljoin then keeps nothing of the base's path past those; else the page itself
    (a query, a fragment, a scheme, a host, ``//`` alone). Keyed by it, ``_link_path``'s cache answers every
    page of a site or a directory, where the page's own address made each page a miss. (Blanks and control
    characters before ``href``, or tabs and line breaks in it, which urlsplit removes first, leave the page.)
    """
    if _ABSOLUTE_WITH_HOST.match(href) and "\t" not in href and "\r" not in href and "\n" not in href:
        # a scheme and a host of its own: urljoin returns it as it is (once the base has parsed, as the page's
        # site root parses as the page does)
        directory = _directory(page_url)
        return page_url if directory is None else directory[: directory.find("/", directory.find("//") + 2) + 1]
    if (
        not href
        or href[0] <= " "
        or href[0] in "?#;"
        or href.startswith("//")
        or ":" in href.partition("/")[0]
        or "\t" in href
        or "\r" in href
        or "\n" in href
    ):
        return page_url
    directory = _directory(page_url)
    if directory is None:
        return page_url
    if href[0] == "/":
        return directory[: directory.find("/", directory.find("//") + 2) + 1]
    return directory


@lru_cache(maxsize=1024)
def _link_path(page_url: str, href: str) -> str | None:
    """The path ``href`` leads to from ``page_url`` (cached: a page links home from its logo, its menu and its
    breadcrumb, with the same href); None for a broken href (a post's Markdown glued text into it:
    "http://www.example.com.crt）而…" has an invalid host: no link home, and no reason to refuse the page)."""
    try:
        return urlsplit(urljoin(page_url, href)).path
    except ValueError:
        return None


class CategoryRules:
    """The rules of the ``categories`` field, mixed into ``ArticlePage``."""

    # Provided by ArticlePage (set in its __init__).
    url: str
    root: etree._Element
    metadata: PageMetadata
    trace: FieldTrace
    _home_trail_cache: list[etree._Element] | None

    if TYPE_CHECKING:
        # ArticlePage's own methods, which the category rules call.
        def _profile_value(self, name: str) -> tuple[etree._Element, str] | None: ...
        def _label(self, kind: str) -> LabelHit | None: ...
        def _use_label(self, kind: str) -> LabelHit | None: ...
        def _hinted(self, pattern: re.Pattern[str]) -> Iterator[etree._Element]: ...
        def _in_nav(self, element: etree._Element) -> bool: ...
        @staticmethod
        def _in_other_posts(element: etree._Element, tags: tuple[str, ...] = ...) -> bool: ...

    def categories(self, title: str | None, title_element: etree._Element | None = None) -> list[str]:
        """The page's own section: breadcrumb, ``article:section``, JSON-LD, category links by the title."""
        for rule, crumbs in self._category_candidates(title, title_element):
            if crumbs:
                self.trace.set("categories", rule)
                return crumbs
        self.trace.set("categories", "none")
        return []

    def _category_candidates(
        self, title: str | None, title_element: etree._Element | None
    ) -> Iterator[tuple[str, list[str]]]:
        hit = self._profile_value("breadcrumb")
        if hit:
            yield (
                "profile:breadcrumb",
                self._last_crumb(_CRUMB_SEPARATORS.split(normalized_text(hit[0])), title),
            )
            return  # the profile's breadcrumb is the answer, even an empty one (as before)
        label = self._label("breadcrumb")
        if label and label.value:
            self._use_label("breadcrumb")
            yield "label:breadcrumb", self._last_crumb(_CRUMB_SEPARATORS.split(label.value), title)
        for element in self._breadcrumb_elements():
            items = [normalized_text(li) for li in element.iter("li")] or _CRUMB_SEPARATORS.split(
                normalized_text(element)
            )
            yield "breadcrumb", self._last_crumb(items, title)
        for element in self._home_trails():
            yield (
                "breadcrumb:home-trail",
                self._last_crumb(_CRUMB_SEPARATORS.split(normalized_text(element)), title),
            )
        yield "json-ld:breadcrumb", self._last_crumb(self.metadata.breadcrumbs(), title)
        for name in _META_SECTION_NAMES:
            yield f"meta:{name}", self._crumbs(self.metadata.all(name), title)
        yield "json-ld:articleSection", self._crumbs(self.metadata.sections(), title)
        yield "category-links", self._category_links(title, title_element)

    def _breadcrumb_elements(self) -> list[etree._Element]:
        found: list[etree._Element] = []
        for element in self._hinted(_BREADCRUMB_HINT):
            hinted = (
                body_rules.tokens(element) & _BREADCRUMB_TOKENS
                or "BreadcrumbList" in (element.get("itemtype") or "")
                or "breadcrumb" in (element.get("aria-label") or "").lower()
            )
            if hinted and not any(f in element.iterancestors() for f in found):
                found.append(element)
        return found

    def _home_trails(self) -> list[etree._Element]:
        """A short line that starts with a link home and goes on after a crumb separator
        ("Home / News", "首页 > 工作动态"): a breadcrumb by its shape, whatever its class.

        Found once per page: the categories ask first, then the body drops them, and nothing
        changes the tree in between (its every link is read each time).
        """
        if self._home_trail_cache is None:
            self._home_trail_cache = list(self._find_home_trails())
        return self._home_trail_cache

    def _find_home_trails(self) -> Iterator[etree._Element]:
        for anchor in self.root.iter("a"):
            href = (anchor.get("href") or "").strip()
            holder = anchor.getparent()
            if holder is None or not _may_name_home(href):
                continue  # cheap first: most links end in "/" (pretty URLs), but name a page below home
            resolved = _link_path(_link_base(self.url, href), href)
            if resolved is None or resolved not in ("/", "/index.html", "/index.htm"):
                continue
            # The holder's tag and the link's own text first: a holder may be a page-wide block, whose
            # whole text is read only when the cheap tests leave it in.
            if holder.tag in ("nav", "ul", "body"):
                continue
            head = normalized_text(anchor)
            if not head:
                continue
            text = normalized_text(holder)
            if len(text) > 120 or not text.startswith(head):
                continue
            if _CRUMB_SEPARATORS.match(text[len(head) :]) and text[len(head) :].strip(" >/›»→\\"):
                yield holder

    @staticmethod
    def _is_title_crumb(crumb: str, title: str | None) -> bool:
        if not title:
            return False
        stem = crumb.rstrip(".…").strip()
        return crumb == title or (len(stem) >= 8 and title.startswith(stem))

    def _last_crumb(self, crumbs: list[str], title: str | None) -> list[str]:
        kept = self._crumbs(crumbs, title)
        return kept[-1:]

    def _crumbs(self, values: list[str], title: str | None) -> list[str]:
        kept: list[str] = []
        for value in values:
            value = normalize_space(value)
            if (
                value
                and value.lower() not in _CRUMB_NOISE
                and len(value) <= 40
                and not self._is_title_crumb(value, title)
                and value not in kept
            ):
                kept.append(value)
        return kept

    def _category_links(self, title: str | None, title_element: etree._Element | None) -> list[str]:
        """``rel="category tag"`` links, ``.post-category a``, ``.cat-links a``: hints, by the headline.

        By the headline: inside the headline's third ancestor when there is a headline, and
        never in a sidebar, a widget or a list of other posts (a "Categories" widget).
        """
        scope = title_element
        for _ in range(3):
            if scope is not None and scope.getparent() is not None and scope.getparent().tag != "body":
                scope = scope.getparent()

        def near(element: etree._Element) -> bool:
            if self._in_nav(element) or self._in_other_posts(element):
                return False
            return scope is None or scope in element.iterancestors()

        links = [
            a
            for a in self._hinted(_CATEGORY_HINT)
            if a.tag == "a" and "category" in (a.get("rel") or "").lower() and near(a)
        ]
        if not links:
            for holder in self._hinted(_CATEGORY_HINT):
                if body_rules.tokens(holder) & _CATEGORY_TOKENS and near(holder):
                    links = list(holder.iter("a"))
                    if 0 < len(links) <= 5:
                        break
                    links = []
        return self._crumbs([text_of(a) for a in links], title)
