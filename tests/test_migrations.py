"""One test per schema hop (archiver/store/migrations.py): an archive written by the older schema keeps its data.

Each test builds the archive as the older version left it (the migrations up to it, then rows
written as that version wrote them), applies the next migration alone, and reads the rows back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.compat import Database, migration_count
from archiver.store.migrations import migrations

NAMES = [
    "m001_core",
    "m002_incremental",
    "m003_research_access",
    "m004_republished",
    "m005_capture_dictionaries",
    "m006_search_fields",
    "m007_page_captures",
    "m008_view_ids",
]
TITLE = "Annual security training held"
BODY = "The association held its annual training for member companies. 保安协会举办年度培训。"


def at_version(path: Path, version: int) -> Database:
    """A new archive with the first ``version`` migrations applied, and one crawl's rows as v1 wrote them."""
    db = Database(path)
    migrations.apply(db, stop_before=NAMES[version] if version < len(NAMES) else None)
    if version >= 1:
        db.execute(
            "INSERT INTO crawl_runs (id, started_at, finished_at, status, target, profile, archiver_version, "
            "extractor_version) VALUES (1, '2024-11-01T00:00:00+00:00', '2024-11-01T00:10:00+00:00', "
            "'finished', 'http://p.test/', 'generic', '0.1.0', '1.0.0')"
        )
        db.execute(
            "INSERT INTO articles (id, url, site, first_seen, last_seen, first_crawl_id, last_crawl_id, "
            "current_version) VALUES (1, 'http://p.test/a/1.html', 'p.test', '2024-11-01T00:01:00+00:00', "
            "'2024-11-01T00:01:00+00:00', 1, 1, 1)"
        )
        db.execute(
            "INSERT INTO captures (id, url, final_url, crawl_id, fetched_at, status, codec, size, sha256, "
            "content) VALUES (1, 'http://p.test/a/1.html', 'http://p.test/a/1.html', 1, "
            "'2024-11-01T00:01:00+00:00', 200, 'identity', 5, 'x', X'3c703e783c2f703e')"
        )
        db.execute(
            "INSERT INTO versions (article_id, version, crawl_id, capture_id, captured_at, content_hash, "
            "extractor_version, change_kind, title, body) VALUES (1, 1, 1, 1, '2024-11-01T00:01:00+00:00', "
            "'h', '1.0.0', 'new', ?, ?)",
            [TITLE, BODY],
        )
        db.execute("INSERT INTO categories (id, site, name, url) VALUES (1, 'p.test', 'News', 'http://p.test/news/')")
        db.execute(
            "INSERT INTO category_members (category_id, url, first_seen, last_seen, first_crawl_id, "
            "last_crawl_id) VALUES (1, 'http://p.test/a/1.html', '2024-11-01T00:00:30+00:00', "
            "'2024-11-01T00:00:30+00:00', 1, 1)"
        )
        db.execute(
            "INSERT INTO fetch_errors (crawl_id, url, kind, status, reason, at) VALUES "
            "(1, 'http://p.test/a/2.html', 'http', 404, 'HTTP 404', '2024-11-01T00:02:00+00:00')"
        )
        db.conn.commit()
    return db


def hop(db: Database, to_version: int) -> None:
    """Apply the one migration that takes the archive to ``to_version``."""
    migrations.apply(db, stop_before=NAMES[to_version] if to_version < len(NAMES) else None)
    assert [m.name for m in migrations.applied(db)] == NAMES[:to_version]


