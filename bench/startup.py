"""How long the command takes to start: the light commands, and a crawl's first request.

    python bench/startup.py [--repeat 7]

Measured against `python -c pass` (the interpreter alone, with this environment's site
packages) on this machine, each the median of --repeat runs:

1. `archiver --help`, `archiver --version`, `archiver stats` on a small archive (the demo
   replica, 6 articles per edition, crawled once into a temporary folder): wall seconds,
   the interpreter's share subtracted, and the ratio to `python -c pass`. Target: <= 0.3 s.
2. `archiver crawl kmabxh --mirror ...` on the demo replica: seconds from the command's
   start to the portal's first request (issue 16's target: <= 1 s).

Each command is a fresh subprocess, as a user's shell runs it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archiver.demo.replica import build_replica
from archiver.demo.server import PortalServer
from bench.targets import append_targets

TARGET_SECONDS = 0.3
FIRST_REQUEST_TARGET = 1.0
LOCAL = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "ARCHIVER_PROGRESS_INTERVAL=0"]


def wall(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return elapsed


def median_wall(command: list[str], repeat: int) -> float:
    wall(command)  # warm the file cache: the first run measures the disk, not the program
    return statistics.median(wall(command) for _ in range(repeat))


def serve_replica(per_edition: int) -> tuple[PortalServer, PortalServer]:
    en, zh = PortalServer("127.0.0.1", 0), PortalServer("127.0.0.1", 0)
    en.routes, zh.routes, _ = build_replica(en.base_url, zh.base_url, per_edition)
    return en.start(), zh.start()


def crawl_command(db: Path, en: PortalServer, zh: PortalServer, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "archiver",
        "crawl",
        "kmabxh",
        "--db",
        str(db),
        "--mirror",
        f"en.kmabxh.com={en.base_url}",
        "--mirror",
        f"www.kmabxh.com={zh.base_url}",
        *LOCAL,
        *extra,
    ]


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds process ``pid`` has used so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_request_seconds(db: Path, en: PortalServer, zh: PortalServer) -> tuple[float, float]:
    """From the crawl command's start to the first request either edition receives: wall seconds, and the
    CPU seconds the crawl used until then (what a loaded machine stretches, not what it costs)."""
    en.log.clear()
    zh.log.clear()
    started = time.perf_counter()
    process = subprocess.Popen(
        crawl_command(db, en, zh, "--max-pages", "1"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while not (en.log or zh.log):
            if process.poll() is not None:
                raise SystemExit(f"the crawl ended ({process.returncode}) before its first request")
            time.sleep(0.005)
        return time.perf_counter() - started, _cpu_seconds(process.pid)
    finally:
        process.wait(timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--targets", type=Path, help="Also add the targets, met or not, to this JSON list.")
    args = parser.parse_args()
    en, zh = serve_replica(per_edition=6)
    try:
        with tempfile.TemporaryDirectory() as work:
            db = Path(work) / "small.db"
            subprocess.run(crawl_command(db, en, zh), capture_output=True, check=True)
            baseline = median_wall([sys.executable, "-c", "pass"], args.repeat)
            rows = []
            archiver = [sys.executable, "-m", "archiver"]
            for name, command in (
                ("--help", [*archiver, "--help"]),
                ("--version", [*archiver, "--version"]),
                ("stats", [*archiver, "stats", "--db", str(db)]),
            ):
                seconds = median_wall(command, args.repeat)
                rows.append((name, seconds))
            firsts = [
                first_request_seconds(Path(work) / f"first{i}.db", en, zh) for i in range(max(3, args.repeat // 2))
            ]
            first = statistics.median(wall for wall, _ in firsts)
            first_cpu = statistics.median(cpu for _, cpu in firsts)
    finally:
        en.stop()
        zh.stop()

    print(f"{'command':<28} {'wall s':>8} {'minus python':>13} {'x python':>9}")
    print(f"{'python -c pass':<28} {baseline:>8.3f} {0:>13.3f} {1:>9.1f}")
    for name, seconds in rows:
        print(f"{'archiver ' + name:<28} {seconds:>8.3f} {seconds - baseline:>13.3f} {seconds / baseline:>9.1f}")
    print(f"{'crawl: first request':<28} {first:>8.3f} {first - baseline:>13.3f} {first / baseline:>9.1f}")
    print(f"(the crawl's CPU until its first request: {first_cpu:.3f} s)")
    slowest = max(seconds for _, seconds in rows)
    verdict = "met" if slowest <= TARGET_SECONDS else "MISSED"
    first_verdict = "met" if first <= FIRST_REQUEST_TARGET else "MISSED"
    print(
        f"\nslowest light command {slowest:.3f} s (target <= {TARGET_SECONDS} s: {verdict}); "
        f"crawl's first request after {first:.3f} s (target <= {FIRST_REQUEST_TARGET} s: {first_verdict})"
    )
    if args.targets:
        append_targets(
            args.targets,
            [
                {
                    "target": f"`--help`, `--version`, `stats` start in <= {TARGET_SECONDS} s",
                    "measured": f"slowest {slowest:.3f} s",
                    "met": slowest <= TARGET_SECONDS,
                },
                {
                    "target": f"`archiver crawl` sends its first request <= {FIRST_REQUEST_TARGET} s after it starts",
                    "measured": f"{first:.3f} s (median; {first_cpu:.3f} s of CPU)",
                    "met": first <= FIRST_REQUEST_TARGET,
                },
            ],
        )


if __name__ == "__main__":
    main()
