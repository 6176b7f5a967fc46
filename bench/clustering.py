"""Near-duplicate clustering at scale: the archive's MinHash/LSH index on 100,000 articles, and SimHash for comparison.

    python bench/clustering.py [--articles 100000] [--db data/bench-clustering.db]

Builds (once, then reuses) an archive of synthetic articles (half English, half Chinese,
Zipf-distributed vocabulary) of which 5% are republished copies of another article,
edited as reposting sites do: three words replaced, a paragraph dropped (when there are
four or more), an editor's note added. Then times, through the same code a crawl runs:

- the first clustering of the whole archive (every article signed, looked up, clustered);
- an incremental update after 1,000 more articles arrive (only those are signed);

and scores the clusters against the known copies (pairwise precision and recall). The
comparison: 64-bit SimHash over the same shingles, on a sample, with every pair compared
(SimHash has no LSH of its own; the Hamming-distance tables it needs cost more memory),
at the usual distance cut-offs.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archiver.items import ArticleItem, PageCapture
from archiver.republished.similarity import DEFAULT_THRESHOLD, Signature, clusters, shingles
from archiver.store import Archive
from bench.search import _article  # the same synthetic text as the search benchmark

COPY_SHARE = 0.05
NOTE = {"en": "Editor's note: this article has been abridged.", "zh": "编者按：本文有删节。"}


def _copy(rng: random.Random, record: dict[str, object], number: int) -> dict[str, object]:
    lang = str(record["language"])
    sep = "" if lang == "zh" else " "
    paragraphs = str(record["body"]).split("\n\n")
    if len(paragraphs) >= 4:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    words = list(paragraphs[0]) if lang == "zh" else paragraphs[0].split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = "某" if lang == "zh" else "local"
    paragraphs[0] = sep.join(words)
    paragraphs.append(NOTE[lang])
    return {
        **record,
        "url": f"http://copies.{lang}.bench/a/{number}.html",
        "site": f"copies.{lang}.bench",
        "article_id": str(number),
        "body": "\n\n".join(paragraphs),
        "reprinted": True,
        "source": f"{lang}.bench",
        "source_raw": f"Reprinted from {lang}.bench",
    }


def records(start: int, count: int, seed: int) -> tuple[list[dict[str, object]], list[tuple[str, str]]]:
    """``count`` articles numbered from ``start``; (copy URL, original URL) for the republished ones."""
    rng = random.Random(seed)
    made: list[dict[str, object]] = []
    copies: list[tuple[str, str]] = []
    for number in range(start, start + count):
        if made and rng.random() < COPY_SHARE:
            original = rng.choice(made)
            made.append(_copy(rng, original, number))
            copies.append((str(made[-1]["url"]), str(original["url"])))
        else:
            made.append(_article(rng, "zh" if number % 2 else "en", number))
    return made, copies


def write(archive: Archive, made: list[dict[str, object]]) -> None:
    run = archive.start_run("bench", "generic", {})
    fetched = datetime.now(UTC).isoformat(timespec="seconds")
    for offset in range(0, len(made), 2000):
        batch = [
            ArticleItem(PageCapture(str(r["url"]), str(r["url"]), 200, {}, b"<html></html>", fetched), r)
            for r in made[offset : offset + 2000]
        ]
        archive.write_batch(batch, run)
        print(f"  wrote {offset + len(batch)}/{len(made)} articles", file=sys.stderr)
    archive.finish_run(run, "finished", {})


def score(archive: Archive, copies: list[tuple[str, str]]) -> tuple[float, float, int]:
    groups: dict[int, list[str]] = {}
    for cluster_id, url in archive.db.execute(
        "SELECT m.cluster_id, a.url FROM cluster_members m JOIN articles a ON a.id = m.article_id"
    ):
        groups.setdefault(cluster_id, []).append(url)
    found = {frozenset(p) for g in groups.values() for p in combinations(g, 2)}
    truth = _true_pairs(copies)
    hit = len(found & truth)
    return hit / max(len(found), 1), hit / max(len(truth), 1), len(found)


def _true_pairs(copies: list[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset(p) for group in clusters(copies) for p in combinations(group, 2)}


def simhash(shingle_set: set[str]) -> int:
    hashes = np.array(
        [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in shingle_set],
        dtype=np.uint64,
    )
    bits = (hashes[:, None] >> np.arange(64, dtype=np.uint64)) & np.uint64(1)
    weights = bits.sum(axis=0).astype(np.int64) * 2 - len(hashes)
    return int(sum(1 << i for i in range(64) if weights[i] > 0))


def compare_simhash(
    sample: list[dict[str, object]], copies: list[tuple[str, str]]
) -> list[tuple[str, float, float, float]]:
    """(method, precision, recall, ms per article) on ``sample``, every pair compared."""
    urls = [str(r["url"]) for r in sample]
    inside = set(urls)
    truth = {p for p in _true_pairs([c for c in copies if c[0] in inside and c[1] in inside])}
    sets = [shingles(str(r["body"])) for r in sample]
    start = time.perf_counter()
    minhashes = [Signature.of(str(r["body"]))[0] for r in sample]
    minhash_ms = (time.perf_counter() - start) * 1000 / len(sample)
    start = time.perf_counter()
    simhashes = np.array([simhash(s) for s in sets], dtype=np.uint64)
    simhash_ms = (time.perf_counter() - start) * 1000 / len(sample)
    values = np.stack([m.values for m in minhashes])  # type: ignore[union-attr]
    rows = []
    found_minhash: set[frozenset[str]] = set()
    by_distance: dict[int, set[frozenset[str]]] = {k: set() for k in (3, 6, 10)}
    for i in range(len(sample)):
        same = (values[i + 1 :] == values[i]).mean(axis=1)
        for j in np.nonzero(same >= DEFAULT_THRESHOLD)[0]:
            found_minhash.add(frozenset((urls[i], urls[i + 1 + j])))
        xor = simhashes[i + 1 :] ^ simhashes[i]
        distance = np.unpackbits(xor.view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1)
        for k, found in by_distance.items():
            found.update(frozenset((urls[i], urls[i + 1 + j])) for j in np.nonzero(distance <= k)[0])

    def pr(found: set[frozenset[str]]) -> tuple[float, float]:
        hit = len(found & truth)
        return hit / max(len(found), 1), hit / max(len(truth), 1)

    rows.append((f"MinHash 128, Jaccard >= {DEFAULT_THRESHOLD}", *pr(found_minhash), minhash_ms))
    rows.extend((f"SimHash 64, Hamming <= {k}", *pr(found), simhash_ms) for k, found in by_distance.items())
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("data/bench-clustering.db"))
    parser.add_argument("--sample", type=int, default=6000, help="articles in the SimHash comparison")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    made, copies = records(0, args.articles, seed=3)
    print(f"building {args.articles} articles ({len(copies)} republished copies) into {args.db} …", file=sys.stderr)
    archive = Archive(args.db)
    write(archive, made)
    start = time.perf_counter()
    first = archive.update_clusters(None, DEFAULT_THRESHOLD)
    first_s = time.perf_counter() - start
    precision, recall, pairs = score(archive, copies)
    more, _ = records(args.articles, 1000, seed=4)
    write(archive, more)
    start = time.perf_counter()
    update = archive.update_clusters(None, DEFAULT_THRESHOLD)
    update_s = time.perf_counter() - start
    archive.close()
    print(f"\n{'step':<44} {'articles signed':>15} {'seconds':>8} {'clusters':>9}")
    print(f"{'first clustering of the archive':<44} {first.signed:>15} {first_s:>8.1f} {first.clusters:>9}")
    print(f"{'incremental update, 1,000 new articles':<44} {update.signed:>15} {update_s:>8.2f} {update.clusters:>9}")
    print(
        f"\nclusters vs the {len(copies)} known copies: {pairs} pairs found, precision {precision:.3f}, "
        f"recall {recall:.3f}"
    )
    sample = made[: args.sample]
    print(f"\nall-pairs comparison on the first {len(sample)} articles:")
    print(f"{'method':<32} {'precision':>9} {'recall':>7} {'ms/article':>11}")
    for method, p, r, ms in compare_simhash(sample, copies):
        print(f"{method:<32} {p:>9.3f} {r:>7.3f} {ms:>11.2f}")
    verdict = "meets" if first_s < 120 else "MISSES"
    print(
        f"\nclustering {args.articles} articles: {first_s:.1f} s ({first.signed / first_s:.0f} articles/s), "
        f"precision {precision:.3f}, recall {recall:.3f} — {verdict} the 2-minute target"
    )


if __name__ == "__main__":
    main()
