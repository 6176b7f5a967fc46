"""What flows from the spider through the pipelines into the archive (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from archiver.extract.record import ArticleRecord


@dataclass
class PageCapture:
    """One fetched article page, as the server sent it."""

    url: str  # canonical URL that was requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    referer: str | None = None
    request_headers: dict[str, str] = field(default_factory=dict)  # as sent, for WARC export
    # The date a listing printed beside this page, as printed (generic mode): the record's date only where
    # the page itself shows none. Extraction's input, not the server's answer: it is not archived.
    listing_date: str | None = None
    # A listing of the site lists this page (generic mode): the crawl's evidence that it is one of the site's
    # posts, which validation weighs for a post whose text is empty (archiver.validation). Not archived.
    listed: bool = False
    # The spider's parsed (tree, encoding) of ``body``, reused by extraction; never stored or sent.
    parsed: Any = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "parsed": None}


@dataclass
class ArticleItem:
    """An article capture and the record extracted from it."""

    capture: PageCapture
    record: ArticleRecord


@dataclass
class ListingItem:
    """A category listing page and the article URLs it lists."""

    url: str
    category_name: str
    category_url: str
    article_urls: list[str]
    fetched_at: str


@dataclass
class FailureItem:
    """A page that could not be archived, and why."""

    url: str
    kind: str  # http, timeout, dns, connection, oversized, unparsable, invalid, offsite
    reason: str
    at: str
    status: int | None = None
    referer: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class NotModifiedItem:
    """A known article answered 304 Not Modified to a conditional request."""

    url: str
    fetched_at: str


@dataclass
class GoneItem:
    """A known article the portal no longer serves (404/410, or redirected to the home page)."""

    url: str
    fetched_at: str
    reason: str
    status: int | None = None


@dataclass
class SiteItem:
    """A portal's home page: who the site belongs to, so reprints naming it can be traced back."""

    site: str  # host[:port], as in articles.site
    home_url: str
    title: str | None
    organizations: list[str]
    fetched_at: str


PAGE_KINDS = ("home", "listing", "robots", "redirect", "feed", "page")


@dataclass
class PageCaptureItem:
    """A fetched page that is not an article (home, listing, robots.txt, redirect, feed), kept for replay."""

    kind: str  # one of PAGE_KINDS
    site: str  # host[:port]: whose compression dictionary it uses
    capture: PageCapture
