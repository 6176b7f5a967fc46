"""Distributed crawling on Redis with scrapy-redis: many crawler processes, one writer.

- ``exchange``: the crawl's keys in one Redis database (config, frontier, queue, seen
  fingerprints, leases, items) and the operations on them.
- ``scheduling``: scrapy-redis's scheduler and priority queue, made loss-free: a popped
  request is *leased* to its worker until every item and request its response produced is
  in Redis, and a dead worker's leases go back into the queue.
- ``worker``: what turns a Scrapy crawler into a worker (item pipeline to Redis, heartbeat,
  lease acknowledgement, waiting while others still work).
- ``coordinator``: ``archiver crawl --redis``: the archive's only writer.
"""
