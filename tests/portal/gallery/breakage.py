"""A portal whose pagination is deliberately broken, for the completeness check.

The pager still says how many pages there are ("共 4页", "Page 1 of 4", the numbered
links up to the break), but from page ``from_page`` on the category's listing pages
either answer 404 (``mode="404"``) or are never linked any more (``mode="unlinked"``:
every ``<a>`` that leads to them vanishes, "next" included). The truth is unchanged:
the articles listed only on the lost pages are what a complete crawl would miss, and
what an honest completeness check must report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from html import unescape
from urllib.parse import urljoin, urlsplit

from archiver.demo.server import Page
from tests.portal.gallery.links import reachable
from tests.portal.gallery.model import GallerySite

_ANCHOR = re.compile(r"<a\b[^>]*?\bhref\s*=\s*([\"'])(.*?)\1[^>]*>.*?</a>", re.IGNORECASE | re.DOTALL)
MODES = ("404", "unlinked")


@dataclass
class BrokenSite:
    site: GallerySite  # the served portal; its truth still holds every article
    category: str
    lost_pages: list[str]  # the category's listing pages a crawler can no longer read
    lost_articles: list[str]  # truth paths no longer reachable from the start page
    pages_announced: int  # what the pager still says the category holds


def break_pagination(
    site: GallerySite, base: str, category: str, *, mode: str = "unlinked", from_page: int = 3
) -> BrokenSite:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    pages = _distinct_pages(site, category)
    if len(pages) < from_page:
        raise ValueError(f"{site.name}: {category!r} has {len(pages)} listing pages, fewer than {from_page}")
    lost = set(pages[from_page - 1 :])
    routes = dict(site.routes)
    if mode == "404":
        for path in lost:
            routes[path] = Page(b"<html><body><h1>404 Not Found</h1></body></html>", status=404)
    else:
        for path, page in site.routes.items():
            if "html" in page.headers.get("Content-Type", "") and page.status == 200:
                routes[path] = replace(page, body=_unlink(page.body, base + path, base, lost, _charset(page)))
    broken = replace(site, name=f"{site.name}_broken_{mode}", routes=routes)
    still = reachable(broken, base)
    return BrokenSite(broken, category, sorted(lost), sorted(set(site.truth) - still), len(pages))


def broken_builder(
    name: str, category: str, *, mode: str = "unlinked", from_page: int = 3
) -> Callable[[str], GallerySite]:
    """A builder for ``serve(name, builder)``: the gallery portal ``name`` with broken pagination."""
    from tests.portal.gallery import GALLERY  # the registry imports every portal module

    def build(base: str) -> GallerySite:
        return break_pagination(GALLERY[name](base), base, category, mode=mode, from_page=from_page).site

    return build


def _distinct_pages(site: GallerySite, category: str) -> list[str]:
    """The category's listing pages in order, without the aliases of page 1 (``/a/news/`` = ``list_12_1.html``)."""
    paths = site.listings[category]
    seen: list[str] = []
    bodies: set[bytes] = set()
    for path in paths:
        if site.routes[path].body not in bodies:
            bodies.add(site.routes[path].body)
            seen.append(path)
    return seen


def _charset(page: Page) -> str:
    match = re.search(r"charset=([\w-]+)", page.headers.get("Content-Type", ""))
    return match.group(1) if match else "utf-8"


def _unlink(body: bytes, page_url: str, base: str, lost: set[str], charset: str) -> bytes:
    host = urlsplit(base).netloc

    def drop(match: re.Match[str]) -> str:
        target = urlsplit(urljoin(page_url, unescape(match.group(2))))
        path = target.path + (f"?{target.query}" if target.query else "")
        return "" if target.netloc == host and path in lost else match.group(0)

    return _ANCHOR.sub(drop, body.decode(charset)).encode(charset, "xmlcharrefreplace")
