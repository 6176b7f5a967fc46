"""The public-sets bench's page ranking (bench/extraction_quality.py): ours' worst pages, alone or against a tool."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench.extraction_quality import decode, main, parser_version, readability_pages, worst_rows


def _row(page: str, ours: float, theirs: float) -> dict:
    return {
        "set": "s",
        "page": page,
        "url": "",
        "body_f1": ours,
        "body_f1_tools": {"ours": ours, "trafilatura": theirs},
    }


def test_worst_pages_against_a_tool_rank_by_how_far_it_beats_ours() -> None:
    rows = [_row("low-for-all", 0.2, 0.2), _row("beaten", 0.6, 0.99), _row("ahead", 0.9, 0.5)]
    assert [r["page"] for _, r in worst_rows(rows, 2)] == ["low-for-all", "beaten"]
    ranked = worst_rows(rows, 3, "trafilatura")
    assert [r["page"] for _, r in ranked] == ["beaten", "low-for-all", "ahead"]
    assert round(ranked[0][0], 2) == -0.39


def test_against_a_tool_not_run_is_a_bad_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(b"<html><body><p>Text.</p></body></html>"))
    truth = {"p1": {"url": "https://news.example.com/a", "articleBody": "Text."}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), "utf-8")
    assert main(["--zyte", str(tmp_path), "--tools", "ours", "--worst", "3", "--against", "trafilatura"]) == 2
    assert "--against 'trafilatura' is not among the tools run" in capsys.readouterr().err
    assert main(["--zyte", str(tmp_path), "--tools", "ours", "--worst", "3"]) == 0


def test_fundus_versions_sort_in_their_order() -> None:
    """Before: ``int("1_1")`` is 11, and V1_1's page was scored against V2's truth (fundus' WAZ, 4 versions)."""
    assert sorted(["V2_1", "V1_1", "V2", "V1"], key=parser_version) == ["V1", "V1_1", "V2", "V2_1"]


def test_pages_stored_as_utf8_read_as_utf8_whatever_their_meta_says() -> None:
    """Before: the ``iso-8859-1`` a re-encoded page still declares, "für" read as "fÃ¼r"."""
    page = "<html><head><meta charset='iso-8859-1'><title>jetzt für 5 Euro</title></head></html>"
    assert "für" in decode(page.encode("utf-8"))
    assert "für" in decode(page.encode("latin-1"))
    gb = "<html><head><meta charset='gb2312'><title>新闻</title></head></html>"
    assert "新闻" in decode(gb.encode("gb2312"))


def _readability_case(root: Path, name: str, source: str, expected: str, meta: dict) -> None:
    case = root / "test" / "test-pages" / name
    case.mkdir(parents=True)
    (case / "source.html").write_text(source, "utf-8")
    (case / "expected.html").write_text(expected, "utf-8")
    (case / "expected-metadata.json").write_text(json.dumps(meta), "utf-8")


def test_readability_test_pages_load_as_a_set(tmp_path: Path) -> None:
    """mozilla/readability's ``test/test-pages/<case>/``: the page, readability's article and its metadata."""
    _readability_case(
        tmp_path,
        "harbour-news",
        "<html><head><title>Ferry returns | Harbour News</title>"
        "<link rel='canonical' href='https://harbour.example.org/2024/ferry'></head>"
        "<body><h1>Ferry returns</h1><p>The ferry is back.</p><p>Crowds met it.</p></body></html>",
        "<div id='readability-page-1' class='page'><p>The ferry<b> is</b> back.</p><p>Crowds met it.</p></div>",
        {
            "title": "Ferry returns",
            "byline": "By\n\t\tAnna Berg and Tom Lind\n\t\tStaff",
            "publishedTime": "2024-05-02T08:30:00Z",
        },
    )
    _readability_case(
        tmp_path,
        "dated-byline",
        "<html><body><p>Text.</p></body></html>",
        "<div><p>Text.</p></div>",
        {"title": "", "byline": "by Lucas Nolan22 Dec 2016651", "publishedTime": None},
    )
    (tmp_path / "test" / "test-pages" / "no-source").mkdir()  # a folder without a page is no case
    pages = {p.page_id: p for p in readability_pages(tmp_path)}
    assert sorted(pages) == ["dated-byline", "harbour-news"]
    news = pages["harbour-news"]
    assert news.set_name == "readability"
    assert news.url == "https://harbour.example.org/2024/ferry"
    assert news.truth.body == "The ferry is back.\nCrowds met it."
    assert news.truth.title == "Ferry returns"
    assert news.truth.authors == ["Anna Berg", "Tom Lind"]
    assert news.truth.date == "2024-05-02T08:30:00Z"
    dated = pages["dated-byline"]
    assert dated.url == "http://fakehost/test/page.html"  # readability's tests' own URL for every page
    assert (dated.truth.title, dated.truth.authors, dated.truth.date) == (None, None, None)


def test_readability_set_runs_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _readability_case(
        tmp_path,
        "p1",
        "<html><head><title>Ferry returns</title></head><body><h1>Ferry returns</h1>"
        "<p>The ferry is back in the harbour after a winter in the yard, and the crowds met it.</p></body></html>",
        "<div><p>The ferry is back in the harbour after a winter in the yard, and the crowds met it.</p></div>",
        {"title": "Ferry returns", "byline": None, "publishedTime": None},
    )
    assert main(["--readability", str(tmp_path), "--tools", "ours"]) == 0
    assert "## readability" in capsys.readouterr().out
