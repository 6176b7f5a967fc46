"""Undecided pages of a distributed generic-mode crawl, and the evidence they are placed on.

A single-process crawl holds the pages its site model cannot place yet and places them when
the crawl runs out of requests (``spiders/learned.py``). A distributed crawl has one site
model per worker, each fed the pages that worker fetched, and no worker sees the crawl's end
on its own. So:

- every page a worker analyses is logged in Redis as ``Evidence``: what its model was told
  (the analysis, whether it has a body, whether it was reached as a listing page, the
  profile's rule) and what it was asked (classify, or, for a placement, resolve);
- a page its worker's model leaves undecided is ``HeldPage``: its analysis and its capture
  (the body kept while all held bodies stay under ``ARCHIVER_HELD_BYTES``, else fetched again
  if it turns out to be an article), keyed by URL;
- when the frontier drains (nothing queued, nothing leased) one worker places every held
  page with ``rebuild_model``: a fresh site model fed the whole log in the order the
  workers wrote it, i.e. the model one process would have built had it fetched every page
  in that order. Per-worker models are never merged field by field: their counters
  (chrome seen on two pages, a family's articles) are only meaningful over the same pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from archiver.discovery.page import PageAnalysis
from archiver.discovery.sitemodel import Decision, SiteModel
from archiver.items import PageCapture


@dataclass
class HeldPage:
    """A page no model could place when it was fetched: what placing and archiving it need."""

    capture: PageCapture  # body b"" when over the budget: fetched again if it is an article
    analysis: PageAnalysis
    has_body: bool
    order: int = 0  # when it was held, crawl-wide: pages are placed in that order, as in one process


@dataclass
class Evidence:
    """One thing a worker's site model learned, to be told again to the placing model."""

    analysis: PageAnalysis
    has_body: bool
    expected_listing: bool = False
    home: bool = False  # the start page: what it links is the site's navigation
    rule: bool | None = None  # the profile's article pattern for this URL (True, False, or no opinion)
    member_of: str | None = None  # a listing placed at an earlier placement listed this page
    resolved: bool = False  # placed at a placement (resolve), not classified on arrival
    # what the placement decided: a placement decides its pages together (SiteModel.resolve_all), and the
    # model rebuilt for a later placement learns that decision, not one remade page by page in another order
    placed: Decision | None = None


@dataclass
class FeedEvidence:
    """A feed's entries: records of the feed, and reachable (a feed a page announces is navigation); ``pages``:
    the entries it dates with a generator's zero date, reachable but no records (SiteModel.feed_read)."""

    feed: str
    urls: list[str]
    pages: list[str] = field(default_factory=list)


# request.meta key of a placement request: the Placement it made, acknowledged with its lease.
PLACEMENT = "archiver_placement"


@dataclass
class Placement:
    """What a placement did: the pages it placed, its decisions as evidence, the held bytes it freed."""

    urls: list[str]
    resolved: list[Evidence]
    freed: int


def replay(model: SiteModel, entry: Evidence | FeedEvidence) -> None:
    """Tell ``model`` what ``entry`` told its worker's model, in the same calls."""
    if isinstance(entry, FeedEvidence):
        model.feed_read(entry.feed, entry.urls, entry.pages)  # as spiders/sources.py's parse_feed tells its own
        return
    page = entry.analysis
    if entry.member_of:
        model.members.add(page.url, entry.member_of)
    if entry.resolved and entry.placed is not None:
        model.record(page, entry.placed)  # already overruled by the profile's rule when it was placed
        return
    if entry.resolved:
        decision = model.resolve(page, has_body=entry.has_body)
    else:
        if entry.home:
            model.enter(page.url)
        model.observe(page)
        decision = model.classify(page, has_body=entry.has_body, expected_listing=entry.expected_listing)
    model.overrule(page, decision, entry.rule)


def rebuild_model(evidence: Iterable[Evidence | FeedEvidence]) -> SiteModel:
    """The site model of every worker's pages together, in the order they were logged."""
    model = SiteModel()
    for entry in evidence:
        replay(model, entry)
    return model


__all__ = ["PLACEMENT", "Evidence", "FeedEvidence", "HeldPage", "Placement", "rebuild_model", "replay"]
