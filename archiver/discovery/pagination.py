"""Pagination families: which URLs are pages of one listing, and how many pages it has. Pure.

Real portals number their listing pages in a handful of ways, and page 1 usually has no
number at all (``/news/`` then ``/news/2/``, ``/news/page2/``, ``index.html`` then
``index_1.html``). Every family is recognised by taking the page number *out* of a URL:
two URLs whose remainders are equal are pages of the same listing, whichever pages they
are, so page 2 recognises page 3 as well as page 1 does.

Counts printed by the pager ("共 12 页", "Page 1 of 12") and pagers written by script
(government CMSes' ``createPageHTML(12, 0, "index", "html")``) are read too, so the pages
a listing has can be named without following every "next" link and without running
JavaScript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that number pages (``start``/``offset`` count records, not pages; both
# still order the pages of one listing, which is all that is needed to follow them).
PAGE_PARAMS = frozenset(
    {
        "page",
        "paged",
        "p",
        "pg",
        "pn",
        "pageno",
        "page_no",
        "pagenum",
        "pageindex",
        "pageid",
        "curpage",
        "cp",
        "currentpage",
        "start",
        "offset",
        "pagenumber",
        "pid",
    }
)
# Path families, most specific first. Group 1 is the page number.
_PATH_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ... and its index file, as a static copy links it (HTTrack: /2022/02/page/2/index.html)
    ("page-dir", re.compile(r"/(?:page|p|pages|seite|pagina)[/_-]?(\d{1,5})(?:/|/index\.html?)?$", re.IGNORECASE)),
    # index_2.html (government CMSes), index2.html (Pelican)
    (
        "index-file",
        re.compile(r"/(?:index|default|list|more)[_-]?(\d{1,5})\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE),
    ),
    ("list-file", re.compile(r"/[a-z]*[_-](?:\d+[_-])+(\d{1,5})\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)),
    ("suffix-file", re.compile(r"_(\d{1,5})\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)),
    # At most 3 digits: /2020/ is a year's archive, not page 2020.
    ("number-file", re.compile(r"/(\d{1,3})\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)),
    ("number-dir", re.compile(r"/(\d{1,3})/?$")),
)
_PAGER_TEXT = re.compile(
    r"^[\s«»‹›<>←→…|\[\]()]*(?:"
    r"\d{1,5}|\.\.\.|"
    r"(?:next|prev|previous|older|newer|last|first|more|go\s+to)(?:\s+(?:page|pages|posts|entries|articles|"
    r"news|stories|items|results))?|(?:page|seite|pagina)\s*\d{1,5}|"
    r"下一页|上一页|下页|上页|尾页|末页|首页|最后一页|第一页|后一页|前一页|下一頁|上一頁|尾頁|更多|"
    r"第?\d{1,5}[页頁]|Nächste|Vorherige|Suivant|Précédent|Siguiente|Anterior"
    r")?[\s«»‹›<>←→…|\[\]()]*$",
    re.IGNORECASE,
)
# A link's place can say "pager" too (a hint, asked only of links whose URL already numbers a
# page of this listing).
PAGER_PLACE = re.compile(
    r"pag(?:e|er|es|ing|ination|inate|enav|e-numbers|enavi|elist|ebar)|fenye|page_nav", re.IGNORECASE
)
_PAGE_COUNT = re.compile(
    r"共\s*(\d{1,5})\s*页|(\d{1,5})\s*页\s*(?:共|合计)|第\s*\d{1,5}\s*/\s*(\d{1,5})\s*页|"
    r"\b\d{1,5}\s*/\s*(\d{1,5})\s*页|页次[:：]?\s*\d{1,5}\s*/\s*(\d{1,5})|"
    r"\bpage\s+\d{1,5}\s+(?:of|/)\s+(\d{1,5})\b|\b(\d{1,5})\s+pages\b|"
    # VSB's pager on a list of one page: "共8条  1/1  首页 上页 下页 尾页" (records, page 1 of 1, its buttons). Its
    # "1/15" is not read: VSB pages a longer list by script (its "下页" links "javascript:;"), whose pages no crawl
    # fetches; read, each such list stated a shortfall the copy cannot show (vsb-tztvu: 9 listings, exit 5).
    r"共\s*\d{1,7}\s*条\s*1\s*/\s*(1)\s*首页",
    re.IGNORECASE,
)
# Every match of _PAGE_COUNT contains one of these (same flags): text without them cannot state a
# count, and the cheap search spares the slow one on most pages (it runs on every page crawled).
_PAGE_COUNT_WORD = re.compile(r"页|page", re.IGNORECASE)


def _says_page(text: str) -> bool:
    """``_PAGE_COUNT_WORD.search(text)`` found something, answered by substring scans (six times faster on a
    page's tail: a case-insensitive alternation is tried at every position). IGNORECASE matches p, a, g, e to
    their two ASCII cases only, and ``lower()`` maps nothing else to them (its one change of length, İ to i̇,
    makes no letter of "page"): ``tests/test_pagination.py`` checks both over every code point.

    Lowered as bytes where the text is not ASCII (a page's tail of 3,000 characters, lowered code point by code
    point, cost more than the rest of the screens together): every code point becomes one byte, itself if ASCII,
    "?" else, so four ASCII bytes "page" in a row are the same four code points in a row that ``lower()`` made
    "page" of (it lowers no other code point into a text holding one of its letters)."""
    if "页" in text:
        return True
    if text.isascii():
        return "page" in text.lower()
    return b"page" in text.encode("ascii", "replace").lower()


_RECORD_COUNT = re.compile(
    r"共\s*\d{1,5}\s*页\s*/?\s*(\d{1,7})\s*(?:条|篇|项|則|条记录)|共\s*(\d{1,7})\s*(?:条|篇|项|则|條)|"
    r"(?:总计|总共|合计)\s*(\d{1,7})\s*(?:条|篇)|(\d{1,7})\s*(?:条记录|篇文章)|"
    # a list whose pager posts a form states its total as a search's ("搜索到约312项结果": about 312 results)
    r"(?:搜索到|找到|检索到)约?\s*(\d{1,7})\s*(?:项|条|个)结果|"
    r"\b(\d{1,7})\s+(?:results|items|posts|articles|records|entries)\b",
    re.IGNORECASE,
)
# Every match of _RECORD_COUNT contains one of these characters, or one of these words in any case.
_RECORD_COUNT_CHARS = "条篇项則则條"
_RECORD_COUNT_WORDS = ("results", "items", "posts", "articles", "records", "entries")
_RECORD_COUNT_WORD_BYTES = tuple(word.encode("ascii") for word in _RECORD_COUNT_WORDS)
# The code points beyond ASCII whose ``casefold()`` holds an ASCII letter (ß, İ, ŉ, ſ, ǰ, ẖ-ẚ, ẞ, K, the ligatures
# ﬀ-ﬆ; tests/test_pagination.py lists them over every code point), and "ı", which the screen makes an "i".
_FOLDS_TO_ASCII_LETTERS = re.compile("[\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")


def _names_records(text: str) -> bool:
    """One of _RECORD_COUNT_WORDS stands in ``text.casefold()`` (with "ı" as "i"). Where no code point beyond ASCII
    folds to an ASCII letter (_FOLDS_TO_ASCII_LETTERS), the words can only be ASCII code points in a row, folded
    as ``lower()`` folds them: read from the text's bytes (one per code point, "?" beyond ASCII), lowered, rather
    than folding a page's tail code point by code point."""
    if text.isascii() or _FOLDS_TO_ASCII_LETTERS.search(text) is not None:
        folded = text.casefold().replace("ı", "i")
        return any(word in folded for word in _RECORD_COUNT_WORDS)
    lowered = text.encode("ascii", "replace").lower()
    return any(word in lowered for word in _RECORD_COUNT_WORD_BYTES)


# createPageHTML(12, 0, "index", "html") and its relatives: (pages, current, prefix, extension).
_SCRIPT_PAGER = re.compile(
    r"\b\w*[Pp]age\w*\s*\(\s*([\w.]+)\s*,\s*([\w.]+)\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](s?html?|php|aspx?|jsp)['\"]"
)
_SCRIPT_VAR = re.compile(r"\b(?:var|let|const)?\s*([A-Za-z_]\w*)\s*=\s*(\d{1,5})\s*[;,\n]")


@dataclass(frozen=True)
class PageRef:
    """A URL as one numbered page of a listing: ``key`` is the URL without its number."""

    url: str
    key: str
    number: int
    family: str
    template: str  # the URL with "{}" where the number goes

    def url_for(self, number: int) -> str:
        return self.template.replace("{}", str(number))


@lru_cache(maxsize=16384)  # asked per link with the page's own URL, and of the menus every page repeats
def page_ref(url: str) -> PageRef | None:
    """The page number a URL carries, by family; None when it carries none."""
    parts = urlsplit(url)
    if parts.query:
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        for index, (name, value) in enumerate(pairs):
            if name.lower() in PAGE_PARAMS and value.isdigit() and len(value) <= 6:
                rest = [pair for i, pair in enumerate(pairs) if i != index]
                key = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest), ""))
                marked = [(n, "{}" if i == index else v) for i, (n, v) in enumerate(pairs)]
                template = urlunsplit(
                    (parts.scheme, parts.netloc, parts.path, urlencode(marked).replace("%7B%7D", "{}"), "")
                )
                return PageRef(url, key, int(value), f"query:{name}", template)
    path = parts.path
    for family, pattern in _PATH_FAMILIES:
        match = pattern.search(path)
        if match is None:
            continue
        start, end = match.span(1)
        key_path = _key_path(path, match, family)
        key = urlunsplit((parts.scheme, parts.netloc, key_path, parts.query, ""))
        template = urlunsplit((parts.scheme, parts.netloc, path[:start] + "{}" + path[end:], parts.query, ""))
        return PageRef(url, key, int(match.group(1)), family, template)
    return None


