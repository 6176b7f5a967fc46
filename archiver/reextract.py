"""Re-run the current extractor over stored raw captures, without re-crawling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from archiver import statkeys
from archiver.errors import ExtractionError, ProfileError
from archiver.extract import EXTRACTOR_VERSION, extract_article
from archiver.extract.record import ArticleRecord
from archiver.profiles import SiteProfile, load_profile
from archiver.store import Archive, lock
from archiver.validation import rejection

_BATCH = 200


@dataclass
class ReextractResult:
    run_id: int
    examined: int
    rederived: int
    failed: int  # the extractor raised, or its record is not an article (archiver.validation)


def _profile(name: str, cache: dict[str, SiteProfile]) -> SiteProfile:
    if name not in cache:
        try:
            cache[name] = load_profile(name)
        except ProfileError:
            cache[name] = load_profile("generic")
    return cache[name]


def reextract(
    db: Path, since: str | None = None, progress: Callable[[int, int], None] | None = None
) -> ReextractResult:
    """Re-read the current version of every article (captured since ``since``); record what reads differently."""
    lock.acquire(db, "reextract")
    archive = Archive(db)
    try:
        run_id = archive.start_run("reextract", "-", {"since": since}, mode="reextract")
        candidates = archive.reextract_candidates(since)
        profiles: dict[str, SiteProfile] = {}
        pending: list[tuple[int, ArticleRecord, int, str]] = []
        rederived = failed = 0
        rejected: Counter[str] = Counter()
        for index, row in enumerate(candidates, 1):
            try:
                record = extract_article(
                    archive.capture_content(row["capture_id"]),
                    row["url"],
                    _profile(row["profile"], profiles),
                    captured_at=datetime.fromisoformat(row["captured_at"]),
                    listing_date=row["listing_date"],  # a date the crawl's listing gave stays the record's
                )
                # The crawl's own check: a page the new extractor finds empty keeps its last version.
                refused = rejection(record)
                if refused is None:
                    pending.append((row["article_id"], record, row["capture_id"], row["captured_at"]))
                else:
                    rejected[refused.kind] += 1
                    failed += 1
            except ExtractionError:
                failed += 1
            if len(pending) >= _BATCH or index == len(candidates):
                rederived += archive.write_rederived(pending, run_id)
                pending.clear()
            if progress:
                progress(index, len(candidates))
        archive.update_clusters(run_id, archive.duplicate_threshold())
        stats = {
            statkeys.REEXTRACT_EXAMINED: len(candidates),
            statkeys.CHANGED: rederived,
            statkeys.REEXTRACT_FAILED: failed,
            "extractor_version": EXTRACTOR_VERSION,
            **{statkeys.outcome(kind): count for kind, count in rejected.items()},
        }
        archive.finish_run(run_id, "finished", stats)
        return ReextractResult(run_id, len(candidates), rederived, failed)
    finally:
        archive.close()
        lock.release(db)
