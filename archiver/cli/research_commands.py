"""Commands for researchers: search, serve."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archiver.cli.common import (
    db_option,
    echo_json,
    existing_archive,
    fails_cleanly,
    filter_options,
    site_hint,
)
from archiver.cli.group import cli
from archiver.cli.listing import listing_options, write_listing
from archiver.render.text import (
    search_text,
)

SEARCH_COLUMNS = (
    "url",
    "site",
    "article_id",
    "title",
    "published_at",
    "source",
    "author",
    "status",
    "gone_at",
    "categories",
    "score",
    "snippet",
)


@cli.command()
@click.argument("query")
@db_option()
@filter_options
@click.option("--source", help="Only articles from this source organization (or whose source line contains it).")
@click.option("--status", type=click.Choice(["live", "gone"]), help="Only articles still served, or only removed ones.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@listing_options
@fails_cleanly
def search(
    query: str,
    db: Path,
    site: str | None,
    category: str | None,
    since: str | None,
    until: str | None,
    source: str | None,
    status: str | None,
    limit: int,
    output_format: str,
    output: Path | None,
    bom: bool | None,
) -> None:
    """Full-text search of the current versions, in English and Chinese, best matches first.

    Words are ANDed; OR and NOT (upper case) combine them; "quotes" make a phrase; a
    trailing * matches a prefix (English); English words match their other forms (unions:
    union). Chinese needs no spaces: 保安培训 finds that phrase, 保 any word with it.
    title:, body:, source:, author: search one field (source:新华社). docs/search.md has it all.
    """
    from archiver.fts import parse_query
    from archiver.store.search import count
    from archiver.store.search import search as run_search

    archive = existing_archive(db)
    parsed = parse_query(query)
    filters = {"site": site, "category": category, "since": since, "until": until, "source": source, "status": status}
    hits = run_search(archive.db, parsed, limit, **filters)
    total = count(archive.db, parsed, **filters) if len(hits) == limit else len(hits)
    if not hits:
        site_hint(archive, site)
    write_listing(
        output_format,
        hits,
        SEARCH_COLUMNS,
        text=lambda: search_text(query, hits, total),
        document=lambda: {"query": query, "count": total, "returned": len(hits), "results": hits},
        output=output,
        bom=bom,
    )


@cli.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--metadata-only", is_flag=True, help="Print the Datasette metadata and exit.")
@fails_cleanly
def serve(db: Path, host: str, port: int, metadata_only: bool) -> None:
    """Browse and query the archive in Datasette (needs `pip install archiver[serve]`)."""
    from archiver.serve import metadata, run_datasette

    existing_archive(db).close()
    if metadata_only:
        echo_json(metadata(db))
        return
    sys.exit(run_datasette(db, host, port))
