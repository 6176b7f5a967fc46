"""Several portals in one `archiver crawl` (issue 16): one process, a run, alarm and exit code per portal."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from archiver.demo.replica import build_replica
from archiver.demo.server import PortalServer, html_page
from archiver.store import lock
from tests.conftest import LOCAL, run_archiver, start_archiver, verify_archive
from tests.portal.gallery import serve

pytestmark = pytest.mark.e2e
SHELL = "<html><head><title>{title}</title></head><body><div id='app'>Loading…</div></body></html>"


class Portals:
    """The kmabxh replica (two editions, crawled by its profile through --mirror), a gallery portal
    crawled in generic mode from its home URL, and a portal whose home page answers 404."""

    def __init__(self, gallery_url: str) -> None:
        self.en, self.zh, self.broken = PortalServer(), PortalServer(), PortalServer()
        self.en.routes, self.zh.routes, _ = build_replica(self.en.base_url, self.zh.base_url, per_edition=12)
        self.broken.routes = {"/other.html": html_page("<html><body><p>elsewhere</p></body></html>")}
        self.gallery_url = gallery_url
        for server in (self.en, self.zh, self.broken):
            server.start()

    @property
    def mirror_table(self) -> str:
        return f'mirror = {{ "en.kmabxh.com" = "{self.en.base_url}", "www.kmabxh.com" = "{self.zh.base_url}" }}'

    def close(self) -> None:
        for server in (self.en, self.zh, self.broken):
            server.stop()


@pytest.fixture(scope="module")
def portals() -> Iterator[Portals]:
    with serve("hugo_papermod") as (server, site):
        running = Portals(server.base_url + site.start_path)
        try:
            yield running
        finally:
            running.close()


def _runs(db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute("SELECT * FROM crawl_runs ORDER BY id")]


def _runs_with_captures(db: Path) -> int:
    """Runs that have committed at least one capture so far."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT COUNT(DISTINCT crawl_id) FROM captures").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet, or a writer holds it
        return 0


def _hosts_of_failures(db: Path, run_id: int) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {
            urlsplit(url).netloc for (url,) in conn.execute("SELECT url FROM fetch_errors WHERE crawl_id = ?", [run_id])
        }


