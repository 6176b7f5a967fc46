"""An extraction speed-up checked: the same records as the tree before it, and the time per page of each.

    git archive REV | (mkdir -p /tmp/base && tar -x -C /tmp/base)
    python bench/extraction_same.py --base /tmp/base [--zyte DIR --fundus DIR --cwced DIR]
        [--realsites DIR ...] [--rounds 2] [--diff out.txt]

The pages: the golden cases, every HTML page of every gallery portal (tests/portal/gallery), the
kmabxh replica's article pages (the crawl benchmarks' portal, with the kmabxh and the generic
profile), the public sets and the real sites given (every page their truth lists, then their other
HTML files up to ``--site-cap`` a site). Each tree runs in its own process (``PYTHONPATH`` names it) and
extracts every page once with the same capture time; every field of every record (or the error it
raised) must be the same. Then both time every page, alternating page by page (which of the two
goes first swaps from page to page), so both see the same machine load: the table gives each
material's median and total ms/page and the ratio this tree / base.

Third-party pages are read where they lie and never copied. Exit codes: 0 same records, 1 records
differ, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
# Relative dates ("3小时前") and the range check are read against the capture time: fixed, so both
# trees see the same one.
CAPTURED_AT = "2026-12-02T08:00:00+08:00"


@dataclass
class Case:
    material: str
    name: str
    html: str | bytes
    url: str
    profile: str = "generic"
    charset: str | None = None


# --- the worker: one tree's extractor ------------------------------------------------------------


def _send(stream: IO[bytes], value: Any) -> None:
    pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
    stream.flush()


def worker() -> None:
    """Extract what the coordinator asks, with the ``archiver`` that ``PYTHONPATH`` names."""
    from archiver.extract import extract_article
    from archiver.profiles import load_profile

    captured_at = datetime.fromisoformat(CAPTURED_AT)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    cases: list[Case] = pickle.load(stdin)
    # Where the extractor came from: an editable install's finder fills in modules a tree lacks.
    _send(
        stdout, [sys.modules[name].__file__ for name in ("archiver", "archiver.extract.article", "archiver.normalize")]
    )
    # Loaded once, as the crawl's writer holds its profile: reading the TOML is no page's cost.
    profiles = {name: load_profile(name) for name in {case.profile for case in cases}}

    def extract(case: Case) -> Any:
        try:
            return extract_article(
                case.html, case.url, profiles[case.profile], charset=case.charset, captured_at=captured_at
            )
        except Exception as exc:  # an error is an outcome to compare like a record
            return f"{type(exc).__name__}: {exc}"

    while True:
        try:
            command, index = pickle.load(stdin)
        except EOFError:
            return
        if command == "record":
            _send(stdout, extract(cases[index]))
        else:
            start = time.perf_counter()
            extract(cases[index])
            _send(stdout, (time.perf_counter() - start) * 1000)


class Tree:
    """A worker process extracting with the tree at ``path``."""

    def __init__(self, path: Path, cases: list[Case]) -> None:
        env = {**os.environ, "PYTHONPATH": str(path)}
        # Run as a file from /: sys.path[0] is then bench/, so ``archiver`` comes from PYTHONPATH alone.
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd="/",
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        _send(self.stdin, cases)
        self.modules: list[str] = pickle.load(self.stdout)
        self.path = path

    def foreign_modules(self) -> list[str]:
        """The extractor's modules the worker imported from outside its tree."""
        return [module for module in self.modules if not Path(module).is_relative_to(self.path)]

    def ask(self, command: str, index: int) -> Any:
        _send(self.stdin, (command, index))
        return pickle.load(self.stdout)

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


# --- the material -----------------------------------------------------------------------------


def golden_cases() -> list[Case]:
    import json

    found = []
    for page in sorted((ROOT / "tests" / "golden").glob("*/*/page.html")):
        meta = json.loads((page.parent / "meta.json").read_text("utf-8"))
        name = f"{page.parent.parent.name}/{page.parent.name}"
        found.append(Case("golden", name, page.read_bytes(), meta["url"], meta["profile"], meta["charset"]))
    return found


def gallery_cases() -> list[Case]:
    from tests.portal.gallery import GALLERY

    found = []
    for portal, build in GALLERY.items():
        base = "http://127.0.0.1:8000"
        site = build(base)
        for path, page in sorted(site.routes.items()):
            if "html" in page.headers.get("Content-Type", "") and page.status == 200:
                found.append(Case("gallery", f"{portal}{path}", page.body, base + path, charset="utf-8"))
    return found


def replica_cases(count: int) -> list[Case]:
    from bench.extraction import pages

    sample = pages(count)
    found = [Case("replica-kmabxh", url, body, url, "kmabxh", "utf-8") for url, body in sample]
    return found + [Case("replica-generic", url, body, url, "generic", "utf-8") for url, body in sample]


