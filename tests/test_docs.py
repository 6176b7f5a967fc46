"""Documentation is part of the interface: a setting, command or column missing from it fails here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

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


@pytest.mark.e2e
def test_readme_research_commands_work_on_the_demo_archive_as_printed(tmp_path: Path) -> None:
    """Issue 17: every README command on data/demo.db runs (exit 0, output) on a fresh demo archive.

    The demo serves its editions on 127.0.0.1:8761 and :8762 unless those ports are taken (as
    by a parallel test): the printed hosts are then read as the ports it got.
    """
    import shlex
    import sqlite3

    from tests.conftest import run_archiver

    db = tmp_path / "demo.db"
    built = run_archiver("demo", "--db", str(db))
    assert built.returncode == 0, built.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        en_url = conn.execute("SELECT url FROM articles WHERE url LIKE '%/NewsDes/1860000000007023757.html'").fetchone()
        hosts = {site for (site,) in conn.execute("SELECT DISTINCT site FROM articles")}
    conn.close()
    assert en_url is not None, "the demo corpus changed: update the README's example URL"
    en_host = en_url[0].split("/")[2]
    zh_host = (hosts - {en_host}).pop()

    def as_run_here(text: str) -> str:
        text = text.replace("127.0.0.1:8761", "EN_HOST").replace("127.0.0.1:8762", "ZH_HOST")
        text = text.replace("EN_HOST", en_host).replace("ZH_HOST", zh_host)
        return text.replace("data/demo.db", str(db)).replace("data/", f"{tmp_path}/")

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith("archiver ") and "--db data/demo.db" in line]
    commands = [shlex.split(as_run_here(line), comments=True) for line in lines]
    commands = [c for c in commands if c[1] not in ("serve", "replay")]  # servers: tested elsewhere
    assert len(commands) >= 12
    outputs = {}
    for command in commands:
        result = run_archiver(*command[1:])
        assert result.returncode == 0, f"{shlex.join(command)}: {result.stderr[-500:]}"
        written = command[command.index("-o") + 1] if "-o" in command else "-"
        assert result.stdout if written == "-" else Path(written).read_bytes(), shlex.join(command)
        outputs[" ".join(command[1:3])] = result.stdout
    assert "Trade union" in outputs["search unions"]
    assert "best of" in outputs["search 保"]
    found = json.loads(outputs["search source:新华网 保安"])
    assert found["count"] >= found["returned"] > 0
    assert all("新华网" in (hit["source"] or "") for hit in found["results"])
    assert en_host in outputs["sites --db"]

    notebook = re.search(
        r"```python\n(import archiver\n\nwith archiver.open_archive\(\"data/demo.db\"\).*?)```", readme, re.S
    )
    assert notebook is not None
    names: dict[str, object] = {}
    exec(as_run_here(notebook.group(1)), names)  # the README's own code, on the fresh archive
    assert names["articles"] and names["hits"] and names["versions"] and names["then"]
