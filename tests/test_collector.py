"""The crawl's garbage-collector settings: set while the reactor runs, restored after, nothing left uncollected."""

from __future__ import annotations

import gc
import weakref

from archiver.crawler.collector import YOUNG_THRESHOLD, tuned_for_crawl


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_inside_the_heap_is_frozen_and_young_collections_are_rarer() -> None:
    before = gc.get_threshold()
    with tuned_for_crawl():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (max(YOUNG_THRESHOLD, before[0]), *before[1:])
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_restored_when_the_crawl_raises() -> None:
    before = gc.get_threshold()
    try:
        with tuned_for_crawl():
            raise RuntimeError("the reactor failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_made_during_the_crawl_and_before_it_are_still_collected() -> None:
    def cycle() -> weakref.ref[_Node]:
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        return weakref.ref(a)

    made_before = cycle()  # garbage already when the heap is frozen
    with tuned_for_crawl():
        made_during = cycle()
        gc.collect()
        assert made_during() is None
    gc.collect()
    assert made_before() is None
