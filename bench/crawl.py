"""Crawl throughput, memory, incremental re-crawl and storage on a large local portal.

    pip install -e '.[bench]' && python bench/crawl.py [--per-edition 10000] [--concurrency 16]

In one invocation, on the same generated portal (bench/portal.py: the kmabxh replica,
both editions, served by nginx or a Python fallback) and at the same concurrency, each
round (--repeat of them) runs side by side:

1. profile mode: a bare Scrapy spider that only follows the links (bench/bare_spider.py)
   over both editions, then `archiver crawl kmabxh` into a fresh archive: the pages/s ratio;
2. generic mode: the bare spider over the English edition, then `archiver crawl URL` of
   that edition's home (no profile: the site model learns it) into a fresh archive.

Each ratio is taken within its round (the bare spider right before the crawl it is compared
with), and the summary gives the median over rounds: on a machine shared with other work,
a ratio of two runs minutes apart means little. After the first round:

3. `archiver crawl` again on the unchanged portal: time and bytes vs the first crawl;
4. the archive: size per 1,000 articles, captures stored vs raw HTML;
5. where redis-server is installed, the first crawl again split over 2 local workers and
   the writer (`--redis … --workers 2`, same total concurrency), on a fresh archive.

Each crawl is a subprocess; peak RSS (with its children: the writer process) is sampled
every 50 ms with psutil; CPU seconds are those of the crawl and its children.

``--modes generic`` runs only the generic-mode rounds (then 3-5 are skipped: they re-crawl
and measure the profile-mode archive). ``--baseline TREE`` compares with another source tree
(``git archive COMMIT | tar -x -C TREE``): each round also runs every archiver crawl with
``PYTHONPATH=TREE`` from inside TREE, this tree and TREE alternating which goes first, both
against the same bare run; the summary gives both medians. ``--compiled`` byte-compiles both trees'
own packages first, as installing a wheel does (see docs/performance.md, "Generic mode in session 17").
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.portal import free_port, generate, serve, wait_for
from bench.targets import append_targets, target

HERE = Path(__file__).resolve().parent


def measured(command: list[str]) -> tuple[subprocess.CompletedProcess[str], float, int]:
    """Run ``command``; returns its result, wall seconds and peak RSS (bytes, with its children)."""
    result, elapsed, peak, _, _ = measured_cpu(command)
    return result, elapsed, peak


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measured_cpu(
    command: list[str], tree: Path | None = None
) -> tuple[subprocess.CompletedProcess[str], float, int, float, float]:
    """``measured``, and CPU seconds: of ``command`` with the processes it waited for, and of those
    processes alone (the writer process; sampled, so to within 50 ms). With ``tree``, the command
    runs from that source tree: inside it (``python -m`` puts the working directory first on the
    path) and with it on PYTHONPATH, which the writer process inherits."""
    # psutil is the bench extra's: imported here, so that the test suite (the test extra) can import this
    # module's helpers (compile_tree) without it.
    import psutil

    env = None if tree is None else {**os.environ, "PYTHONPATH": str(tree)}
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tree)
    peak = 0
    children_cpu: dict[int, float] = {}
    while process.poll() is None:
        try:
            children = process.children(recursive=True)
            rss = process.memory_info().rss + sum(c.memory_info().rss for c in children)
            peak = max(peak, rss)
            for child in children:
                times = child.cpu_times()
                children_cpu[child.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = process.communicate()
    elapsed = time.perf_counter() - started
    result = subprocess.CompletedProcess(command, process.returncode, out, err)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} ... failed ({result.returncode}):\n{err[-2000:]}")
    return result, elapsed, peak, _children_cpu() - cpu_before, sum(children_cpu.values())


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


THROUGHPUT_TARGET = 0.8
RSS_TARGET_MB = 250
RECRAWL_TARGET = 0.15
STORED_TARGET = 0.20


def compile_tree(tree: Path) -> None:
    """Write the bytecode of ``tree``'s own packages (``--compiled``), which Python reads even where
    PYTHONDONTWRITEBYTECODE keeps it from writing any."""
    folders = [str(tree / name) for name in ("archiver", "spiders", "pipelines") if (tree / name).is_dir()]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], check=True, stdout=subprocess.DEVNULL)


def same_settings(concurrency: int) -> list[str]:
    return [
        "-s",
        f"CONCURRENT_REQUESTS={concurrency}",
        "-s",
        f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
    ]


def bare_run(start_urls: list[str], same: list[str]) -> dict[str, Any]:
    result, seconds, peak, cpu, _ = measured_cpu([sys.executable, str(HERE / "bare_spider.py"), *start_urls, *same])
    pages = json.loads(result.stdout.strip().splitlines()[-1])["pages"]
    return {
        "pages": pages,
        "seconds": round(seconds, 1),
        "pages_per_s": round(pages / seconds, 1),
        "peak_rss_mb": round(peak / 2**20),
        "cpu_ms_per_page": round(1000 * cpu / max(pages, 1), 2),
    }


def archiver_run(command: list[str], tree: Path | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """One `archiver crawl` (from ``tree``, if given): its measurements, and the crawl's own JSON summary."""
    result, seconds, peak, cpu, writer_cpu = measured_cpu(command, tree)
    data = json.loads(result.stdout)
    pages = data["pages_fetched"]
    writer = round(1000 * writer_cpu / max(pages, 1), 2)
    return {
        "pages": pages,
        "seconds": round(seconds, 1),
        "pages_per_s": round(pages / seconds, 1),
        "peak_rss_mb": round(peak / 2**20),
        "cpu_ms_per_page": round(1000 * cpu / max(pages, 1), 2),
        "writer_cpu_ms_per_page": writer,
        "crawl_process_cpu_ms_per_page": round(1000 * (cpu - writer_cpu) / max(pages, 1), 2),
    }, data


