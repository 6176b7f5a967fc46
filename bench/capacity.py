"""Capacity of a distributed crawl, measured: the writer's ceiling, a worker's pages/s per core, Redis per page.

    pip install -e '.[bench]' && python bench/capacity.py [--per-edition 5000] [--format json]

Three measurements on the bench portal (bench/portal.py: the kmabxh replica, both editions):

1. **The single writer's ceiling**, with no network and no Redis: every article page of the
   portal is extracted beforehand into the item a worker would send (pickled, as workers push
   them), together with one listing item per listing page; the clock then runs over what the
   coordinator does with them: unpickle, ``Archive.write_batch`` in batches of
   ``ARCHIVER_BATCH_SIZE``, and at the run's end the near-duplicate signing
   (``update_clusters``). Articles per second of writer CPU; then the same items again as
   ``--rounds`` − 1 more portals (other URLs, shuffled bodies) into the same archive: does the
   writer slow down as the archive grows, and how large does the file get?
2. **One worker's pages/s per core**: ``archiver crawl --redis URL --workers 0`` (the coordinator)
   and one ``archiver worker`` as separate processes on a real redis-server, the portal served by
   nginx; each process's CPU seconds come from ``wait4`` (exact, children included), so
   pages per CPU-second is the worker's rate on one core whatever else the machine runs.
3. **Redis per page**: ``INFO commandstats`` (calls per command) and ``INFO cpu`` of that
   redis-server, divided by the pages the crawl fetched.

It prints the capacity table that docs/distributed.md quotes, with the formula:
worker cores one writer feeds = writer ceiling (articles/s) / (worker pages/s per core × articles per page).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.portal import LocalPortal, free_port, generate, serve, wait_for
from bench.targets import append_targets, target

SAME = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "ARCHIVER_PROGRESS_INTERVAL=0",
    "-s",
    "ARCHIVER_MAX_LISTING_PAGES=100000",
]


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


# --- 1. the writer, fed by pre-made items ---------------------------------------------------------


def premade_items(per_edition: int) -> tuple[list[bytes], int, int]:
    """The items a crawl of the portal sends the writer, pickled: (items, articles, listing items).

    Article items are extracted from the portal's own pages as the worker's pipelines would; a
    listing item stands for each listing page (its article links, as the spider reports them).
    """
    from archiver.demo.replica import build_replica
    from archiver.extract import extract_article
    from archiver.items import ArticleItem, ListingItem, PageCapture
    from archiver.profiles import load_profile

    profile = load_profile("kmabxh")
    hosts = ("en.kmabxh.com", "www.kmabxh.com")
    en, zh, _ = build_replica(f"https://{hosts[0]}", f"https://{hosts[1]}", per_edition)
    fetched_at = "2026-12-01T00:00:00+00:00"
    items: list[bytes] = []
    articles = listings = 0
    for host, routes in zip(hosts, (en, zh), strict=True):
        article_urls = []
        for path, page in routes.items():
            url = f"https://{host}{path}"
            if profile.is_article_url(url) is not True:
                continue
            capture = PageCapture(url, url, 200, {"Content-Type": "text/html; charset=utf-8"}, page.body, fetched_at)
            record = extract_article(page.body, url, profile, charset="utf-8")
            items.append(pickle.dumps(ArticleItem(capture=capture, record=record), protocol=pickle.HIGHEST_PROTOCOL))
            article_urls.append(url)
            articles += 1
        # Listing pages are what the profile calls neither article nor home (the replica's /NewsList/).
        listing_pages = [p for p in routes if profile.is_article_url(f"https://{host}{p}") is False]
        per_page = max(1, len(article_urls) // len(listing_pages))
        for index, path in enumerate(listing_pages):
            shown = article_urls[index * per_page : (index + 1) * per_page]
            listing = ListingItem(f"https://{host}{path}", "News", f"https://{host}/news", shown, fetched_at)
            items.append(pickle.dumps(listing, protocol=pickle.HIGHEST_PROTOCOL))
            listings += 1
    # Workers send articles and listing pages as they come: interleave them the same way.
    items.sort(key=lambda data: hash(data) % 1000)
    return items, articles, listings


def another_portal(items: list[bytes], round_number: int) -> list[bytes]:
    """The same items as if from another portal of the same size: other URLs, bodies with their words
    shuffled (the same length and vocabulary, but no near-duplicate of round 0's), so the archive grows
    as it would with more portals, not with copies."""
    import random

    from archiver.items import ArticleItem, ListingItem

    def moved(url: str) -> str:
        return url.replace(".html", f"-{round_number}.html")

    shuffler = random.Random(round_number)
    result = []
    for data in items:
        item = pickle.loads(data)
        if isinstance(item, ArticleItem):
            item.capture.url = item.capture.final_url = moved(item.capture.url)
            words = (item.record.get("body") or "").split(" ")
            shuffler.shuffle(words)
            item.record = {**item.record, "url": item.capture.url, "body": " ".join(words)}
            if item.record.get("article_id"):
                item.record["article_id"] = f"{item.record['article_id']}{round_number}"
        elif isinstance(item, ListingItem):
            item.url = moved(item.url)
            item.category_url = moved(item.category_url)
            item.article_urls = [moved(url) for url in item.article_urls]
        result.append(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _write_round(archive: Any, items: list[bytes], batch_size: int) -> tuple[float, float, float]:
    """One run writing ``items``: CPU seconds unpickling, in write_batch, and signing near-duplicates."""
    run_id = archive.start_run("kmabxh", "kmabxh", {}, "full")
    unpickle = write = 0.0
    for start in range(0, len(items), batch_size):
        began = time.process_time()
        batch = [pickle.loads(data) for data in items[start : start + batch_size]]
        unpickled = time.process_time()
        archive.write_batch(batch, run_id)
        unpickle += unpickled - began
        write += time.process_time() - unpickled
    began = time.process_time()
    archive.update_clusters(run_id, 0.5)
    signing = time.process_time() - began
    archive.finish_run(run_id, "finished", {}, {}, None)
    return unpickle, write, signing


def writer_ceiling(items: list[bytes], articles: int, workdir: Path, batch_size: int, rounds: int) -> dict[str, Any]:
    """The writer's articles/s on the items, then on ``rounds - 1`` more portals' worth (a growing archive)."""
    from archiver.store import Archive

    path = workdir / "writer.db"
    archive = Archive(path)
    by_round = []
    try:
        for round_number in range(rounds):
            batch = items if round_number == 0 else another_portal(items, round_number)
            unpickle, write, signing = _write_round(archive, batch, batch_size)
            total = unpickle + write + signing
            by_round.append(
                {
                    "archive_articles": articles * (round_number + 1),
                    "unpickle_s": round(unpickle, 2),
                    "write_batch_s": round(write, 2),
                    "near_duplicates_s": round(signing, 2),
                    "articles_per_s": round(articles / total, 1),
                    "archive_mb": round(path.stat().st_size / 2**20, 1),
                }
            )
            print(f"  writer round {round_number + 1}/{rounds}: {by_round[-1]}", file=sys.stderr)
    finally:
        archive.close()
    first = by_round[0]
    return {
        "articles": articles,
        "items": len(items),
        "batch_size": batch_size,
        **{name: first[name] for name in ("unpickle_s", "write_batch_s", "near_duplicates_s", "articles_per_s")},
        "cpu_ms_per_article": round(1000 / first["articles_per_s"], 3),
        "archive_bytes_per_article": round(path.stat().st_size / (articles * rounds)),
        "rounds": by_round,
    }


# --- 2 and 3. a worker and Redis, on a real crawl ---------------------------------------------------


@contextmanager
def redis_server(workdir: Path) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (apt-get install -y redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


def _started(command: list[str], out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as stdout, out.with_suffix(".err").open("wb") as stderr:
        return subprocess.Popen(command, stdout=stdout, stderr=stderr)


def _waited(process: subprocess.Popen[bytes]) -> tuple[int, float]:
    """Exit code and CPU seconds (user + system, with the children it waited for) of ``process``."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_utime + usage.ru_stime


def _published(url: str, coordinator: subprocess.Popen[bytes]) -> None:
    import redis

    from archiver.distributed.exchange import CONFIG

    client = redis.Redis.from_url(url)
    while not client.exists(CONFIG):
        if coordinator.poll() is not None:
            raise SystemExit(f"the coordinator exited ({coordinator.returncode}) before publishing its crawl")
        time.sleep(0.05)


def _redis_counts(url: str) -> tuple[dict[str, int], float]:
    import redis

    client = redis.Redis.from_url(url)
    stats = client.info("commandstats")
    cpu = client.info("cpu")
    calls = {name.removeprefix("cmdstat_"): int(value["calls"]) for name, value in stats.items()}
    return calls, float(cpu["used_cpu_user"]) + float(cpu["used_cpu_sys"])


def distributed_crawl(portal: LocalPortal, workdir: Path, concurrency: int) -> dict[str, Any]:
    with redis_server(workdir) as url:
        calls_before, redis_cpu_before = _redis_counts(url)
        per_worker = ["-s", f"CONCURRENT_REQUESTS={concurrency}", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}"]
        coordinator = _started(
            [
                sys.executable,
                "-m",
                "archiver",
                "crawl",
                "kmabxh",
                *portal.mirrors,
                "--db",
                str(workdir / "distributed.db"),
                "--redis",
                url,
                "--workers",
                "0",
                "--format",
                "json",
                *SAME,
                *per_worker,
            ],
            workdir / "coordinator.out",
        )
        _published(url, coordinator)  # a worker started before it finds no crawl and exits 3
        started = time.perf_counter()
        worker = _started(
            [sys.executable, "-m", "archiver", "worker", "--redis", url, *per_worker], workdir / "worker.out"
        )
        worker_code, worker_cpu = _waited(worker)
        worker_seconds = time.perf_counter() - started
        coordinator_code, coordinator_cpu = _waited(coordinator)
        calls_after, redis_cpu_after = _redis_counts(url)
    if coordinator_code not in (0, 1) or worker_code != 0:
        err = (workdir / "coordinator.err").read_text()[-2000:] + (workdir / "worker.err").read_text()[-2000:]
        raise SystemExit(f"distributed crawl failed (coordinator {coordinator_code}, worker {worker_code}):\n{err}")
    summary = json.loads((workdir / "coordinator.out").read_text())
    pages = summary["pages_fetched"]
    articles = summary["articles_new"] + summary["articles_changed"] + summary["articles_unchanged"]
    calls = {
        name: count - calls_before.get(name, 0)
        for name, count in calls_after.items()
        if count - calls_before.get(name, 0) and name not in ("info", "ping")  # ours, not the crawl's
    }
    total_calls = sum(calls.values())
    redis_cpu = redis_cpu_after - redis_cpu_before
    return {
        "pages": pages,
        "articles": articles,
        "articles_per_page": round(articles / pages, 3),
        "concurrency": concurrency,
        "worker_seconds": round(worker_seconds, 1),
        "worker_cpu_s": round(worker_cpu, 1),
        "worker_pages_per_s": round(pages / worker_seconds, 1),
        "worker_pages_per_cpu_s": round(pages / worker_cpu, 1),
        "coordinator_cpu_s": round(coordinator_cpu, 1),
        "coordinator_cpu_ms_per_article": round(1000 * coordinator_cpu / articles, 3),
        "redis_calls": total_calls,
        "redis_calls_per_page": round(total_calls / pages, 1),
        "redis_calls_by_command_per_page": {
            name: round(count / pages, 2) for name, count in sorted(calls.items(), key=lambda kv: -kv[1])
        },
        "redis_cpu_s": round(redis_cpu, 2),
        "redis_cpu_ms_per_page": round(1000 * redis_cpu / pages, 3),
    }


def capacity(writer: dict[str, Any], crawl: dict[str, Any]) -> dict[str, Any]:
    """The formula: how many worker cores each ceiling allows, and which comes first."""
    per_core = crawl["worker_pages_per_cpu_s"]  # pages/s one worker core fetches, parses, extracts
    articles_per_page = crawl["articles_per_page"]
    writer_pages_per_s = writer["articles_per_s"] / articles_per_page
    redis_pages_per_s = 1000 / crawl["redis_cpu_ms_per_page"]  # Redis executes commands on one core
    limits = {
        "writer (pre-made items)": writer_pages_per_s / per_core,
        "redis-server (one core)": redis_pages_per_s / per_core,
    }
    # Cross-check, not a limit of its own: the coordinator's CPU in the real crawl per article also
    # counts its start-up (imports, reading the frontier) and its polling while the worker fetches.
    coordinator_pages_per_s = 1000 / crawl["coordinator_cpu_ms_per_article"] / articles_per_page
    first = min(limits, key=lambda name: limits[name])
    return {
        "worker_cores_per_writer": round(limits["writer (pre-made items)"], 1),
        "worker_cores_by_limit": {name: round(value, 1) for name, value in limits.items()},
        "worker_cores_by_coordinator_cpu_in_the_crawl": round(coordinator_pages_per_s / per_core, 1),
        "first_bottleneck": first,
        "max_pages_per_s": round(min(limits.values()) * per_core, 1),
        "archive_gb_per_million_articles": round(writer["archive_bytes_per_article"] * 1e6 / 1e9, 1),
    }


def capacity_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 16 asks for these to be measured, not to reach a number: met when the run measured them."""
    writer, crawl, model = results["writer"], results["crawl"], results["capacity"]
    return [
        target(
            "writer ceiling (articles/s, pre-made items, no network)",
            f"{writer['articles_per_s']:,} articles/s",
            writer["articles_per_s"] > 0,
        ),
        target(
            "capacity: worker cores one writer feeds, and the first bottleneck",
            f"{model['worker_cores_per_writer']} cores ({crawl['worker_pages_per_cpu_s']} pages per CPU-second "
            f"per core, {crawl['redis_calls_per_page']} Redis commands per page); then {model['first_bottleneck']}",
            model["worker_cores_per_writer"] > 0,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-edition", type=int, default=5_000, help="Articles per edition (default 5,000).")
    parser.add_argument("--concurrency", type=int, default=16, help="Requests in flight for the worker.")
    parser.add_argument("--batch-size", type=int, default=100, help="Items per write (ARCHIVER_BATCH_SIZE).")
    parser.add_argument(
        "--rounds", type=int, default=3, help="Write the items this many times, as as many portals (a growing archive)."
    )
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--targets", type=Path, help="Add the issue-16 targets this run measured to this JSON list.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="archiver-capacity-") as name:
        work = Path(name)
        work.chmod(0o755)  # nginx's workers run as nobody
        print("making the writer's items (extracting every article page) …", file=sys.stderr)
        items, articles, listings = premade_items(args.per_edition)
        print(f"writing {articles:,} articles and {listings:,} listing pages …", file=sys.stderr)
        writer = writer_ceiling(items, articles, work, args.batch_size, args.rounds)
        del items
        portal = generate(work / "portal", args.per_edition)
        with serve(portal, args.server) as server:
            print(f"crawling {portal.pages:,} pages served by {server} through Redis …", file=sys.stderr)
            crawl = distributed_crawl(portal, work, args.concurrency)
    results: dict[str, Any] = {
        "machine": machine(),
        "server": server,
        "writer": writer,
        "crawl": crawl,
        "capacity": capacity(writer, crawl),
    }
    if args.targets:
        append_targets(args.targets, capacity_targets(results))
    if args.format == "json":
        print(json.dumps(results, indent=2))
        return
    w, c, k = writer, crawl, results["capacity"]
    print(f"\nCapacity of a distributed crawl, measured on: {results['machine']}\n")
    print("| measure | value |\n| --- | ---: |")
    print(
        f"| writer ceiling, pre-made items ({w['articles']:,} articles, batches of {w['batch_size']}) | "
        f"{w['articles_per_s']:,} articles/s ({w['cpu_ms_per_article']} ms each) |"
    )
    print(
        f"| … of which unpickle / write_batch / near-duplicate signing | {w['unpickle_s']} / {w['write_batch_s']} / "
        f"{w['near_duplicates_s']} s |"
    )
    growth = " → ".join(f"{r['articles_per_s']:,} ({r['archive_articles']:,})" for r in w["rounds"])
    print(f"| … as the archive grows: articles/s (articles in the archive after) | {growth} |")
    print(
        f"| one worker, {c['pages']:,} pages at concurrency {c['concurrency']} | {c['worker_pages_per_s']} pages/s, "
        f"{c['worker_pages_per_cpu_s']} pages per CPU-second |"
    )
    print(f"| articles per page fetched | {c['articles_per_page']} |")
    print(f"| coordinator CPU in that crawl | {c['coordinator_cpu_ms_per_article']} ms per article |")
    print(f"| Redis commands per page | {c['redis_calls_per_page']} |")
    print(f"| Redis CPU per page | {c['redis_cpu_ms_per_page']} ms |")
    print(
        f"| archive size | {w['archive_bytes_per_article']:,} bytes per article "
        f"({k['archive_gb_per_million_articles']} GB per million) |"
    )
    top = ", ".join(f"{name} {value}" for name, value in list(c["redis_calls_by_command_per_page"].items())[:6])
    print(f"\nRedis commands per page, most frequent: {top}")
    print("\nWorker cores each ceiling allows (ceiling in pages/s / worker pages per CPU-second):")
    for name, value in k["worker_cores_by_limit"].items():
        print(f"  {name:28} {value}")
    print(
        "  (the coordinator's own CPU in the crawl, start-up included: "
        f"{k['worker_cores_by_coordinator_cpu_in_the_crawl']})"
    )
    print(
        f"\nSummary: one writer feeds {k['worker_cores_per_writer']} worker cores "
        f"(= {w['articles_per_s']} articles/s / ({c['worker_pages_per_cpu_s']} pages/s per core × "
        f"{c['articles_per_page']} articles per page)); first bottleneck: {k['first_bottleneck']}, at about "
        f"{k['max_pages_per_s']} pages/s."
    )


if __name__ == "__main__":
    main()
