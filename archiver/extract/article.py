"""An article page as a record: each field is a cascade of rules and the winning rule is kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import cached_property, lru_cache
from html import escape
from itertools import islice
from typing import Any, cast
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree

from archiver.discovery.page import names_a_file
from archiver.extract import body as body_rules
from archiver.extract import bylines, fallback
from archiver.extract.author_cascade import IN_BODY_AFTER, AuthorCascade
from archiver.extract.categories import CategoryRules
from archiver.extract.embedded import as_html, embedded_body
from archiver.extract.html import (
    BLOCK_TAGS,
    MAX_HTML_CHARS,
    TRUNCATED_ATTR,
    block_text,
    css,
    inline_text,
    parse_html,
    text_of,
)
from archiver.extract.labels import (
    HEADING_DATE_LABELS,
    LABEL_TEXT,
    LabelHit,
    parse_label_line,
    parse_source,
    split_keywords,
    starts_with_label,
)
from archiver.extract.line_dates import DATE_IN_LINE, MONTH_NAME_DATE, shows_a_date
from archiver.extract.record import ArticleRecord
from archiver.extract.structured import PageMetadata
from archiver.extract.titles import TITLE_SEPARATORS, TitleCandidate, TitleRules
from archiver.extract.trace import FieldTrace
from archiver.extract.unchanged import Measures, normalized_text, unchanged
from archiver.extract.urlid import article_id_from_url
from archiver.extract.version import EXTRACTOR_VERSION
from archiver.extract.zones import UTC_ZONE, site_language, zone_of_language
from archiver.normalize import (
    ParsedDate,
    day_first_date,
    detect_language,
    is_zero_date,
    normalize_paragraphs,
    normalize_space,
    numeric_date_order,
    numeric_day,
    numeric_day_month_year,
    numeric_order_of,
    parse_date,
    strip_controls,
    weighted_length,
    word_month_date,
)
from archiver.profiles import SiteProfile, load_profile
from archiver.solar_hijri import DIGITS_AND_MARKS, solar_hijri_match
from archiver.urls import netloc_of, site_of

_META_DATE_NAMES = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
)
# Names that CMSs also fill with the page's generation time: a labelled line above the text beats them.
_WEAK_META_DATE_NAMES = ("dc.date", "date")
_META_UPDATED_NAMES = ("article:modified_time", "datemodified", "og:updated_time", "last-modified", "dc.date.modified")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?([01]\d)[/-]?([0-3]\d)/")
# A CMS that names each article's file by its day (TRS WCM's ``t20190104_5224991.html``): the day the document
# entered the CMS, read only where the page prints none (a migrated post prints its own, older one).
_URL_FILE_DAY = re.compile(r"/[A-Za-z]?((?:19|20)\d{2})([01]\d)([0-3]\d)_\d+\.[A-Za-z]+$")
# A day with a two-digit year, as a Chinese CMS prints it by the headline ("| 19-01-04 |", TRS WCM's default):
# between separators, month 01-12 and day 01-31. Year first on a page in Chinese or Japanese, read so only there.
_SHORT_YEAR_DAY = re.compile(r"(?<![\w.:/-])(\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w.:/-])")
_YEAR_FIRST_LANGUAGES = frozenset({"zh", "ja"})
# a day in the URL's path, a slug after it too (``/news/2024-03-11-dia-internacional/``)
_URL_DAY = re.compile(r"/((?:19|20)\d{2})[/-]([01]\d)[/-]([0-3]\d)(?=[/-]|$)")
# An offset written after a time of day: "…T15:59:30+02:00", "…20:00:27+0200", "…Z"
_OFFSET_AFTER_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)
_HAS_TIME = re.compile(r"\d{1,2}\s*[:：时]\s*\d{2}")
_DATE_TOKENS = frozenset({"date", "time", "published", "pubdate", "posted", "meta", "byline", "info"})
_OTHER_POSTS_TOKENS = frozenset(
    {
        "related",
        "relate",
        "recommend",
        "recent",
        "popular",
        "hot",
        "rank",
        "comment",
        "comments",
        "sidebar",
        "side",
        "widget",
        "more",
    }
)
# Blocks of other posts or of comments: a lone <time> inside one is never the post's own
_NOT_A_META_PANEL_TOKENS = _OTHER_POSTS_TOKENS - {"sidebar", "side", "more"}
# Body elements with a hint attribute, fetched once per page (one XPath is far cheaper than many).
_HINTED = etree.XPath("//body//*[@class or @id or @rel or @itemprop or @aria-label or @itemtype]")
_ITEMPROPS = etree.XPath("//body//*[@itemprop]")  # microdata: few elements, one cheap scan
_RDFA_WITH_CONTENT = etree.XPath("//body//*[@property and @content]")
_RDFA_DATE_PROPERTIES = frozenset(
    {
        "dc:date",
        "dc:created",
        "dc:issued",
        "dcterms:created",
        "dcterms:issued",
        "schema:datepublished",
        "article:published_time",
    }
)
_MAX_LABEL_LINES = 400
_CODE_TAGS = frozenset({"pre", "code"})
_WEAK_DATE_LABELS = frozenset({"时间", "time"})  # the bare words; "发布时间", "Published" are strong
_SIGN_OFF_SLACK = 30  # weighted characters after an editor line that still ends the text (a share link)
_DATE_IN_TEXT_AFTER = 60  # weighted characters (20 Chinese ones) of text before a date label: the text's own date
MAX_BODY_CHARS = 1_000_000
_SENTENCE_LINE = 40  # weighted characters: a line of prose, not a date line or a byline
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)）]*$")  # a line ending as a sentence does
# "3小时前", "5 分钟前", "昨天 10:20", "2 hours ago": read against the capture time.
_RELATIVE_DATE_LINE = re.compile(
    r"^(?:\d{1,2}\s*(?:分钟|小时|天)前|(?:昨天|前天|今天)\s*\d{1,2}:\d{2}|刚刚"
    r"|\d{1,2}\s+(?:minutes?|hours?|days?)\s+ago)$",
    re.IGNORECASE,
)
_TIMED_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"\s*(?P<hour>\d{1,2})\s*[:：]\s*(?P<minute>\d{2})(?:\s*[:：]\s*\d{2})?"
)
_NOT_PROSE = frozenset({"pre", "code", "script", "style", "textarea", "template"})
_TEXT_WITH_TIME = etree.XPath("//body//text()[contains(., ':') or contains(., '：')]")
# What may stand beside a date in a line holding the date alone: its time, blanks and marks.
_DATE_LINE_NAME = 12  # characters after the day on the headline's next line: a column's or a source's name
_CLAUSE_MARK = re.compile(r"[。，；！？,;!?]")
_DATE_LEFTOVER = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|[\s,.:/|·()\[\]-]+")
# A year a Solar Hijri date could hold (13xx, 14xx; Persian or Arabic-Indic digits too): only a text with
# one asks whether the page is Persian.
_SOLAR_HIJRI_YEAR = re.compile(r"1[34]\d\d|[۱١][۳۴٣٤]")
_BODY_TEXTS = etree.XPath("//body//text()")
# The time of day right after a date: "22/10/2018 14:30", "22/10/2018 às 14:30"
_CLOCK_AFTER = re.compile(r",?\s+(?:[^\W\d_]{1,4}\.?\s+)?(\d{1,2}:\d{2})(?!\d)")
# A date line: the date and little else (``1386/08/02``, ``تاریخ: ۱۷ دی ۱۳۹۲``), not a sentence naming a day.
_DATE_LINE_CHARS = 40
# The blocks a date's line is read in, and the length of a meta line (``_date_near``'s lines are as short)
_LINE_BLOCKS = frozenset({"p", "div", "li", "td", "th", "dd", "dt", "header", "section", "article", "blockquote"})
_META_LINE_CHARS = 80
# Elements that stand on lines of their own: beside them, an inline element is a line too
_SEPARATE_BLOCKS = frozenset(
    {"div", "p", "ul", "ol", "dl", "table", "section", "article", "header", "footer", "aside", "nav", "blockquote",
     "pre", "figure", "form", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}
)  # fmt: skip
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A short post's content under its date line, where the votes went to the page's footer (_post_before_footer)
POST_BEFORE_FOOTER = "under-date-line"
_CONTENT_BLOCKS = frozenset({"tr", "td", "div", "p", "figure", "section", "center", "span", "font"})
_UNLINKED_TEXTS = etree.XPath(
    ".//text()[not(ancestor::a or ancestor::script or ancestor::style or ancestor::noscript)]"
)
_WORD_CHARS = re.compile(r"\w{2}")
_TEXT_AFTER = etree.XPath("following::text()[normalize-space()][not(ancestor::script or ancestor::style)]")
# the same, outside links: what a footer's last links (a site map, a record number's badge) leave out
_UNLINKED_TEXT_AFTER = etree.XPath(
    "following::text()[normalize-space()][not(ancestor::script or ancestor::style or ancestor::a)]"
)
_FOOTER_TAIL = 30  # weighted characters of unlinked text after the page's last block that still end the page


@lru_cache(maxsize=32)
def _zone_info(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _first_css(root: etree._Element, selectors: tuple[str, ...]) -> tuple[etree._Element, str] | None:
    for selector in selectors:
        for element in css(selector)(root):
            if normalized_text(element) or element.find(".//img") is not None:
                return element, selector
    return None


_NAV_TOKENS = frozenset({"nav", "navbar", "menu", "footer", "copyright", "sidebar", "related"})
_MENU_TOKENS = frozenset({"nav", "navbar", "menu"})  # the class words of a menu (not a footer's or a sidebar's)


_POST_ITEMTYPE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|Report|Posting)\b")


def _declares_post(element: etree._Element) -> bool:
    """An <article>, or an element whose schema.org microdata says it holds one post (``itemtype=…/BlogPosting``)."""
    return element.tag == "article" or bool(_POST_ITEMTYPE.search(element.get("itemtype") or ""))


def _holding_label_text(root: etree._Element) -> set[etree._Element]:
    """The elements holding a text that may hold a label (``LABEL_TEXT``): its own or a descendant's.

    A label line holds a colon or a glued date label ("[发布时间2021年3月11日]"): only text holding one can
    open it. Read from each element's text and tail (a tail's owner is the tail's parent): an XPath over the
    text nodes tested the same strings, but handed each back as a string to trace to its element, three times
    the cost. (An element's ``text`` is its leading text joined: the cleaner's removals can leave two nodes of it
    side by side, "发布" and "时间" around a dropped <script>, and the line is read as "发布时间", as here.)
    """
    holding: set[etree._Element] = set()
    search = LABEL_TEXT.search
    owner: etree._Element | None
    for element in root.iter():
        text = element.text  # a comment's or a processing instruction's is no text of the page
        if text and isinstance(element.tag, str) and search(text):
            owner = element
            while owner is not None and owner not in holding:
                holding.add(owner)
                owner = owner.getparent()
        tail = element.tail
        if tail and search(tail):
            owner = element.getparent()
            while owner is not None and owner not in holding:
                holding.add(owner)
                owner = owner.getparent()
    return holding


def _links_a_page(element: etree._Element) -> bool:
    """Whether ``element`` holds a link to a page: an ``href`` that is no script, mail or in-page address."""
    for link in element.iter("a"):
        href = (link.get("href") or "").strip().lower()
        if href and not href.startswith(("javascript:", "mailto:", "tel:", "#")):
            return True
    return False


def _own_line(element: etree._Element) -> bool:
    """``element`` is a line of its own in its parent: no text runs beside it, and the elements beside it are
    blocks (a ``<span>`` meta line above a ``<div>`` of text), not words of the same sentence."""
    parent = element.getparent()
    if parent is None:
        return False
    before = element.getprevious()
    if ((before.tail if before is not None else parent.text) or "").strip() or (element.tail or "").strip():
        return False
    siblings = [e for e in parent if e is not element and isinstance(e.tag, str)]
    return bool(siblings) and all(e.tag in _SEPARATE_BLOCKS for e in siblings)


def _in_code(element: etree._Element) -> bool:
    """Inside a ``<pre>`` or ``<code>``: program text, whose ``time: 10:30:00`` (a YAML example in a post)
    is no label line of the page."""
    return element.tag in _CODE_TAGS or any(ancestor.tag in _CODE_TAGS for ancestor in element.iterancestors())


def _same_day(label_date: ParsedDate | None, page_date: ParsedDate) -> bool:
    """A labelled line's date names the day of the page's own date signal."""
    return (
        label_date is not None
        and label_date.value is not None
        and page_date.value is not None
        and label_date.value.date() == page_date.value.date()
    )


# Wrappers holding nothing but the headline (its cell, row, table, box) read through to the lines after it
_HEADLINE_WRAPPERS = 4
_TABLE_PARTS = frozenset({"td", "th", "tr", "tbody", "thead", "table"})


def _marks_main(element: etree._Element) -> bool:
    """An element the page marks as its content: ``<article>``, ``<main>`` or ``role="main"``."""
    return element.tag in ("article", "main") or (element.get("role") or "").strip().lower() == "main"


class ArticlePage(TitleRules, CategoryRules, AuthorCascade):
    """The fields of one article page; pure: (html, url, profile) in, record out."""

    def __init__(
        self,
        html: str | bytes,
        url: str,
        profile: SiteProfile | None = None,
        *,
        charset: str | None = None,
        captured_at: datetime | None = None,
        parsed: tuple[etree._Element, str] | None = None,
        listing_date: str | None = None,
    ) -> None:
        self.url = url
        self.listing_date = listing_date
        self.profile = profile or load_profile("generic")
        self.captured_at = captured_at or datetime.now(UTC)
        self.root, self.encoding = parsed or parse_html(html, charset)
        self._html = html  # as given: the library fallbacks parse it themselves
        self.trace = FieldTrace()
        self.metadata = PageMetadata(self.root)
        self._nav: dict[etree._Element, bool] = {}
        self._meta_panel_memo: etree._Element | bool | None = None  # False: the page has none
        self._label_owners: dict[str, etree._Element] = {}
        self._hinted_cache: list[tuple[etree._Element, str]] | None = None
        self._hinted_found: dict[re.Pattern[str], list[etree._Element]] = {}
        self._itemprop_cache: list[tuple[etree._Element, str]] | None = None
        self._title_cache: list[TitleCandidate] | None = None
        self._home_trail_cache: list[etree._Element] | None = None
        self._used_owners: set[etree._Element] = set()  # label lines a field's value came from
        self._text_labels: set[etree._Element] = set()  # label lines judged the text's own (an event's time)
        self._code_label_lines: list[etree._Element] = []  # lines of program text that read like labels
        self._credit_lines: set[str] = set()  # unlabelled credit lines an author came from
        self._author_names: list[str] = []  # the authors found, whose byline atop the text is no text
        self._zone: str | None = None
        self._days: set[date] | None = None
        self._outside_article: list[etree._Element] = []
        self._date_line: etree._Element | None = None  # the line by the headline the date was read from
        self._heading_date: etree._Element | None = None  # a "published" heading over its date (_heading_date_pair)
        self._later_editors: list[tuple[LabelHit, etree._Element]] = []  # editor labels after the first
        # Text lengths and page wrappers, kept per element until the body's cleaning changes the tree.
        self._measures = Measures()
        with unchanged(self._measures):
            self._labels, self._label_elements = self._collect_labels()

    # --- labels -------------------------------------------------------------------------

    def _label_candidates(self) -> list[tuple[etree._Element, str]]:
        # A label line holds a colon, so only elements holding a text node with one can start with a label.
        holding_colon = _holding_label_text(self.root)
        found = []
        for element in self.root.iter():
            if (
                element not in holding_colon
                or not isinstance(element.tag, str)
                or element.tag in ("html", "body", "head", "title")
            ):
                continue
            line = inline_text(element, limit=400)
            if line and starts_with_label(line) and (not self._in_nav(element) or self._in_link_free_bar(element)):
                if _in_code(element):
                    # program text (a YAML example's ``time: 10:30:00``, ``tags: /tags/``): no label of the
                    # page, and a line the body keeps, even where a "Tags:" line would end the text
                    self._code_label_lines.append(element)
                    continue
                found.append((element, normalize_space(line)))
                if len(found) >= _MAX_LABEL_LINES:  # a real page has a handful; hostile ones, thousands
                    break
        return found

    def _in_nav(self, element: etree._Element) -> bool:
        """Inside site navigation, a footer, a sidebar or related links (memoized per element)."""
        path: list[etree._Element] = []
        node: etree._Element | None = element
        known = False
        while node is not None:  # a loop, not recursion: pages nest up to MAX_DEPTH levels
            cached = self._nav.get(node)
            if cached is not None:
                known = cached
                break
            path.append(node)
            node = node.getparent()
        for node in reversed(path):
            known = known or self._is_nav(node)
            self._nav[node] = known
        return known

    def _in_link_free_bar(self, element: etree._Element) -> bool:
        """Inside markup that only a class word calls a menu and that links no page: a post's bar of its date,
        "Print" and font sizes (TRS's ``div.en-xl-nav``, its ``<a>``s without ``href``), whose label lines are the
        page's own. A class name is a hint: a menu links pages."""
        flagged = [node for node in (element, *element.iterancestors()) if self._is_nav(node)]
        return bool(flagged) and all(
            node.tag not in ("nav", "footer")
            and body_rules.tokens(node) & _NAV_TOKENS <= _MENU_TOKENS
            and not _links_a_page(node)
            for node in flagged
        )

    @staticmethod
    def _is_nav(node: etree._Element, node_tokens: frozenset[str] | None = None) -> bool:
        """Navigation itself (not inside it); ``node_tokens`` is ``body_rules.tokens(node)`` when read already."""
        if not isinstance(node.tag, str):
            return False
        if node.tag == "footer" and any(a.tag == "article" for a in node.iterancestors()):
            return False  # an article's own footer holds its tags, not site furniture
        if node.tag in ("nav", "footer"):
            flagged = True
        else:
            found = (body_rules.tokens(node) if node_tokens is None else node_tokens) & _NAV_TOKENS
            if found == {"footer"} and any(_declares_post(a) for a in node.iterancestors()):
                # a footer by its class name inside the post's own markup (Blogger's ``div.post-footer`` in the
                # schema.org BlogPosting it declares: "Publicado por <author> en <day>") is the post's, as an
                # <article>'s <footer> is: its byline and labels, not site furniture
                return False
            flagged = bool(found)
        return flagged and not body_rules.is_wrapper(node)  # a hint, never the whole page

    def _collect_labels(self) -> tuple[dict[str, LabelHit], list[etree._Element]]:
        """First labelled value per kind in document order, each from the tightest element holding it."""
        candidates = self._label_candidates()
        chosen: dict[str, LabelHit] = {}
        used: list[etree._Element] = []
        for index, (element, line) in enumerate(candidates):
            for hit in parse_label_line(line):
                if hit.kind in chosen:
                    if hit.kind == "editor" and not any(e is element for _, e in self._later_editors):
                        self._later_editors.append((hit, element))  # 责任编辑 after an in-text 图片：
                    continue
                owner, tight = self._tighter(hit, element, candidates[index + 1 :])
                chosen[hit.kind] = tight
                self._label_owners[hit.kind] = owner
                if owner not in used:
                    used.append(owner)
        if "date" not in chosen:
            pair = self._heading_date_pair()
            if pair is not None:
                owner, hit = pair
                self._heading_date = owner
                chosen["date"] = hit
                self._label_owners["date"] = owner
                used.append(owner)
        return chosen, used

    def _heading_date_pair(self) -> tuple[etree._Element, LabelHit] | None:
        """A date printed as a heading over its value, with no colon: Quarto's title block (``<div>Fecha de
        publicación</div><div><p class="date">15 de enero de 2026</p></div>``), a ``<dt>Published</dt><dd>…</dd>``.
        The first such pair outside navigation whose heading says "published" in a language (HEADING_DATE_LABELS)
        and whose value, the heading's next element, is a short line showing a date; its owner is the block
        holding the two (the date line, which leaves the body as a labelled line does)."""
        body = self.root.find("body")
        if body is None:
            return None
        for heading in body.iter():
            if not isinstance(heading.tag, str) or heading.tag in _NOT_PROSE or len(heading) > 1:
                continue
            words = normalize_space(heading.text_content()).rstrip(":：").strip().lower()
            if words not in HEADING_DATE_LABELS:
                continue
            value = heading.getnext()
            while value is not None and not isinstance(value.tag, str):
                value = value.getnext()
            if value is None:
                continue
            shown = normalize_space(value.text_content())
            if not shown or len(shown) > 80 or not shows_a_date(shown) or self._in_nav(heading):
                continue
            parent = heading.getparent()
            pair_only = parent is not None and len([e for e in parent if isinstance(e.tag, str)]) == 2
            owner = parent if pair_only and parent is not None and parent.tag not in ("body", "html") else value
            return owner, LabelHit("date", normalize_space(heading.text_content()), shown, 0)
        return None

    @staticmethod
    def _tighter(
        hit: LabelHit, element: etree._Element, later: list[tuple[etree._Element, str]]
    ) -> tuple[etree._Element, LabelHit]:
        """The deepest nested element holding the same label, and the value where the page ends it.

        A nested block (``<p>Tags:</p><div>Share ...</div>``) ends a value, even an empty
        one; a nested inline element only when its value is a non-empty prefix (a bare inline
        label, ``<b>Tags:</b>`` before its links, leaves the line to the element holding both).
        """
        owner, best, depth = element, hit, -1
        for inner, line in later:
            if element not in inner.iterancestors():
                continue
            for inner_hit in parse_label_line(line):
                if inner_hit.kind != hit.kind or not hit.value.startswith(inner_hit.value):
                    continue
                # A bare inline label (``<b>Tags:</b> <a>…</a>, <a>…</a>``) is only part of its line:
                # owning the line, it would take the label out of the body and leave the values in. Its
                # parent is the line when that opens with the same label; else (``<span>Tags:</span>`` in
                # a box of lists) the label alone stays the owner, as no line is known to end there.
                holder, holder_hit = inner, inner_hit
                if not inner_hit.value and inner.tag not in BLOCK_TAGS:
                    parent = inner.getparent()
                    if parent is element:
                        opening = [hit]
                    else:
                        parent_line = next((text for e, text in later if e is parent), None)
                        opening = parse_label_line(parent_line)[:1] if parent_line else []
                    if parent is not None and opening and opening[0].kind == hit.kind and opening[0].position == 0:
                        holder, holder_hit = parent, opening[0]
                holder_depth = sum(1 for _ in holder.iterancestors())
                if holder_depth > depth:
                    owner, depth = holder, holder_depth
                    if holder_hit.value != hit.value and (holder_hit.value or holder.tag in BLOCK_TAGS):
                        best = holder_hit
        return owner, best

    def _hinted(self, pattern: re.Pattern[str]) -> Iterator[etree._Element]:
        """Body elements whose class, id, rel, itemprop, aria-label or itemtype (lower-cased) match."""
        if self._hinted_cache is None:
            # One f-string per element, not a join over a generator: pages hold thousands of them.
            self._hinted_cache = [
                (
                    e,
                    f"{e.get('class', '')} {e.get('id', '')} {e.get('rel', '')} {e.get('itemprop', '')} "
                    f"{e.get('aria-label', '')} {e.get('itemtype', '')}".lower(),
                )
                for e in _HINTED(self.root)
            ]
        found = self._hinted_found.get(pattern)
        if found is None:  # the category hint is asked twice per page
            found = self._hinted_found[pattern] = [e for e, attrs in self._hinted_cache if pattern.search(attrs)]
        return iter(found)

    def _itemprops(self, word: str) -> Iterator[etree._Element]:
        """Body elements whose ``itemprop`` (lower-cased) holds ``word``."""
        if self._itemprop_cache is None:
            self._itemprop_cache = [(e, (e.get("itemprop") or "").lower()) for e in _ITEMPROPS(self.root)]
        return (e for e, prop in self._itemprop_cache if word in prop)

    def _label(self, kind: str) -> LabelHit | None:
        return self._labels.get(kind)

    def _use_label(self, kind: str) -> LabelHit | None:
        """The label of ``kind``, marked as the source of a field (its line leaves the body)."""
        hit = self._labels.get(kind)
        if hit is not None:
            self._used_owners.add(self._label_owners[kind])
        return hit

    def _profile_value(self, name: str) -> tuple[etree._Element, str] | None:
        return _first_css(self.root, self.profile.selectors.get(name, ()))

    # --- fields ---------------------------------------------------------------------------

    def _labelled(self, name: str, kind: str) -> tuple[str | None, str]:
        hit = self._profile_value(name)
        if hit:
            text = normalized_text(hit[0])
            labelled = parse_label_line(text)
            value = labelled[0].value if labelled and labelled[0].position == 0 else text
            return value, f"profile:{hit[1]}"
        label = self._use_label(kind)
        if label:
            return label.value, f"label:{label.label}"
        return None, "none"

    def source(self) -> dict[str, Any]:
        raw, rule = self._labelled("source", "source")
        parsed = parse_source(raw)
        self.trace.set("source", rule)
        return {"source": parsed.name, "source_raw": parsed.raw, "reprinted": parsed.reprinted}

    # --- author ----------------------------------------------------------------------------

    def site_names(self) -> set[str]:
        """Names the site goes by (never an author): og:site_name, publisher, ``<title>`` suffix, host."""
        names = set(self.metadata.site_names())
        doc_title = normalize_space(self.root.findtext(".//title") or "")
        parts = [p.lower() for p in TITLE_SEPARATORS.split(doc_title)]
        if len(parts) > 1:
            # A part between the headline and the site's name that the author meta names is the writer's, not
            # a name of the site ("Headline | Eleanor Ainge Roy | Environment | The Guardian")
            credited = {normalize_space(v).lower() for v in self.metadata.all("author")} - names
            names.update(p for p in parts[1:-1] if p and p not in credited)
            names.update(p for p in parts[-1:] if p)
        host = netloc_of(self.url).split(":")[0].split(".")
        names.update(label for label in host if len(label) >= 4 and label not in ("www", "com", "news"))
        return names

    def _lines_near_title(
        self, title_element: etree._Element | None, container: etree._Element | None
    ) -> Iterator[tuple[str, str]]:
        """Short lines right around the headline, then the first lines of the content block."""
        if title_element is not None:
            for element in self._blocks_near_title(title_element):
                for line in islice(block_text(element), 3):  # a credit is a first line
                    line = normalize_space(line)
                    if line and len(line) <= 120:
                        yield line, "title"
        if container is not None:
            for index, line in enumerate(block_text(container)):
                if index >= 3:
                    break
                yield normalize_space(line), "body"

    def _blocks_near_title(self, title_element: etree._Element) -> list[etree._Element]:
        """The blocks right around the headline (its meta line among them), menus left out."""
        near = [*list(title_element.itersiblings(preceding=True))[:2], *list(title_element.itersiblings())[:6]]
        parent = title_element.getparent()
        if parent is not None and parent.tag not in ("body", "html"):
            near += list(parent.itersiblings())[:3]
        return [e for e in near if isinstance(e.tag, str) and not self._in_nav(e)]

    def _in_body_text(
        self, kind: str, container: etree._Element | None, title_element: etree._Element | None = None
    ) -> bool:
        """The labelled line sits inside the article text, after its first paragraphs: a credit.

        The headline and the page's other label lines are no article text: a template that sets them inside the
        text's block (JEECMS's ``<h1>``, then "发布时间：… 浏览次数：… 作者：… 来源：…") puts a long headline before
        its own byline, which stays the page's.
        """
        skip = frozenset(e for e in (title_element, *self._label_elements) if e is not None)
        return self._inside_text(self._label_owners.get(kind), container, skip=skip)

    @staticmethod
    def _in_caption(owner: etree._Element, container: etree._Element | None) -> bool:
        """Inside a ``<figcaption>`` of the article: ``Photo: the participants`` is a caption, not a label."""
        for node in (owner, *owner.iterancestors()):
            if node is container:
                return False
            if node.tag == "figcaption":
                return container is not None
        return False

    @staticmethod
    def _inside_text(
        owner: etree._Element | None,
        container: etree._Element | None,
        after: int = IN_BODY_AFTER,
        skip: frozenset[etree._Element] = frozenset(),
    ) -> bool:
        """``owner`` follows ``after`` weighted characters of ``container``'s text (not counting ``skip``'s)."""
        if owner is None or container is None or (owner is not container and container not in owner.iterancestors()):
            return False
        before = 0
        skipped: set[etree._Element] = set()
        for element in container.iter():
            if element is owner:
                return before >= after
            if not isinstance(element.tag, str):
                continue
            parent = element.getparent()
            if element in skip or parent in skipped:
                skipped.add(element)  # its text is not article text, nor its tail's parent's
                continue
            before += weighted_length(normalize_space(element.text)) + weighted_length(normalize_space(element.tail))
        return False

    @staticmethod
    def _ends_text(owner: etree._Element, container: etree._Element | None) -> bool:
        """Nothing but a few characters of ``container``'s text follows ``owner``: it signs the text off."""
        if container is None:
            return False
        after = 0
        seen = False
        for element in container.iter():
            if element is owner:
                seen = True
                after += weighted_length(normalize_space(element.tail))
                continue
            if seen and isinstance(element.tag, str) and owner not in element.iterancestors():
                after += weighted_length(normalize_space(element.text)) + weighted_length(normalize_space(element.tail))
                if after > _SIGN_OFF_SLACK:
                    return False
        return seen and after <= _SIGN_OFF_SLACK

    def _date_label_in_text(self, container: etree._Element | None, title_element: etree._Element | None) -> bool:
        """The date label follows a paragraph of the article's text (the headline and meta lines aside).

        A meta line atop the content block is the page's; one after the text's first sentences
        is the text's own (an event's "时间：2012年9月15日上午9:30").
        """
        skip = frozenset(e for e in (title_element, *self._label_elements) if e is not None)
        return self._inside_text(self._label_owners.get("date"), container, _DATE_IN_TEXT_AFTER, skip)

    # --- dates -----------------------------------------------------------------------------

    def published_at(
        self, title_element: etree._Element | None, container: etree._Element | None = None
    ) -> tuple[str | None, list[str]]:
        """The page's own publish-time signals, then a labelled line, then a date near the title, the URL.

        A labelled line gives only the time of day when a page signal has the day alone
        and both name the same day: an event time in the text never overrides the page.
        A plain ``<meta name="date">`` (often the page's generation time) gives way to a
        labelled line above the article text.
        """
        tz = self.zone
        profile_hit = self._profile_value("date")
        if profile_hit:
            raw, rule = self._labelled("date", "date")
            return self._parsed_date("published_at", raw, rule)
        label = self._label("date")
        label_date = self._parse_date(label.value, tz) if label and label.value else None
        # a "published" heading over its date (Quarto's title block) is the page's own date line wherever it stands:
        # the words say so, where an event's time in the text says "Date"/"时间"
        label_above_text = (
            label is not None
            and bool(label.value)
            and (self._heading_date is not None or not self._date_label_in_text(container, title_element))
        )
        declared_undated = False  # the page's date data is a generator's zero date: it has none
        for raw, rule in self._page_date_signals(title_element):
            if rule.startswith("meta:") and rule[5:] in _WEAK_META_DATE_NAMES and label_above_text:
                break
            parsed = self._localized(self._parse_date(raw, tz))
            if parsed.value is None:
                declared_undated = declared_undated or is_zero_date(raw)
                continue
            if (
                label is not None
                and label_date is not None
                and label_date.value is not None
                and not _HAS_TIME.search(raw)
                and label_date.value.date() == parsed.value.date()
                and _HAS_TIME.search(label.value)
            ):
                self._use_label("date")
                return self._parsed_date("published_at", label.value, f"label:{label.label}")
            if label is not None and label.label.lower() in _WEAK_DATE_LABELS and not _same_day(label_date, parsed):
                # A bare "时间：" line naming another day than the page's own signal is the text's (an
                # event's time atop a notice), not the page's date line: it stays in the body.
                self._text_labels.add(self._label_owners["date"])
            self.trace.set("published_at", f"{rule}/{parsed.rule}")
            return parsed.iso, list(parsed.flags)
        label_readable = label is not None and label_date is not None and label_date.value is not None
        raw, rule = self._date_near(title_element) if title_element is not None else (None, "none")
        # A bare "时间："/"Time:" line is an event's as often as the page's: an unlabelled date by the
        # headline (PHPCMS's, Discuz's meta line) beats it even atop the text; "发布时间：" beats that date.
        weak_label = label is not None and label.label.lower() in _WEAK_DATE_LABELS and raw is not None
        if label is not None and label_readable and label_above_text and not weak_label:
            self._use_label("date")
            return self._parsed_date("published_at", label.value, f"label:{label.label}")
        url_date = _URL_DATE.search(self.url)
        other = raw if raw is not None else "-".join(url_date.groups()) if url_date else None
        other_date = self._parse_date(other, tz) if other is not None else None
        if label is not None and other_date is not None and not _same_day(label_date, other_date):
            # Another day than the headline's or the URL's: not the page's date line but the text's, it stays.
            self._text_labels.add(self._label_owners["date"])
        # A labelled line inside the article text is most often an event's time ("时间：2012年9月15日上午9:30"):
        # the date by the headline and the URL's come first; it is the date only when the page gives no other.
        if raw is None:
            match = _URL_DATE.search(self.url) or _URL_FILE_DAY.search(urlsplit(self.url).path)
            raw, rule = ("-".join(match.groups()), "url") if match else (None, "none")
        if raw is None and self.listing_date:
            # The page prints no date of its own, by its headline, in a date line or its URL; the listing
            # that links it printed one beside it (a theme that dates posts on listings only). A date the
            # text merely mentions (a deadline, an event's day) gives way to it.
            listed = self._localized(self._parse_date(self.listing_date, tz))
            if listed.value is not None:
                self.trace.set("published_at", f"listing/{listed.rule}")
                return listed.iso, list(listed.flags)
        if raw is None and label is not None and label_readable:
            self._use_label("date")
            return self._parsed_date("published_at", label.value, f"label:{label.label}")
        if raw is None:
            # A Persian page's date line (Solar Hijri, ``1386/08/02``): a date no library reads.
            raw = self._solar_hijri_line()
            rule = "solar-hijri-line" if raw else rule
        if raw is None and self._library_allowed() and not declared_undated:
            # A page whose date data is the zero date (Hugo's about and contact pages) states it has no date:
            # the library would guess one anyway (a script's ``setTimeout(…, 2000)`` read as the year 2000).
            raw = fallback.library_date(self._html, self.url)
            if raw and fallback.day_only_mentioned(self._html, self.url, raw[:10]):
                # The day is one the text mentions in a sentence or a link's address (a talk "first presented on
                # 19 November 2015", its slides' ``…/20150129-…``), and the page prints no date of its own.
                raw = None
            rule = "htmldate" if raw else "none"
        if raw and rule in ("url", "htmldate") and len(raw) == 10:  # a day alone: the page may print its time
            timed = self._timed_text_on(raw)
            if timed:
                raw, rule = timed, f"{rule}+text"
        return self._parsed_date("published_at", raw, rule)

    def _timed_text_on(self, day: str) -> str | None:
        """The first visible ``2005-07-31 12:30`` (``发表于 2005-9-15 11:46:00``) on ``day``, outside navigation."""
        match = self._timed_match_on(day)
        return match.group(0) if match else None

    def _timed_match_on(self, day: str, *, prose_only: bool = False) -> re.Match[str] | None:
        """The first visible date with a time on ``day`` (``prose_only``: not in code or a script, where a
        post about a blog shows its front matter's ``date: 2020-03-13 12:00:00``)."""
        year, month, date_of_month = (int(part) for part in day.split("-"))
        for text in islice(_TEXT_WITH_TIME(self.root), 400):
            match = _TIMED_DATE.search(text)
            if not match or (int(match["y"]), int(match["m"]), int(match["d"])) != (year, month, date_of_month):
                continue
            owner = text.getparent()
            if owner is None or self._in_nav(owner) or self._in_other_posts(owner, ("aside", "li")):
                continue
            if prose_only and any(e.tag in _NOT_PROSE for e in (owner, *owner.iterancestors())):
                continue
            return match
        return None

    @cached_property
    def site_language(self) -> str | None:
        """The page's language as its title's script, label words and declaration tell (zones.py)."""
        # The headline's script and the label words (``发布时间：``) tell a Chinese page.
        sample = " ".join([self.root.findtext(".//title") or "", *(h.label for h in self._labels.values())])
        return site_language(self.root, sample)

    @property
    def zone(self) -> str:
        """The zone of times without an offset: the profile's, else the page's language's (zones.py)."""
        if self._zone is None:
            self._zone = self.profile.timezone or zone_of_language(self.site_language, self.url)
        return self._zone

    def _parse_date(self, raw: str | None, tz: str) -> ParsedDate:
        """``parse_date``, with a Persian page's 13xx/14xx years read in the Solar Hijri calendar."""
        solar_hijri = bool(raw) and _SOLAR_HIJRI_YEAR.search(raw or "") is not None and self.site_language == "fa"
        return parse_date(raw, tz, self.captured_at, solar_hijri=solar_hijri)

    def _solar_hijri_line(self) -> str | None:
        """A Persian page's first short line holding a Solar Hijri date, outside navigation and other posts."""
        if self.site_language != "fa":
            return None
        for text in islice(_BODY_TEXTS(self.root), 2000):
            line = normalize_space(text)
            if not line or len(line) > _DATE_LINE_CHARS or not _SOLAR_HIJRI_YEAR.search(line):
                continue
            if solar_hijri_match(line.translate(DIGITS_AND_MARKS)) is None:
                continue
            owner = text.getparent()
            if owner is not None and text.is_tail:
                owner = owner.getparent()
            if owner is not None and not self._in_nav(owner) and not self._in_other_posts(owner, ("aside", "li")):
                return line
        return None

    def _localized(self, parsed: ParsedDate) -> ParsedDate:
        """A time the page writes in UTC (``Z``: machine-written) shown in the site's zone.

        The same instant, on the day the page prints: Hexo's ``datetime="…T16:00:00Z"`` is
        the next day at +08:00. An explicit non-zero offset is the page's own and is kept.
        """
        value = parsed.value
        if value is None or value.utcoffset() or self.zone == UTC_ZONE:
            return parsed
        if self._prints_clock_of(value):
            # The page prints this UTC reading as its date and time: a generator on a UTC machine stamped
            # the time the front matter wrote (Hexo with no timezone set: byline "2019-08-08 17:34:14",
            # meta "…T17:34:14.000Z"). The printed reading is the writer's, in the site's zone.
            return ParsedDate(value.replace(tzinfo=_zone_info(self.zone)), parsed.rule, parsed.flags)
        local = value.astimezone(_zone_info(self.zone))
        if local.date() != value.date():
            shown = self._shown_days()
            if value.date() in shown and local.date() not in shown:
                return parsed  # the page prints the UTC day (Hugo's "+0000" with "Aug 24, 2019")
        return ParsedDate(local, parsed.rule, parsed.flags)

    def _prints_clock_of(self, value: datetime) -> bool:
        """Whether the page's first visible date with a time on ``value``'s day (outside navigation and
        lists of other posts) reads ``value``'s hour and minute."""
        printed = self._timed_match_on(value.date().isoformat(), prose_only=True)
        return printed is not None and (int(printed["hour"]), int(printed["minute"])) == (value.hour, value.minute)

    def _shown_days(self) -> set[date]:
        """Days the page prints in its first ``<time>`` elements and its date label."""
        if self._days is None:
            texts = [normalized_text(t) for t in islice(self.root.iter("time"), 5)]
            label = self._label("date")
            if label and label.value:
                texts.append(label.value)
            self._days = set()
            for text in texts:
                if text and len(text) <= 60:
                    parsed = self._parse_date(text, UTC_ZONE)
                    if parsed.value is not None:
                        self._days.add(parsed.value.date())
        return self._days

    def _parsed_date(self, name: str, raw: str | None, rule: str) -> tuple[str | None, list[str]]:
        parsed = self._localized(self._parse_date(raw, self.zone))
        self.trace.set(name, f"{rule}/{parsed.rule}" if raw else "none")
        return parsed.iso, list(parsed.flags)

    def _page_date_signals(self, title_element: etree._Element | None) -> Iterator[tuple[str, str]]:
        """Publish times the page states as data: meta, JSON-LD, microdata, a ``<time>`` by the headline."""
        # The article's JSON-LD datePublished with its time of day first: the structured record of the article
        # itself, where a CMS's <meta> may carry the render or update time (NBC, Medium) or a local wall time
        # written as UTC (fundus: Metro, Publico, MalayMail, IOL's sites). A day alone leaves the time to the meta,
        first_meta = next((found[1] for name in _META_DATE_NAMES if (found := self.metadata.first(name))), "")
        for key, value in self.metadata.iter_dates(("datePublished",)):
            # ... unless it names no offset and the meta's minute: the meta adds the seconds and the zone (Pelican's
            # JSON-LD "2024-02-28 21:32" beside its meta's "2024-02-28T21:32:09+08:00")
            naive = not _OFFSET_AFTER_TIME.search(value)
            if _HAS_TIME.search(value) and not (
                naive and value[:16].replace(" ", "T") == first_meta[:16].replace(" ", "T")
            ):
                yield value, f"json-ld:{key}"
        for name in _META_DATE_NAMES:
            found = self.metadata.first(name)
            if found:
                yield found[1], f"meta:{name}"
        for key, value in self.metadata.iter_dates(("datePublished", "dateCreated")):
            yield value, f"json-ld:{key}"
        for element in self._itemprops("datepublished"):
            value = element.get("content") or element.get("datetime") or text_of(element)
            if value and value.strip():
                yield value, "itemprop:datePublished"
        for element in _RDFA_WITH_CONTENT(self.root):
            # RDFa in the body (Drupal 7's "submitted" line: property="dc:date dc:created" content="…")
            properties = set((element.get("property") or "").lower().split())
            if properties & _RDFA_DATE_PROPERTIES and not self._in_other_posts(element, ("aside", "li")):
                yield element.get("content") or "", "rdfa:" + sorted(properties & _RDFA_DATE_PROPERTIES)[0]
        for element in self.root.iter("time"):
            value = element.get("datetime")
            if value and value.strip() and self._is_article_time(element, title_element):
                yield value, "time-tag"
        for name in _WEAK_META_DATE_NAMES:
            found = self.metadata.first(name)
            if found:
                yield found[1], f"meta:{name}"

    def _is_article_time(self, element: etree._Element, title_element: etree._Element | None) -> bool:
        """A ``<time>`` of the article's header or byline, not of a related post or a comment."""
        if element.get("pubdate") is not None or "published" in body_rules.tokens(element):
            return True
        if self._in_nav(element) or self._in_other_posts(element, ("aside", "li")):
            # a list of posts (related, recent, popular) or a comment; but the page's one <time> in a panel of
            # the post's own metadata (MkDocs Material's post sidebar, a <nav> of the day and the category) is
            # the post's
            return self._sole_time_of_a_meta_panel(element)
        ancestors = list(element.iterancestors())[:4]
        if title_element is not None:
            parent = title_element.getparent()
            scope = parent.getparent() if parent is not None and len(parent) <= 2 else parent
            if scope is not None and scope.tag not in ("body", "html") and (element in scope.iterdescendants()):
                return True
        return any(
            a.tag == "header" or body_rules.tokens(a) & (_DATE_TOKENS | bylines.BYLINE_TOKENS) for a in ancestors
        )

    def _in_meta_panel(self, element: etree._Element) -> bool:
        """Inside the panel beside the post that prints its day (``_sole_time_of_a_meta_panel``): the innermost
        navigation or sidebar block holding the page's one ``<time>``. MkDocs Material's post panel prints
        the author's profile there too: a byline, though it sits in a ``<nav>``."""
        panel = self._meta_panel()
        return panel is not None and (element is panel or panel in element.iterancestors())

    def _meta_panel(self) -> etree._Element | None:
        if self._meta_panel_memo is not None:
            return None if self._meta_panel_memo is False else self._meta_panel_memo  # type: ignore[return-value]
        found: etree._Element | None = None
        first = next((t for t in self.root.iter("time") if (t.get("datetime") or "").strip()), None)
        if first is not None and self._sole_time_of_a_meta_panel(first):
            # the outermost navigation or sidebar block around the <time> that holds none of the post itself:
            # Material nests the day's <nav> inside the panel's, beside the author's profile
            for ancestor in first.iterancestors():
                if ancestor.tag in ("body", "html") or next(ancestor.iter("article", "main", "h1"), None) is not None:
                    break
                if ancestor.tag in ("nav", "aside") or body_rules.tokens(ancestor) & {"sidebar", "side"}:
                    found = ancestor
        self._meta_panel_memo = found if found is not None else False
        return found

    def _sole_time_of_a_meta_panel(self, element: etree._Element) -> bool:
        """The page's only ``<time datetime>``, in a panel beside the post rather than in a list of other posts:
        MkDocs Material's blog prints a post's day in its side panel, a ``<nav>`` holding the back link, the
        author's profile, ``<li><time datetime=…>13-11-2023</time></li>`` and the category. Site navigation
        prints no days, and a list of other posts prints one a post, each beside its post's link: here the
        ``<time>``'s own item links nothing, and no comment, related or recent-posts block holds it."""
        times = [t for t in islice(self.root.iter("time"), 2) if (t.get("datetime") or "").strip()]
        if times != [element]:
            return False
        ancestors = list(element.iterancestors())
        if any(body_rules.tokens(a) & _NOT_A_META_PANEL_TOKENS for a in ancestors):
            return False
        item = next((a for a in ancestors if a.tag in ("li", "tr", "dd")), element.getparent())
        return item is not None and not any(True for _ in item.iter("a"))

    @staticmethod
    def _in_other_posts(element: etree._Element, tags: tuple[str, ...] = ("aside",)) -> bool:
        """Inside a sidebar, a widget, a comment or a list of other posts (a page wrapper aside)."""
        return any(
            (a.tag in tags or body_rules.tokens(a) & _OTHER_POSTS_TOKENS) and not body_rules.is_wrapper(a)
            for a in element.iterancestors()
        )

    def updated_at(self) -> str | None:
        """The page's last-modified time where it states one (meta, JSON-LD, microdata, 更新时间)."""
        tz = self.zone
        candidates: list[tuple[str, str]] = []
        for name in _META_UPDATED_NAMES:
            found = self.metadata.first(name)
            if found:
                candidates.append((found[1], f"meta:{name}"))
        candidates += [(v, f"json-ld:{k}") for k, v in self.metadata.iter_dates(("dateModified",))]
        for element in self._itemprops("datemodified"):
            value = element.get("content") or element.get("datetime") or text_of(element)
            candidates.append((value, "itemprop:dateModified"))
        label = self._label("updated")
        if label and label.value:
            candidates.append((label.value, f"label:{label.label}"))
        for raw, rule in candidates:
            parsed = self._localized(self._parse_date(raw, tz))
            if parsed.value is not None:
                if rule.startswith("label:"):
                    self._use_label("updated")
                self.trace.set("updated_at", f"{rule}/{parsed.rule}")
                return parsed.iso
        self.trace.set("updated_at", "none")
        return None

    def _date_near(self, title_element: etree._Element) -> tuple[str | None, str]:
        """An unlabelled date in the short lines right after the title, or inside it after the headline.

        PHPCMS v9 writes its meta line inside the ``<h1>`` (``Headline<br/><span>2024-11-15 19:35</span>``);
        English themes write the day with a month name (``Posted on November 13, 2024``).
        """
        inside = [node for node in title_element.iterdescendants() if isinstance(node.tag, str)]
        followers = (
            node for seen, e in enumerate(self._after_headline(title_element)) if seen <= 4 for node in e.iter()
        )
        # A node's text, and the text right after a node inside the meta line: an icon's tail is its date
        # (``<i class="fa fa-calendar"></i>2017-08-20``, held-out jekyll-melonteam).
        lines = (
            (node, text, is_tail)
            for node in (*inside, *followers)
            for text, is_tail in (
                (node.text, False),
                (node.tail if node.getparent() is not title_element.getparent() else None, True),
            )
        )
        for node, raw, is_tail in lines:
            owner = node.getparent() if is_tail else node
            line = normalize_space(raw or "")
            if not line or len(line) > 80:
                continue
            searched = line
            found = DATE_IN_LINE.search(line) or _RELATIVE_DATE_LINE.match(line)
            if not found and _SOLAR_HIJRI_YEAR.search(line) and self.site_language == "fa":
                searched = line.translate(DIGITS_AND_MARKS)
                found = solar_hijri_match(searched)
            if found:
                # A block of its own holding the date alone (``div.date`` "1392/10/17" under a Persian report's
                # title, beside its text in one block) is the page's date line: read, it is no text of the post.
                rest = _DATE_LEFTOVER.sub("", searched.replace(found.group(0), "", 1))
                # Or the line right under the headline that opens with the day and names, after it, the column or
                # the source without a sentence ("2017-07-10 &nbsp; 某市公交新闻", a bus site's ``p.from``).
                named = (
                    line.startswith(found.group(0))
                    and len(rest) <= _DATE_LINE_NAME
                    and not _CLAUSE_MARK.search(rest)
                    and node is title_element.getnext()
                )
                if (not rest or named) and not is_tail and node not in inside and normalized_text(node) == line:
                    self._date_line = node
                return line, "near-title"
            english = MONTH_NAME_DATE.search(line)
            if english:
                # A block of its own holding the day alone ("June 14, 2021", a Hugo theme's ``p.post-date`` under
                # the headline and above the text's block) is the date line, as a numeric one is: read, it leaves
                # the text.
                rest = _DATE_LEFTOVER.sub("", line.replace(english.group(0), "", 1))
                if not rest and not is_tail and node not in inside and normalized_text(node) == line:
                    self._date_line = node
                return english.group(0), "near-title"
            numeric = numeric_day_month_year(line)
            if numeric and self._in_short_block(owner):
                # "por Níckolas Silva em 22/10/2018": the day and the month as numbers, read in the order the
                # site's own dates settle (numeric_order); left to the later rules where nothing settles it.
                order = self._numeric_order(numeric)
                day = numeric_day(numeric, order) if order else None
                if day and not self._url_dates_another_day(day):
                    clock = _CLOCK_AFTER.match(line, numeric.end())
                    return (f"{day} {clock.group(1)}" if clock else day), "near-title:numeric"
            short = _SHORT_YEAR_DAY.search(line) if self.site_language in _YEAR_FIRST_LANGUAGES else None
            if short and self._in_short_block(owner):
                year, month, day = short.groups()
                return f"20{year}-{month}-{day}", "near-title:short-year"
            # Other languages' dates: the day first with dots (``10.12.2017``), or a month's name in any
            # language (``Par Tony le 22 Septembre 2018``, ``14. März 2019``).
            other = day_first_date(line) or word_month_date(line)
            if other and self._in_short_block(owner) and not self._url_dates_another_day(line[other.start() :]):
                # a block holding this date alone ("6 de abril de 2020" under the headline) is the date line,
                # as a numeric one is: read, it leaves the text
                alone = not _DATE_LEFTOVER.sub("", line[: other.start()] + line[other.end() :])
                if alone and not is_tail and node not in inside and normalize_space(node.text_content()) == line:
                    self._date_line = node
                return line[other.start() :], "near-title"  # with the time after it: "13. Mai 2026 um 15:44"
        return None, "none"

    def _numeric_order(self, date: re.Match[str]) -> str | None:
        """The order of a numeric date's day and month (``"dmy"``/``"mdy"``): its own numbers where one is over
        12, else the other numeric dates the page prints (a box of other posts, a comment's day), else the day
        a listing printed beside this page (kept in the order that listing's dates settle, discovery/page.py)."""
        own = numeric_order_of(date)
        if own:
            return own
        texts = (str(text) for text in islice(_BODY_TEXTS(self.root), 2000) if "/" in text or "-" in text)
        on_page = numeric_date_order(texts)
        if on_page:
            return on_page
        listed = self._parse_date(self.listing_date, self.zone).value if self.listing_date else None
        if listed is not None:
            for order in ("dmy", "mdy"):
                if numeric_day(date, order) == listed.date().isoformat():
                    return order
        return None

    @staticmethod
    def _after_headline(title_element: etree._Element) -> Iterator[etree._Element]:
        """The blocks after the headline: its siblings, or, for a headline that is a table cell alone in its row
        (a CMS's table layout: the headline's row, the date's row, the text's row), the rows after its row.

        A headline with nothing after it in its table cell, which holds nothing but it (``<td><h1>Headline</h1></td>``,
        a ``div.title`` alone in its cell, row and table), is read from the outermost such table part: the blocks
        after that are the ones after the headline (the date line's own table, the next row)."""
        headline = normalized_text(title_element)
        for _ in range(_HEADLINE_WRAPPERS):
            parent = title_element.getparent()
            if (
                not headline
                or parent is None
                or parent.tag not in _TABLE_PARTS  # a table layout's wrappers only: a theme's <header> holding
                # the <h1> alone is followed by the text, whose event days are no date line
                or any(isinstance(e.tag, str) and normalized_text(e) for e in title_element.itersiblings())
                or normalized_text(parent) != headline
            ):
                break
            title_element = parent
        row = title_element.getparent()
        if (
            title_element.tag in ("td", "th")
            and row is not None
            and row.tag == "tr"
            and not any(
                cell is not title_element and normalized_text(cell) for cell in row if isinstance(cell.tag, str)
            )
        ):
            return cast(Iterator[etree._Element], row.itersiblings("tr"))
        return cast(Iterator[etree._Element], title_element.itersiblings())

    def _url_dates_another_day(self, raw: str) -> bool:
        """The URL names a day (``/news/2024-03-11-dia-internacional…``) and ``raw`` another: a subtitle's or
        the text's day ("Lisboa 08-03-2024", the event's), not the post's, which the URL gives."""
        in_url = _URL_DAY.search(self.url)
        if not in_url:
            return False
        shown = self._parse_date(raw, self.zone).value
        url_day = self._parse_date("-".join(in_url.groups()), self.zone).value
        return shown is not None and url_day is not None and shown.date() != url_day.date()

    @staticmethod
    def _in_short_block(owner: etree._Element | None) -> bool:
        """``owner``'s block (its nearest paragraph, list item, cell or division) is a short line: a meta
        line ("Par Tony le 22 Septembre 2018"), not a paragraph of text whose sentence mentions a day ("Dieses
        Jahr vom 09-15.09.2019 findet wieder die Regio Challenge statt")."""
        return ArticlePage._short_line_of(owner) is not None

    @staticmethod
    def _short_line_of(owner: etree._Element | None) -> etree._Element | None:
        """The short line holding ``owner`` (its block, or an inline element standing as a line of its own),
        None when ``owner`` is part of a longer block of text."""
        if owner is None:
            return None
        block = next((e for e in (owner, *owner.iterancestors()) if e.tag in _LINE_BLOCKS), owner)
        if len(normalized_text(block)) <= _META_LINE_CHARS:
            return block
        # An inline element standing as a line of its own among its block's blocks is that line: Drupal's
        # ``<div class="node"><span class="submitted">2 január, 2017 - 01:10 poslal …</span><div class="content">``
        # (the post's meta line, first in the post's block, whose text mentions other days).
        inline: etree._Element | None = owner
        while inline is not block and inline is not None:
            if _own_line(inline) and len(normalized_text(inline)) <= _META_LINE_CHARS:
                return inline
            inline = inline.getparent()
        return None

    def keywords(self) -> list[str]:
        raw, rule = self._labelled("keywords", "keywords")
        self.trace.set("keywords", rule)
        return split_keywords(raw)

    # --- body --------------------------------------------------------------------------------

    def content(self, title_element: etree._Element | None = None) -> tuple[etree._Element | None, str]:
        """The element holding the article text and the rule that found it (the tree is not changed)."""
        hit = self._profile_value("body")
        if hit:
            return hit[0], f"profile:{hit[1]}"
        voted, self._outside_article = body_rules.find_article(self.root)
        beside_teasers = self._sole_article_beside_teasers(voted)
        if beside_teasers is not None:
            self._outside_article = []
            if beside_teasers[1] in (body_rules.ARTICLE_PICTURE, "empty-article"):
                return beside_teasers
            voted = beside_teasers[0]
        if voted is not None and title_element is not None:
            # A post that is a table of figures: no cell of it could vote, and the footer's lines won.
            table = body_rules.data_table_after_headline(voted, title_element)
            if table is not None:
                self._outside_article = []
                return table, body_rules.DATA_TABLE_AFTER_HEADLINE
        post = self._headline_post(title_element) if title_element is not None else None
        if (
            voted is not None
            and post is not None
            and body_rules.is_wrapper(voted)
            and voted in post.iterancestors()
            and not body_rules.card_and_its_text(voted, post)
        ):
            # The votes went to the page's wrapper (most of the page's text: the menus' and the footer's too), a
            # vote for no block of it; the headline's own post inside it is the text (a VSB news template whose
            # paragraphs are short lines between pictures: "图1：…"). Not when the wrapper's paragraphs of prose
            # lie mostly outside that post: a news CMS builds its story of sibling modules (``article >
            # div.con*``: the headline's teaser module, then each section's), and the headline's module is
            # only the first of them (WDR's and MDR's pages gave their video teaser as the text). A post the page
            # marks as its ``<article>`` is the post whatever the prose beside it (related posts' quotes).
            near = body_rules.find_content(post)
            if (
                near is not None
                and self._holds_more_than_headline(near, title_element)
                and (post.tag in ("article", "main") or body_rules.holds_most_prose_of(near, voted))
            ):
                voted, self._outside_article = near, []
        if (
            voted is not None
            and post is not None
            and voted is not post
            and post not in voted.iterancestors()
            and voted not in post.iterancestors()
        ):
            near = body_rules.find_content(post)
            if (
                near is not None
                and near is not post.getparent()
                and (
                    self._outweighs(self._text_beside_headline(near, title_element), body_rules.text_length(voted))
                    or self._short_post_under_its_date(near, title_element, voted)
                )
            ):
                voted, self._outside_article = near, []  # the votes went to a box away from the headline
            elif (
                near is not None
                and title_element is not None
                and not self._text_beside_headline(voted, title_element)
                and not self._text_beside_headline(near, title_element)
                and not any(a.tag == "header" for a in title_element.iterancestors())
                and not any(_marks_main(a) for a in (voted, *voted.iterancestors()))
                and not self._sentences_after_headline_band(voted, title_element)
            ):
                # Neither the block the votes went to nor the headline's post holds a line of prose: a post of
                # pictures, of one link or of nothing, beside a column's widget of short lines (Hexo Icarus'
                # profile card "name / motto / city / Follow me" in the sidebar of every page). The widget
                # is no text of this post; the post's own block, however little it holds, is. Not where the
                # headline stands in a header band and the votes went to the page's marked main content or an
                # article (a Jekyll image post's caption, below the band that holds the headline alone).
                if not self._holds_more_than_headline(near, title_element):
                    return post, "empty-article"
                voted, self._outside_article = near, []
            elif body_rules.in_page_landmark(voted) and post.tag in ("article", "main"):
                if not self._holds_more_than_headline(post, title_element):
                    # Its header alone (a link back, the headline, the date): an empty post, not the footer's
                    return post, "empty-article"
                # A post of one short line or one link ("📄 Descargar PDF") has no paragraph to vote for it,
                # and the votes went to the page's footer or top bar (an address, a phone number): HTML's
                # landmarks of the page's furniture, away from the headline, which then hold most of the
                # page's text. The headline's own post, however short, is the text (held-out astro-adecra:
                # 66 posts took the association's address).
                voted, self._outside_article = post, []
        if voted is not None and post is not None and self._empty_post_in_link_lists(voted, post, title_element):
            return post, "empty-article"
        if voted is not None and post is not None and title_element is not None:
            under_date = self._post_before_footer(voted, post, title_element)
            if under_date is not None:
                self._outside_article = []
                return under_date, POST_BEFORE_FOOTER
        if voted is not None and title_element is not None:
            marked = body_rules.after_end_marker(voted, title_element)
            if marked is not None:
                # The votes went to what follows the text's end marker ("● 相关推荐": a box of related links and
                # the site's disclaimer after it), a post of one sentence having fewer: the text is the longest
                # block between the headline's and the marker.
                voted, self._outside_article = marked, []
            self._outside_article = body_rules.with_opening_kept(voted, title_element, self._outside_article)
            voted = self._past_the_header(voted, title_element)
            main = body_rules.main_after_headline(voted, title_element)
            if main is not None:
                # The page's own mark for its content, however little text it holds (a PDF in a frame).
                self._outside_article = []
                return main, body_rules.MAIN_AFTER_HEADLINE
            block = body_rules.headline_block(voted, title_element)
            if block is not None:
                voted, self._outside_article = block, []
            else:
                own = body_rules.headline_own_block(voted, title_element)
                if own is not None:
                    voted, self._outside_article = own, []
        declared = body_rules.declared_content(self.root, voted, title_element)
        if declared is not None and declared is not voted:
            self._outside_article = []
            return declared, "itemprop:articleBody"
        if voted is not None and title_element is not None:
            section = self._past_trail_before_headline(voted, title_element)
            if section is not voted:
                self._outside_article = []
                return section, "main-content"
        return voted, "main-content"

    def _past_trail_before_headline(self, voted: etree._Element, title_element: etree._Element) -> etree._Element:
        """The headline's section when the votes went to a trail of links before it.

        A post whose text is one link (its document, "<a>Law of … on Certified Public Accountants</a>") has
        no line of its own to vote with, and the breadcrumb above the headline ("HOME > Laws, Regulations
        and Guideline") wins with its few unlinked marks. A post's text follows its headline; the trail is
        the page's way to it. The headline's outermost block apart from the trail is the post."""
        if title_element is voted or voted in title_element.iterancestors():
            return voted
        if not body_rules.is_trail(voted):
            return voted
        for element in self.root.iter():
            if element is title_element:
                return voted  # the headline comes first: the votes went below it
            if element is voted:
                break
        section = title_element
        for ancestor in title_element.iterancestors():
            if ancestor.tag in ("body", "html") or voted in ancestor.iterdescendants():
                break
            section = ancestor
        if section is title_element:
            return voted
        near = body_rules.find_content(section)  # the section's text block, when one wins its votes
        return near if near is not None else section

    @staticmethod
    def _sole_article_beside_teasers(voted: etree._Element | None) -> tuple[etree._Element, str] | None:
        """The page's one ``<article>`` when the votes went outside it to a list of other posts.

        A post of a picture, or of a few short lines, has too little text to outvote the teasers beside it
        ("Related stories": eight headline links, each with a dated excerpt), yet the page marks up its own
        post as its one ``<article>``. So too a post of tables and lists beside cards whose whole text is
        their links' (Hexo Butterfly's related posts, each card one link around its cover, day, title and
        excerpt: the excerpts voted, the post's few paragraphs lost). Its text block is the body; an article
        with no line of prose is its picture, with no text (a WordPress notice posted as a scan), never the
        teasers' excerpts."""
        article = body_rules.sole_article(voted.getroottree().getroot()) if voted is not None else None
        if article is None or voted is None or voted is article:
            return None
        if article in voted.iterancestors() or voted in article.iterancestors():
            return None
        teasers = body_rules.is_teaser_list(voted)
        if not teasers and not body_rules.is_linked_cards(voted):
            return None
        if ArticlePage._has_own_text(article):
            near = body_rules.find_content(article)
            return (near, "main-content") if near is not None else None
        if article.find(".//img") is not None:
            return article, body_rules.ARTICLE_PICTURE
        if not teasers:
            # A post of links alone (an index of the writer's other posts) is its links; a post that is a chart
            # drawn by a script (an empty container, the script's data) has no text, and the cards beside it
            # are not its text, nor what a library makes of them (their excerpts).
            return (article, "main-content") if normalized_text(article) else (article, "empty-article")
        return None

    def _links_named_as_title(
        self, container: etree._Element, title: str | None, title_element: etree._Element | None
    ) -> list[etree._Element]:
        """Links in the text named as the post that lead to its document, not to a page (a file, or no target
        left: TRS's ``<a href="javascript:;" oldsrc="….pdf">Name of the rules</a>`` under the headline "Name of
        the rules"). The line repeating the headline atop a text is the headline again; the post's document is
        its text."""
        if not title:
            return []
        found = []
        for link in container.iter("a"):
            if normalized_text(link) != title or (title_element is not None and title_element in link.iterancestors()):
                continue
            if title_element is link or any(a.tag in _HEADING_TAGS for a in link.iterancestors()):
                continue  # a heading linking the post: its headline
            href = (link.get("href") or "").strip()
            if href and not href.lower().startswith("javascript:") and not names_a_file(href):
                continue  # a link to a page (the post itself, its other editions, the series'): the headline again
            found.append(link)
        return found

    @staticmethod
    def _in_sole_article(container: etree._Element) -> bool:
        article = body_rules.sole_article(container.getroottree().getroot())
        return article is not None and (container is article or article in container.iterancestors())

    @staticmethod
    def _has_own_text(block: etree._Element) -> bool:
        """A line of the block's own that is neither a link's label (share buttons) nor a date or meta line."""
        for text in _UNLINKED_TEXTS(block):
            line = normalize_space(text)
            if (
                line
                and _WORD_CHARS.search(line)
                and not body_rules.is_meta_line(line)
                and not (len(line) <= _META_LINE_CHARS and shows_a_date(line))
            ):
                return True
        return False

    def _post_before_footer(
        self, voted: etree._Element, post: etree._Element, title_element: etree._Element
    ) -> etree._Element | None:
        """The block after the headline's date line, in the headline's post, when the votes went to the page's
        last text, after the post (its footer: an address, a copyright line). A post of a line ("申请表见附件。",
        the form is an attachment) or of a picture (a notice's scan, TRS WCM's ``td#content`` holding one
        ``<img>``) has too little text to outvote the footer; the first block under its headline and date line
        holding text or an image is its content. The page's label lines may sit between the headline and its
        date line ("来源： 中国福彩网" over "2019-04-02 15:38")."""
        if voted is post or post in voted.iterancestors() or voted in post.iterancestors():
            return None
        order = {id(e): n for n, e in enumerate(self.root.iter()) if e is post or e is voted}
        if order.get(id(post), 0) > order.get(id(voted), 0) or self._text_follows(voted):
            return None  # the votes went before the post, or to a block some text still follows
        after_headline = False
        date_line: etree._Element | None = None
        for element in post.iter():
            if element is title_element:
                after_headline = True
                continue
            if (
                not after_headline
                # a meta line may be a <small> ("<small class="sj-zh">2019-04-02 15:38</small>", Bootstrap's)
                or (element.tag not in _CONTENT_BLOCKS and not (date_line is None and element.tag == "small"))
                or title_element in element.iterdescendants()
                or title_element in element.iterancestors()  # the headline's own parts (its <font>)
                or (date_line is not None and date_line in element.iterancestors())
            ):
                continue
            text = normalized_text(element)
            if date_line is None:
                if text and self._is_date_line(text):
                    date_line = element
                elif text and not self._in_label_line(element):
                    return None  # a line under the headline that is no date line: another layout
                continue
            if text or element.find(".//img") is not None:
                return element
        return None

    def _in_label_line(self, element: etree._Element) -> bool:
        """``element`` is, or is inside, one of the page's label lines ("来源： 中国福彩网" between the headline and
        its date line: the post's meta, no line of another layout)."""
        labels = self._label_elements
        return element in labels or any(a in labels for a in element.iterancestors())

    @staticmethod
    def _text_follows(voted: etree._Element) -> bool:
        """Text follows ``voted`` in the page: more than a few words outside links. A footer's last links (a
        TRS portal's "网站地图" and its public-security record badge, "吉公网安备…号", after the copyright block the
        votes went to) end the page as its copyright line does; a paragraph after the block is text."""
        if not _TEXT_AFTER(voted):
            return False
        return weighted_length(" ".join(str(t) for t in _UNLINKED_TEXT_AFTER(voted))) > _FOOTER_TAIL

    def _is_date_line(self, text: str) -> bool:
        """A meta line holding the post's day, as a line by the headline prints it."""
        return len(text) <= _META_LINE_CHARS and (
            shows_a_date(text)
            or (self.site_language in _YEAR_FIRST_LANGUAGES and _SHORT_YEAR_DAY.search(text) is not None)
        )

    def _empty_post_in_link_lists(
        self, voted: etree._Element, post: etree._Element, title_element: etree._Element | None
    ) -> bool:
        """The headline's ``<article>`` holds nothing but its header (a title-only announcement), and the
        block the votes went to holds it and, beside it, little but links: a "Read more" box of other posts,
        share buttons. That box is no text of this post, which has none (hugo-sjtug's empty posts)."""
        if post.tag != "article" or title_element is None or voted not in post.iterancestors():
            return False
        if self._text_beside_headline(post, title_element) or post.find(".//img") is not None:
            return False
        beside = weighted_length(normalized_text(voted)) - weighted_length(normalized_text(post))
        linked = sum(
            weighted_length(normalized_text(a))
            for a in voted.iter("a")
            if a is not post and post not in a.iterancestors()
        )
        return beside > 0 and linked > fallback.LINK_DENSE * beside

    def _past_the_header(self, voted: etree._Element, title_element: etree._Element) -> etree._Element:
        """The block after the article's header when the votes went to the header itself.

        An image post's only text is its caption, so the meta line beside the headline (Discuz's
        ``2024-11-11 06:58 | 发布者: admin | 原作者: 王芳``) can outvote it: a block holding nothing but
        the headline and label lines is no article, and the block after it (with text or an image) is.
        """
        if title_element is not voted and voted not in title_element.iterancestors():
            return voted
        header = {title_element, *self._label_elements}
        rest = [
            normalize_space(text)
            for text in voted.xpath(".//text()")
            if not any(h is text.getparent() or h in text.getparent().iterancestors() for h in header)
        ]
        if weighted_length("".join(rest)) > 10:
            return voted
        for sibling in islice(voted.itersiblings(), 3):
            if isinstance(sibling.tag, str) and (normalized_text(sibling) or sibling.find(".//img") is not None):
                return sibling
        return voted

    def body(
        self,
        title: str | None,
        title_element: etree._Element | None,
        found: tuple[etree._Element | None, str] | None = None,
    ) -> dict[str, Any]:
        container, rule = found or self.content()
        self._measures = Measures()  # the cleaning below changes the tree: what was measured is no longer so
        if rule == "empty-article":
            # The post's own <article> holds its header alone: it has no text, and the page's link lists
            # around it are not its text (nor what a library would make of them).
            self.trace.set("body", rule)
            return {"body": "", "body_html": "", "images": []}
        if rule == body_rules.ARTICLE_PICTURE and container is not None:
            # The post is its picture: no text, and the teasers beside it are not its text either.
            self.trace.set("body", rule)
            return {"body": "", "body_html": "", "images": body_rules.image_urls(container, self.url)}
        # Label lines are metadata and leave the body, except those inside the article text
        # that no field took (an event's "时间：", an in-body "作者：X 图片：Y" credit).
        drop = [
            e
            for e in self._label_elements
            if e in self._used_owners
            or (e not in self._text_labels and not (self._inside_text(e, container) or self._in_caption(e, container)))
        ]
        drop += self._outside_article  # blocks beside a split article's parts that are not the article
        if self._date_line is not None and self.trace.rules.get("published_at", "").startswith("near-title"):
            drop.append(self._date_line)
        drop += self._home_trails()  # "Home / News" atop the text: the page's place, a category, not its text
        if container is not None:
            summary = body_rules.described_summary(
                container, [*self.metadata.all("description"), *self.metadata.all("og:description")], title_element
            )
            if summary is not None:
                drop.append(summary)  # "导读：…", the page's description over the text
        if container is not None and title_element is not None:
            drop += body_rules.before_headline(container, title_element)
        if title_element is not None:
            drop.append(title_element)
            header = body_rules.headline_header(container, title_element) if container is not None else None
            if header is not None:
                drop.append(header)  # the post's introduction: headline, standfirst, date and byline
        if container is None or any(container is d or d in container.iterancestors() for d in drop):
            # The "content" is the headline or the meta line: no block of ours holds an article.
            found_by_library = (
                None
                if rule.startswith("profile:") or not self._library_allowed()
                else fallback.library_body(self._html, self.url, "")
            )
            if found_by_library is not None:
                self.trace.set("body", "trafilatura")
                return {"body": found_by_library[0][:MAX_BODY_CHARS], "body_html": found_by_library[1], "images": []}
            from_script = self._embedded_body(rule)
            if from_script is not None:
                return from_script
            self.trace.set("body", "none")
            return {"body": "", "body_html": "", "images": []}
        # Before cleaning takes the headline out. The page's one <article> is its post as surely, wherever the
        # headline stands (a theme's title banner above the content column).
        by_headline = self._by_headline(container, title_element) or self._in_sole_article(container)
        # The text's own label lines (an event's time atop a notice) stay, even as its first line.
        own = [e for e in [*self._text_labels, *self._code_label_lines] if e not in drop]
        own += self._links_named_as_title(container, title, title_element)
        lines = body_rules.clean_container(
            container, drop, self.profile.boilerplate, site_of(netloc_of(self.url)), keep=own
        )
        own_lines = frozenset(normalized_text(e) for e in own)
        paragraphs = body_rules.paragraphs(
            container,
            title,
            skip=self._credit_lines,
            keep=own_lines,
            names=self._author_names,
            lines=lines,
            url=self.url,
        )
        text = normalize_paragraphs(paragraphs)
        # Generic mode: a block failing the quality gate gives way to trafilatura, unless the
        # page marks it up as the body or it sits by the headline (a short post is short).
        has_content = bool(text) or container.find(".//img") is not None  # an image post is content
        if (
            not rule.startswith("profile:")
            and self._library_allowed()
            and rule not in ("itemprop:articleBody", body_rules.MAIN_AFTER_HEADLINE, POST_BEFORE_FOOTER)
            and not (has_content and by_headline and not self._longer_article_elsewhere(container, text))
        ):
            density = body_rules.link_density(container)
            # The page's own text, not its menus and link lists (a short post beside a long sidebar
            # of links is no fragment of a longer article); measured only for a short body.
            if fallback.body_fails_gate(text, density, lambda: body_rules.unlinked_length(self.root)):
                found_by_library = fallback.library_body(self._html, self.url, text)
                if found_by_library is not None:
                    self.trace.set("body", "trafilatura")
                    return {
                        "body": found_by_library[0][:MAX_BODY_CHARS],
                        "body_html": found_by_library[1],
                        "images": body_rules.image_urls(container, self.url),
                    }
        if not text:
            from_script = self._embedded_body(rule)
            if from_script is not None:
                return {**from_script, "images": body_rules.image_urls(container, self.url)}
        if len(text) > MAX_BODY_CHARS:
            text = text[:MAX_BODY_CHARS]
            self.trace.set("truncated", "body")
        body_html = body_rules.sanitized_html(container, self.url)
        if "<p" not in body_html:  # <br>-separated text: give each paragraph its own <p>
            body_html = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p)
        self.trace.set("body", rule)
        return {
            "body": text,
            "body_html": body_html[: 4 * MAX_BODY_CHARS],
            "images": body_rules.image_urls(container, self.url),
        }

    def _embedded_body(self, rule: str) -> dict[str, Any] | None:
        """Generic mode, no text in any block: the article a script carries for the browser to render."""
        if rule.startswith("profile:") or not self._library_allowed():
            return None
        found = embedded_body(self._html)
        if found is None:
            return None
        key, paragraphs = found
        self.trace.set("body", f"script:{key}")
        return {
            "body": normalize_paragraphs(paragraphs)[:MAX_BODY_CHARS],
            "body_html": as_html(paragraphs),
            "images": [],
        }

    @staticmethod
    def _sentences_after_headline_band(voted: etree._Element, title_element: etree._Element) -> bool:
        """The headline stands in a band of its own (a "hero" section: the menu, the headline, one subtitle line
        that is no sentence), and the votes went to a block after that band whose lines are sentences, however
        short: a post of one line ("Небольшой рассказ о PyEnv.") under a band that a ``<header>`` would mark, had
        the theme used one. Not a column's widget of short lines beside a post (a profile card's "name / motto /
        Follow me": no sentence), nor a block before the headline."""
        band = title_element
        for ancestor in title_element.iterancestors():
            if voted in ancestor.iterdescendants():
                break
            band = ancestor
        if band is title_element or band.tag in ("body", "html"):
            return False
        if not any(sibling is voted or voted in sibling.iterdescendants() for sibling in band.itersiblings()):
            return False
        if band.find(".//img") is not None or band.find(".//iframe") is not None:
            return False
        title = normalize_space(title_element.text_content())
        lines = [normalize_space(line) for line in block_text(band)]
        after = lines[lines.index(title) + 1 :] if title in lines else None
        if after is None or len([line for line in after if line]) > 1 or any(_SENTENCE_END.search(x) for x in after):
            return False
        text = [line for line in map(normalize_space, block_text(voted)) if line]
        return bool(text) and all(_SENTENCE_END.search(line) for line in text)

    @staticmethod
    def _holds_more_than_headline(post: etree._Element, title_element: etree._Element) -> bool:
        """The post holds something besides its header: a line of text after the headline that is no
        date or meta line, a picture or a frame (a PDF). The short lines before the headline (a link back
        to the listing) are the page's way to it."""
        if post.find(".//img") is not None or post.find(".//iframe") is not None:
            return True
        title = normalize_space(title_element.text_content())
        before = {
            normalize_space(line) for e in body_rules.before_headline(post, title_element) for line in block_text(e)
        }
        lines = [
            line
            for block in block_text(post)
            if (line := normalize_space(block))
            and line != title
            and line not in before
            and not body_rules.is_meta_line(line)
            and not (len(line) <= _META_LINE_CHARS and shows_a_date(line))
        ]
        return bool(lines)

    @staticmethod
    def _text_beside_headline(block: etree._Element, title_element: etree._Element) -> list[int]:
        """Characters of each of ``block``'s sentence-long lines, besides its headline and meta lines.

        The headline's post may be only its header (``header > div.post-heading > h1 + span.meta``)
        with the article in a sibling ``<article>``: a header holds a headline and a date line,
        never the text that could outweigh the article beside it.
        """
        title = normalized_text(title_element)
        return [
            len(line)
            for line in map(normalize_space, block_text(block))
            if line != title and weighted_length(line) >= _SENTENCE_LINE and not body_rules.is_meta_line(line)
        ]

    @staticmethod
    def _outweighs(beside_headline: list[int], voted_length: float) -> bool:
        """Whether the text by the headline is the post rather than the block the votes went to.

        Text of several lines there is a post the votes missed when it holds a third of the voted
        block's. A single line is a header's standfirst (``h1 + p`` in a page-title banner, the article
        in the section after it): it is the post only when it is as long as the voted block.
        """
        share = 1.0 if len(beside_headline) == 1 else 0.3
        return bool(beside_headline) and sum(beside_headline) >= share * voted_length

    def _short_post_under_its_date(
        self, block: etree._Element, title_element: etree._Element, voted: etree._Element
    ) -> bool:
        """A short post (one line of text) under its headline and date line, while the votes went to a box
        titled by a heading of its own: 7Robot's "Par Tony le 4 Mars 2019" and one sentence, beside the
        site's "Venez nous découvrir !" box on every page. The one line after a date line is the post's text,
        not a standfirst (a banner's ``h1 + p`` holds no date), and a box that opens with its own heading is
        not the headline's article."""
        if len(self._text_beside_headline(block, title_element)) != 1:
            return False
        first_text = next((e for e in voted.iter() if isinstance(e.tag, str) and normalize_space(e.text or "")), None)
        if first_text is None or first_text.tag not in _HEADING_TAGS:
            return False
        title = normalized_text(title_element)
        lines = [normalize_space(line) for line in block_text(block)]
        after = lines[lines.index(title) + 1 :] if title in lines else []
        return bool(after) and len(after[0]) <= _META_LINE_CHARS and shows_a_date(after[0])

    @staticmethod
    def _headline_post(title_element: etree._Element) -> etree._Element | None:
        """The headline's own post: its nearest ``<article>``/``<main>``, else its third ancestor."""
        node: etree._Element | None = title_element
        fallback_scope = None
        for depth in range(5):
            node = node.getparent() if node is not None else None
            if node is None or node.tag in ("body", "html"):
                break
            if node.tag in ("article", "main"):
                return node
            if body_rules.is_wrapper(node):
                break
            if depth == 2:
                fallback_scope = node
        return fallback_scope

    def _library_allowed(self) -> bool:
        """The libraries parse the page again without our caps: only pages within them (never hostile ones)."""
        return self.root.get(TRUNCATED_ATTR) is None and len(self._html) <= MAX_HTML_CHARS

    def _longer_article_elsewhere(self, container: etree._Element, text: str) -> bool:
        """A short block by the headline, while another block holds an article's run of paragraphs.

        A short post is the only prose on its page; a chat or newsletter box beside the headline
        of a long article (that the votes missed) is not the post, and must face the gate.
        """
        length = weighted_length(text)
        if length >= fallback.SHORT_BODY:
            return False
        longest = body_rules.longest_article_elsewhere(self.root, container)
        return longest >= max(fallback.SHORT_BODY, fallback.PAGE_MULTIPLE * length)

    @staticmethod
    def _by_headline(container: etree._Element, title_element: etree._Element | None) -> bool:
        """The headline is in the block or in one of its five nearest ancestors: the post itself."""
        if title_element is None:
            return False
        scope: etree._Element | None = container
        for _ in range(6):
            if scope is None or scope.tag in ("body", "html"):
                return False
            if title_element in scope.iterdescendants():
                return True
            scope = scope.getparent()
        return False

    def language(self, text: str) -> str | None:
        detected = detect_language(text)
        if detected:
            self.trace.set("language", "text")
            return detected
        edition = self.profile.languages.get(netloc_of(self.url))
        if edition:
            self.trace.set("language", "profile")
            return edition
        lang = (self.root.get("lang") or "").lower()[:2] or None
        self.trace.set("language", "html-lang" if lang else "none")
        return lang

    def article_id(self) -> str | None:
        """From the profile's pattern, else a real id in the URL's path or query (never a port or a date)."""
        pattern = self.profile.article_id
        if pattern:
            match = pattern.search(self.url)
            self.trace.set("article_id", "profile")
            return match.group(1) if match else None
        found, rule = article_id_from_url(self.url)
        self.trace.set("article_id", rule)
        return found

    def to_record(self) -> dict[str, Any]:
        with unchanged(self._measures):  # every field but the body only reads the tree
            record, title, title_element, found = self._fields_read()
        record.update(self.body(title, title_element, found))  # its cleaning changes the tree
        record["language"] = self.language(f"{title or ''} {record['body']}")
        record["encoding"] = self.encoding
        record["extractor_version"] = EXTRACTOR_VERSION
        truncated = self.root.get(TRUNCATED_ATTR)
        if truncated:  # the page was cut at an extraction cap before parsing (html.MAX_*)
            self.trace.set("truncated", " ".join(filter(None, (truncated, self.trace.rules.get("truncated")))))
        record["truncated"] = "truncated" in self.trace.rules
        record["rules"] = dict(self.trace.rules)
        return _without_controls(record)

    def _fields_read(
        self,
    ) -> tuple[dict[str, Any], str | None, etree._Element | None, tuple[etree._Element | None, str]]:
        """The fields before the body, the title and its element, and the content element found."""
        title, title_element = self.title()
        found = self.content(title_element)
        published_at, date_flags = self.published_at(title_element, found[0])
        authors, author = self.authors(title_element, found[0])
        # A line atop the text naming the author is its byline, and leaves the body; not when the byline
        # read is the meta line's by the headline (rule ".../shown"): a line of the text naming the same
        # organisation ("🏅 Glasgow 2026 Pre-Sale Now Open! 🏅" by "Glasgow 2026") is the text's own; nor when
        # the author is the site's own name or account after the date (".../site": "See the list gathered by
        # Code for Nepal volunteers", "Email: codefornepal@gmail.com").
        rule = self.trace.rules.get("author", "")
        self._author_names = [] if rule.endswith(("/shown", "/site")) else authors
        record: dict[str, Any] = {
            "url": self.url,
            "site": netloc_of(self.url),
            "article_id": self.article_id(),
            "title": title,
            **self.source(),
            "author": author,
            "authors": authors,
            "published_at": published_at,
            "published_at_flags": date_flags,
            "updated_at": self.updated_at(),
            "keywords": self.keywords(),
            "categories": self.categories(title, title_element),
        }
        return record, title, title_element, found


