"""Captures of pages that are not articles (home, listings, robots.txt, redirects), for replay."""

from __future__ import annotations

import hashlib

from archiver.compat import Database
from archiver.items import PageCaptureItem
from archiver.store.articles import write_capture_row
from archiver.store.compression import CaptureCompressor


def write_page_capture(db: Database, item: PageCaptureItem, run_id: int, compressor: CaptureCompressor) -> bool:
    """Keep the page unless its last capture as the same kind of page has the same bytes (a listing
    unchanged since); True if kept. The kind matters: an old address answers with a redirect while
    the article it led to is archived under it."""
    capture = item.capture
    digest = hashlib.sha256(capture.body).hexdigest()
    last = db.execute(
        "SELECT sha256, status FROM captures WHERE url = ? AND page_kind = ? ORDER BY id DESC LIMIT 1",
        [capture.url, item.kind],
    ).fetchone()
    if last is not None and last[0] == digest and last[1] == capture.status:
        return False
    write_capture_row(db, capture, run_id, item.site, compressor, page_kind=item.kind, digest=digest)
    return True


def name_page(db: Database, url: str, run_id: int, kind: str) -> None:
    """A generic crawl learns what a page was only after it was fetched: name its capture now."""
    db.execute(
        "UPDATE captures SET page_kind = ? WHERE url = ? AND crawl_id = ? AND page_kind = 'page'", [kind, url, run_id]
    )
