"""The near-duplicate index, clusters and reprint sources, kept in the archive and updated incrementally.

Only articles whose current version changed since the last update are (re)signed and looked
up; LSH bucket keys live in ``lsh_buckets`` so a lookup is an indexed query, not a scan.
Near-duplicate pairs are the durable result; clusters are their connected components,
re-derived from the (few) pairs whenever they change, with the original chosen by
``archiver.republished.attribution``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from archiver.compat import Database
from archiver.republished.attribution import Member, attribute, organization_key, sites_named
from archiver.republished.similarity import DEFAULT_THRESHOLD, Signature, clusters, stored_similarity
from archiver.store.common import dumps, rows, utc_now

_CHUNK = 500  # SQLite host parameters per IN (...)


@dataclass
class ClusterUpdate:
    signed: int = 0  # articles (re)signed in this update
    too_short: int = 0  # of those, bodies too short to compare
    pairs: int = 0  # near-duplicate pairs in the archive afterwards
    clusters: int = 0
    reprints: int = 0
    rebuilt: bool = False

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self))


def stored_threshold(db: Database) -> float | None:
    row = db.execute("SELECT value FROM archive_settings WHERE name = 'duplicate_threshold'").fetchone()
    return float(row[0]) if row else None


_STALE = (
    "SELECT a.id, a.current_version, v.language, v.body, s.article_id IS NOT NULL FROM articles a "
    "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version "
    "LEFT JOIN body_signatures s ON s.article_id = a.id "
    "WHERE (s.article_id IS NULL OR s.version != a.current_version)"
)


def update(
    db: Database,
    run_id: int | None,
    threshold: float = DEFAULT_THRESHOLD,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ClusterUpdate:
    """Bring signatures, pairs, clusters and reprint links up to date with the current versions.

    Runs in the caller's transaction. A different threshold than the index was built with
    rebuilds it, since the LSH bands depend on the threshold.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"duplicate threshold {threshold} is outside (0, 1]")
    result = ClusterUpdate(rebuilt=rebuild or stored_threshold(db) not in (None, threshold))
    if result.rebuilt:
        for table in ("lsh_buckets", "near_duplicates", "body_signatures"):
            db.execute(f"DELETE FROM {table}")
    db.execute(
        "INSERT OR REPLACE INTO archive_settings (name, value) VALUES ('duplicate_threshold', ?)", [str(threshold)]
    )
    stale = db.execute(_STALE + " ORDER BY a.id").fetchall()
    now = utc_now()
    _index(db, stale, run_id, threshold, now, result, progress)
    # Cheap (clusters are few next to articles), and attribution may change without any new pair:
    # a newly archived site can be the organization that earlier copies named.
    _rebuild_clusters(db, now)
    result.reprints = _update_reprints(db, [row[0] for row in stale])
    result.pairs = db.execute("SELECT count(*) FROM near_duplicates").fetchone()[0]
    result.clusters = db.execute("SELECT count(*) FROM clusters").fetchone()[0]
    return result


