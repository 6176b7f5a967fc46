"""A listing's date for its record: a theme that prints a post's date on the listings only (a Hugo news
section), whose posts mention other days in their text (a deadline). The listing's date reaches the record
through the capture, as extraction's lowest-priority date source. Pages written by hand; no crawl."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from scrapy import Request
from scrapy.http import HtmlResponse

from archiver.crawler.crawlstate import CrawlState
from archiver.discovery.page import analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html
from archiver.history.revisit import RevisitPolicy
from archiver.items import ArticleItem, PageCapture
from archiver.profiles import load_profile
from archiver.reextract import reextract
from archiver.store import Archive
from archiver.writer.pages import extracted
from spiders.learned import LearnedCrawl
from tests.conftest import generic_spider

H = "http://society.test"
ALLOWED = frozenset({"society.test"})
NAV = '<nav><a href="/">Home</a><a href="/news/">News</a><a href="/about/">About</a></nav>'
# (slug, title, the date the listing prints beside it)
POSTS = [
    ("commissioner-applications", "Commissioner Applications are Open!", "March 26, 2026"),
    ("annual-meeting", "Annual General Meeting and Plenary", "February 4, 2026"),
    ("gag-submissions", "Submissions Are Open for the Yearbook", "September 17, 2025"),
]


def news_listing(date_of: dict[str, str]) -> str:
    """The theme's news list: thumbnail, headline, the date line, a summary and "Continue Reading"."""
    cards = "".join(
        f'<div class="post"><div class="post-thumb"><a href="/news/{slug}/"><img src="/i/{slug}.png" alt=""></a>'
        f'</div><h3 class="post-title"><a href="/news/{slug}/">{title}</a></h3>'
        f'<div class="post-meta"><ul><li><i class="ion-calendar"></i> {date_of[slug]}</li>'
        '<li><a href="/tags/news">News</a></li></ul></div>'
        f'<div class="post-content"><p>{title}: all engineering students are welcome to take part.</p>'
        f'<a href="/news/{slug}/" class="btn">Continue Reading</a></div></div>'
        for slug, title, _ in POSTS
    )
    return (
        f"<html><head><title>News</title></head><body><header>{NAV}</header>"
        f'<section class="page-wrapper"><div class="container"><div class="row"><div class="col-md-8">{cards}'
        "</div></div></div></section><footer><p>The Engineering Society</p></footer></body></html>"
    )


def post_page(title: str, extra_head: str = "", byline: str = "") -> str:
    """A news post as the theme prints it: no date of its own; the text names a deadline."""
    return (
        f"<html><head><title>{title}</title>{extra_head}</head><body><header>{NAV}</header>"
        f'<section class="section"><div class="container"><div class="col-lg-12"><h1>{title}</h1>{byline}'
        "<p>Calling all engineering students! Applications are now open for the coming academic season. This "
        "is a great way to get involved in the community and to help us foster a strong sense of belonging.</p>"
        "<p>Applications close on April 15, 2026. Send your questions to the society's office; interviews are "
        "held the week after, and the results are announced at the first council meeting.</p>"
        "</div></div></section><footer><p>The Engineering Society</p></footer></body></html>"
    )


def listing_model(listing: str) -> SiteModel:
    root, _ = parse_html(listing)
    page = analyze_page(root, H + "/news/", ALLOWED, listing)
    model = SiteModel()
    model.observe(page)
    assert model.classify(page, has_body=True, expected_listing=True).role == LISTING
    return model


def test_a_listing_keeps_the_date_it_prints_beside_each_record() -> None:
    model = listing_model(news_listing({slug: shown for slug, _, shown in POSTS}))
    assert {url: model.listing_dates.get(url) for url in (f"{H}/news/{slug}/" for slug, _, _ in POSTS)} == {
        f"{H}/news/{slug}/": shown for slug, _, shown in POSTS
    }


