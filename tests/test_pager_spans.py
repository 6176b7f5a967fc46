"""A listing's pager range is expanded once per listing: each page builds only the numbers its
pager adds (issue 16). Counted, not timed: the URLs built over a whole listing must equal its length."""

from __future__ import annotations

import random

import pytest

from archiver.discovery.frontier import Expanded, listing_pages, names_unlinked_pages, note_expanded, pager_range
from archiver.discovery.page import PageAnalysis
from archiver.discovery.pagination import PageRef, page_ref
from archiver.discovery.spans import NumberSpans
from tests.conftest import generic_spider

SITE = "http://example.test"


def _listing_page(number: int, linked: list[int]) -> PageAnalysis:
    """Page ``number`` of /news/'s listing, its pager linking ``linked`` (as /news/page/N/)."""
    refs = [page_ref(f"{SITE}/news/page/{n}/") for n in linked if n != number]
    pagination = [ref for ref in refs if ref is not None]
    return PageAnalysis(
        url=f"{SITE}/news/page/{number}/",
        title="News",
        groups=[],
        pagination=pagination,
        counts_text="",
        text_length=0,
        has_date=False,
        article_signals=False,
    )


def _last_page_pager(number: int, last: int) -> list[int]:
    """A pager like the bench replica's: first, neighbours, last."""
    return sorted({1, max(number - 1, 1), number, min(number + 1, last), last})


def _windowed_pager(number: int, last: int) -> list[int]:
    """A windowed pager that never links the last page: its highest number rises as you page on."""
    return list(range(max(number - 3, 1), min(number + 3, last) + 1))