def index_batch(db: Database, run_id: int | None, threshold: float, urls: list[str]) -> ClusterUpdate:
    """Sign and index the articles at ``urls`` whose current version is not signed yet, as ``update`` would.

    Called in a write batch's transaction (the local writer process signs as it writes, so
    the run's end has only clusters left to derive). Does nothing when the index was built
    with another threshold: then the run's ``update`` rebuilds it whole. Pairs found here
    are the pairs ``update`` would find: each article is compared with every article
    signed before it, whichever step signed that one.
    """
    result = ClusterUpdate()
    stored = stored_threshold(db)
    if stored not in (None, threshold) or not urls:
        return result
    if stored is None:
        db.execute(
            "INSERT OR REPLACE INTO archive_settings (name, value) VALUES ('duplicate_threshold', ?)", [str(threshold)]
        )
    stale = []
    for start in range(0, len(urls), _CHUNK):
        chunk = urls[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        stale += db.execute(_STALE + f" AND a.url IN ({marks})", chunk).fetchall()
    stale.sort()
    _index(db, stale, run_id, threshold, utc_now(), result, None)
    result.reprints = _update_reprints(db, [row[0] for row in stale])
    return result


def _index(
    db: Database,
    stale: list[Any],
    run_id: int | None,
    threshold: float,
    now: str,
    result: ClusterUpdate,
    progress: Callable[[int, int], None] | None,
) -> None:
    """Sign each (article id, version, language, body, signed before) row, store its pairs and LSH bands."""
    for done, (article_id, version, language, body, signed_before) in enumerate(stale, 1):
        signature, shingle_count = Signature.of(body or "")
        if signed_before:
            _forget(db, article_id)
        db.execute(
            "INSERT INTO body_signatures (article_id, version, language, shingles, minhash) VALUES (?, ?, ?, ?, ?)",
            [article_id, version, language, shingle_count, None if signature is None else signature.to_bytes()],
        )
        result.signed += 1
        if signature is None:
            result.too_short += 1
        else:
            keys = signature.band_keys(threshold)  # looked up, then stored
            found = _neighbours(db, article_id, signature, keys, threshold)
            db.conn.executemany(
                "INSERT INTO near_duplicates (article_id, other_id, similarity, crawl_id, found_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(min(article_id, other), max(article_id, other), score, run_id, now) for other, score in found],
            )
            db.conn.executemany(
                "INSERT INTO lsh_buckets (bucket, article_id) VALUES (?, ?)",
                [(key, article_id) for key in keys],
            )
        if progress and (done % 1000 == 0 or done == len(stale)):
            progress(done, len(stale))


def _forget(db: Database, article_id: int) -> None:
    """Drop what the index knew about the article's previous version."""
    db.execute("DELETE FROM lsh_buckets WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM body_signatures WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM near_duplicates WHERE article_id = ? OR other_id = ?", [article_id, article_id])


def _neighbours(
    db: Database, article_id: int, signature: Signature, keys: list[int], threshold: float
) -> list[tuple[int, float]]:
    """The signed articles at ``threshold`` or more from ``signature``, among those sharing one of its band ``keys``."""
    marks = ",".join("?" * len(keys))
    candidates = [
        row[0] for row in db.execute(f"SELECT DISTINCT article_id FROM lsh_buckets WHERE bucket IN ({marks})", keys)
    ]
    found = []
    for chunk in _chunks(candidates):
        marks = ",".join("?" * len(chunk))
        for other, blob in db.execute(
            f"SELECT article_id, minhash FROM body_signatures WHERE article_id IN ({marks})", chunk
        ):
            if other != article_id and blob is not None:
                score = signature.similarity(Signature.from_bytes(blob))
                if score >= threshold:
                    found.append((other, round(score, 4)))
    return found


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def site_names(db: Database) -> dict[str, list[str]]:
    """Each archived site and the names it goes by (its profile's organizations, its home page title)."""
    names: dict[str, list[str]] = {}
    for site, title, organizations in db.execute("SELECT site, title, organizations FROM sites"):
        names[site] = [*json.loads(organizations), *([title] if title else [])]
    return names


def _rebuild_clusters(db: Database, now: str) -> None:
    pairs = db.execute("SELECT article_id, other_id, similarity, crawl_id FROM near_duplicates").fetchall()
    db.execute("DELETE FROM cluster_members")
    db.execute("DELETE FROM clusters")
    if not pairs:
        return
    names = site_names(db)
    crawls: dict[int, list[int]] = {}
    for a, b, _, crawl_id in pairs:
        if crawl_id is not None:
            crawls.setdefault(a, []).append(crawl_id)
            crawls.setdefault(b, []).append(crawl_id)
    for group in clusters((a, b) for a, b, _, _ in pairs):
        members = _members(db, sorted(group))
        attribution = attribute(members, names)
        signatures = _signatures(db, sorted(group))
        reference = signatures[attribution.reference]
        similarity = {
            m.article_id: (
                None
                if m.article_id == attribution.reference
                else round(stored_similarity(signatures[m.article_id], reference), 4)
            )
            for m in members
        }
        cluster_id = min(group)
        runs = [crawl for member in group for crawl in crawls.get(member, [])]
        db.execute(
            "INSERT INTO clusters (id, size, similarity, original_id, reference_id, original_reason, "
            "first_crawl_id, updated_crawl_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                cluster_id,
                len(group),
                min(s for s in similarity.values() if s is not None),
                attribution.original,
                attribution.reference,
                attribution.reason,
                min(runs, default=None),
                max(runs, default=None),
                now,
            ],
        )
        db.conn.executemany(
            "INSERT INTO cluster_members (article_id, cluster_id, role, similarity, reason) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    m.article_id,
                    cluster_id,
                    "original" if m.article_id == attribution.original else "copy",
                    similarity[m.article_id],
                    attribution.member_reasons[m.article_id],
                )
                for m in members
            ],
        )


