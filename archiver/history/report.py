"""What one or more crawl runs found, as plain data: the input of every report format.

New articles (also grouped by site, category and language), edited articles (field changes
and paragraph/word diffs against the previous version), removed articles, failures, counts
per site and over time, and the near-duplicate clusters found or changed by those runs, each
copy diffed against its original (or, when no original is archived, its reference) and
checked for anomalies. Every article carries the address of its archived copy in a replay
server (archiver.replay.links).
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from archiver.compat import Database
from archiver.errors import UsageError
from archiver.history.diffing import VersionDiff
from archiver.history.timeline import timeline
from archiver.replay.links import DEFAULT_REPLAY_BASE, replay_url
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


def build_report(
    db: Database,
    path: str,
    run_id: int | None = None,
    since: str | None = None,
    replay_base: str = DEFAULT_REPLAY_BASE,
) -> dict[str, Any]:
    """Everything the runs found. Lists are complete here (JSON is the data); the HTML page caps them."""
    runs = select_runs(db, run_id, since)
    ids = [run["id"] for run in runs]
    marks = ",".join("?" * len(ids))
    new = rows(
        db,
        "SELECT a.id AS article_id, a.url, v.title, a.site, v.published_at, v.source, v.reprinted, v.language, "
        "v.version, v.captured_at, v.page_categories "
        f"FROM versions v JOIN articles a ON a.id = v.article_id WHERE v.crawl_id IN ({marks}) "
        "AND v.change_kind = 'new' ORDER BY v.published_at DESC, a.url",
        ids,
    )
    listed = _narrowest_listing(db)
    for row in new:
        row["reprinted"] = bool(row["reprinted"])
        row["category"] = _category(row.pop("page_categories"), listed.get(row["url"]))
        row["replay_url"] = replay_url(replay_base, row["captured_at"], row["url"])
    edited = [
        _edit(db, row, replay_base)
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
        "SELECT a.url, a.site, l.title, s.at, s.reason, l.captured_at FROM status_changes s "
        "JOIN articles a ON a.id = s.article_id LEFT JOIN latest_articles l ON l.record_id = a.id "
        f"WHERE s.crawl_id IN ({marks}) AND s.status = 'gone' ORDER BY s.at, a.url",
        ids,
    )
    for row in removed:  # the last copy archived before it went away
        row["replay_url"] = replay_url(replay_base, row.pop("captured_at"), row["url"]) if row["title"] else None
    failures = rows(
        db,
        "SELECT kind, url, status, reason, referer, at, crawl_id FROM fetch_errors "
        f"WHERE crawl_id IN ({marks}) ORDER BY kind, at, url",
        ids,
    )
    republished = [_cluster(db, cluster, replay_base) for cluster in cluster_reads.clusters(db, ids)]
    return {
        "archive": path,
        "generated_at": utc_now(),
        "replay_base": replay_base,
        "runs": runs,
        "summary": {
            "runs": len(runs),
            "pages_fetched": sum(run["pages_fetched"] or 0 for run in runs),
            "new": len(new),
            "edited": len(edited),
            "removed": len(removed),
            "republished_clusters": len(republished),
            "republished_copies": sum(len(c["copies"]) for c in republished),
            "failures": len(failures),
        },
        "sites": _sites(db, new, edited, removed, failures),
        "charts": {
            "new_by_category": timeline((a["published_at"], a["category"] or "uncategorized") for a in new),
            "edits_and_removals": timeline(
                [(e["captured_at"], "edits") for e in edited] + [(r["at"], "removals") for r in removed]
            ),
        },
        "new_articles": new,
        "new_groups": new_groups(new),
        "edited_articles": edited,
        "removed_articles": removed,
        "failures": failures,
        "republished": republished,
    }


def _narrowest_listing(db: Database) -> dict[str, str]:
    """Each listed URL's narrowest listing: "News" rather than the "All" that also shows it."""
    sizes: dict[int, int] = defaultdict(int)
    memberships = rows(
        db,
        "SELECT m.url, m.category_id, c.name FROM category_members m JOIN categories c ON c.id = m.category_id "
        "WHERE m.removed_at IS NULL",
    )
    for member in memberships:
        sizes[member["category_id"]] += 1
    narrowest: dict[str, tuple[int, str]] = {}
    for member in memberships:
        key = (sizes[member["category_id"]], member["name"])
        if member["url"] not in narrowest or key < narrowest[member["url"]]:
            narrowest[member["url"]] = key
    return {url: name for url, (_, name) in narrowest.items()}


