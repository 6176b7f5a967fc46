"""bench/crawl.py --compiled: both trees' own packages byte-compiled, though PYTHONDONTWRITEBYTECODE is set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.crawl import compile_tree


def test_compile_tree_writes_bytecode_of_the_trees_own_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    for name in ("archiver", "spiders", "pipelines"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("VALUE = 1\n")
    (tmp_path / "archiver" / "deep").mkdir()
    (tmp_path / "archiver" / "deep" / "module.py").write_text("VALUE = 2\n")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "__init__.py").write_text("VALUE = 3\n")
    compile_tree(tmp_path)
    for source in ("archiver/__init__.py", "spiders/__init__.py", "pipelines/__init__.py", "archiver/deep/module.py"):
        assert Path(importlib.util.cache_from_source(str(tmp_path / source))).exists(), source
    assert not Path(importlib.util.cache_from_source(str(tmp_path / "other" / "__init__.py"))).exists()


def test_compile_tree_takes_a_tree_without_spiders_or_pipelines(tmp_path: Path) -> None:
    (tmp_path / "archiver").mkdir()
    (tmp_path / "archiver" / "__init__.py").write_text("")
    compile_tree(tmp_path)
    assert Path(importlib.util.cache_from_source(str(tmp_path / "archiver" / "__init__.py"))).exists()
