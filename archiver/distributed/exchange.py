"""One distributed crawl's state in a Redis database, and the operations on it.

Every key starts with ``archiver:``; one Redis database holds one crawl at a time (pick
another database number in the URL for another crawl). Requests, items and the frontier
are pickled: the Redis server must be private to the crawl's machines, as for scrapy-redis.
"""

from __future__ import annotations

import json
import os
import pickle
import socket
import uuid
import zlib
from dataclasses import dataclass, field
from typing import Any

import redis

from archiver import __version__
from archiver import settings as defaults
from archiver.crawler.crawlstate import CrawlState
from archiver.distributed.held import Evidence, FeedEvidence, HeldPage
from archiver.errors import ArchiverError
from archiver.profiles import SiteProfile

PREFIX = "archiver:"
CONFIG = PREFIX + "config"
STATE = PREFIX + "state"
REQUESTS = PREFIX + "requests"
SEEN = PREFIX + "seen"
ITEMS = PREFIX + "items"
WORKERS = PREFIX + "workers"
WORKER_STATS = PREFIX + "worker-stats"
SEEDED = PREFIX + "seeded"
DONE = PREFIX + "done"
STOP = PREFIX + "stop"
COORDINATOR = PREFIX + "coordinator"
PAGINATED = PREFIX + "paginated"  # categories with at least one listing page fetched
INCOMPLETE = PREFIX + "incomplete"
NAV_URLS = PREFIX + "nav-urls"
NAV_NAMES = PREFIX + "nav-names"  # navigation link -> its text: a category's name, whoever fetched the home
# Generic mode (archiver/distributed/held.py): undecided pages by URL, what every worker's site model
# learned, in order, and the bytes of held bodies kept so far.
HELD = PREFIX + "held"
HELD_ORDER = PREFIX + "held-order"
HELD_SIZE = PREFIX + "held-bytes"
EVIDENCE = PREFIX + "evidence"


def inflight_key(worker: str) -> str:
    return f"{PREFIX}inflight:{worker}"


def alive_key(worker: str) -> str:
    return f"{PREFIX}alive:{worker}"


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class RedisUnavailable(ArchiverError):
    exit_code = 3


class NoCrawlRunning(ArchiverError):
    exit_code = 3


@dataclass(frozen=True)
class CrawlConfig:
    """What every worker needs to crawl exactly as the coordinator would have."""

    run_id: int
    target: str
    profile: SiteProfile
    full: bool
    db: str
    overrides: dict[str, str] = field(default_factory=dict)
    version: str = __version__


# A request's lease moves it from the queue to its worker's in-flight hash in one step.
_LEASE = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return nil end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], r[1], r[2])
redis.call('SADD', KEYS[3], ARGV[1])
return r[1]
"""
# The seen filter and the queue change together: a request is never seen without being queued.
_ENQUEUE = """
if ARGV[3] == '1' or redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
  return 1
end
return 0
"""
# A stopped worker's leases go back into the queue with their priorities.
_RELEASE = """
local leased = redis.call('HGETALL', KEYS[1])
for i = 1, #leased, 2 do redis.call('ZADD', KEYS[2], leased[i + 1], leased[i]) end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[3], ARGV[1])
return #leased / 2
"""
# Work left anywhere: queued, leased, produced and not yet written, or held to be placed; -1 before seeding.
_REMAINING = """
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local n = redis.call('ZCARD', KEYS[2]) + redis.call('LLEN', KEYS[3]) + redis.call('HLEN', KEYS[5])
for _, w in ipairs(redis.call('SMEMBERS', KEYS[4])) do n = n + redis.call('HLEN', ARGV[1] .. w) end
return n
"""
# The held pages' placement is queued once the frontier drained (nothing queued or leased, every
# start URL queued): in one step, so two idle workers cannot both queue it. Being a queued request,
# it is leased like any other: a worker that dies placing hands it on to another.
_PLACE = """
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HLEN', KEYS[4]) == 0 then return 0 end
if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
for _, w in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  if redis.call('HLEN', ARGV[1] .. w) > 0 then return 0 end
end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""


