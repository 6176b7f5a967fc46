"""A page of 100,000 links (issue 13: a crawl fetched nothing in 4 minutes and took 156 s to stop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.demo.server import PortalServer, html_page
from tests.conftest import LOCAL, run_archiver

pytestmark = pytest.mark.e2e


def test_a_link_flood_is_read_in_bounds(tmp_path: Path) -> None:
    links = "".join(f'<li><a href="/t/{n}.html">item {n}</a></li>' for n in range(100_000))
    server = PortalServer()
    server.routes = {"/": html_page(f"<html><head><title>Flood</title></head><body><ul>{links}</ul></body></html>")}
    server.start()
    try:
        result = run_archiver(
            "crawl",
            server.base_url + "/",
            "--db",
            str(tmp_path / "a.db"),
            *LOCAL,
            "-s",
            "DOWNLOAD_MAXSIZE=16000000",
            timeout=120,
        )  # a 4.7 MB page
        flood = [entry.path for entry in server.log if entry.path.startswith("/t/")]
    finally:
        server.stop()
    # 6,000 links read at most, and a family that never shows an article gets 20 requests at most
    assert 0 < len(flood) <= 20, len(flood)
    assert result.returncode in (0, 5), result.stderr[-2000:]
