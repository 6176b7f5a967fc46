"""One page as the site learner sees it: its links grouped by repeated structure. Pure, no Scrapy.

A listing shows its records in repeated markup: every title link sits at the same place of
the same kind of element (``ul.list > li > a``, ``article.post > header > h2 > a``,
``div.item > h3 > a``), one record per container or many. So links are grouped by their
DOM path (tags and class names, digits dropped; a table cell by its column), and a group is
split where it spans unrelated regions. Each group carries what the learner weighs: how
long its link texts are (titles or menu words), how many records show a date, how much of
the page's text its records hold, and whether it sits in ``nav``/``header``/``footer``/
``aside`` markup. Class names never decide anything here; they only tell groups apart.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from typing import TypeVar
from urllib.parse import unquote, urlsplit

from lxml import etree

from archiver.discovery.pagination import (
    PAGER_PLACE,
    ListingAt,
    PageRef,
    first_page_url,
    is_pager_text,
    page_count,
    page_ref,
    record_count,
)
from archiver.errors import ExtractionError
from archiver.extract.html import JSONLD_META, inline_text, parse_html
from archiver.extract.html import text_of as node_text
from archiver.extract.labels import opening_label_after_date
from archiver.extract.structured import article_dates_published
from archiver.normalize import (
    CJK_CHAR,
    is_zero_date_in,
    normalize_space,
    numeric_date_order,
    weighted_length,
    with_numeric_days_in_order,
    word_month_date,
    word_month_date_alone,
)
from archiver.urls import canonicalize_url, is_allowed

_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_TOKEN_SPLIT = re.compile(r"\s+")
_CJK = CJK_CHAR
# Dates as listings and bylines print them: 2024-11-22, 2024/11/22, 2024年11月22日, Nov 22, 2024,
# 22 November 2024, a day first with dashes (13-11-2023: MkDocs Material's blog, set to ``dd-MM-yyyy``), the
# month-day a Chinese list often shows beside each title ([11-22]), and WordPress's default
# "F j, Y" in a CJK locale, whose month's name is its number (``8月 13, 2020``, ``8월 13, 2020``).
LIST_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*|\s+)(?:19|20)\d{2}"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}"
    r"|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b"
    r"|(?<![\d-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?![\d-])"
    r"|[\[(（【]\s*(?:0?[1-9]|[12]\d|3[01])[-/.月](?:0?[1-9]|[12]\d|3[01])日?\s*[\])）】]"
    r"|(?<!\d)\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?,\s*(?:19|20)\d{2}",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# Where a LIST_DATE match can open: every form but the month-first one ("Nov 22, 2024") opens with a digit or a
# bracket, and a month-first one holds its day's last digit, a comma or blank, and a year ("2, 2024").
_DATE_OPENING = re.compile(r"[\d\[(（【]")
_DAY_THEN_YEAR = re.compile(r"\d(?:,\s*|\s+)(?:19|20)\d{2}")
# A date written in words of any language, as the whole text of its element: ``31 août 2020``, ``3 de marzo
# de 2021``, ``12. März 2020``, ``ottobre 31, 2020``. LIST_DATE knows English month names only; between a
# day and a year, any word is a month when the element says nothing more (a headline's "Top 10 films 2020"
# says more, and "10 films 2020" alone is no listing's line). The day's name may stand before it, set off by a
# comma (Blogger's timestamp ``miércoles, agosto 17, 2011``, ``Dienstag, 3. März 2020``).
_LONE_WORD_DATE = re.compile(
    r"(?:[^\W\d_]{3,12},\s*)?"
    r"(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})"
)
_DATE_BRACKETS = ("[", "(", "\uff08", "\u3010")  # LIST_DATE's only form without a year opens with one
# A day with a two-digit year, between separators (``19-12-23``, ``| 19-01-04 |``): the default date format of
# TRS WCM, the CMS of Chinese government and Academy of Sciences sites, on its listings and by its headlines.
# Year first or day first, it is a date; which one is extraction's question (archiver/extract/article.py).
_SHORT_YEAR_DAY = re.compile(r"(?<![\w.:/-])\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w.:/-])")
# (each digit spelled out: a pattern opening with a character class, not a repeat of one, is searched for by a scan of
# the text for that class, not tried at every position)
_MAY_BE_SHORT_YEAR_DAY = re.compile(r"\d\d-\d\d-\d\d")
_SHORT_YEAR_LINE = 40  # the text holding such a day is a meta line's piece, not a sentence
# A Chinese sentence naming a day ("2019年5月31日，由…资助的…小学，举行了…活动。", a campaign front's caption): the
# text's own day, not a date line of the page's. A line of that length whose words after the day run on in
# full-width clause punctuation; a date line ("发布时间：2020-12-01 11:30 来源：…") has none.
_SENTENCE_CHARS = 40
_CLAUSE_MARK = re.compile(r"[，。；！？]")
_CLAUSE_AFTER_DAY = 12  # characters after "<day>，" that make a clause of a sentence, not a weekday or a lunar day
_AROUND_DATE = "|[]()\uff08\uff09\u3010\u3011 "  # separators a CMS sets around a date in its cell
_STRUCTURAL_CHROME = frozenset({"nav", "aside", "menu"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PAGE_CHROME = frozenset({"header", "footer"})  # the page's, not an <article>'s own header or footer
_CONTENT_TAGS = frozenset({"article", "main"})
_ARTICLE_TYPES = re.compile(r'"@type"\s*:\s*"(?:\w*Article|BlogPosting|Report|Posting)"')
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "dc.date",
    "dc.date.issued",
)
_ARTICLE_ITEMPROPS = ("articleBody", "datePublished")
_JSON_LD_DAY = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}")  # schema.org dates are ISO 8601
_SKIP_HREF = ("#", "javascript:", "mailto:", "tel:", "data:")
_TITLE_CLASS = re.compile(r"^(?:[a-z]+[-_])?title$")  # "title", "post-title", "entry_title"
_BARE_URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_WRITTEN_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NO_ANCHORS: Mapping[etree._Element, str] = {}
# A link text this long (weighted) reads like a headline, not a menu's word or a page number
TITLE_LIKE_TEXT = 14
# A script link this long (weighted) beside a date is an entry's headline, not a print or close button
SCRIPT_HEADLINE = 2 * TITLE_LIKE_TEXT
# ... in a block (the day's parent) of at most this much text (weighted): a list entry's headline and summary
SCRIPT_ENTRY_TEXT = 600
# Links read from one page at most (Heritrix's default): a page of 100,000 links is a trap.
MAX_OUTLINKS = 6000
# Extensions of files that are no web page: documents, archives, audio, video and images (the part of the
# link extractors' lists a site links for download). A session report's "download the slides (PDF)", "the
# recording (OGG)" links are attachments of the page, never a listing's records of articles.
_FILE_EXTENSIONS = frozenset(
    {
        *("pdf", "ps", "eps", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "pps", "odp"),
        *("epub", "zip", "rar", "7z", "tar", "gz", "tgz", "bz2", "xz", "iso", "dmg", "exe", "msi", "deb", "rpm", "apk"),
        *("mp3", "ogg", "oga", "wav", "aac", "m4a", "flac", "wma", "mp4", "m4v", "webm", "ogv", "avi", "mov", "mkv"),
        *("flv", "swf", "wmv", "mpg", "mpeg", "3gp", "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif"),
        "tiff",
    }
)


def list_date(text: str) -> re.Match[str] | None:
    """``LIST_DATE.search(text)``, the pattern tried only where a match can open (the same match; its ``pos`` is
    where it starts).

    A search tries LIST_DATE's five case-insensitive forms at every position of the text, some 0.1-0.2 µs each:
    most of a record's text is its headline before the date. Without a day followed by a year no month-first form
    can match, and every other form opens with a digit or a bracket (_DATE_OPENING): the first of those where the
    pattern matches is where the search would have found it, and LIST_DATE's own order of forms picks the match
    there. ``tests/test_list_date.py`` compares both on generated text.
    """
    if _DAY_THEN_YEAR.search(text) is not None:
        return LIST_DATE.search(text)
    for opening in _DATE_OPENING.finditer(text):
        found = LIST_DATE.match(text, opening.start())
        if found is not None:
            return found
    return None


def shown_date(record: etree._Element) -> re.Match[str] | None:
    """The date a listing's record shows: a LIST_DATE in its text, or an element of it whose whole text is a
    date in words (``<span class="post-date">31 août 2020</span>``)."""
    text = " ".join(record.itertext())
    if "://" in text or "www." in text:
        # A web address the record writes out (a member's homepage, http://blog.example/2011/08/12/post/) names
        # the day of some page elsewhere, not a day the record shows.
        text = _WRITTEN_ADDRESS.sub(" ", text)
    found = list_date(text)
    if found:
        return found
    for element in record.iter():
        if isinstance(element.tag, str) and element.text and _YEAR.search(element.text):
            lone = _LONE_WORD_DATE.fullmatch(normalize_space(node_text(element)))
            if lone:
                return lone
    for element in record.iter():
        # An element holding a date in words and nothing more but the day's weekday, its text after an icon
        # (``<span><em class="fa fa-calendar"></em> Miércoles 12 de Diciembre de 2018</span>``): the month's and
        # the weekday's names as dateparser knows them in any language.
        if isinstance(element.tag, str) and any(
            _YEAR.search(piece) for piece in (element.text or "", *(child.tail or "" for child in element))
        ):
            alone = word_month_date_alone(normalize_space(node_text(element)))
            if alone:
                return alone
    for element in record.iter():
        if isinstance(element.tag, str) and element.text and "-" in element.text:
            short = _SHORT_YEAR_DAY.fullmatch(normalize_space(node_text(element)).strip(_AROUND_DATE))
            if short:
                return short  # a cell holding the day alone (``<td class="date">19-12-23</td>``)
    return None


def may_show_date(text: str) -> bool:
    """Whether LIST_DATE can match the text of an element whose text content, normalized, is ``text``.

    Every form of LIST_DATE holds a year (19xx, 20xx) but the bracketed ``[05-12]``, which opens with one
    of _DATE_BRACKETS, and shown_date's day with a two-digit year (``19-12-23``). Joining the element's text
    pieces with spaces (as the search does) or normalizing its blanks neither makes a year's four digits
    adjacent nor adds a bracket or such a day, so a text without one has no date: False then is exact, True
    means "search it".
    """
    return (
        _YEAR.search(text) is not None
        or "[" in text  # _DATE_BRACKETS, each looked for in turn (a generator costs more than the four scans)
        or "(" in text
        or "\uff08" in text
        or "\u3010" in text
        or _MAY_BE_SHORT_YEAR_DAY.search(text) is not None  # glued to a headline: "讨论会19-01-10"
    )


@dataclass
class PageLink:
    url: str
    text: str
    element: etree._Element
    rel: str = ""


@dataclass
class LinkGroup:
    """Links at one place of a page's repeated structure, with what their records show."""

    key: str
    urls: list[str]
    texts: list[str]
    record_text: int  # weighted length of the records' text (titles, summaries, dates)
    dated: int  # records that show a date
    in_chrome_markup: bool  # every link inside nav/header/footer/aside
    mean_text: float  # mean weighted length of the link texts
    primary_share: float = 1.0  # share of its links that are their record's own (title) link
    dated_urls: tuple[str, ...] = ()  # the links whose record shows a date
    # the date each dated record shows, as printed, where it names its year (a "[11-22]" does not)
    record_dates: dict[str, str] = field(default_factory=dict)
    # The page itself, when this place links it too (left out of ``urls``): a menu printed on one of its own
    # target pages, whose other copies link this page as one more entry.
    own_link: str | None = None

    @property
    def printed(self) -> frozenset[str]:
        """The targets as the page prints them: ``urls`` and the page itself where this place links it."""
        urls = frozenset(self.urls)
        return urls | {self.own_link} if self.own_link else urls

    @property
    def title_like(self) -> bool:
        """Links that read like headlines, not menu words or page numbers."""
        return self.mean_text >= TITLE_LIKE_TEXT


