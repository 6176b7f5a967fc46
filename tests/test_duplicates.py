"""The near-duplicate index in the archive: incremental updates, thresholds, migration (no crawl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.demo.corpus import make_articles
from archiver.items import ArticleItem, PageCapture, SiteItem
from archiver.republished.similarity import Signature, lsh_params
from archiver.store import Archive

ARTICLES = make_articles(30, "en", seed=13) + make_articles(30, "zh", seed=13)
AT = "2026-11-23T00:00:00+00:00"


def item(
    index: int, body: str, *, reprinted: bool = False, source: str | None = None, site: str = "p.example"
) -> ArticleItem:
    url = f"http://{site}/a/{index}.html"
    capture = PageCapture(url=url, final_url=url, status=200, headers={}, body=body.encode(), fetched_at=AT)
    record = {
        "url": url,
        "site": site,
        "article_id": str(index),
        "title": f"T{index}",
        "source": source,
        "source_raw": f"Reprinted from {source}" if reprinted else source,
        "reprinted": reprinted,
        "author": None,
        "published_at": f"2024-11-{1 + index % 28:02d}T09:00:00+08:00",
        "keywords": [],
        "categories": [],
        "body": body,
        "body_html": "",
        "language": "zh" if "。" in body else "en",
        "images": [],
        "rules": {},
        "published_at_flags": [],
        "extractor_version": "1.0.0",
    }
    return ArticleItem(capture=capture, record=record)


def edited(body: str) -> str:
    paragraphs = body.split("\n\n")
    return "\n\n".join([*paragraphs, "Editor's note: abridged. 编者按：有删节。"])


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "generic", {})
    archive.write_batch([item(i, a.body) for i, a in enumerate(ARTICLES)], run)
    return archive


def members(archive: Archive) -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for cluster_id, url in archive.db.execute(
        "SELECT m.cluster_id, a.url FROM cluster_members m JOIN articles a ON a.id = m.article_id ORDER BY a.url"
    ):
        groups.setdefault(cluster_id, []).append(url)
    return sorted(groups.values())


def test_signature_round_trips_and_estimates_jaccard() -> None:
    signature, count = Signature.of(ARTICLES[0].body)
    assert signature is not None and count > 20
    assert Signature.from_bytes(signature.to_bytes()).similarity(signature) == 1.0
    other, _ = Signature.of(edited(ARTICLES[0].body))
    assert other is not None and 0.75 < signature.similarity(other) < 1.0
    assert Signature.of("Too short to compare: four shingles only here.") == (None, 4)
    bands, rows = lsh_params(0.5)
    assert len(signature.band_keys(0.5)) == bands and bands * rows <= 128


def test_first_update_signs_everything_and_finds_nothing_among_distinct_articles(archive: Archive) -> None:
    result = archive.update_clusters(1, 0.5)
    assert (result.signed, result.pairs, result.clusters) == (60, 0, 0)
    again = archive.update_clusters(1, 0.5)
    assert again.signed == 0 and not again.rebuilt


def test_updates_are_incremental(archive: Archive) -> None:
    archive.update_clusters(1, 0.5)
    run = archive.start_run("t", "generic", {})
    archive.write_batch(
        [item(100, edited(ARTICLES[3].body), reprinted=True, source="Xinhua"), item(101, ARTICLES[40].body)], run
    )
    result = archive.update_clusters(run, 0.5)
    assert result.signed == 2 and result.clusters == 2
    assert members(archive) == [
        ["http://p.example/a/100.html", "http://p.example/a/3.html"],
        ["http://p.example/a/101.html", "http://p.example/a/40.html"],
    ]
    # The copy is rewritten into something else: it leaves its cluster, nothing else is re-signed.
    run = archive.start_run("t", "generic", {})
    archive.write_batch([item(100, ARTICLES[20].body + "\n\nA different ending altogether.")], run)
    result = archive.update_clusters(run, 0.5)
    assert result.signed == 1
    assert members(archive) == [
        ["http://p.example/a/100.html", "http://p.example/a/20.html"],
        ["http://p.example/a/101.html", "http://p.example/a/40.html"],
    ]
    [(reason,)] = archive.db.execute("SELECT original_reason FROM clusters WHERE id = ?", [21]).fetchall()
    assert reason == "not marked reprinted; earliest published of 2 unmarked copies"


def test_a_new_threshold_rebuilds_the_index(archive: Archive) -> None:
    archive.update_clusters(1, 0.5)
    result = archive.update_clusters(1, 0.9)
    assert result.rebuilt and result.signed == 60
    assert archive.duplicate_threshold() == 0.9
    with pytest.raises(ValueError):
        archive.update_clusters(1, 0.0)


def test_a_site_archived_later_becomes_the_named_original(archive: Archive) -> None:
    run = archive.start_run("t", "generic", {})
    archive.write_batch(
        [item(200, edited(ARTICLES[5].body), reprinted=True, source="Riverside Union", site="q.example")], run
    )
    archive.update_clusters(run, 0.5)
    [(original, reason)] = archive.db.execute("SELECT original_id, original_reason FROM clusters").fetchall()
    assert original == 6 and reason == "not marked reprinted"
    assert archive.db.execute("SELECT name, site FROM organizations").fetchall() == [("Riverside Union", None)]
    # The copy's named organization turns out to publish p.example.
    archive.write_batch([SiteItem("p.example", "http://p.example/", "Home - Riverside Union", [], AT)], run)
    archive.update_clusters(run, 0.5)
    [(original, reason)] = archive.db.execute("SELECT original_id, original_reason FROM clusters").fetchall()
    assert original == 6 and reason.startswith("named source")
    assert archive.db.execute("SELECT name, site FROM organizations").fetchall() == [("Riverside Union", "p.example")]


def test_migrates_a_version_3_archive_and_clusters_it(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from archiver.store.migrations import migrations

    path = tmp_path / "v3.db"
    old = Database(str(path))
    migrations.apply(old, stop_before="m004_republished")
    old.execute("PRAGMA user_version = 3")
    old.close()
    archive = Archive(path)
    assert archive.schema_version >= 4
    run = archive.start_run("t", "generic", {})
    archive.write_batch([item(1, ARTICLES[0].body), item(2, edited(ARTICLES[0].body))], run)
    assert archive.update_clusters(run, archive.duplicate_threshold()).clusters == 1