def _members(db: Database, ids: list[int]) -> list[Member]:
    marks = ",".join("?" * len(ids))
    return [
        Member(r["id"], r["url"], r["site"], bool(r["reprinted"]), r["source"], r["published_at"], r["first_seen"])
        for r in rows(
            db,
            "SELECT record_id AS id, url, site, first_seen, reprinted, source, published_at "
            f"FROM latest_articles WHERE record_id IN ({marks})",
            ids,
        )
    ]


def _signatures(db: Database, ids: list[int]) -> dict[int, bytes]:
    """The stored signatures of ``ids``, as stored (compared by ``stored_similarity``)."""
    marks = ",".join("?" * len(ids))
    return {
        article_id: bytes(blob)
        for article_id, blob in db.execute(
            f"SELECT article_id, minhash FROM body_signatures WHERE article_id IN ({marks})", ids
        )
    }


def _update_reprints(db: Database, article_ids: list[int]) -> int:
    """Link each changed article marked reprinted to the organization its source names."""
    names = site_names(db)
    linked = 0
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM reprints WHERE article_id IN ({marks})", chunk)
        for article_id, version, source in db.execute(
            "SELECT a.id, a.current_version, v.source FROM articles a "
            "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version "
            f"WHERE a.id IN ({marks}) AND v.reprinted = 1 AND v.source IS NOT NULL",
            chunk,
        ).fetchall():
            key = organization_key(source)
            if not key:
                continue
            sites = sites_named(source, names)
            db.execute(
                "INSERT INTO organizations (name, key, site) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET site = coalesce(excluded.site, site)",
                [source, key, sites[0] if sites else None],
            )
            organization_id = db.execute("SELECT id FROM organizations WHERE key = ?", [key]).fetchone()[0]
            db.execute(
                "INSERT INTO reprints (article_id, organization_id, version) VALUES (?, ?, ?)",
                [article_id, organization_id, version],
            )
            linked += 1
    return linked


def record_site(db: Database, site: str, home_url: str, title: str | None, organizations: list[str], at: str) -> None:
    db.execute(
        "INSERT INTO sites (site, home_url, title, organizations, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (site) DO UPDATE SET home_url = excluded.home_url, title = coalesce(excluded.title, title), "
        "organizations = excluded.organizations, last_seen = excluded.last_seen",
        [site, home_url, title, dumps(organizations), at, at],
    )
    # A site seen for the first time may be the one earlier reprints named.
    names = {site: [*organizations, *([title] if title else [])]}
    for organization_id, name in db.execute("SELECT id, name FROM organizations WHERE site IS NULL").fetchall():
        if sites_named(name, names):
            db.execute("UPDATE organizations SET site = ? WHERE id = ?", [site, organization_id])
