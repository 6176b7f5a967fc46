"""robots.txt as archiver reads it: Scrapy's Protego parser on the first 500 KiB, Sitemap lines kept.

An 11 MB robots.txt of wildcard rules slowed a 14-page crawl 250 times (633 MB): every
rule is parsed, and every request is matched against all of them. RFC 9309 requires a
crawler to parse at least 500 KiB and lets it ignore the rest; archiver parses exactly
that, cut at the last line break before the limit so no rule is read half.

The ``Sitemap:`` lines of what was read are handed to the spider, which reads the
sitemaps as one more source of pages beside the navigation (generic mode).

Every request waiting for a host's robots.txt gets its parser (``RobotsTxtMiddleware``). Scrapy 2.19's middleware
hands each waiter the same Deferred as a future, and a Deferred's ``asFuture`` consumes its result: the first
waiter got the parser, every other one ``None``, which allows everything. A distributed worker pops several
requests before its robots.txt arrives, and fetched a page robots.txt forbids (the tests' portal, 1 crawl in 5).

A robots.txt that cannot be fetched (the server errs or does not answer, after the retries)
is unknown, not empty: Scrapy then allows every page, so a timed-out robots.txt let a crawl
fetch the pages it forbids, silently. RFC 9309 (2.3.1.4) asks a crawler to assume complete
disallow, which ``RobotsTxtUnreachableMiddleware`` does, with one warning per host; each
refused page is recorded as a robots failure and retried by the next run. Because a lost
robots.txt now costs the whole host for the run, its fetch waits at least
``ARCHIVER_ROBOTSTXT_TIMEOUT`` seconds, however short DOWNLOAD_TIMEOUT is. A host with no address,
or refusing connections, is not there at all: its pages fail on their own, with that reason.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.robotstxt import ProtegoRobotParser, RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from archiver import statkeys
from archiver.crawler.failures import classify_failure, host_not_there
from archiver.discovery.feeds import robots_sitemaps

log = logging.getLogger(__name__)

ROBOTSTXT_MAX_BYTES = 500 * 1024


def bounded_robotstxt(body: bytes, limit: int = ROBOTSTXT_MAX_BYTES) -> bytes:
    """The first ``limit`` bytes of ``body``, ending at a line break when there is one in them."""
    if len(body) <= limit:
        return body
    cut = body.rfind(b"\n", 0, limit)
    return body[: cut + 1] if cut >= 0 else body[:limit]


class BoundedRobotParser(ProtegoRobotParser):
    """Scrapy's default parser (Protego), given at most ROBOTSTXT_MAX_BYTES of the file (ROBOTSTXT_PARSER);
    the spider hears of the sitemaps the file names."""

    def __init__(self, robotstxt_body: bytes, spider: Spider | None) -> None:
        body = bounded_robotstxt(robotstxt_body)
        super().__init__(body, spider)
        note: Any = getattr(spider, "note_sitemaps", None)
        if note is not None:
            note(robots_sitemaps(body))


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, each request that waits for the host's robots.txt given the parser."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)  # the host's first request fetches it; later ones read it
        # One Deferred of its own per waiter, handed the result and passing it on: a Deferred awaited as a future
        # keeps None for whoever waits next.
        own: Deferred[RobotParser | None] = Deferred()

        def hand_on(parser: RobotParser | None) -> RobotParser | None:
            own.callback(parser)
            return parser

        pending.addCallback(hand_on)
        return await maybe_deferred_to_future(own)


def _is_robots_fetch(request: Request) -> bool:
    # Scrapy's RobotsTxtMiddleware fetches robots.txt with dont_obey_robotstxt set
    return bool(request.meta.get("dont_obey_robotstxt")) and urlparse_cached(request).path == "/robots.txt"


class RobotsTxtUnreachableMiddleware:
    """Complete disallow for a host whose robots.txt could not be fetched (RFC 9309 2.3.1.4).

    A downloader middleware after Scrapy's RobotsTxtMiddleware (100) for requests, so it refuses a
    page once the host's robots.txt fetch has ended, and before DownloadTimeoutMiddleware (350), so
    the robots.txt fetch gets its own timeout; for responses and errors it runs after RetryMiddleware
    (550), so it sees the robots.txt fetch's final outcome, retries spent.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        # read once: process_request runs for every request of the crawl
        self.obey = crawler.settings.getbool("ROBOTSTXT_OBEY")
        self.timeout = max(
            crawler.settings.getfloat("ARCHIVER_ROBOTSTXT_TIMEOUT"), crawler.settings.getfloat("DOWNLOAD_TIMEOUT")
        )
        self.unreachable: dict[str, str] = {}  # host (netloc) -> why its robots.txt could not be read

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsTxtUnreachableMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if not self.obey or (not self.unreachable and not request.meta.get("dont_obey_robotstxt")):
            return  # the usual case: nothing to refuse, and no robots.txt fetch to time
        if _is_robots_fetch(request):
            request.meta.setdefault("download_timeout", self.timeout)
            return
        if request.meta.get("dont_obey_robotstxt"):
            return
        why = self.unreachable.get(urlparse_cached(request).netloc)
        if why is not None:
            self.crawler.stats.inc_value("robotstxt/forbidden")  # type: ignore[union-attr]  # Scrapy's own count
            raise IgnoreRequest(f"Forbidden by robots.txt: robots.txt unreachable ({why}), so complete disallow")

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        # 429 is "try later" like a server error (as the major search engines read it); other 4xx
        # mean no robots.txt, which allows everything (RFC 9309 2.3.1.3).
        if _is_robots_fetch(request) and (response.status >= 500 or response.status == 429):
            self._note(request, f"HTTP {response.status}")
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        if not _is_robots_fetch(request) or isinstance(exception, IgnoreRequest):
            return
        if host_not_there(exception):
            return  # its pages fail on their own, each recorded with that reason rather than as robots refusals
        self._note(request, classify_failure(Failure(exception))[2])

    def _note(self, request: Request, why: str) -> None:
        netloc = urlparse_cached(request).netloc
        if netloc in self.unreachable:
            return
        self.unreachable[netloc] = why
        self.crawler.stats.inc_value(statkeys.ROBOTSTXT_UNREACHABLE)  # type: ignore[union-attr]
        log.warning(
            "robots.txt of %s could not be fetched (%s): no page of %s is crawled in this run, as RFC 9309 "
            "asks; the next run tries again",
            netloc,
            why,
            netloc,
        )
