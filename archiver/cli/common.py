"""Helpers shared by the commands: options, error handling, output."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TextIO

import click

from archiver.cli.group import fail
from archiver.cli.params import ISO_TIME
from archiver.errors import ArchiverError
from archiver.render.terminal import json_text, printable

DEFAULT_DB = Path("data/archive.db")
FORMAT_TEXT_JSON = click.Choice(["text", "json"])
EXPORT_FIELDS = (
    "url",
    "site",
    "title",
    "source",
    "source_raw",
    "reprinted",
    "author",
    "published_at",
    "categories",
    "keywords",
    "body",
    "language",
    "version",
    "content_hash",
    "first_seen",
    "last_seen",
    "status",
    "article_id",
)


def fails_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """ArchiverError -> ``Error: ...`` on stderr and its exit code; no traceback for the user.

    The group's error boundary (``archiver.cli.group``) does the same for every command; this
    keeps a command clean when it is invoked on its own (``cli.commands[name]``).
    """

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ArchiverError as exc:
            fail(str(exc), exc.exit_code)

    return wrapper


def db_option(default: Path = DEFAULT_DB) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default,
        show_default=True,
        help="Path of the SQLite archive.",
    )


def ensure_exists(db: Path) -> None:
    from archiver.errors import ArchiveError

    if not db.exists():
        raise ArchiveError(f"no archive at {db}: run `archiver crawl TARGET --db {db}` first")


def existing_archive(db: Path, *, write: bool = False) -> Any:
    """An archive that must exist; opened read-only (never migrated, never locked) unless ``write``."""
    from archiver.store import Archive

    ensure_exists(db)
    return Archive(db, read_only=not write)


def site_hint(archive: Any, site: str | None) -> None:
    """When ``--site`` names no site of the archive, say on stderr which sites it holds (found nothing: why)."""
    if not site:
        return
    from archiver.store.reads import site_names

    names = site_names(archive.db)
    if site not in names:
        held = ", ".join(names) if names else "no articles yet"
        click.echo(
            printable(
                f"Note: {archive.path} has no site {site!r}; it holds: {held} (`archiver sites --db {archive.path}`)"
            ),
            err=True,
        )


def echo_text(text: str, err: bool = False) -> None:
    """Print text for a person: archived strings in it cannot send escape sequences to the terminal."""
    click.echo(printable(text), err=err)


def echo_json(data: Any) -> None:
    """Print JSON (indented) with every terminal control character escaped; still valid, same data."""
    click.echo(json_text(data))


def emit(summary: tuple[str, dict[str, Any]], output_format: str) -> None:
    text, data = summary
    if output_format == "json":
        echo_json(data)
    else:
        echo_text(text)


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        [
            click.option("--site", help="Only this site (host), e.g. en.kmabxh.com."),
            click.option("--category", help="Only articles a listing of this name shows, e.g. News."),
            click.option("--since", type=ISO_TIME, help="Published at or after this date (ISO 8601, e.g. 2024-11-01)."),
            click.option("--until", type=ISO_TIME, help="Published before this date (ISO 8601)."),
        ]
    ):
        command = option(command)
    return command


def prepare_output(output: Path) -> None:
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiverError(f"cannot write {output}: {exc.strerror}") from exc


def is_stdout(output: Path | None) -> bool:
    """No ``-o``, or ``-o -``: standard output (as every Unix tool reads a lone dash)."""
    return output is None or str(output) == "-"


@contextmanager
def open_output(output: Path | None) -> Iterator[TextIO]:
    """A text stream to ``output``; standard output for None or ``-``. I/O failures are one line, exit 3."""
    if output is None or is_stdout(output):
        yield sys.stdout
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        stream = output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ArchiverError(f"cannot write {output}: {exc.strerror}") from exc
    try:
        with stream:
            yield stream
    except OSError as exc:  # a full disk shows on a write or on the final flush
        raise ArchiverError(f"cannot write {output}: {exc.strerror or exc}") from exc


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " …"
