"""The targets a benchmark checks, collected across scripts for bench/all.py's closing table.

A script given ``--targets PATH`` adds one object per target to the JSON list in PATH:
``{"target": "what is promised", "measured": "what was found", "met": true}``. bench/all.py
passes the same PATH to every script (bench/capacity.py included, when present) and prints
the list at the end.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def target(name: str, measured: str, met: bool) -> dict[str, Any]:
    return {"target": name, "measured": measured, "met": met}


def append_targets(path: Path, targets: list[dict[str, Any]]) -> None:
    """Add ``targets`` to the JSON list at ``path`` (created when missing)."""
    existing = json.loads(path.read_text()) if path.exists() and path.read_text().strip() else []
    path.write_text(json.dumps([*existing, *targets], indent=2))


def read_targets(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text()) if path.exists() and path.read_text().strip() else []
