"""The ``archiver`` command group."""

from __future__ import annotations

import click

from archiver import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
def cli() -> None:
    """Crawl a news/association portal into a versioned SQLite archive."""


