"""Commands on republished articles: clusters of near-duplicates, reprint sources, the crawl report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from archiver.cli.common import (
    FORMAT_TEXT_JSON,
    db_option,
    ensure_exists,
    existing_archive,
    fails_cleanly,
    is_stdout,
    open_output,
    shorten,
)
from archiver.cli.group import cli
from archiver.cli.listing import listing_options, output_option, write_listing
from archiver.cli.params import ISO_TIME, ROW_ID, FiniteFloatRange
from archiver.render.terminal import json_text, printable
from archiver.replay.links import DEFAULT_REPLAY_BASE

CLUSTER_MEMBER_COLUMNS = (
    "cluster",
    "cluster_size",
    "cluster_similarity",
    "original",
    "role",
    "url",
    "site",
    "article_id",
    "title",
    "source",
    "reprinted",
    "published_at",
    "similarity",
    "reason",
)


def cluster_rows(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per member of each cluster, with its cluster's number, size, similarity and original."""
    return [
        {
            **member,
            "cluster": index,
            "cluster_size": cluster["size"],
            "cluster_similarity": cluster["similarity"],
            "original": cluster["original"],
        }
        for index, cluster in enumerate(found, 1)
        for member in cluster["copies"]
    ]


def _clusters_text(db: Path, found: list[dict[str, Any]]) -> str:
    if not found:
        return f"No near-duplicate clusters in {db}."
    lines = []
    for index, cluster in enumerate(found, 1):
        label = "original" if cluster["original"] else "no original archived; reference"
        lines.append(f"{index}. {cluster['size']} articles, similarity >= {cluster['similarity']:.2f}")
        lines.append(f"   {label}: {cluster['original'] or cluster['reference']}")
        lines.append(f"   why: {cluster['original_reason']}")
        for member in cluster["copies"]:
            if member["url"] == (cluster["original"] or cluster["reference"]):
                continue
            similarity = "" if member["similarity"] is None else f"{member['similarity']:.2f} "
            lines.append(
                f"   - {similarity}{member['url']}  {shorten(member['title'] or '', 50)}  ({member['reason']})"
            )
    lines.append(f"{len(found)} clusters, {sum(c['size'] for c in found)} articles.")
    return "\n".join(lines)


@cli.command()
@db_option()
@click.option("--run", "run_id", type=ROW_ID, help="Only clusters found or changed by this crawl run.")
@listing_options
@fails_cleanly
def republished(db: Path, run_id: int | None, output_format: str, output: Path | None, bom: bool | None) -> None:
    """Clusters of near-duplicate articles (republished copies), each with its original and why.

    JSON: a list of {"members": [url, ...], "original": url or null, "similarity": float,
    ...}; "similarity" is the lowest similarity of a copy to the original (or reference).
    csv, tsv, jsonl, table: one row per member, with its cluster's number.
    """
    from archiver.store.clusters import clusters

    archive = existing_archive(db)
    found = clusters(archive.db, None if run_id is None else [run_id])
    write_listing(
        output_format,
        cluster_rows(found),
        CLUSTER_MEMBER_COLUMNS,
        text=lambda: _clusters_text(db, found),
        document=lambda: found,
        output=output,
        bom=bom,
    )


ORGANIZATION_COLUMNS = ("organization", "reprints", "organization_site")
REPRINT_COLUMNS = ("organization", "url", "site", "article_id", "title", "source_raw", "published_at", "status")


def _reprints_text(organization: str | None, data: list[dict[str, Any]]) -> str:
    if organization is None:
        return "\n".join(
            f"{row['reprints']:6d}  {row['organization']}"
            + (f" (archived: {row['organization_site']})" if row["organization_site"] else "")
            for row in data
        )
    lines = [f"{row['published_at'] or '-':25}  {row['url']}  {shorten(row['title'] or '', 60)}" for row in data]
    lines.append(f"{len(data)} articles reprinted from {organization}.")
    return "\n".join(lines)


