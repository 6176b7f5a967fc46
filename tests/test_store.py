from pathlib import Path

import pytest

from archiver.errors import ArchiveError
from archiver.history.change_rules import content_hash
from archiver.items import ArticleItem, FailureItem, ListingItem, PageCapture
from archiver.store import Archive
from archiver.store.migrations import schema_version


def record(**changes: object) -> dict:
    base = {
        "url": "http://p/a/1.html",
        "site": "p",
        "article_id": "1",
        "title": "T",
        "source": "X",
        "source_raw": "Reprinted from X",
        "reprinted": True,
        "author": None,
        "published_at": "2024-11-22T09:14:12+08:00",
        "keywords": ["a"],
        "categories": [],
        "body": "Para one.\n\nPara two.",
        "body_html": "<p>Para one.</p>",
        "language": "en",
        "images": [],
        "rules": {},
        "published_at_flags": [],
        "extractor_version": "1.0.0",
    }
    return {**base, **changes}


def item(raw: bytes = b"<html>page</html>", **changes: object) -> ArticleItem:
    capture = PageCapture(
        url="http://p/a/1.html",
        final_url="http://p/a/1.html",
        status=200,
        headers={"Content-Type": "text/html"},
        body=raw,
        fetched_at="2026-11-23T00:00:00+00:00",
    )
    return ArticleItem(capture=capture, record=record(**changes))


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "sub" / "a.db")


def test_hash_ignores_blank_and_width_noise() -> None:
    assert content_hash(record()) == content_hash(record(body="Para one.\n\nPara\u00a0 two.", title="Ｔ"))
    assert content_hash(record()) != content_hash(record(body="Para one.\n\nPara three."))
    assert content_hash(record()) == content_hash(record(body_html="<div>other markup</div>"))


def test_versions_only_on_content_change(archive: Archive) -> None:
    run = archive.start_run("t", "generic", {})
    assert archive.write_batch([item()], run)["new"] == 1
    assert archive.write_batch([item(raw=b"<html>other ads</html>")], run)["unchanged"] == 1
    assert archive.write_batch([item(title="T2")], run)["changed"] == 1
    versions = list(archive.export_records(all_versions=True))
    assert [v["version"] for v in versions] == [1, 2]
    latest = archive.version_row(1, 2)
    assert latest["changed_fields"] == ["title"] and latest["change_kind"] == "edit"
    assert archive.capture_content(latest["capture_id"]) == b"<html>page</html>"
    assert archive.integrity_check() == "ok"


def test_membership_and_failures(archive: Archive) -> None:
    run = archive.start_run("t", "generic", {})
    listing = ListingItem(
        url="http://p/list-1.html",
        category_name="News",
        category_url="http://p/list-1.html",
        article_urls=["http://p/a/1.html"],
        fetched_at="2026-11-23T00:00:00+00:00",
    )
    failure = FailureItem(url="http://p/x", kind="http", reason="HTTP 404", status=404, at="2026-11-23T00:00:00+00:00")
    archive.write_batch([listing, item(), failure], run)
    [exported] = archive.export_records()
    assert exported["categories"] == ["News"]
    assert archive.stats()["fetch_errors"] == 1


def test_export_record_fields(archive: Archive) -> None:
    run = archive.start_run("t", "generic", {})
    archive.write_batch([item()], run)
    [exported] = archive.export_records()
    assert list(exported) == [
        "url",
        "site",
        "title",
        "source",
        "source_raw",
        "reprinted",
        "author",
        "published_at",
        "categories",
        "keywords",
        "body",
        "language",
        "version",
        "content_hash",
        "first_seen",
        "last_seen",
        "status",
        "article_id",
    ]
    assert exported["status"] == "live" and exported["article_id"] == "1"


def test_run_rows(archive: Archive) -> None:
    run = archive.start_run("kmabxh", "kmabxh", {"DOWNLOAD_DELAY": 0.5})
    archive.finish_run(run, "finished", {"response_received_count": 3})
    row = archive.run(run)
    assert row["status"] == "finished" and row["stats"]["response_received_count"] == 3


def test_reopening_migrates_nothing_twice(tmp_path: Path) -> None:
    Archive(tmp_path / "a.db").close()
    again = Archive(tmp_path / "a.db")
    assert again.schema_version == schema_version() >= 3
    assert again.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_unusable_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ArchiveError, match="cannot open archive"):
        Archive(blocker / "a.db")


