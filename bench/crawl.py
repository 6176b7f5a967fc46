"""Crawl throughput, memory, incremental re-crawl and storage on a large local portal.

    pip install -e '.[bench]' && python bench/crawl.py [--per-edition 10000] [--concurrency 16]

In one invocation, on the same generated portal (bench/portal.py: the kmabxh replica,
both editions, served by nginx or a Python fallback) and at the same concurrency:

1. a bare Scrapy spider that only follows the links (bench/bare_spider.py): the baseline;
2. `archiver crawl` into a fresh archive: pages/s, ratio to the baseline, peak RSS;
3. `archiver crawl` again on the unchanged portal: time and bytes vs the first crawl;
4. the archive: size per 1,000 articles, captures stored vs raw HTML;
5. where redis-server is installed, the first crawl again split over 2 local workers and
   the writer (`--redis … --workers 2`, same total concurrency), on a fresh archive.

Each crawl is a subprocess; peak RSS is sampled every 50 ms with psutil.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.portal import free_port, generate, serve, wait_for

HERE = Path(__file__).resolve().parent


def measured(command: list[str]) -> tuple[subprocess.CompletedProcess[str], float, int]:
    """Run ``command``; returns its result, wall seconds and peak RSS (bytes, with its children)."""
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        try:
            rss = process.memory_info().rss + sum(c.memory_info().rss for c in process.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = process.communicate()
    elapsed = time.perf_counter() - started
    result = subprocess.CompletedProcess(command, process.returncode, out, err)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} ... failed ({result.returncode}):\n{err[-2000:]}")
    return result, elapsed, peak


def run_stats(db: Path, run_id: int) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        (stats,) = conn.execute("SELECT stats FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    return json.loads(stats or "{}")


def storage(db: Path) -> dict[str, float]:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        raw, stored = conn.execute("SELECT SUM(size), SUM(LENGTH(content)) FROM captures").fetchone()
    return {"articles": articles, "raw": raw or 0, "stored": stored or 0, "file": db.stat().st_size}


def _distributed(crawl: Callable[[Path], list[str]], work: Path, concurrency: int) -> dict[str, Any] | None:
    """The same crawl split over 2 local worker processes and the writer, through a real Redis."""
    binary = shutil.which("redis-server")
    if binary is None:
        print("redis-server not installed: no distributed row (apt-get install -y redis-server)", file=sys.stderr)
        return None
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        per_worker = max(1, concurrency // 2)  # the same requests in flight in all
        command = [
            *crawl(work / "distributed.db"),
            "--redis",
            f"redis://127.0.0.1:{port}/0",
            "--workers",
            "2",
            "-s",
            f"CONCURRENT_REQUESTS={per_worker}",
            "-s",
            f"CONCURRENT_REQUESTS_PER_DOMAIN={per_worker}",
        ]
        result, seconds, peak = measured(command)
        data = json.loads(result.stdout)
        print(f"archiver crawl --redis, 2 workers: {data['pages_fetched']:,} pages in {seconds:.1f}s", file=sys.stderr)
        return {
            "pages": data["pages_fetched"],
            "seconds": round(seconds, 1),
            "pages_per_s": round(data["pages_fetched"] / seconds, 1),
            "peak_rss_mb": round(peak / 2**20),
        }
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-edition", type=int, default=10_000, help="Articles per edition (default 10,000).")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--no-redis", action="store_true", help="Skip the distributed crawl (2 workers on Redis).")
    args = parser.parse_args()
    same = [
        "-s",
        f"CONCURRENT_REQUESTS={args.concurrency}",
        "-s",
        f"CONCURRENT_REQUESTS_PER_DOMAIN={args.concurrency}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
    ]
    with tempfile.TemporaryDirectory(prefix="archiver-bench-") as workdir:
        work = Path(workdir)
        work.chmod(0o755)  # nginx's workers run as nobody
        portal = generate(work / "portal", args.per_edition)
        print(
            f"portal: {portal.articles:,} articles, {portal.pages:,} pages, {portal.html_bytes / 1e6:.0f} MB of HTML",
            file=sys.stderr,
        )
        with serve(portal, args.server) as server:
            print(f"served by {server}", file=sys.stderr)
            bare, bare_s, bare_rss = measured(
                [sys.executable, str(HERE / "bare_spider.py"), *(url + "/" for url in portal.urls), *same]
            )
            bare_data = json.loads(bare.stdout.strip().splitlines()[-1])
            print(f"bare spider: {bare_data['pages']:,} pages in {bare_s:.1f}s", file=sys.stderr)
            db = work / "bench.db"

            def crawl(archive: Path) -> list[str]:
                return [
                    sys.executable,
                    "-m",
                    "archiver",
                    "crawl",
                    "kmabxh",
                    *portal.mirrors,
                    "--db",
                    str(archive),
                    "--format",
                    "json",
                    *same,
                    "-s",
                    "ARCHIVER_PROGRESS_INTERVAL=0",
                    # the bare spider follows every page of the "All" listing too (1,667 at 20,000 articles)
                    "-s",
                    "ARCHIVER_MAX_LISTING_PAGES=100000",
                ]

            first, first_s, first_rss = measured(crawl(db))
            first_data = json.loads(first.stdout)
            print(f"archiver crawl: {first_data['pages_fetched']:,} pages in {first_s:.1f}s", file=sys.stderr)
            again, again_s, _ = measured(crawl(db))
            again_data = json.loads(again.stdout)
            distributed = None if args.no_redis else _distributed(crawl, work, args.concurrency)
        first_bytes = run_stats(db, first_data["run_id"]).get("downloader/response_bytes", 0)
        again_bytes = run_stats(db, again_data["run_id"]).get("downloader/response_bytes", 0)
        sizes = storage(db)

    bare_rate, our_rate = bare_data["pages"] / bare_s, first_data["pages_fetched"] / first_s
    per_k = 1000 / max(sizes["articles"], 1)
    results = {
        "server": server,
        "articles": portal.articles,
        "pages": portal.pages,
        "concurrency": args.concurrency,
        "bare_pages": bare_data["pages"],
        "bare_seconds": round(bare_s, 1),
        "bare_pages_per_s": round(bare_rate, 1),
        "bare_peak_rss_mb": round(bare_rss / 2**20),
        "archiver_pages": first_data["pages_fetched"],
        "archiver_seconds": round(first_s, 1),
        "archiver_pages_per_s": round(our_rate, 1),
        "archiver_peak_rss_mb": round(first_rss / 2**20),
        "throughput_ratio": round(our_rate / bare_rate, 2),
        "recrawl_seconds": round(again_s, 1),
        "recrawl_time_ratio": round(again_s / first_s, 3),
        "recrawl_pages": again_data["pages_fetched"],
        "recrawl_not_modified": again_data["not_modified"],
        "first_bytes": first_bytes,
        "recrawl_bytes": again_bytes,
        "archive_mb_per_1000": round(sizes["file"] * per_k / 2**20, 2),
        "raw_html_mb_per_1000": round(sizes["raw"] * per_k / 2**20, 2),
        "captures_stored_mb_per_1000": round(sizes["stored"] * per_k / 2**20, 2),
        "captures_stored_share": round(sizes["stored"] / max(sizes["raw"], 1), 3),
        "archive_share_of_raw": round(sizes["file"] / max(sizes["raw"], 1), 3),
        "distributed": distributed,
        "distributed_ratio": round(distributed["pages_per_s"] / bare_rate, 2) if distributed else None,
    }
    if args.format == "json":
        print(json.dumps(results, indent=2))
        return
    r = results
    print(
        f"\nCrawl benchmark: {r['articles']:,} articles ({r['pages']:,} pages) served by {r['server']}, "
        f"concurrency {r['concurrency']}\n"
    )
    print("| run | pages | seconds | pages/s | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: |")
    print(
        f"| bare Scrapy spider (links only) | {r['bare_pages']:,} | {r['bare_seconds']} | "
        f"{r['bare_pages_per_s']} | {r['bare_peak_rss_mb']} |"
    )
    print(
        f"| archiver crawl, first (fresh archive) | {r['archiver_pages']:,} | {r['archiver_seconds']} | "
        f"{r['archiver_pages_per_s']} | {r['archiver_peak_rss_mb']} |"
    )
    if r["distributed"]:
        d = r["distributed"]
        print(
            f"| archiver crawl --redis, 2 local workers + writer (both cores) | {d['pages']:,} | {d['seconds']} | "
            f"{d['pages_per_s']} | {d['peak_rss_mb']} (3 processes) |"
        )
    print(
        f"| archiver crawl, again (unchanged portal) | {r['recrawl_pages']:,} | {r['recrawl_seconds']} | "
        f"{round(r['recrawl_pages'] / max(r['recrawl_seconds'], 1e-9), 1)} | |"
    )
    print(
        f"\nRe-crawl: {r['recrawl_not_modified']:,} answered 304; downloaded {r['recrawl_bytes'] / 1e6:.1f} MB vs "
        f"{r['first_bytes'] / 1e6:.1f} MB the first time."
    )
    print("\n| storage per 1,000 articles | MB |\n| --- | ---: |")
    print(f"| raw HTML of the article pages | {r['raw_html_mb_per_1000']} |")
    print(f"| captures as stored (compressed) | {r['captures_stored_mb_per_1000']} |")
    print(f"| whole archive file (records, versions, full-text index, captures) | {r['archive_mb_per_1000']} |")
    print(
        f"\nSummary: throughput {r['throughput_ratio']}x the bare spider (target >= 0.8), peak RSS "
        f"{r['archiver_peak_rss_mb']} MB (target <= 250), re-crawl {r['recrawl_time_ratio'] * 100:.1f}% of the "
        f"first crawl's time (target <= 15%), captures stored at {r['captures_stored_share'] * 100:.1f}% of the "
        f"raw HTML (target <= 20%)."
        + (f" Distributed over both cores: {r['distributed_ratio']}x." if r["distributed"] else "")
    )


if __name__ == "__main__":
    main()