def _key_path(path: str, match: re.Match[str], family: str) -> str:
    """The path of the listing's first page, as that page's own URL spells it."""
    start = match.start()
    if family in ("page-dir", "number-dir", "number-file"):
        return path[:start] + "/"  # /news/page/3/, /news/3/, /html/news/3.html -> /news/
    if family == "index-file":
        return path[:start] + "/"  # index_2.html -> the directory (index.html is its home)
    number_start, number_end = match.span(1)
    return path[: number_start - 1] + path[number_end:]  # list-3-2.html -> list-3.html, x_2.html -> x.html


def listing_key(url: str) -> str:
    """The key of the listing a URL belongs to: its own URL for a first page without a number."""
    ref = page_ref(url)
    if ref is not None:
        return ref.key
    return first_page_url(url)


@lru_cache(maxsize=16384)
def first_page_url(url: str) -> str:
    """``url`` without a trailing index file: ``/tzgg/index.html`` and ``/tzgg/`` are one page."""
    parts = urlsplit(url)
    path = re.sub(r"/(?:index|default)\.(?:s?html?|php|aspx?|jsp)$", "/", parts.path, flags=re.IGNORECASE)
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def is_pager_text(text: str) -> bool:
    return bool(text.strip()) and bool(_PAGER_TEXT.match(text.strip()))