def set_cases(args: argparse.Namespace) -> list[Case]:
    from bench.extraction_quality import cwced_pages, fundus_pages, realsite_pages, zyte_pages

    found = []
    for loader, folder in ((zyte_pages, args.zyte), (fundus_pages, args.fundus), (cwced_pages, args.cwced)):
        if folder is not None:
            found += [Case(p.set_name, p.page_id, p.html, p.url) for p in loader(folder)]
    for folder in args.realsites:
        listed = list(realsite_pages(folder))
        found += [Case("realsites", f"{p.set_name}{p.page_id}", p.html, p.url) for p in listed]
        # The site's other pages (listings, tags, about pages) as bytes, as the crawl hands them over.
        seen = {p.page_id.strip("/") for p in listed}
        others = []
        for path in sorted((folder / "site").rglob("*.html")):
            rel = path.relative_to(folder / "site").as_posix()
            if rel.removesuffix("/index.html").removesuffix("index.html").strip("/") in seen:
                continue
            others.append(
                Case("realsites-other", f"{folder.name}/{rel}", path.read_bytes(), f"http://site.invalid/{rel}")
            )
        found += others[: args.site_cap]
    return found


# --- comparing and timing ---------------------------------------------------------------------


def differences(name: str, base: Any, ours: Any) -> list[str]:
    if isinstance(base, dict) and isinstance(ours, dict):
        keys = sorted(set(base) | set(ours))
        return [
            f"{name} {key}: {base.get(key)!r:.300} -> {ours.get(key)!r:.300}"
            for key in keys
            if base.get(key) != ours.get(key)
        ]
    return [] if base == ours else [f"{name}: {base!r:.300} -> {ours!r:.300}"]


def timed(trees: tuple[Tree, Tree], cases: list[Case], rounds: int) -> dict[str, tuple[list[float], list[float]]]:
    """Per material, the ms of each page in the base and in this tree, alternating which goes first."""
    times: dict[str, tuple[list[float], list[float]]] = {}
    for round_ in range(rounds):
        for index, case in enumerate(cases):
            base_times, our_times = times.setdefault(case.material, ([], []))
            if (index + round_) % 2:
                our_times.append(trees[1].ask("time", index))
                base_times.append(trees[0].ask("time", index))
            else:
                base_times.append(trees[0].ask("time", index))
                our_times.append(trees[1].ask("time", index))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--base", type=Path, help="the tree before the change (holds archiver/)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the tree after it (default: this one)")
    parser.add_argument("--zyte", type=Path)
    parser.add_argument("--fundus", type=Path)
    parser.add_argument("--cwced", type=Path)
    parser.add_argument("--realsites", type=Path, action="append", default=[])
    parser.add_argument("--site-cap", type=int, default=200, help="a real site's other HTML files read, at most")
    parser.add_argument("--replica", type=int, default=200, help="replica article pages (0: none)")
    parser.add_argument("--rounds", type=int, default=2, help="timed passes over every page (0: records only)")
    parser.add_argument("--diff", type=Path, help="write every difference here")
    args = parser.parse_args(argv)
    if args.worker:
        worker()
        return 0
    if args.base is None or not (args.base / "archiver").is_dir() or not (args.tree / "archiver").is_dir():
        print("error: --base (and --tree) must be folders holding archiver/", file=sys.stderr)
        return 2
    for folder in [args.zyte, args.fundus, args.cwced, *args.realsites]:
        if folder is not None and not folder.is_dir():
            print(f"error: not a folder: {folder}", file=sys.stderr)
            return 2
    for folder in args.realsites:
        if not (folder / "truth.json").is_file():
            print(f"error: not a real-site folder (no truth.json): {folder}", file=sys.stderr)
            return 2
    sys.path.insert(0, str(ROOT))
    cases = golden_cases() + gallery_cases() + (replica_cases(args.replica) if args.replica else []) + set_cases(args)
    try:
        trees = (Tree(args.base.resolve(), cases), Tree(args.tree.resolve(), cases))
    except EOFError:  # the worker said why on stderr (an archiver it cannot import)
        print("error: a tree's worker exited before extracting: is its archiver/ complete?", file=sys.stderr)
        return 2
    for tree in trees:
        if tree.foreign_modules():
            print(
                f"error: {tree.path} lacks {', '.join(tree.foreign_modules())} (imported from elsewhere)",
                file=sys.stderr,
            )
            return 2
    print(f"base {args.base}, tree {args.tree}: {len(cases)} pages", file=sys.stderr)
    found: list[str] = []
    for index, case in enumerate(cases):
        found += differences(
            f"{case.material}/{case.name}", trees[0].ask("record", index), trees[1].ask("record", index)
        )
    counts: dict[str, int] = {}
    for case in cases:
        counts[case.material] = counts.get(case.material, 0) + 1
    materials = ", ".join(f"{material} {count}" for material, count in counts.items())
    print(f"records: {len(found)} differences over {len(cases)} pages ({materials})")
    if args.diff:
        args.diff.write_text("\n".join(found) + "\n", "utf-8")
    else:
        print("\n".join(found[:20]))
    if args.rounds:
        times = timed(trees, cases, args.rounds)
        print(f"\n{'material':<18} {'pages':>6} {'base med':>9} {'tree med':>9} {'ratio':>6}", end=" ")
        print(f"{'base tot s':>10} {'tree tot s':>10} {'ratio':>6}")
        for material, (base_times, our_times) in times.items():
            base_med, our_med = statistics.median(base_times), statistics.median(our_times)
            base_sum, our_sum = sum(base_times) / args.rounds, sum(our_times) / args.rounds
            print(
                f"{material:<18} {counts[material]:>6} {base_med:>9.2f} {our_med:>9.2f} {our_med / base_med:>6.2f} "
                f"{base_sum / 1000:>10.2f} {our_sum / 1000:>10.2f} {our_sum / base_sum:>6.2f}"
            )
    for tree in trees:
        tree.close()
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
