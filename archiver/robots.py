"""robots.txt as archiver reads it: Scrapy's Protego parser, bounded, and its Sitemap lines kept.

RFC 9309 lets a crawler stop reading robots.txt at 500 KiB; an 11 MB file of wildcard rules
otherwise slows every request of a crawl. The ``Sitemap:`` lines are handed to the spider,
which reads the sitemaps as one more source of pages beside the navigation.
"""

from __future__ import annotations

from typing import Any

from scrapy.robotstxt import ProtegoRobotParser

from archiver.discovery.feeds import robots_sitemaps

MAX_ROBOTS_BYTES = 500 * 1024


class SitemapRobotParser(ProtegoRobotParser):
    @classmethod
    def from_crawler(cls, crawler: Any, robotstxt_body: bytes) -> SitemapRobotParser:
        body = robotstxt_body[:MAX_ROBOTS_BYTES]
        spider = crawler.spider if crawler else None
        parser = cls(body, spider)
        note = getattr(spider, "note_sitemaps", None)
        if note is not None:
            note(robots_sitemaps(body))
        return parser