def throughput_targets(ratio: dict[str, float], rounds: int) -> list[dict[str, Any]]:
    """The throughput target of each mode that ran (``--modes profile`` runs no generic round, and the reverse)."""
    return [
        target(
            f"crawl throughput >= {THROUGHPUT_TARGET}x bare Scrapy, {mode} mode",
            f"{ratio[mode]}x (median of {rounds})",
            ratio[mode] >= THROUGHPUT_TARGET,
        )
        for mode in ("profile", "generic")
        if mode in ratio
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-edition", type=int, default=10_000, help="Articles per edition (default 10,000).")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3, help="Rounds of both modes; ratios are their median.")
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--no-redis", action="store_true", help="Skip the distributed crawl (2 workers on Redis).")
    parser.add_argument(
        "--modes",
        default="profile,generic",
        help="Which rounds to run, comma-separated (default profile,generic). Without profile mode there is "
        "no re-crawl, storage or distributed measurement.",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="TREE",
        help="Another source tree (e.g. `git archive COMMIT | tar -x -C TREE`): each archiver crawl also runs "
        "from it, alternating which tree goes first, against the same bare run.",
    )
    parser.add_argument(
        "--before",
        action="store_true",
        help="In each round, also the crawl with ARCHIVER_WRITER_PROCESS=False (all in one process), for comparison.",
    )
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="Only the profile-mode crawl and its unchanged re-crawl: peak RSS and re-crawl time at this size "
        "(no baseline, no ratios: a large portal's ratios come from rounds of their own).",
    )
    parser.add_argument(
        "--compiled",
        action="store_true",
        help="Byte-compile archiver's own modules (archiver/, spiders/, pipelines/) of this tree and of --baseline "
        "first, as installing a wheel does. Run from a checkout with PYTHONDONTWRITEBYTECODE=1, each crawl process "
        "and its writer otherwise compile them at every start; the bare spider's Scrapy comes compiled.",
    )
    parser.add_argument("--targets", type=Path, help="Also write the targets, met or not, to this JSON file.")
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="A setting for the archiver crawls only (-s NAME=VALUE), e.g. ARCHIVER_WRITER_PROCESS=False.",
    )
    args = parser.parse_args()
    modes = [mode for mode in ("profile", "generic") if mode in args.modes.split(",")]
    if not modes or set(args.modes.split(",")) - set(modes):
        parser.error(f"--modes takes profile, generic or both, not {args.modes!r}")
    if args.baseline is not None and not (args.baseline / "archiver" / "__init__.py").exists():
        parser.error(f"--baseline {args.baseline}: no archiver package there")
    baseline = args.baseline.resolve() if args.baseline else None
    if args.compiled:
        for tree in (HERE.parent, baseline):
            if tree is not None:
                compile_tree(tree)
    same = same_settings(args.concurrency)
    extra = [arg for pair in args.extra for arg in ("-s", pair)]
    rounds: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="archiver-bench-") as workdir:
        work = Path(workdir)
        work.chmod(0o755)  # nginx's workers run as nobody
        portal = generate(work / "portal", args.per_edition)
        print(
            f"portal: {portal.articles:,} articles, {portal.pages:,} pages, {portal.html_bytes / 1e6:.0f} MB of HTML",
            file=sys.stderr,
        )
        archiver_settings = [
            *same,
            *extra,
            "-s",
            "ARCHIVER_PROGRESS_INTERVAL=0",
            # the bare spider follows every page of the "All" listing too (1,667 at 20,000 articles)
            "-s",
            "ARCHIVER_MAX_LISTING_PAGES=100000",
        ]

        def crawl(archive: Path) -> list[str]:
            """Profile mode: the kmabxh profile aimed at the two local editions."""
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
                *archiver_settings,
            ]

        def generic_crawl(archive: Path) -> list[str]:
            """Generic mode: the English edition's home URL, a portal archiver has no profile of."""
            return [
                sys.executable,
                "-m",
                "archiver",
                "crawl",
                portal.urls[0] + "/",
                "--db",
                str(archive),
                "--format",
                "json",
                *archiver_settings,
            ]

        with serve(portal, args.server) as server:
            print(f"served by {server}", file=sys.stderr)
            db = work / "bench.db"
            if args.memory_only:
                memory_only(portal.articles, crawl(db), args)
                return
            for number in range(args.repeat):
                this: dict[str, Any] = {}
                for mode, start_urls, command, archive in (
                    ("profile", [url + "/" for url in portal.urls], crawl, db if number == 0 else work / "p.db"),
                    ("generic", [portal.urls[0] + "/"], generic_crawl, work / "g.db"),
                ):
                    if mode not in modes:
                        continue
                    for leftover in archive.parent.glob(archive.name + "*"):  # the last round's archive
                        leftover.unlink()
                    bare = bare_run(start_urls, same)
                    if baseline is not None and number % 2 == 1:  # the baseline first in every other round
                        this[mode] = {"baseline": baseline_run(command, archive, baseline, bare)}
                    ours, data = archiver_run(command(archive))
                    this[mode] = {
                        **this.get(mode, {}),
                        "bare": bare,
                        "archiver": ours,
                        "ratio": round(ours["pages_per_s"] / bare["pages_per_s"], 2),
                    }
                    if baseline is not None and number % 2 == 0:
                        this[mode]["baseline"] = baseline_run(command, archive, baseline, bare)
                    if number == 0 and mode == "profile":
                        this[mode]["run_id"] = data["run_id"]
                    print(
                        f"round {number + 1}, {mode}: bare {bare['pages']:,} pages in {bare['seconds']}s, "
                        f"archiver {ours['pages']:,} in {ours['seconds']}s: {this[mode]['ratio']}x",
                        file=sys.stderr,
                    )
                    if args.before:  # the same crawl with everything in its one process, against the same bare run
                        before = archive.with_name("before-" + archive.name)
                        for leftover in before.parent.glob(before.name + "*"):
                            leftover.unlink()
                        one, _ = archiver_run([*command(before), "-s", "ARCHIVER_WRITER_PROCESS=False"])
                        this[mode]["in_process"] = one
                        this[mode]["in_process_ratio"] = round(one["pages_per_s"] / bare["pages_per_s"], 2)
                        print(
                            f"round {number + 1}, {mode}, in one process: {one['pages']:,} in {one['seconds']}s: "
                            f"{this[mode]['in_process_ratio']}x",
                            file=sys.stderr,
                        )
                rounds.append(this)
            if "profile" not in modes:
                generic_only(rounds, args, portal.articles, portal.pages, server)
                return
            first = rounds[0]["profile"]
            again, again_data = archiver_run(crawl(db))
            distributed = None if args.no_redis else _distributed(crawl, work, args.concurrency)
        first_bytes = run_stats(db, first["run_id"]).get("downloader/response_bytes", 0)
        again_bytes = run_stats(db, again_data["run_id"]).get("downloader/response_bytes", 0)
        sizes = storage(db)

    ratio = {mode: statistics.median(r[mode]["ratio"] for r in rounds) for mode in modes}
    in_process_ratio = (
        {mode: statistics.median(r[mode]["in_process_ratio"] for r in rounds) for mode in modes}
        if args.before
        else None
    )
    rss = {mode: max(r[mode]["archiver"]["peak_rss_mb"] for r in rounds) for mode in modes}
    recrawl = again["seconds"] / first["archiver"]["seconds"]
    per_k = 1000 / max(sizes["articles"], 1)
    stored_share = sizes["stored"] / max(sizes["raw"], 1)
    bare_rate = first["bare"]["pages_per_s"]
    results = {
        "server": server,
        "articles": portal.articles,
        "pages": portal.pages,
        "concurrency": args.concurrency,
        "extra_settings": args.extra,
        "rounds": rounds,
        "throughput_ratio": ratio,
        "in_process_ratio": in_process_ratio,
        "peak_rss_mb": rss,
        "recrawl": {**again, "not_modified": again_data["not_modified"], "time_ratio": round(recrawl, 3)},
        "first_bytes": first_bytes,
        "recrawl_bytes": again_bytes,
        "archive_mb_per_1000": round(sizes["file"] * per_k / 2**20, 2),
        "raw_html_mb_per_1000": round(sizes["raw"] * per_k / 2**20, 2),
        "captures_stored_mb_per_1000": round(sizes["stored"] * per_k / 2**20, 2),
        "captures_stored_share": round(stored_share, 3),
        "archive_share_of_raw": round(sizes["file"] / max(sizes["raw"], 1), 3),
        "distributed": distributed,
        "distributed_ratio": round(distributed["pages_per_s"] / bare_rate, 2) if distributed else None,
    }
    results["targets"] = [
        *throughput_targets(ratio, len(rounds)),
        target(
            f"peak RSS <= {RSS_TARGET_MB} MB at {portal.articles:,} articles",
            # every mode's crawl counts: generic mode's site model grows with the portal (one edition of
            # it outweighed both editions in profile mode in session 19)
            ", ".join(f"{mode} {rss[mode]} MB" for mode in modes) + " (crawl and writer process, the largest round)",
            max(rss.values()) <= RSS_TARGET_MB,
        ),
        target(
            f"unchanged re-crawl <= {RECRAWL_TARGET:.0%} of the first crawl's time",
            f"{recrawl:.1%}",
            recrawl <= RECRAWL_TARGET,
        ),
        target(
            f"captures stored <= {STORED_TARGET:.0%} of the raw HTML",
            f"{stored_share:.1%}",
            stored_share <= STORED_TARGET,
        ),
    ]
    if args.targets:
        append_targets(args.targets, results["targets"])
    if args.format == "json":
        print(json.dumps(results, indent=2))
        return
    print_text(results)


