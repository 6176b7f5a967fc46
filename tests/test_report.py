"""`archiver report`: what crawls found, in HTML (checked in a real browser), Markdown and JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from archiver.demo.corpus import make_articles
from tests import browser
from tests.conftest import LOCAL, run_archiver, verify_archive
from tests.portal.republished import build_republished
from tests.portal.site import render

pytestmark = pytest.mark.e2e
SCRIPT = "<script>document.body.setAttribute('data-pwned', 'script')</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\">"


def crawl(url: str, db: Path, *extra: str) -> dict[str, Any]:
    result = run_archiver("crawl", url, "--db", str(db), "--format", "json", *LOCAL, *extra)
    assert result.returncode == 0, result.stderr[-3000:]
    verify_archive(db)
    return json.loads(result.stdout)


def report(db: Path, out: Path, *extra: str) -> str:
    result = run_archiver("report", "--db", str(db), "-o", str(out), *extra)
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}" in result.stderr
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    portals = build_republished(seed=59)
    portal = portals.portal
    hostile = next(a for a in portal.articles if portal.article_url(a) == portals.groups[4][0])
    copy = next(a for a in portal.articles if portal.article_url(a) == portals.groups[4][1])
    for article in (hostile, copy):  # archived text that looks like markup must stay text
        article.title = f"{article.title} {SCRIPT}"
        article.paragraphs[1] = f"{article.paragraphs[1]} {IMG}"
    render(portal)
    tmp = tmp_path_factory.mktemp("report")
    db = tmp / "archive.db"
    first = [crawl(portals.origin.base_url + "/", db), crawl(portal.base_url + "/", db)]
    # Round two: an edit (title and one paragraph), a removal, a new article.
    edited = portal.articles[20]
    old_paragraph = edited.paragraphs[0]
    edited.title += "（修订）"
    edited.paragraphs[0] = old_paragraph.replace("，", "，据悉，", 1)
    removed = portal.articles.pop(21)
    fresh = replace(
        make_articles(1, "zh", seed=777, start=portal.articles[0].published)[0],
        article_id="1860000000000812345",
        title="新文章：保安服务工作会议召开",
        categories=[portal.categories[0][0]],
    )
    portal.articles.insert(0, fresh)
    render(portal)
    second = crawl(portal.base_url + "/", db, "-s", "ARCHIVER_REVISIT_POLICY=*=0")
    yield {
        "portals": portals,
        "db": db,
        "tmp": tmp,
        "first": first,
        "second": second,
        "edited": portal.article_url(edited),
        "removed": portal.article_url(removed),
        "fresh": portal.article_url(fresh),
        "hostile": portal.article_url(hostile),
    }
    portals.close()


def test_json_report_of_one_run(world: dict[str, Any]) -> None:
    data = json.loads(
        report(world["db"], world["tmp"] / "run2.json", "--run", str(world["second"]["run_id"]), "--format", "json")
    )
    assert [run["id"] for run in data["runs"]] == [world["second"]["run_id"]]
    assert [a["url"] for a in data["new_articles"]] == [world["fresh"]]
    assert [a["url"] for a in data["removed_articles"]] == [world["removed"]]
    [edit] = data["edited_articles"]
    assert edit["url"] == world["edited"] and set(edit["changed_fields"]) == {"title", "body"}
    assert edit["fields"]["title"]["new"].endswith("（修订）")
    [paragraph] = [p for p in edit["paragraphs"] if p["op"] == "edited"]
    changes = [run for run in paragraph["inline"] if run[0] != "equal"]  # character-level for Chinese
    assert changes in ([["insert", "据悉，"]], [["insert", "，据悉"]]), changes
    assert data["summary"] == {**data["summary"], "new": 1, "edited": 1, "removed": 1}


def test_since_covers_every_run_and_its_clusters(world: dict[str, Any]) -> None:
    runs = run_archiver("runs", "--db", str(world["db"]), "--format", "json")
    started = min(run["started_at"] for run in json.loads(runs.stdout))
    data = json.loads(report(world["db"], world["tmp"] / "all.json", "--since", started, "--format", "json"))
    assert len(data["runs"]) == 3
    assert data["summary"]["republished_clusters"] == len(world["portals"].groups)
    named = next(c for c in data["republished"] if c["original"] == world["portals"].groups[0][0])
    [copy] = [m for m in named["copies"] if m["role"] == "copy"]
    assert copy["diff"]["fields"]["title"]["new"].startswith("Reprint: ")
    ops = {p["op"] for p in copy["diff"]["paragraphs"]}
    assert "added" in ops and "edited" in ops  # the editor's note, the reworded paragraph


def test_bad_selections_fail_cleanly(world: dict[str, Any]) -> None:
    for args in (["--run", "999"], ["--since", "yesterday"], ["--run", "1", "--since", "2024-01-01"]):
        result = run_archiver("report", "--db", str(world["db"]), *args)
        assert result.returncode == 2 and result.stderr.startswith("Error: "), result.stderr
        assert "Traceback" not in result.stderr


def test_markdown_report_escapes_archived_text(world: dict[str, Any]) -> None:
    text = report(world["db"], world["tmp"] / "all.md", "--since", "2000-01-01", "--format", "md")
    assert text.startswith("# Crawl report")
    for heading in (
        "## Summary",
        "## New articles",
        "## Edited articles",
        "## Removed articles",
        "## Republished articles",
    ):
        assert heading in text
    assert "<script>" not in text and "<img" not in text and "&lt;script&gt;" in text


@pytest.fixture(scope="module")
def html_report(world: dict[str, Any]) -> Path:
    out = world["tmp"] / "report.html"
    report(world["db"], out, "--since", "2000-01-01", "--format", "html")
    return out


def test_html_report_is_self_contained_and_escaped(html_report: Path) -> None:
    html = html_report.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "onerror=" not in html.replace("onerror=&quot;", "")
    assert "&lt;script&gt;document.body.setAttribute" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!127\.0\.0\.1)""", html)  # no external assets
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html)
    assert "Content-Security-Policy" in html
    for anchor in ("summary", "new", "edited", "removed", "republished"):
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html


