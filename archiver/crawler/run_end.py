"""Closing a crawl run: listings left, near-duplicates, coverage alarm, the run's row.

Shared by the in-process archive pipeline and the distributed crawl's single writer, so
a run ends the same way whichever of them wrote it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from archiver import statkeys
from archiver.store import Archive, ArchiveWriteError
from archiver.store.duplicates import ClusterUpdate
from archiver.store.runs import COVERAGE_FIELDS, coverage_alarm

log = logging.getLogger(__name__)

WRITE_FAILED = "archive_write_failed"  # the finish reason of a crawl that stopped because it could not write


def run_status(reason: str) -> str:
    if reason in ("finished", "closespider_pagecount"):
        return "finished"
    return "interrupted" if reason == "shutdown" else "failed"


def _kept(stats: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in stats.items() if isinstance(v, int | float | str) and not k.startswith("log_count")}


def fail_run(
    archive: Archive, run_id: int, stats: dict[str, Any], coverage: dict[str, Any], error: str
) -> dict[str, Any]:
    """End a run that stopped because the archive could not be written; returns the stats it added.

    Marking the run ``failed`` is itself a write, so it may fail too (the disk is still
    full): then the row stays ``running`` and the next crawl marks it ``interrupted``.
    """
    added = {statkeys.RUN_STATUS: "failed", statkeys.WRITE_ERROR: error}
    try:
        archive.finish_run(run_id, "failed", {**_kept(stats), **added, "finish_reason": WRITE_FAILED}, coverage)
    except ArchiveWriteError as exc:
        log.info("could not mark run %d failed either (the next crawl marks it interrupted): %s", run_id, exc)
    return added


def coverage_shares(counts: dict[str, int]) -> dict[str, Any]:
    """Share of extracted pages with each field, from ``extracted`` and per-field counts."""
    extracted = counts.get("extracted", 0)
    return {
        "extracted": extracted,
        **{name: round(counts.get(name, 0) / extracted, 4) if extracted else None for name in COVERAGE_FIELDS},
    }


def end_run(
    archive: Archive,
    run_id: int,
    reason: str,
    complete_categories: Iterable[str],
    stats: dict[str, Any],
    coverage: dict[str, Any],
    *,
    duplicate_threshold: float,
    max_coverage_drop: float,
    signed_during_run: ClusterUpdate | None = None,
) -> dict[str, Any]:
    """Finish run ``run_id``; returns the stats it added (status, alarm, listings left, near-duplicates).

    ``signed_during_run``: what the writer already signed batch by batch (the local writer
    process does); the near-duplicate counts are the run's whole, that and what is left here.
    """
    added: dict[str, Any] = {}
    status = run_status(reason)
    if status == "finished" and (stats.get(statkeys.HOME_FAILED) or not stats.get("response_received_count")):
        status = "failed"  # a crawl whose start page failed, or that fetched nothing, did not run
    if status == "finished" and reason == "finished":
        added[statkeys.LEFT_LISTINGS] = archive.close_listings(complete_categories, run_id)
    try:
        result = archive.update_clusters(
            run_id,
            duplicate_threshold,
            progress=lambda done, total: log.info("near-duplicates: %d/%d articles signed", done, total),
        )
    except Exception as exc:  # the crawl's own writes are committed: record the failure, keep the run
        log.error("near-duplicate update failed (%s); run `archiver cluster --db %s` to retry", exc, archive.path)
        added[statkeys.DUPLICATES_ERROR] = str(exc)
    else:
        if signed_during_run is not None:
            result.signed += signed_during_run.signed
            result.too_short += signed_during_run.too_short
            result.reprints += signed_during_run.reprints
        added.update({statkeys.duplicates(name): value for name, value in result.as_dict().items()})
    alarm = coverage_alarm(coverage, archive.coverage_baseline(run_id), max_coverage_drop)
    added[statkeys.RUN_STATUS] = status
    if alarm:
        added[statkeys.ALARM] = alarm
    kept = _kept({**stats, **added})
    kept["finish_reason"] = reason
    archive.finish_run(run_id, status, kept, coverage, alarm)
    return added
