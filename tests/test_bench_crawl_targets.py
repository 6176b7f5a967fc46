"""bench/crawl.py's throughput targets: one per mode that ran.

`bench/crawl.py --modes profile` (session 24) ran its profile round and then failed with KeyError 'generic' while
listing the targets, losing the round's table.
"""

from __future__ import annotations

from bench.crawl import THROUGHPUT_TARGET, throughput_targets


def test_a_profile_only_run_lists_the_profile_target_alone() -> None:
    targets = throughput_targets({"profile": 0.91}, 1)
    assert len(targets) == 1
    assert "profile mode" in targets[0]["target"]
    assert targets[0]["met"] is (THROUGHPUT_TARGET <= 0.91)


def test_both_modes_list_both_targets_in_order() -> None:
    targets = throughput_targets({"generic": 0.6, "profile": 1.0}, 3)
    assert ["profile mode" in t["target"] for t in targets] == [True, False]
    assert [t["met"] for t in targets] == [True, False]
    assert targets[1]["measured"] == "0.6x (median of 3)"
