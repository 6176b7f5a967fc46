"""Stored pages of articles earlier runs archived, read back for a run that does not fetch them.

A re-run leaves most archived articles alone (not due, or answered 304): what the site model learned from them
when they were fetched, it learns again from the capture the archive keeps, read-only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from archiver.discovery.page import PageAnalysis, analyze_stored
from archiver.extract.html import charset_of
from archiver.store.opening import open_reader
from archiver.store.reads import current_captures, header_value


def stored_analyses(db_path: str | Path, urls: list[str], allowed: frozenset[str]) -> Iterator[PageAnalysis]:
    """The page analysis of each archived article of ``urls`` as its current version's capture shows it (those
    whose capture parses), under its archived URL."""
    db, _ = open_reader(Path(db_path))
    try:
        for url, final_url, headers, body in current_captures(db, urls):
            analysis = analyze_stored(url, final_url, body, allowed, charset_of(header_value(headers, "content-type")))
            if analysis is not None:
                yield analysis
    finally:
        db.conn.close()