@pytest.mark.browser
def test_html_report_in_a_real_browser(html_report: Path, world: dict[str, Any]) -> None:
    page = browser.load(html_report)
    assert page.console == [], page.console
    assert not re.search(r"<[^>]*\sdata-pwned=", page.dom) and "<script" not in page.dom.lower()
    assert "&lt;script&gt;document.body.setAttribute('data-pwned', 'script')&lt;/script&gt;" in page.dom
    assert page.dom.count("<del>") > 5 and page.dom.count("<ins>") > 5
    assert world["hostile"] in page.dom and world["edited"] in page.dom
    shot = browser.screenshot(html_report, browser.artifacts_dir() / "report.png", height=9000)
    assert shot.stat().st_size > 20_000
    (browser.artifacts_dir() / "report.html").write_bytes(html_report.read_bytes())
    one_run = world["tmp"] / "run.html"
    report(world["db"], one_run, "--run", str(world["second"]["run_id"]))
    assert browser.load(one_run).console == []
    browser.screenshot(one_run, browser.artifacts_dir() / "report-one-run.png", height=2000)


def test_the_browser_check_catches_scripts(tmp_path: Path) -> None:
    """The harness itself: a page that does run a script and log is caught."""
    page = tmp_path / "bad.html"
    page.write_text(
        f"<!DOCTYPE html><html><body><p>x</p>{SCRIPT}<script>console.error('boom')</script></body></html>",
        encoding="utf-8",
    )
    loaded = browser.load(page)
    assert re.search(r"<body[^>]*\sdata-pwned=", loaded.dom) and any("boom" in m for m in loaded.console)
