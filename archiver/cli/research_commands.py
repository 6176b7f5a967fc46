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


@cli.command(context_settings={"ignore_unknown_options": True})
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option(
    "--replay-port",
    type=click.IntRange(0, 65535),
    default=8002,
    show_default=True,
    help="Port of the replay server started beside Datasette (archived copies on their own origin).",
)
@click.option("--no-replay", is_flag=True, help="Start no replay server (links then point to --replay-url).")
@click.option("--replay-url", help="Where the archived copies are served, when not by this command's replay server.")
@click.option("--metadata-only", is_flag=True, help="Print the Datasette metadata and exit.")
@click.argument("datasette_options", nargs=-1, type=click.UNPROCESSED)
@fails_cleanly
def serve(
    db: Path,
    host: str,
    port: int,
    replay_port: int,
    no_replay: bool,
    replay_url: str | None,
    metadata_only: bool,
    datasette_options: tuple[str, ...],
) -> None:
    """Browse and query the archive in Datasette (needs `pip install archiver[serve]`), with
    `archiver replay` beside it on --replay-port.

    Options after `--` go to Datasette as they are, e.g.
    `archiver serve --db D -- --setting truncate_cells_html 500 --cors`.
    """
    from archiver.serve import metadata, run_datasette

    existing_archive(db).close()
    if not (no_replay or replay_url or metadata_only):
        replay_port = _start_replay(db, host, replay_port)
        click.echo(f"Archived copies: http://{host}:{replay_port}/ (archiver replay)", err=True)
    base = replay_url or f"http://{host}:{replay_port}/web/"
    if metadata_only:
        echo_json(metadata(db, base))
        return
    sys.exit(run_datasette(db, host, port, base, datasette_options))


def _start_replay(db: Path, host: str, port: int) -> int:
    """The replay server in a thread of this process (it ends when Datasette does); returns its port."""
    import threading

    from archiver.replay.server import make_server

    try:
        server = make_server(db, host, port)
    except OSError as exc:
        from archiver.errors import ArchiverError

        raise ArchiverError(
            f"cannot listen on {host}:{port} for replay: {exc.strerror or exc} (--replay-port)"
        ) from exc
    threading.Thread(target=server.serve_forever, name="archiver-replay", daemon=True).start()
    return int(server.server_address[1])


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
    /history/RECORD_ID (versions and diffs).

    A captured page's scripts never run: each is served in a CSP sandbox without scripts, on
    a port of its own. Ctrl-C or SIGTERM stops it.
    """
    import signal

    from archiver.replay.server import make_server

    existing_archive(db).close()
    try:
        server = make_server(db, host, port)
    except OSError as exc:
        from archiver.errors import ArchiverError

        raise ArchiverError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    bound_host, bound_port = host, server.server_address[1]
    click.echo(f"Replaying {db} on http://{bound_host}:{bound_port}/ (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
