"""The ``archiver`` command: a thin translator over the library. Errors become one line + exit code."""

from __future__ import annotations

from archiver.cli import (  # noqa: F401 - registers the commands
    archive_commands,
    crawling,
    extract_command,
    history_commands,
    republished_commands,
    research_commands,
)
from archiver.cli.common import EXPORT_FIELDS
from archiver.cli.group import cli

__all__ = ["EXPORT_FIELDS", "cli", "main"]


def main() -> None:
    cli(prog_name="archiver")