@dataclass
class PageAnalysis:
    url: str
    title: str | None
    groups: list[LinkGroup]
    pagination: list[PageRef]  # links that are other pages of the listing at this URL
    # The pager's text and the end of the page's, where a listing states its pages and records ("共 12 页",
    # "245 results"): read only of the pages found to be listings (page_count, record_count).
    counts_text: str
    text_length: int  # weighted length of the page's text
    has_date: bool  # a publication date in the page's own metadata or text outside the link groups
    article_signals: bool  # og:type article, article:published_time, articleBody ...
    other_links: list[str] = field(default_factory=list)  # same-site links that are in no group
    feeds: list[str] = field(default_factory=list)  # RSS/Atom linked from <head>
    # (labelled, date_labelled): see the properties. None until first asked, when ``label_reader`` reads them.
    label_flags: tuple[bool, bool] | None = None
    refresh: str | None = None  # where a <meta http-equiv="refresh"> sends the reader, on the site
    heading_link: str | None = None  # the page's first content heading links to this other page
    # weighted length of the text inside the groups' records, each record once (None: the groups' sum)
    grouped_text: int | None = None
    # The page's layout where its headline sits: the tags from <body> down to its first content heading
    # (``div/main/article/header/h1``), "" without one. A generator renders every post through one template;
    # a docs page or a landing page of the same site has another.
    template: str = ""
    # A digest of the page's text (its title and every word it shows, no address): two addresses of one path whose
    # pages read alike are one page under two queries (archiver/discovery/variants.py). 0: not computed.
    text_digest: int = 0
    # Reads ``label_flags`` of the page's tree, while the crawl's callback has it (analyze_page): most pages'
    # roles never ask (an article page that no listing-like group or heading link makes a question of), and the
    # label walk is a tenth of the analysis. Dropped once read; ``settle`` reads it before the page is kept.
    label_reader: Callable[[], tuple[bool, bool]] | None = field(default=None, repr=False, compare=False)

    @property
    def labelled(self) -> bool:
        """A "来源：… 发布时间：…" / "Source: … Date: …" line of article metadata stands on the page (once)."""
        return self._labels()[0]

    @property
    def date_labelled(self) -> bool:
        """Such a line labels a date ("发表时间：…", "Published: …")."""
        return self._labels()[1]

    def settle_labels(self) -> None:
        """Read the page's label lines now (see ``label_reader``)."""
        self._labels()

    def _labels(self) -> tuple[bool, bool]:
        if self.label_flags is None:
            if self.label_reader is None:
                raise ValueError(f"{self.url}: the page's label lines were neither read nor left to read")
            self.label_flags = self.label_reader()
            self.label_reader = None  # the page's tree goes with it
        return self.label_flags

    def settle(self) -> None:
        """Read now what is read of the page's tree when asked, and its counts (``settle_counts``): a page kept
        past its callback (held until the crawl's end, or sent to another process) keeps no tree."""
        self.settle_labels()
        self.settle_counts()

    def __getstate__(self) -> dict[str, object]:
        """Pickled (a distributed worker's evidence and held pages) with its labels read, and no tree."""
        self.settle_labels()
        return dict(self.__dict__)

    @cached_property
    def page_count(self) -> int | None:
        """Pages the pager says the listing has."""
        return page_count(self.counts_text)

    @cached_property
    def record_count(self) -> int | None:
        """Records the listing says it has."""
        return record_count(self.counts_text)

    def settle_counts(self) -> None:
        """Read the counts now and let their text go: a page held until the crawl's end keeps two numbers,
        not some thousands of characters."""
        _ = self.page_count, self.record_count
        self.counts_text = ""

    @property
    def outside_text(self) -> int:
        """Text not inside any link group's records: an article's own prose."""
        grouped = self.grouped_text if self.grouped_text is not None else sum(g.record_text for g in self.groups)
        return max(self.text_length - grouped, 0)


class _Texts:
    """Each element's whitespace-normalized text, read once per page: a link's text is also its record's
    when the link is the record, and the text its record's primary link is chosen by."""

    def __init__(self) -> None:
        self._texts: dict[etree._Element, str] = {}

    def __call__(self, element: etree._Element) -> str:
        text = self._texts.get(element)
        if text is None:
            # node_text: without children an element's own text (most links); no XPath evaluated either way.
            own = node_text(element)
            text = self._texts[element] = normalize_space(own)
        return text


def page_links(
    root: etree._Element, base_url: str, allowed: frozenset[str], texts: Callable[[etree._Element], str] | None = None
) -> list[PageLink]:
    """Same-site, fetchable links of a page, canonical, in document order (``<base href>`` honoured)."""
    text_of = texts or (lambda element: normalize_space(node_text(element)))
    base = document_base(root, base_url)
    found: list[PageLink] = []
    # A page repeats hrefs (the home in the logo, the menu and the breadcrumb): each resolved once.
    resolved: dict[str, str | None] = {}
    for examined, anchor in enumerate(root.iter("a", "area")):
        if examined >= MAX_OUTLINKS:
            break
        href = anchor.get("href")
        if not href:
            continue
        if href in resolved:
            url = resolved[href]
        else:
            skipped = href.strip().lower().startswith(_SKIP_HREF)
            url = resolved[href] = None if skipped else canonicalize_url(href, base)
            if url is not None and not is_allowed(url, allowed):
                url = resolved[href] = None
        if url is None:
            continue
        text = (
            text_of(anchor)
            or normalize_space(anchor.get("title"))
            or " ".join(normalize_space(img.get("alt")) for img in anchor.iter("img") if img.get("alt"))
        )
        found.append(PageLink(url, text, anchor, (anchor.get("rel") or "").lower()))
    return found


@lru_cache(maxsize=16384)  # every page links the same menu and footer pages
def names_a_file(url: str) -> bool:
    """Whether ``url``'s path names a file that is no web page (``/slides/talk.pdf``, ``/src/tool.tar.gz``)."""
    name = urlsplit(url).path.rpartition("/")[2]
    stem, dot, extension = name.rpartition(".")
    return bool(dot and stem) and extension.lower() in _FILE_EXTENSIONS


