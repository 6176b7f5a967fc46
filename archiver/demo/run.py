"""``archiver demo``: serve the replica's two editions on loopback and crawl them."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from archiver.crawl import CrawlResult, build_settings, resolve_profile, run_crawl
from archiver.demo.replica import build_replica
from archiver.demo.server import PortalServer
from archiver.store import Archive

_PREFERRED_PORTS = (8761, 8762)

# A replica on loopback is ours to hammer: no politeness delays.
LOCAL_MIRROR_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "ARCHIVER_PROGRESS_INTERVAL": "2",
}


def _server(port: int) -> PortalServer:
    try:
        return PortalServer("127.0.0.1", port)
    except OSError:
        return PortalServer("127.0.0.1", 0)


def _remove_archive(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db}{suffix}").unlink()


def report_path(db: Path) -> Path:
    return db.with_name(db.stem + "-report.html")


def _write_report(archive: Archive, db: Path) -> None:
    from archiver.render_report import report_html
    from archiver.report import build_report

    with contextlib.suppress(Exception):  # the demo's crawl summary matters more than its report
        report_path(db).write_text(report_html(build_report(archive.db, str(db))), encoding="utf-8")


def run_demo(db: Path, per_edition: int = 24) -> tuple[CrawlResult, dict[str, Any]]:
    en_server, zh_server = (_server(p) for p in _PREFERRED_PORTS)
    en_routes, zh_routes, _ = build_replica(en_server.base_url, zh_server.base_url, per_edition)
    en_server.routes, zh_server.routes = en_routes, zh_routes
    en_server.start()
    zh_server.start()
    try:
        # The demo archive is rebuilt on every run: the ports, hence the URLs, may change.
        _remove_archive(db)
        profile = resolve_profile("kmabxh", {"en.kmabxh.com": en_server.base_url,
                                             "www.kmabxh.com": zh_server.base_url})
        settings = build_settings(db, overrides=LOCAL_MIRROR_SETTINGS)
        result = run_crawl("kmabxh", db, profile=profile, settings=settings)
    finally:
        en_server.stop()
        zh_server.stop()
    archive = Archive(db)
    _write_report(archive, db)
    records = list(archive.export_records())
    # Show off what normalization does: an English reprint with its organization pulled out.
    sample = next((r for r in records if r["reprinted"] and r["language"] == "en"), records[0] if records else {})
    archive.close()
    return result, sample
