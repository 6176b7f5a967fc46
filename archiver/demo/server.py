"""A loopback HTTP server for generated portals (the demo replica and the test portals).

Routes are a dict of path(+query) -> Page, swappable while the server runs, so a test
can serve round 1 of a portal, then round 2. Every request is logged with its Host header.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    fail_first: int = 0  # answer 500 this many times before serving the page
    delay: float = 0.0  # seconds to wait before answering (a stalled server)
    fault: str = ""  # "reset": hang up at once; "truncate": send half the body; "drip": a byte every 0.5 s
    # Answer only once this is set: a test holds a crawl at a known point instead of guessing a delay.
    gate: threading.Event | None = None


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    host: str
    path: str
    headers: dict[str, str]
    status: int


def html_page(text: str, charset: str = "utf-8", header_charset: str | None = "") -> Page:
    """A page encoded in ``charset``; the Content-Type names ``header_charset`` (None: no charset)."""
    declared = charset if header_charset == "" else header_charset
    content_type = "text/html" if declared is None else f"text/html; charset={declared}"
    return Page(text.encode(charset, "xmlcharrefreplace"), headers={"Content-Type": content_type})


class _Handler(BaseHTTPRequestHandler):
    server: PortalServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        page = self.server.resolve(self.path)
        if page.gate is not None:
            page.gate.wait(timeout=300)
        if page.delay:
            time.sleep(page.delay)
        if page.fault == "reset":
            self.server.log.append(
                LoggedRequest("GET", self.headers.get("Host", ""), self.path, dict(self.headers.items()), 0)
            )
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        validators = self._validators(page)
        status = 304 if validators and self.headers.get("If-None-Match") == validators["ETag"] else page.status
        self.server.log.append(
            LoggedRequest("GET", self.headers.get("Host", ""), self.path, dict(self.headers.items()), status)
        )
        self.send_response(status)
        if status == 304:
            for name, value in validators.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        for name, value in {**page.headers, **validators}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        # A client that gave up (timeout, size limit) is what a fault test wanted.
        with contextlib.suppress(ConnectionError):
            if page.fault == "truncate":
                self.wfile.write(page.body[: len(page.body) // 2])
                self.close_connection = True
            elif page.fault == "drip":
                for byte in page.body[:40]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.5)
            else:
                self.wfile.write(page.body)

    def _validators(self, page: Page) -> dict[str, str]:
        """ETag and Last-Modified for a 200 page, as a real web server sends them."""
        if page.status != 200 or not self.server.conditional:
            return {}
        return {
            "ETag": '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"',
            "Last-Modified": "Fri, 22 Nov 2024 01:14:12 GMT",
        }


class PortalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.routes: dict[str, Page] = {}
        self.conditional = True  # answer If-None-Match with 304 when the ETag matches
        self.fallback: Callable[[str], Page | None] | None = None
        self.log: list[LoggedRequest] = []
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def resolve(self, path: str) -> Page:
        page = self.routes.get(path) or (self.fallback(path) if self.fallback else None)
        if page is None:
            return Page(b"<html><body><h1>404 Not Found</h1></body></html>", status=404)
        with self._lock:
            failed = self._failures.get(path, 0)
            if failed < page.fail_first:
                self._failures[path] = failed + 1
                return Page(b"<html><body>500 Internal Server Error</body></html>", status=500)
        return page

    def start(self) -> PortalServer:
        # A short poll: stop() waits for the loop to notice, and tests stop dozens of portals.
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, name="portal-server", daemon=True
        )
        self._thread.start()
        return self

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up early (timeout, size limit) is expected here, not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
