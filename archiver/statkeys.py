"""The crawl's stats keys: every ``archiver/...`` value a crawl counts or sets, named once.

Scrapy's stats collector holds them while a crawl runs (spiders, pipelines, the distributed
coordinator); the run's row keeps them (``crawl_runs.stats``); the summary, the run counts and
the exit code read them back. A key is a string because that is what Scrapy's stats and the
stored JSON hold; the names here keep writers and readers from drifting apart.
"""

from __future__ import annotations

PREFIX = "archiver/"

# --- the run -------------------------------------------------------------------------------
RUN_ID = "archiver/run_id"
RUN_STATUS = "archiver/run_status"  # finished / interrupted / failed
DB = "archiver/db"
ALARM = "archiver/alarm"  # the coverage alarm's text
HOME_FAILED = "archiver/home_failed"  # the start page could not be fetched: the target is unusable
ROBOTSTXT_UNREACHABLE = "archiver/robotstxt_unreachable"  # hosts whose robots.txt could not be fetched
INCOMPLETE = "archiver/incomplete"  # the completeness warning's text
COMPLETENESS = "archiver/completeness"  # per listing: estimated, discovered, archived
# per article template with pages fetched or linked but not archived: estimated, discovered, archived
COMPLETENESS_TEMPLATES = "archiver/completeness_templates"
WRITE_ERROR = "archiver/write_error"  # why the archive could not be written (the run failed)
NOT_WRITTEN = "archiver/not_written"  # items dropped after a failed write (fetched again next run)
WORKERS = "archiver/workers"
REPEATED_ITEMS_DROPPED = "archiver/repeated_items_dropped"  # a killed worker's pages, fetched twice
ITEMS_SENT = "archiver/items_sent"  # a distributed worker's records pushed to Redis

# --- what became of each page (the store's write outcomes; see outcome()) --------------------
NEW = "archiver/new"
CHANGED = "archiver/changed"
UNCHANGED = "archiver/unchanged"
NOT_MODIFIED = "archiver/not_modified"
GONE = "archiver/gone"
LISTINGS = "archiver/listings"
FAILURES = "archiver/failures"
ARCHIVED_OUTCOMES = (NEW, CHANGED, UNCHANGED, NOT_MODIFIED)

# --- what the spider decided -------------------------------------------------------------------
NOT_DUE = "archiver/not_due"
MAX_PAGES_SKIPPED = "archiver/max_pages_skipped"  # links left unrequested at the --max-pages cap
REVERIFY = "archiver/reverify"
LISTING_PREFIX = "archiver/listing_"
LISTING_EARLY_STOPS = "archiver/listing_early_stops"
LISTING_NO_PROGRESS_STOPS = "archiver/listing_no_progress_stops"
LEFT_LISTINGS = "archiver/left_listings"

# --- extraction and validation -------------------------------------------------------------------
EXTRACTION_FAILED = "archiver/extraction_failed"
INVALID = "archiver/invalid"  # validation: no title or no body (archiver.validation)
SOFT_ERROR = "archiver/soft-error"  # validation: an error page served with 200
COVERAGE_PREFIX = "archiver/coverage/"
COVERAGE_EXTRACTED = "archiver/coverage/extracted"
REEXTRACT_EXAMINED = "archiver/reextract/examined"
REEXTRACT_FAILED = "archiver/reextract/failed"

# --- near-duplicates -----------------------------------------------------------------------------
DUPLICATES_ERROR = "archiver/duplicates/error"

# --- generic mode's discovery ------------------------------------------------------------------
DISCOVERY_SITEMAPS = "archiver/discovery/sitemaps"
DISCOVERY_FEEDS = "archiver/discovery/feeds"
DISCOVERY_REVISIT_HINTS = "archiver/discovery/revisit_hints"  # sitemap lastmod/feed dates that made a page due
DISCOVERY_BUDGET_SKIPS = "archiver/discovery/budget_skips"
# pages that repeated the page first fetched under their path, under another query (archiver/discovery/variants.py)
DISCOVERY_QUERY_REPEATS = "archiver/discovery/query_repeats"
DISCOVERY_AUXILIARY_FAILED = "archiver/discovery/auxiliary_failed"


def outcome(name: str) -> str:
    """A write outcome's key (``new``, ``changed``, ..., or a rejection kind such as ``invalid``)."""
    return PREFIX + name


def coverage(field: str) -> str:
    """Pages extracted with ``field`` present."""
    return COVERAGE_PREFIX + field


def duplicates(name: str) -> str:
    """The near-duplicate pass's counts: ``signed``, ``pairs``, ``clusters``."""
    return f"archiver/duplicates/{name}"


def discovery(role: str) -> str:
    """Pages generic mode placed as ``role`` (article, listing, page)."""
    return f"archiver/discovery/{role}"


def resolved(role: str) -> str:
    """Held pages generic mode placed as ``role`` once the crawl ran out of requests."""
    return f"archiver/discovery/resolved_{role}"
