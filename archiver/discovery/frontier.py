"""Which links of a page a generic crawl follows, and as what. Pure, no Scrapy.

- A listing's further pages: every page its pager links, and every page its pager names
  without linking (the last page number, "共 N 页", a script pager), so a windowed pager
  or a broken "next" link does not hide the rest of a category.
- A listing's records: the article candidates, first in line after listings.
- Everything else on the site (menus, sidebars, footers, related links): explored within
  the model's budget per URL family, so categories, archives and tag pages are found
  without a calendar or a tag cloud taking over the crawl.
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.discovery.page import PageAnalysis
from archiver.discovery.pagination import page_ref
from archiver.discovery.sitemodel import LISTING, Decision, SiteModel

PRIORITY_LISTING = 30
PRIORITY_RECORD = 20
PRIORITY_EXPLORE = 0


@dataclass(frozen=True)
class Follow:
    url: str
    kind: str  # "pagination", "record" or "explore"
    priority: int
    text: str = ""


def listing_pages(page: PageAnalysis, script_pages: list[str], max_pages: int) -> list[str]:
    """The other pages of the listing at ``page``: those its pager links, every number between the
    lowest and the highest it links ("1 2 3 … 40" skips 4 to 39), and those a script pager names."""
    found = [ref.url for ref in page.pagination]
    if page.pagination:
        template = page.pagination[0]
        numbers = [ref.number for ref in page.pagination if ref.family == template.family]
        own = page_ref(page.url)
        if own is not None and own.family == template.family:
            numbers.append(own.number)
        low, high = min(numbers), max(numbers)
        found.extend(template.url_for(n) for n in range(low, min(high, low + max_pages) + 1))
    found.extend(script_pages)
    return [url for url in dict.fromkeys(found) if url != page.url]


def links_to_follow(
    page: PageAnalysis, decision: Decision, model: SiteModel, *, script_pages: list[str], max_pages: int
) -> list[Follow]:
    """The requests a page leads to, in the order they should be queued."""
    follows: list[Follow] = []
    if decision.role == LISTING:
        follows.extend(
            Follow(url, "pagination", PRIORITY_LISTING) for url in listing_pages(page, script_pages, max_pages)
        )
        for group in decision.listing_groups:
            follows.extend(
                Follow(url, "record", PRIORITY_RECORD, text) for url, text in zip(group.urls, group.texts, strict=False)
            )
    listed = {f.url for f in follows}
    for group in page.groups:
        for url, text in zip(group.urls, group.texts, strict=False):
            if url not in listed:
                follows.append(Follow(url, "explore", PRIORITY_EXPLORE, text))
                listed.add(url)
    follows.extend(Follow(url, "explore", PRIORITY_EXPLORE) for url in page.other_links if url not in listed)
    return follows
