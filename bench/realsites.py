"""Generic-mode discovery and extraction on the built HTML of real public sites, scored against their truth.

    python bench/realsites.py /work/realsites/*/ [--json OUT] [--keep DIR]
    python bench/realsites.py                      # every site under $ARCHIVER_REALSITES or /work/realsites

Each SITE_DIR holds ``site/`` (the built HTML tree as its hosting serves it) and ``truth.json``
(posts with path, title, date, optional author, body; see docs/realsites.md). For each site:

1. ``site/`` is served on 127.0.0.1 at a free port the way GitHub Pages serves it: ``/d/`` ->
   ``d/index.html``; ``/x`` -> ``x.html``, else a redirect to ``/x/`` when ``x/index.html`` exists;
   ``404.html`` with status 404 for anything missing; text types declare ``charset=utf-8`` as
   GitHub Pages does, or truth.json's ``charset`` for a site whose own server declared another
   (a GBK CMS site's ``AddType text/html;charset=gbk``). When truth.json lists ``origins`` (the
   site's real ``https://domain``), they are rewritten to the loopback origin in text responses,
   so absolute same-site links stay same-host; the page structure is untouched (``--no-rewrite``
   turns this off). A project site (truth.json ``"home": "/osc/"``) keeps its tree under that path.
2. ``python -m archiver crawl http://127.0.0.1:PORT/`` (or its ``home``) runs in generic mode from the home URL
   alone, then ``archiver export --format jsonl``.
   With ``--via-probe`` the crawl is ``archiver probe URL --write-profile F`` (a bounded look of
   about 50 pages) then ``archiver crawl F``: the profile probe wrote, unedited, must crawl the site
   with the same coverage as generic mode (issue 12, "its written profile crawls them").
3. Records are matched to truth posts by URL path (bench/realsites_scoring.py) and scored against
   the issue's targets. The script exits 0 whatever the scores: it measures, it does not test
   (2: a SITE_DIR without site/ and truth.json).
"""

from __future__ import annotations

import argparse
import json
import mimetypes
import os
import posixpath
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote, unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.realsites_scoring import PARTIAL_COPIES, TARGETS, SiteScore, expected_exit, score, verdicts

DEFAULT_ROOT = Path(os.environ.get("ARCHIVER_REALSITES", "/work/realsites"))
CRAWL_SETTINGS = [
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "-s",
    "ARCHIVER_PROGRESS_INTERVAL=0",
]
# Text types whose bodies may carry the site's absolute origin.
_REWRITABLE = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/javascript",
    "image/svg+xml",
)
mimetypes.add_type("application/atom+xml", ".atom")
mimetypes.add_type("application/json", ".json")
mimetypes.add_type("image/webp", ".webp")
mimetypes.add_type("font/woff2", ".woff2")


class PagesHandler(BaseHTTPRequestHandler):
    """Serves a directory the way GitHub Pages does (see the module docstring)."""

    root: Path
    origins: tuple[str, ...] = ()
    charset = "utf-8"  # what GitHub Pages declares; a site whose own server declared another sets it in truth.json
    server_version = "realsites"

    def log_message(self, format: str, *args: Any) -> None:  # (the base class names the argument so)
        pass  # a crawl makes thousands of requests; the crawler keeps its own log

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def _resolve(self, url_path: str) -> tuple[Path | None, str | None]:
        """(file to serve, or None) and (path to redirect to, or None)."""
        path = posixpath.normpath(unquote(url_path))
        parts = [p for p in path.split("/") if p not in ("", ".", "..")]
        target = self.root.joinpath(*parts)
        try:
            target.resolve().relative_to(self.root.resolve())
        except ValueError:
            return None, None
        if url_path.endswith("/"):
            index = target / "index.html"
            return (index if index.is_file() else None), None
        if target.is_file():
            return target, None
        if target.with_name(target.name + ".html").is_file():
            return target.with_name(target.name + ".html"), None
        if (target / "index.html").is_file():
            return None, quote(url_path + "/", safe="/%")
        return None, None

    def _answer(self, with_body: bool) -> None:
        url_path = urlsplit(self.path).path or "/"
        file, redirect = self._resolve(url_path)
        if redirect:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", redirect)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = HTTPStatus.OK
        if file is None:
            status, file = HTTPStatus.NOT_FOUND, self.root / "404.html"
        body = file.read_bytes() if file.is_file() else b"<h1>404</h1>"
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if self.origins and ctype.startswith(_REWRITABLE):
            # A ThreadingHTTPServer on 127.0.0.1: its address is (host, port).
            host, port = cast(tuple[str, int], self.server.server_address)[:2]
            local = f"http://{self.headers.get('Host') or f'{host!s}:{port}'}"
            for origin in self.origins:
                body = body.replace(origin.encode(), local.encode())
                # Templates that escape every attribute (Zola's Tera: "https:&#x2F;&#x2F;host&#x2F;post&#x2F;")
                # write the origin with its slashes as character references; the browser reads the same URL.
                for slash in (b"&#x2F;", b"&#x2f;", b"&#47;"):
                    body = body.replace(origin.encode().replace(b"/", slash), local.encode().replace(b"/", slash))
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json") or "xml" in ctype:
            ctype += f"; charset={self.charset}"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)


