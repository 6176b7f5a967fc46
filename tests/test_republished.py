"""End to end: republished copies across two portals the profiles never saw are clustered, attributed and reported."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LOCAL, run_archiver, verify_archive
from tests.portal.republished import ORIGIN_NAME, Republished, build_republished, edited_copy
from tests.portal.site import render

pytestmark = pytest.mark.e2e


def crawl(url: str, db: Path, *extra: str) -> dict[str, Any]:
    result = run_archiver("crawl", url, "--db", str(db), "--format", "json", *LOCAL, *extra)
    assert result.returncode == 0, result.stderr[-3000:]
    verify_archive(db)
    return json.loads(result.stdout)


def republished(db: Path, *extra: str) -> list[dict[str, Any]]:
    result = run_archiver("republished", "--db", str(db), "--format", "json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def predicted_pairs(clusters: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset(pair) for cluster in clusters for pair in combinations(cluster["members"], 2)}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    portals = build_republished()
    db = tmp_path_factory.mktemp("republished") / "archive.db"
    first = crawl(portals.origin.base_url + "/", db)
    second = crawl(portals.portal.base_url + "/", db)
    yield {"portals": portals, "db": db, "runs": (first, second), "clusters": republished(db)}
    portals.close()


def test_precision_and_recall_on_unseen_portals(world: dict[str, Any]) -> None:
    portals: Republished = world["portals"]
    truth, found = portals.true_pairs(), predicted_pairs(world["clusters"])
    precision = len(truth & found) / len(found)
    recall = len(truth & found) / len(truth)
    print(
        f"near-duplicate pairs: {len(found)} found, {len(truth)} true, precision {precision:.3f}, recall {recall:.3f}"
    )
    assert precision >= 0.95 and recall >= 0.9, (found - truth, truth - found)


def test_translations_and_languages_never_cluster(world: dict[str, Any]) -> None:
    portals: Republished = world["portals"]
    found = predicted_pairs(world["clusters"])
    for original, translation in portals.translations:
        assert not any(original in pair or translation in pair for pair in found)
    with sqlite3.connect(world["db"]) as conn:
        languages = dict(conn.execute("SELECT url, language FROM latest_articles"))
    assert all(len({languages[url] for url in pair}) == 1 for pair in found)


def test_the_same_url_in_two_categories_is_one_article_not_a_cluster(world: dict[str, Any]) -> None:
    portals: Republished = world["portals"]
    in_two = [portals.portal.article_url(a) for a in portals.portal.articles if len(a.categories) > 1]
    assert in_two
    members = [url for cluster in world["clusters"] for url in cluster["members"]]
    assert len(members) == len(set(members))
    grouped = {url for group in portals.groups for url in group}
    assert not [url for url in in_two if url in members and url not in grouped]


def test_originals_are_attributed_with_reasons(world: dict[str, Any]) -> None:
    portals: Republished = world["portals"]
    by_member = {url: cluster for cluster in world["clusters"] for url in cluster["members"]}
    for index, group in enumerate(portals.groups):
        cluster = by_member[group[0]]
        assert cluster["original"] in portals.originals[index], (group, cluster["original_reason"])
        assert isinstance(cluster["similarity"], float) and 0.5 <= cluster["similarity"] <= 1.0
    origin_site = portals.origin.base_url.split("//")[1]
    named = by_member[portals.groups[0][0]]
    assert named["original_reason"].startswith("named source") and origin_site in named["original_reason"]
    assert by_member[portals.groups[4][0]]["original_reason"] == "not marked reprinted"
    orphan = by_member[portals.groups[-1][0]]
    assert orphan["original"] is None and "not in the archive" in orphan["original_reason"]
    assert orphan["reference"] in orphan["members"]
    for cluster in world["clusters"]:
        assert all(member["reason"] for member in cluster["copies"])


def test_reprints_are_linked_to_the_archived_organization(world: dict[str, Any]) -> None:
    portals: Republished = world["portals"]
    result = run_archiver("reprints", "--db", str(world["db"]), "--source", ORIGIN_NAME.lower(), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert sorted(r["url"] for r in rows) == sorted(group[1] for group in portals.groups[:4])
    assert {r["organization_site"] for r in rows} == {portals.origin.base_url.split("//")[1]}
    listing = run_archiver("reprints", "--db", str(world["db"]))
    assert "新华网" in listing.stdout and "(archived:" in listing.stdout


def test_clusters_update_incrementally(world: dict[str, Any], tmp_path: Path) -> None:
    """A re-crawl signs only what changed: a copy rewritten leaves its cluster, a new copy joins one."""
    portals: Republished = world["portals"]
    db = tmp_path / "archive.db"
    with sqlite3.connect(world["db"]) as source, sqlite3.connect(db) as target:
        source.backup(target)  # through the WAL: the file alone may not hold the last commits yet
    portal = portals.portal
    rewritten = next(a for a in portal.articles if portal.article_url(a) == portals.groups[5][1])
    replacement = build_republished(seed=97)
    rewritten.paragraphs = list(replacement.portal.articles[20].paragraphs)
    replacement.close()
    joined = next(a for a in portal.articles if portal.article_url(a) == portals.groups[4][0])
    newcomer = edited_copy(
        joined, str(int(joined.article_id) + 7_000_003), random.Random(1), "转载自新华网", "新华网", 48
    )
    newcomer.categories = [portal.categories[0][0]]
    portal.articles.insert(0, newcomer)
    render(portal)
    summary = crawl(portal.base_url + "/", db, "-s", "ARCHIVER_REVISIT_POLICY=*=0")
    assert summary["near_duplicates"]["signed"] == 2, summary["near_duplicates"]
    clusters = republished(db)
    by_member = {url: cluster for cluster in clusters for url in cluster["members"]}
    assert portals.groups[5][1] not in by_member
    assert by_member[portal.article_url(newcomer)]["members"] == by_member[portal.article_url(joined)]["members"]
    assert len(by_member[portal.article_url(joined)]["members"]) == 3
    only_new = republished(db, "--run", str(summary["run_id"]))
    assert {url for c in only_new for url in c["members"]} >= {portal.article_url(newcomer)}
