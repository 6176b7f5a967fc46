"""Search latency on a large archive: median and p95 of `archive.search()` over mixed queries.

    python bench/search.py [--articles 100000] [--db data/bench-search.db]

Builds (once, then reuses) an archive of synthetic articles, half English, half Chinese,
through the real write path (versions, captures, full-text index), then times queries
of the kinds researchers type: two-character Chinese words, longer Chinese phrases,
English words, phrases and OR queries, with and without a filter. Words follow a Zipf
distribution over a large vocabulary, as in real text, so a "common" word is in most
articles and a "rare" one in a few; the worst case (a word in nearly every article)
is reported on its own line.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archiver.api import open_archive
from archiver.items import ArticleItem, PageCapture
from archiver.store import Archive

RNG = random.Random(7)
EN_VOCAB = [
    "".join(RNG.choice("bcdfghjklmnprstvwz") + RNG.choice("aeiou") for _ in range(RNG.randint(2, 4)))
    for _ in range(20_000)
]
ZH_CHARS = [chr(c) for c in range(0x4E00, 0x4E00 + 4000)]
ZH_VOCAB = [RNG.choice(ZH_CHARS) + RNG.choice(ZH_CHARS) for _ in range(20_000)]
_CUMULATIVE = list(itertools.accumulate(1 / (rank + 1) for rank in range(20_000)))


def _text(rng: random.Random, vocab: list[str], words: int, sep: str) -> str:
    return sep.join(rng.choices(vocab, cum_weights=_CUMULATIVE, k=words))


def _queries() -> list[tuple[str, str, dict[str, str]]]:
    zh, en = ZH_VOCAB, EN_VOCAB
    return [
        ("zh word, most common", zh[0], {}),
        ("zh 2-char, common", zh[20], {}),
        ("zh 2-char, mid", zh[300], {}),
        ("zh 2-char, rare", zh[5000], {}),
        ("zh phrase", zh[40] + zh[41], {}),
        ("en word, most common", en[0], {}),
        ("en word, common", en[20], {}),
        ("en word, mid", en[300], {}),
        ("en word, rare", en[5000], {}),
        ("en phrase", f'"{en[30]} {en[31]}"', {}),
        ("en OR", f"{en[200]} OR {en[400]}", {}),
        ("mixed OR", f"{zh[100]} OR {en[100]}", {}),
        ("en prefix", en[150][:3] + "*", {}),
        ("zh + site filter", zh[60], {"site": "zh.bench"}),
        # single characters: the unigram fallback (a prefix over the bigram index), docs/search.md
        ("zh 1-char, most common", zh[0][0], {}),
        ("zh 1-char, mid", zh[300][1], {}),
        ("zh 1-char, rare", zh[5000][0], {}),
        ("en stem (plural)", en[40] + "s", {}),
        ("title field", f"title:{zh[30]}", {}),
        ("en + date filter", en[80], {"since": "2024-02-01"}),
    ]


def _article(rng: random.Random, lang: str, number: int) -> dict[str, object]:
    vocab, sep = (ZH_VOCAB, "") if lang == "zh" else (EN_VOCAB, " ")
    paragraphs = [_text(rng, vocab, rng.randint(40, 120), sep) for _ in range(rng.randint(3, 8))]
    published = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=number * 7)
    return {
        "url": f"http://{lang}.bench/a/{number}.html",
        "site": f"{lang}.bench",
        "article_id": str(number),
        "title": _text(rng, vocab, 8, sep),
        "source": None,
        "source_raw": None,
        "reprinted": False,
        "author": None,
        "published_at": published.isoformat(),
        "keywords": [],
        "language": lang,
        "body": "\n\n".join(paragraphs),
    }


def build(db: Path, count: int) -> None:
    archive = Archive(db)
    run = archive.start_run("bench", "generic", {})
    started = time.perf_counter()
    rng = random.Random(11)
    fetched = datetime.now(UTC).isoformat(timespec="seconds")
    for offset in range(0, count, 2000):
        batch = []
        for number in range(offset, min(offset + 2000, count)):
            record = _article(rng, "zh" if number % 2 else "en", number)
            url = str(record["url"])
            capture = PageCapture(
                url=url, final_url=url, status=200, headers={}, body=b"<html></html>", fetched_at=fetched
            )
            batch.append(ArticleItem(capture=capture, record=record))
        archive.write_batch(batch, run)
        print(f"  built {offset + len(batch)}/{count} articles ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    archive.finish_run(run, "finished", {})
    archive.close()


def timed(reader: object, query: str, filters: dict[str, str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        reader.search(query, limit=20, **filters)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("data/bench-search.db"))
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    if args.db.exists():
        with open_archive(args.db) as reader:
            have = reader.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        if have != args.articles:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    if not args.db.exists():
        print(f"building {args.articles} articles into {args.db} …", file=sys.stderr)
        build(args.db, args.articles)
    all_times: list[float] = []
    print(f"{'query kind':<22} {'query':<24} {'hits':>7} {'median ms':>10} {'p95 ms':>8}")
    with open_archive(args.db) as reader:
        reader.search("warm up")
        for kind, query, filters in _queries():
            times = timed(reader, query, filters, args.repeat)
            hits = reader.count(query, **filters)
            all_times.extend(times)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{kind:<22} {query:<24} {hits:>7} {statistics.median(times):>10.1f} {p95:>8.1f}")
    median, p95 = statistics.median(all_times), statistics.quantiles(all_times, n=20)[-1]
    size = args.db.stat().st_size / 1e6
    verdict = "meets" if median < 50 else "MISSES"
    print(
        f"\nsearch on {args.articles} articles ({size:.0f} MB): median {median:.1f} ms, p95 {p95:.1f} ms "
        f"over {len(all_times)} queries — {verdict} the 50 ms median target"
    )


if __name__ == "__main__":
    main()