@contextmanager
def serve_site(root: Path, origins: tuple[str, ...] = (), charset: str = "utf-8") -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 at a free port in a thread; yields the base URL ``http://127.0.0.1:PORT``."""
    handler = type("SiteHandler", (PagesHandler,), {"root": root, "origins": origins, "charset": charset})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def probe_profile(home: str, work: Path, timeout: float) -> tuple[Path | None, int, str]:
    """``archiver probe HOME --write-profile``: the profile's path (None when probe wrote none), its exit code
    and its stderr tail."""
    profile = work / "probed.toml"
    command = [
        sys.executable, "-m", "archiver", "probe", home, "--write-profile", str(profile), "--format", "json",
        *CRAWL_SETTINGS,
    ]  # fmt: skip
    try:
        probe = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, -1, f"probe timed out after {timeout:.0f}s"
    return (profile if profile.is_file() else None), probe.returncode, probe.stderr[-1500:]


def crawl_and_export(target: str, work: Path, timeout: float, settings: tuple[str, ...] = ()) -> dict[str, Any]:
    """Run the real CLI on TARGET (the home URL: generic mode; or a profile file); returns exit code,
    seconds, records, stderr tail. ``settings``: more ``NAME=VALUE`` Scrapy settings (``-s``)."""
    db = work / "x.db"
    extra = [arg for setting in settings for arg in ("-s", setting)]
    command = [
        sys.executable, "-m", "archiver", "crawl", target, "--db", str(db), "--format", "json", *CRAWL_SETTINGS, *extra,
    ]  # fmt: skip
    started = time.perf_counter()
    try:
        crawl = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        exit_code, stdout, stderr = crawl.returncode, crawl.stdout, crawl.stderr
    except subprocess.TimeoutExpired as expired:
        exit_code, stdout, stderr = -1, "", f"timed out after {timeout:.0f}s: {expired.stderr!r}"
    seconds = time.perf_counter() - started
    records: list[dict[str, Any]] = []
    out = work / "x.jsonl"
    if db.exists():
        export = subprocess.run(
            [sys.executable, "-m", "archiver", "export", "--db", str(db), "--format", "jsonl", "-o", str(out)],
            capture_output=True,
            text=True,
        )
        if export.returncode == 0 and out.exists():
            records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    try:
        summary = json.loads(stdout) if stdout.strip() else {}
    except json.JSONDecodeError:
        summary = {}
    if stdout.strip():
        (work / "summary.json").write_text(stdout, encoding="utf-8")  # the crawl's own report, kept with --keep
    (work / "crawl.log").write_text(stderr, encoding="utf-8")  # its log, kept with --keep (decisions at DEBUG)
    return {
        "exit_code": exit_code,
        "seconds": round(seconds, 1),
        "records": records,
        "summary": summary,
        "stderr_tail": stderr[-1500:],
    }


def load_truth(site_dir: Path) -> dict[str, Any]:
    truth = json.loads((site_dir / "truth.json").read_text(encoding="utf-8"))
    for key in ("name", "posts"):
        if key not in truth:
            raise ValueError(f"{site_dir / 'truth.json'}: no {key!r}")
    return truth


def run_site(
    site_dir: Path,
    timeout: float,
    rewrite: bool,
    keep: Path | None,
    via_probe: bool = False,
    settings: tuple[str, ...] = (),
) -> dict[str, Any]:
    truth = load_truth(site_dir)
    origins = tuple(truth.get("origins") or ()) if rewrite else ()
    probe: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="realsites-") as tmp:
        work = keep / truth["name"] if keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        # The server stays up between probe and crawl: the written profile names this loopback origin.
        with serve_site(site_dir / "site", origins, truth.get("charset", "utf-8")) as base:
            home = base + truth.get("home", "/")
            if via_probe:
                profile, probe_exit, probe_stderr = probe_profile(home, work, timeout)
                probe = {"exit_code": probe_exit, "stderr_tail": probe_stderr if probe_exit else ""}
                if profile is None:
                    run: dict[str, Any] = {
                        "exit_code": -2,
                        "seconds": 0.0,
                        "records": [],
                        "summary": {},
                        "stderr_tail": probe_stderr,
                    }
                else:
                    run = crawl_and_export(str(profile), work, timeout, settings)
            else:
                run = crawl_and_export(home, work, timeout, settings)
    # Paths that are neither posts nor non-articles: the recipe's "ignored" (guides beside a blog, stale
    # files) and its excluded posts (not served, or linked from nowhere).
    ignored = [item["path"] for item in (*truth.get("ignored", []), *truth.get("excluded_posts", []))]
    result: SiteScore = score(run["records"], truth["posts"], ignored)
    # A probe that failed fails the row even when the profile it wrote crawled.
    exit_code = probe["exit_code"] if probe and probe["exit_code"] else run["exit_code"]
    return {
        "name": truth["name"],
        "language": truth.get("language"),
        "generator": truth.get("generator"),
        "pagination": truth.get("pagination"),
        "exit_code": exit_code,
        "seconds": run["seconds"],
        "pages_fetched": run["summary"].get("pages_fetched"),
        "score": result.as_dict(),
        "expected_exit": expected_exit(truth["name"]),
        "verdicts": verdicts(result, exit_code, expected_exit(truth["name"])),
        "stderr_tail": run["stderr_tail"] if run["exit_code"] else "",
        "probe": probe,
    }