def columns(db: Database, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def test_every_migration_has_a_hop_test() -> None:
    assert [m.name for m in migrations.pending(Database(memory=True))] == NAMES
    assert len(NAMES) == migration_count(migrations)


def test_v1_to_v2_membership_becomes_history_and_articles_enter_the_frontier(tmp_path: Path) -> None:
    db = at_version(tmp_path / "a.db", 1)
    hop(db, 2)
    assert db.execute("SELECT category_id, url, removed_at FROM category_members").fetchall() == [
        (1, "http://p.test/a/1.html", None)
    ]
    assert db.execute("SELECT url, kind, site, last_status FROM frontier").fetchall() == [
        ("http://p.test/a/1.html", "article", "p.test", 200)
    ]
    assert db.execute("SELECT mode, articles_new, coverage FROM crawl_runs").fetchall() == [("full", 0, "{}")]
    assert db.execute("SELECT restored_from FROM versions").fetchall() == [(None,)]


def test_v2_to_v3_views_and_the_search_index_cover_existing_articles(tmp_path: Path) -> None:
    from archiver.fts import index_text

    db = at_version(tmp_path / "a.db", 2)
    hop(db, 3)
    assert db.execute("SELECT url, title, version FROM latest_articles").fetchall() == [
        ("http://p.test/a/1.html", TITLE, 1)
    ]
    assert db.execute("SELECT url, version, is_current FROM article_history").fetchall() == [
        ("http://p.test/a/1.html", 1, 1)
    ]
    found = db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [index_text("培训").strip()]
    ).fetchall()
    assert found == [(1,)]
    assert db.execute("SELECT request_headers FROM captures").fetchall() == [("{}",)]


def test_v3_to_v4_republished_tables_start_empty_and_views_read(tmp_path: Path) -> None:
    db = at_version(tmp_path / "a.db", 3)
    hop(db, 4)
    for table in (
        "archive_settings",
        "sites",
        "body_signatures",
        "lsh_buckets",
        "near_duplicates",
        "clusters",
        "cluster_members",
        "organizations",
        "reprints",
    ):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    assert db.execute("SELECT COUNT(*) FROM republished").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM reprinted_from").fetchone()[0] == 0
    assert db.execute("SELECT title FROM latest_articles").fetchall() == [(TITLE,)]


def test_v4_to_v5_old_captures_have_no_dictionary_and_still_read(tmp_path: Path) -> None:
    from archiver.store.compression import decompress

    db = at_version(tmp_path / "a.db", 4)
    hop(db, 5)
    assert "dictionary_id" in columns(db, "captures")
    row = db.execute("SELECT codec, content, dictionary_id FROM captures").fetchone()
    assert row[2] is None
    assert decompress(db, row[0], row[2], row[1]) == b"<p>x</p>"


def test_v5_to_v6_the_index_is_rebuilt_with_stems_single_characters_source_and_author(tmp_path: Path) -> None:
    from archiver.fts import parse_query
    from archiver.store.search import count, search

    db = at_version(tmp_path / "a.db", 5)
    db.execute("UPDATE versions SET source = '新华社', source_raw = '来源：新华社', author = 'Wang Fang'")
    db.conn.commit()
    hop(db, 6)
    assert columns(db, "articles_fts") == {"title", "body", "source", "author"}
    migrations.apply(db)  # today's search reads today's views; the later migrations leave the index as m006 built it

    def urls(text: str) -> list[str]:
        return [hit["url"] for hit in search(db, parse_query(text))]

    for text in ("trainings", "训", "保", "source:新华社", "author:wang", "title:held", "培训 source:新华社"):
        assert urls(text) == ["http://p.test/a/1.html"], text
        assert count(db, parse_query(text)) == 1
    assert urls("author:新华社") == []


def test_the_demo_replaces_its_own_archive_of_an_older_schema_and_only_its_own(tmp_path: Path) -> None:
    """An older demo archive is read without upgrading it: the demo's mark decides, the file is untouched otherwise."""
    from archiver.demo.run import DEMO_SETTING, NotADemoArchive, _claim
    from archiver.store import Archive

    ours, theirs = tmp_path / "demo.db", tmp_path / "theirs.db"
    for path in (ours, theirs):
        db = at_version(path, 5)
        if path == ours:
            db.execute("INSERT INTO archive_settings (name, value) VALUES (?, 'x')", [DEMO_SETTING])
            db.conn.commit()
        db.close()
    before = theirs.read_bytes()
    with pytest.raises(NotADemoArchive):
        _claim(theirs)
    assert theirs.read_bytes() == before
    _claim(ours)
    fresh = Archive(ours, read_only=True)
    assert fresh.schema_version == len(NAMES) and fresh.stats()["articles"] == 0
    fresh.close()


