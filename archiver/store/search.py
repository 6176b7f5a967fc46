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

# Title matches weigh ten times body matches; source and author only match through their field filters.
_RANK = "bm25(articles_fts, 10.0, 1.0, 1.0, 1.0)"


def _matching(query: Query, where: str, select: str) -> str:
    """The FTS rows matching ``query`` (and the filters ``where`` on latest_articles ``l``)."""
    if where == "1":  # without filters the index alone answers: no per-match join
        return f"SELECT {select} FROM articles_fts WHERE articles_fts MATCH ?"
    return (
        f"SELECT {select} FROM articles_fts JOIN latest_articles l ON l.record_id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? AND {where}"
    )


def _run(db: Database, query: Query, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    try:
        return rows(db, sql, params)
    except sqlite3.OperationalError as exc:
        raise UsageError(f"cannot search for {query.text!r}: {exc}") from exc


def count(db: Database, query: Query, **filters: str | None) -> int:
    """How many current articles match ``query`` and the filters: the total, whatever page is shown."""
    where, params = filters_sql(alias="l", **filters)
    found = _run(db, query, _matching(query, where, "COUNT(*) AS n"), [query.match, *params])
    return int(found[0]["n"])


def search(db: Database, query: Query, limit: int = 20, **filters: str | None) -> list[dict[str, Any]]:
    """The best ``limit`` matches, best first: one dict per article with a snippet around its first match.

    ``status`` is ``gone`` (with ``gone_at``) for an article the site no longer serves: what it
    said is still searchable, and marked as removed.
    """
    where, params = filters_sql(alias="l", **filters)
    # Rank and filter on the cheap columns first; categories and snippets only for the page shown.
    ranked = _matching(query, where, f"articles_fts.rowid AS record_id, {_RANK} AS score") + " ORDER BY score LIMIT ?"
    sql = f"""
        SELECT l.url, l.site, l.article_id, l.title, l.published_at, l.source, l.author,
               l.reprinted, l.language, l.status, l.gone_at, l.version, l.listed_in, l.page_categories, l.body,
               hits.score
        FROM ({ranked}) AS hits JOIN latest_articles l ON l.record_id = hits.record_id
        ORDER BY hits.score"""
    found = _run(db, query, sql, [query.match, *params, limit])
    for row in found:
        row["categories"] = json.loads(row.pop("page_categories")) or json.loads(row.pop("listed_in"))
        row.pop("listed_in", None)
        row["reprinted"] = bool(row["reprinted"])
        row["snippet"] = snippet(row.pop("body"), query.highlights)
        row["score"] = round(-row["score"], 6)
    return found
