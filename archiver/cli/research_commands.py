"""Commands for researchers: search, serve."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archiver.cli.common import (
    FORMAT_TEXT_JSON,
    db_option,
    echo_json,
    echo_text,
    existing_archive,
    fails_cleanly,
    filter_options,
)
from archiver.cli.group import cli
from archiver.render import (
    search_text,
)


@cli.command()
@click.argument("query")
@db_option()
@filter_options
@click.option("--source", help="Only articles from this source organization (or whose source line contains it).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def search(
    query: str,
    db: Path,
    site: str | None,
    category: str | None,
    since: str | None,
    until: str | None,
    source: str | None,
    limit: int,
    output_format: str,
) -> None:
    """Full-text search of the current versions, in English and Chinese, best matches first.

    Words are ANDed; OR and NOT (upper case) combine them; "quotes" make a phrase; a
    trailing * matches a prefix (English). Chinese needs no spaces: 保安培训 finds that phrase.
    """
    from archiver.fts import parse_query
    from archiver.store.search import search as run_search

    archive = existing_archive(db)
    hits = run_search(
        archive.db, parse_query(query), limit, site=site, category=category, since=since, until=until, source=source
    )
    if output_format == "json":
        echo_json({"query": query, "count": len(hits), "results": hits})
        return
    echo_text(search_text(query, hits))


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


@cli.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8002,
    show_default=True,
    help="Its own port: captured pages never share an origin with Datasette (archiver serve).",
)
@fails_cleanly
def replay(db: Path, host: str, port: int) -> None:
    """Every archived capture as it was fetched, in a browser: /web/TIMESTAMP/URL, /web/*/URL,
    /history/ARTICLE_ID (versions and diffs).

    A captured page's scripts never run: each is served in a CSP sandbox without scripts, on
    a port of its own. Ctrl-C or SIGTERM stops it.
    """
    import signal

    from archiver.replay import make_server

    existing_archive(db).close()
    try:
        server = make_server(db, host, port)
    except OSError as exc:
        from archiver.errors import ArchiverError

        raise ArchiverError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    bound = server.server_address
    click.echo(f"Replaying {db} on http://{bound[0]}:{bound[1]}/ (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
