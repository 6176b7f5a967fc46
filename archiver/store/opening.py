"""Opening an archive file: is it ours, which schema, for reading or for writing.

Writers (crawl, reextract, cluster, demo, upgrade) open the file read-write; they may
create the schema, but only in a new or empty file, and they refuse an archive written by
a newer archiver rather than downgrade it. Readers (search, stats, export, verify, show,
history, runs, report, the Python API) open it with ``mode=ro``: they never migrate, never
change a pragma and never wait behind a crawl's write transaction.

An archive is recognised by ``PRAGMA application_id`` (:data:`APPLICATION_ID`); archives
made before it was set are recognised by their ``archiver`` migration rows and adopted by
the next writer. Any other SQLite file given as ``--db`` is refused untouched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from archiver.compat import Database
from archiver.errors import ArchiveError, UsageError
from archiver.store.migrations import schema_version

APPLICATION_ID = 0x41524356  # "ARCV" in ASCII; docs/schema.md documents it
_MIGRATIONS_TABLE = "_sqlite_migrations"
_MIGRATION_SET = "archiver"


class NotAnArchive(UsageError):
    """The file given as ``--db`` is not an archive (another program's database, or not SQLite)."""


class ArchiveTooNew(ArchiveError):
    """The archive's schema is newer than this archiver knows: writing could damage it."""


class ArchiveDamaged(ArchiveError):
    """SQLite cannot read the file's own schema: the database itself is damaged."""


class ArchiveTooOld(ArchiveError):
    """A reader met an archive whose schema needs an upgrade first (readers never migrate)."""


def open_writer(path: Path) -> Database:
    """A read-write connection to an archive, or to the new or empty file that becomes one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path))
    try:
        version = _identify(conn, path)
    except BaseException:
        conn.close()
        raise
    if version is not None and version > schema_version():
        conn.close()
        raise ArchiveTooNew(
            f"{path} has archive schema {version}, newer than this archiver's {schema_version()}: "
            "upgrade archiver to write to it (read commands still work)"
        )
    return Database(conn)


def open_reader(path: Path) -> tuple[Database, int]:
    """A read-only connection to an existing archive and its schema version."""
    if not path.is_file():
        raise ArchiveError(f"no archive at {path}")
    conn = _connect_read_only(path)
    try:
        version = _identify(conn, path)
        if version is None:
            raise ArchiveError(f"{path} is empty, not an archive yet: `archiver crawl TARGET --db {path}` fills it")
        if version < schema_version():
            raise ArchiveTooOld(
                f"{path} has archive schema {version}, this archiver reads {schema_version()}: "
                f"run `archiver upgrade --db {path}` once (read commands never change the archive)"
            )
    except BaseException:
        conn.close()
        raise
    return Database(conn), version


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if _has_wal_content(path):
            raise ArchiveError(
                f"cannot read archive {path}: {exc} (its -wal file holds changes a read-only "
                "reader cannot see without creating the -shm file next to it)"
            ) from exc
    except sqlite3.DatabaseError:  # not a database, or a damaged one: _identify says which
        return conn
    # A WAL archive in a directory we cannot write to (a read-only mount) cannot get the
    # -shm file a reader needs. With no -wal content nothing is pending and no crawl can be
    # writing there, so the file alone is the whole archive: read it as immutable.
    return sqlite3.connect(uri + "&immutable=1", uri=True)


def _has_wal_content(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def _identify(conn: sqlite3.Connection, path: Path) -> int | None:
    """The archive's schema version; None for a new or empty file. Raises NotAnArchive otherwise."""
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError:
        raise  # cannot read it now (locked, unreadable): the caller says so
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_CORRUPT"):
            raise ArchiveDamaged(
                f"{path} is damaged ({exc}): `archiver verify --db {path}` reports what it can"
            ) from None
        raise NotAnArchive(f"{path} is not an archive ({exc}); give a new file or an archiver archive") from None
    if application_id == APPLICATION_ID:
        return int(version)
    if application_id != 0:
        raise NotAnArchive(
            f"{path} is another program's SQLite database (application_id {application_id:#x}), "
            "not an archive: archiver leaves it untouched"
        )
    if not tables:
        return None
    if tables == [_MIGRATIONS_TABLE] and not conn.execute(f"SELECT 1 FROM {_MIGRATIONS_TABLE} LIMIT 1").fetchone():
        return None  # a writer is creating the schema this instant: still as good as empty
    if (
        _MIGRATIONS_TABLE in tables
        and conn.execute(
            f"SELECT 1 FROM {_MIGRATIONS_TABLE} WHERE migration_set = ? LIMIT 1", [_MIGRATION_SET]
        ).fetchone()
    ):
        return int(version)  # an archive made before application_id was set; the next writer stamps it
    shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
    raise NotAnArchive(
        f"{path} is another program's SQLite database (tables {shown}), not an archive: archiver leaves it untouched"
    )