def _cell(value: float | int | None, ok: bool | None, percent: bool = True) -> str:
    if value is None:
        return "n/a"
    text = f"{value * 100:.1f}%" if percent else (f"{value:.3f}" if isinstance(value, float) else str(value))
    return text + ("" if ok else " ✗")


def print_table(results: list[dict[str, Any]]) -> None:
    print(
        "| site | lang | generator | pagination | posts | archived | coverage | non-articles | title | date "
        "| author (shown) | body F1 | exit | seconds |"
    )
    print("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        s, v, rates = r["score"], r["verdicts"], r["score"]["rates"]
        author = _cell(rates["author"], v["author"]) + f" ({s['author_shown']})"
        print(
            f"| {r['name']} | {r['language']} | {r['generator']} | {r['pagination']} | {s['truth_posts']} "
            f"| {s['archived_posts']} | {_cell(rates['coverage'], v['coverage'])} "
            f"| {_cell(s['non_articles'], v['non_articles'], percent=False)} "
            f"| {_cell(rates['title'], v['title'])} | {_cell(rates['date'], v['date'])} | {author} "
            f"| {_cell(rates['body_f1'], v['body_f1'], percent=False)} "
            f"| {_cell(r['exit_code'], v['exit_code'], percent=False)} | {r['seconds']} |"
        )
    print(
        f"\nTargets: coverage >= {TARGETS['coverage']:.0%}, {TARGETS['non_articles']} non-articles, title and date "
        f">= {TARGETS['title']:.0%}, author >= {TARGETS['author']:.0%} where shown, body F1 >= "
        f"{TARGETS['body_f1']}, exit 0 (5 on a partial copy: {', '.join(sorted(PARTIAL_COPIES))}). "
        "✗ marks a missed target."
    )
    missed = {r["name"]: [k for k, ok in r["verdicts"].items() if ok is False] for r in results}
    met = [name for name, targets in missed.items() if not targets]
    print(
        f"Summary: {len(met)} of {len(results)} sites meet every target."
        + "".join(f"\n  {name}: missed {', '.join(targets)}" for name, targets in missed.items() if targets)
    )


def site_dirs(arguments: list[str]) -> list[Path]:
    if arguments:
        return [Path(a) for a in arguments]
    if not DEFAULT_ROOT.is_dir():
        return []
    return sorted(p for p in DEFAULT_ROOT.iterdir() if (p / "truth.json").is_file() and (p / "site").is_dir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "sites",
        nargs="*",
        metavar="SITE_DIR",
        help=f"Folders with site/ and truth.json (default: every one under {DEFAULT_ROOT}, or $ARCHIVER_REALSITES).",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="Also write every score, miss and mismatch here.")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="Keep each site's archive and export in DIR/<name>/.")
    parser.add_argument("--timeout", type=float, default=1800, help="Seconds per crawl (default 1800).")
    parser.add_argument("--no-rewrite", action="store_true", help="Serve pages byte for byte, origins unrewritten.")
    parser.add_argument(
        "--via-probe",
        action="store_true",
        help="Crawl with the profile `archiver probe --write-profile` wrote instead of generic mode.",
    )
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="One more Scrapy setting for the crawl (repeatable), e.g. CONCURRENT_REQUESTS=2 to vary crawl order.",
    )
    args = parser.parse_args()
    dirs = site_dirs(args.sites)
    if not dirs:
        print(f"realsites: no site material under {DEFAULT_ROOT} (see docs/realsites.md); skipped.")
        return
    bad = [d for d in dirs if not (d / "truth.json").is_file() or not (d / "site").is_dir()]
    if bad:
        print(f"realsites: {bad[0]} has no truth.json and site/ (see docs/realsites.md)", file=sys.stderr)
        raise SystemExit(2)
    results = []
    for site_dir in dirs:
        print(f"crawling {site_dir.name} ...", file=sys.stderr, flush=True)
        result = run_site(
            site_dir,
            args.timeout,
            rewrite=not args.no_rewrite,
            keep=args.keep,
            via_probe=args.via_probe,
            settings=tuple(args.setting),
        )
        probed = f"probe exit {result['probe']['exit_code']}, " if result["probe"] else ""
        print(
            f"  {result['name']}: {result['score']['archived_posts']}/{result['score']['truth_posts']} posts, "
            f"{result['score']['non_articles']} non-articles, {probed}exit {result['exit_code']}, {result['seconds']}s",
            file=sys.stderr,
            flush=True,
        )
        results.append(result)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
