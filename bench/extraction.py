"""Extraction speed: our extractor vs `trafilatura.extract` on the same article pages.

    pip install -e '.[bench]' && python bench/extraction.py [--pages 400]

The pages are the kmabxh replica's article pages, both editions (the shape of the real
portal: nav, breadcrumbs, a labelled meta line, the body, keywords, related links),
extracted three ways: with the kmabxh profile, with the generic profile (a portal never
seen), and by trafilatura (body and metadata, its default settings). Every page is
extracted once to warm caches, then timed; the table gives median and p95 ms per page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archiver.demo.replica import build_replica
from archiver.extract import extract_article
from archiver.profiles import load_profile

EN, ZH = "https://en.kmabxh.com", "https://www.kmabxh.com"


def pages(count: int) -> list[tuple[str, bytes]]:
    en, zh, _ = build_replica(EN, ZH, per_edition=max(4, count // 2))
    found = [(EN + path, page.body) for path, page in en.items() if path.startswith("/NewsDes/")]
    found += [(ZH + path, page.body) for path, page in zh.items() if path.startswith("/NewsDes/")]
    return found[:count]


def timed(extract: Callable[[str, bytes], object], sample: list[tuple[str, bytes]]) -> list[float]:
    for url, body in sample:
        extract(url, body)
    times = []
    for url, body in sample:
        start = time.perf_counter()
        extract(url, body)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400)
    args = parser.parse_args()
    try:
        import trafilatura
    except ImportError:
        sys.exit("trafilatura is not installed: pip install -e '.[bench]'")
    sample = pages(args.pages)
    size = statistics.mean(len(body) for _, body in sample) / 1024
    kmabxh, generic = load_profile("kmabxh"), load_profile("generic")
    methods = {
        "archiver, kmabxh profile": lambda url, body: extract_article(body, url, kmabxh),
        "archiver, generic profile": lambda url, body: extract_article(body, url, generic),
        "trafilatura.extract": lambda url, body: trafilatura.extract(body.decode("utf-8"), url=url, with_metadata=True),
    }
    results = {name: timed(method, sample) for name, method in methods.items()}
    print(f"{len(sample)} article pages, {size:.1f} KB on average\n")
    print(f"{'extractor':<28} {'median ms':>10} {'p95 ms':>8}")
    for name, times in results.items():
        print(f"{name:<28} {statistics.median(times):>10.2f} {statistics.quantiles(times, n=20)[-1]:>8.2f}")
    ours = statistics.median(results["archiver, generic profile"])
    theirs = statistics.median(results["trafilatura.extract"])
    verdict = "meets" if ours <= 2 and theirs / ours >= 5 else "MISSES"
    print(
        f"\nextraction: {ours:.2f} ms/page median (generic profile), {theirs / ours:.1f}x faster than "
        f"trafilatura ({theirs:.2f} ms) — {verdict} the target (<= 2 ms and >= 5x)"
    )


if __name__ == "__main__":
    main()