def test_gone_and_back(archive: Archive) -> None:
    run = archive.start_run("t", "generic", {})
    archive.write_batch([item()], run)
    server_error = FailureItem(
        url="http://p/a/1.html", kind="http", reason="HTTP 500", status=500, at="2026-11-24T00:00:00+00:00"
    )
    timeout = FailureItem(url="http://p/a/1.html", kind="timeout", reason="timed out", at="2026-11-24T00:00:00+00:00")
    assert archive.write_batch([server_error, timeout], run)["gone"] == 0  # a blip is never "gone"
    assert archive.article("http://p/a/1.html")["status"] == "live"
    not_found = FailureItem(
        url="http://p/a/1.html", kind="http", reason="HTTP 404", status=404, at="2026-11-25T00:00:00+00:00"
    )
    assert archive.write_batch([not_found], run)["gone"] == 1
    article = archive.article("http://p/a/1.html")
    assert (article["status"], article["gone_at"]) == ("gone", "2026-11-25T00:00:00+00:00")
    assert archive.write_batch([item()], run)["unchanged"] == 1
    assert archive.article("http://p/a/1.html")["status"] == "live"
    events = archive.db.execute("SELECT status, reason FROM status_changes ORDER BY id").fetchall()
    assert events == [("gone", "HTTP 404"), ("live", "served again")]
    assert len(archive.history(article["id"])) == 1


def test_change_kinds(archive: Archive) -> None:
    run = archive.start_run("t", "generic", {})
    archive.write_batch([item()], run)
    archive.write_batch([item(author="Someone")], run)  # metadata only
    archive.write_batch([item(body="Para one.\n\nPara two, edited.")], run)
    archive.write_batch([item()], run)  # back to the first content
    kinds = [(v["version"], v["change_kind"], v["restored_from"]) for v in archive.history(1)]
    assert kinds == [(1, "new", None), (2, "minor", None), (3, "edit", None), (4, "restored", 1)]


def test_migrates_a_version_1_archive(tmp_path: Path) -> None:
    """An archive made by schema 1 (before incremental crawls) opens, migrates and keeps its data."""
    from sqlite_utils import Database

    from archiver.store.migrations import migrations

    path = tmp_path / "old.db"
    old = Database(str(path))
    migrations.apply(old, stop_before="m002_incremental")
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO crawl_runs (id, started_at, status, target, profile, archiver_version, "
        "extractor_version) VALUES (1, '2026-01-01T00:00:00+00:00', 'finished', 'kmabxh', 'kmabxh', '0.1.0', "
        "'1.0.0')"
    )
    old.execute(
        "INSERT INTO articles (id, url, site, first_seen, last_seen, current_version) VALUES "
        "(1, 'http://p/a/1.html', 'p', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', 1)"
    )
    old.execute("INSERT INTO categories (id, site, name, url) VALUES (1, 'p', 'News', 'http://p/news')")
    old.execute(
        "INSERT INTO category_members VALUES (1, 'http://p/a/1.html', '2026-01-01T00:00:00+00:00', "
        "'2026-01-01T00:00:00+00:00', 1, 1)"
    )
    old.close()
    migrated = Archive(path)
    assert migrated.schema_version == schema_version()
    assert migrated.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert migrated.db.execute("SELECT url, removed_at FROM category_members").fetchall() == [
        ("http://p/a/1.html", None)
    ]
    assert migrated.db.execute("SELECT url, kind, last_status FROM frontier").fetchall() == [
        ("http://p/a/1.html", "article", 200)
    ]
    assert migrated.run(1)["mode"] == "full"


def test_migrates_a_version_2_archive_into_search(tmp_path: Path) -> None:
    """Schema 3 adds the views and the full-text index; existing articles are indexed on the way."""
    from sqlite_utils import Database

    from archiver.fts import parse_query
    from archiver.store.migrations import migrations
    from archiver.store.search import search

    path = tmp_path / "v2.db"
    old = Database(str(path))
    migrations.apply(old, stop_before="m003_research_access")
    old.execute(
        "INSERT INTO articles (id, url, site, first_seen, last_seen, current_version) VALUES "
        "(1, 'http://p/a/1.html', 'p', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', 1)"
    )
    old.execute(
        "INSERT INTO captures (id, url, final_url, fetched_at, status, codec, size, sha256, content) "
        "VALUES (1, 'http://p/a/1.html', 'http://p/a/1.html', '2026-01-01T00:00:00+00:00', 200, "
        "'identity', 4, '-', x'00')"
    )
    old.execute(
        "INSERT INTO versions (article_id, version, capture_id, captured_at, content_hash, extractor_version, "
        "change_kind, title, body) VALUES (1, 1, 1, '2026-01-01T00:00:00+00:00', '-', '1.0.0', 'new', "
        "'昆明市保安协会召开会议', 'Security training for guards.')"
    )
    old.close()
    migrated = Archive(path)
    assert [r["url"] for r in search(migrated.db, parse_query("保安"))] == ["http://p/a/1.html"]
    assert [r["url"] for r in search(migrated.db, parse_query("training"))] == ["http://p/a/1.html"]
    assert migrated.db.execute("SELECT title FROM latest_articles").fetchall() == [("昆明市保安协会召开会议",)]
