"""A crawl whose home page fails never ends "finished", exit 0 (issue 13)."""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest

from archiver.demo.server import PortalServer, html_page
from tests.conftest import LOCAL, run_archiver

pytestmark = pytest.mark.e2e


def _runs(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [status for (status,) in conn.execute("SELECT status FROM crawl_runs")]


def test_a_home_page_that_answers_404(tmp_path: Path) -> None:
    server = PortalServer()
    server.routes = {"/other.html": html_page("<html><body><p>elsewhere</p></body></html>")}
    server.start()
    try:
        db = tmp_path / "a.db"
        result = run_archiver("crawl", server.base_url + "/", "--db", str(db), "--format", "json", *LOCAL)
    finally:
        server.stop()
    assert result.returncode == 3, result.stderr[-2000:]
    assert "Error:" in result.stderr and "404" in result.stderr
    assert json.loads(result.stdout)["status"] == "failed" and _runs(db) == ["failed"]


def test_connection_refused(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = tmp_path / "a.db"
    result = run_archiver("crawl", f"http://127.0.0.1:{port}/", "--db", str(db), "--format", "json", *LOCAL)
    assert result.returncode == 3, result.stderr[-2000:]
    assert "nothing could be fetched" in result.stderr
    assert json.loads(result.stdout)["status"] == "failed" and _runs(db) == ["failed"]


def test_an_interruption_before_any_response_is_no_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """SIGTERM before the first answer exits 4 with a note; "nothing could be fetched" blamed the site."""
    from archiver.cli.crawling import _report_problems
    from archiver.crawler.run import EXIT_INTERRUPTED, CrawlResult

    result = CrawlResult(run_id=None, db=tmp_path / "a.db", status="interrupted", stats={})
    _report_problems(result, ("http://127.0.0.1:9/",), result.db, portal="http://127.0.0.1:9/")
    err = capsys.readouterr().err
    assert result.exit_code == EXIT_INTERRUPTED
    assert "Error" not in err
    assert err.startswith("Note: http://127.0.0.1:9/: interrupted before any response from http://127.0.0.1:9/")
