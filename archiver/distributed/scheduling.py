"""scrapy-redis's scheduler and queue, made loss-free for workers that may be killed.

scrapy-redis pops a request from Redis and forgets it: if its worker dies before the
request's items and follow-up requests reach Redis, they are lost, and its fingerprint in
the seen filter keeps anyone from fetching it again. Here a pop is a *lease*: the request
moves to its worker's in-flight hash in the same step, and leaves it only when Scrapy has
finished with its response (see ``worker.LeaseKeeper``). A request that Scrapy turns into
another one (a redirect, a retry) carries its lease along to the new request.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.utils.misc import load_object
from scrapy_redis import picklecompat
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from archiver.distributed.exchange import RedisCrawl

LEASES = "archiver_leases"  # request.meta key: [(worker, queue entry), ...] to acknowledge when done


def leases_of(request: Request) -> list[tuple[str, bytes]]:
    return list(request.meta.get(LEASES, ()))


def encode_request(request: Request, spider: Any) -> bytes:
    """A request as the shared queue holds it (scrapy-redis's default serializer, as the queue's own)."""
    return picklecompat.dumps(request.to_dict(spider=spider))


class LeasedPriorityQueue(PriorityQueue):
    """The shared priority queue; ``pop`` leases the request to this worker."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.crawl: RedisCrawl = spider.shared
        self.worker: str = spider.worker_id

    def push_unseen(self, fingerprint: str, request: Request) -> bool:
        return self.crawl.enqueue(
            fingerprint, -request.priority, self._encode_request(request), dont_filter=request.dont_filter
        )

    def pop(self, timeout: int = 0) -> Request | None:
        data = self.crawl.lease(self.worker)
        if data is None:
            return None
        request = self._decode_request(data)
        request.meta[LEASES] = [*leases_of(request), (self.worker, data)]
        return request


class LeasedScheduler(Scheduler):
    """scrapy-redis's scheduler, with the seen filter and the queue updated in one step."""

    def open(self, spider: Any) -> None:
        self.spider = spider
        self.queue = LeasedPriorityQueue(self.server, spider, self.queue_key, self.serializer)
        if not self.df:  # type: ignore[has-type]  # set by scrapy-redis's (untyped) Scheduler
            self.df = load_object(self.dupefilter_cls).from_spider(spider)

    def next_request(self) -> Request | None:
        request = self.queue.pop()
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def enqueue_request(self, request: Request) -> bool:
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push_unseen(fingerprint, request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True
