"""The public-sets bench's page ranking (bench/extraction_quality.py): ours' worst pages, alone or against a tool."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench.extraction_quality import decode, main, parser_version, worst_rows


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
