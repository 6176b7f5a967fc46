"""The speed-up check (bench/extraction_same.py): records compared field by field, bad arguments refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extraction_same import differences, main


def test_every_changed_field_and_error_is_a_difference() -> None:
    base = {"title": "A", "body": "x", "rules": {"title": "h1"}}
    assert differences("p", base, dict(base)) == []
    changed = differences("p", base, {**base, "rules": {"title": "h2"}, "language": "en"})
    assert [line.split(":")[0] for line in changed] == ["p language", "p rules"]
    assert differences("p", base, "ExtractionError: empty document") != []


def test_a_base_without_archiver_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--base", str(tmp_path)]) == 2
    assert "--base" in capsys.readouterr().err
