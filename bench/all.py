"""Every benchmark in turn, each printing its table; then every throughput target (issue 16), met or not.

    pip install -e '.[bench]' && python bench/all.py            # the sizes the targets are set for
    python bench/all.py --quick                                  # a tenth of them, a few minutes

Sizes: crawl 20,000 articles (both editions; 3 rounds of bare Scrapy beside `archiver crawl`
in profile and generic mode), search and clustering 100,000 articles, extraction 400 pages.
The full run takes about 40 minutes on an idle 2-core machine. realsites crawls every real site under
$ARCHIVER_REALSITES (default /work/realsites; docs/realsites.md) and skips with one line when
there is none. bench/capacity.py (the writer's ceiling, a worker's pages/s per core, Redis
operations per page) runs when it is there.

Scripts that check targets are given ``--targets FILE`` (bench/targets.py says what they
write there); the closing table lists them all, and the targets no script measured in this
run as "not measured".
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.targets import read_targets

HERE = Path(__file__).resolve().parent

# Issue 16's targets, by the script that measures them: each reported target's name starts with
# one of these, and the closing table names every one, measured or not (bench/capacity.py's
# names start with "writer ceiling" and "capacity").
EXPECTED = {
    "startup": ["`archiver crawl` sends its first request"],
    "crawl": [
        "crawl throughput >= 0.8x bare Scrapy, profile mode",
        "crawl throughput >= 0.8x bare Scrapy, generic mode",
        "peak RSS <= 250 MB",
        "unchanged re-crawl <= 15%",
    ],
    "capacity": ["writer ceiling", "capacity"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="A tenth of the sizes: checks the scripts, not targets.")
    parser.add_argument(
        "--only",
        choices=("startup", "extraction", "crawl", "search", "clustering", "realsites", "capacity"),
        action="append",
    )
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    runs = {
        "startup": ["startup.py", "--repeat", str(7 // scale or 3)],
        "extraction": ["extraction.py", "--pages", str(400 // scale)],
        "crawl": ["crawl.py", "--per-edition", str(10_000 // scale), "--repeat", "1" if args.quick else "3"],
        "search": ["search.py", "--articles", str(100_000 // scale), "--db", "data/bench-search.db"],
        "clustering": ["clustering.py", "--articles", str(100_000 // scale), "--db", "data/bench-clustering.db"],
        "realsites": ["realsites.py"],  # the same real sites at any scale: they are what they are
        "capacity": ["capacity.py", "--per-edition", str(5_000 // scale)],  # writer ceiling, worker/core, Redis/page
    }
    with_targets = {"startup", "crawl", "capacity"}
    failed = []
    with tempfile.TemporaryDirectory(prefix="archiver-targets-") as work:
        targets_file = Path(work) / "targets.json"
        ran = set()
        for name, (script, *script_args) in runs.items():
            if args.only and name not in args.only:
                continue
            if not (HERE / script).exists():
                print(f"\n=== {name}: bench/{script} is not there, skipped ===", flush=True)
                continue
            extra = ["--targets", str(targets_file)] if name in with_targets else []
            print(f"\n=== {name} ({script} {' '.join(script_args)}) ===", flush=True)
            started = time.perf_counter()
            result = subprocess.run([sys.executable, str(HERE / script), *script_args, *extra])
            print(f"({name}: {time.perf_counter() - started:.0f}s)", flush=True)
            if result.returncode:
                failed.append(name)
            else:
                ran.add(name)
        print_targets(read_targets(targets_file), ran, args.quick)
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


def print_targets(measured: list[dict[str, object]], ran: set[str], quick: bool) -> None:
    print("\n=== throughput targets (issue 16) ===\n")
    if quick:
        print("(--quick: a tenth of the sizes; the verdicts below are for those sizes, not the targets')\n")
    print("| target | measured | |\n| --- | --- | --- |")
    for found in measured:
        print(f"| {found['target']} | {found['measured']} | {'met' if found['met'] else 'not met'} |")
    for script, names in EXPECTED.items():
        for name in names:
            if not any(str(found["target"]).startswith(name) for found in measured):
                why = "its script did not run" if script not in ran else "its script did not report it"
                print(f"| {name} | not measured: {why} (bench/{script}.py) | not met |")


if __name__ == "__main__":
    main()
