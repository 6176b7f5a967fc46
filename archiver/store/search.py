"""Ranked full-text search over the current versions, with the researcher's filters."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from archiver.compat import Database
from archiver.errors import UsageError
from archiver.fts import Query, snippet
from archiver.store.common import rows
from archiver.store.reads import filters_sql

# Title matches weigh ten times body matches.
_RANK = "bm25(articles_fts, 10.0, 1.0)"


def search(db: Database, query: Query, limit: int = 20, **filters: str | None) -> list[dict[str, Any]]:
    where, params = filters_sql(alias="l", **filters)
    # Rank and filter on the cheap columns first; categories and snippets only for the page shown.
    # Without filters the ranking touches the index alone: no per-match join.
    ranked = (
        (
            f"SELECT rowid AS article_id, {_RANK} AS score FROM articles_fts "
            f"WHERE articles_fts MATCH ? ORDER BY score LIMIT ?"
        )
        if where == "1"
        else (
            f"SELECT articles_fts.rowid AS article_id, {_RANK} AS score "
            f"FROM articles_fts JOIN latest_articles l ON l.article_id = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? AND {where} ORDER BY score LIMIT ?"
        )
    )
    sql = f"""
        SELECT l.url, l.site, l.title, l.published_at, l.source, l.reprinted, l.language, l.status, l.version,
               l.listed_in, l.page_categories, l.body, hits.score
        FROM ({ranked}) AS hits JOIN latest_articles l ON l.article_id = hits.article_id
        ORDER BY hits.score"""
    try:
        found = rows(db, sql, [query.match, *params, limit])
    except sqlite3.OperationalError as exc:
        raise UsageError(f"cannot search for {query.text!r}: {exc}") from exc
    for row in found:
        row["categories"] = json.loads(row.pop("page_categories")) or json.loads(row.pop("listed_in"))
        row.pop("listed_in", None)
        row["reprinted"] = bool(row["reprinted"])
        row["snippet"] = snippet(row.pop("body"), query.terms)
        row["score"] = round(-row["score"], 6)
    return found
