"""Datasette plugin: an article's page (full text, every version, links to diffs and archived
copies), the diff between two versions, and table cells that stay short and link to them.

Long cells (bodies) are cut in tables and shown whole on the article page. Archived copies
open in ``archiver replay``, on its own origin (``plugins.archiver.replay_url``); the pages
here show archived text only, escaped, never a captured page.
"""

from __future__ import annotations

import json
import sqlite3
from html import escape
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from archiver.history.diffing import VersionDiff
from archiver.render.diff_html import diff_html
from archiver.replay.links import DEFAULT_REPLAY_BASE, replay_url
from archiver.store.common import row_dict, rows
from archiver.store.reads import version_row

CELL_CHARS = 200  # a body in a table: its start, and a link to the whole text
_ARTICLE_TABLES = frozenset({"latest_articles", "article_history"})
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
_STYLE = (
    "body{font:15px/1.6 system-ui,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem}"
    "td,th{border:1px solid #d0d0d5;padding:.3rem .5rem;text-align:left;vertical-align:top}"
    "table{border-collapse:collapse}.meta{color:#6e6e73}.body p{margin:.6rem 0}"
)


def _replay_base(datasette: Any) -> str:
    return (datasette.plugin_config("archiver") or {}).get("replay_url") or DEFAULT_REPLAY_BASE


def article_path(record_id: int) -> str:
    return f"/-/archiver/article/{record_id}"


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if table not in _ARTICLE_TABLES or value is None:
        return None
    keys = row.keys()
    # The article pages are keyed by the archive's record_id: the portal's article_id may be missing or repeat.
    if column == "body" and isinstance(value, str) and len(value) > CELL_CHARS and "record_id" in keys:
        return Markup(f"{escape(value[:CELL_CHARS])}… <a href='{article_path(row['record_id'])}'>full text</a>")
    if column == "url" and "record_id" in keys and "captured_at" in keys:
        copy = replay_url(_replay_base(datasette), row["captured_at"], value)
        return Markup(
            f"<a href='{escape(value)}'>{escape(value)}</a><br><a href='{escape(copy)}'>archived copy</a> · "
            f"<a href='{article_path(row['record_id'])}'>history</a>"
        )
    return None


def _article(conn: sqlite3.Connection, record_id: int) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    article = row_dict(
        conn,  # type: ignore[arg-type]  # a sqlite3 connection answers execute() like sqlite-utils
        "SELECT a.id, a.url, a.site, a.status, a.gone_at, a.first_seen, a.last_seen, v.title, v.source, "
        "v.author, v.published_at, v.language, v.body FROM articles a "
        "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version WHERE a.id = ?",
        [record_id],
    )
    versions = rows(
        conn,  # type: ignore[arg-type]
        "SELECT version, captured_at, change_kind, changed_fields, title FROM versions WHERE article_id = ? "
        "ORDER BY version",
        [record_id],
    )
    return article, versions


def _page(title: str, body: str, status: int = 200) -> Response:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    )
    return Response.html(html, status=status, headers={"Content-Security-Policy": _POLICY})


async def article_page(request: Any, datasette: Any) -> Response:
    record_id = int(request.url_vars["record_id"])
    db = datasette.get_database()
    article, versions = await db.execute_fn(lambda conn: _article(conn, record_id))
    if article is None:
        return _page("No such article", f"<p>No article {record_id} in this archive.</p>", 404)
    base = _replay_base(datasette)
    lines = "".join(
        f"<tr><td>{v['version']}</td><td>{escape(v['captured_at'])}</td><td>{escape(v['change_kind'])}</td>"
        f"<td>{escape(', '.join(json.loads(v['changed_fields'] or '[]')))}</td><td>{escape(v['title'] or '')}</td>"
        f"<td><a href='{escape(replay_url(base, v['captured_at'], article['url']))}'>archived copy</a>"
        + (
            f" · <a href='/-/archiver/diff/{record_id}/{v['version'] - 1}/{v['version']}'>diff from "
            f"{v['version'] - 1}</a>"
            if v["version"] > 1
            else ""
        )
        + "</td></tr>"
        for v in versions
    )
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in (article["body"] or "").split("\n\n") if p.strip())
    facts = " · ".join(
        escape(str(article[k]))
        for k in ("site", "status", "published_at", "source", "author", "language")
        if article[k]
    )
    body = (
        f"<h1>{escape(article['title'] or article['url'])}</h1><p class='meta'>{facts}<br>"
        f"<a href='{escape(article['url'])}'>{escape(article['url'])}</a></p>"
        f"<h2>Versions ({len(versions)})</h2><table><tr><th>version</th><th>captured</th><th>change</th>"
        f"<th>changed fields</th><th>title</th><th>links</th></tr>{lines}</table>"
        f"<h2>Text of the current version</h2><div class='body'>{paragraphs}</div>"
    )
    return _page(article["title"] or article["url"], body)


async def diff_page(request: Any, datasette: Any) -> Response:
    record_id, old, new = (int(request.url_vars[k]) for k in ("record_id", "old", "new"))

    def read(conn: sqlite3.Connection) -> VersionDiff | None:
        found = row_dict(conn, "SELECT url FROM articles WHERE id = ?", [record_id])  # type: ignore[arg-type]
        before = version_row(conn, record_id, old)  # type: ignore[arg-type]
        after = version_row(conn, record_id, new)  # type: ignore[arg-type]
        return VersionDiff(found["url"], before, after) if found and before and after else None

    diff = await datasette.get_database().execute_fn(read)
    if diff is None:
        return _page("No such versions", "<p>No such article or versions.</p>", 404)
    return Response.html(diff_html(diff), headers={"Content-Security-Policy": _POLICY})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/archiver/article/(?P<record_id>\d+)$", article_page),
        (r"^/-/archiver/diff/(?P<record_id>\d+)/(?P<old>\d+)/(?P<new>\d+)$", diff_page),
    ]
