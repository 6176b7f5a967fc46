"""A robots.txt that cannot be fetched disallows its host for the run (RFC 9309 2.3.1.4), with one warning.

Scrapy allows every page when the robots.txt fetch fails: a robots.txt that timed out let a
crawl fetch the pages it forbids, silently (and made a distributed test flaky under load,
where one worker's robots.txt fetch timed out). These crawls run on loopback against servers
whose robots.txt errs, hangs, or is slow but within its own timeout.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.conftest import run_archiver
from tests.portal.hostile import ARTICLE, HostileServer, Route, Served, page

ROBOTS = b"User-agent: *\nDisallow: /private/\n"
HOME = (
    b"<html><head><title>Portal</title></head><body><ul>"
    + b"".join(f"<li><a href='/news/{i}.html'>Article {i} on security training</a></li>".encode() for i in range(3))
    + b"<li><a href='/private/report.html'>Internal report</a></li></ul></body></html>"
)
SHORT_TIMEOUT = ["-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=1"]
QUICK = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "ARCHIVER_PROGRESS_INTERVAL=0"]


def failing(status: int) -> Route:
    def route(handler: BaseHTTPRequestHandler, served: Served) -> None:
        handler.send_error(status)

    return route


def late(seconds: float, body: bytes) -> Route:
    answer = page(body, "text/plain")

    def route(handler: BaseHTTPRequestHandler, served: Served) -> None:
        time.sleep(seconds)
        answer(handler, served)

    return route


def portal(robots: Route) -> dict[str, Route]:
    routes = {"/robots.txt": robots, "/": page(HOME), "/private/report.html": page(ARTICLE)}
    for i in range(3):
        routes[f"/news/{i}.html"] = page(ARTICLE.replace(b"A test article", f"Article {i}".encode()))
    return routes


@pytest.fixture
def serve() -> Iterator[list[HostileServer]]:
    servers: list[HostileServer] = []
    yield servers
    for server in servers:
        server.close()


def crawl(server: HostileServer, db: Path, *settings: str) -> tuple[int, str]:
    result = run_archiver("crawl", server.base + "/", "--db", str(db), *QUICK, *settings)
    return result.returncode, result.stderr


def test_a_robots_txt_that_errs_refuses_the_whole_host(serve: list[HostileServer], tmp_path: Path) -> None:
    server = HostileServer(portal(failing(503)))
    serve.append(server)
    code, stderr = crawl(server, tmp_path / "a.db", "-s", "RETRY_TIMES=1")
    assert code == 3, stderr  # the home page is refused: nothing could be fetched
    assert "could not be fetched (HTTP 503)" in stderr and "RFC 9309" in stderr
    assert set(server.served.paths) == {"/robots.txt"}, server.served.paths
    with sqlite3.connect(tmp_path / "a.db") as conn:
        rows = conn.execute("SELECT url, kind FROM fetch_errors").fetchall()
    assert rows == [(server.base + "/", "robots")]
    assert "Traceback" not in stderr


def test_a_robots_txt_that_times_out_refuses_the_whole_host(serve: list[HostileServer], tmp_path: Path) -> None:
    server = HostileServer(portal(late(3.0, ROBOTS)))
    serve.append(server)
    code, stderr = crawl(server, tmp_path / "a.db", *SHORT_TIMEOUT, "-s", "ARCHIVER_ROBOTSTXT_TIMEOUT=1")
    assert code == 3, stderr
    assert "robots.txt of 127.0.0.1:" in stderr and "could not be fetched" in stderr
    assert not [p for p in server.served.paths if p != "/robots.txt"], server.served.paths


def test_a_slow_robots_txt_gets_its_own_timeout(serve: list[HostileServer], tmp_path: Path) -> None:
    """Pages time out after 1 s here, robots.txt only after 20 s: its rules are read and obeyed."""
    server = HostileServer(portal(late(1.5, ROBOTS)))
    serve.append(server)
    code, stderr = crawl(server, tmp_path / "a.db", *SHORT_TIMEOUT, "-s", "ARCHIVER_ROBOTSTXT_TIMEOUT=20")
    assert code == 0, stderr
    assert "/private/report.html" not in server.served.paths
    assert {f"/news/{i}.html" for i in range(3)} <= set(server.served.paths)


def test_a_missing_robots_txt_allows_everything(serve: list[HostileServer], tmp_path: Path) -> None:
    """RFC 9309 2.3.1.3: a 4xx robots.txt means no rules."""
    server = HostileServer(portal(failing(404)))
    serve.append(server)
    code, stderr = crawl(server, tmp_path / "a.db")
    assert code == 0, stderr
    assert "/private/report.html" in server.served.paths
    assert "could not be fetched" not in stderr


def test_every_request_waiting_for_robots_txt_obeys_it(serve: list[HostileServer], tmp_path: Path) -> None:
    """Requests sent while the host's robots.txt is still on its way wait for it, and each is judged by it.

    Scrapy 2.19's middleware handed every waiter the same Deferred as a future, and a Deferred awaited so keeps
    None for the next waiter: the first request got the rules, the others none, and fetched pages robots.txt
    forbids (a distributed worker's first requests, popped together). A profile's start URLs are such waiters."""
    routes = portal(late(1.0, ROBOTS))
    private = [f"/private/report-{n}.html" for n in range(3)]
    routes |= {path: page(ARTICLE) for path in private}
    server = HostileServer(routes)
    serve.append(server)
    profile = tmp_path / "waiters.toml"
    starts = ", ".join(f'"{server.base}{path}"' for path in ["/", *private])
    profile.write_text(
        f'name = "waiters"\nstart_urls = [{starts}]\nhosts = ["{server.base.split("//", 1)[1]}"]\n', encoding="utf-8"
    )
    result = run_archiver("crawl", str(profile), "--db", str(tmp_path / "a.db"), *QUICK)
    assert not [p for p in server.served.paths if p.startswith("/private/")], server.served.paths
    assert "/robots.txt" in server.served.paths and "/" in server.served.paths, result.stderr
    with sqlite3.connect(tmp_path / "a.db") as conn:
        refused = {url for (url,) in conn.execute("SELECT url FROM fetch_errors WHERE kind = 'robots'")}
    assert refused >= {server.base + path for path in private}