def document_base(root: etree._Element, page_url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` when the page sets one."""
    for base in root.iter("base"):
        href = base.get("href")
        if href:
            resolved = canonicalize_url(href, page_url)
            if resolved:
                return resolved
    return page_url


def _signature(element: etree._Element) -> str:
    """The element's tag and class part (see _shared_class_part), and a table cell's column."""
    tag = element.tag if isinstance(element.tag, str) else "?"
    part = tag + _shared_class_part(element)
    if tag in ("td", "th"):
        parent = element.getparent()
        part += str(parent.index(element)) if parent is not None else ""
    return part


@lru_cache(maxsize=4096)  # a site uses a few hundred class attributes, on every page
def _class_part(class_attribute: str) -> str:
    classes = sorted({_DIGITS.sub("", c) for c in _TOKEN_SPLIT.split(class_attribute) if c})
    return "." + ".".join(classes[:3]) if classes else ""


def _class_tokens(element: etree._Element) -> frozenset[str]:
    return _tokens_of_class(element.get("class") or "")


@lru_cache(maxsize=4096)  # read for every sibling of every element on a link's path: the same few hundred a site
def _tokens_of_class(class_attribute: str) -> frozenset[str]:
    return frozenset(_DIGITS.sub("", c) for c in _TOKEN_SPLIT.split(class_attribute) if c)


def _shared_class_part(element: etree._Element) -> str:
    """The class part of an element's signature: the classes it shares with every sibling of its kind.

    Records of one list often carry classes of their own besides the list's: a WordPress post block is
    ``post type-post hentry category-news tag-privacy``, its neighbour ``… category-press``. Those
    per-record words would give each record a path of its own and break the list into single links.
    So among same-tag siblings that share a class with the element, only the classes all of them carry
    count; an element with no such sibling keeps its own (a sidebar beside a content column).
    """
    own = _class_tokens(element)
    parent = element.getparent()
    if not own or parent is None:
        return _class_part(element.get("class") or "")
    siblings = _siblings(element, parent)
    shared = _shared_with(own, siblings or _cousins(element, parent))
    if shared is None and siblings:
        # Its siblings of its tag are of another kind (a post card's thumbnail box beside its text box, in the
        # cards that have a picture): it is one of a kind with its cousins, as an element without siblings is.
        # Else the text boxes of the cards with a picture keep classes of their own and those without share
        # their cousins': one list read as two.
        shared = _shared_with(own, _cousins(element, parent))
    if not shared:
        return _class_part(element.get("class") or "")
    return "." + ".".join(sorted(shared)[:3])


def _shared_with(own: frozenset[str], kin: Iterable[etree._Element]) -> set[str] | None:
    """The classes ``own`` shares with every one of ``kin`` that shares any; None when none does."""
    shared = set(own)
    found = False
    for sibling in kin:
        theirs = _class_tokens(sibling)
        if theirs & own:
            shared &= theirs
            found = True
    return shared if found else None


_COUSIN_ITEMS = 50  # list items looked at for an element's cousins: a list's class words show in its first ones


def _siblings(element: etree._Element, parent: etree._Element) -> list[etree._Element]:
    """``element``'s siblings of its tag: the elements it is one of a kind with; without any, its cousins are (the
    same-tag children of its parent's same-tag siblings). A theme that wraps each post block in a list item of its
    own (Ashe's ``ul.blog-grid > li > article.post.category-…``) gives the block no sibling; its neighbours in the
    list are the blocks of the other items. (lxml picks the children of one tag in C: the others are not made into
    Python objects to be compared.)"""
    return [s for s in parent.iterchildren(element.tag) if s is not element]


def _cousins(element: etree._Element, parent: etree._Element) -> list[etree._Element]:
    """The same-tag children of ``parent``'s same-tag siblings (the first _COUSIN_ITEMS of them)."""
    grandparent = parent.getparent()
    if grandparent is None or grandparent.tag in ("body", "html"):
        return []
    cousins: list[etree._Element] = []
    for aunt in islice((a for a in grandparent.iterchildren(parent.tag) if a is not parent), _COUSIN_ITEMS):
        cousins.extend(aunt.iterchildren(element.tag))
    return cousins


_Value = TypeVar("_Value")


def _down_from_root(
    node: etree._Element | None,
    memo: dict[etree._Element, _Value],
    step: Callable[[etree._Element, _Value], _Value],
    above_root: _Value,
) -> _Value:
    """``step`` folded over ``node``'s ancestors and ``node``, root first, remembering each element's
    value in ``memo``: a page's links share their ancestors, so each element is stepped once per page."""
    pending = []
    value = above_root
    while node is not None:
        if node in memo:
            value = memo[node]
            break
        pending.append(node)
        node = node.getparent()
    for element in reversed(pending):
        value = memo[element] = step(element, value)
    return value


def _tag(element: etree._Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _path_step(element: etree._Element, above: str) -> str:
    # The path restarts below <body> (and <html>): what is above them is the same on every page.
    if element.tag in ("body", "html"):
        return ""
    return (above + "/" if above else "") + _signature(element)


# What an element's path is a function of: its parent (whose path it extends), and its tag, class attribute
# and, in a table, column (its signature, see _shared_class_part: the items of one list with one class
# attribute have the same kin, the others and one copy of themselves).
_Kind = tuple[etree._Element | None, object, str | None, int]


def _kind(element: etree._Element) -> _Kind:
    parent = element.getparent()
    tag = element.tag
    column = parent.index(element) if parent is not None and tag in ("td", "th") else -1
    return (parent, tag, element.get("class"), column)


def _chrome_step(element: etree._Element, above: tuple[bool, bool]) -> tuple[bool, bool]:
    """(inside chrome markup, inside article/main) for ``element`` and its ancestors: a page's
    header or footer is chrome unless it sits inside an <article> or <main> (that one's own)."""
    in_chrome, in_content = above
    tag = _tag(element)
    return (
        in_chrome or tag in _STRUCTURAL_CHROME or (tag in _PAGE_CHROME and not in_content),
        in_content or tag in _CONTENT_TAGS,
    )


def _heading_step(element: etree._Element, above: bool) -> bool:
    return above or _tag(element) in _HEADINGS


class _Ancestry:
    """What one page's elements' ancestors say, each element (each kind of element, for paths: see _path)
    computed once (see _down_from_root)."""

    def __init__(self) -> None:
        self._paths: dict[_Kind, str] = {}
        self._chrome: dict[etree._Element, tuple[bool, bool]] = {}
        self._headings: dict[etree._Element, bool] = {}

    def path_key(self, anchor: etree._Element) -> str:
        """The link's DOM path: its ancestors' signatures from below <body>, then ``a``."""
        parent = anchor.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return "a"
        return self._path(parent) + "/a"

    def _path(self, element: etree._Element) -> str:
        """``element``'s signatures from below <body>, remembered by kind (see _kind): a list's items
        (and what is under each) are paths already known after the first one, so neither they nor their
        class part (which compares an item with every other) are computed again."""
        pending = []
        path = ""
        node: etree._Element | None = element
        while node is not None:
            kind = _kind(node)
            known = self._paths.get(kind)
            if known is not None:
                path = known
                break
            pending.append((node, kind))
            node = node.getparent()
        for node, kind in reversed(pending):
            path = self._paths[kind] = _path_step(node, path)
        return path

    def in_chrome_markup(self, element: etree._Element) -> bool:
        """As _in_chrome_markup(element)."""
        return _down_from_root(element.getparent(), self._chrome, _chrome_step, (False, False))[0]

    def in_heading(self, element: etree._Element) -> bool:
        """Whether an ancestor of ``element`` is a heading."""
        return _down_from_root(element.getparent(), self._headings, _heading_step, False)


def _common_ancestor(elements: list[etree._Element]) -> etree._Element | None:
    """The lowest element that is ``elements`` or an ancestor of each of them (None across documents).

    Each other element climbs only to the first element's line of ancestors (a list's items meet it
    two or three levels up), not to the root: the lowest common ancestor of all is the highest of the
    places where they meet it."""
    first = [elements[0], *elements[0].iterancestors()]
    height = {element: index for index, element in enumerate(first)}
    lowest = 0
    for element in elements[1:]:
        met = height.get(element)
        if met is None:
            met = next((height[a] for a in element.iterancestors() if a in height), None)
            if met is None:
                return None
        lowest = max(lowest, met)
    return first[lowest]


def _record_of(anchor: etree._Element, container: etree._Element) -> etree._Element:
    """The child of ``container`` that holds ``anchor``: the record (list item, card, post block)."""
    node = anchor
    parent = node.getparent()
    while parent is not None and parent is not container:
        node, parent = parent, parent.getparent()
    return node


def _own_part(anchor: etree._Element, record: etree._Element, others: set[etree._Element]) -> etree._Element:
    """The largest element inside ``record`` that holds ``anchor`` and none of ``others``."""
    node = anchor
    while node.getparent() is not None and node.getparent() is not record:
        parent = node.getparent()
        if any(other in others for other in parent.iter("a")):
            break
        node = parent
    return node


def _several_of_a_family(urls: list[str]) -> bool:
    """Whether ``urls`` name two pages of one URL family at least."""
    families = Counter(path_family(url) for url in set(urls))
    return bool(families) and max(families.values()) > 1


def _dead_href(href: str | None) -> bool:
    """A link that leads nowhere: no href, an empty one, ``#`` or a script (``javascript:;``)."""
    value = (href or "").strip().lower()
    return not value or value.startswith(("#", "javascript:"))


def _dead_rows(records: Iterable[etree._Element], taken: set[etree._Element]) -> list[etree._Element]:
    """The rows of a list beside ``records`` whose links all lead nowhere (``javascript:;``, ``#``, no href): in
    the records' markup (same parent, tag and class), holding a link, no record of another list (``taken``).

    A static copy of a CMS leaves the entries it did not copy linking ``javascript:;`` (a column page showing
    50 dated headlines, 12 of them links), and a script-driven list links none: those rows are the list's records
    all the same, and the dates and labels they print are their entries', not the page's own. Their text is still
    weighed as the page's (measured: counted as the lists', it moved posts whose boxes of other stories a "more"
    link's record already counts twice, jizhi-sdhjnl's, to listings)."""
    own = set(records)
    shapes = {(record.tag, record.get("class")) for record in own if record.tag != "a"}
    found: list[etree._Element] = []
    for parent in {record.getparent() for record in own}:
        if parent is None:
            continue
        for row in parent:
            if row in own or row in taken or (row.tag, row.get("class")) not in shapes:
                continue
            anchors = list(row.iter("a"))
            if anchors and all(_dead_href(anchor.get("href")) for anchor in anchors):
                found.append(row)
    return found


def _split(links: list[PageLink]) -> list[tuple[etree._Element | None, list[PageLink]]]:
    """Split same-path links where they span regions (a menu and a list with the same markup)."""
    if len(links) < 2:
        parent = links[0].element.getparent()
        return [(parent, links)]
    container = _common_ancestor([link.element for link in links])
    if container is None:
        return [(None, links)]
    by_record: dict[etree._Element, list[PageLink]] = defaultdict(list)
    for link in links:
        by_record[_record_of(link.element, container)].append(link)
    # A record's links to one page count once: a card links its post by its headline and by its "read more"
    # button, in the same markup (7Robot's ``article.blog-post > a`` twice), and is one record, not a region
    # of links of its own.
    targets = sum(len({link.url for link in part}) for part in by_record.values())
    if len(by_record) * 2 > targets or len(by_record) == 1:
        return [(container, links)]
    result = []
    for part in by_record.values():
        result.extend(_split(part))
    return result


def _meta_line_pair(records: dict[etree._Element, list[str]]) -> bool:
    """Two "records" side by side in one block, each linking one page of another URL shape (an author's page
    and a day's archive: ``by <a href=/author/x>X</a>`` · ``投稿日: <a href=/2020/08/13.html>8月 13, 2020</a>``):
    a post's meta line, its items, no list of records; the date it shows is the page's own."""
    if len(records) != 2 or any(len(urls) != 1 for urls in records.values()):
        return False
    first, second = records
    if first.getparent() is None or first.getparent() is not second.getparent():
        return False
    families = {path_family(urls[0]) for urls in records.values()}
    return len(families) == 2


def _anchor_names(root: etree._Element) -> set[str]:
    """The ids and anchor names of the page's elements: what a link's fragment can point to."""
    return {value for element in root.iter() for value in (element.get("id"), element.get("name")) if value}


def _fragment(link: PageLink) -> str:
    return unquote((link.element.get("href") or "").partition("#")[2])


def _under_query_into(link: PageLink, url: str) -> bool:
    """A link to this very page under a query, with a fragment: a comment's permalink (Blogger's
    ``post.html?showComment=1347018115672#c2870…``, WordPress's ``?replytocom=2#respond``); a mirror saves the query
    in the file name (``post.html%3FshowComment=….html#c2870…``). Where its fragment names an element the page holds
    (analyze_page checks), it is the page's own link, as a link to the page itself is: no record of another page, a
    list of such links (the comments, dated) no listing."""
    if link.url == url or "?" in url or not _fragment(link):
        return False
    base = link.url.split("?", 1)[0]
    saved = re.search(r"%3F", base, re.IGNORECASE)
    if saved:
        base = base[: saved.start()]
    return base == url and base != link.url


def _in_pager_place(element: etree._Element) -> bool:
    """A hint from class names: the link sits in an element called a pager (three levels up at most)."""
    for depth, node in enumerate((element, *element.iterancestors())):
        if depth > 3:
            return False
        if PAGER_PLACE.search(node.get("class") or "") or PAGER_PLACE.search(node.get("id") or ""):
            return True
    return False


def _in_chrome_markup(element: etree._Element) -> bool:
    ancestors = [a.tag if isinstance(a.tag, str) else "" for a in element.iterancestors()]
    for index, tag in enumerate(ancestors):
        if tag in _STRUCTURAL_CHROME:
            return True
        if tag in _PAGE_CHROME and not _CONTENT_TAGS.intersection(ancestors[index + 1 :]):
            return True
    return False


def _text_length(element: etree._Element, text_of: Callable[[etree._Element], str]) -> int:
    return weighted_length(text_of(element))


def _groups(
    links: list[PageLink],
    record_elements: set[etree._Element],
    text_of: _Texts,
    every_record: list[tuple[bool, list[etree._Element]]] | None = None,
    own_links: list[PageLink] | None = None,
    site_anchors: Mapping[etree._Element, str] = _NO_ANCHORS,
) -> list[LinkGroup]:
    """The page's link groups. ``record_elements`` gets the records of groups of two or more, and
    ``every_record`` (when given) each group's records, with whether the group is in chrome markup
    (a lone record stands for the whole card it heads, see _card_of). ``own_links``: the page's links to
    itself, which no group holds; a group at the same place notes the page as its ``own_link``.
    ``record_elements`` also gets the rows of those lists that link nowhere (``_dead_rows``). ``site_anchors``: the
    page's anchors that link a page of the site, and the page each links (see _primary_anchor)."""
    ancestry = _Ancestry()
    first_heading = _FirstHeadings()
    primaries: dict[etree._Element, etree._Element | None] = {}
    by_path: dict[str, list[PageLink]] = defaultdict(list)
    for link in links:
        by_path[ancestry.path_key(link.element)].append(link)
    own = [(ancestry.path_key(link.element), link) for link in own_links or ()]
    astray = _rows_astray(by_path)
    groups = []
    for key, members in by_path.items():
        if key in astray.adopted:
            continue  # a list's row the page's broken markup set apart: read with that list (below)
        parts = list(_split(members))
        # lists at this place: a list of one item among them is a list too (a column front's boxes, one of them
        # holding a single document; its date is its entry's, not the page's)
        lists_here = sum(1 for _, other in parts if len(other) >= 2)
        for container, part in parts:
            if container is not None and len(part) > 1:
                part = _one_link_per_target(part, container, primaries, ancestry, text_of)
            records: dict[etree._Element, list[str]] = {}
            link_records: list[etree._Element] = []
            primary = 0
            beside = 0  # links to the page their record's own link leads to: neither the record's own nor another's
            rows = astray.rows.get(key, []) if container is not None and len(part) > 1 else []
            if rows:
                part = [link for link, _ in rows] + part
            for index, link in enumerate(part):
                record = _record_of(link.element, container) if container is not None else link.element
                if index < len(rows):
                    record = rows[index][1]  # its own row: the broken markup put it under another table
                elif len(part) == 1 and record is link.element and container is not None and container.tag == "li":
                    # A list of one item: the item is the record, with the date it shows beside its link
                    # (a sub-listing's only entry, ``<li><span>2012-08-19</span><a>…</a></li>``).
                    record = container
                records.setdefault(record, []).append(link.url)
                link_records.append(record)
            # A block holding several entries of the list: two pages of one URL family at least (a Blogger day's
            # posts). A post with its author's page (another family) is one entry: weighed in its own part, its
            # author link counted as a record's own (pelican-osc's author pages, archived as listed posts).
            shared = {record for record, urls in records.items() if _several_of_a_family(urls)}
            own_parts = [
                # A block holding several of the list's entries (Blogger's day, holding each of its posts): each
                # link is weighed in its own part of it, not beside the other entries' headlines. A link with no
                # element of its own in the block, set in one run of text beside the others (a paragraph's prose
                # linking two pages of a section, "led by <a>5 academic PIs</a> … The <a>Consortium</a> is …"), is
                # weighed with its record whole: words of a sentence, no entry of a list.
                _own_part(link.element, record, {other.element for other in part} - {link.element})
                if record in shared
                else record
                for link, record in zip(part, link_records, strict=True)
            ]
            own_parts = [
                record if own is link.element and own is not record else own
                for link, record, own in zip(part, link_records, own_parts, strict=True)
            ]
            buttons = _buttons(own_parts, primaries, ancestry, text_of, site_anchors)
            weighed = {} if buttons else primaries  # the records' own links with the buttons left out
            for link, record in zip(part, own_parts, strict=True):
                mine = _primary_anchor(record, weighed, ancestry, text_of, buttons)
                if mine is link.element:
                    primary += 1
                elif mine is not None and site_anchors.get(mine) == link.url:
                    # another link of the record to its own page (a titled post's timestamp beside its headline,
                    # a box's "more" beside its heading): the record's own link says it; the share is of the rest
                    # (an untitled post's timestamp among titled posts' is its record's own)
                    beside += 1
            dead: list[etree._Element] = []
            if len(records) >= 2 or (lists_here and len(records) == 1 and _tag(next(iter(records))) == "li"):
                dead = _dead_rows(records, record_elements)
                if not _meta_line_pair(records):
                    record_elements.update(records)
                    record_elements.update(dead)
                # A header or footer inside each record is the record's own (a card's footer holding its
                # "Continue Reading" button), not the page's: only chrome around the records, or a nav
                # inside them, makes the group chrome.
                in_chrome = all(
                    ancestry.in_chrome_markup(record) or _structural_chrome_between(link.element, record)
                    for link, record in zip(part, link_records, strict=True)
                )
            else:
                in_chrome = all(ancestry.in_chrome_markup(link.element) for link in part)
            if every_record is not None:
                every_record.append((in_chrome, [_card_of(r) if len(records) == 1 else r for r in records]))
            record_texts = [text_of(r) for r in records]
            # Dates are looked for in the records' text with their elements apart: a minified page glues
            # a headline to the date after it ("…workshopFebruary 4, 2026"), and no date starts mid-word.
            # Only in the records whose text may hold one (most hold none: joining their pieces was a
            # tenth of the page analysis).
            shown_dates = [
                shown_date(r) if may_show_date(text) else None for r, text in zip(records, record_texts, strict=True)
            ]
            dated_records = [shown is not None for shown in shown_dates]
            dated_urls = [
                url for dated, targets in zip(dated_records, records.values(), strict=True) if dated for url in targets
            ]
            record_dates = {
                url: shown[0]
                for shown, targets in zip(shown_dates, records.values(), strict=True)
                if shown is not None and _YEAR.search(shown[0])
                for url in targets
            }
            if len(records) >= 2 and not any(dated_records) and all(is_zero_date_in(t) for t in record_texts):
                # Every record prints the generator's zero date ("01 January 0001": Hugo's taxonomy terms shown
                # with the post card): the site's sections dated by no one, a menu in a list's markup.
                in_chrome = True
            urls = list(dict.fromkeys(link.url for link in part))
            # A card whose headline is plain text links its page by an image or a "read more" button: that
            # link stands for the headline, and reads as it (the card, not its link, is the repeated unit).
            texts = [
                _unlinked_headline(record, text_of, first_heading) or link.text
                for link, record in zip(part, link_records, strict=True)
            ]
            groups.append(
                LinkGroup(
                    # one string per place across the crawl: the site model keeps the places of every page's
                    # groups (slots linking each URL, one-link groups, listings' markup), each page's its own copy
                    key=sys.intern(key),
                    urls=urls,
                    texts=texts,
                    record_text=sum(weighted_length(t) for t in record_texts),
                    dated=sum(dated_records),
                    in_chrome_markup=in_chrome,
                    mean_text=sum(weighted_length(t) for t in texts) / len(texts),
                    primary_share=primary / (len(part) - beside) if len(part) > beside else 0.0,
                    dated_urls=tuple(dict.fromkeys(dated_urls)),
                    record_dates=record_dates,
                    own_link=_own_link_beside(key, part, own),
                )
            )
    # Numeric dates whose order one record's date settles (``20/06/2022`` beside ``05/10/2020``) are kept in that
    # order, ``2020-10-05``: a page prints its lists' dates alike (a grid's rows of three cards are lists apart).
    order = numeric_date_order(shown for group in groups for shown in group.record_dates.values())
    if order is not None:
        for group in groups:
            for url, shown in group.record_dates.items():
                group.record_dates[url] = with_numeric_days_in_order(shown, order)
    return groups


@dataclass
class _AstrayRows:
    """Rows of a dated table list that the page's broken markup set apart (see _rows_astray)."""

    rows: dict[str, list[tuple[PageLink, etree._Element]]]  # the list's path -> (link, its row), in page order
    adopted: set[str]  # the paths of the lone links read with a list


def _row_of(anchor: etree._Element) -> etree._Element | None:
    """The table row whose cell holds ``anchor`` directly (``tr > td > a``)."""
    cell = anchor.getparent()
    row = cell.getparent() if cell is not None and cell.tag in ("td", "th") else None
    return row if row is not None and row.tag == "tr" else None


def _row_shape(anchor: etree._Element) -> tuple[str, tuple[str, ...], int] | None:
    """A table list's row as its template writes it: the link's class, the row's cells (tag, class, what each
    holds), the link's cell."""
    row = _row_of(anchor)
    if row is None:
        return None
    cells = tuple(_signature(cell) + ":" + ",".join(_tag(child) for child in cell) for cell in row)
    return anchor.get("class") or "", cells, row.index(anchor.getparent())


def _rows_astray(by_path: dict[str, list[PageLink]]) -> _AstrayRows:
    """Lone links whose table row is written as the rows of a dated list of the page, read with that list.

    A table closed more often than it was opened (``</tr></table></td></tr>`` after each of a CMS list's rows, an
    association's portal of the 2000s) nests the list's first rows under other tables as the parser mends it:
    each stands at a path of its own, a "list" of one link, undated, while the rows after them form the list.
    Such a row, with the list's cells, the list's link class and a date of its own, is one more row of that list.
    """
    lists: dict[tuple[str, tuple[str, ...], int], str] = {}
    for key, members in by_path.items():
        if len(members) < 2:
            continue
        shapes = {_row_shape(link.element) for link in members}
        shape = shapes.pop() if len(shapes) == 1 else None
        if shape is None or shape in lists:
            continue
        rows = [_row_of(link.element) for link in members]
        if all(row is not None and shown_date(row) for row in rows):
            lists[shape] = key
    found = _AstrayRows({}, set())
    if not lists:
        return found
    for key, members in by_path.items():
        if len(members) != 1:
            continue
        shape = _row_shape(members[0].element)
        row = _row_of(members[0].element)
        home = lists.get(shape) if shape is not None else None
        if home is None or home == key or row is None or not shown_date(row):
            continue
        found.rows.setdefault(home, []).append((members[0], row))
        found.adopted.add(key)
    return found


# A page's link to itself sits in a group when it is at most this many levels below the element it shares with the
# group's links (``li.cur > a`` beside the other ``li > a`` of one ``ul``).
_OWN_LINK_DEPTH = 3
_CLASS_NAMES = re.compile(r"\.[^/]+")


def _own_link_beside(key: str, part: list[PageLink], own: list[tuple[str, PageLink]]) -> str | None:
    """The page itself, when one of its links to itself is an entry of the group ``part`` at ``key``: at the same
    place, or in the same list with other class names (a menu marks the current page's entry: ``li.cur``)."""
    if not own or not part:
        return None
    bare = _CLASS_NAMES.sub("", key)
    for own_key, link in own:
        if own_key == key:
            return link.url
        if _CLASS_NAMES.sub("", own_key) != bare:
            continue
        common = _common_ancestor([link.element, part[0].element])
        if common is not None and any(
            ancestor is common for ancestor in list(link.element.iterancestors())[:_OWN_LINK_DEPTH]
        ):
            return link.url
    return None


def _one_link_per_target(
    part: list[PageLink],
    container: etree._Element,
    primaries: dict[etree._Element, etree._Element | None],
    ancestry: _Ancestry,
    text_of: Callable[[etree._Element], str],
) -> list[PageLink]:
    """``part`` with one link per record and page: the record's own (title) link where it is among them, else
    the first. A card's headline and its "read more" button in the same markup are one entry of the list,
    read by its headline (the button's words are no record's title). A link without words or a picture (a
    font icon, its name in a tooltip: "slides" beside a talk's headline) is a button of a record that has a
    link with words, not a record of its own."""
    chosen: dict[tuple[etree._Element, str], PageLink] = {}
    worded: set[etree._Element] = set()
    wordless: set[int] = set()
    first_worded: dict[tuple[etree._Element, str], PageLink] = {}
    for link in part:
        record = _record_of(link.element, container)
        slot = (record, link.url)
        if text_of(link.element) or link.element.find(".//img") is not None:
            worded.add(record)
            first_worded.setdefault(slot, link)
        else:
            wordless.add(id(link))
        if slot not in chosen or _primary_anchor(record, primaries, ancestry, text_of) is link.element:
            chosen[slot] = link
    # A wordless link chosen for its page, where the record links that page in words too (an empty ``<a>`` left
    # before "[全文]" by an editor), gives way to the worded one: dropped as a button, it took its page's entry
    # with it, and a list of such records was a group of none.
    for slot, link in chosen.items():
        if id(link) in wordless and slot in first_worded:
            chosen[slot] = first_worded[slot]
    buttons = {id(link) for (record, _), link in chosen.items() if id(link) in wordless and record in worded}
    if len(chosen) == len(part) and not buttons:
        return part
    kept = {id(link) for link in chosen.values()} - buttons
    return [link for link in part if id(link) in kept]


def _structural_chrome_between(anchor: etree._Element, record: etree._Element) -> bool:
    """Whether a nav, aside or menu holds ``anchor`` inside its ``record``."""
    for node in anchor.iterancestors():
        if node is record:
            return False
        if _tag(node) in _STRUCTURAL_CHROME:
            return True
    return False


class _FirstHeadings:
    """The first heading (h1-h6) inside each element of one page, in document order: ``element.iter(*_HEADINGS)``'s
    first. The page's headings are read once, each with its ancestors (where a heading comes first for every one of
    them that holds no earlier heading), rather than every record's elements walked in search of one."""

    def __init__(self) -> None:
        self._first: dict[etree._Element, etree._Element] | None = None

    def __call__(self, element: etree._Element) -> etree._Element | None:
        if self._first is None:
            self._first = {}
            for heading in reversed(list(element.getroottree().getroot().iter(*_HEADINGS))):
                self._first[heading] = heading
                for ancestor in heading.iterancestors():
                    self._first[ancestor] = heading
        return self._first.get(element)


def _unlinked_headline(
    record: etree._Element, text_of: Callable[[etree._Element], str], first_heading: _FirstHeadings
) -> str:
    """The text of ``record``'s first heading when that heading links nowhere and every link of the record
    leads to one page (a card titled in plain text, linked by its image and its "read more" button);
    "" otherwise."""
    if record.tag == "a":
        return ""
    heading = first_heading(record)
    if heading is None or heading.find(".//a") is not None:
        return ""
    if len({(a.get("href") or "").strip() for a in record.iter("a")}) != 1:
        return ""
    return text_of(heading)


def _card_of(record: etree._Element) -> etree._Element:
    """The whole entry a lone record heads: a tag page's one post is an ``<article>`` card whose first
    heading is the link, with the post's date and summary under it. Its text is the entry's, not the
    page's own prose. A post's own ``<article>`` heads with its title, not with a link elsewhere."""
    anchors = [record] if record.tag == "a" else record.findall(".//a")
    if len(anchors) != 1:
        return record
    card = next((a for a in anchors[0].iterancestors("article")), None)
    if card is None:
        return record
    first_heading = next(card.iter("h1", "h2", "h3", "h4", "h5", "h6"), None)
    if first_heading is not None and any(a is first_heading for a in anchors[0].iterancestors()):
        return card
    if _titled_before(anchors[0], card, first_heading):
        return card
    return record


def _title_card(card: etree._Element) -> bool:
    """``card`` is an ``<article>`` headed by a link in an element named a title, before its headings."""
    if card.tag != "article":
        return False
    anchors = card.findall(".//a")
    first_heading = next(card.iter("h1", "h2", "h3", "h4", "h5", "h6"), None)
    return any(_titled_before(a, card, first_heading) for a in anchors)


def _titled_before(anchor: etree._Element, card: etree._Element, first_heading: etree._Element | None) -> bool:
    """The link sits in an element the theme names a title (``<p class="title">``, Hexo's Icarus), before
    any heading of the card: the card's headline, written without a heading tag. A hint that widens the
    card, never one that rules a record out; a heading after the link is the post's own, shown whole."""
    holder = next(
        (
            node
            for node in anchor.iterancestors()
            if node is not card and any(_TITLE_CLASS.search(t) for t in _class_tokens(node))
        ),
        None,
    )
    if holder is None or card not in holder.iterancestors():
        return False
    if first_heading is None:
        return True
    return any(node is holder for node in card.iter()) and _precedes(holder, first_heading, card)


def _precedes(first: etree._Element, second: etree._Element, within: etree._Element) -> bool:
    for node in within.iter():
        if node is first:
            return True
        if node is second:
            return False
    return False


def _primary_anchor(
    record: etree._Element,
    cache: dict[etree._Element, etree._Element | None],
    ancestry: _Ancestry,
    text_of: Callable[[etree._Element], str],
    buttons: frozenset[etree._Element] = frozenset(),
) -> etree._Element | None:
    """A record's own link: the first one in a heading, else the one with the longest text (a post
    block's title, not its byline, category or "read more" link). A heading of any level counts, around the
    link or inside it (a WordPress theme's card title ``<a><h4>…</h4></a>``, which its author's name outweighed
    where the headline was short). Where no link sits in a heading, ``buttons`` (see _buttons) are none of the
    record's own."""
    if record in cache:
        return cache[record]
    anchors = [record] if record.tag == "a" else list(record.iter("a"))
    if len(anchors) > 1:
        # A link to a place on this page is never the record's own: a post shown whole on a listing
        # (Hexo Icarus) keeps its headings' permalink anchors (``<h1><a href="#intro">``), which sit
        # in headings before the next post's title link would.
        anchors = [a for a in anchors if not (a.get("href") or "").lstrip().startswith("#")] or anchors
    if len(anchors) == 1:
        # Whether in a heading or not, a record's only link is its own: most records (a list's items).
        cache[record] = anchors[0]
        return anchors[0]
    found = next((a for a in anchors if ancestry.in_heading(a) or _holds_heading(a)), None)
    if found is None and buttons:
        anchors = [a for a in anchors if a not in buttons] or anchors
    if found is None and anchors:
        # A link whose text is its own address (``https://github.com/…`` in a post shown whole) is a
        # reference the text writes out, never a title: it counts as no text.
        found = max(anchors, key=lambda a: 0 if _BARE_URL.match(text_of(a)) else weighted_length(text_of(a)))
    cache[record] = found
    return found


def _buttons(
    records: list[etree._Element],
    primaries: dict[etree._Element, etree._Element | None],
    ancestry: _Ancestry,
    text_of: Callable[[etree._Element], str],
    site_anchors: Mapping[etree._Element, str],
) -> frozenset[etree._Element]:
    """The links off the site that every record of a list shows with the same words: buttons (Blogger's share
    buttons, "Enviar por correo electrónico", in each post), never a record's own link, though their words
    outweigh an untitled post's only link to itself, its timestamp ("miércoles, agosto 17, 2011"). Learned from
    the list's records (two at least), and asked only where some record's own link would lead off the site: a
    table's row whose longer link leads elsewhere (a video, its own address as its words) keeps it."""
    distinct = list(dict.fromkeys(records))
    if len(distinct) < 2 or all(
        (mine := _primary_anchor(record, primaries, ancestry, text_of)) is None or mine in site_anchors
        for record in distinct
    ):
        return frozenset()
    worded: list[dict[str, list[etree._Element]]] = []
    for record in distinct:
        texts: dict[str, list[etree._Element]] = defaultdict(list)
        for anchor in [record] if record.tag == "a" else record.iter("a"):
            if anchor not in site_anchors and anchor.get("href"):
                text = text_of(anchor)
                if text:
                    texts[text].append(anchor)
        worded.append(texts)
    common = set(worded[0]).intersection(*worded[1:])
    return frozenset(anchor for texts in worded for text in common for anchor in texts[text])


def _holds_heading(anchor: etree._Element) -> bool:
    """Whether a heading sits inside ``anchor`` (``<a href=…><h4>headline</h4></a>``: a theme's card title)."""
    return next(anchor.iter(*_HEADINGS), None) is not None


class _Markup:
    """A page's ``<meta>`` values by name and its article microdata, each read once per page."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.metas: dict[str, list[str]] = defaultdict(list)
        for meta in root.iter("meta"):
            name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
            self.metas[name].append(meta.get("content") or "")
        self._items: list[etree._Element] | None = None  # read when first asked: most pages never are

    def meta(self, *names: str) -> list[str]:
        return [value for name in names for value in self.metas.get(name.lower(), ())]

    def json_ld_dated(self) -> bool:
        """The page's JSON-LD describes one article, with its publication date: a CMS's record of the page itself
        (Publii writes it on every post, whose theme prints no day; a list's items nest in an ``ItemList``)."""
        blocks = self.metas.get(JSONLD_META.lower())
        if not blocks:
            return False
        dates = article_dates_published(blocks)
        return len(dates) == 1 and _JSON_LD_DAY.match(dates[0]) is not None

    def own_items(self, records: set[etree._Element], *props: str) -> bool:
        """Whether microdata ``itemprop`` in ``props`` marks the page itself, not one of its lists' records (a tag
        page's entries each carry ``itemprop=datePublished``; an article carries one of its own)."""
        if self._items is None:
            # (a Python walk over the elements is faster than lxml's XPath on pages of this size)
            self._items = [e for e in self.root.iter() if e.get("itemprop") in _ARTICLE_ITEMPROPS]
        return any(
            element.get("itemprop") in props and not any(a in records for a in (element, *element.iterancestors()))
            for element in self._items
        )


def _article_signals(markup: _Markup, raw_html: str, records: set[etree._Element]) -> bool:
    if any(v.lower() == "article" for v in markup.meta("og:type")) or markup.meta(*_PUBLISHED_META):
        return True
    if markup.own_items(records, "articleBody", "datePublished"):
        return True
    return bool(_ARTICLE_TYPES.search(raw_html[:200_000])) if raw_html else False


def _has_own_date(root: etree._Element, markup: _Markup, records: set[etree._Element]) -> bool:
    """A publication date of the page itself: in its metadata, or printed outside its lists' records."""
    if markup.meta(*_PUBLISHED_META) or markup.own_items(records, "datePublished") or markup.json_ld_dated():
        return True
    body = root.find("body")
    if body is None:
        return False
    digit = _DIGIT.search
    # lxml builds a new string on every ``.text`` read, so which of the two holds the date is kept by position: an
    # element's text is printed inside it, its tail inside its parent. Elements only (``etree.Element``): the tail of
    # a comment, a processing instruction or an entity is not read.
    for element in body.iter(etree.Element):
        text = element.text
        # every date form holds a digit; most texts are blanks or words
        if text and len(text) < 300 and digit(text) is not None and _dates_page(element, text, False, records):
            return True
        if element.tag == "time" and len(element):
            # A <time> whose day is cut by inline markup ("Jun 7<span>th</span>, 2013", Octopress): its text
            # is read whole, as a reader sees it.
            text = "".join(element.itertext())
            if len(text) < 300 and digit(text) is not None and _dates_page(element, text, False, records):
                return True
        text = element.tail
        if text and len(text) < 300 and digit(text) is not None and _dates_page(element, text, True, records):
            return True
        if 2 <= len(element) <= _DATE_CARD_PARTS and not (element.text or "").strip():
            text = _date_card_text(element)
            if text and digit(text) is not None and _dates_page(element, text, False, records):
                return True
    return False


_DATE_CARD_PARTS = 4  # a date card's lines: month, day, year (and a weekday)
_DATE_CARD_PART_CHARS = 12  # each a word or a number


def _date_card_text(element: etree._Element) -> str | None:
    """The date a date card prints as lines of their own, read as one line: a block of two to four childless elements
    of a word or a number each, nothing between them (``<div class="date_card"><h3>SEP</h3><h2>3</h2><h3>2024</h3>
    </div>``, an event's day as a calendar leaf). No text node of it holds the whole date; the block does. None for
    any other block."""
    parts = []
    for child in element:
        if not isinstance(child.tag, str) or len(child) or (child.tail or "").strip():
            return None
        part = (child.text or "").strip()
        if not part or len(part) > _DATE_CARD_PART_CHARS:
            return None
        parts.append(part)
    return " ".join(parts)


def _dates_page(element: etree._Element, text: str, is_tail: bool, records: set[etree._Element]) -> bool:
    """Whether ``text``, ``element``'s text (its tail with ``is_tail``), is a date line of the page's: a date that is
    no sentence's, outside ``records``."""
    found = list_date(text)
    if not (
        found
        or (len(text) < _SHORT_YEAR_LINE and _SHORT_YEAR_DAY.search(text))
        or _word_month_date_line(element, text, is_tail)
        or _word_month_timestamp(text)
    ) or _dated_sentence(text, found):
        return False
    holder = element.getparent() if is_tail else element
    return (
        holder is not None
        and not any(a in records for a in (holder, *holder.iterancestors()))
        and not _script_entrys_date(holder, text)
    )


def _script_href(anchor: etree._Element) -> bool:
    return anchor.tag == "a" and (anchor.get("href") or "").strip().lower().startswith("javascript:")


def _script_entrys_date(holder: etree._Element, text: str) -> bool:
    """Whether the date ``text`` of ``holder`` is an entry's, not the page's: inside a link a script opens (``<a
    href="javascript:;">``) or inside a card, a link holding a headline's worth of text beside the day (cover, name,
    summary, views and day wrapped in one ``<a>``); or the whole text of a cell whose block (its parent) holds a
    script link reading like a headline (SCRIPT_HEADLINE). A static copy of a CMS's column page keeps its entries
    and drops their addresses (cms-ccctspm's 养老服务事工: ten cards, each day in a script link); no group lists
    them, and their days read as the page's own. A print or close button beside an article's date line is a script
    link too, but of a word or two; a day linked to its archive or to the post itself is the link's whole text; an
    entry's block holds a headline and a summary (SCRIPT_ENTRY_TEXT), not an article's text, whose links a copy may
    have turned into script links too."""
    for anchor in (holder, *holder.iterancestors()):
        if anchor.tag != "a" or (anchor.get("href") or "#").startswith("#"):
            continue
        if _script_href(anchor):
            return True
        rest = normalize_space(node_text(anchor)).replace(normalize_space(text), " ", 1)
        if weighted_length(normalize_space(rest)) >= TITLE_LIKE_TEXT:
            return True
    parent = holder.getparent()
    if parent is None or normalize_space(node_text(holder)) != normalize_space(text) or not _day_alone(text):
        return False
    if weighted_length(normalize_space(node_text(parent))) > SCRIPT_ENTRY_TEXT:
        return False  # a block of an article's length: its text may link a page by script (vsb-tztvu's posts)
    return any(
        _script_href(anchor) and weighted_length(normalize_space(node_text(anchor))) >= SCRIPT_HEADLINE
        for anchor in parent.iter("a")
    )


def _day_alone(text: str) -> bool:
    """Whether ``text`` is a day and nothing in words beside it: a list's day cell ("2017-10-16"), not an article's
    labelled meta line ("发布时间：2018-03-20", "时间：2016-06-27 17:14:50 来源："), which dates its page however short
    the text under it and whatever its attachments' script links read (jeecms-icama's one-line notices,
    empire-snpo's picture posts)."""
    found = list_date(text)
    if found is None:
        return False
    rest = text[: found.start()] + text[found.end() :]
    return not any(char.isalpha() for char in rest)


def _word_month_date_line(element: etree._Element, text: str, is_tail: bool) -> bool:
    """A date line with a month's name in any language ("4 de noviembre de 2025" in a Quarto title block, "14. März
    2019"), as extraction reads it: the text is the date alone, not a sentence or a line naming another day ("Zuletzt
    aktualisiert am 24. Jan. 2021", a page's last change), and no link stands beside it in its block or the one
    around it (a list's one entry, its headline linked, dates that entry, not the page)."""
    if is_tail or len(text) >= _SHORT_YEAR_LINE:
        return False
    found = word_month_date(text)
    if found is None or text.strip(" \t\r\n.,;:|()[]") != found.group(0).strip(" .,"):
        return False
    if _under_own_headline(element):
        return True
    near = [element, *islice(element.iterancestors(), 2)]
    # (a link within the page, "#disqus_thread" beside a post's date, is no entry's headline)
    return not any(not a.get("href", "#").startswith("#") for block in near for a in block.iter("a"))


# The clock time right after a day (``- 06:20``, ``, 16:30``, ``um 15:44``, `` at 9:05``): a timestamp's.
_CLOCK_AFTER_DAY = re.compile(r"\s*(?:[-\u2013\u2014,|@\u00b7]\s*|\s[^\W\d_]{1,4}\.?\s+)?\d{1,2}:\d{2}(?!\d)")
_TIMESTAMP_LINE = 80  # characters: a meta line ("10 apríl, 2007 - 06:20 poslal rzelnik"), not a paragraph


def _word_month_timestamp(text: str) -> bool:
    """A day with a month's name in any language and the clock time after it (Drupal's ``10 apríl, 2007 - 06:20
    poslal …``, Slovak): a timestamp as surely as LIST_DATE's English one. LIST_DATE reads "18 marec, 2006 - 16:30"
    by its first three letters (``Mar``) and misses "apríl", "máj", "jún", "júl", "október", "január": drupal-sk's
    forum threads and posts of those months read as undated, and whether the model placed them by their family's
    dates (articles) or held them to the end (pages) followed the crawl's order."""
    if len(text) >= _TIMESTAMP_LINE:
        return False
    found = word_month_date(text)
    return found is not None and _CLOCK_AFTER_DAY.match(text, found.end()) is not None


def _under_own_headline(element: etree._Element) -> bool:
    """Whether ``element`` comes right after an ``<h1>`` that links nowhere: the page's own headline, whose date line
    it is, whatever links its block holds beside them (an Astro post's "back to the news" link and its PDF's "view"
    button around "Resolución 752/2021" and "9 de junio de 2021"). A list's entry links its headline."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment between them
    return before is not None and before.tag == "h1" and next(before.iter("a"), None) is None


def _dated_sentence(text: str, found: re.Match[str] | None) -> bool:
    """``text`` is a sentence of prose naming a day, not a line dating the page: long, and its words after the
    day run on in full-width clause punctuation; or the day is a clause of its own followed by a sentence's worth
    of words ("截至2019年12月31日，全国福利彩票累计发行销售22109.64亿元，", a line a ``<br>`` cut from its sentence;
    a date line's "2020年12月1日，星期二" has a weekday after its comma). ``found``: ``list_date(text)``."""
    if found is None:
        return False
    rest = text[found.end() :].lstrip().removeprefix("日").removeprefix("号")
    if rest.lstrip().startswith("，") and len("".join(rest.split())) > _CLAUSE_AFTER_DAY:
        return True
    return len(text.strip()) >= _SENTENCE_CHARS and _CLAUSE_MARK.search(text, found.end()) is not None


def headline_template(root: etree._Element) -> str:
    """The tags from ``<body>`` down to the page's first content heading (not in nav, aside or the page's
    header and footer), without class names: WordPress writes each post's categories into its classes."""
    body = root.find("body")
    if body is None:
        return ""
    for heading in body.iter("h1", "h2", "h3"):
        if _in_chrome_markup(heading) or not normalize_space(node_text(heading)):
            continue
        tags = [_tag(a) for a in heading.iterancestors() if _tag(a) not in ("body", "html")]
        return "/".join([*reversed(tags), _tag(heading)])
    return ""


def _heading_link(root: etree._Element, url: str, allowed: frozenset[str]) -> str | None:
    """Where the page's first content heading links, when elsewhere on the site.

    An article's headline is its own title; a listing's first heading is the title of the
    first record, a link to it, even when the listing has a single record (a tag page).
    """
    base = document_base(root, url)
    title_element = root.find(".//title")
    doc_title = normalize_space(node_text(title_element)) if title_element is not None else ""
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = normalize_space(node_text(heading))
        if _in_chrome_markup(heading) or not text:
            continue
        anchor = heading.find(".//a[@href]")
        if anchor is not None and _breadcrumb_trail(heading, base):
            continue  # "首页 >> 新闻 >>": the page's place on the site, above its headline
        if anchor is None:
            parent = heading.getparent()
            anchor = parent if parent is not None and parent.tag == "a" and parent.get("href") else None
        target = canonicalize_url(anchor.get("href") or "", base) if anchor is not None else None
        # (``href=""`` links the page itself too)
        if target == url or (anchor is not None and not (anchor.get("href") or "").strip()):
            if _menu_entry_heading(heading, base, url):
                # One entry of a menu set in headings, the entry of the page it sits on (a trading portal's side
                # tree of columns, each column's page linking itself, ``href=""``): the menu's, read on this page
                # as on its other entries' pages, whose first heading is the menu's first entry.
                continue
            # A heading linking to the page itself is its own headline (a theme's permalink), whatever
            # <title> holds: the headings after it (a sidebar's recent posts) are not the page's first.
            return None
        if text in doc_title:
            continue  # the page's own title (a tag's name), or the site's name in a logo heading
        if anchor is not None and anchor is not heading.getparent() and _link_a_minor_part(heading, anchor, text):
            # A line set in a heading whose link is a minor part of it: a talk's subtitle under its headline,
            # "Борис Рыбаков @ <a href=/meetups/3/>rannts #3</a>", names the speaker and the meetup that lists the
            # talk. A listing's first heading is its first record's headline, the link's own words.
            return None
        if target and target != url and is_allowed(target, allowed) and urlsplit(target).path.strip("/"):
            return target
        return None
    return None


def _link_a_minor_part(heading: etree._Element, anchor: etree._Element, heading_text: str) -> bool:
    """Whether ``anchor`` is the one link inside ``heading`` (its text ``heading_text``) and its words are under half
    the heading's. (A heading a theme never closed holds a whole box of links: read as before.)"""
    if next(islice(heading.iter("a"), 1, None), None) is not None:
        return False
    return 2 * weighted_length(normalize_space(node_text(anchor))) < weighted_length(heading_text)


# A menu set in headings: at least this many other entries beside the page's own, each a heading linking a page
_MENU_HEADINGS = 2
# how far up from a heading its entry (the list item or block the menu repeats) may sit
_MENU_ENTRY_DEPTH = 2


def _menu_entry_heading(heading: etree._Element, base: str, url: str) -> bool:
    """Whether ``heading`` is one entry of a menu of headings: the heading or a list item close above it has
    siblings of its tag holding a heading of the same tag that links another page. A post's permalink
    headline has no such siblings; a menu's entry for the page it sits on links that page, as the permalink
    does."""
    entry: etree._Element | None = heading
    for _ in range(_MENU_ENTRY_DEPTH + 1):
        if entry is None:
            return False
        parent = entry.getparent()
        if parent is None:
            return False
        if entry is not heading and entry.tag != "li":
            entry = parent
            continue  # a menu's entries are headings side by side, or list items holding them
        others = 0
        for sibling in parent:
            if sibling is entry or sibling.tag != entry.tag:
                continue
            inner = sibling if sibling.tag == heading.tag else sibling.find(f".//{heading.tag}")
            anchor = inner.find(".//a[@href]") if inner is not None else None
            target = canonicalize_url(anchor.get("href") or "", base) if anchor is not None else None
            if target and target != url:
                others += 1
        if others >= _MENU_HEADINGS:
            return True
        entry = parent
    return False


def _breadcrumb_trail(heading: etree._Element, base: str) -> bool:
    """A heading holding a trail of links that starts at the site's front page ("首页 >> 新闻 >>", "Home »
    News"): a CMS template may set its breadcrumb in an ``<h3>`` above the headline. Its links are the page's
    way home and up, not the headline of a record it lists (a listing's first heading links one record)."""
    links = heading.findall(".//a[@href]")
    if len(links) < 2:
        return False
    first = canonicalize_url(links[0].get("href") or "", base)
    return bool(first) and urlsplit(first_page_url(first)).path in ("", "/")


_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.IGNORECASE)


def refresh_target(root: etree._Element, url: str, allowed: frozenset[str]) -> str | None:
    """The page a ``<meta http-equiv="refresh" content="0; url=…">`` sends to, when on the site."""
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() != "refresh":
            continue
        match = _REFRESH_URL.search(meta.get("content") or "")
        target = canonicalize_url(match.group(1).strip(), document_base(root, url)) if match else None
        if target and target != url and is_allowed(target, allowed):
            return target
    return None


_META_LABELS = ("source", "date", "author")
# A label line repeated in the same markup this many times labels a list's entries, not the page.
ENTRY_LABELS = 3
# An entry of a list (a headline, a summary and a date line) holds at most this much text (weighted: some
# 500 Chinese characters)
ENTRY_TEXT = 1500


_META_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def has_meta_labels(
    root: etree._Element,
    records: set[etree._Element] | None = None,
    kinds: tuple[str, ...] = _META_LABELS,
    headlines: set[etree._Element] | None = None,
) -> bool:
    """Whether a short line of the page starts with a label of ``kinds`` (a source, author or date label;
    outside ``records``: a listing prints "发布于：…" in every entry, an article once, for itself).

    A label printed in the same markup in ENTRY_LABELS elements or more is its entries' too, even where
    they link nowhere a crawler follows (a CMS list whose headlines link ``javascript:;``, a search page
    printing "发布时间：…" under each result): a page's own label line stands once. And a label under a
    link ``headlines`` holds (headline-like links to other pages), in a block no longer than an entry, is that
    entry's: a listing of one record ("共1页1条记录") shows its record's title, summary and date."""
    return _labels_once(label_shapes(root, records, headlines, kinds), kinds)


def label_shapes(
    root: etree._Element,
    records: set[etree._Element] | None = None,
    headlines: set[etree._Element] | None = None,
    kinds: tuple[str, ...] = _META_LABELS,
) -> Counter[tuple[str, str]]:
    """How often each kind of label of ``kinds`` opens a short line in each markup (``_signature``),
    outside ``records`` and entries under ``headlines`` (see has_meta_labels). One walk answers every
    kind: the page analysis asks for any label and for date labels of the same page."""
    shapes: Counter[tuple[str, str]] = Counter()
    # A template may set the meta line in a small heading under the headline (an ASP.NET portal's
    # ``<h4>来源：… 发布时间：… 作者：…</h4>``): a heading below the page's <h1> rank holds it as a block would.
    # A ``<time>`` may hold the line's labelled date (a mobile template's ``<em><time>时间:2015/4/27</time> 作者:…
    # </em>``).
    for element in root.iter(
        "div", "p", "span", "td", "li", "section", "header", "small", "em", "time", *_META_HEADINGS
    ):
        own = element.text
        # A label ends in a colon, which normalizing blanks neither adds nor removes: most texts need no more.
        if not own or (":" not in own and "\uff1a" not in own):
            continue
        text = normalize_space(own)
        if not text or len(text) > 200:
            continue
        # The label test first: few lines open with a label, and the tests of place below walk the tree.
        kind = opening_label_after_date(text)
        if kind is None or kind not in kinds:
            continue
        if records and any(a in records for a in (element, *element.iterancestors())):
            continue
        if headlines and _under_entry_headline(element, headlines):
            continue
        shapes[(kind, _signature(element))] += 1
    return shapes


def _labels_once(shapes: Counter[tuple[str, str]], kinds: tuple[str, ...]) -> bool:
    """Whether a label of ``kinds`` stands in some markup fewer than ENTRY_LABELS times (the page's own)."""
    return any(count < ENTRY_LABELS for (kind, _), count in shapes.items() if kind in kinds)


def _headline_anchors(root: etree._Element, url: str, text_of: Callable[[etree._Element], str]) -> set[etree._Element]:
    """Links that read like headlines (as LinkGroup.title_like) to anything but the page itself: an entry's
    headline, even one a script opens (``javascript:;``, a copy of a CMS whose article links were blanked)."""
    base = document_base(root, url)
    found = set()
    for anchor in islice(root.iter("a"), MAX_OUTLINKS):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#") or weighted_length(text_of(anchor)) < 14:
            continue
        holder = anchor.getparent()
        # (the second link found is enough: a wrapper of a whole menu need not be walked to its end)
        if holder is not None and next(islice(holder.iter("a"), 1, None), None) is not None:
            continue  # one of a trail's or a menu's links ("首页 > 学院新闻动态"), not an entry's headline
        if href.lower().startswith(_SKIP_HREF) or canonicalize_url(href, base) != url:
            found.add(anchor)
    return found


def _under_entry_headline(element: etree._Element, headlines: set[etree._Element]) -> bool:
    """``element`` follows a headline link to another page within one entry-sized block (its parent)."""
    block = element.getparent()
    if block is None or weighted_length(normalize_space(node_text(block))) > ENTRY_TEXT:
        return False
    for node in block.iter():
        if node is element:
            return False
        if node in headlines:
            return True
    return False


def feed_links(root: etree._Element, base_url: str, allowed: frozenset[str]) -> list[str]:
    """RSS and Atom feeds the page announces in its ``<head>``, on the site."""
    found = []
    for link in root.iter("link"):
        kind = (link.get("type") or "").lower()
        if "alternate" in (link.get("rel") or "").lower() and ("rss" in kind or "atom" in kind):
            url = canonicalize_url(link.get("href") or "", document_base(root, base_url))
            if url and is_allowed(url, allowed):
                found.append(url)
    return list(dict.fromkeys(found))


# How far from the page's own number a pager's nearest link may be: a pager always offers a
# neighbouring page (windowed pagers "1 2 3 … 40" too; index_1.html is a second page).
PAGER_REACH = 2
# Pages a pager must name, their numbers followed by one fixed digit, to be read as a series' pager
# (_suffixed_neighbours)
SUFFIXED_PAGES = 3


def _plausible_pagers(url: str, refs: list[PageRef]) -> set[str]:
    """The numbering families among ``refs`` that read like a pager of the page at ``url``.

    A section's front page whose boxes each end in an image "more" link to ``news_140.html``,
    ``news_139.html`` … names categories by id, not pages: none of them is a neighbour of the page.
    """
    own = page_ref(url)
    numbers: dict[str, list[int]] = defaultdict(list)
    for ref in refs:
        numbers[ref.family].append(ref.number)
    plausible = set()
    for family, found in numbers.items():
        here = own.number if own is not None and own.family == family else 1
        # A page of a series names its pages with the series' digit after the number (``news_61.html``: page 6)
        suffixed = own is not None and own.family == family and _suffixed_neighbours(here, found)
        if suffixed or any(abs(number - here) <= PAGER_REACH for number in found):
            plausible.add(family)
    return plausible


def _suffixed_neighbours(here: int, found: list[int]) -> bool:
    """The page numbers carry one fixed last digit after the page's (a series' id: ``news_61.html`` is page 6 of
    series 1, its pager ``news_21.html`` … ``news_91.html``): read without it, neighbours are among them, and the
    pager names a run of pages so (SUFFIXED_PAGES at least)."""
    if here < 10:
        return False
    suffixed = {number // 10 for number in found if number >= 10 and number % 10 == here % 10}
    near = any(abs(page - here // 10) <= PAGER_REACH for page in suffixed)
    return near and len(suffixed) >= SUFFIXED_PAGES


def text_digest(text: str) -> int:
    """64 bits of the page's text (blake2b): equal for pages that show the same words, whatever their links' queries."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def analyze_page(root: etree._Element, url: str, allowed: frozenset[str], raw_html: str = "") -> PageAnalysis:
    """Group a page's links by repeated structure and read its pager, dates and article markers."""
    text_of = _Texts()
    every_link = page_links(root, url, allowed, text_of)
    own_links = [link for link in every_link if link.url == url]
    permalinks = [link for link in every_link if _under_query_into(link, url)]
    if permalinks:  # the page's anchors read only where a link may point into it: most pages have none
        anchors = _anchor_names(root)
        own_links += [link for link in permalinks if _fragment(link) in anchors]
    links = [link for link in every_link if link not in own_links]
    pagination: list[PageRef] = []
    content: list[PageLink] = []
    pager_text = []
    candidates: list[tuple[PageLink, PageRef | None]] = []
    listing = ListingAt(url)
    worded: set[str] | None = None  # pages the page links by words that are no pager's, read when first asked
    for link in links:
        ref = listing.other_page(link.url)
        if ref is not None and not link.text and worded is None:
            worded = {other.url for other in links if other.text and not is_pager_text(other.text)}
        if ref is not None and (
            is_pager_text(link.text)
            or "next" in link.rel
            or "prev" in link.rel
            # A link without words (a picture) is a pager's arrow, unless the page names its target in words
            # elsewhere: a breadcrumb's house icon beside "Home", both linking an edition's front page
            # (``index1.html``, numbered like the home's first page), is the way home, not a pager.
            or (not link.text and link.url not in (worded or ()))
            or _in_pager_place(link.element)
        ):
            candidates.append((link, ref))
        else:
            candidates.append((link, None))
    pager_families = _plausible_pagers(url, [ref for _, ref in candidates if ref is not None])
    worded_pages: list[str] = []
    for link, ref in candidates:
        if ref is not None and ref.family in pager_families:
            pagination.append(ref)
            if weighted_length(link.text) >= TITLE_LIKE_TEXT and not is_pager_text(link.text):
                # Numbered as another page of a listing here, worded as a headline: a post's link to its neighbour
                # (WordPress's rel="prev" from ``blog-post_8.html`` to ``blog-post_7.html``, named by its title,
                # slugs that number the day). A reader follows it whatever the page proves to be, a listing (its
                # pager) or a post (the chain of posts, where no listing of the copy shows the older ones).
                worded_pages.append(link.url)
            holder = link.element.getparent()
            # with a space at every element boundary: WP-PageNavi prints "Page 1 of 2" and then the current
            # page's "1", which glued read "Page 1 of 21"
            pager_text.append(inline_text(holder if holder is not None else link.element))
        else:
            content.append(link)
    record_elements: set[etree._Element] = set()
    every_record: list[tuple[bool, list[etree._Element]]] = []
    # A link to a file (a report's slides, its recording) is the page's attachment, never a record.
    record_links = [link for link in content if not names_a_file(link.url)]
    site_anchors = {link.element: link.url for link in every_link}
    groups = _groups(record_links, record_elements, text_of, every_record, own_links, site_anchors)
    grouped = {u for g in groups for u in g.urls}
    title_element = root.find(".//title")
    text = normalize_space(node_text(root))
    seen: set[str] = set()
    unique_pages = [p for p in pagination if not (p.url in seen or seen.add(p.url))]  # type: ignore[func-returns-value]
    markup = _Markup(root)
    # A lone card headed by a link in an element named a title (a tag page's one post, shown whole) is that
    # post's: its dates and label lines are the post's, not the page's own. A link in the card's heading
    # may be a short post's reference instead; the heading-link rule weighs that with the listings.
    cards = {card for _, records in every_record if len(records) == 1 for card in records if _title_card(card)}
    outside_records = record_elements | cards

    def read_labels() -> tuple[bool, bool]:
        shapes = label_shapes(root, outside_records, _headline_anchors(root, url, text_of))
        labelled = _labels_once(shapes, _META_LABELS)
        return labelled, labelled and _labels_once(shapes, ("date",))

    return PageAnalysis(
        url=url,
        title=normalize_space(node_text(title_element)) if title_element is not None else None,
        groups=groups,
        pagination=unique_pages,
        counts_text=" ".join(pager_text) + " " + _counts_tail(root, text),
        text_length=weighted_length(text),
        has_date=_has_own_date(root, markup, outside_records),
        article_signals=_article_signals(markup, raw_html, record_elements),
        other_links=list(dict.fromkeys([link.url for link in content if link.url not in grouped] + worded_pages)),
        feeds=feed_links(root, url, allowed),
        label_reader=read_labels,
        heading_link=_heading_link(root, url, allowed),
        refresh=refresh_target(root, url, allowed),
        grouped_text=_grouped_text(root, every_record, text_of),
        template=headline_template(root),
        text_digest=text_digest(text),
    )


# The end of a page's text where a listing states its pages and records (after its list, by its pager).
_COUNTS_TAIL = 3000


def _counts_tail(root: etree._Element, text: str) -> str:
    """The end of the page's text, where it states a count, read with a space at every element boundary: the text
    glues "Page 1 of 2" to the current page's "1" after it ("Page 1 of 21"). Read apart only where the glued text
    states a count (few pages do)."""
    tail = text[-_COUNTS_TAIL:]
    if page_count(tail) is None and record_count(tail) is None:
        return tail
    return normalize_space(inline_text(root))[-_COUNTS_TAIL:]


def analyze_stored(
    url: str, final_url: str, body: bytes, allowed: frozenset[str], charset: str | None = None
) -> PageAnalysis | None:
    """``analyze_page`` of a page's stored bytes (an archived capture), under its archived URL ``url``, as the crawl
    analysed it when fetched (links resolved against ``final_url``); None for bytes that do not parse."""
    try:
        root, encoding = parse_html(body, charset)
    except ExtractionError:
        return None
    analysis = analyze_page(
        root, final_url or url, allowed, body.decode(encoding if encoding != "unicode" else "utf-8", "replace")
    )
    analysis.url = url
    return analysis


def _chrome_elements(root: etree._Element) -> set[etree._Element]:
    """The page's own chrome markup: nav, aside and menu anywhere, header and footer outside an
    article or main (those are the article's own). Their text (a theme switcher, a copyright line, a
    visitor counter) is no one's prose."""
    body = root.find("body")
    found: set[etree._Element] = set()
    if body is None:
        return found
    for element in body.iter("nav", "aside", "menu", "header", "footer"):
        if element.tag in _PAGE_CHROME and any(_tag(a) in _CONTENT_TAGS for a in element.iterancestors()):
            continue
        found.add(element)
    return found


def _grouped_text(root: etree._Element, records: list[tuple[bool, list[etree._Element]]], text_of: _Texts) -> int:
    """Weighted length of the page's text that is no one's prose: its link groups' records and its chrome.

    Records of content groups are summed group by group, as the learner has always weighed them (a card
    whose thumbnail, headline and date each link the post counts thrice). A record inside another group's
    record is that record's text, counted with it: a tab of news whose "more" link takes the whole tab as its
    record holds the tab's list items, another group's records, and counted twice the lists outweighed the
    page's whole text, leaving a post beside them no prose of its own. Chrome (nav, aside, menu, the page's
    header and footer, and the records of groups inside them) is counted once: a drop-down menu's item holds
    its sub-menu's items, records of another group, and a theme may repeat its menu for phones.
    """
    content_records = [r for in_chrome, group in records if not in_chrome for r in group]
    content = _outermost_text(content_records, text_of)
    chrome = _chrome_elements(root)
    for in_chrome, group in records:
        if in_chrome:
            chrome.update(group)
    return content + _outermost_text(chrome, text_of)


def _outermost_text(elements: Iterable[etree._Element], text_of: _Texts) -> int:
    """Weighted length of the text inside ``elements``, each counted as often as listed but none inside another.

    Whether an element has an ancestor among them is folded down from the root once per element above them (a
    list's records share their ancestors): the same answer as each record's ancestors searched in turn."""
    listed = list(elements)
    holders = set(listed)
    inside: dict[etree._Element, bool] = {}

    def step(element: etree._Element, above: bool) -> bool:
        return above or element in holders

    return sum(
        _text_length(element, text_of)
        for element in listed
        if not _down_from_root(element.getparent(), inside, step, False)
    )


@lru_cache(maxsize=65536)  # asked of every link of every group, on every page: the same few URLs again
def path_family(url: str) -> str:
    """The shape of a URL: digit runs as ``{n}``, the last path segment as ``*``, query keys kept.

    Articles of one section share a family (``/NewsDes/*.html``, ``/2020/{n}/{n}/*/``,
    ``/news/*.html?id``), their listings have another (``/News/*.html`` holds
    ``list-3-1.html`` and ``list-3-2.html``; ``/`` and ``/page/{n}/`` are the home's).
    """
    parts = urlsplit(url)
    segments = parts.path.split("/")
    last = max((i for i, s in enumerate(segments) if s), default=-1)
    shaped = []
    for index, segment in enumerate(segments):
        if index == last:
            stem, dot, extension = segment.rpartition(".")
            segment = f"*.{extension.lower()}" if dot and stem and extension.isalnum() else "*"
        else:
            segment = _DIGITS.sub("{n}", segment)
        shaped.append(segment)
    family = "/".join(shaped)
    if parts.query:
        keys = sorted({k.split("=", 1)[0].lower() for k in parts.query.split("&") if k})
        family += "?" + "&".join(keys)
    # one string per family, not one per URL: the cache above holds a result per URL, and the site model counts by
    # family
    return sys.intern(family)
