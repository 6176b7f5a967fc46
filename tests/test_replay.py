"""Replay: every page a crawl fetched is kept, exported as WARC (with CDXJ) and WACZ, and served
by `archiver replay` as captured, with a captured page's scripts never running."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from archiver.items import ArticleItem, PageCapture
from archiver.replay.links import timestamp14
from archiver.replay.server import make_server
from archiver.store import Archive
from tests import browser
from tests.conftest import LOCAL, run_archiver, verify_archive
from tests.portal.site import build_portal, render

pytestmark = pytest.mark.e2e
HOSTILE_URL = "http://hostile.example/attack.html"
HOSTILE = (
    b"<html><head><title>hostile</title><meta http-equiv='refresh' content='0;url=javascript:alert(1)'>"
    b"</head><body><p id='text'>archived text stays readable</p>"
    b"<script>document.body.setAttribute('data-pwned','script');document.title='PWNED'</script>"
    b"<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
    b"<iframe srcdoc=\"<script>parent.document.body.setAttribute('data-pwned','frame')</script>\"></iframe>"
    b"</body></html>"
)


def crawl(url: str, db: Path, *extra: str) -> dict[str, Any]:
    result = run_archiver("crawl", url, "--db", str(db), "--format", "json", *LOCAL, *extra)
    assert result.returncode == 0, result.stderr[-3000:]
    verify_archive(db)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    portal = build_portal("gov", count=14, seed=31)
    tmp = tmp_path_factory.mktemp("replay")
    db = tmp / "archive.db"
    crawl(portal.base_url + "/", db)
    edited = portal.articles[2]
    edited.title += " (corrected)"
    render(portal)
    crawl(portal.base_url + "/", db, "-s", "ARCHIVER_REVISIT_POLICY=*=0")
    archive = Archive(db)  # a capture written as a crawl would, with a page that attacks its reader
    run = archive.start_run("hostile", "test", {})
    record = {
        "url": HOSTILE_URL,
        "site": "hostile.example",
        "title": "hostile",
        "body": "archived text",
        "language": "en",
        "extractor_version": "1.0.0",
    }
    capture = PageCapture(
        url=HOSTILE_URL,
        final_url=HOSTILE_URL,
        status=200,
        fetched_at="2026-11-20T00:00:00+00:00",
        body=HOSTILE,
        headers={"Content-Type": "text/html", "Content-Security-Policy": "script-src *", "Set-Cookie": "a=b"},
    )
    archive.write_batch([ArticleItem(capture=capture, record=record)], run)
    archive.finish_run(run, "finished", {})
    archive.close()
    yield {"portal": portal, "db": db, "tmp": tmp, "edited": portal.article_url(edited)}
    portal.close()


def kinds(db: Path) -> dict[str, int]:
    archive = Archive(db, read_only=True)
    try:
        return dict(archive.db.execute("SELECT page_kind, count(*) FROM captures GROUP BY page_kind").fetchall())
    finally:
        archive.close()


def test_a_crawl_keeps_every_page_it_fetched(world: dict[str, Any]) -> None:
    found = kinds(world["db"])
    assert found.get("robots", 0) >= 1 and found.get("home", 0) >= 1 and found.get("listing", 0) >= 3, found
    assert found.get("redirect", 0) >= 1, found  # the portal's 301 from an old address
    assert found["article"] >= 14


def test_warc_holds_every_capture_failures_and_a_cdxj_index(world: dict[str, Any]) -> None:
    warc = world["tmp"] / "all.warc.gz"
    result = run_archiver("export", "--db", str(world["db"]), "--format", "warc", "-o", str(warc))
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", "-v", str(warc)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    records: dict[str, list[Any]] = {}
    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            uri = record.rec_headers.get_header("WARC-Target-URI")
            status = record.http_headers.get_statuscode() if record.http_headers else None
            records.setdefault(record.rec_type, []).append((uri, status))
    portal = world["portal"]
    responses = dict(records["response"])
    assert responses[portal.url("/robots.txt")] == "200"
    assert responses[portal.url(portal.special["moved_from"])] == "301"
    assert portal.base_url + "/" in responses
    assert len(records["request"]) == len(records["response"])
    failed = {uri for uri, _ in records["metadata"]}
    assert portal.url(portal.special["server_error"]) in failed
    index = world["tmp"] / "all.cdxj"
    lines = index.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= len(records["response"]) and lines == sorted(lines)
    assert any("robots.txt" in line and '"status": "200"' in line for line in lines), lines[:3]


def test_wacz_validates_and_lists_the_articles(world: dict[str, Any]) -> None:
    wacz = world["tmp"] / "all.wacz"
    result = run_archiver("export", "--db", str(world["db"]), "--format", "wacz", "-o", str(wacz))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # py-wacz's progress lines do not leak into archiver's output
    check = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(wacz)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    with zipfile.ZipFile(wacz) as package:
        names = set(package.namelist())
        assert {"datapackage.json", "indexes/index.cdx.gz", "pages/pages.jsonl"} <= names
        pages = [json.loads(line) for line in package.read("pages/pages.jsonl").splitlines()[1:]]
    assert world["edited"] in {p["url"] for p in pages}


@pytest.fixture(scope="module")
def replay(world: dict[str, Any]) -> Iterator[str]:
    server = make_server(world["db"], "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any) -> None:
        return None


def get(url: str, referer: str | None = None) -> tuple[int, dict[str, str], bytes]:
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers={"Referer": referer} if referer else {})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def versions(db: Path, url: str) -> list[dict[str, Any]]:
    archive = Archive(db, read_only=True)
    try:
        return [
            {"record_id": a, "version": v, "captured_at": at}
            for a, v, at in archive.db.execute(
                "SELECT h.record_id, h.version, h.captured_at FROM article_history h WHERE h.url = ? ORDER BY version",
                [url],
            )
        ]
    finally:
        archive.close()


def test_replay_shows_each_version_as_captured(world: dict[str, Any], replay: str) -> None:
    url = world["edited"]
    first, second = versions(world["db"], url)
    status, headers, body = get(f"{replay}/web/{timestamp14(first['captured_at'])}/{url}")
    assert status == 200 and "sandbox" in headers["Content-Security-Policy"]
    assert "(corrected)" not in body.decode("utf-8", "replace")
    status, _, body = get(f"{replay}/web/{timestamp14(second['captured_at'])}/{url}")
    assert status == 200 and "(corrected)" in body.decode("utf-8", "replace")
    status, _, page = get(f"{replay}/history/{first['record_id']}")
    assert status == 200 and f"/diff/{first['record_id']}/1/2".encode() in page
    status, headers, page = get(f"{replay}/diff/{first['record_id']}/1/2")
    assert status == 200 and b"(corrected)" in page and "default-src 'none'" in headers["Content-Security-Policy"]
    status, _, page = get(f"{replay}/web/*/{url}")
    assert status == 200 and page.count(b"<tr>") == 3


def test_replay_follows_captured_redirects_and_relative_links(world: dict[str, Any], replay: str) -> None:
    portal = world["portal"]
    old = portal.url(portal.special["moved_from"])
    status, headers, _ = get(f"{replay}/web/20990101000000/{old}")
    assert status == 301 and headers["Location"].startswith("/web/")
    assert headers["Location"].endswith(portal.url(portal.special["moved_to"]))
    status, headers, _ = get(f"{replay}/list/1.html", referer=f"{replay}/web/20990101000000/{portal.base_url}/")
    assert status == 302 and headers["Location"] == f"/web/20990101000000/{portal.base_url}/list/1.html"
    assert get(f"{replay}/web/20990101000000/http://nowhere.example/")[0] == 404
    assert get(f"{replay}/web/notatime/{old}")[0] == 400
    assert get(f"{replay}/history/999999")[0] == 404


@pytest.mark.browser
def test_a_hostile_capture_runs_no_script_in_replay(world: dict[str, Any], replay: str, tmp_path: Path) -> None:
    status, headers, body = get(f"{replay}/web/20261120000000/{HOSTILE_URL}")
    assert status == 200 and body == HOSTILE
    assert "Set-Cookie" not in headers and "script-src *" not in headers["Content-Security-Policy"]
    loaded = browser.load(f"{replay}/web/20261120000000/{HOSTILE_URL}")
    assert "archived text stays readable" in loaded.dom
    assert "data-pwned" not in loaded.dom.replace("setAttribute('data-pwned'", "").replace(
        "setAttribute(&#39;data-pwned&#39;", ""
    ), loaded.dom[:2000]
    assert "<title>PWNED" not in loaded.dom
    # the same bytes from a file do run: the browser check would see a script that ran
    control = tmp_path / "hostile.html"
    control.write_bytes(HOSTILE)
    assert "data-pwned=" in browser.load(control).dom


def test_pywb_replays_the_wacz(world: dict[str, Any], tmp_path: Path) -> None:
    """pywb pins redis 2.10 and so cannot share archiver's environment: give its bin directory
    (a separate virtualenv, docs/research.md) in ARCHIVER_PYWB_BIN to run this."""
    import os
    import socket
    import time

    bin_dir = os.environ.get("ARCHIVER_PYWB_BIN")
    if not bin_dir:
        pytest.skip("set ARCHIVER_PYWB_BIN to the bin/ of a virtualenv with pywb")
    wacz = tmp_path / "crawl.wacz"
    assert run_archiver("export", "--db", str(world["db"]), "--format", "wacz", "-o", str(wacz)).returncode == 0
    for args in (["init", "web"], ["add", "--unpack-wacz", "web", str(wacz)]):
        done = subprocess.run([f"{bin_dir}/wb-manager", *args], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    wayback = subprocess.Popen(
        [f"{bin_dir}/wayback", "-b", "127.0.0.1", "-p", str(port)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _, second = versions(world["db"], world["edited"])
        page = f"http://127.0.0.1:{port}/web/{timestamp14(second['captured_at'])}id_/{world['edited']}"
        for _ in range(100):
            try:
                status, _, body = get(page)
                break
            except OSError:
                time.sleep(0.2)
        assert status == 200 and "(corrected)" in body.decode("utf-8", "replace")
    finally:
        wayback.terminate()
        wayback.wait(timeout=15)


def test_an_idle_connection_does_not_hold_up_the_others(replay: str) -> None:
    """Browsers open connections they send nothing on yet; a one-thread server waited on them."""
    import socket

    host, port = replay.removeprefix("http://").split(":")
    with (
        socket.create_connection((host, int(port)), timeout=5),
        urllib.request.urlopen(f"{replay}/", timeout=5) as response,
    ):
        assert response.status == 200
