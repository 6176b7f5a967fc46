"""Pagination families, page counts and script pagers (archiver.discovery.pagination)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.discovery.frontier import listing_pages
from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.pagination import (
    _PAGE_COUNT,
    _RECORD_COUNT,
    PageRef,
    listing_key,
    page_count,
    page_ref,
    record_count,
    same_listing,
    script_pages,
)
from archiver.extract.html import parse_html
from tests.conftest import examples

H = "http://portal.test"


@pytest.mark.parametrize(
    ("page", "link", "number"),
    [
        ("/", "/page2/", 2),  # jekyll-paginate
        ("/page2/", "/page3/", 3),  # ... from page 2 on, too
        ("/news/", "/news/2/", 2),  # numbered directories
        ("/news/2/", "/news/3/", 3),
        ("/stories", "/stories/2", 2),  # a Next.js export: page 1 without its slash
        ("/posts/page/2/", "/posts/page/3/", 3),  # Hugo, Hexo, WordPress
        ("/2022/02/index.html", "/2022/02/page/2/index.html", 2),  # a static copy links the index files
        ("/2022/02/page/2/index.html", "/2022/02/page/1/index.html", 1),
        ("/news/page3/", "/news/page4/", 4),
        ("/a/news/", "/a/news/list_12_2.html", 2),  # DedeCMS: page 1 has no number
        ("/a/news/list_12_2.html", "/a/news/list_12_3.html", 3),
        ("/News/list-3-1.html", "/News/list-3-2.html", 2),  # the kmabxh family
        ("/list-3.html", "/list-3-2.html", 2),  # the gov theme: /list-3.html is no page 3
        ("/xwdt/index.html", "/xwdt/index_1.html", 1),  # government CMS: index_1 is the second page
        ("/xwdt/index_2.html", "/xwdt/index_1.html", 1),
        ("/news/index_2.html", "/news/index_3.html", 3),  # EmpireCMS
        ("/html/news/", "/html/news/2.html", 2),  # PHPCMS static
        ("/news?page=1", "/news?page=2", 2),  # Drupal (zero-based)
        ("/news", "/news?page=1", 1),
        ("/?paged=2", "/?paged=3", 3),  # WordPress
        ("/list.aspx?page=2", "/list.aspx?page=3", 3),  # ASP.NET
        ("/portal.php?catid=1&mod=list", "/portal.php?catid=1&mod=list&page=2", 2),  # Discuz
        ("/search?q=x&start=10", "/search?q=x&start=20", 20),
    ],
)
def test_another_page_of_the_same_listing(page: str, link: str, number: int) -> None:
    ref = same_listing(H + page, H + link)
    assert ref is not None and ref.number == number


@pytest.mark.parametrize(
    ("page", "link"),
    [
        ("/", "/2020/"),  # a year's archive is not page 2020
        ("/a/news/", "/a/news/20200102/123.html"),  # an article
        ("/news/", "/events/2/"),  # another listing's page
        ("/News/list-3-1.html", "/News/list-4-2.html"),
        ("/news/2/", "/news/2/"),
    ],
)
def test_not_a_page_of_this_listing(page: str, link: str) -> None:
    assert same_listing(H + page, H + link) is None


def test_a_page_ref_names_every_page_of_its_listing() -> None:
    ref = page_ref(H + "/News/list-3-2.html")
    assert ref is not None and ref.url_for(9) == H + "/News/list-3-9.html"
    query = page_ref(H + "/list.aspx?cat=4&page=2")
    assert query is not None and query.url_for(5) == H + "/list.aspx?cat=4&page=5"
    assert listing_key(H + "/xwdt/index.html") == listing_key(H + "/xwdt/index_3.html") == H + "/xwdt/"


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("共 12 页 当前第1页", 12),
        ("Page 1 of 9", 9),
        ("1/5页", 5),
        ("第2/7页", 7),
        ("页次：1/30", 30),
        ("共8条 1/1 首页上页下页尾页", 1),
        ("共143条 1/15 首页 上页 下页 尾页", None),  # a longer VSB list is paged by script: not read
        ("首页 上一页 下一页 尾页", None),
        ("2024年11月22日", None),
    ],
)
def test_page_count(text: str, pages: int | None) -> None:
    assert page_count(text) == pages


def test_record_count() -> None:
    assert record_count("共 123 条记录") == 123
    assert record_count("245 results") == 245
    assert record_count("共 4页19条") == 19  # DedeCMS
    assert record_count("nothing here") is None


def _counts_by_full_scan(text: str) -> tuple[int | None, int | None]:
    """What the count patterns find without the quick screen page_count and record_count run first."""
    pages = [int(next(g for g in m.groups() if g)) for m in _PAGE_COUNT.finditer(text)]
    records = [int(next(g for g in m.groups() if g)) for m in _RECORD_COUNT.finditer(text)]
    records = [r for r in records if 0 < r <= 10_000_000]
    return max((p for p in pages if 1 <= p <= 100_000), default=None), (records[0] if records else None)


@pytest.mark.parametrize(
    "text",
    ["12 RESULTS", "12 reſults", "7 ıtems", "PAGE 2 OF 5", "3 Pages", "共 4页19条", "lorem 8 entrIes", "no count"],
)
def test_quick_screen_finds_every_count_the_patterns_find(text: str) -> None:
    # IGNORECASE matches "ſ" as "s" and "ı" as "i": the screen must let those through too
    assert (page_count(text), record_count(text)) == _counts_by_full_scan(text)


@given(st.text(alphabet="0123456789 /页共条篇pagePAGEofresultsitemsſıİ", max_size=40))
def test_quick_screen_agrees_with_the_full_scan(text: str) -> None:
    assert (page_count(text), record_count(text)) == _counts_by_full_scan(text)


def test_script_pager_names_its_pages_without_running_it() -> None:
    script = 'var countPage = 5;var currentPage = 0;createPageHTML(countPage, currentPage, "index", "html");'
    assert script_pages(script, H + "/xwdt/index.html") == [
        H + "/xwdt/index.html",
        *(f"{H}/xwdt/index_{n}.html" for n in range(1, 5)),
    ]
    assert script_pages('createPageHTML(3, 1, "index", "shtml");', H + "/a/b/") == [
        H + "/a/b/index.shtml",
        H + "/a/b/index_1.shtml",
        H + "/a/b/index_2.shtml",
    ]
    assert script_pages("createPageHTML(countPage, 0, 'index', 'html')", H + "/") == []  # unknown total


def test_a_windowed_pager_yields_every_page_between() -> None:
    refs = [page_ref(H + f"/news/page/{n}/") for n in (2, 3, 40)]
    page = PageAnalysis(
        url=H + "/news/",
        title=None,
        groups=[],
        pagination=[r for r in refs if r],
        counts_text="",
        text_length=0,
        has_date=False,
        article_signals=False,
    )
    pages = listing_pages(page, [], max_pages=500)
    assert pages[:3] == [H + "/news/page/2/", H + "/news/page/3/", H + "/news/page/40/"]
    assert len(pages) == 39 and H + "/news/page/17/" in pages


@given(st.text(max_size=200))
def test_untrusted_urls_and_text_never_crash(text: str) -> None:
    page_ref(H + "/" + text)
    page_count(text)
    record_count(text)
    script_pages(text, H + "/")


def test_pelican_index_pages() -> None:
    ref = same_listing(H + "/osc/index.html", H + "/osc/index2.html")
    assert ref is not None and ref.number == 2 and ref.key == H + "/osc/"


def test_a_stated_count_is_read_apart_from_the_current_page_number_after_it() -> None:
    """WP-PageNavi prints "Page 1 of 2" and then the current page's "1" in the next element: read glued, the
    listing stated 21 pages, and a month archive of twelve posts counted "10 of ~210" (wp-aganor's exit 5)."""
    posts = "".join(
        f"<article><h2><a href='/2022/02/0{n}/post-{n}/'>Notice to importers number {n}</a></h2></article>"
        for n in range(1, 10)
    )
    html = (
        f"<html><head><title>February 2022</title></head><body><main>{posts}"
        "<div class='wp-pagenavi'><span class='pages'>Page 1 of 2</span><span class='current'>1</span>"
        "<a class='page' href='/2022/02/page/2/'>2</a><a class='nextpostslink' href='/2022/02/page/2/'>Next</a>"
        "</div></main><footer>Standards agency</footer></body></html>"
    )
    root, _ = parse_html(html)
    page = analyze_page(root, H + "/2022/02/", frozenset({"portal.test"}), html)
    assert page.page_count == 2


def test_the_page_word_screen_is_the_case_insensitive_search() -> None:
    """``_says_page`` answers as ``_PAGE_COUNT_WORD.search`` did: over every code point, each letter of "page"
    IGNORECASE matches its two ASCII cases only, and ``lower()`` turns no other code point into a text holding one
    of them; so "page" in the lowered text is the case-insensitive search (with 页, matched by itself only)."""
    import sys

    letters = {letter: re.compile(re.escape(letter), re.IGNORECASE) for letter in "page页"}
    for codepoint in range(sys.maxunicode + 1):
        char = chr(codepoint)
        for letter, pattern in letters.items():
            assert (pattern.fullmatch(char) is not None) == (char.lower() == letter), hex(codepoint)
        assert char in "pagePAGE" or not any(letter in char.lower() for letter in "page"), hex(codepoint)


@given(st.text(alphabet=st.sampled_from(list("pagePAGE页 İıſKé1/共\n")), max_size=40))
def test_the_page_word_screen_on_any_text(text: str) -> None:
    from archiver.discovery.pagination import _PAGE_COUNT_WORD, _says_page

    assert _says_page(text) == (_PAGE_COUNT_WORD.search(text) is not None)


_URL_PART = st.sampled_from(
    ["", "/", "news", "list", "index", "page", "2", "3", "12", "_", "-", ".html", ".php", "?page=2", "?p=3&x=1", "#a"]
)


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(_URL_PART, max_size=6), st.lists(st.lists(_URL_PART, max_size=6), min_size=1, max_size=6))
def test_a_pages_listing_read_once_answers_as_same_listing(page: list[str], links: list[list[str]]) -> None:
    """``ListingAt(page).other_page(link)`` for each of a page's links, the page's own reads kept between them, is
    ``same_listing(page, link)`` as first written (each link read with the page's URL afresh)."""
    from archiver.discovery.pagination import ListingAt, _directory, first_page_url

    def written(page_url: str, link_url: str) -> PageRef | None:
        ref = page_ref(link_url)
        if ref is None or link_url == page_url:
            return None
        here = listing_key(page_url)
        if ref.key.rstrip("/") in (here.rstrip("/"), first_page_url(page_url).rstrip("/")):
            return ref
        first = page_ref(page_url)
        if first is not None:
            return ref if first.key == ref.key else None
        if _directory(ref.url) == _directory(page_url) and ref.family in ("list-file", "index-file", "suffix-file"):
            return ref
        return None

    page_url = H + "/" + "".join(page)
    at = ListingAt(page_url)
    for link in links:
        link_url = H + "/" + "".join(link)
        assert at.other_page(link_url) == written(page_url, link_url)
        assert same_listing(page_url, link_url) == written(page_url, link_url)


