"""The CLI as users and their scripts meet it: exit codes, one-line errors, readable output."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_archiver, verify_archive

GOLDEN = ROOT / "tests" / "golden"


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_help_lists_the_commands() -> None:
    result = run_archiver("--help")
    for command in ("crawl", "export", "stats", "extract", "demo"):
        assert command in result.stdout


def test_python_dash_m_and_version() -> None:
    assert run_archiver("--version").stdout.startswith("archiver, version ")


def test_unknown_profile_is_a_usage_error(tmp_path: Path) -> None:
    result = run_archiver("crawl", "no-such-portal", "--db", str(tmp_path / "a.db"))
    assert result.returncode == 2
    assert "unknown profile 'no-such-portal'" in one_line_error(result)


def test_bad_url_target(tmp_path: Path) -> None:
    result = run_archiver("crawl", "ftp://example.com/", "--db", str(tmp_path / "a.db"))
    assert result.returncode == 2 and "not an http(s) URL" in one_line_error(result)


def test_unwritable_db(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_archiver("crawl", "http://127.0.0.1:9/", "--db", str(blocker / "a.db"))
    assert result.returncode == 3 and "cannot open archive" in one_line_error(result)


def test_bad_setting_syntax(tmp_path: Path) -> None:
    result = run_archiver("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "a.db"), "-s", "NOEQUALS")
    assert result.returncode == 2 and "expected NAME=VALUE" in one_line_error(result)


@pytest.mark.parametrize("command", ["export", "stats"])
def test_missing_archive(command: str, tmp_path: Path) -> None:
    result = run_archiver(command, "--db", str(tmp_path / "none.db"))
    assert result.returncode == 3 and "no archive at" in one_line_error(result)
    assert not (tmp_path / "none.db").exists()


def test_unreachable_portal_is_fatal_and_recorded(tmp_path: Path) -> None:
    """Nothing listens on port 9: nothing at all was fetched, so the target is unusable."""
    db = tmp_path / "a.db"
    result = run_archiver(
        "crawl",
        "http://127.0.0.1:9/",
        "--db",
        str(db),
        "--format",
        "json",
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "ARCHIVER_PROGRESS_INTERVAL=0",
    )
    assert result.returncode == 3
    assert "nothing could be fetched from http://127.0.0.1:9/" in one_line_error(result)
    assert "Connection was refused" in result.stderr
    assert json.loads(result.stdout)["failures"] >= 1
    with sqlite3.connect(db) as conn:
        kinds = {k for (k,) in conn.execute("SELECT kind FROM fetch_errors")}
    assert kinds == {"connection"}


def test_extract_text_shows_rules() -> None:
    page = GOLDEN / "kmabxh" / "reference-seed" / "page.html"
    result = run_archiver("extract", str(page), "--url", "https://en.kmabxh.com/NewsDes/1859774453443571712.html")
    assert result.returncode == 0, result.stderr
    assert "profile kmabxh" in result.stdout
    assert "label:Source" in result.stdout and "'All-China Federation of Trade Unions'" in result.stdout
    assert "24 paragraphs" in result.stdout


def test_extract_json_generic_gbk() -> None:
    page = GOLDEN / "generic" / "gov-article" / "page.html"
    result = run_archiver("extract", str(page), "--profile", "generic", "--format", "json")
    record = json.loads(result.stdout)
    assert record["language"] == "zh" and record["encoding"] == "gb18030"
    assert record["rules"]["source"] == "label:来源" and record["profile"] == "generic"


def test_extract_missing_file() -> None:
    result = run_archiver("extract", "/nonexistent/page.html")
    assert result.returncode == 2 and "no such file" in one_line_error(result)


@pytest.mark.e2e
def test_demo(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run_archiver("demo", "--db", str(db), "--per-edition", "8")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "articles          16 (16 new" in result.stdout
    assert "One archived record:" in result.stdout
    sample, _ = json.JSONDecoder().raw_decode(result.stdout.split("One archived record:\n", 1)[1])
    assert sample["title"] and sample["version"] == 1
    report = db.with_name("demo-report.html")
    assert f"Report of the crawl (open it in a browser): {report}" in result.stdout
    assert "Republished articles (4)" in report.read_text(encoding="utf-8")
    assert "[archiver] crawling http://127.0.0.1:" in result.stderr  # progress starts at once
    assert str(db) in result.stderr
    verify_archive(db)
