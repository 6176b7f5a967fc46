"""``archiver replay``: every archived capture, as it was fetched, in a browser.

Addresses follow pywb and Wayback: ``/web/<14-digit UTC timestamp>/<url>`` is the capture of
``url`` nearest that time (the last one at or before it, else the first after);
``/web/*/<url>`` lists every capture of a URL; ``/history/<record id>`` lists an article's
versions with links to each as captured and to the diffs between them
(``/diff/<record id>/<from>/<to>``).

A captured page is a stranger's HTML: its scripts must never run where the archive is read.
Every capture is served with ``Content-Security-Policy: sandbox`` (no ``allow-scripts``), so
the browser runs none of its scripts and gives it an opaque origin, plus ``script-src
'none'`` for browsers that ignore sandbox; and the server listens on its own port, apart
from Datasette's, so even a capture that got past both could not reach the archive's pages.
The pages this server writes itself (lists, history, diffs) escape every archived string and
carry the report's no-script policy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from archiver.compat import Database
from archiver.history.diffing import VersionDiff
from archiver.render.diff_html import diff_html
from archiver.replay.links import replay_url, timestamp14
from archiver.store import Archive
from archiver.store.common import row_dict, rows
from archiver.store.compression import decompress
from archiver.store.reads import version_row

CAPTURE_POLICY = "sandbox; default-src 'self' data:; script-src 'none'; object-src 'none'; base-uri 'none'"
PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
# Headers of the captured response that must not reach the browser as they were: they
# describe the original transfer, or would set state or policy on this server's origin.
_NOT_REPLAYED = frozenset(
    {
        "content-encoding",
        "transfer-encoding",
        "content-length",
        "connection",
        "keep-alive",
        "set-cookie",
        "content-security-policy",
        "strict-transport-security",
        "location",
        "refresh",
        "link",
    }
)
_STYLE = (
    "body{font:15px/1.6 system-ui,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem}"
    "td,th{border:1px solid #d0d0d5;padding:.3rem .5rem;text-align:left}table{border-collapse:collapse}"
    ".meta{color:#6e6e73}"
)


class Replay:
    """The reads behind one request, over a read-only connection to the archive."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def capture_at(self, url: str, timestamp: str) -> dict[str, Any] | None:
        """The capture of ``url`` nearest ``timestamp``: of the response that came from that address,
        as in a WARC (an old address answers with its redirect), else of a request made to it."""
        columns = "id, url, final_url, fetched_at, status, headers, codec, dictionary_id, content"
        found = rows(
            self.db, f"SELECT {columns} FROM captures WHERE final_url = ? ORDER BY fetched_at, id", [url]
        ) or rows(self.db, f"SELECT {columns} FROM captures WHERE url = ? ORDER BY fetched_at, id", [url])
        if not found:
            return None
        before = [c for c in found if timestamp14(c["fetched_at"]) <= timestamp]
        chosen = before[-1] if before else found[0]
        chosen["body"] = decompress(self.db, chosen.pop("codec"), chosen.pop("dictionary_id"), chosen.pop("content"))
        return chosen

    def captures_of(self, url: str) -> list[dict[str, Any]]:
        return rows(
            self.db,
            "SELECT id, url, final_url, fetched_at, status FROM captures WHERE url = ? OR final_url = ? "
            "ORDER BY fetched_at, id",
            [url, url],
        )

    def history(self, article_id: int) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        article = row_dict(self.db, "SELECT id, url, site, status FROM articles WHERE id = ?", [article_id])
        versions = rows(
            self.db,
            "SELECT version, captured_at, change_kind, changed_fields, title FROM versions WHERE article_id = ? "
            "ORDER BY version",
            [article_id],
        )
        return article, versions

    def diff(self, article_id: int, old: int, new: int) -> VersionDiff | None:
        article = row_dict(self.db, "SELECT url FROM articles WHERE id = ?", [article_id])
        before, after = version_row(self.db, article_id, old), version_row(self.db, article_id, new)
        if article is None or before is None or after is None:
            return None
        return VersionDiff(article["url"], before, after)