def _without_controls(record: dict[str, Any]) -> dict[str, Any]:
    """Every text of the record without C0/C1 control characters (ESC, BEL: terminal escapes).

    Literal ones are gone before parsing; this catches character references (``&#27;``).
    """
    for name, value in record.items():
        if isinstance(value, str):
            record[name] = strip_controls(value)
        elif isinstance(value, list) and value and isinstance(value[0], str):
            record[name] = [strip_controls(v) for v in value]
    return record


def extract_article(
    html: str | bytes,
    url: str,
    profile: SiteProfile | str | None = None,
    *,
    charset: str | None = None,
    captured_at: datetime | None = None,
    parsed: tuple[etree._Element, str] | None = None,
    listing_date: str | None = None,
) -> ArticleRecord:
    """Extract one article page into a normalized record (a plain dict).

    ``profile`` is a SiteProfile, a built-in profile name, or None for the generic
    heuristics. ``charset`` is the HTTP header's charset when ``html`` is bytes.
    ``parsed`` is ``parse_html(html, charset)`` when the caller has it already (the
    spider does); the tree may be modified. Raises ExtractionError when the page is not
    a document. ``listing_date`` is the date a listing printed beside the page, as printed: the
    record's date when the page shows no date of its own (its rule is ``listing``).
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    page = ArticlePage(
        html, url, profile, charset=charset, captured_at=captured_at, parsed=parsed, listing_date=listing_date
    )
    # to_record() builds the dict field by field; its keys are ArticleRecord's (tests/test_architecture.py).
    return cast(ArticleRecord, page.to_record())
