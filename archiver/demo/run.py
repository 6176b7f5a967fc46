"""``archiver demo``: serve the replica's two editions on loopback and crawl them."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from archiver.crawler.run import CrawlResult, build_settings, resolve_profile, run_crawl
from archiver.demo.replica import build_replica
from archiver.demo.server import PortalServer
from archiver.errors import ArchiverError, UsageError
from archiver.store import Archive, lock, utc_now
from archiver.store.opening import ArchiveTooOld

_PREFERRED_PORTS = (8761, 8762)

# A replica on loopback is ours to hammer: no politeness delays.
LOCAL_MIRROR_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "ARCHIVER_PROGRESS_INTERVAL": "2",
}


def _server(port: int) -> PortalServer:
    try:
        return PortalServer("127.0.0.1", port)
    except OSError:
        return PortalServer("127.0.0.1", 0)


DEMO_SETTING = "demo_archive"  # archive_settings row that marks an archive `archiver demo` made


class NotADemoArchive(UsageError):
    """``--db`` names a file the demo did not make: it is never deleted."""


def _made_by_demo(db: Path, refusal: str) -> bool:
    """Whether the archive at ``db`` carries the demo's mark; read-only, whatever its schema.

    An archive of an older schema cannot be opened by a reader (it needs an upgrade, which
    would change a file that may not be the demo's): its settings are read directly.
    """
    try:
        archive = Archive(db, read_only=True)
    except ArchiveTooOld:
        return _marked_in_older_schema(db)
    except ArchiverError as exc:
        raise NotADemoArchive(f"{refusal} [{exc}]") from None
    try:
        return archive.setting(DEMO_SETTING) is not None
    finally:
        archive.close()


def _marked_in_older_schema(db: Path) -> bool:
    import sqlite3
    from urllib.parse import quote

    try:
        conn = sqlite3.connect(f"file:{quote(str(db.resolve()))}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM archive_settings WHERE name = ?", [DEMO_SETTING]).fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:  # older than the settings table (schema 4): not a demo archive
        return False


def _claim(db: Path) -> None:
    """Make room for a fresh demo archive at ``db``, which must be new, empty or a demo archive.

    The caller holds the archive's lock, so a crawl writing to ``db`` makes this fail
    (ArchiveLocked) before anything is touched.
    """
    if db.exists() and db.stat().st_size > 0:
        refusal = (
            f"{db} is not an archive `archiver demo` made; the demo only replaces its own archives: "
            "give another --db (or delete the file yourself)"
        )
        if not _made_by_demo(db, refusal):
            raise NotADemoArchive(refusal)
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db}{suffix}").unlink()
    archive = Archive(db)
    try:
        archive.set_setting(DEMO_SETTING, utc_now())
    finally:
        archive.close()


def report_path(db: Path) -> Path:
    return db.with_name(db.stem + "-report.html")


def _write_report(archive: Archive, db: Path) -> None:
    from archiver.history.report import build_report
    from archiver.render.report_html import report_html

    with contextlib.suppress(Exception):  # the demo's crawl summary matters more than its report
        report_path(db).write_text(report_html(build_report(archive.db, str(db))), encoding="utf-8")


def run_demo(db: Path, per_edition: int = 24) -> tuple[CrawlResult, dict[str, Any]]:
    """Crawl the replica into a fresh demo archive at ``db`` (rebuilt each run: its ports, hence URLs, change)."""
    lock.acquire(db, "demo")  # before anything is deleted: a crawl writing to db keeps it
    try:
        _claim(db)
        return _serve_and_crawl(db, per_edition)
    finally:
        lock.release(db)


def _serve_and_crawl(db: Path, per_edition: int) -> tuple[CrawlResult, dict[str, Any]]:
    en_server, zh_server = (_server(p) for p in _PREFERRED_PORTS)
    en_routes, zh_routes, _ = build_replica(en_server.base_url, zh_server.base_url, per_edition)
    en_server.routes, zh_server.routes = en_routes, zh_routes
    en_server.start()
    zh_server.start()
    try:
        profile = resolve_profile("kmabxh", {"en.kmabxh.com": en_server.base_url, "www.kmabxh.com": zh_server.base_url})
        settings = build_settings(db, overrides=LOCAL_MIRROR_SETTINGS)
        result = run_crawl("kmabxh", db, profile=profile, settings=settings)
    finally:
        en_server.stop()
        zh_server.stop()
    archive = Archive(db, read_only=True)
    _write_report(archive, db)
    records = list(archive.export_records())
    # Show off what normalization does: an English reprint with its organization pulled out.
    sample = next((r for r in records if r["reprinted"] and r["language"] == "en"), records[0] if records else {})
    archive.close()
    return result, sample
