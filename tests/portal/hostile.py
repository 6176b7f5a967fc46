"""Hostile loopback servers for the security tests: redirects off the site, endless bodies, huge robots.txt.

Each server counts what it was asked for and what it sent, so a test can assert that a
limit held by counting (bytes served, connections made), not by timing.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    "<html><head><title>A test article</title></head><body><h1>A test article</h1>"
    "<div class='content'><p>"
    + "Security training for the members of the association. " * 20
    + "</p></div></body></html>"
).encode()


@dataclass
class Served:
    """What a hostile server saw and did."""

    paths: list[str] = field(default_factory=list)
    bytes_sent: dict[str, int] = field(default_factory=dict)


Route = Callable[[BaseHTTPRequestHandler, Served], None]


class HostileServer:
    """A threaded HTTP server on 127.0.0.1 answering each path with a route function."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.served = Served()
        served, table = self.served, routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                served.paths.append(path)
                route = table.get(path)
                if route is None:
                    self.send_error(404)
                    return
                # The client may stop reading midway: exactly what a size limit should do.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self, served)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def redirect_to(location: str) -> Route:
    def route(handler: BaseHTTPRequestHandler, served: Served) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def page(body: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    def route(handler: BaseHTTPRequestHandler, served: Served) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        served.bytes_sent[handler.path] = served.bytes_sent.get(handler.path, 0) + len(body)

    return route


def endless(total: int, declare_length: bool, chunk: bytes = b"<p>" + b"x" * 65_530 + b"</p>") -> Route:
    """A body of ``total`` bytes streamed a chunk at a time (never held in memory), counting what was sent."""

    def route(handler: BaseHTTPRequestHandler, served: Served) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if declare_length:
            handler.send_header("Content-Length", str(total))
        handler.end_headers()
        sent = 0
        while sent < total:
            piece = chunk[: total - sent]
            handler.wfile.write(piece)
            sent += len(piece)
            served.bytes_sent[handler.path] = sent

    return route


class ConnectionCounter:
    """A bare TCP listener that counts connections: proof that nothing connected to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.socket.settimeout(0.2)
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.socket.getsockname()[1])

    def _accept(self) -> None:
        while self.running:
            try:
                connection, _ = self.socket.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.socket.close()