def test_a_month_and_day_without_a_year_is_no_date_to_carry() -> None:
    """A Chinese list's "[03-26]" dates a record (it counts as dated) but names no year: nothing is carried."""
    model = listing_model(news_listing({slug: "[03-26]" for slug, _, _ in POSTS}))
    assert model.listing_dated >= {f"{H}/news/{slug}/" for slug, _, _ in POSTS}
    assert model.listing_dates == {}


def test_the_listing_date_beats_a_date_the_text_mentions() -> None:
    url = f"{H}/news/commissioner-applications/"
    html = post_page("Commissioner Applications are Open!")
    without = extract_article(html, url)
    assert without["published_at"] != "2026-03-26T00:00:00+00:00"  # the deadline, or nothing
    record = extract_article(html, url, listing_date="March 26, 2026")
    assert record["published_at"] is not None and record["published_at"].startswith("2026-03-26")
    assert record["rules"]["published_at"].startswith("listing/")


def test_the_pages_own_date_beats_the_listing_date() -> None:
    url = f"{H}/news/commissioner-applications/"
    meta = '<meta property="article:published_time" content="2026-03-20T09:00:00+00:00">'
    record = extract_article(post_page("Applications", extra_head=meta), url, listing_date="March 26, 2026")
    assert record["published_at"].startswith("2026-03-20")
    assert record["rules"]["published_at"].startswith("meta:")

    byline = '<p class="post-meta">Published: March 21, 2026</p>'
    record = extract_article(post_page("Applications", byline=byline), url, listing_date="March 26, 2026")
    assert record["published_at"].startswith("2026-03-21")
    assert not record["rules"]["published_at"].startswith("listing")

    dated_url = f"{H}/2026/03/22/commissioner-applications/"
    record = extract_article(post_page("Applications"), dated_url, listing_date="March 26, 2026")
    assert record["published_at"].startswith("2026-03-22")
    assert record["rules"]["published_at"].startswith("url")


def test_an_unreadable_listing_date_is_no_date() -> None:
    url = f"{H}/news/commissioner-applications/"
    record = extract_article(post_page("Applications"), url, listing_date="sometime in spring")
    assert not record["rules"]["published_at"].startswith("listing")


def capture(listing_date: str | None) -> PageCapture:
    html = post_page("Commissioner Applications are Open!").encode()
    return PageCapture(
        url=f"{H}/news/commissioner-applications/",
        final_url=f"{H}/news/commissioner-applications/",
        status=200,
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=html,
        fetched_at="2026-12-01T10:00:00+00:00",
        listing_date=listing_date,
    )


def test_the_writer_passes_the_captures_listing_date_to_extraction() -> None:
    item, _ = extracted(capture("March 26, 2026"), load_profile("generic"))
    assert isinstance(item, ArticleItem)
    assert item.record["published_at"].startswith("2026-03-26")


def test_the_generic_spider_puts_the_listing_date_on_the_capture() -> None:
    model = listing_model(news_listing({slug: shown for slug, _, shown in POSTS}))
    url = f"{H}/news/annual-meeting/"
    response = HtmlResponse(url, body=post_page("Annual General Meeting").encode(), request=Request(url))
    spider = SimpleNamespace(model=model, state=CrawlState(full=True))
    made = LearnedCrawl._capture(spider, response, url, url, None)  # type: ignore[arg-type]
    assert made.listing_date == "February 4, 2026"


def test_a_page_requested_without_its_slash_finds_its_listing_date() -> None:
    """The home links ``/news/x``, which redirects to ``/news/x/``, the URL the listing dates."""
    model = listing_model(news_listing({slug: shown for slug, _, shown in POSTS}))
    requested, final = f"{H}/news/gag-submissions", f"{H}/news/gag-submissions/"
    response = HtmlResponse(final, body=post_page("Submissions").encode(), request=Request(final))
    spider = SimpleNamespace(model=model, state=CrawlState(full=True))
    made = LearnedCrawl._capture(spider, response, requested, final, None)  # type: ignore[arg-type]
    assert made.listing_date == "September 17, 2025"


