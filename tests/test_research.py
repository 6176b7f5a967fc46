"""Researchers' access end to end: search (English and Chinese), filters, views, exports, WARC, Datasette, API."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import snowballstemmer

import archiver
from tests.conftest import LOCAL, ROOT, run_archiver, verify_archive
from tests.portal.site import PortalFixture

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def archive(gov_portal: PortalFixture, modern_portal: PortalFixture, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("research") / "archive.db"
    for portal in (gov_portal, modern_portal):
        result = run_archiver("crawl", portal.base_url + "/", "--db", str(db), *LOCAL)
        assert result.returncode == 0, result.stderr[-2000:]
    verify_archive(db)
    return db


@pytest.fixture(scope="module")
def truth(gov_portal: PortalFixture, modern_portal: PortalFixture) -> dict[str, dict[str, Any]]:
    return {**gov_portal.truth, **modern_portal.truth}


def search(db: Path, query: str, *extra: str) -> list[dict[str, Any]]:
    result = run_archiver("search", query, "--db", str(db), "--format", "json", "--limit", "1000", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["results"]


def containing(truth: dict[str, dict[str, Any]], word: str) -> set[str]:
    """The articles whose title or body holds ``word``: Chinese as a substring, English as any
    word of the same Porter stem (search matches "patrol" for "patrols", as documented)."""
    if re.search(r"[\u4e00-\u9fff]", word):
        return {url for url, t in truth.items() if word in t["title"] or word in t["body"]}
    stemmer = snowballstemmer.stemmer("porter")
    stem = stemmer.stemWord(word.lower())
    return {
        url
        for url, t in truth.items()
        if any(stemmer.stemWord(w.lower()) == stem for w in re.findall(r"[^\W_]+", t["title"] + " " + t["body"]))
    }


@pytest.mark.parametrize("word", ["保安", "培训", "消防", "工会", "security", "training", "patrols", "Kunming"])
def test_a_word_finds_exactly_the_articles_containing_it(archive: Path, truth: dict[str, Any], word: str) -> None:
    expected = containing(truth, word)
    assert expected, f"the test portal has no article with {word!r}"
    assert {hit["url"] for hit in search(archive, word)} == expected


def test_longer_chinese_phrase_and_boolean(archive: Path, truth: dict[str, Any]) -> None:
    assert {h["url"] for h in search(archive, "保安培训")} == containing(truth, "保安培训")
    either = containing(truth, "消防") | containing(truth, "patrols")
    assert {h["url"] for h in search(archive, "消防 OR patrols")} == either
    assert {h["url"] for h in search(archive, "security NOT training")} == containing(truth, "security") - containing(
        truth, "training"
    )


def test_title_matches_rank_first(archive: Path, truth: dict[str, Any]) -> None:
    hits = search(archive, "Training")
    in_title = [h["title"] and "training" in h["title"].lower() for h in hits]
    assert any(in_title) and not all(in_title)
    assert in_title == sorted(in_title, reverse=True), "a body-only match outranked a title match"
    assert all("[" in h["snippet"] for h in hits[:5])


def test_filters(archive: Path, truth: dict[str, Any], gov_portal: PortalFixture, modern_portal: PortalFixture) -> None:
    site = gov_portal.base_url.split("//")[1]
    assert {h["site"] for h in search(archive, "保安 OR security", "--site", site)} == {site}
    news = search(archive, "security", "--category", "News")
    assert news and all("News" in h["categories"] for h in news)
    since = search(archive, "security", "--since", "2024-11-01", "--until", "2024-11-15")
    assert since and all("2024-11-01" <= h["published_at"] < "2024-11-15" for h in since)
    xinhua = search(archive, "security", "--source", "Xinhua News Agency")
    assert xinhua and all(h["source"] == "Xinhua News Agency" for h in xinhua)


@pytest.mark.parametrize("query", ["((", "OR", '"', "NOT", "*"])
def test_malformed_query_is_a_clear_error(archive: Path, query: str) -> None:
    result = run_archiver("search", query, "--db", str(archive))
    assert result.returncode == 2 and result.stderr.startswith("Error: nothing to search for")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("query", ['a:b "c', "col:security", "NEAR(x y)", "^x", "x AND AND y", "-security"])
def test_fts_syntax_in_queries_never_breaks(archive: Path, query: str) -> None:
    result = run_archiver("search", "--db", str(archive), "--", query)
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_search_text_output(archive: Path) -> None:
    result = run_archiver("search", "保安", "--db", str(archive), "--limit", "3")
    assert (
        result.stdout.startswith("3 best of ") and "matches for '保安':" in result.stdout and "[保安]" in result.stdout
    )


def test_views(archive: Path) -> None:
    with sqlite3.connect(archive) as db:
        assert (
            db.execute("SELECT COUNT(*) FROM latest_articles").fetchone()[0]
            == db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            == 80
        )
        assert (
            db.execute("SELECT COUNT(*) FROM article_history").fetchone()[0]
            == db.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
        )
        per_month = db.execute("SELECT substr(published_at, 1, 7), COUNT(*) FROM latest_articles GROUP BY 1").fetchall()
        assert sum(n for _, n in per_month) == 80
        reprints = db.execute(
            "SELECT COUNT(*) FROM latest_articles WHERE reprinted = 1 AND source = ?", ["中国保安协会"]
        ).fetchone()[0]
        assert reprints >= 1


def test_export_filters_and_formats(archive: Path, tmp_path: Path, modern_portal: PortalFixture) -> None:
    site = modern_portal.base_url.split("//")[1]
    lines = run_archiver("export", "--db", str(archive), "--site", site, "--status", "live").stdout.splitlines()
    assert len(lines) == 40 and all(json.loads(line)["site"] == site for line in lines)
    news = run_archiver("export", "--db", str(archive), "--category", "News").stdout.splitlines()
    assert news and all("News" in json.loads(line)["categories"] for line in news)
    dated = run_archiver("export", "--db", str(archive), "--since", "2024-11-01", "--until", "2024-11-10").stdout
    assert all("2024-11-01" <= json.loads(line)["published_at"] < "2024-11-10" for line in dated.splitlines())
    assert run_archiver("export", "--db", str(archive), "--status", "gone").stdout == ""
    import pyarrow.parquet as pq

    out = tmp_path / "a.parquet"
    assert run_archiver("export", "--db", str(archive), "--format", "parquet", "-o", str(out)).returncode == 0
    table = pq.read_table(out)
    assert table.num_rows == 80 and table.column_names[:3] == ["url", "site", "title"]
    import pyarrow as pa

    assert pa.types.is_list(table.schema.field("keywords").type)
    assert table.column("reprinted").type == pa.bool_()
    missing = run_archiver("export", "--db", str(archive), "--format", "parquet")
    assert missing.returncode == 2 and "give -o FILE" in missing.stderr


def test_warc_round_trip(archive: Path, tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    out = tmp_path / "captures.warc.gz"
    result = run_archiver("export", "--db", str(archive), "--format", "warc", "-o", str(out))
    with sqlite3.connect(archive) as db:
        import zstandard

        captures = db.execute("SELECT count(*) FROM captures").fetchone()[0]  # articles and every other page
        stored = {
            final: zstandard.ZstdDecompressor().decompress(blob)
            for final, blob in db.execute("SELECT final_url, content FROM captures WHERE page_kind = 'article'")
        }
    assert captures > 80 and len(stored) == 80
    assert result.returncode == 0 and f"Exported {captures} captures" in result.stderr
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    index = subprocess.run([sys.executable, "-m", "warcio.cli", "index", str(out)], capture_output=True, text=True)
    assert index.returncode == 0 and index.stdout.count('"response"') == captures
    seen = 0
    with out.open("rb") as stream:
        records = list(ArchiveIterator(stream))
    with out.open("rb") as stream:
        for record in ArchiveIterator(stream):
            uri = record.rec_headers.get_header("WARC-Target-URI")
            # an article URL may also have an error page captured (a 500 before the retry that worked)
            if record.rec_type == "response" and uri in stored and record.http_headers.get_statuscode() == "200":
                assert record.content_stream().read() == stored[uri]
                seen += 1
    assert seen == 80
    requests = [r for r in records if r.rec_type == "request"]
    assert len(requests) == captures
    assert records[0].rec_type == "warcinfo" and records[0].rec_headers.protocol == "WARC/1.1"


def test_show_version_and_time(archive: Path, truth: dict[str, Any]) -> None:
    url = next(iter(truth))
    shown = json.loads(run_archiver("show", url, "--db", str(archive), "--version", "1", "--format", "json").stdout)
    assert shown["title"] == truth[url]["title"] and shown["version"] == 1
    now = json.loads(run_archiver("show", url, "--db", str(archive), "--at", "2999-01-01", "--format", "json").stdout)
    assert now["version"] == 1
    before = run_archiver("show", url, "--db", str(archive), "--at", "2000-01-01")
    assert before.returncode == 3 and "no version captured at or before 2000-01-01" in before.stderr
    text = run_archiver("show", url, "--db", str(archive)).stdout
    assert text.startswith(truth[url]["title"])


def test_python_api(archive: Path, truth: dict[str, Any]) -> None:
    url = next(iter(truth))
    with archiver.open_archive(archive) as reader:
        latest = reader.latest_articles()
        assert len(latest) == 80 and {r["url"] for r in latest} == set(truth)
        assert reader.history(url)[0]["title"] == truth[url]["title"]
        assert {h["url"] for h in reader.search("保安", limit=1000)} == containing(truth, "保安")
        assert len(list(reader.iter_versions())) == 80
        assert reader.article_at(url, version=1)["body"] == truth[url]["body"]
        frame = reader.to_pandas("latest_articles")
        assert len(frame) == 80 and "published_at" in frame.columns


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(base: str, path: str, **params: str) -> Any:
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_datasette_serves_the_archive(archive: Path, truth: dict[str, Any]) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "archiver", "serve", "--db", str(archive), "--port", str(port), "--replay-port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # Datasette's start-up imports take seconds on a loaded machine: wait for it up to a minute.
        started = time.monotonic()
        while True:
            try:
                _get(base, "/-/versions.json")
                break
            except OSError:
                assert time.monotonic() - started < 60 and server.poll() is None, "datasette never answered"
                time.sleep(0.2)
        name = archive.stem
        found = _get(base, f"/{name}/search.json", q="保安培训", _shape="array")
        assert {r["url"] for r in found} == containing(truth, "保安培训")
        box = _get(base, f"/{name}/latest_articles.json", _search="保安", _size="0")
        assert box["filtered_table_rows_count"] == len(containing(truth, "保安"))
        url = next(iter(truth))
        history = _get(base, f"/{name}/history.json", url=url, _shape="array")
        assert [r["version"] for r in history] == [1]
        reprints = _get(base, f"/{name}/reprints_by_source.json", source="中国保安协会", _shape="array")
        assert reprints and all(r["source_raw"].endswith("中国保安协会") for r in reprints)
        meta = _get(base, "/-/metadata.json")
        assert meta["databases"][name]["tables"]["latest_articles"]["columns"]["source"]
    finally:
        server.terminate()
        server.wait(timeout=10)
