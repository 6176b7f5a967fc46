"""What one or more crawl runs found, as plain data: the input of every report format.

New articles, edited articles (field changes and paragraph/word diffs against the previous
version), removed articles, and the near-duplicate clusters found or changed by those runs,
each copy diffed against its original (or, when no original is archived, its reference).
"""

from __future__ import annotations

from typing import Any

from archiver.compat import Database
from archiver.errors import UsageError
from archiver.history.diffing import VersionDiff
from archiver.store import clusters as cluster_reads
from archiver.store.common import rows, utc_now
from archiver.store.reads import decode_version, version_row
from archiver.times import parse_time

EDIT_KINDS = ("edit", "minor", "restored")


def select_runs(db: Database, run_id: int | None = None, since: str | None = None) -> list[dict[str, Any]]:
    """The runs a report covers: one run, every run started since a time, or else the latest run."""
    columns = (
        "id, started_at, finished_at, status, target, mode, pages_fetched, not_modified, articles_new, "
        "articles_changed, articles_unchanged, articles_gone, failures, alarm"
    )
    if run_id is not None:
        found = rows(db, f"SELECT {columns} FROM crawl_runs WHERE id = ?", [run_id])
        if not found:
            raise UsageError(f"no crawl run {run_id} in this archive: `archiver runs` lists them")
        return found
    if since is not None:
        since = parse_time(since, "--since")
        found = rows(db, f"SELECT {columns} FROM crawl_runs WHERE started_at >= ? ORDER BY id", [since])
        if not found:
            raise UsageError(f"no crawl run started at or after {since}")
        return found
    found = rows(db, f"SELECT {columns} FROM crawl_runs ORDER BY id DESC LIMIT 1")
    if not found:
        raise UsageError("this archive has no crawl runs yet: run `archiver crawl` first")
    return found


def build_report(db: Database, path: str, run_id: int | None = None, since: str | None = None) -> dict[str, Any]:
    runs = select_runs(db, run_id, since)
    ids = [run["id"] for run in runs]
    marks = ",".join("?" * len(ids))
    new = rows(
        db,
        "SELECT a.url, v.title, a.site, v.published_at, v.source, v.reprinted, v.language, v.version "
        f"FROM versions v JOIN articles a ON a.id = v.article_id WHERE v.crawl_id IN ({marks}) "
        "AND v.change_kind = 'new' ORDER BY v.published_at DESC, a.url",
        ids,
    )
    for row in new:
        row["reprinted"] = bool(row["reprinted"])
    edited = [
        _edit(db, row)
        for row in rows(
            db,
            "SELECT a.url, v.article_id, v.version FROM versions v JOIN articles a ON a.id = v.article_id "
            f"WHERE v.crawl_id IN ({marks}) AND v.change_kind IN ({','.join('?' * len(EDIT_KINDS))}) "
            "ORDER BY a.url, v.version",
            [*ids, *EDIT_KINDS],
        )
    ]
    removed = rows(
        db,
        "SELECT a.url, l.title, s.at, s.reason FROM status_changes s "
        "JOIN articles a ON a.id = s.article_id LEFT JOIN latest_articles l ON l.article_id = a.id "
        f"WHERE s.crawl_id IN ({marks}) AND s.status = 'gone' ORDER BY s.at, a.url",
        ids,
    )
    republished = [_cluster(db, cluster) for cluster in cluster_reads.clusters(db, ids)]
    return {
        "archive": path,
        "generated_at": utc_now(),
        "runs": runs,
        "summary": {
            "runs": len(runs),
            "pages_fetched": sum(run["pages_fetched"] or 0 for run in runs),
            "new": len(new),
            "edited": len(edited),
            "removed": len(removed),
            "republished_clusters": len(republished),
            "republished_copies": sum(len(c["copies"]) for c in republished),
            "failures": sum(run["failures"] or 0 for run in runs),
        },
        "new_articles": new,
        "edited_articles": edited,
        "removed_articles": removed,
        "republished": republished,
    }


def _record(db: Database, article_id: int, version: int) -> dict[str, Any]:
    row = version_row(db, article_id, version)
    assert row is not None, f"article {article_id} has no version {version}"
    return row


def diff_data(diff: VersionDiff) -> dict[str, Any]:
    """Field changes and paragraph changes, with word- (Chinese: character-) level runs for edits."""
    return {"fields": diff.fields, "paragraphs": diff.paragraph_changes()}


def _edit(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    new = _record(db, row["article_id"], row["version"])
    old = _record(db, row["article_id"], row["version"] - 1)
    return {
        "url": row["url"],
        "title": new["title"],
        "from_version": old["version"],
        "to_version": new["version"],
        "change_kind": new["change_kind"],
        "changed_fields": new["changed_fields"],
        "captured_at": new["captured_at"],
        **diff_data(VersionDiff(row["url"], old, new)),
    }


def _current(db: Database, article_id: int) -> dict[str, Any]:
    found = rows(
        db,
        "SELECT v.* FROM versions v JOIN articles a ON a.id = v.article_id "
        "AND v.version = a.current_version WHERE a.id = ?",
        [article_id],
    )
    return decode_version(found[0])


def _cluster(db: Database, cluster: dict[str, Any]) -> dict[str, Any]:
    reference = _current(db, cluster["reference_id"])
    for member in cluster["copies"]:
        if member["article_id"] != cluster["reference_id"]:
            diff = VersionDiff(member["url"], reference, _current(db, member["article_id"]))
            member["diff"] = diff_data(diff)
    return cluster