class _CountedUrlFor:
    """Counts the URLs built from a pager template."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        original = PageRef.url_for

        def counted(ref: PageRef, number: int) -> str:
            self.calls += 1
            return original(ref, number)

        monkeypatch.setattr(PageRef, "url_for", counted)


@pytest.mark.parametrize("pager", [_last_page_pager, _windowed_pager])
def test_a_listing_builds_each_page_url_once(monkeypatch: pytest.MonkeyPatch, pager) -> None:
    last = 400
    counter = _CountedUrlFor(monkeypatch)
    expanded: Expanded = {}
    named: set[str] = set()
    without_memory: set[str] = set()
    built_in_all = 0
    spanned: set[int] = set()  # the numbers the pages so far spanned
    for number in range(1, last + 1):
        page = _listing_page(number, pager(number, last))
        built = counter.calls
        pages = listing_pages(page, [], 100_000, expanded)
        note_expanded(page, 100_000, expanded)
        built_in_all += counter.calls - built
        span = pager_range(page, 100_000)
        assert span is not None
        new = set(range(span.low, span.high + 1)) - spanned
        assert counter.calls - built == len(new), f"page {number} built {counter.calls - built} URLs, not {len(new)}"
        spanned |= new
        assert not named & set(pages) - {ref.url for ref in page.pagination}, "a range number expanded twice"
        named.update(pages)
        without_memory.update(listing_pages(page, [], 100_000))
    # the same pages named in all as when every page expands its whole range
    assert named == without_memory
    assert len(named) == last
    # linear: one URL per number of the listing (the pager's own links are read, not built)
    assert built_in_all == last


def test_without_memory_the_replica_pager_is_quadratic(monkeypatch: pytest.MonkeyPatch) -> None:
    """The counter above measures what it claims: the whole range on every page is ~N² URLs."""
    counter = _CountedUrlFor(monkeypatch)
    for number in range(1, 101):
        listing_pages(_listing_page(number, _last_page_pager(number, 100)), [], 100_000)
    assert counter.calls > 100 * 99


def test_a_listing_of_two_numberings_keeps_each_apart() -> None:
    expanded: Expanded = {}
    first = _listing_page(1, [2, 3, 10])
    note_expanded(first, 100, expanded)
    other = PageAnalysis(
        url=f"{SITE}/news/?page=1",
        title="News",
        groups=[],
        pagination=[r for r in (page_ref(f"{SITE}/news/?page={n}") for n in (2, 5)) if r is not None],
        counts_text="",
        text_length=0,
        has_date=False,
        article_signals=False,
    )
    assert listing_pages(other, [], 100, expanded) == listing_pages(other, [], 100)


def test_the_max_pages_cap_applies_to_the_remembered_range() -> None:
    expanded: Expanded = {}
    page = _listing_page(1, [2, 3, 50])
    first = listing_pages(page, [], 10, expanded)
    note_expanded(page, 10, expanded)
    assert first == listing_pages(page, [], 10)
    assert f"{SITE}/news/page/11/" in first and f"{SITE}/news/page/12/" not in first
    # page 11's pager starts at 10: the window moves to 10-20, and 2 to 11 are not built again
    later = _listing_page(11, [10, 12, 50])
    assert listing_pages(later, [], 10, expanded) == [f"{SITE}/news/page/{n}/" for n in (10, 12, 50, *range(13, 21))]


@pytest.mark.parametrize(
    ("number", "linked", "script"),
    [
        (1, [2, 3], []),  # gapless: nothing unlinked
        (1, [2, 3, 9], []),  # 4 to 8 unlinked
        (5, [4, 6], []),  # own page fills the gap
        (3, [], []),  # no pager
        (1, [2], [f"{SITE}/news/page/2/"]),  # a script page the pager links
        (1, [2], [f"{SITE}/news/page/7/"]),  # one it does not
        (1, [2], [f"{SITE}/news/page/1/"]),  # the page itself
    ],
)
def test_names_unlinked_pages_is_the_whole_range_test(number: int, linked: list[int], script: list[str]) -> None:
    page = _listing_page(number, linked)
    pages = listing_pages(page, script, 100)
    whole_range_test = bool(pages) and any(p not in {r.url for r in page.pagination} for p in pages)
    assert names_unlinked_pages(page, script, 100) == whole_range_test


def test_names_unlinked_pages_reads_zero_padded_links_as_unlinked() -> None:
    """/news/page/02/ is linked, but the range builds /news/page/2/: another URL, named unlinked."""
    page = _listing_page(1, [])
    page.pagination = [r for r in (page_ref(f"{SITE}/news/page/02/"),) if r is not None]
    pages = listing_pages(page, [], 100)
    assert names_unlinked_pages(page, [], 100) == any(p not in {r.url for r in page.pagination} for p in pages)


def test_number_spans_agree_with_a_set() -> None:
    rng = random.Random(16)
    spans, numbers = NumberSpans(), set()
    for _ in range(400):
        low = rng.randint(0, 60)
        high = low + rng.randint(-2, 12)
        assert list(spans.missing(low, high)) == [n for n in range(low, high + 1) if n not in numbers]
        spans.add(low, high)
        numbers.update(range(low, high + 1))
        assert all((n in spans) == (n in numbers) for n in range(-1, 80))
        assert all(a[1] + 1 < b[0] for a, b in zip(spans.intervals, spans.intervals[1:], strict=False))


def _replica_listing_html(number: int, last: int) -> str:
    """Page ``number`` of /news/: ten posts and a pager that links first, previous, next and last."""
    posts = "".join(
        f'<li><span class="date">2026-11-{1 + n % 28:02d}</span> <a href="/post/{n}.html">Report number {n} of the '
        f"association's work this month</a></li>"
        for n in range((number - 1) * 10 + 1, number * 10 + 1)
    )
    pager = " ".join(
        f'<a href="{"/news/" if p == 1 else f"/news/page/{p}/"}">{p}</a>'
        for p in sorted({1, max(number - 1, 1), min(number + 1, last), last} - {number})
    )
    return (
        "<html><head><title>News</title></head><body><header><nav><a href='/'>Home</a> <a href='/news/'>News</a>"
        f'</nav></header><main><h1>News</h1><ul class="list">{posts}</ul><div class="pager">{pager}</div></main>'
        "<footer><p>Association, 2026</p></footer></body></html>"
    )


def test_the_generic_spider_builds_each_page_url_of_a_listing_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spider's own callbacks over a 300-page listing whose pager links the last page: the pager's
    range is built once for the tally and once for the requests, not once per page (about 600 URLs against 90,000)."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    last = 300
    spider = generic_spider(SITE + "/", ARCHIVER_MAX_LISTING_PAGES=100_000)
    counter = _CountedUrlFor(monkeypatch)
    requested: list[str] = []
    for number in range(1, last + 1):
        url = f"{SITE}/news/" if number == 1 else f"{SITE}/news/page/{number}/"
        spider.seen.add(url)
        meta = {"canonical": url, "listing_request": True, "category": "News", "category_url": f"{SITE}/news/"}
        spider.open_listings[f"{SITE}/news/"] += 1
        response = HtmlResponse(
            url, body=_replica_listing_html(number, last).encode(), encoding="utf-8", request=Request(url, meta=meta)
        )
        out = list(spider.parse_page(response))
        requested += [o.url for o in out if isinstance(o, Request) and "/news/page/" in o.url]
    tally = spider.tallies[f"{SITE}/news/"]
    assert len(tally.pages_fetched) == last and len(tally.pages_known) == last
    assert sorted(requested) == sorted({f"{SITE}/news/page/{n}/" for n in range(2, last + 1)})
    assert counter.calls <= 2 * last + 2 * last  # the range once each for tally and requests, and slack


def _category_page_html(number: int, last: int) -> str:
    """Page ``number`` of a Hexo category whose pager names its first page /cates/web/index.html."""
    posts = "".join(
        f'<li><span class="date">2026-10-{1 + n % 28:02d}</span> <a href="/notes/{n}/">A report on web work, '
        f"number {n}, in the lab's notes</a></li>"
        for n in range((number - 1) * 10 + 1, number * 10 + 1)
    )
    pager = " ".join(
        f'<a href="{"/cates/web/index.html" if p == 1 else f"/cates/web/page/{p}/"}">{p}</a>'
        for p in range(1, last + 1)
        if p != number
    )
    return (
        "<html><head><title>Web</title></head><body><header><nav><a href='/'>Home</a></nav></header><main>"
        f'<h1>Web</h1><ul class="list">{posts}</ul><div class="pager">{pager}</div></main></body></html>'
    )


def test_a_listing_reached_under_both_names_of_its_first_page_is_one_tally() -> None:
    """The home links /cates/web/index.html and each post links /cates/web/: both first pages were fetched,
    and the pages 2 and 3 followed from one of them. As two tallies, the other counted them as never
    fetched (held-out hexo-o2team: "Web开发 (24 of ~97)", a warning and exit 5 on a complete crawl)."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    spider = generic_spider(SITE + "/")
    visits = [
        (f"{SITE}/cates/web/index.html", 1, f"{SITE}/cates/web/index.html"),
        (f"{SITE}/cates/web/page/2/", 2, f"{SITE}/cates/web/index.html"),
        (f"{SITE}/cates/web/page/3/", 3, f"{SITE}/cates/web/index.html"),
        (f"{SITE}/cates/web/", 1, f"{SITE}/cates/web/"),
    ]
    for url, number, category_url in visits:
        spider.seen.add(url)
        meta = {"canonical": url, "listing_request": True, "category": "Web", "category_url": category_url}
        spider.open_listings[category_url] += 1
        body = _category_page_html(number, 3).encode()
        list(spider.parse_page(HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta=meta))))
    [tally] = spider.completeness()
    assert tally.estimated() == 30 and len(tally.discovered) == 30
