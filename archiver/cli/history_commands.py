"""Commands about one article: history, diff, show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from archiver.cli.common import (
    FORMAT_TEXT_JSON,
    db_option,
    echo_json,
    echo_text,
    existing_archive,
    fails_cleanly,
    open_output,
)
from archiver.cli.group import cli
from archiver.cli.listing import listing_options, output_option, write_listing
from archiver.cli.params import ISO_TIME, ROW_ID
from archiver.render.terminal import json_text, printable
from archiver.render.text import (
    history_text,
    show_text,
)


def _article_versions(archive: Any, url: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from archiver.errors import UsageError
    from archiver.urls import canonicalize_url

    article = archive.article(canonicalize_url(url) or url)
    if article is None:
        raise UsageError(f"{url} is not in {archive.path}; `archiver export --db {archive.path}` lists what is")
    return article, archive.history(article["id"])


VERSION_COLUMNS = (
    "version",
    "captured_at",
    "change_kind",
    "changed_fields",
    "restored_from",
    "title",
    "source",
    "author",
    "published_at",
    "extractor_version",
    "content_hash",
)


@cli.command()
@click.argument("url")
@db_option()
@listing_options
@fails_cleanly
def history(url: str, db: Path, output_format: str, output: Path | None, bom: bool | None) -> None:
    """The versions of one article and what changed in each (csv, tsv, jsonl, table: one row per version)."""
    from archiver.api import with_public_ids

    article, versions = _article_versions(existing_archive(db), url)
    shown = [
        with_public_ids({k: v for k, v in version.items() if k not in ("body_html", "rules")}, article)
        for version in versions
    ]
    public = {**article, "record_id": article["id"], "article_id": article["site_article_id"]}
    write_listing(
        output_format,
        shown,
        VERSION_COLUMNS,
        text=lambda: history_text(article, versions),
        document=lambda: {"article": public, "versions": shown},
        output=output,
        bom=bom,
    )


@cli.command()
@click.argument("url")
@db_option()
@click.option("--from", "from_version", type=ROW_ID, help="Older version (default: the one before --to).")
@click.option("--to", "to_version", type=ROW_ID, help="Newer version (default: the latest).")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "html", "json"]), default="text", show_default=True
)
@output_option()
@fails_cleanly
def diff(
    url: str, db: Path, from_version: int | None, to_version: int | None, output_format: str, output: Path | None
) -> None:
    """What changed between two versions of an article: fields and body."""
    from archiver.errors import UsageError
    from archiver.history.diffing import VersionDiff
    from archiver.render.diff_html import diff_html, diff_text

    article, versions = _article_versions(existing_archive(db), url)
    by_number = {v["version"]: v for v in versions}
    newest = to_version or versions[-1]["version"]
    oldest = from_version or max(newest - 1, 1)
    if oldest not in by_number or newest not in by_number:
        raise UsageError(
            f"{url} has versions {', '.join(map(str, by_number))}; --from {oldest} --to {newest} is not among them"
        )
    result = VersionDiff(article["url"], by_number[oldest], by_number[newest])
    # Text is for reading in a terminal, whether printed now or `cat` later: its controls are escaped.
    text = (
        json_text(result.to_json())
        if output_format == "json"
        else diff_html(result)
        if output_format == "html"
        else printable(diff_text(result))
    )
    with open_output(output) as stream:
        stream.write(text if text.endswith("\n") else text + "\n")


@cli.command()
@click.argument("url")
@db_option()
@click.option("--version", "version", type=ROW_ID, help="This version.")
@click.option("--at", type=ISO_TIME, help="The version current at this time (ISO 8601).")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def show(url: str, db: Path, version: int | None, at: str | None, output_format: str) -> None:
    """What an article said: now, at a version, or at a point in time."""
    from archiver.api import ArchiveReader
    from archiver.errors import UsageError

    if version is not None and at is not None:
        raise UsageError("give --version or --at, not both")
    existing_archive(db).close()
    with ArchiveReader(db) as reader:
        found = reader.article_at(url, version=version, at=at)
    found.pop("rules", None)
    if output_format == "json":
        echo_json(found)
    else:
        echo_text(show_text(found))