def test_three_portals_one_command_one_run_each(portals: Portals, tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    broken_home = portals.broken.base_url + "/"
    result = run_archiver(
        "crawl",
        "kmabxh",
        portals.gallery_url,
        broken_home,
        "--mirror",
        f"en.kmabxh.com={portals.en.base_url}",
        "--mirror",
        f"www.kmabxh.com={portals.zh.base_url}",
        "--db",
        str(db),
        "--format",
        "json",
        *LOCAL,
    )
    # One portal's home failed (3) while the others ran to their end (0): 3 is the most severe.
    assert result.returncode == 3, result.stderr[-3000:]
    summary = json.loads(result.stdout)
    assert summary["exit_code"] == 3
    assert [(p["target"], p["exit_code"], p["status"]) for p in summary["portals"]] == [
        ("kmabxh", 0, "finished"),
        (portals.gallery_url, 0, "finished"),
        (broken_home, 3, "failed"),
    ]
    assert f"Error: {broken_home}: the home page could not be fetched" in result.stderr
    runs = _runs(db)
    assert [(r["target"], r["status"], r["profile"]) for r in runs] == [
        ("kmabxh", "finished", "kmabxh"),
        (portals.gallery_url, "finished", "generic"),
        (broken_home, "failed", "generic"),
    ]
    with sqlite3.connect(db) as conn:
        per_site = dict(conn.execute("SELECT site, COUNT(*) FROM articles GROUP BY site").fetchall())
    gallery_host = urlsplit(portals.gallery_url).netloc
    assert [per_site[urlsplit(server.base_url).netloc] for server in (portals.en, portals.zh)] == [12, 12]
    assert per_site[gallery_host] == summary["portals"][1]["articles_new"] > 0
    assert runs[0]["articles_new"] == 24 and runs[1]["articles_new"] == per_site[gallery_host]
    verify_archive(db)


def test_portals_file_per_portal_settings_and_alarm(portals: Portals, tmp_path: Path) -> None:
    """A portals.toml with per-portal settings; a redesign of one portal alarms that portal's run only."""
    db = tmp_path / "file.db"
    portals_file = tmp_path / "portals.toml"
    portals_file.write_text(
        '[settings]\nARCHIVER_REVISIT_POLICY = "*=0"\n\n'
        f'[[portal]]\ntarget = "kmabxh"\n{portals.mirror_table}\nsettings = {{ CONCURRENT_REQUESTS = 4 }}\n\n'
        f'[[portal]]\ntarget = "{portals.gallery_url}"\n'
        "settings = { CONCURRENT_REQUESTS = 6, CONCURRENT_REQUESTS_PER_DOMAIN = 1 }\n",
        encoding="utf-8",
    )
    command = ["crawl", "--portals", str(portals_file), "--db", str(db), "--format", "json", *LOCAL]
    first = run_archiver(*command)
    assert first.returncode == 0, first.stderr[-3000:]
    original = {path: page for path, page in portals.en.routes.items() if path.startswith("/NewsDes/")}
    try:
        for path in original:  # kmabxh's English edition turns into script-rendered shells
            portals.en.routes[path] = html_page(SHELL.format(title=path))
        second = run_archiver(*command)
    finally:
        portals.en.routes.update(original)
    assert second.returncode == 1, second.stderr[-3000:]
    by_target = {p["target"]: p for p in json.loads(second.stdout)["portals"]}
    assert by_target["kmabxh"]["exit_code"] == 1 and by_target["kmabxh"]["alarm"].startswith("coverage dropped")
    assert by_target[portals.gallery_url]["exit_code"] == 0 and by_target[portals.gallery_url]["alarm"] is None
    assert "Warning: kmabxh: coverage dropped:" in second.stderr
    runs = _runs(db)
    assert [(r["target"], r["status"], bool(r["alarm"])) for r in runs] == [
        ("kmabxh", "finished", False),
        (portals.gallery_url, "finished", False),
        ("kmabxh", "finished", True),
        (portals.gallery_url, "finished", False),
    ]
    # Each portal's own settings, though both come at command-line priority.
    assert [json.loads(r["settings"])["CONCURRENT_REQUESTS"] for r in runs] == ["4", "6", "4", "6"]
    # ... under the command's own -s (LOCAL sets CONCURRENT_REQUESTS_PER_DOMAIN=8): a one-off run wins.
    assert {json.loads(r["settings"])["CONCURRENT_REQUESTS_PER_DOMAIN"] for r in runs} == {"8"}
    # A run reads only its own portal's frontier: the gallery's run neither re-checks nor fails on
    # kmabxh's articles (which the revisit policy makes due on every run).
    kmabxh_hosts = {urlsplit(server.base_url).netloc for server in (portals.en, portals.zh)}
    gallery_hosts = {urlsplit(portals.gallery_url).netloc}
    assert _hosts_of_failures(db, runs[3]["id"]) <= gallery_hosts
    assert _hosts_of_failures(db, runs[2]["id"]) <= kmabxh_hosts
    assert runs[3]["pages_fetched"] <= runs[1]["pages_fetched"]  # its own pages again, not kmabxh's too
    verify_archive(db)


def test_a_malformed_portals_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    portals_file = tmp_path / "portals.toml"
    portals_file.write_text('[[portal]]\ntarget = "kmabxh\n', encoding="utf-8")  # an unclosed string
    db = tmp_path / "a.db"
    result = run_archiver("crawl", "--portals", str(portals_file), "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "not valid TOML" in result.stderr and "line 2" in result.stderr
    assert not db.exists()  # nothing ran, nothing was created


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[portal]]\ntarget = "kmabxh"\ndelay = 2\n', "portal 1: unknown key 'delay'"),
        ("[[portal]]\nsettings = { DOWNLOAD_DELAY = 1 }\n", "portal 1: target"),
        ('[[portal]]\ntarget = "kmabxh"\nsettings = { CONCURRENT_REQUESTS = "many" }\n', "CONCURRENT_REQUESTS"),
        ('[[portal]]\ntarget = "kmabxh"\n\n[[portal]]\ntarget = "kmabxh"\n', "both crawl"),
        ("[settings]\nDOWNLOAD_DELAY = 1\n", "no [[portal]] table"),
        ('[[portal]]\ntarget = "nosuchprofile"\n', "nosuchprofile"),
    ],
)
def test_a_portals_file_that_does_not_check_is_exit_2(tmp_path: Path, text: str, message: str) -> None:
    portals_file = tmp_path / "portals.toml"
    portals_file.write_text(text, encoding="utf-8")
    result = run_archiver("crawl", "--portals", str(portals_file), "--db", str(tmp_path / "a.db"))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("Error: ") and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_usage_errors_of_several_targets(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    redis = run_archiver("crawl", "kmabxh", "http://a.test/", "--db", db, "--redis", "redis://127.0.0.1:1/0")
    assert redis.returncode == 2 and "--redis crawls one portal" in redis.stderr
    mirror = run_archiver("crawl", "kmabxh", "http://a.test/", "--db", db, "--mirror", "b.test=http://127.0.0.1:1")
    assert mirror.returncode == 2 and "no portal of this crawl has the host b.test" in mirror.stderr
    assert not Path(db).exists()


def test_a_held_archive_is_75_before_any_portal_starts(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    lock.acquire(db, "another crawl")
    try:
        result = run_archiver("crawl", "kmabxh", "http://127.0.0.1:1/", "--db", str(db), *LOCAL)
    finally:
        lock.release(db)
    assert result.returncode == 75, result.stderr
    assert "another crawl holds" in result.stderr and not db.exists()


def test_sigterm_interrupts_every_portal_exit_4(tmp_path: Path) -> None:
    """systemd stops the command with SIGTERM: every portal's run ends interrupted, the command 4."""
    db = tmp_path / "term.db"
    with serve("hugo_papermod") as (first, first_site), serve("wordpress") as (second, second_site):
        # About a minute per portal, and a stop within seconds: a graceful stop lets the requests already
        # handed to the downloader finish, each after its delay.
        slow = [
            "-s",
            "DOWNLOAD_DELAY=0.5",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            "-s",
            "ARCHIVER_BATCH_SECONDS=0.5",
        ]
        process = start_archiver(
            "crawl", first.base_url + first_site.start_path, second.base_url + second_site.start_path,
            "--db", str(db), "--format", "json", *LOCAL, *slow,
        )  # fmt: skip
        try:
            # Both portals have fetched and committed pages (robots.txt, a home): a signal before
            # any response is the case of a start page that never answered, not this one.
            while _runs_with_captures(db) < 2 and process.poll() is None:
                time.sleep(0.1)
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=120)
        finally:
            process.kill()
    assert process.returncode == 4, err[-2000:]
    assert [p["exit_code"] for p in json.loads(out)["portals"]] == [4, 4]
    assert [r["status"] for r in _runs(db)] == ["interrupted", "interrupted"]
    verify_archive(db)
