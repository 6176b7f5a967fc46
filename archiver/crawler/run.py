"""Run one crawl: settings (module, then profile, then -s overrides) -> Scrapy -> archive."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Imported here, early, though only the downloader uses it: at import it makes three deprecated classes, each
# reading ``inspect.stack()``, which reads every frame's source file and searches sys.modules for each frame's
# module. Left to Scrapy, that happens deep in the engine's construction with every archiver module loaded
# (about 0.2 s of CPU before the first request); here the stack is shallow and fewer modules are loaded.
import scrapy.core.downloader.contextfactory  # noqa: F401
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archiver import statkeys
from archiver.crawler.collector import tuned_for_crawl
from archiver.errors import UsageError
from archiver.profiles import SiteProfile, mirrored, profile_for_target
from archiver.store import Archive, lock

EXIT_OK = 0
EXIT_COVERAGE_ALARM = 1
EXIT_FATAL = 3
EXIT_INTERRUPTED = 4
EXIT_INCOMPLETE = 5
EXIT_LOCKED = lock.ArchiveLocked.exit_code
# The crawl's spider, by name: Scrapy's spider loader finds it in SPIDER_MODULES (spiders/), so
# the library runs the Scrapy adapters without importing them (tests/test_architecture.py).
SPIDER = "portal"


@dataclass
class CrawlResult:
    run_id: int | None
    db: Path
    status: str
    stats: dict[str, Any]

    @property
    def nothing_fetched(self) -> bool:
        return not self.stats.get("response_received_count")

    @property
    def alarm(self) -> str | None:
        return self.stats.get(statkeys.ALARM)

    @property
    def home_failed(self) -> str | None:
        return self.stats.get(statkeys.HOME_FAILED)

    @property
    def incomplete(self) -> str | None:
        """Why the run, though it ran to its end, did not get what the site holds (None: it did)."""
        stats = self.stats
        if stats.get(statkeys.INCOMPLETE):
            return str(stats[statkeys.INCOMPLETE])
        archived = sum(stats.get(statkeys.outcome(name), 0) for name in ("new", "changed", "unchanged", "not_modified"))
        fetched = stats.get("response_received_count", 0)
        if not archived and fetched > 1 and not stats.get(statkeys.NOT_DUE) and not stats.get(statkeys.GONE):
            if stats.get("finish_reason") == "closespider_pagecount":
                return (
                    f"archived nothing: --max-pages stopped the crawl after {fetched} pages, before any "
                    "article; raise it"
                )
            return (
                f"archived nothing: {fetched} pages fetched, none of them taken for an article "
                "(run `archiver probe URL` to see how the site was understood)"
            )
        return None

    @property
    def write_error(self) -> str | None:
        """Why the archive could not be written (disk full, read-only); the crawl stopped there."""
        return self.stats.get(statkeys.WRITE_ERROR)

    @property
    def exit_code(self) -> int:
        if self.write_error:
            return EXIT_FATAL
        if self.status == "interrupted":
            return EXIT_INTERRUPTED
        if self.nothing_fetched or self.home_failed:
            return EXIT_FATAL  # the run is recorded "failed": its start page never answered
        if self.status != "finished":
            return EXIT_INTERRUPTED
        if self.alarm:
            return EXIT_COVERAGE_ALARM
        return EXIT_INCOMPLETE if self.incomplete else EXIT_OK


def parse_overrides(pairs: Iterable[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs as a dict; UsageError for a malformed pair or a bad value of a known setting."""
    from archiver.crawler.overrides import check_value

    result = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"-s {pair!r}: expected NAME=VALUE, e.g. -s DOWNLOAD_DELAY=2")
        check_value(name.strip(), value)
        result[name.strip()] = value
    return result


def parse_mirrors(pairs: Iterable[str]) -> dict[str, str]:
    result = {}
    for pair in pairs:
        host, sep, base = pair.partition("=")
        if not sep:
            raise UsageError(f"--mirror {pair!r}: expected HOST=URL, e.g. en.kmabxh.com=http://127.0.0.1:8001")
        result[host.strip().lower()] = base.strip()
    return result


