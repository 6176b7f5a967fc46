"""Python's cyclic garbage collector, set for a crawl's reactor loop while it runs.

A crawl allocates and drops many small containers per page (requests, Deferreds, headers, the
page's analysis), and holds a large heap that barely changes once it runs: the modules, Scrapy's
machinery, the site model. At CPython's defaults (a young collection every 700 net allocations,
the whole heap walked whenever it grew by a quarter) the collector took 0.9-1.0 s of a 14 s
generic crawl of 2,743 pages (docs/performance.md, "Generic mode in session 15"): most young
containers were still alive when counted and were walked once or twice before they died, and
every full collection walked the modules' objects again.

Inside ``tuned_for_crawl`` the heap built so far is frozen (never walked again: it lives as long as
the process) and a young collection runs every YOUNG_THRESHOLD net allocations, so most of a
page's containers are freed by their reference counts before any collection sees them. Nothing
is left uncollected: the older generations' thresholds stay as they were, and on leaving (the
reactor stopped) the frozen heap goes back to the oldest generation and the thresholds to theirs.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 10_000


@contextmanager
def tuned_for_crawl() -> Iterator[None]:
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(YOUNG_THRESHOLD, threshold[0]), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
