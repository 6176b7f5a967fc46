"""Commands on republished articles: clusters of near-duplicates, reprint sources, the crawl report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from archiver.cli.common import (
    FORMAT_TEXT_JSON,
    db_option,
    echo_json,
    echo_text,
    ensure_exists,
    existing_archive,
    fails_cleanly,
    open_output,
    shorten,
)
from archiver.cli.group import cli
from archiver.cli.params import ISO_TIME, ROW_ID, FiniteFloatRange
from archiver.replay_links import DEFAULT_REPLAY_BASE
from archiver.terminal import json_text, printable


@cli.command()
@db_option()
@click.option("--run", "run_id", type=ROW_ID, help="Only clusters found or changed by this crawl run.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def republished(db: Path, run_id: int | None, output_format: str) -> None:
    """Clusters of near-duplicate articles (republished copies), each with its original and why.

    JSON: a list of {"members": [url, ...], "original": url or null, "similarity": float,
    ...}; "similarity" is the lowest similarity of a copy to the original (or reference).
    """
    from archiver.store.clusters import clusters

    archive = existing_archive(db)
    found = clusters(archive.db, None if run_id is None else [run_id])
    if output_format == "json":
        echo_json(found)
        return
    if not found:
        echo_text(f"No near-duplicate clusters in {db}.")
        return
    for index, cluster in enumerate(found, 1):
        label = "original" if cluster["original"] else "no original archived; reference"
        echo_text(f"{index}. {cluster['size']} articles, similarity >= {cluster['similarity']:.2f}")
        echo_text(f"   {label}: {cluster['original'] or cluster['reference']}")
        echo_text(f"   why: {cluster['original_reason']}")
        for member in cluster["copies"]:
            if member["url"] == (cluster["original"] or cluster["reference"]):
                continue
            similarity = "" if member["similarity"] is None else f"{member['similarity']:.2f} "
            echo_text(f"   - {similarity}{member['url']}  {shorten(member['title'] or '', 50)}  ({member['reason']})")
    echo_text(f"{len(found)} clusters, {sum(c['size'] for c in found)} articles.")


@cli.command()
@db_option()
@click.option("--source", "organization", help="List the articles reprinted from this organization.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def reprints(db: Path, organization: str | None, output_format: str) -> None:
    """Organizations that archived articles say they are reprinted from, or everything reprinted from one."""
    from archiver.store.clusters import reprints as reprint_rows

    data = reprint_rows(existing_archive(db).db, organization)
    if output_format == "json":
        echo_json(data)
    elif organization is None:
        for row in data:
            site = f" (archived: {row['organization_site']})" if row["organization_site"] else ""
            echo_text(f"{row['reprints']:6d}  {row['organization']}{site}")
    else:
        for row in data:
            echo_text(f"{row['published_at'] or '-':25}  {row['url']}  {shorten(row['title'] or '', 60)}")
        echo_text(f"{len(data)} articles reprinted from {organization}.")


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
    from archiver import lock

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
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here (default: stdout)."
)
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
    from archiver.render_report import report_html, report_markdown
    from archiver.report import build_report

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
    if output is not None:
        summary = data["summary"]
        click.echo(
            f"Wrote {output}: {summary['new']} new, {summary['edited']} edited, {summary['removed']} removed, "
            f"{summary['republished_clusters']} republished clusters.",
            err=True,
        )