def _page(title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    ).encode()


def _content_type(headers: dict[str, str]) -> str:
    return next((v for k, v in headers.items() if k.lower() == "content-type"), "application/octet-stream")


class ReplayHandler(BaseHTTPRequestHandler):
    archive_path: Path  # set on the class made by make_server
    base: str
    replay: Replay
    server_version = "archiver-replay"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: a browser fetches many pages

    def do_GET(self) -> None:
        # A connection per request: SQLite connections stay in the thread that made them, and a
        # read-only open also sees what a crawl wrote since.
        archive = Archive(self.archive_path, read_only=True)
        try:
            self.replay = Replay(archive.db)
            self._route(self.path)
        finally:
            archive.close()

    def _route(self, path: str) -> None:
        routes: list[tuple[str, Callable[[str], None]]] = [
            ("/web/", self._web),
            ("/history/", self._history),
            ("/diff/", self._diff),
        ]
        for prefix, handler in routes:
            if path.startswith(prefix):
                handler(path[len(prefix) :])
                return
        if path == "/":
            self._send_page(HTTPStatus.OK, "archiver replay", self._index())
            return
        self._from_referer(path)

    # --- archived captures ------------------------------------------------------------------

    def _web(self, rest: str) -> None:
        timestamp, _, url = rest.partition("/")
        url = unquote(url) if "%3A" in url[:8] else url
        if urlsplit(self.path).query and "?" not in url:
            url += "?" + urlsplit(self.path).query
        if timestamp == "*":
            self._list(url)
            return
        timestamp = (timestamp.removesuffix("id_") + "0" * 14)[:14]
        if not timestamp.isdigit() or not url.startswith(("http://", "https://")):
            self._send_page(HTTPStatus.BAD_REQUEST, "Bad address", "<p>Addresses are /web/TIMESTAMP/URL.</p>")
            return
        capture = self.replay.capture_at(url, timestamp)
        if capture is None:
            self._send_page(HTTPStatus.NOT_FOUND, "Not archived", f"<p>{escape(url)} is not in this archive.</p>")
            return
        headers = json.loads(capture["headers"] or "{}")
        status = int(capture["status"])
        self.send_response(status)
        location = next((v for k, v in headers.items() if k.lower() == "location"), None)
        if location and 300 <= status < 400:  # a captured redirect leads to the capture of its target
            self.send_header("Location", replay_url(self.base, capture["fetched_at"], urljoin(url, location)))
        for name, value in headers.items():
            if name.lower() not in _NOT_REPLAYED and name.lower() != "content-type":
                self.send_header(name, value)
        self._send_body(capture["body"], _content_type(headers), CAPTURE_POLICY)

    def _list(self, url: str) -> None:
        found = self.replay.captures_of(url)
        items = "".join(
            f"<tr><td><a href='{escape(replay_url(self.base, c['fetched_at'], url))}'>{escape(c['fetched_at'])}</a>"
            f"</td><td>{c['status']}</td><td>{escape(c['final_url'])}</td></tr>"
            for c in found
        )
        body = (
            f"<h1>Captures of {escape(url)}</h1><table><tr><th>fetched</th><th>status</th><th>final URL</th></tr>"
            f"{items}</table>"
            if found
            else f"<p>{escape(url)} is not in this archive.</p>"
        )
        self._send_page(HTTPStatus.OK if found else HTTPStatus.NOT_FOUND, f"Captures of {url}", body)

    def _from_referer(self, path: str) -> None:
        """A capture's own relative link (/a/2.html) reached this server: find it in the capture's site."""
        referer = urlsplit(self.headers.get("Referer") or "").path
        if referer.startswith("/web/"):
            timestamp, _, page = referer[len("/web/") :].partition("/")
            if page.startswith(("http://", "https://")):
                self.send_response(HTTPStatus.FOUND)
                self.send_header("Location", f"/web/{timestamp}/{urljoin(page, path)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        self._send_page(HTTPStatus.NOT_FOUND, "Not found", "<p>Addresses are /web/TIMESTAMP/URL.</p>")

    # --- pages of this server ---------------------------------------------------------------

    def _index(self) -> str:
        db = self.replay.db
        captures = db.execute("SELECT count(*) FROM captures").fetchone()[0]
        sites = rows(db, "SELECT site, count(*) AS n FROM articles GROUP BY site ORDER BY n DESC")
        listed = "".join(f"<li>{escape(s['site'])}: {s['n']} articles</li>" for s in sites)
        return (
            f"<h1>archiver replay</h1><p>{captures} captures. Open <code>/web/TIMESTAMP/URL</code> for a "
            "capture as it was fetched, <code>/web/*/URL</code> for every capture of a URL, "
            f"<code>/history/RECORD_ID</code> for an article's versions.</p><ul>{listed}</ul>"
        )

    def _history(self, rest: str) -> None:
        if not rest.isdigit():
            self._send_page(HTTPStatus.BAD_REQUEST, "Bad address", "<p>Addresses are /history/RECORD_ID.</p>")
            return
        article, versions = self.replay.history(int(rest))
        if article is None:
            self._send_page(HTTPStatus.NOT_FOUND, "No such article", f"<p>No article {escape(rest)}.</p>")
            return
        lines = "".join(self._version_row(article, v) for v in versions)
        body = (
            f"<h1>History of {escape(article['url'])}</h1><p class='meta'>{escape(article['site'])} · "
            f"{escape(article['status'])} · <a href='{escape(article['url'])}'>live URL</a></p><table><tr>"
            "<th>version</th><th>captured (archived copy)</th><th>change</th><th>changed fields</th><th>title</th>"
            f"<th>diff</th></tr>{lines}</table>"
        )
        self._send_page(HTTPStatus.OK, f"History of {article['url']}", body)

    def _version_row(self, article: dict[str, Any], v: dict[str, Any]) -> str:
        copy = escape(replay_url(self.base, v["captured_at"], article["url"]))
        changed = ", ".join(json.loads(v["changed_fields"] or "[]"))
        number = v["version"]
        diff = f"<a href='/diff/{article['id']}/{number - 1}/{number}'>diff from {number - 1}</a>" if number > 1 else ""
        return (
            f"<tr><td>{number}</td><td><a href='{copy}'>{escape(v['captured_at'])}</a></td>"
            f"<td>{escape(v['change_kind'])}</td><td>{escape(changed)}</td><td>{escape(v['title'] or '')}</td>"
            f"<td>{diff}</td></tr>"
        )

    def _diff(self, rest: str) -> None:
        parts = rest.split("/")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            self._send_page(HTTPStatus.BAD_REQUEST, "Bad address", "<p>Addresses are /diff/RECORD_ID/FROM/TO.</p>")
            return
        diff = self.replay.diff(*(int(p) for p in parts))
        if diff is None:
            self._send_page(HTTPStatus.NOT_FOUND, "No such versions", "<p>No such article or versions.</p>")
            return
        self.send_response(HTTPStatus.OK)
        self._send_body(diff_html(diff).encode(), "text/html; charset=utf-8", PAGE_POLICY)

    def _send_page(self, status: HTTPStatus, title: str, body: str) -> None:
        self.send_response(status)
        self._send_body(_page(title, body), "text/html; charset=utf-8", PAGE_POLICY)

    def _send_body(self, body: bytes, content_type: str, policy: str) -> None:
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Security-Policy", policy)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "same-origin")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def make_server(db: Path, host: str, port: int) -> ThreadingHTTPServer:
    """A replay server bound to (host, port) (port 0: any free port), not yet serving.

    A thread per connection: a browser opens connections it does not use at once (preconnects),
    and one thread would wait on them instead of answering the others.
    """
    Archive(db, read_only=True).close()  # not an archive: one clear error now, not one per request
    server = ThreadingHTTPServer((host, port), type("Handler", (ReplayHandler,), {"archive_path": db, "base": "/web/"}))
    server.daemon_threads = True
    return server