def build_settings(
    db: Path,
    *,
    max_pages: int | None = None,
    overrides: dict[str, str] | None = None,
    log_file: str | None = None,
    verbose: bool = False,
) -> Settings:
    settings = Settings()
    settings.setmodule("archiver.settings", priority="project")
    settings.set("ARCHIVER_DB", str(db), priority="cmdline")
    settings.set("LOG_LEVEL", "INFO" if verbose or log_file else "WARNING", priority="cmdline")
    if log_file:
        settings.set("LOG_FILE", log_file, priority="cmdline")
    if max_pages:
        settings.set("CLOSESPIDER_PAGECOUNT", max_pages, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    contact = settings.get("ARCHIVER_CONTACT_URL")
    if contact and settings.get("USER_AGENT", "").endswith("(research web archiver)"):
        settings.set("USER_AGENT", settings.get("USER_AGENT")[:-1] + f"; +{contact})", priority="cmdline")
    drop_unused_components(settings)
    return settings


# Components archiver turns off. Scrapy imports every class its base lists name to order them, those set to
# None included: RemoteControl imports aiohttp (about 0.2 s) and CookiesMiddleware its cookie jar (about
# 0.1 s), every crawl process, before its first request.
UNUSED_EXTENSIONS = ("scrapy.extensions.remote_control.RemoteControl", "scrapy.extensions.telnet.TelnetConsole")
COOKIES_MIDDLEWARE = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"


def drop_unused_components(settings: Settings) -> None:
    """Leave the components archiver turns off out of Scrapy's base lists, so their modules are never loaded.
    Cookies stay when a crawl turns them on (``-s COOKIES_ENABLED=True``)."""
    for setting in ("EXTENSIONS_BASE", "EXTENSIONS"):  # named in either, set to None or not, it is imported
        extensions = settings.getdict(setting)
        kept = {name: order for name, order in extensions.items() if name not in UNUSED_EXTENSIONS}
        settings.set(setting, kept, priority=settings.getpriority(setting) or "project")
    if not settings.getbool("COOKIES_ENABLED"):
        middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES_BASE")
        kept = {name: order for name, order in middlewares.items() if name != COOKIES_MIDDLEWARE}
        settings.set("DOWNLOADER_MIDDLEWARES_BASE", kept, priority="project")


def resolve_profile(target: str, mirrors: dict[str, str] | None = None) -> SiteProfile:
    profile = profile_for_target(target)
    if mirrors:
        profile = mirrored(profile, mirrors)
    if not profile.start_urls:
        raise UsageError(f"profile {profile.name!r} has no start_urls: give a home URL as TARGET")
    return profile


def run_crawl(
    target: str, db: Path, *, profile: SiteProfile | None = None, settings: Settings | None = None, full: bool = False
) -> CrawlResult:
    """Crawl ``target`` into the archive at ``db``; blocks until the crawl ends.

    Raises ArchiveLocked at once when another crawl holds the archive.
    """
    profile = profile or resolve_profile(target)
    settings = settings or build_settings(db)
    if settings.getbool("ARCHIVER_WRITER_PROCESS"):
        use_writer_process(settings)
    lock.acquire(db, target)
    try:
        Archive(db).close()  # fail fast, with one clear line, on an unusable archive path
        return _run(target, db, profile, settings, full, SPIDER)
    finally:
        lock.release(db)


def replace_writer(settings: Settings, writer: str) -> None:
    """The crawl's pipelines (``ITEM_PIPELINES``, defined once in archiver.settings) with their last stage,
    the archive writer, replaced by ``writer``: a probe collects, a distributed worker sends to Redis."""
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    last = max(pipelines, key=lambda name: pipelines[name])
    pipelines[writer] = pipelines.pop(last)
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")


def use_writer_process(settings: Settings) -> None:
    """Extraction, validation and the archive writes go to the local writer process (archiver/writer):
    the crawl's pipelines become the one stage that feeds it."""
    settings.set("ITEM_PIPELINES", {"pipelines.writer.WriterProcessPipeline": 300}, priority="cmdline")


def quiet_page_failures(settings: Settings) -> None:
    if settings.get("LOG_LEVEL") == "WARNING":
        # Page-level failures are recorded in fetch_errors and counted in the summary; a
        # traceback per unreachable page on the terminal would only bury that summary.
        for name in (
            "scrapy.downloadermiddlewares.robotstxt",
            "scrapy.downloadermiddlewares.retry",
            "scrapy.core.scraper",
        ):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def _run(target: str, db: Path, profile: SiteProfile, settings: Settings, full: bool, spider: str) -> CrawlResult:
    process = CrawlerProcess(settings)
    quiet_page_failures(settings)
    crawler = process.create_crawler(spider)
    process.crawl(crawler, target=target, profile=profile, full=full)
    with tuned_for_crawl():
        process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    run_id = stats.get(statkeys.RUN_ID)
    status = stats.get(statkeys.RUN_STATUS, "failed")
    return CrawlResult(run_id=run_id, db=db, status=status, stats=stats)
