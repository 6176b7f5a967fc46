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

from collections.abc import Iterable
from dataclasses import dataclass

from archiver.discovery.page import PageAnalysis
from archiver.discovery.pagination import PageRef, page_ref
from archiver.discovery.sitemodel import LISTING, Decision, SiteModel
from archiver.discovery.spans import NumberSpans

PRIORITY_LISTING = 30
PRIORITY_RECORD = 20
PRIORITY_EXPLORE = 0


@dataclass(frozen=True)
class Follow:
    url: str
    kind: str  # "pagination", "record" or "explore"
    priority: int
    text: str = ""


@dataclass(frozen=True)
class PagerRange:
    """The numbers a listing page's pager spans, in the numbering of its first link (``template``)."""

    template: PageRef
    low: int
    high: int


def pager_range(page: PageAnalysis, max_pages: int) -> PagerRange | None:
    """Every number between the lowest and the highest the pager links ("1 2 3 … 40" skips 4 to
    39), the page's own among them, at most ``max_pages`` past the lowest; None without a pager."""
    if not page.pagination:
        return None
    template = page.pagination[0]
    numbers = [ref.number for ref in page.pagination if ref.family == template.family]
    own = page_ref(page.url)
    if own is not None and own.family == template.family:
        numbers.append(own.number)
    low, high = min(numbers), max(numbers)
    return PagerRange(template, low, min(high, low + max_pages))


# Per listing, the numbers already expanded, by pager template (a listing may be numbered two ways).
Expanded = dict[str, NumberSpans]


def listing_pages(
    page: PageAnalysis, script_pages: list[str], max_pages: int, expanded: Expanded | None = None
) -> list[str]:
    """The other pages of the listing at ``page``: those its pager links, every number of its
    ``pager_range``, and those a script pager names. With ``expanded`` (what this listing's earlier
    pages expanded), only the numbers of the range not in it: a pager that links the last page would
    otherwise have each of a listing's N pages build N URLs, quadratic in the listing's length."""
    found = [ref.url for ref in page.pagination]
    span = pager_range(page, max_pages)
    if span is not None:
        if expanded is None:
            numbers: Iterable[int] = range(span.low, span.high + 1)
        else:
            numbers = expanded.get(span.template.template, NumberSpans()).missing(span.low, span.high)
        found.extend(span.template.url_for(n) for n in numbers)
    found.extend(script_pages)
    return [url for url in dict.fromkeys(found) if url != page.url]


def note_expanded(page: PageAnalysis, max_pages: int, expanded: Expanded) -> None:
    """Remember that ``page``'s whole pager range was expanded (``listing_pages`` skips it next time)."""
    span = pager_range(page, max_pages)
    if span is not None:
        expanded.setdefault(span.template.template, NumberSpans()).add(span.low, span.high)


def names_unlinked_pages(page: PageAnalysis, script_pages: list[str], max_pages: int) -> bool:
    """Whether ``listing_pages`` (without ``expanded``) names a page the pager does not link: a gap in
    its range or a script pager's page. Costs the pager's links, not its range."""
    linked = {ref.url for ref in page.pagination} | {page.url}
    if any(url not in linked for url in script_pages):
        return True
    span = pager_range(page, max_pages)
    if span is None:
        return False
    template = span.template.template
    if template.count("{}") != 1:  # url_for replaces every "{}": build the range to be exact
        return any(span.template.url_for(n) not in linked for n in range(span.low, span.high + 1))
    prefix, _, suffix = template.partition("{}")
    covered = set()
    for url in linked:
        middle = url[len(prefix) : len(url) - len(suffix)] if len(url) >= len(prefix) + len(suffix) else ""
        if url.startswith(prefix) and url.endswith(suffix) and middle.isdigit() and str(int(middle)) == middle:
            number = int(middle)  # url is url_for(number)
            if span.low <= number <= span.high:
                covered.add(number)
    return len(covered) < span.high - span.low + 1


def links_to_follow(
    page: PageAnalysis,
    decision: Decision,
    model: SiteModel,
    *,
    script_pages: list[str],
    max_pages: int,
    expanded: Expanded | None = None,
) -> list[Follow]:
    """The requests a page leads to, in the order they should be queued (``expanded``: as for
    ``listing_pages``)."""
    follows: list[Follow] = []
    if decision.role == LISTING:
        pages = listing_pages(page, script_pages, max_pages, expanded)
        follows.extend(Follow(url, "pagination", PRIORITY_LISTING) for url in pages)
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
