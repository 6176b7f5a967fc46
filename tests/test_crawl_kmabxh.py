"""End to end with the built-in kmabxh profile, on the offline replica of both editions."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archiver.demo.corpus import ArticleSpec
from archiver.demo.replica import build_replica, category_names, page_category_names
from archiver.demo.server import PortalServer
from tests.conftest import LOCAL, ROOT, run_archiver, verify_archive

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def replica() -> Iterator[dict[str, Any]]:
    en, zh = PortalServer(), PortalServer()
    en.routes, zh.routes, articles = build_replica(en.base_url, zh.base_url, per_edition=20)
    en.start()
    zh.start()
    yield {
        "en": en,
        "zh": zh,
        "articles": articles,
        "mirror": ["--mirror", f"en.kmabxh.com={en.base_url}", "--mirror", f"www.kmabxh.com={zh.base_url}"],
    }
    en.stop()
    zh.stop()


def url_of(replica: dict[str, Any], article: ArticleSpec) -> str:
    server = replica["en"] if article.language == "en" else replica["zh"]
    return f"{server.base_url}/NewsDes/{article.article_id}.html"


@pytest.fixture(scope="module")
def archive(replica: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("kmabxh") / "kmabxh.db"
    result = run_archiver("crawl", "kmabxh", "--db", str(db), *replica["mirror"], *LOCAL)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "articles          40 (40 new" in result.stdout
    verify_archive(db)
    return db


def test_both_editions_every_field(replica: dict[str, Any], archive: Path) -> None:
    result = run_archiver("export", "--db", str(archive))
    records = {r["url"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert len(records) == 40
    with sqlite3.connect(archive) as db:
        listed_in = {url: json.loads(names) for url, names in db.execute("SELECT url, listed_in FROM latest_articles")}
    for article in replica["articles"]:
        record = records[url_of(replica, article)]
        assert record["title"] == article.title
        assert record["source"] == article.source and record["source_raw"] == article.source_raw
        assert record["reprinted"] is article.reprinted
        assert record["author"] == article.author
        assert record["published_at"] == article.published.isoformat()
        assert record["keywords"] == article.keywords
        assert record["body"] == article.body
        assert record["language"] == article.language
        assert record["categories"] == page_category_names(article)  # the page's breadcrumb
        assert listed_in[record["url"]] == category_names(article)  # listing membership, kept apart
        assert record["article_id"] == article.article_id and isinstance(record["article_id"], str)
        assert record["version"] == 1 and record["status"] == "live"


def test_images(replica: dict[str, Any], archive: Path) -> None:
    with sqlite3.connect(archive) as db:
        images = dict(
            db.execute("SELECT a.site_article_id, v.images FROM versions v JOIN articles a ON a.id = v.article_id")
        )
    with_photo = [a for i, a in enumerate(replica["articles"][:20]) if i % 3 == 0]
    for article in with_photo:
        assert json.loads(images[article.article_id]) == [f"{replica['en'].base_url}/uploads/{article.article_id}.jpg"]
    assert sum(1 for v in images.values() if json.loads(v)) == 2 * len(with_photo)


def test_views_counter_never_hashed(archive: Path) -> None:
    with sqlite3.connect(archive) as db:
        bodies = [b for (b,) in db.execute("SELECT body FROM versions")]
    assert not [b for b in bodies if "Views" in b or "浏览次数" in b]


def test_csv_and_all_versions(archive: Path) -> None:
    result = run_archiver("export", "--db", str(archive), "--format", "csv", "--all-versions")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 40
    assert rows[0]["reprinted"] in ("true", "false")
    assert isinstance(json.loads(rows[0]["categories"]), list)


def test_export_to_file(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "articles.jsonl"
    result = run_archiver("export", "--db", str(archive), "-o", str(out))
    assert result.returncode == 0 and "Exported 40 records" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 40


def test_stats(archive: Path) -> None:
    data = json.loads(run_archiver("stats", "--db", str(archive), "--format", "json").stdout)
    assert data["articles"] == 40 and data["versions"] == 40 and data["live"] == 40
    assert data["captures_stored_bytes"] < data["captures_raw_bytes"]
    text = run_archiver("stats", "--db", str(archive)).stdout
    assert "articles      40 (40 live, 0 gone)" in text


def test_max_pages(replica: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "small.db"
    result = run_archiver(
        "crawl",
        "kmabxh",
        "--db",
        str(db),
        "--max-pages",
        "5",
        "--format",
        "json",
        *replica["mirror"],
        *LOCAL,
        "-s",
        "CONCURRENT_REQUESTS=1",
    )
    # the homes and listings use up the 5 pages: a capped run that archived nothing says so (exit 5)
    assert result.returncode == 5, result.stderr[-2000:]
    assert "--max-pages stopped the crawl" in result.stderr
    summary = json.loads(result.stdout)
    # 5 pages and the two editions' robots.txt: no request past the cap
    assert summary["pages_fetched"] <= 7 and summary["max_pages_skipped"] > 0
    assert summary["finish_reason"] == "closespider_pagecount" and summary["status"] == "finished"
    verify_archive(db)


def test_scrapy_crawl_from_repo_root(replica: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "scrapy.db"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "portal",
            "-a",
            f"target={replica['en'].base_url}/",
            "-s",
            f"ARCHIVER_DB={db}",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "ARCHIVER_PROGRESS_INTERVAL=0",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        count = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    # generic mode from the English home page: that edition's 20 articles, not the other host's
    assert count == 20
    verify_archive(db)


def test_reposted_articles_cluster_with_their_originals(replica: dict[str, Any], archive: Path) -> None:
    """The replica reposts two articles per edition: the profile's site names its publisher, clusters follow."""
    result = run_archiver("republished", "--db", str(archive), "--format", "json")
    assert result.returncode == 0, result.stderr
    clusters = json.loads(result.stdout)
    by_language: dict[str, list[ArticleSpec]] = {}
    for article in replica["articles"]:
        by_language.setdefault(article.language, []).append(article)
    expected = []
    for articles in by_language.values():
        expected += [
            sorted([url_of(replica, articles[2]), url_of(replica, articles[-1])]),
            sorted([url_of(replica, articles[3]), url_of(replica, articles[-2])]),
        ]
    assert sorted(sorted(c["members"]) for c in clusters) == sorted(expected)
    assert all(c["original"] == c["reference"] and c["original_reason"] == "not marked reprinted" for c in clusters)
    assert all(c["similarity"] > 0.9 for c in clusters)
    with sqlite3.connect(archive) as conn:
        sites = dict(conn.execute("SELECT site, organizations FROM sites"))
    assert len(sites) == 2 and all("Kunming Security Association" in names for names in sites.values())
