"""A fetched page turned into what the archive stores: extraction, then validation.

Each step also says which crawl stats it counts (field coverage, extraction failures,
rejections), so the in-process pipelines and the writer process count them alike.
"""

from __future__ import annotations

from datetime import datetime

from archiver import statkeys
from archiver.errors import ExtractionError
from archiver.extract import extract_article
from archiver.extract.html import charset_of
from archiver.items import ArticleItem, FailureItem, PageCapture
from archiver.normalize import weighted_length
from archiver.profiles import SiteProfile
from archiver.store.runs import COVERAGE_FIELDS
from archiver.validation import MIN_BODY_CHARS, rejection


def _charset(headers: dict[str, str]) -> str | None:
    return charset_of(next((v for k, v in headers.items() if k.lower() == "content-type"), None))


def extracted(capture: PageCapture, profile: SiteProfile) -> tuple[ArticleItem | FailureItem, list[str]]:
    """The capture's record, or the failure saying why there is none; and the stat keys to count."""
    try:
        record = extract_article(
            capture.body,
            capture.url,
            profile,
            charset=_charset(capture.headers),
            captured_at=datetime.fromisoformat(capture.fetched_at),
            parsed=capture.parsed,
            listing_date=capture.listing_date,
        )
    except ExtractionError as exc:
        capture.parsed = None
        failure = FailureItem(
            url=capture.url,
            kind="unparsable",
            reason=str(exc),
            status=capture.status,
            at=capture.fetched_at,
            referer=capture.referer,
        )
        return failure, [statkeys.EXTRACTION_FAILED]
    capture.parsed = None  # the tree is large; the capture waits in the archive's write batch
    counted = [statkeys.COVERAGE_EXTRACTED]
    for name in COVERAGE_FIELDS:
        # A body counts when validation would keep it: a script shell's "Loading…" is none.
        present = (
            weighted_length(record.get("body") or "") >= MIN_BODY_CHARS or bool(record.get("images"))
            if name == "body"
            else record.get(name)
        )
        if present:
            counted.append(statkeys.coverage(name))
    return ArticleItem(capture=capture, record=record), counted


def validated(item: ArticleItem) -> tuple[ArticleItem | FailureItem, list[str]]:
    """The item, or the failure its record's rejection makes of it; and the stat keys to count."""
    capture = item.capture
    rejected = rejection(item.record, listed=capture.listed or capture.listing_date is not None)
    if rejected is None:
        return item, []
    failure = FailureItem(
        url=capture.url,
        kind=rejected.kind,
        reason=rejected.reason,
        status=capture.status,
        at=capture.fetched_at,
        referer=capture.referer,
    )
    return failure, [statkeys.outcome(rejected.kind)]  # type: ignore[arg-type]


def prepared(capture: PageCapture, profile: SiteProfile) -> tuple[ArticleItem | FailureItem, list[str]]:
    """What the writer buffers for a fetched page: its record, validated, or the failure saying why there is
    none; and the stat keys to count. The writer does this, or the crawl's process where it would wait for it."""
    item, counted = extracted(capture, profile)
    if isinstance(item, ArticleItem):
        item, rejected = validated(item)
        counted += rejected
    return item, counted