def test_the_code_points_folded_to_ascii_letters() -> None:
    """_FOLDS_TO_ASCII_LETTERS holds every code point beyond ASCII whose ``casefold()`` holds an ASCII letter (and
    "ı", which the record words' screen makes an "i"): with none of them, the screen may read the text's bytes."""
    import sys

    from archiver.discovery.pagination import _FOLDS_TO_ASCII_LETTERS

    folding = {
        chr(codepoint)
        for codepoint in range(128, sys.maxunicode + 1)
        if any("a" <= folded <= "z" for folded in chr(codepoint).casefold())
    }
    listed = {
        chr(codepoint) for codepoint in range(128, sys.maxunicode + 1) if _FOLDS_TO_ASCII_LETTERS.match(chr(codepoint))
    }
    assert listed == folding | {"ı"}


_TAIL_PIECES = [
    *"pagePAGE页 İıſKéß1/共\n中\u3000ﬆﬅẞ",
    *"results items posts articles records entries RESULTS Items pAgE page Page pa ge re sults".split(),
    *"reſults poﬆs poﬅs İtems ıtems ıtEMS entrıes ENTRİES artıcles".split(),
]
_TAIL_TEXT = st.lists(st.sampled_from(_TAIL_PIECES), max_size=12).map("".join)


@settings(max_examples=examples(2000), deadline=None)
@given(_TAIL_TEXT)
def test_the_count_screens_read_as_first_written(text: str) -> None:
    """``_says_page`` and ``_names_records`` answer as their first definitions: "page" in the lowered text, and a
    record word in the casefolded text with "ı" as "i"."""
    from archiver.discovery.pagination import _RECORD_COUNT_WORDS, _names_records, _says_page

    assert _says_page(text) == ("页" in text or "page" in text.lower())
    folded = text.casefold().replace("ı", "i")
    assert _names_records(text) == any(word in folded for word in _RECORD_COUNT_WORDS)
