"""Hostile input to the CLI: any query, URL or path ends in a result or a one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.cli import cli
from archiver.items import ArticleItem, PageCapture
from archiver.store import Archive

FTS_SYNTAX = st.sampled_from(
    [
        '"',
        "*",
        "(",
        ")",
        ":",
        "^",
        "+",
        "-",
        "NEAR",
        "OR",
        "AND",
        "NOT",
        "{",
        "}",
        "保安",
        "security",
        " ",
        "'",
        ";",
        "--",
        "\\",
        "\x00",
        "%",
        "_",
    ]
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "a.db"
    archive = Archive(path)
    run = archive.start_run("t", "generic", {})
    url = "http://p/a/1.html"
    record = {"url": url, "site": "p", "title": "保安 security", "body": "正文 body text.", "keywords": []}
    capture = PageCapture(
        url=url, final_url=url, status=200, headers={}, body=b"<p>x</p>", fetched_at="2026-11-23T00:00:00+00:00"
    )
    archive.write_batch([ArticleItem(capture=capture, record=record)], run)
    archive.close()
    return path


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=True)


def clean(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2, 3), result.output
    if result.exit_code:
        assert "Traceback" not in result.output


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(FTS_SYNTAX, min_size=1, max_size=8).map("".join) | st.text(max_size=40))
def test_search_any_query(db: Path, query: str) -> None:
    clean(invoke("search", "--db", str(db), "--format", "json", "--", query))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_show_and_history_any_url(db: Path, url: str) -> None:
    for command in ("show", "history", "diff"):
        clean(invoke(command, "--db", str(db), "--", url))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="\x00"), min_size=1, max_size=40))
def test_any_db_path_is_a_clean_error(path: str) -> None:
    clean(invoke("stats", "--db", path))
