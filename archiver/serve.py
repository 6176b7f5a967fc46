"""``archiver serve``: the archive in Datasette, with descriptions, facets, canned queries, search,
article pages (full text, versions, diffs: datasette_plugins/archiver_pages.py) and links to
the archived copies in ``archiver replay``, which it starts on a port of its own."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from archiver import __version__
from archiver.errors import ArchiverError
from archiver.replay.links import DEFAULT_REPLAY_BASE

PLUGINS = Path(__file__).parent / "datasette_plugins"
_LATEST = {
    "record_id": "archiver's key of the article (articles.id)",
    "article_id": "the portal's own article id (text; as in export)",
    "url": "canonical URL",
    "site": "host of the URL",
    "site_article_id": "the same as article_id (its name before schema 8)",
    "status": "live, or gone when the portal no longer serves it",
    "gone_at": "when it was found gone",
    "first_seen": "first archived",
    "last_seen": "last fetched",
    "version": "current version number",
    "captured_at": "when the current version was fetched",
    "change_kind": "new, edit, minor, restored, reextract",
    "title": "headline",
    "source": "organization it comes from (Reprinted from X -> X)",
    "source_raw": "the source line as printed",
    "reprinted": "1 when marked as reprinted (转载)",
    "author": "author (never the source)",
    "published_at": "publication time, ISO 8601 with offset",
    "keywords": "JSON list",
    "language": "en or zh",
    "listed_in": "JSON list of the listings (categories) showing it",
    "page_categories": "JSON list: the page's breadcrumb category",
    "body": "main text, paragraphs split by a blank line",
    "images": "JSON list of image URLs",
    "content_hash": "hash of the normalized content",
    "extractor_version": "extraction rules that produced it",
    "capture_id": "the raw page (captures.id)",
}
_QUERIES = {
    "search": {
        "title": "Search articles (English and Chinese)",
        "description": 'Words are ANDed; OR and NOT combine them; "quotes" make a phrase. Chinese needs no spaces.',
        "sql": "SELECT l.url, l.title, l.published_at, l.site, l.source, l.language, l.status "
        "FROM articles_fts JOIN latest_articles l ON l.record_id = articles_fts.rowid "
        "WHERE articles_fts MATCH archiver_fts(:q) ORDER BY bm25(articles_fts, 10.0, 1.0) LIMIT 100",
    },
    "history": {
        "title": "History of one article",
        "description": "Every version of the article at :url and what changed in each. The article's own "
        "page, /-/archiver/article/RECORD_ID, links each version to its archived copy and to the diffs.",
        "sql": "SELECT version, captured_at, change_kind, changed_fields, restored_from, title, published_at, "
        "extractor_version FROM article_history WHERE url = :url ORDER BY version",
    },
    "reprints_by_source": {
        "title": "Everything reprinted from one organization",
        "description": "Current versions marked as reprinted from :source (the organization as named, any case), "
        "with the archived site of that organization when there is one.",
        "sql": "SELECT url, title, published_at, site, source_raw, organization, organization_site "
        "FROM reprinted_from WHERE organization = :source COLLATE NOCASE ORDER BY published_at DESC",
    },
}


# Datasette's own settings, before the user's (`archiver serve -- --setting NAME VALUE` wins).
SETTINGS = {
    "sql_time_limit_ms": "5000",
    "facet_time_limit_ms": "3000",  # facets over the latest_articles view of a large archive
    "truncate_cells_html": "200",  # long cells are cut in tables; the row or article page has them whole
}
FACETS = ["site", {"array": "listed_in"}, "source", "language"]


def metadata(db: Path, replay_url: str = DEFAULT_REPLAY_BASE) -> dict[str, Any]:
    return {
        "title": f"archiver — {db.name}",
        "description": "Articles archived by archiver: one row per article in latest_articles, one per version "
        "in article_history. Column meanings: docs/schema.md.",
        "license": "Archived content remains its publishers'; archived for research",
        "source": f"archiver {__version__}",
        "plugins": {"archiver": {"replay_url": replay_url}},
        "databases": {
            db.stem: {
                "tables": {
                    "latest_articles": {
                        "description": "One row per article: its current version.",
                        "fts_table": "articles_fts",
                        "fts_pk": "record_id",
                        "columns": _LATEST,
                        "facets": FACETS,
                        "sortable_columns": ["published_at", "captured_at", "first_seen", "last_seen", "site"],
                    },
                    "article_history": {
                        "description": "One row per version of every article.",
                        "facets": ["site", "change_kind", "language"],
                    },
                    "articles": {"description": "One row per article URL (status, first and last seen)."},
                    "versions": {"description": "Every distinct extracted content of an article."},
                    "captures": {
                        "description": "Raw pages (zstd; with compression_dictionaries.content when dictionary_id "
                        "is set) with status and headers.",
                        "hidden": True,
                    },
                    "compression_dictionaries": {
                        "description": "zstd dictionaries the captures of a site are compressed with.",
                        "hidden": True,
                    },
                    "articles_fts": {"hidden": True},
                    "fetch_errors": {"description": "Pages that could not be archived, and why."},
                    "crawl_runs": {"description": "One row per crawl: counts, coverage, alarms."},
                },
                "queries": _QUERIES,
            }
        },
    }


def run_datasette(
    db: Path, host: str, port: int, replay_url: str = DEFAULT_REPLAY_BASE, extra: Sequence[str] = ()
) -> int:
    """Run Datasette until it is stopped; returns its exit code (0 when stopped by a signal).

    Datasette runs as a child process. SIGTERM and SIGHUP sent to ``archiver serve`` (by
    systemd, ``kill``, a closing terminal) are forwarded to it and waited for, and the
    temporary metadata file is removed, so nothing is left listening on the port.
    """
    try:
        import datasette  # noqa: F401 - only to fail early with a clear message
    except ImportError as exc:
        raise ArchiverError("archiver serve needs Datasette: pip install 'archiver[serve]'") from exc
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(metadata(db, replay_url), handle, ensure_ascii=False)
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db),
        "--metadata",
        handle.name,
        "--plugins-dir",
        str(PLUGINS),
        "--host",
        host,
        "--port",
        str(port),
        *(part for name, value in SETTINGS.items() for part in ("--setting", name, value)),
        *extra,  # Datasette's own options, as given to `archiver serve` after its own
    ]
    server: subprocess.Popen[bytes] | None = None
    stopped_by: list[int] = []

    def forward(signum: int, frame: FrameType | None) -> None:
        stopped_by.append(signum)
        if server is not None and server.poll() is None:
            server.send_signal(signum)

    previous = {signum: signal.signal(signum, forward) for signum in _FORWARDED}
    try:
        server = subprocess.Popen(command)
        if stopped_by:  # a signal that came while the child was starting
            server.send_signal(stopped_by[0])
        code = server.wait()
        return 0 if stopped_by else code
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: Datasette got it too
        return 0
    finally:
        _stop(server)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        Path(handle.name).unlink(missing_ok=True)


_FORWARDED = (signal.SIGTERM, signal.SIGHUP)


def _stop(server: subprocess.Popen[bytes] | None, grace: float = 10.0) -> None:
    """Make sure the Datasette child is gone: asked to stop, then killed after ``grace`` seconds."""
    if server is None or server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(grace)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
