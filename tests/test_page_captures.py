"""Captures of pages that are not articles: what they are named, when they are kept, and that a
generic crawl's article is stored once, and sent to the archive once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from archiver.crawler.capture_middleware import PAGE_CAPTURE, PageCaptureMiddleware, page_captured, page_kind
from archiver.discovery.sitemodel import ARTICLE
from archiver.items import ArticleItem, ListingItem, PageCapture, PageCaptureItem, SiteItem
from archiver.store import Archive
from archiver.store.verify import verify
from tests.conftest import generic_spider
from tests.test_store import record


def parse_home() -> None: ...
def parse_listing() -> None: ...
def parse_article() -> None: ...
def parse_page() -> None: ...


def test_what_a_fetched_page_is() -> None:
    assert page_kind(Request("http://p/", callback=parse_home), 200) == "home"
    assert page_kind(Request("http://p/list/1", callback=parse_listing), 200) == "listing"
    assert page_kind(Request("http://p/a/1.html", callback=parse_article), 200) is None  # the pipeline's
    assert page_kind(Request("http://p/robots.txt"), 200) == "robots"
    assert page_kind(Request("http://p/old.html", callback=parse_article), 301) == "redirect"
    assert page_kind(Request("http://p/x", callback=parse_page), 200) == "page"  # generic: named later


def capture(url: str, body: bytes, at: str = "2026-11-23T00:00:00+00:00") -> PageCapture:
    return PageCapture(
        url=url, final_url=url, status=200, headers={"Content-Type": "text/html"}, body=body, fetched_at=at
    )


def kinds(archive: Archive) -> list[tuple[str, str]]:
    return archive.db.execute("SELECT url, page_kind FROM captures ORDER BY id").fetchall()


def test_a_page_is_kept_again_only_when_its_bytes_change(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "test", {})
    listing = PageCaptureItem("listing", "p", capture("http://p/list/1", b"<p>one</p>"))
    assert archive.write_batch([listing], run)["pages"] == 1
    assert archive.write_batch([listing], run)["pages"] == 0
    changed = PageCaptureItem("listing", "p", capture("http://p/list/1", b"<p>two</p>"))
    assert archive.write_batch([changed], run)["pages"] == 1
    assert kinds(archive) == [("http://p/list/1", "listing")] * 2
    report = verify(archive.db, archive.path)  # pages have no versions, and need none
    assert report.ok, report.problems
    archive.close()


def test_a_generic_crawl_names_its_pages_and_stores_an_article_once(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "test", {})
    article_body = b"<html>page</html>"
    archive.write_batch(
        [
            PageCaptureItem("page", "p", capture("http://p/", b"<p>home</p>")),
            PageCaptureItem("page", "p", capture("http://p/list/1", b"<p>list</p>")),
            PageCaptureItem("page", "p", capture("http://p/a/1.html", article_body)),
        ],
        run,
    )
    archive.write_batch(
        [
            SiteItem(site="p", home_url="http://p/", title="P", organizations=[], fetched_at="t"),
            ListingItem(
                url="http://p/list/1",
                category_name="News",
                category_url="http://p/list/1",
                article_urls=["http://p/a/1.html"],
                fetched_at="2026-11-23T00:00:00+00:00",
            ),
            ArticleItem(capture=capture("http://p/a/1.html", article_body), record=record(url="http://p/a/1.html")),
        ],
        run,
    )
    assert kinds(archive) == [("http://p/", "home"), ("http://p/list/1", "listing"), ("http://p/a/1.html", "article")]
    assert archive.db.execute("SELECT capture_id FROM versions").fetchall() == [(3,)]
    report = verify(archive.db, archive.path)
    assert report.ok, report.problems
    archive.close()


def test_a_redirected_article_is_stored_once(tmp_path: Path) -> None:
    """A generic crawl keeps the page at the address that answered; the article is known by the old one."""
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "test", {})
    body = b"<html>moved article</html>"
    archive.write_batch([PageCaptureItem("page", "p", capture("http://p/new/1.html", body))], run)
    moved = capture("http://p/old/1.html", body)
    moved.final_url = "http://p/new/1.html"
    archive.write_batch([ArticleItem(capture=moved, record=record(url="http://p/old/1.html"))], run)
    assert archive.db.execute("SELECT id, url, final_url, page_kind FROM captures").fetchall() == [
        (1, "http://p/old/1.html", "http://p/new/1.html", "article")
    ]
    archive.close()


def test_a_redirect_is_kept_once_beside_the_article_archived_under_its_address(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "test", {})
    old = "http://p/old/1.html"
    moved = capture(old, b"<html>moved article</html>")
    moved.final_url = "http://p/new/1.html"
    redirect = PageCaptureItem("redirect", "p", PageCapture(old, old, 301, {"Location": "/new/1.html"}, b"", "t"))
    archive.write_batch([redirect, ArticleItem(capture=moved, record=record(url=old))], run)
    assert archive.write_batch([redirect], run)["pages"] == 0  # the article's capture is no redirect
    assert archive.db.execute("SELECT page_kind FROM captures ORDER BY id").fetchall() == [("redirect",), ("article",)]
    archive.close()


SITE = "http://example.test"
ARTICLE_HTML = (
    "<html><head><title>Harbour plans approved</title></head><body><main><article><h1>Harbour plans approved"
    "</h1><p class='date'>2026-11-20</p><p>" + "The council approved the harbour plans on Tuesday. " * 12 + "</p>"
    "</article></main><footer><a href='/'>Home</a></footer></body></html>"
).encode()


class _GenericCrawl:
    """The generic spider's callback behind PageCaptureMiddleware, in order: captures handed to the
    archive (the ``page_captured`` signal) and the items the callback yields."""

    def __init__(self) -> None:
        self.spider = generic_spider(SITE + "/")
        self.crawler = self.spider.crawler
        self.events: list[tuple[str, ...]] = []
        self.crawler.signals.connect(self._captured, signal=page_captured, weak=False)

    def _captured(self, item: PageCaptureItem) -> None:
        self.events.append(("capture", item.kind, item.capture.url))

    def fetch(self, path: str, body: bytes, status: int = 200, **meta: Any) -> list[Any]:
        url = SITE + path
        request = Request(url, callback=self.spider.parse_page, meta={"canonical": url, **meta})
        response = HtmlResponse(url, status=status, body=body, encoding="utf-8", request=request)
        response = PageCaptureMiddleware(self.crawler).process_response(request, response)
        outputs = []
        for output in self.spider.parse_page(response):
            if not isinstance(output, Request):
                self.events.append(("item", type(output).__name__))
            outputs.append(output)
        return outputs


def test_a_generic_crawls_article_goes_to_the_archive_once() -> None:
    """Its capture is the article's (with its record), not first a page's that the writer matches by digest."""
    crawl = _GenericCrawl()
    outputs = crawl.fetch("/news/harbour.html", ARTICLE_HTML, placed=ARTICLE)
    assert crawl.events == [("item", "PageCapture")]
    (article,) = [o for o in outputs if isinstance(o, PageCapture)]
    assert article.url == SITE + "/news/harbour.html" and article.body == ARTICLE_HTML


def test_a_generic_crawls_other_pages_are_captured_before_what_names_them() -> None:
    """The home's capture reaches the archive before the site item that names it (``name_page``)."""
    crawl = _GenericCrawl()
    home = b"<html><head><title>Harbour News</title></head><body><a href='/news/harbour.html'>Harbour</a></body></html>"
    crawl.fetch("/", home, home=True)
    assert crawl.events[:2] == [("capture", "page", SITE + "/"), ("item", "SiteItem")]
    assert [e for e in crawl.events if e[0] == "capture"] == [("capture", "page", SITE + "/")]