def same_listing(page_url: str, link_url: str) -> PageRef | None:
    """``link_url`` as another page of the listing at ``page_url``, or None."""
    return ListingAt(page_url).other_page(link_url)


class ListingAt:
    """The listing a page belongs to, read once for all of the page's links (``same_listing`` of each): what
    ``same_listing`` reads of the page's own URL does not change from one link to the next."""

    def __init__(self, page_url: str) -> None:
        self.page_url = page_url
        self._keys: tuple[str, str] | None = None
        self._first: tuple[PageRef | None] | None = None
        self._directory: str | None = None

    def other_page(self, link_url: str) -> PageRef | None:
        """``same_listing(self.page_url, link_url)``."""
        ref = page_ref(link_url)
        if ref is None or link_url == self.page_url:
            return None
        if self._keys is None:
            self._keys = (listing_key(self.page_url).rstrip("/"), first_page_url(self.page_url).rstrip("/"))
        # /stories then /stories/2: a directory's pages, whether page 1 ends in a slash or not
        if ref.key.rstrip("/") in self._keys:
            return ref  # the second test: /list-3.html is page 1 of /list-3-2.html, not page 3 of /
        # list_12_3.html vs list_12.html: a first page that names its category but not its number
        if self._first is None:
            self._first = (page_ref(self.page_url),)
        first = self._first[0]
        if first is not None:
            return ref if first.key == ref.key else None
        # /a/news/ then /a/news/list_12_2.html: a first page without a number, its further pages
        # in its own directory (the caller also wants pager text or a pager's place)
        if self._directory is None:
            self._directory = _directory(self.page_url)
        if _directory(ref.url) == self._directory and ref.family in ("list-file", "index-file", "suffix-file"):
            return ref
        return None


def _directory(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc + parts.path.rsplit("/", 1)[0]


def page_count(text: str) -> int | None:
    """The number of pages a pager states ("共 12 页", "Page 1 of 12", "1/12页")."""
    if not _says_page(text):
        return None
    best = None
    for match in _PAGE_COUNT.finditer(text):
        value = int(next(g for g in match.groups() if g))
        if 1 <= value <= 100_000:
            best = max(best or 0, value)
    return best


def record_count(text: str) -> int | None:
    """The number of records a listing states ("共 123 条", "245 results")."""
    # casefold() folds what IGNORECASE matches ("ſ" as "s"), except the dotless "ı" it matches to "i"
    if not any(char in text for char in _RECORD_COUNT_CHARS) and not _names_records(text):
        return None
    for match in _RECORD_COUNT.finditer(text):
        value = int(next(g for g in match.groups() if g))
        if 0 < value <= 10_000_000:
            return value
    return None


def script_pages(script: str, page_url: str) -> list[str]:
    """Listing pages named by a script pager, e.g. ``createPageHTML(5, 0, "index", "html")``.

    The government-CMS convention: page 1 is ``index.html``, page n is ``index_{n-1}.html``,
    both in the listing's directory. Variables assigned numbers earlier in the script are
    resolved (``createPageHTML(countPage, currentPage, …)``); nothing is executed.
    """
    variables = {name: int(value) for name, value in _SCRIPT_VAR.findall(script)}

    def number(token: str) -> int | None:
        if token.isdigit():
            return int(token)
        return variables.get(token)

    pages: list[str] = []
    for total_token, _current, prefix, extension in _SCRIPT_PAGER.findall(script):
        total = number(total_token)
        if total is None or not 1 < total <= 100_000:
            continue
        for n in range(total):
            name = f"{prefix}.{extension}" if n == 0 else f"{prefix}_{n}.{extension}"
            pages.append(urljoin(page_url, name))
    return list(dict.fromkeys(pages))
