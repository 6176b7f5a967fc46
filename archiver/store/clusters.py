"""Reads of the near-duplicate clusters and reprint sources (writes live in store.duplicates)."""

from __future__ import annotations

from typing import Any

from archiver.compat import Database
from archiver.store.common import rows

_MEMBER_COLUMNS = (
    "record_id, article_id, url, site, title, source, reprinted, published_at, first_seen, status, "
    "role, similarity, reason"
)


def clusters(db: Database, crawl_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Every cluster (or those found or changed in ``crawl_ids``), biggest first, with its members."""
    where, params = "", []
    if crawl_ids is not None:
        where = f"WHERE c.updated_crawl_id IN ({','.join('?' * len(crawl_ids))})"
        params = list(crawl_ids)
    found = rows(
        db,
        "SELECT c.id AS cluster_id, c.size, c.similarity, c.original_reason, c.first_crawl_id, "
        "c.updated_crawl_id, o.url AS original, r.url AS reference, c.original_id, c.reference_id "
        "FROM clusters c LEFT JOIN articles o ON o.id = c.original_id "
        f"JOIN articles r ON r.id = c.reference_id {where} ORDER BY c.size DESC, c.id",
        params,
    )
    for cluster in found:
        members = rows(
            db,
            f"SELECT {_MEMBER_COLUMNS} FROM republished WHERE cluster_id = ? "
            "ORDER BY role = 'copy', published_at, record_id",
            [cluster["cluster_id"]],
        )
        for member in members:
            member["reprinted"] = bool(member["reprinted"])
        cluster["members"] = [m["url"] for m in members]
        cluster["copies"] = members
    return found


def reprints(db: Database, organization: str | None = None) -> list[dict[str, Any]]:
    """Organizations named as sources with their reprint counts, or the reprints from one of them."""
    if organization is None:
        return rows(
            db,
            "SELECT o.name AS organization, o.site AS organization_site, count(r.article_id) AS reprints "
            "FROM organizations o JOIN reprints r ON r.organization_id = o.id "
            "GROUP BY o.id ORDER BY reprints DESC, o.name",
        )
    from archiver.republished.attribution import organization_key

    return rows(
        db,
        "SELECT * FROM reprinted_from WHERE organization_key = ? ORDER BY published_at DESC, url",
        [organization_key(organization)],
    )