def test_v6_to_v7_every_old_capture_is_an_article_and_pages_can_be_kept(tmp_path: Path) -> None:
    import sqlite3

    db = at_version(tmp_path / "a.db", 6)
    hop(db, 7)
    assert db.execute("SELECT id, page_kind FROM captures").fetchall() == [(1, "article")]
    assert "idx_captures_final_url" in {row[1] for row in db.execute("PRAGMA index_list(captures)")}
    db.execute(
        "INSERT INTO captures (url, final_url, crawl_id, fetched_at, status, codec, size, sha256, content, "
        "page_kind) VALUES ('http://p.test/robots.txt', 'http://p.test/robots.txt', 1, "
        "'2024-11-01T00:00:01+00:00', 200, 'identity', 1, 'y', X'78', 'robots')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO captures (url, final_url, crawl_id, fetched_at, status, codec, size, sha256, content, "
            "page_kind) VALUES ('u', 'u', 1, 't', 200, 'identity', 1, 'y', X'78', 'video')"
        )


def test_v7_to_v8_the_views_article_id_is_the_portals_id_and_record_id_the_key(tmp_path: Path) -> None:
    db = at_version(tmp_path / "a.db", 7)
    portal_id = "1859774453443571712"  # 19 digits: text, never an integer
    db.execute("UPDATE articles SET site_article_id = ?", [portal_id])
    db.execute("INSERT INTO organizations (id, name, key) VALUES (1, 'Xinhua', 'xinhua')")
    db.execute("INSERT INTO reprints (article_id, organization_id, version) VALUES (1, 1, 1)")
    db.execute(
        "INSERT INTO clusters (id, size, similarity, original_id, reference_id, original_reason, updated_at) "
        "VALUES (1, 1, 1.0, 1, 1, 'earliest', '2024-11-01T00:10:00+00:00')"
    )
    db.execute("INSERT INTO cluster_members (article_id, cluster_id, role, reason) VALUES (1, 1, 'original', 'x')")
    db.conn.commit()
    assert db.execute("SELECT article_id FROM latest_articles").fetchall() == [(1,)]  # schema 7: the key
    hop(db, 8)
    for view in ("latest_articles", "article_history", "reprinted_from", "republished"):
        found = db.execute(f"SELECT url, record_id, article_id FROM {view}").fetchall()
        assert found == [("http://p.test/a/1.html", 1, portal_id)], view
    for view in ("latest_articles", "article_history"):  # SQL written for schema 7 still reads the portal's id
        assert db.execute(f"SELECT site_article_id, title FROM {view}").fetchall() == [(portal_id, TITLE)], view
    assert db.execute("SELECT original_id, role FROM republished").fetchall() == [(1, "original")]
    assert db.execute("SELECT organization FROM reprinted_from").fetchall() == [("Xinhua",)]


@pytest.mark.parametrize("version", range(1, len(NAMES)))
def test_opening_an_older_archive_upgrades_it_whole(tmp_path: Path, version: int) -> None:
    """``Archive`` on a vN file: every later migration, the rows intact, the current schema version stamped."""
    from archiver.store import Archive

    at_version(tmp_path / "a.db", version).close()
    archive = Archive(tmp_path / "a.db")
    try:
        assert archive.schema_version == len(NAMES)
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == len(NAMES)
        record = json.loads(json.dumps(archive.stats()))
        assert record["articles"] == 1
        assert archive.db.execute("SELECT title, body FROM versions").fetchall() == [(TITLE, BODY)]
    finally:
        archive.close()
