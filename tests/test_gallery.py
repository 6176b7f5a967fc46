"""Generic mode on the gallery: crawl each portal from its home URL alone and hold it to
issue 12's bar (coverage >= 99%, no non-article archived, title and day exact >= 99%,
author >= 95% where shown, body token F1 >= 0.97, exit code 0).

These are targets: on the code of their writing most portals fail them. Set
GALLERY_RESULTS=FILE to append each portal's measures to FILE as JSON lines.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from archiver.api import open_archive
from archiver.urls import canonicalize_url
from tests.conftest import LOCAL, run_archiver
from tests.portal.gallery import GALLERY, serve
from tests.portal.metrics import score_site

pytestmark = [pytest.mark.gallery, pytest.mark.e2e]

CRAWL_TIMEOUT = 90  # seconds; a portal of 60 articles takes a few
# The gallery serves no deliberately slow page: a page that times out here is a loaded machine (tests
# in parallel), and a lost listing page would read as a discovery miss.
PATIENT = ["-s", "DOWNLOAD_TIMEOUT=15", "-s", "RETRY_TIMES=2"]
# Two crawls at a time use both cores; under pytest-xdist the other worker already does.
PARALLEL_CRAWLS = 1 if os.environ.get("PYTEST_XDIST_WORKER") else 2


def crawl_and_score(name: str, workdir: Path) -> dict[str, Any]:
    """Serve ``name``, crawl it in generic mode from its start URL, read the exported records and score."""
    with serve(name) as (server, site):
        db = workdir / "archive.db"
        start = server.base_url + site.start_path
        try:
            started = time.monotonic()
            result = run_archiver("crawl", start, "--db", str(db), *LOCAL, *PATIENT, timeout=CRAWL_TIMEOUT)
            seconds = round(time.monotonic() - started, 1)
            exit_code: int | None = result.returncode
            stderr = result.stderr
        except subprocess.TimeoutExpired:
            exit_code, stderr, seconds = None, f"crawl did not finish in {CRAWL_TIMEOUT} s", float(CRAWL_TIMEOUT)
        records: dict[str, dict[str, Any]] = {}
        if db.exists():  # the records `archiver export` writes, read in-process: one CLI start less per portal
            with open_archive(db) as archive:
                records = {r["url"]: r for r in archive.latest_articles()}
        in_scope = canonicalize_url(server.base_url + site.scope) or ""
        records = {url: r for url, r in records.items() if url.startswith(in_scope)}

        def canonical(path: str) -> str:
            return canonicalize_url(server.base_url + path) or path

        truth = {canonical(path): t for path, t in site.truth.items()}
        measures = score_site(records, truth, {canonical(p) for p in site.non_articles})
        roles = {canonical(p): role for p, role in site.non_articles.items()}
        measures |= {
            "portal": name,
            "generator": site.generator,
            "exit_code": exit_code,
            "seconds": seconds,
            "stderr_tail": stderr[-1500:],
            "articles": len(truth),
            "unexpected_roles": {url: roles.get(url, "unknown") for url in measures["unexpected"]},
        }
    if os.environ.get("GALLERY_RESULTS"):
        with open(os.environ["GALLERY_RESULTS"], "a", encoding="utf-8") as out:
            row = {k: v for k, v in measures.items() if k != "wrong"} | {"wrong": measures["wrong"][:20]}
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return measures


@pytest.fixture(scope="module")
def all_measured(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every selected portal crawled once, two at a time: most of a crawl is the CLI starting up."""
    names = sorted(
        {
            item.callspec.params["portal"]
            for item in request.session.items
            if hasattr(item, "callspec") and "portal" in item.callspec.params and item.module is request.module
        }
    )
    with ThreadPoolExecutor(max_workers=PARALLEL_CRAWLS) as pool:
        futures = {name: pool.submit(crawl_and_score, name, tmp_path_factory.mktemp(name)) for name in names}
        return {name: future.result() for name, future in futures.items()}


@pytest.fixture(params=sorted(GALLERY))
def portal(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# Field gaps measured and not yet closed (extraction, issue 15): each is an expected failure that
# must fail. The day one passes, pytest reports it (strict) and it leaves this list. Discovery
# (coverage, no non-article, exit code 0) has no entry: every portal meets it.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


# Intermittent, not a gap: a portal that passes most runs and fails some, reported as xfail when it fails
# rather than blocking the suite, while its cause is found. Empty: aspnet's was the same page under two
# URLs (/ and /Default.aspx) counted twice when telling chrome (SiteModel.observe), so the order of two
# requests decided whether "all news" was read as a listing.
INTERMITTENT: dict[tuple[str, str], str] = {}


@pytest.fixture
def measured(portal: str, all_measured: dict[str, dict[str, Any]], request: pytest.FixtureRequest) -> dict[str, Any]:
    gap = KNOWN_GAPS.get((portal, request.node.originalname))
    if gap:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=f"known gap, measured {gap}"))
    flaky = INTERMITTENT.get((portal, request.node.originalname))
    if flaky:
        request.node.add_marker(pytest.mark.xfail(strict=False, reason=f"intermittent: {flaky}"))
    return all_measured[portal]


def test_exit_code_zero(measured: dict[str, Any]) -> None:
    assert measured["exit_code"] == 0, measured["stderr_tail"]


def test_coverage(measured: dict[str, Any]) -> None:
    assert measured["coverage"] >= 0.99, measured["missing"][:10]


def test_no_non_article_archived(measured: dict[str, Any]) -> None:
    assert measured["non_articles_archived"] == 0, measured["unexpected_roles"]


def test_title_exact(measured: dict[str, Any]) -> None:
    assert measured["title_exact"] >= 0.99, [w for w in measured["wrong"] if w[1] == "title"][:5]


def test_date_day_exact(measured: dict[str, Any]) -> None:
    assert measured["date_day_exact"] >= 0.99, [w for w in measured["wrong"] if w[1] == "date"][:5]


def test_author_where_shown(measured: dict[str, Any]) -> None:
    assert measured["author_exact"] >= 0.95, [w for w in measured["wrong"] if w[1] == "author"][:5]


def test_body_token_f1(measured: dict[str, Any]) -> None:
    assert measured["body_f1_mean"] >= 0.97