def _category(page_categories: str | None, listed: str | None) -> str | None:
    """The page's own category (its breadcrumb's last step), else the narrowest listing showing it."""
    breadcrumb = json.loads(page_categories or "[]")
    return breadcrumb[-1] if breadcrumb else listed


def new_groups(new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New articles by (site, category, language), biggest group first, newest article first inside."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for article in new:
        groups[(article["site"], article["category"] or "", article["language"] or "")].append(article)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return [
        {
            "site": site,
            "category": category or None,
            "language": language or None,
            "count": len(members),
            "urls": [a["url"] for a in members],
        }
        for (site, category, language), members in ordered
    ]


def _sites(
    db: Database,
    new: list[dict[str, Any]],
    edited: list[dict[str, Any]],
    removed: list[dict[str, Any]],
    failures: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Per site: what the archive holds and what these runs found there."""
    held = {
        row["site"]: row
        for row in rows(
            db,
            "SELECT site, count(*) AS articles, sum(status = 'gone') AS gone FROM articles GROUP BY site",
        )
    }
    found: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("new", "edited", "removed", "failures"), 0))
    for name, items in (("new", new), ("edited", edited), ("removed", removed)):
        for item in items:
            found[item.get("site") or urlsplit(item["url"]).netloc][name] += 1
    for failure in failures:
        found[urlsplit(failure["url"]).netloc]["failures"] += 1
    return [
        {
            "site": site,
            "articles": held.get(site, {}).get("articles", 0),
            "gone": held.get(site, {}).get("gone", 0) or 0,
            **found[site],
        }
        for site in sorted(set(held) | set(found), key=lambda s: (-held.get(s, {}).get("articles", 0), s))
    ]


def _record(db: Database, article_id: int, version: int) -> dict[str, Any]:
    row = version_row(db, article_id, version)
    assert row is not None, f"article {article_id} has no version {version}"
    return row


def diff_data(diff: VersionDiff) -> dict[str, Any]:
    """Field changes and paragraph changes, with word- (Chinese: character-) level runs for edits."""
    return {"fields": diff.fields, "paragraphs": diff.paragraph_changes()}


def _edit(db: Database, row: dict[str, Any], replay_base: str) -> dict[str, Any]:
    new = _record(db, row["article_id"], row["version"])
    old = _record(db, row["article_id"], row["version"] - 1)
    return {
        "url": row["url"],
        "site": urlsplit(row["url"]).netloc,
        "replay_url": replay_url(replay_base, new["captured_at"], row["url"]),
        "previous_replay_url": replay_url(replay_base, old["captured_at"], row["url"]),
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


def _cluster(db: Database, cluster: dict[str, Any], replay_base: str) -> dict[str, Any]:
    reference = _current(db, cluster["reference_id"])
    for member in cluster["copies"]:
        current = _current(db, member["record_id"])
        member["replay_url"] = replay_url(replay_base, current["captured_at"], member["url"])
        if member["record_id"] != cluster["reference_id"]:
            member["diff"] = diff_data(VersionDiff(member["url"], reference, current))
    cluster["anomalies"] = cluster_anomalies(cluster)
    return cluster


def cluster_anomalies(cluster: dict[str, Any]) -> list[str]:
    """What a researcher should check by hand: an original published after a copy, an uncredited copy."""
    original = next((m for m in cluster["copies"] if m["record_id"] == cluster["original_id"]), None)
    if original is None:  # no original archived: nothing to hold the copies against
        return []
    found = []
    for member in cluster["copies"]:
        if member is original:
            continue
        if (
            original["published_at"]
            and member["published_at"]
            and _instant(original["published_at"]) > _instant(member["published_at"])
        ):
            found.append(
                f"the original ({original['published_at']}) was published after this copy "
                f"({member['published_at']}): {member['url']}"
            )
        if not member["reprinted"] and not member["source"]:
            found.append(f"a copy names no source and is not marked as reprinted: {member['url']}")
    return found


def _instant(iso_time: str) -> datetime:
    moment = datetime.fromisoformat(iso_time)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
