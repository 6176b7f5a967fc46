"""A site redesign that breaks extraction is flagged: the run says so and exits 1."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from archiver.demo.replica import build_replica
from archiver.demo.server import PortalServer, html_page
from tests.conftest import LOCAL, run_archiver, verify_archive

pytestmark = pytest.mark.e2e
SHELL = "<html><head><title>{title}</title></head><body><div id='app'>Loading…</div></body></html>"


def test_coverage_drop_raises_the_alarm(tmp_path: Path) -> None:
    en, zh = PortalServer(), PortalServer()
    en.routes, zh.routes, _ = build_replica(en.base_url, zh.base_url, per_edition=12)
    en.start()
    zh.start()
    try:
        db = tmp_path / "archive.db"
        mirror = ["--mirror", f"en.kmabxh.com={en.base_url}", "--mirror", f"www.kmabxh.com={zh.base_url}"]
        log = tmp_path / "crawl.log"
        first = run_archiver("crawl", "kmabxh", "--db", str(db), *mirror, *LOCAL, "--log-file", str(log))
        assert first.returncode == 0, first.stderr[-2000:]
        assert "Spider opened" in log.read_text(encoding="utf-8")
        for server in (en, zh):  # the redesign: articles become script-rendered shells
            for path in [p for p in server.routes if p.startswith("/NewsDes/")]:
                server.routes[path] = html_page(SHELL.format(title=path))
        second = run_archiver(
            "crawl", "kmabxh", "--db", str(db), *mirror, *LOCAL, "--format", "json", "-s", "ARCHIVER_REVISIT_POLICY=*=0"
        )
        assert second.returncode == 1, second.stderr[-2000:]
        assert "Warning: coverage dropped:" in second.stderr and "body 0% (was 100%)" in second.stderr
        summary = json.loads(second.stdout)
        assert summary["alarm"].startswith("coverage dropped") and summary["articles_changed"] == 0
        with sqlite3.connect(db) as conn:
            [(alarm, coverage)] = conn.execute("SELECT alarm, coverage FROM crawl_runs WHERE id = 2").fetchall()
            assert conn.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 24  # nothing overwritten
        assert "body" in alarm and json.loads(coverage)["body"] == 0.0
        verify_archive(db)
        runs = run_archiver("runs", "--db", str(db)).stdout
        assert "ALARM: coverage dropped" in runs
    finally:
        en.stop()
        zh.stop()


def test_an_edition_is_its_own_baseline(tmp_path: Path) -> None:
    """A /cn/ edition crawled from its own home never trips the alarm of the English one."""
    from archiver.store import Archive

    archive = Archive(tmp_path / "a.db")
    try:
        full = {"extracted": 50, "title": 1.0, "date": 1.0, "source": 0.9, "body": 1.0}
        for _ in range(3):
            run = archive.start_run("http://portal.test/", "generic", {}, "full")
            archive.finish_run(run, "finished", {}, full, None)
        cn = archive.start_run("http://portal.test/cn/", "generic", {}, "full")
        assert archive.coverage_baseline(cn) == {}  # no earlier run of this edition
        again = archive.start_run("http://portal.test/", "generic", {}, "full")
        assert archive.coverage_baseline(again)["source"] == 0.9
    finally:
        archive.close()
