"""The archive's invariants, checked: what ``archiver verify`` reports."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import zstandard

from archiver.compat import Database
from archiver.fts import index_text
from archiver.history.change_rules import content_hash
from archiver.store.compression import decompress

_FTS_SAMPLE = 500


@dataclass
class Report:
    checks: dict[str, int] = field(default_factory=dict)  # check -> items examined
    problems: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # check -> why it could not run

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


def verify(db: Database, path: Path | None = None) -> Report:
    """Every check; one that SQLite cannot run on a damaged file is reported, not raised."""
    report = Report()
    checks: list[tuple[str, Callable[[Database, Report], None]]] = [
        ("sqlite integrity", _integrity),
        ("foreign keys", _foreign_keys),
        ("every article has its versions", _versions),
        ("versions match their content_hash", _content_hashes),
        ("capture hashes match content", _captures),
        ("full-text index in sync", _fts),
    ]
    for name, check in checks:
        try:
            check(db, report)
        except (sqlite3.DatabaseError, zstandard.ZstdError, ValueError, TypeError) as exc:
            # Damage nobody foresaw (a column of the wrong type, an unreadable page) is a
            # finding of this check, not a reason to stop checking the others.
            report.add(name, 0, [f"could not be checked: {exc}"])
    if path is not None:
        _fts_integrity(path, report)
    return report


def damaged(message: str) -> Report:
    """The report on a file SQLite cannot even open as a database."""
    report = Report()
    report.add("sqlite integrity", 1, [message])
    return report


def _integrity(db: Database, report: Report) -> None:
    integrity = [r for (r,) in db.execute("PRAGMA integrity_check")]
    report.add("sqlite integrity", 1, [] if integrity == ["ok"] else integrity)


def _foreign_keys(db: Database, report: Report) -> None:
    keys = db.execute("PRAGMA foreign_key_check").fetchall()
    report.add(
        "foreign keys", 1, [f"{table} row {rowid} points to a missing {parent}" for table, rowid, parent, _ in keys]
    )


def _versions(db: Database, report: Report) -> None:
    articles = _one(db, "SELECT COUNT(*) FROM articles")
    current = [
        f"{url}: current version {v} does not exist"
        for url, v in db.execute(
            "SELECT a.url, a.current_version FROM articles a LEFT JOIN versions v ON v.article_id = a.id "
            "AND v.version = a.current_version WHERE v.id IS NULL"
        )
    ]
    gaps = [
        f"{url}: versions {count} but numbered up to {top}"
        for url, count, top in db.execute(
            "SELECT a.url, COUNT(v.id), MAX(v.version) FROM articles a JOIN versions v ON v.article_id = a.id "
            "GROUP BY a.id HAVING COUNT(v.id) != MAX(v.version) OR MAX(v.version) != a.current_version"
        )
    ]
    report.add("every article has its versions", articles, current + gaps)


def _content_hashes(db: Database, report: Report) -> None:
    """A version's stored fields still hash to the content_hash it was written with."""
    cursor = db.execute("SELECT a.url, v.* FROM versions v JOIN articles a ON a.id = v.article_id ORDER BY v.id")
    names = [d[0] for d in cursor.description]
    examined, bad = 0, []
    for values in cursor:
        version = dict(zip(names, values, strict=True))
        examined += 1
        try:
            digest = content_hash(version)
        except (ValueError, TypeError) as exc:  # keywords or flags that are not the JSON list they must be
            bad.append(f"{version['url']} version {version['version']}: its fields cannot be read ({exc})")
            continue
        if digest != version["content_hash"]:
            bad.append(
                f"{version['url']} version {version['version']}: its stored text no longer matches its content_hash"
            )
    report.add("versions match their content_hash", examined, bad)


def _captures(db: Database, report: Report) -> None:
    orphans = [
        f"capture {cid} ({url}) belongs to no version"
        for cid, url in db.execute(
            "SELECT c.id, c.url FROM captures c LEFT JOIN versions v ON v.capture_id = c.id "
            "WHERE v.id IS NULL AND c.page_kind = 'article'"
        )
    ]
    # Pages that are not articles (home, listings, robots.txt, redirects) are kept for replay alone.
    report.add(
        "every article capture has its version",
        _one(db, "SELECT COUNT(*) FROM captures WHERE page_kind = 'article'"),
        orphans,
    )
    bad = []
    examined = 0
    for cid, url, codec, dictionary_id, size, digest, kind, content in db.execute(
        "SELECT id, url, codec, dictionary_id, size, sha256, typeof(content), CAST(content AS BLOB) FROM captures"
    ):
        examined += 1
        if kind != "blob":  # another tool wrote it; as TEXT its bytes may not even decode
            bad.append(f"capture {cid} ({url}) is stored as {kind.upper()}, not as a BLOB")
            continue
        try:
            body = decompress(db, codec, dictionary_id, content)
        except (zstandard.ZstdError, TypeError, ValueError) as exc:
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
    sample = db.execute(
        f"SELECT a.id, a.url, v.title FROM articles a JOIN versions v ON v.article_id = a.id "
        f"AND v.version = a.current_version WHERE v.title != '' ORDER BY random() LIMIT {_FTS_SAMPLE}"
    )
    for article_id, url, title in sample.fetchall():
        tokens = index_text(title).split()[:6]
        if not tokens:
            continue
        phrase = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
        found = db.execute(
            "SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?", [f"title : {phrase}", article_id]
        ).fetchone()
        if found is None:
            problems.append(f"{url}: its current title is not in the index")
    report.add("full-text index in sync", articles, problems)


def _fts_integrity(path: Path, report: Report) -> None:
    """FTS5's own integrity-check, which SQLite only runs as an INSERT: on a separate read-write
    connection, rolled back, and never waiting; skipped (and said so) on a read-only file or
    while a crawl is writing, since verify itself only reads."""
    check = "FTS5 integrity-check"
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=rw", uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error as exc:
        report.skipped[check] = str(exc)
        return
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        report.add(check, 1, [])
    except sqlite3.OperationalError as exc:
        if _cannot_write(exc):
            report.skipped[check] = str(exc)
        else:
            report.add(check, 1, [f"failed: {exc}"])
    except sqlite3.DatabaseError as exc:
        report.add(check, 1, [f"failed: {exc}"])
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        conn.close()


def _cannot_write(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_READONLY", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN"))
