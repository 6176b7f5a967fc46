"""Documentation is part of the interface: a setting, command or column missing from it fails here."""

from __future__ import annotations

import re
from pathlib import Path

import archiver.settings
from archiver.cli import cli
from archiver.store import Archive

ROOT = Path(__file__).resolve().parent.parent


def test_every_archiver_setting_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [n for n in dir(archiver.settings) if n.startswith("ARCHIVER_")]
    assert names == sorted(names)
    assert [n for n in names if f"`{n}`" not in readme] == []


def test_every_command_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [c for c in cli.commands if f"`archiver {c}" not in readme] == []


def test_every_table_and_column_is_documented(tmp_path: Path) -> None:
    schema = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    archive = Archive(tmp_path / "a.db")
    missing = []
    for (table,) in archive.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts_%'"
    ):
        if f"`{table}`" not in schema:
            missing.append(table)
        for row in archive.db.execute(f"PRAGMA table_info({table})"):
            if not re.search(rf"`({table}\.)?{row[1]}`", schema):
                missing.append(f"{table}.{row[1]}")
    for (view,) in archive.db.execute("SELECT name FROM sqlite_master WHERE type = 'view'"):
        if f"`{view}`" not in schema:
            missing.append(view)
        missing.extend(
            f"{view}.{row[1]}"
            for row in archive.db.execute(f"PRAGMA table_info({view})")
            if f"`{row[1]}`" not in schema
        )
    assert missing == []
    assert f"currently **{archive.schema_version}**" in schema


def test_readme_opens_with_the_two_commands() -> None:
    """Run it installs only what the demo needs; test it installs the test extra; CI runs the latter."""
    blocks = re.findall(r"```bash\n(.*?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert blocks[0] == venv + "pip install -e . && archiver demo"
    install, pytest_command = blocks[1].split(" && python -m pytest")
    assert install == venv + "pip install -e '.[test]'"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet -e '.[test]'" in ci
    assert f"python -m pytest{pytest_command}" in ci


def test_exit_codes_are_documented() -> None:
    from archiver.crawler import run as crawl
    from archiver.store import lock

    scheduling = (ROOT / "docs" / "scheduling.md").read_text(encoding="utf-8")
    codes = {
        crawl.EXIT_OK,
        crawl.EXIT_COVERAGE_ALARM,
        2,
        crawl.EXIT_FATAL,
        crawl.EXIT_INTERRUPTED,
        crawl.EXIT_LOCKED,
        lock.ArchiveLocked.exit_code,
        crawl.EXIT_INCOMPLETE,
    }
    assert [c for c in codes if f"\n| {c} |" not in scheduling] == []


ARCHITECTURE = ROOT / "docs" / "architecture.md"


def test_architecture_names_every_part_of_the_library() -> None:
    """docs/architecture.md matches the tree: every package and top-level module of archiver/ is named."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    parts = sorted(
        path.name + ("/" if path.is_dir() else "")
        for path in (ROOT / "archiver").iterdir()
        if not path.name.startswith("__") and (path.is_dir() or path.suffix == ".py")
    )
    missing = [part for part in parts if part not in text and part.removesuffix(".py") not in text]
    assert missing == []


def test_architecture_paths_exist() -> None:
    """Every ``archiver/…/x.py`` path the page names is a file of the tree (a move updates the page)."""
    named = set(re.findall(r"archiver/[\w/]+\.py", ARCHITECTURE.read_text(encoding="utf-8")))
    assert named, "the page names no paths: the check would be empty"
    assert sorted(path for path in named if not (ROOT / path).is_file()) == []