class RedisCrawl:
    """A handle on the distributed crawl in the Redis database at ``url``."""

    def __init__(self, url: str, heartbeat_ttl: float = defaults.ARCHIVER_HEARTBEAT_TTL) -> None:
        self.url = url
        self.heartbeat_ttl = heartbeat_ttl
        # Any: redis-py types every reply as bytes | str, whatever decode_responses says; ours are bytes.
        self.redis: Any
        try:
            self.redis = redis.Redis.from_url(
                url, socket_connect_timeout=5, socket_timeout=30, health_check_interval=30
            )
            self.redis.ping()
        except (redis.RedisError, ValueError) as exc:
            raise RedisUnavailable(
                f"cannot reach Redis at {url}: {str(exc).rstrip('.')}; start redis-server or check "
                "--redis (redis://HOST:PORT/DB)"
            ) from exc
        self._lease = self.redis.register_script(_LEASE)
        self._enqueue = self.redis.register_script(_ENQUEUE)
        self._release = self.redis.register_script(_RELEASE)
        self._remaining = self.redis.register_script(_REMAINING)
        self._place = self.redis.register_script(_PLACE)

    # --- the coordinator's side --------------------------------------------------------------

    def begin(self, config: CrawlConfig, state: CrawlState) -> None:
        """Clear what an earlier crawl left in this database and publish this one."""
        if self.redis.exists(COORDINATOR):
            raise ArchiverError(
                f"another distributed crawl is running on {self.url} "
                f"({self.redis.get(COORDINATOR).decode()}); use another database number, "
                "e.g. redis://HOST:PORT/1, or wait for it"
            )
        self.clear()
        self.heartbeat_coordinator(config.db)
        self.redis.set(STATE, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        self.redis.set(CONFIG, pickle.dumps(config, protocol=pickle.HIGHEST_PROTOCOL))

    def heartbeat_coordinator(self, db: str) -> None:
        self.redis.set(
            COORDINATOR, f"{socket.gethostname()}:{os.getpid()} writing {db}", px=int(self.heartbeat_ttl * 2000)
        )

    def clear(self) -> None:
        keys = list(self.redis.scan_iter(match=PREFIX + "*", count=1000))
        for start in range(0, len(keys), 500):
            self.redis.delete(*keys[start : start + 500])

    def remaining(self) -> int:
        return int(self._remaining(keys=[SEEDED, REQUESTS, ITEMS, WORKERS, HELD], args=[PREFIX + "inflight:"]))

    def held_count(self) -> int:
        return int(self.redis.hlen(HELD))

    def queued(self) -> int:
        return int(self.redis.zcard(REQUESTS))

    def in_flight(self) -> int:
        return sum(int(self.redis.hlen(inflight_key(w.decode()))) for w in self.redis.smembers(WORKERS))

    def release_dead_workers(self) -> dict[str, int]:
        """Put the leases of workers whose heartbeat stopped back into the queue."""
        released = {}
        for raw in self.redis.smembers(WORKERS):
            worker = raw.decode()
            if not self.redis.exists(alive_key(worker)):
                released[worker] = self.release(worker)
        return released

    def take_items(self, limit: int) -> list[Any]:
        """The oldest ``limit`` items, still in Redis until ``drop_items`` (after they are committed)."""
        return [pickle.loads(data) for data in self.redis.lrange(ITEMS, 0, limit - 1)]

    def drop_items(self, count: int) -> None:
        self.redis.ltrim(ITEMS, count, -1)

    def worker_stats(self) -> dict[str, dict[str, Any]]:
        return {w.decode(): json.loads(s) for w, s in self.redis.hgetall(WORKER_STATS).items()}

    def live_workers(self) -> list[str]:
        return [w.decode() for w in self.redis.smembers(WORKERS) if self.redis.exists(alive_key(w.decode()))]

    def complete_categories(self) -> list[str]:
        return sorted(c.decode() for c in self.redis.sdiff(PAGINATED, INCOMPLETE))

    def finish(self, stopped: bool = False) -> None:
        """Tell the workers the crawl is over (``stopped``: interrupted, they stop at once)."""
        self.redis.set(STOP if stopped else DONE, "1")

    def end(self) -> None:
        """The coordinator is gone: the next crawl may use this database."""
        self.redis.delete(COORDINATOR)

    # --- the workers' side -------------------------------------------------------------------

    def config(self) -> CrawlConfig:
        data = self.redis.get(CONFIG)
        if data is None or not self.redis.exists(COORDINATOR):
            raise NoCrawlRunning(
                f"no crawl is running on {self.url}: start one with "
                f"`archiver crawl TARGET --db ARCHIVE --redis {self.url}`"
            )
        config: CrawlConfig = pickle.loads(data)
        if config.version != __version__:
            raise ArchiverError(
                f"the crawl on {self.url} was started by archiver {config.version}, this is "
                f"{__version__}: install the same version on every machine"
            )
        return config

    def state(self) -> CrawlState:
        data = self.redis.get(STATE)
        return pickle.loads(data) if data else CrawlState(full=True)

    def register(self, worker: str) -> None:
        self.heartbeat(worker, {})
        self.redis.sadd(WORKERS, worker)

    def heartbeat(self, worker: str, stats: dict[str, Any]) -> None:
        with self.redis.pipeline() as pipe:
            pipe.set(alive_key(worker), "1", px=int(self.heartbeat_ttl * 1000))
            pipe.hset(WORKER_STATS, worker, json.dumps(stats))
            pipe.execute()

    def leave(self, worker: str) -> int:
        """A worker stopping cleanly: its unfinished leases go back at once."""
        released = self.release(worker)
        self.redis.delete(alive_key(worker))
        return released

    def release(self, worker: str) -> int:
        return int(self._release(keys=[inflight_key(worker), REQUESTS, WORKERS], args=[worker]))

    def lease(self, worker: str) -> bytes | None:
        return self._lease(keys=[REQUESTS, inflight_key(worker), WORKERS], args=[worker])

    def acknowledge(
        self,
        leases: list[tuple[str, bytes]],
        placed: list[str] | None = None,
        resolved: list[Evidence] | None = None,
        freed: int = 0,
    ) -> None:
        """A request is done. A placement's also takes the pages it placed off the held ones and logs
        its decisions, in the same transaction: a placement is done whole or (its worker dead) redone."""
        with self.redis.pipeline(transaction=bool(placed)) as pipe:
            for worker, data in leases:
                pipe.hdel(inflight_key(worker), data)
            if placed:
                pipe.hdel(HELD, *placed)
            if freed:
                pipe.decrby(HELD_SIZE, freed)  # the bodies of the pages placed
            if resolved:
                pipe.rpush(EVIDENCE, *(_pack(entry) for entry in resolved))
            pipe.execute()

    def enqueue(self, fingerprint: str, score: float, data: bytes, dont_filter: bool) -> bool:
        return bool(self._enqueue(keys=[SEEN, REQUESTS], args=[fingerprint, score, "1" if dont_filter else "0", data]))

    def push_item(self, item: Any) -> None:
        self.redis.rpush(ITEMS, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))

    def mark_seeded(self) -> None:
        self.redis.set(SEEDED, "1")

    def is_over(self) -> str | None:
        """ "done" when the crawl finished, "stopped" when it was interrupted, else None."""
        if self.redis.exists(DONE):  # first: a finished coordinator goes away, and that is no interruption
            return "done"
        if self.redis.exists(STOP) or not self.redis.exists(COORDINATOR):
            return "stopped"
        return None

    def note_listing_page(self, category_url: str) -> None:
        self.redis.sadd(PAGINATED, category_url)

    def note_incomplete(self, category_url: str) -> None:
        self.redis.sadd(INCOMPLETE, category_url)

    def note_nav_urls(self, urls: set[str]) -> None:
        if urls:
            self.redis.sadd(NAV_URLS, *urls)

    def nav_urls(self) -> set[str]:
        return {url.decode() for url in self.redis.smembers(NAV_URLS)}

    def note_nav_names(self, names: dict[str, str]) -> None:
        if names:
            self.redis.hset(NAV_NAMES, mapping=names)

    def nav_names(self) -> dict[str, str]:
        return {url.decode(): name.decode() for url, name in self.redis.hgetall(NAV_NAMES).items()}

    # --- generic mode's undecided pages (held.py) ------------------------------------------------

    def note_evidence(self, entry: Evidence | FeedEvidence) -> None:
        self.redis.rpush(EVIDENCE, _pack(entry))

    def evidence(self) -> list[Evidence | FeedEvidence]:
        return [_unpack(data) for data in self.redis.lrange(EVIDENCE, 0, -1)]

    def hold(self, page: HeldPage, budget: int) -> None:
        """Hold an undecided page; its body only while every held body together stays under ``budget`` bytes."""
        size = len(page.capture.body)
        if size and int(self.redis.incrby(HELD_SIZE, size)) > budget:
            self.redis.decrby(HELD_SIZE, size)
            page.capture.body = b""  # fetched again if it turns out to be an article
        page.order = int(self.redis.incr(HELD_ORDER))
        self.redis.hset(HELD, page.capture.url, _pack(page))

    def held_pages(self) -> list[HeldPage]:
        """Every held page, in the order they were held."""
        pages = [_unpack(data) for data in self.redis.hvals(HELD)]
        return sorted(pages, key=lambda page: page.order)

    def request_placement(self, request: bytes, score: float) -> bool:
        """Queue ``request`` (the placement of the held pages) if there are any and the frontier drained."""
        return bool(self._place(keys=[SEEDED, REQUESTS, WORKERS, HELD], args=[PREFIX + "inflight:", score, request]))


def _pack(value: Any) -> bytes:
    """Evidence and held pages, compressed: one per page fetched stays in Redis until the crawl ends, and
    a page's analysis (links and their texts, as menus repeat them) shrinks to about half."""
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(data: bytes) -> Any:
    return pickle.loads(zlib.decompress(data))
