"""Every benchmark in turn, each printing its table and one-line summary.

    pip install -e '.[bench]' && python bench/all.py            # the sizes the targets are set for
    python bench/all.py --quick                                  # a tenth of them, a few minutes

Sizes: crawl 20,000 articles (both editions), search and clustering 100,000 articles,
extraction 400 pages. The full run takes about 25 minutes on 2 cores. realsites crawls every real
site under $ARCHIVER_REALSITES (default /work/realsites; docs/realsites.md) and skips with one
line when there is none.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


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
        "crawl": ["crawl.py", "--per-edition", str(10_000 // scale)],
        "search": ["search.py", "--articles", str(100_000 // scale), "--db", "data/bench-search.db"],
        "clustering": ["clustering.py", "--articles", str(100_000 // scale), "--db", "data/bench-clustering.db"],
        "realsites": ["realsites.py"],  # the same real sites at any scale: they are what they are
        "capacity": ["capacity.py", "--per-edition", str(5_000 // scale)],  # writer ceiling, worker/core, Redis/page
    }
    failed = []
    for name, (script, *script_args) in runs.items():
        if args.only and name not in args.only:
            continue
        print(f"\n=== {name} ({script} {' '.join(script_args)}) ===", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / script), *script_args])
        print(f"({name}: {time.perf_counter() - started:.0f}s)", flush=True)
        if result.returncode:
            failed.append(name)
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