def baseline_run(
    command: Callable[[Path], list[str]], archive: Path, tree: Path, bare: dict[str, Any]
) -> dict[str, Any]:
    """The same crawl from the ``--baseline`` tree, into an archive of its own, against the same bare run."""
    theirs = archive.with_name("baseline-" + archive.name)
    for leftover in theirs.parent.glob(theirs.name + "*"):
        leftover.unlink()
    measured_run, _ = archiver_run(command(theirs), tree)
    return {**measured_run, "ratio": round(measured_run["pages_per_s"] / bare["pages_per_s"], 2)}


def generic_only(
    rounds: list[dict[str, Any]], args: argparse.Namespace, articles: int, pages: int, server: str
) -> None:
    """``--modes generic``: the rounds and the generic target, with the baseline beside them when given."""
    ratio = statistics.median(r["generic"]["ratio"] for r in rounds)
    with_baseline = all("baseline" in r["generic"] for r in rounds)
    baseline_ratio = statistics.median(r["generic"]["baseline"]["ratio"] for r in rounds) if with_baseline else None
    targets = [
        target(
            f"crawl throughput >= {THROUGHPUT_TARGET}x bare Scrapy, generic mode",
            f"{ratio}x (median of {len(rounds)})",
            ratio >= THROUGHPUT_TARGET,
        )
    ]
    if args.targets:
        append_targets(args.targets, targets)
    if args.format == "json":
        results = {
            "server": server,
            "articles": articles,
            "pages": pages,
            "concurrency": args.concurrency,
            "rounds": rounds,
            "throughput_ratio": {"generic": ratio},
            "baseline": str(args.baseline) if args.baseline else None,
            "baseline_ratio": {"generic": baseline_ratio} if with_baseline else None,
            "targets": targets,
        }
        print(json.dumps(results, indent=2))
        return
    print(f"\nCrawl benchmark, generic mode: {articles:,} articles ({pages:,} pages) served by {server}\n")
    print("| round | run | pages | seconds | pages/s | CPU ms/page (crawl process, writer) | peak RSS MB | ratio |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for number, this in enumerate(rounds, 1):
        runs = [("bare Scrapy spider", this["generic"]["bare"], "")]
        runs.append(("archiver crawl, this tree", this["generic"]["archiver"], this["generic"]["ratio"]))
        if "baseline" in this["generic"]:
            runs.append(("archiver crawl, baseline", this["generic"]["baseline"], this["generic"]["baseline"]["ratio"]))
        for run, m, shown in runs:
            split = (
                f" ({m['crawl_process_cpu_ms_per_page']}, {m['writer_cpu_ms_per_page']})"
                if "writer_cpu_ms_per_page" in m
                else ""
            )
            print(
                f"| {number} | {run} | {m['pages']:,} | {m['seconds']} | {m['pages_per_s']} | "
                f"{m['cpu_ms_per_page']}{split} | {m['peak_rss_mb']} | {shown} |"
            )
    print(f"\nMedian ratio: this tree {ratio:.3g}x" + (f", baseline {baseline_ratio:.3g}x" if with_baseline else ""))


def memory_only(articles: int, command: list[str], args: argparse.Namespace) -> None:
    first, _ = archiver_run(command)
    again, again_data = archiver_run(command)
    recrawl = again["seconds"] / first["seconds"]
    targets = [
        target(
            f"peak RSS <= {RSS_TARGET_MB} MB at {articles:,} articles",
            f"{first['peak_rss_mb']} MB (crawl and writer process)",
            first["peak_rss_mb"] <= RSS_TARGET_MB,
        ),
        target(
            f"unchanged re-crawl <= {RECRAWL_TARGET:.0%} of the first crawl's time",
            f"{recrawl:.1%} ({again['seconds']} s vs {first['seconds']} s; "
            f"{again_data['not_modified']:,} answered 304)",
            recrawl <= RECRAWL_TARGET,
        ),
    ]
    if args.targets:
        append_targets(args.targets, targets)
    if args.format == "json":
        print(json.dumps({"articles": articles, "first": first, "again": again, "targets": targets}, indent=2))
        return
    print(f"\n| {articles:,} articles | pages | seconds | pages/s | CPU ms/page (of it, writer) | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, m in (("archiver crawl, first", first), ("archiver crawl, again (unchanged portal)", again)):
        print(
            f"| {name} | {m['pages']:,} | {m['seconds']} | {m['pages_per_s']} | "
            f"{m['cpu_ms_per_page']} ({m['writer_cpu_ms_per_page']}) | {m['peak_rss_mb']} |"
        )
    print("\n| target | measured | |\n| --- | --- | --- |")
    for t in targets:
        print(f"| {t['target']} | {t['measured']} | {'met' if t['met'] else 'not met'} |")


def print_text(r: dict[str, Any]) -> None:
    print(
        f"\nCrawl benchmark: {r['articles']:,} articles ({r['pages']:,} pages) served by {r['server']}, "
        f"concurrency {r['concurrency']}"
        + (f", archiver with {' '.join(r['extra_settings'])}" if r["extra_settings"] else "")
        + "\n"
    )
    print("| round | mode | run | pages | seconds | pages/s | CPU ms/page (of it, writer) | peak RSS MB | ratio |")
    print("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for number, this in enumerate(r["rounds"], 1):
        for mode, label in (("profile", "both editions"), ("generic", "English edition")):
            runs = [("bare Scrapy spider", this[mode]["bare"], ""), ("archiver crawl", this[mode]["archiver"], "ratio")]
            if "in_process" in this[mode]:
                runs.append(("archiver crawl, all in one process", this[mode]["in_process"], "in_process_ratio"))
            for run, m, ratio_key in runs:
                shown = this[mode][ratio_key] if ratio_key else ""
                print(
                    f"| {number} | {mode} ({label}) | {run} | {m['pages']:,} | {m['seconds']} | {m['pages_per_s']} | "
                    f"{m['cpu_ms_per_page']}{f' ({w})' if (w := m.get('writer_cpu_ms_per_page')) else ''} | "
                    f"{m['peak_rss_mb']} | {shown} |"
                )
    a = r["recrawl"]
    print(f"| 1 | profile | archiver crawl again (unchanged portal) | {a['pages']:,} | {a['seconds']} | | | | |")
    if r["distributed"]:
        d = r["distributed"]
        print(
            f"| 1 | profile | archiver crawl --redis, 2 local workers + writer | {d['pages']:,} | {d['seconds']} | "
            f"{d['pages_per_s']} | | {d['peak_rss_mb']} (3 processes) | {r['distributed_ratio']} |"
        )
    print(
        f"\nRe-crawl: {a['not_modified']:,} answered 304; downloaded {r['recrawl_bytes'] / 1e6:.1f} MB vs "
        f"{r['first_bytes'] / 1e6:.1f} MB the first time."
    )
    print("\n| storage per 1,000 articles | MB |\n| --- | ---: |")
    print(f"| raw HTML of the article pages | {r['raw_html_mb_per_1000']} |")
    print(f"| captures as stored (compressed) | {r['captures_stored_mb_per_1000']} |")
    print(f"| whole archive file (records, versions, full-text index, captures) | {r['archive_mb_per_1000']} |")
    if r["in_process_ratio"]:
        print(
            f"\nAll in one process (ARCHIVER_WRITER_PROCESS=False), median: "
            f"profile {r['in_process_ratio']['profile']}x, "
            f"generic {r['in_process_ratio']['generic']}x; with the writer process: profile "
            f"{r['throughput_ratio']['profile']}x, generic {r['throughput_ratio']['generic']}x."
        )
    print("\n| target | measured | |\n| --- | --- | --- |")
    for t in r["targets"]:
        print(f"| {t['target']} | {t['measured']} | {'met' if t['met'] else 'not met'} |")


if __name__ == "__main__":
    main()