@cli.command()
@db_option()
@click.option("--source", "organization", help="List the articles reprinted from this organization.")
@listing_options
@fails_cleanly
def reprints(db: Path, organization: str | None, output_format: str, output: Path | None, bom: bool | None) -> None:
    """Organizations that archived articles say they are reprinted from, or everything reprinted from one."""
    from archiver.store.clusters import reprints as reprint_rows

    archive = existing_archive(db)
    data = reprint_rows(archive.db, organization)
    write_listing(
        output_format,
        data,
        ORGANIZATION_COLUMNS if organization is None else REPRINT_COLUMNS,
        text=lambda: _reprints_text(organization, data),
        document=lambda: data,
        output=output,
        bom=bom,
    )


@cli.command()
@db_option()
@click.option(
    "--threshold",
    type=FiniteFloatRange(0.05, 1.0),
    default=None,
    help="Similarity that makes two bodies copies (default: ARCHIVER_DUPLICATE_THRESHOLD, or the "
    "threshold the archive was built with). A new value rebuilds the index.",
)
@click.option("--rebuild", is_flag=True, help="Re-sign every article instead of only new and changed ones.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def cluster(db: Path, threshold: float | None, rebuild: bool, output_format: str) -> None:
    """Update the near-duplicate clusters now (crawls do it after every run)."""
    from archiver.store import lock

    ensure_exists(db)
    lock.acquire(db, "cluster")
    try:
        archive = existing_archive(db, write=True)

        def progress(done: int, total: int) -> None:
            if output_format == "text":
                click.echo(f"[archiver] signed {done}/{total} articles", err=True)

        result = archive.update_clusters(None, threshold or archive.duplicate_threshold(), rebuild, progress)
        archive.close()
    finally:
        lock.release(db)
    data: dict[str, Any] = result.as_dict()
    click.echo(
        json.dumps(data, indent=2)
        if output_format == "json"
        else f"Signed {result.signed} articles ({result.too_short} too short to compare); "
        f"{result.pairs} near-duplicate pairs in {result.clusters} clusters; "
        f"{result.reprints} reprints linked to their source."
    )


@cli.command()
@db_option()
@click.option("--run", "run_id", type=ROW_ID, help="Report on this crawl run (default: the latest).")
@click.option("--since", type=ISO_TIME, help="Report on every run started at or after this ISO 8601 time.")
@click.option("--format", "output_format", type=click.Choice(["html", "md", "json"]), default="html", show_default=True)
@output_option("Write the report here (default, or -: standard output).")
@click.option(
    "--replay-url",
    default=DEFAULT_REPLAY_BASE,
    show_default=True,
    help="Where `archiver replay` (or pywb, collection `web`) serves the archived copies the report links to.",
)
@fails_cleanly
def report(
    db: Path, run_id: int | None, since: str | None, output_format: str, output: Path | None, replay_url: str
) -> None:
    """What a crawl found: per site and per run, over time, new articles by group, edits with their
    diffs, removals, republished copies with their anomalies, and failures.

    HTML is one self-contained file (no external assets, no scripts) for a browser; every
    article links to its live URL and to its archived copy in `archiver replay`.
    """
    from archiver.errors import UsageError
    from archiver.history.report import build_report
    from archiver.render.report_html import report_html, report_markdown

    if run_id is not None and since is not None:
        raise UsageError("give --run or --since, not both")
    data = build_report(existing_archive(db).db, str(db), run_id, since, replay_url)
    # Markdown is read in a terminal or an editor: its controls are escaped like any text output.
    text = (
        json_text(data) + "\n"
        if output_format == "json"
        else report_html(data)
        if output_format == "html"
        else printable(report_markdown(data))
    )
    with open_output(output) as stream:
        stream.write(text)
    if not is_stdout(output):
        summary = data["summary"]
        click.echo(
            f"Wrote {output}: {summary['new']} new, {summary['edited']} edited, {summary['removed']} removed, "
            f"{summary['republished_clusters']} republished clusters.",
            err=True,
        )
