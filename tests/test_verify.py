"""`archiver verify` passes on a sound archive and names each kind of damage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from archiver.items import ArticleItem, PageCapture
from archiver.store import Archive
from tests.conftest import run_archiver


def build(path: Path) -> None:
    archive = Archive(path)
    run = archive.start_run("t", "generic", {})
    items = []
    for number in range(3):
        url = f"http://p/a/{number}.html"
        record = {
            "url": url,
            "site": "p",
            "title": f"保安培训 number {number}",
            "body": f"Body {number}. 正文。",
            "keywords": [],
            "published_at": None,
        }
        capture = PageCapture(
            url=url,
            final_url=url,
            status=200,
            headers={},
            body=f"<p>{number}</p>".encode(),
            fetched_at="2026-11-23T00:00:00+00:00",
        )
        items.append(ArticleItem(capture=capture, record=record))
    archive.write_batch(items, run)
    archive.write_batch([ArticleItem(capture=items[0].capture, record={**items[0].record, "body": "Edited."})], run)
    archive.close()


def test_sound_archive_passes(tmp_path: Path) -> None:
    build(tmp_path / "a.db")
    result = run_archiver("verify", "--db", str(tmp_path / "a.db"))
    assert result.returncode == 0 and "all invariants hold" in result.stdout


DAMAGE: dict[str, tuple[Callable[[Database], None], str]] = {
    "corrupt capture": (
        lambda db: db.execute("UPDATE captures SET content = x'28b52ffd0000' WHERE id = 1"),
        "does not decompress",
    ),
    "tampered capture": (
        lambda db: db.execute("UPDATE captures SET sha256 = 'x' WHERE id = 2"),
        "does not match its stored size and SHA-256",
    ),
    "lost version": (
        lambda db: db.execute("DELETE FROM versions WHERE article_id = 1 AND version = 2"),
        "current version 2 does not exist",
    ),
    "orphan capture": (
        lambda db: db.execute(
            "INSERT INTO captures (url, final_url, fetched_at, status, codec, size, sha256, content) "
            "VALUES ('http://p/x', 'http://p/x', '2026-11-23T00:00:00+00:00', 200, 'identity', 1, '-', x'00')"
        ),
        "belongs to no version",
    ),
    "edited version text": (
        lambda db: db.execute("UPDATE versions SET body = 'Rewritten.' WHERE id = 1"),
        "its stored text no longer matches its content_hash",
    ),
    "dictionary stored as text": (
        lambda db: (
            db.execute(
                "INSERT INTO compression_dictionaries (id, site, created_at, samples, size, content) "
                "VALUES (9, 'p', 'now', 1, 4, 'text')"
            ),
            db.execute("UPDATE captures SET dictionary_id = 9 WHERE id = 1"),
        ),
        "does not decompress",
    ),
    "unreadable keywords": (
        lambda db: db.execute("UPDATE versions SET keywords = '{not json' WHERE id = 1"),
        "its fields cannot be read",
    ),
    "capture stored as text": (
        lambda db: db.execute("UPDATE captures SET content = 'plain text' WHERE id = 2"),
        "is stored as TEXT, not as a BLOB",
    ),
    "index out of sync": (
        lambda db: db.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', 3, ?, ?)",
            ["保安 安培 培训 number 2", "Body 2. 正文 。"],
        ),
        "index",
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_is_reported(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "a.db"
    build(path)
    harm, message = DAMAGE[damage]
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = OFF")
    harm(db)
    db.conn.commit()
    db.close()
    result = run_archiver("verify", "--db", str(path), "--format", "json")
    assert result.returncode == 1, result.stdout + result.stderr
    assert message in result.stdout


def test_malformed_database_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    build(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    last = len(data) // page_size - 1  # a data page: the archive opens, reading that b-tree fails
    data[last * page_size : last * page_size + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    result = run_archiver("verify", "--db", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "malformed" in result.stdout and "Traceback" not in result.stderr


def test_unreadable_header_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    build(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[100:page_size] = b"\x00" * (page_size - 100)  # the schema page itself
    path.write_bytes(bytes(data))
    result = run_archiver("verify", "--db", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  sqlite integrity" in result.stdout and "Traceback" not in result.stderr
