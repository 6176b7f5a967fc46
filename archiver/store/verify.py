"""The archive's invariants, checked: what ``archiver verify`` reports."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field

import zstandard

from archiver.compat import Database
from archiver.fts import index_text
from archiver.store.compression import decompress

_FTS_SAMPLE = 500


@dataclass
class Report:
    checks: dict[str, int] = field(default_factory=dict)  # check -> items examined
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, check: str, examined: int, problems: list[str]) -> None:
        self.checks[check] = examined
        self.problems.extend(f"{check}: {p}" for p in problems[:50])
        if len(problems) > 50:
            self.problems.append(f"{check}: … and {len(problems) - 50} more")


def _one(db: Database, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0])


def verify(db: Database) -> Report:
    report = Report()
    integrity = [r for (r,) in db.execute("PRAGMA integrity_check")]
    report.add("sqlite integrity", 1, [] if integrity == ["ok"] else integrity)
    keys = db.execute("PRAGMA foreign_key_check").fetchall()
    report.add("foreign keys", 1,
               [f"{table} row {rowid} points to a missing {parent}" for table, rowid, parent, _ in keys])
    _versions(db, report)
    _captures(db, report)
    _fts(db, report)
    return report


def _versions(db: Database, report: Report) -> None:
    articles = _one(db, "SELECT COUNT(*) FROM articles")
    current = [f"{url}: current version {v} does not exist" for url, v in db.execute(
        "SELECT a.url, a.current_version FROM articles a LEFT JOIN versions v ON v.article_id = a.id "
        "AND v.version = a.current_version WHERE v.id IS NULL")]
    gaps = [f"{url}: versions {count} but numbered up to {top}" for url, count, top in db.execute(
        "SELECT a.url, COUNT(v.id), MAX(v.version) FROM articles a JOIN versions v ON v.article_id = a.id "
        "GROUP BY a.id HAVING COUNT(v.id) != MAX(v.version) OR MAX(v.version) != a.current_version")]
    report.add("every article has its versions", articles, current + gaps)


def _captures(db: Database, report: Report) -> None:
    orphans = [f"capture {cid} ({url}) belongs to no version" for cid, url in db.execute(
        "SELECT c.id, c.url FROM captures c LEFT JOIN versions v ON v.capture_id = c.id WHERE v.id IS NULL")]
    report.add("every capture has its version", _one(db, "SELECT COUNT(*) FROM captures"), orphans)
    bad = []
    examined = 0
    for cid, url, codec, dictionary_id, size, digest, content in db.execute(
            "SELECT id, url, codec, dictionary_id, size, sha256, content FROM captures"):
        examined += 1
        try:
            body = decompress(db, codec, dictionary_id, content)
        except zstandard.ZstdError as exc:
            bad.append(f"capture {cid} ({url}) does not decompress: {exc}")
            continue
        if len(body) != size or hashlib.sha256(body).hexdigest() != digest:
            bad.append(f"capture {cid} ({url}) does not match its stored size and SHA-256")
    report.add("capture hashes match content", examined, bad)


def _fts(db: Database, report: Report) -> None:
    problems = []
    indexed, articles = _one(db, "SELECT COUNT(*) FROM articles_fts"), _one(db, "SELECT COUNT(*) FROM articles")
    if indexed != articles:
        problems.append(f"{indexed} index entries for {articles} articles")
    try:
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"FTS5 integrity-check failed: {exc}")
    sample = db.execute(f"SELECT a.id, a.url, v.title FROM articles a JOIN versions v ON v.article_id = a.id "
                        f"AND v.version = a.current_version WHERE v.title != '' ORDER BY random() LIMIT {_FTS_SAMPLE}")
    for article_id, url, title in sample.fetchall():
        tokens = index_text(title).split()[:6]
        if not tokens:
            continue
        phrase = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
        found = db.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
                           [f"title : {phrase}", article_id]).fetchone()
        if found is None:
            problems.append(f"{url}: its current title is not in the index")
    report.add("full-text index in sync", articles, problems)