def test_a_page_kept_as_a_page_is_captured_once_when_its_callback_ends() -> None:
    crawl = _GenericCrawl()
    crawl.fetch("/about.html", b"<html><head><title>About</title></head><body><p>We are.</p></body></html>")
    assert [e for e in crawl.events if e[0] == "capture"] == [("capture", "page", SITE + "/about.html")]


def test_a_page_whose_callback_fails_is_still_captured(monkeypatch: pytest.MonkeyPatch) -> None:
    crawl = _GenericCrawl()

    def failing(response: Any) -> Iterator[Any]:
        raise ValueError("a bug in the page analysis")
        yield  # a generator, as the real callback

    monkeypatch.setattr(crawl.spider, "_learned_page", failing)
    with pytest.raises(ValueError):
        crawl.fetch("/news/harbour.html", ARTICLE_HTML)
    assert crawl.events == [("capture", "page", SITE + "/news/harbour.html")]


def test_a_generic_crawls_error_page_is_captured_when_fetched() -> None:
    """A 404 never reaches the callback (HttpErrorMiddleware): the middleware keeps it at once, as before."""
    crawl = _GenericCrawl()
    url = SITE + "/gone.html"
    request = Request(url, callback=crawl.spider.parse_page, meta={"canonical": url})
    response = HtmlResponse(url, status=404, body=b"<html>gone</html>", encoding="utf-8", request=request)
    PageCaptureMiddleware(crawl.crawler).process_response(request, response)
    assert crawl.events == [("capture", "page", url)]
    assert PAGE_CAPTURE not in request.meta


def test_a_changed_page_is_digested_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The digest that says the page changed is the one its new capture is stored with."""
    import hashlib

    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "test", {})
    archive.write_batch([PageCaptureItem("listing", "p", capture("http://p/list/1", b"<p>one</p>"))], run)
    digested: list[bytes] = []
    original = hashlib.sha256

    def counted(data: bytes = b"") -> Any:
        digested.append(data)
        return original(data)

    monkeypatch.setattr(hashlib, "sha256", counted)
    changed = PageCaptureItem("listing", "p", capture("http://p/list/1", b"<p>two</p>"))
    assert archive.write_batch([changed], run)["pages"] == 1
    assert digested == [b"<p>two</p>"]
    stored = archive.db.execute("SELECT sha256 FROM captures ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert stored == original(b"<p>two</p>").hexdigest()
    archive.close()
