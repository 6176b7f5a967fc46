"""`archiver serve`: facets, short cells with the whole text on the article page, article
history with diffs and archived copies, Datasette's own options passed through, replay beside it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from archiver.store import Archive
from tests.bulk_archive import BulkArchive, build
from tests.conftest import ROOT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    bulk = build(tmp_path_factory.mktemp("serve") / "served.db", 300)
    port, replay_port = _free_port(), _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "archiver",
            "serve",
            "--db",
            str(bulk.path),
            "--port",
            str(port),
            "--replay-port",
            str(replay_port),
            "--",
            "--setting",
            "max_returned_rows",
            "321",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                _get(f"{base}/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        yield {
            "bulk": bulk,
            "base": base,
            "db": f"{base}/{bulk.path.stem}",
            "replay": f"http://127.0.0.1:{replay_port}",
        }
    finally:
        server.terminate()
        server.wait(timeout=15)


def article_of(bulk: BulkArchive, url: str) -> dict[str, Any]:
    archive = Archive(bulk.path, read_only=True)
    try:
        cursor = archive.db.execute("SELECT record_id, body, captured_at FROM latest_articles WHERE url = ?", [url])
        record_id, body, captured_at = cursor.fetchone()
        return {"record_id": record_id, "body": body, "captured_at": captured_at}
    finally:
        archive.close()


def test_datasette_options_pass_through(served: dict[str, Any]) -> None:
    status, text = _get(f"{served['base']}/-/settings.json")
    settings = json.loads(text)
    assert status == 200 and settings["max_returned_rows"] == 321 and settings["truncate_cells_html"] == 200


def test_facets_on_site_category_source_and_language(served: dict[str, Any]) -> None:
    status, text = _get(f"{served['db']}/latest_articles.json?_size=0")
    facets = json.loads(text)["facet_results"]  # a facet that timed out would be missing
    assert status == 200 and {"site", "listed_in", "source", "language"} <= set(facets)
    sites = {item["value"]: item["count"] for item in facets["site"]["results"]}
    assert sites == {"news.example.org": 100, "union.example.net": 100, "assoc.example.com": 100}
    categories = {item["value"] for item in facets["listed_in"]["results"]}
    assert "通知公告" in categories or "Policy" in categories


def test_cells_are_short_and_the_article_page_has_the_whole_text(served: dict[str, Any]) -> None:
    bulk = served["bulk"]
    url = bulk.edited[0]
    article = article_of(bulk, url)
    status, table = _get(f"{served['db']}/latest_articles?_size=300")
    assert status == 200 and table.count("full text</a>") >= 250
    assert article["body"] not in table  # cut in the table...
    status, page = _get(f"{served['base']}/-/archiver/article/{article['record_id']}")
    paragraphs = article["body"].split("\n\n")
    assert status == 200 and all(p in page for p in paragraphs)  # ...whole on the article page
    assert f"/-/archiver/diff/{article['record_id']}/1/2" in page
    copy = f"{served['replay']}/web/20261104000000/{url}"
    assert copy in page and f"{served['replay']}/web/20261101000000/{url}" in page
    status, diff = _get(f"{served['base']}/-/archiver/diff/{article['record_id']}/1/2")
    assert status == 200 and "<ins>" in diff and "(updated)" in diff
    assert _get(f"{served['base']}/-/archiver/article/999999")[0] == 404
    status, archived = _get(copy)  # the replay server started beside Datasette serves that copy
    assert status == 200 and "(updated)" in archived
