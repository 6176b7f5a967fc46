"""The fault suite: every failure a hostile or broken portal can produce, survived and recorded."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import run_archiver, verify_archive
from tests.portal.faults import BIG5_TEXT, BIG5_TITLE, EXPECTED_KINDS, HOSTILE_LINKS, build_faulty_portal
from tests.portal.site import PortalFixture

pytestmark = pytest.mark.e2e
# Loopback, fast, but the default size limit (16 MB) and timeouts shortened for the drip.
FAST = [
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "-s",
    "ARCHIVER_PROGRESS_INTERVAL=0",
    "-s",
    "DOWNLOAD_TIMEOUT=3",
    "-s",
    "RETRY_TIMES=2",
]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    portal = build_faulty_portal()
    db = tmp_path_factory.mktemp("faults") / "archive.db"
    result = run_archiver("crawl", portal.base_url + "/", "--db", str(db), "--format", "json", *FAST, timeout=600)
    with sqlite3.connect(db) as conn:
        errors = conn.execute("SELECT url, kind, status, reason FROM fetch_errors").fetchall()
    yield {"portal": portal, "db": db, "result": result, "errors": errors, "log": list(portal.server.log)}
    portal.close()


def test_the_crawl_finishes(crawled: dict[str, Any]) -> None:
    result = crawled["result"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout)["status"] == "finished"
    assert "Traceback" not in result.stderr
    verify_archive(crawled["db"])


def test_every_fault_is_recorded_with_url_and_reason(crawled: dict[str, Any]) -> None:
    portal: PortalFixture = crawled["portal"]
    by_url = {url: (kind, reason) for url, kind, _, reason in crawled["errors"]}
    for path, kind in EXPECTED_KINDS.items():
        assert portal.url(path) in by_url, f"{path} not recorded"
        assert by_url[portal.url(path)][0] == kind, (path, by_url[portal.url(path)])
        assert by_url[portal.url(path)][1]


def test_what_could_be_archived_is(crawled: dict[str, Any]) -> None:
    portal = crawled["portal"]
    exported = run_archiver("export", "--db", str(crawled["db"])).stdout.splitlines()
    records = {json.loads(line)["url"] for line in exported}
    assert set(portal.truth) <= records
    assert portal.url("/fault/burst.html") in records  # 500, 500, then 200
    assert portal.url("/fault/nocharset.html") in records
    # An undeclared Big5 page: read as GB18030 (the fallback), its headline and text were mojibake.
    big5 = [
        json.loads(line) for line in exported if json.loads(line)["url"] == portal.url("/fault/big5-nocharset.html")
    ]
    assert [r["title"] for r in big5] == [BIG5_TITLE]
    assert BIG5_TEXT[:40] in big5[0]["body"]


def test_traps_are_bounded(crawled: dict[str, Any]) -> None:
    paths = Counter(entry.path.split("/")[1] for entry in crawled["log"])
    assert paths["trap"] <= 3, paths["trap"]  # page 2 repeats page 1: no new article, stop
    assert paths["calendar"] <= 35, paths["calendar"]  # a month of day pages and the next month, no further
    assert not [e for e in crawled["log"] if e.path.startswith(("/calendar/2025", "/calendar/2024-12-"))]


def test_no_request_leaves_the_site(crawled: dict[str, Any]) -> None:
    portal = crawled["portal"]
    assert {e.host for e in crawled["log"]} == {portal.base_url.split("//")[1]}
    assert crawled_paths(crawled).count("/fault/loop-a.html") <= 3


def test_hostile_links_are_never_followed(crawled: dict[str, Any]) -> None:
    portal = crawled["portal"]
    recorded = {url for url, *_ in crawled["errors"]}
    for href in HOSTILE_LINKS(portal.server.server_address[1]):
        assert not any(url.startswith(href.rstrip("/")) for url in recorded), href  # not even attempted
    assert len(portal.sentinel.log) == 0


def crawled_paths(crawled: dict[str, Any]) -> list[str]:
    return [e.path for e in crawled["log"]]
