"""Golden-file extraction tests: tests/golden/<profile>/<case>/{page.html, meta.json, expected.json}.

A failing field means extraction changed. If the change is intended, run
``pytest tests/test_golden.py --update-golden`` and review the diff of expected.json.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from archiver.extract import extract_article

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.parent for p in GOLDEN.glob("*/*/page.html"))


def _extract(case: Path) -> dict[str, Any]:
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    return extract_article(
        (case / "page.html").read_bytes(),
        meta["url"],
        meta["profile"],
        charset=meta["charset"],
        captured_at=datetime.fromisoformat(meta["captured_at"]),
    )


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    record = _extract(case)
    expected_file = case / "expected.json"
    if request.config.getoption("--update-golden"):
        expected_file.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    mismatched = {
        name: {"got": record.get(name), "expected": value}
        for name, value in expected.items()
        if record.get(name) != value
    }
    assert not mismatched, json.dumps(mismatched, ensure_ascii=False, indent=2)[:3000]


def test_there_are_golden_cases_for_each_template() -> None:
    names = {f"{c.parent.name}/{c.name}" for c in CASES}
    assert {
        "kmabxh/reference-seed",
        "kmabxh/en-reprinted",
        "kmabxh/zh-reprinted",
        "generic/gov-article",
        "generic/gov-malformed",
        "generic/gov-charset-mismatch",
        "generic/modern-article",
    } <= names


def test_reference_seed_article() -> None:
    """The real portal article (shared/reference) comes out as a researcher would cite it."""
    record = _extract(GOLDEN / "kmabxh" / "reference-seed")
    assert record["title"].startswith("Xu Liuping: Contributing the power of trade unions")
    assert record["source"] == "All-China Federation of Trade Unions"
    assert record["source_raw"] == "Reprinted from the All-China Federation of Trade Unions"
    assert record["reprinted"] is True
    assert record["author"] is None
    assert record["published_at"] == "2024-11-22T09:14:12+08:00"
    assert record["keywords"] == []
    assert record["article_id"] == "1859774453443571712"
    body = record["body"]
    assert body.startswith("Contributing the power of trade unions to further comprehensively")
    assert body.endswith("advance Chinese-style modernization.")
    assert "Keywords" not in body and "Related Content" not in body and "Enterprise Atlas" not in body
    assert "\n\n\n" not in body and len(body.split("\n\n")) == 24
