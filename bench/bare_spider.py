"""The baseline of the crawl benchmark: a bare Scrapy spider that only follows links.

    python bench/bare_spider.py START_URL [START_URL ...] [-s NAME=VALUE ...]

It fetches what `archiver crawl` fetches (every page on the start URLs' hosts that an
<a href> leads to, robots.txt obeyed) and does nothing with it: no parsing beyond the
links, no items, no archive. It yields only URLs it has not yielded before, as archiver's
spider does. Prints one JSON line: pages, response bytes, seconds.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess


class LinkSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start: list[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = start
        self.hosts = {urlsplit(url).netloc for url in start}
        self.seen: set[str] = set(start)

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        if not isinstance(response, scrapy.http.TextResponse):
            return
        for href in response.xpath("//a/@href").getall():
            url = urldefrag(urljoin(response.url, href.strip()))[0]
            if url not in self.seen and urlsplit(url).netloc in self.hosts:
                self.seen.add(url)
                yield scrapy.Request(url, callback=self.parse)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("start", nargs="+")
    parser.add_argument("-s", dest="settings", action="append", default=[])
    args = parser.parse_args()
    settings = {
        "LOG_LEVEL": "WARNING",
        "ROBOTSTXT_OBEY": True,
        "TELNETCONSOLE_ENABLED": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "COOKIES_ENABLED": False,
    }
    settings.update(dict(pair.split("=", 1) for pair in args.settings))
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(LinkSpider)
    started = time.perf_counter()
    process.crawl(crawler, start=args.start)
    process.start()
    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {
                "pages": stats.get("response_received_count", 0),
                "bytes": stats.get("downloader/response_bytes", 0),
                "seconds": time.perf_counter() - started,
            }
        )
    )


if __name__ == "__main__":
    main()
