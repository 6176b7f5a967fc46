"""Crawl several portals into one archive in one process: one reactor, one Scrapy crawler per portal.

One crawler per portal, rather than one crawler with a download slot per site, because in
Scrapy the settings that make a crawl polite and bounded are per crawler: ROBOTSTXT_OBEY,
DOWNLOAD_DELAY, AutoThrottle, CONCURRENT_REQUESTS(_PER_DOMAIN), CLOSESPIDER_PAGECOUNT, and
every ``ARCHIVER_*`` setting. Each portal's crawler has its own spider (one profile, as in a
single crawl), its own stats and its own archive pipeline, so each portal gets its own run
row, coverage baseline and alarm, completeness check and exit code, by the same code as a
crawl of one portal. What is shared is what costs: the interpreter and its imports, the
reactor, the archive's lock (held once for the whole command) and the archive file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from archiver import statkeys
from archiver.crawler.collector import tuned_for_crawl
from archiver.crawler.portals import Portal
from archiver.crawler.run import (
    EXIT_COVERAGE_ALARM,
    EXIT_FATAL,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    SPIDER,
    CrawlResult,
    quiet_page_failures,
)
from archiver.store import Archive, lock

# The command's exit code is its portals' most severe one, in this order: first what needs a
# person (3: a portal gave nothing or the archive failed; 1: a portal's layout changed), then
# what needs a look (5: a portal is incomplete), then what resolves itself (4: interrupted,
# the next run resumes), then 0. 2 (usage) and 75 (locked) come before anything runs.
SEVERITY = (EXIT_FATAL, EXIT_COVERAGE_ALARM, EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_OK)


def combined_exit_code(codes: list[int]) -> int:
    """The most severe of the portals' exit codes (SEVERITY); 0 for none."""
    return min(codes, key=SEVERITY.index, default=EXIT_OK)


@dataclass
class PortalResult:
    portal: Portal
    result: CrawlResult


def run_crawls(portals: list[Portal], db: Path, settings: list[Settings]) -> list[PortalResult]:
    """Crawl every portal (``settings[i]`` is portal i's) into the archive at ``db``; blocks until all end.

    Raises ArchiveLocked at once, before any portal starts, when another crawl holds the archive.
    """
    lock.acquire(db, ", ".join(portal.target for portal in portals))
    try:
        Archive(db).close()  # fail fast, with one clear line, on an unusable archive path
        process = CrawlerProcess(_process_settings(settings[0]))
        spider_class = process.spider_loader.load(SPIDER)
        crawlers = []
        for index, portal_settings in enumerate(settings):
            # No writer process here (ARCHIVER_WRITER_PROCESS is a single crawl's): one writer process per
            # portal would be several writers of one archive file; the portals' pipelines share this
            # process's one thread, so their transactions never overlap.
            quiet_page_failures(portal_settings)
            # The first crawler installs the reactor, as CrawlerProcess's own first crawler would.
            crawlers.append(Crawler(spider_class, portal_settings, init_reactor=index == 0))
        for portal, crawler in zip(portals, crawlers, strict=True):
            process.crawl(crawler, target=portal.target, profile=portal.profile, full=portal.full)
        with tuned_for_crawl():
            process.start()  # returns when every crawler has ended (or SIGTERM/Ctrl-C stopped them all)
        return [PortalResult(portal, _result(crawler, db)) for portal, crawler in zip(portals, crawlers, strict=True)]
    finally:
        lock.release(db)


# What is the process's, not a portal's: logging, the reactor, DNS, the thread pool, the spider loader.
# Every portal's settings come from the same command for these, so the first portal's are everyone's.
_PROCESS_SETTINGS = (
    "LOG_ENABLED",
    "LOG_ENCODING",
    "LOG_FILE",
    "LOG_FILE_APPEND",
    "LOG_FORMAT",
    "LOG_DATEFORMAT",
    "LOG_LEVEL",
    "LOG_STDOUT",
    "LOG_SHORT_NAMES",
    "TWISTED_REACTOR",
    "ASYNCIO_EVENT_LOOP",
    "TWISTED_DNS_RESOLVER",
    "DNSCACHE_ENABLED",
    "DNSCACHE_SIZE",
    "DNS_TIMEOUT",
    "REACTOR_THREADPOOL_MAXSIZE",
    "SPIDER_LOADER_CLASS",
    "SPIDER_MODULES",
)


def _process_settings(first: Settings) -> Settings:
    """Settings for the CrawlerProcess itself: only what is the process's.

    Scrapy merges the process's settings into each crawler it runs, overriding the crawler's own
    at an equal priority: the process built from a portal's settings (``-s`` and file settings are
    all at command-line priority) would give every portal that portal's delay and concurrency.
    """
    process = Settings()
    for name in _PROCESS_SETTINGS:
        priority = first.getpriority(name)
        if priority:  # set above Scrapy's default (the project's settings, the command): carried over
            process.set(name, first.get(name), priority=priority)
    return process


def _result(crawler: Crawler, db: Path) -> CrawlResult:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return CrawlResult(
        run_id=stats.get(statkeys.RUN_ID), db=db, status=stats.get(statkeys.RUN_STATUS, "failed"), stats=stats
    )
