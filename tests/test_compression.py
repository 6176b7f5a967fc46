"""Captures compressed with a zstd dictionary trained on the site's own pages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver.demo.replica import build_replica
from archiver.extract import extract_article
from archiver.items import ArticleItem, PageCapture
from archiver.profiles import load_profile, mirrored
from archiver.store import Archive
from archiver.store.compression import TRAIN_AFTER
from archiver.store.reads import captures_for_export
from archiver.store.verify import verify

EN = "http://127.0.0.1:8761"


def _items(count: int) -> list[ArticleItem]:
    routes, _, _ = build_replica(EN, "http://127.0.0.1:8762", per_edition=count)
    profile = mirrored(load_profile("kmabxh"), {"en.kmabxh.com": EN})
    items = []
    for path, page in routes.items():
        if path.startswith("/NewsDes/"):
            url = EN + path
            capture = PageCapture(
                url=url,
                final_url=url,
                status=200,
                headers={"Content-Type": "text/html"},
                body=page.body,
                fetched_at="2026-11-24T08:00:00+00:00",
            )
            items.append(ArticleItem(capture=capture, record=extract_article(page.body, url, profile)))
    return items[:count]


def test_a_site_gets_a_dictionary_and_every_capture_reads_back(tmp_path: Path) -> None:
    items = _items(TRAIN_AFTER + 60)
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("kmabxh", "kmabxh", {})
    archive.write_batch(items[:TRAIN_AFTER], run)
    assert archive.db.execute("SELECT COUNT(*) FROM compression_dictionaries").fetchone()[0] == 0
    plain = archive.db.execute("SELECT SUM(LENGTH(content)) FROM captures").fetchone()[0]
    archive.write_batch(items[TRAIN_AFTER : TRAIN_AFTER + 30], run)
    archive.close()

    reopened = Archive(tmp_path / "a.db")  # a later crawl uses the stored dictionary
    reopened.write_batch(items[TRAIN_AFTER + 30 :], run)
    (dictionaries,) = reopened.db.execute("SELECT COUNT(*) FROM compression_dictionaries").fetchone()
    assert dictionaries == 1
    rows = reopened.db.execute("SELECT id, url, dictionary_id, LENGTH(content) FROM captures ORDER BY id").fetchall()
    assert len(rows) == len(items) and all(row[2] == 1 for row in rows), "every capture recompressed with it"
    bodies = {item.capture.url: item.capture.body for item in items}
    for cid, url, _, _ in rows:
        assert reopened.capture_content(cid) == bodies[url]
    with_dictionary = sum(row[3] for row in rows[:TRAIN_AFTER])
    assert with_dictionary < plain / 2, (with_dictionary, plain)
    exported = {row["url"]: row["body"] for row in captures_for_export(reopened.db)}  # what WARC export writes
    assert exported == bodies
    assert verify(reopened.db).ok
    reopened.close()


def test_a_missing_dictionary_is_reported_by_verify(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("kmabxh", "kmabxh", {})
    archive.write_batch(_items(TRAIN_AFTER + 1), run)
    archive.db.execute("PRAGMA foreign_keys = OFF")
    archive.db.execute("DELETE FROM compression_dictionaries")
    archive.db.conn.commit()
    archive.close()
    damaged = Archive(tmp_path / "a.db")
    report = verify(damaged.db)
    assert not report.ok
    assert any(
        "does not decompress" in problem and "dictionary 1 is missing" in problem for problem in report.problems
    ), report.problems


def test_a_rolled_back_batch_leaves_the_compressor_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full for one batch, the one that trains the dictionary: the next batch still writes."""
    from archiver.store import ArchiveWriteError, articles

    items = _items(TRAIN_AFTER + 40)
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("kmabxh", "kmabxh", {})
    archive.write_batch(items[:TRAIN_AFTER], run)
    real_fetched, calls = articles.fetched, []

    def full_disk_on_the_fifth(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 5:  # after the dictionary was trained and four captures used it
            raise sqlite3.OperationalError("database or disk is full")
        real_fetched(*args, **kwargs)

    monkeypatch.setattr(articles, "fetched", full_disk_on_the_fifth)
    with pytest.raises(ArchiveWriteError, match="database or disk is full"):
        archive.write_batch(items[TRAIN_AFTER : TRAIN_AFTER + 20], run)
    assert archive.db.execute("SELECT COUNT(*) FROM compression_dictionaries").fetchone()[0] == 0
    monkeypatch.setattr(articles, "fetched", real_fetched)
    archive.write_batch(items[TRAIN_AFTER:], run)  # space is back
    assert archive.db.execute("SELECT COUNT(*) FROM captures").fetchone()[0] == len(items)
    assert archive.db.execute("SELECT COUNT(*) FROM compression_dictionaries").fetchone()[0] == 1
    assert verify(archive.db).ok
    archive.close()


def test_plain_counts_follow_commits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Captures of a rolled-back batch do not count towards training the dictionary."""
    from archiver.store import ArchiveWriteError, articles

    items = _items(TRAIN_AFTER + 10)
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("kmabxh", "kmabxh", {})
    archive.write_batch(items[: TRAIN_AFTER - 5], run)

    def full_disk(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    real_fetched = articles.fetched
    monkeypatch.setattr(articles, "fetched", full_disk)
    for _ in range(3):  # three failed attempts at the same 5 pages would count 15 without the fix
        with pytest.raises(ArchiveWriteError):
            archive.write_batch(items[TRAIN_AFTER - 5 : TRAIN_AFTER], run)
    monkeypatch.setattr(articles, "fetched", real_fetched)
    archive.write_batch(items[TRAIN_AFTER - 5 : TRAIN_AFTER], run)
    assert archive.db.execute("SELECT COUNT(*) FROM compression_dictionaries").fetchone()[0] == 0
    archive.write_batch(items[TRAIN_AFTER : TRAIN_AFTER + 1], run)  # the 201st stored capture trains it
    assert archive.db.execute("SELECT COUNT(*) FROM compression_dictionaries").fetchone()[0] == 1
    archive.close()
