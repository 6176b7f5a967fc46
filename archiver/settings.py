"""Scrapy settings for archiver: polite defaults for a real portal.

Every archiver knob is ``ARCHIVER_*`` (alphabetical below) and documented in the README;
any Scrapy setting can be overridden with ``archiver crawl -s NAME=VALUE``.
"""

from archiver import __version__

BOT_NAME = "archiver"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- archiver ----------------------------------------------------------------------------
ARCHIVER_BATCH_SECONDS = 2.0  # commit at least this often during a crawl
ARCHIVER_BATCH_SIZE = 100  # items per transaction
ARCHIVER_CONTACT_URL = ""  # put in the User-Agent so a site operator can reach you
ARCHIVER_COVERAGE_MAX_DROP = 0.3  # a field's coverage this far below recent runs raises the alarm
ARCHIVER_DB = "data/archive.db"
ARCHIVER_DUPLICATE_THRESHOLD = 0.5  # estimated Jaccard similarity of shingles that makes two bodies copies
ARCHIVER_EARLY_STOP = True  # incremental runs stop a listing at a page of already-listed articles
# generic mode: bytes of undecided pages' bodies kept until they are placed (one process's, or a whole
# distributed crawl's in Redis); past it a page placed as an article is fetched again
ARCHIVER_HELD_BYTES = 64 * 1024 * 1024
ARCHIVER_HEARTBEAT_TTL = 15.0  # distributed mode: seconds of worker silence before its leases go back
ARCHIVER_MAX_LISTING_PAGES = 500  # pages followed per category listing (pagination traps)
ARCHIVER_PROGRESS_INTERVAL = 5.0  # seconds between progress lines; 0 turns them off
ARCHIVER_REVERIFY_DAYS = 30  # every live article is re-checked within this many daily runs; 0: off
ARCHIVER_REVISIT_POLICY = "2d=0,7d=6h,30d=1d,365d=7d,*=30d"  # article age=revisit interval (docs/scheduling.md)
# robots.txt fetches wait at least this long: one that fails refuses its whole host for the run (RFC 9309)
ARCHIVER_ROBOTSTXT_TIMEOUT = 30.0
# A single-process crawl extracts, writes and signs in a second process (archiver/writer), off
# Scrapy's thread; False does it all in the crawl's process, on one core.
ARCHIVER_WRITER_PROCESS = True
# with it, the crawl's process extracts pages for a lagging writer where it would only wait for it
ARCHIVER_WRITER_HELP = True

# --- politeness ----------------------------------------------------------------------------
USER_AGENT = f"archiver/{__version__} (research web archiver)"
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "archiver.crawler.robots.BoundedRobotParser"  # the first 500 KiB (RFC 9309); Sitemap lines kept
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
COOKIES_ENABLED = False
# Items per response processed in parallel. Ours are one or two, through synchronous pipelines:
# Scrapy's 100 only creates 100 asyncio tasks per response (1.3x slower crawls, measured).
CONCURRENT_ITEMS = 1
# Scrapy re-reads and parses a callback's source for every response to warn about generators
# that return a value (its cache forgets bound methods): 6% of a crawl's CPU, for a lint.
WARN_ON_GENERATOR_RETURN_VALUE = False

# --- limits ----------------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
# A <meta http-equiv="refresh"> page is archived as served and its target followed as a link:
# Scrapy's middleware would replace the page by its target (and drop the target as a duplicate).
METAREFRESH_ENABLED = False
DEPTH_LIMIT = 1000  # links from the home page; listings paginate one level per page

# --- components ------------------------------------------------------------------------------
ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.archive.ArchivePipeline": 300,
}
DOWNLOADER_MIDDLEWARES = {
    # Scrapy's, giving every request that waits for a host's robots.txt the parser (archiver/crawler/robots.py)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "archiver.crawler.robots.RobotsTxtMiddleware": 100,
    # above RedirectMiddleware (600): it sees a 3xx before it is followed
    "archiver.crawler.site_boundary.SiteBoundaryMiddleware": 650,
    # every fetched page kept for replay (archiver/crawler/capture_middleware.py): 3xx before
    # RedirectMiddleware (600) follows them, other pages after HttpCompressionMiddleware (590)
    "archiver.crawler.capture_middleware.RedirectCaptureMiddleware": 620,
    "archiver.crawler.capture_middleware.PageCaptureMiddleware": 585,
    # after RobotsTxtMiddleware (100) and before DownloadTimeoutMiddleware (350); sees robots.txt's
    # final answer after RetryMiddleware (550): a robots.txt that cannot be fetched disallows its host
    "archiver.crawler.robots.RobotsTxtUnreachableMiddleware": 340,
}
# Over-long links are refused (and recorded) by SiteBoundaryMiddleware, not dropped unseen.
SPIDER_MIDDLEWARES = {"scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None}
# No remote code execution into a running crawl: the telnet console and Scrapy 2.19's
# RemoteControl (an HTTP endpoint on localhost that runs Python sent to it, with a token file
# under ~/.local/state/scrapy that a killed crawl leaves behind) are both off, by setting and
# by leaving them out of the extension lists a crawl builds (archiver.crawler.run.drop_unused_components).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "archiver.crawler.progress.ProgressLine": 500,
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
}
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
