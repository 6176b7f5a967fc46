"""Datasette plugin: ``archiver_fts(q)`` turns a search as people type it (保安培训, "trade union")
into the FTS5 query of archiver's CJK-aware index, for the canned ``search`` query."""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

from archiver.fts import parse_query


def archiver_fts(text: str | None) -> str:
    return parse_query(text or "").match


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("archiver_fts", 1, archiver_fts, deterministic=True)
