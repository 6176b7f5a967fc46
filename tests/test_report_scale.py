"""The HTML report at 20,000 articles: bounded size, groups, charts, replay links, a real browser."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from archiver.history.report import build_report, cluster_anomalies
from archiver.history.timeline import OTHER, timeline
from archiver.render.report_html import GROUPS_LISTED, LISTED_PER_GROUP, report_html
from archiver.store import Archive
from tests import browser
from tests.bulk_archive import BulkArchive, build
from tests.conftest import run_archiver

ARTICLES = 20_000
SIZE_BOUND = 1_500_000  # docs/research.md: the report stays under 1.5 MB at any archive size


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> BulkArchive:
    return build(tmp_path_factory.mktemp("bulk") / "bulk.db", ARTICLES)


@pytest.fixture(scope="module")
def report(bulk: BulkArchive) -> tuple[dict[str, Any], Path]:
    archive = Archive(bulk.path, read_only=True)
    try:
        data = build_report(archive.db, str(bulk.path), since="2000-01-01", replay_base="http://127.0.0.1:9/web/")
    finally:
        archive.close()
    page = bulk.path.parent / "report.html"
    page.write_text(report_html(data), encoding="utf-8")
    return data, page


def test_the_data_covers_every_article(report: tuple[dict[str, Any], Path], bulk: BulkArchive) -> None:
    data, _ = report
    assert data["summary"]["new"] == ARTICLES and data["summary"]["edited"] == len(bulk.edited)
    assert sorted(a["url"] for a in data["removed_articles"]) == sorted(bulk.removed)
    counts = [g["count"] for g in data["new_groups"]]
    assert counts == sorted(counts, reverse=True) and sum(counts) == ARTICLES
    assert {s["site"] for s in data["sites"]} == {"news.example.org", "union.example.net", "assoc.example.com"}
    assert sum(s["new"] for s in data["sites"]) == ARTICLES
    assert {f["kind"] for f in data["failures"]} == {"http", "timeout", "unparsable"}
    chart = data["charts"]["new_by_category"]
    assert chart["unit"] == "month" and 24 <= len(chart["periods"]) <= 26
    assert sum(sum(v) for v in chart["series"].values()) == ARTICLES


def test_the_page_is_bounded_and_grouped(report: tuple[dict[str, Any], Path]) -> None:
    data, page = report
    html = page.read_text(encoding="utf-8")
    size = len(html.encode())
    assert size < SIZE_BOUND, size
    groups = min(len(data["new_groups"]), GROUPS_LISTED)
    assert html.count("<details") >= groups
    listed = sum(min(g["count"], LISTED_PER_GROUP) for g in data["new_groups"][:GROUPS_LISTED])
    # every listed new article links to its live URL and to its archived copy
    assert html.count('class="replay" href="http://127.0.0.1:9/web/20261101000000/http://') >= listed
    assert html.count("<svg") == 2 and html.count("<rect") > 100
    assert '["' not in html and "reprinted 0" not in html and "reprinted 1" not in html
    assert "<script" not in html.lower()
    first = data["new_groups"][0]
    summary = re.search(r"<details open><summary><strong>([^<]+)</strong> · ([^·]+) · (\w+) ", html)
    assert summary and summary.groups() == (first["site"], first["category"], first["language"])


@pytest.mark.browser
def test_the_page_in_a_real_browser(report: tuple[dict[str, Any], Path]) -> None:
    _, page = report
    loaded = browser.load(page)
    assert loaded.console == [], loaded.console
    assert "New articles by publication month and category" in loaded.dom and "<rect" in loaded.dom
    shot = browser.screenshot(page, browser.artifacts_dir() / "report-20k.png", height=2400)
    assert shot.stat().st_size > 50_000  # text, tables and charts drew (a blank page is a few KB)


def test_the_cli_links_to_the_replay_server_it_is_given(bulk: BulkArchive, tmp_path: Path) -> None:
    out = tmp_path / "run2.html"
    result = run_archiver(
        "report",
        "--db",
        str(bulk.path),
        "--run",
        str(bulk.second_run),
        "-o",
        str(out),
        "--replay-url",
        "http://replay.test:8080/web",
    )
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    linked = [url for url in bulk.edited if f"http://replay.test:8080/web/20261104000000/{url}" in html]
    assert len(linked) >= 50  # the edits shown with their diffs link to the version archived in run 2


def test_timeline_picks_days_months_or_years_and_folds_small_series() -> None:
    days = timeline([("2026-01-01T08:00:00+08:00", "a"), ("2026-01-03T08:00:00+08:00", "a"), (None, "a")])
    assert days == {
        "unit": "day",
        "periods": ["2026-01-01", "2026-01-02", "2026-01-03"],
        "series": {"a": [1, 0, 1]},
        "undated": 1,
    }
    months = timeline([("2025-01-15", "a"), ("2025-06-01", "b")])
    assert months["unit"] == "month" and months["periods"][0] == "2025-01" and months["periods"][-1] == "2025-06"
    assert len(months["periods"]) == 6
    years = timeline([("2001-05-01", "a"), ("2026-05-01", "a")])
    assert years["unit"] == "year" and len(years["periods"]) == 26
    many = timeline([("2026-01-01", f"c{i}") for i in range(10) for _ in range(i + 1)])
    assert len(many["series"]) == 8 and many["series"][OTHER] == [1 + 2 + 3]


def test_an_original_published_after_its_copy_is_an_anomaly() -> None:
    def member(record_id: int, published: str, reprinted: bool = True, source: str | None = "X") -> dict[str, Any]:
        return {  # as the republished view gives it: record_id the key original_id names
            "record_id": record_id,
            "article_id": str(1000 + record_id),
            "url": f"http://s/{record_id}",
            "published_at": published,
            "reprinted": reprinted,
            "source": source,
        }

    cluster = {
        "original_id": 1,
        "copies": [
            member(1, "2026-02-01T00:00:00+08:00"),
            member(2, "2026-01-01T00:00:00+08:00"),
            member(3, "2026-03-01T00:00:00+08:00", reprinted=False, source=None),
        ],
    }
    found = cluster_anomalies(cluster)
    assert len(found) == 2
    assert "published after this copy" in found[0] and found[0].endswith("http://s/2")
    assert "names no source" in found[1] and found[1].endswith("http://s/3")
    assert cluster_anomalies({**cluster, "original_id": None}) == []


def test_an_article_is_grouped_under_its_narrowest_listing(tmp_path: Path) -> None:
    from archiver.items import ListingItem
    from tests.test_store import item

    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "test", {})
    at = "2026-11-23T00:00:00+00:00"
    archive.write_batch(
        [
            item(),  # http://p/a/1.html, with no breadcrumb category of its own
            ListingItem("http://p/all", "All", "http://p/all", ["http://p/a/1.html", "http://p/a/2.html"], at),
            ListingItem("http://p/news", "News", "http://p/news", ["http://p/a/1.html"], at),
        ],
        run,
    )
    data = build_report(archive.db, "a.db", run_id=run)
    archive.close()
    assert [(g["category"], g["count"]) for g in data["new_groups"]] == [("News", 1)]