def archived_from_listing(db: Path) -> str:
    """An archive holding one post the crawl dated by its listing; returns the post's URL."""
    item, _ = extracted(capture("March 26, 2026"), load_profile("generic"))
    assert isinstance(item, ArticleItem)
    archive = Archive(db)
    run = archive.start_run(H + "/", "generic", {})
    archive.write_batch([item], run)
    archive.finish_run(run, "finished", {})
    archive.close()
    return item.capture.url


def test_reextract_keeps_a_date_the_listing_gave(tmp_path: Path) -> None:
    """Re-reading the stored page alone (no listing) must not trade the listing's date for the deadline."""
    db = tmp_path / "a.db"
    archived_from_listing(db)
    reextract(db)
    archive = Archive(db)
    rows = archive.db.execute("SELECT published_at, rules FROM versions ORDER BY version").fetchall()
    archive.close()
    assert all(published.startswith("2026-03-26") for published, _ in rows), rows
    assert all(json.loads(rules)["published_at"].startswith("listing/") for _, rules in rows), rows


def test_a_refetch_that_reads_no_listing_keeps_the_listing_date(tmp_path: Path) -> None:
    """An incremental crawl re-checks an archived post without reading its listing again: the crawl state
    hands the archived listing date to the capture."""
    db = tmp_path / "a.db"
    url = archived_from_listing(db)
    state = CrawlState.load(db, False, RevisitPolicy.parse("*=0"))
    assert state.known[url].listing_date is not None
    response = HtmlResponse(url, body=post_page("Applications").encode(), request=Request(url))
    spider = SimpleNamespace(model=SiteModel(), state=state)
    made = LearnedCrawl._capture(spider, response, url, url, None)  # type: ignore[arg-type]
    refetched, _ = extracted(made, load_profile("generic"))
    assert isinstance(refetched, ArticleItem)
    assert refetched.record["published_at"].startswith("2026-03-26")


def test_a_request_carries_the_listing_date_to_a_worker_that_read_no_listing() -> None:
    """A distributed worker fetches records other workers' listings dated: the date rides on the request."""
    url = f"{H}/news/annual-meeting/"
    request = Request(url, meta={"listing_date": "February 4, 2026"})
    response = HtmlResponse(url, body=post_page("Annual General Meeting").encode(), request=request)
    spider = SimpleNamespace(model=SiteModel(), state=CrawlState(full=True))
    made = LearnedCrawl._capture(spider, response, url, url, None)  # type: ignore[arg-type]
    assert made.listing_date == "February 4, 2026"


def test_a_held_page_fetched_again_takes_the_placing_models_listing_date_along() -> None:
    """No room for held bodies: a page placed as an article at the end is fetched again, in a distributed
    crawl by whichever worker takes the request, maybe one that never read the listing dating it. It was
    then dated by its footer's year (tests/test_distributed.py, bodies-fetched-again, failed 3 runs in 18)."""
    from archiver.discovery.sitemodel import ARTICLE, Decision
    from archiver.distributed.held import HeldPage

    spider = generic_spider(H + "/")
    placing = listing_model(news_listing({slug: shown for slug, _, shown in POSTS}))
    url = f"{H}/news/annual-meeting/"
    html = post_page("Annual General Meeting")
    root, _ = parse_html(html)
    held = HeldPage(
        capture=PageCapture(
            url=url, final_url=url, status=200, headers={}, body=b"", fetched_at="2026-12-01T10:00:00+00:00"
        ),
        analysis=analyze_page(root, url, ALLOWED, html),
        has_body=True,
    )
    [request] = list(spider._placed(held, Decision(ARTICLE, "placed at the end"), placing))
    assert isinstance(request, Request) and request.meta["listing_date"] == "February 4, 2026"
    fetcher = SimpleNamespace(model=SiteModel(), state=CrawlState(full=True))
    response = HtmlResponse(url, body=html.encode(), request=request)
    made = LearnedCrawl._capture(fetcher, response, url, url, None)  # type: ignore[arg-type]
    assert made.listing_date == "February 4, 2026"
