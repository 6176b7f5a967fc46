"""Signing each write batch's articles (the writer process does) finds what signing at the run's end finds.

The same items, with copies, reprints, a changed article and a site that arrives after the
reprints naming it, are written once with batch signing then the run's end update, and once
with only the end update: pairs, clusters, signatures and reprint links come out the same.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from archiver.items import SiteItem
from archiver.store import Archive
from tests.test_duplicates import ARTICLES, AT, edited, item

THRESHOLD = 0.5
ROOT = Path(__file__).resolve().parent.parent


def _items() -> list[list[Any]]:
    """Batches of items: originals, edited copies in later batches, an article changed, a late site."""
    originals = [item(i, a.body) for i, a in enumerate(ARTICLES[:24])]
    copies = [
        item(100 + i, edited(ARTICLES[i].body), reprinted=True, source="Kunming Security Association", site="q.example")
        for i in (0, 5, 12, 30 - 7)
    ]
    changed = item(3, edited(ARTICLES[3].body) + "\n\nA correction was added.")
    late_site = SiteItem("p.example", "http://p.example/", "Kunming Security Association", [], AT)
    return [
        originals[:8],
        [*originals[8:16], copies[0]],
        [*originals[16:], *copies[1:3]],
        [changed, copies[3], late_site],
    ]


def _tables(archive: Archive) -> dict[str, list[tuple[Any, ...]]]:
    db = archive.db
    return {
        "pairs": db.execute("SELECT article_id, other_id, similarity FROM near_duplicates ORDER BY 1, 2").fetchall(),
        "clusters": db.execute(
            "SELECT article_id, cluster_id, role, similarity FROM cluster_members ORDER BY 1"
        ).fetchall(),
        "signatures": db.execute(
            "SELECT article_id, version, shingles, minhash FROM body_signatures ORDER BY 1"
        ).fetchall(),
        "buckets": db.execute("SELECT bucket, article_id FROM lsh_buckets ORDER BY 1, 2").fetchall(),
        "reprints": db.execute(
            "SELECT r.article_id, o.name, o.site, r.version FROM reprints r "
            "JOIN organizations o ON o.id = r.organization_id ORDER BY 1"
        ).fetchall(),
    }


def _write(path: Path, batch_signing: bool) -> tuple[Archive, int]:
    archive = Archive(path)
    run = archive.start_run("t", "generic", {})
    signed = 0
    for batch in _items():
        _, indexed = archive.write_indexed_batch(batch, run, THRESHOLD if batch_signing else None)
        signed += indexed.signed
    result = archive.update_clusters(run, THRESHOLD)
    return archive, signed + result.signed


def test_batch_signing_then_the_end_update_equals_the_end_update_alone(tmp_path: Path) -> None:
    by_batches, signed_in_batches = _write(tmp_path / "batches.db", batch_signing=True)
    at_end, signed_at_end = _write(tmp_path / "end.db", batch_signing=False)
    expected = _tables(at_end)
    assert expected["pairs"] and expected["clusters"] and expected["reprints"]  # the case is not empty
    assert _tables(by_batches) == expected
    # Every current version is signed once either way (the changed article's first version was
    # signed in its batch and re-signed when it changed: one more signing, not one more signature).
    assert signed_in_batches == signed_at_end + 1


def test_a_batch_is_not_signed_when_the_index_was_built_with_another_threshold(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("t", "generic", {})
    archive.write_batch(_items()[0], run)
    archive.update_clusters(run, 0.8)  # the index holds 0.8's LSH bands
    _, indexed = archive.write_indexed_batch(_items()[1], run, THRESHOLD)
    assert indexed.signed == 0  # the end update rebuilds the index at the new threshold: nothing to sign twice
    result = archive.update_clusters(run, THRESHOLD)
    assert result.rebuilt and result.signed == 17


def test_the_end_update_after_batch_signing_needs_no_numpy(tmp_path: Path) -> None:
    """What the crawl process runs at its end when its writer signed every batch: clusters derived from the
    stored signatures without importing numpy (a quarter second of CPU per crawl), the same clusters."""
    at_end, _ = _write(tmp_path / "end.db", batch_signing=False)
    expected = _tables(at_end)["clusters"]
    archive = Archive(tmp_path / "batches.db")
    run = archive.start_run("t", "generic", {})
    for batch in _items():
        archive.write_indexed_batch(batch, run, THRESHOLD)
    archive.close()
    code = (
        "import sys\nfrom archiver.store import Archive\n"
        f"archive = Archive({str(tmp_path / 'batches.db')!r})\n"
        f"result = archive.update_clusters({run}, {THRESHOLD})\n"
        "rows = archive.db.execute('SELECT article_id, cluster_id, role, similarity FROM cluster_members ORDER BY 1')\n"
        "print(repr([tuple(r) for r in rows.fetchall()]), result.signed, 'numpy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    clusters, signed, numpy_loaded = done.stdout.rsplit(" ", 2)
    assert (clusters, signed, numpy_loaded.strip()) == (repr(expected), "0", "False")
