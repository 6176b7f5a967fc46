"""Commands over the whole archive: export, stats, runs, reextract, verify."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from archiver.cli.common import (
    EXPORT_FIELDS,
    FORMAT_TEXT_JSON,
    db_option,
    echo_json,
    echo_text,
    ensure_exists,
    existing_archive,
    fails_cleanly,
    filter_options,
    is_stdout,
    open_output,
    prepare_output,
    site_hint,
)
from archiver.cli.group import cli
from archiver.cli.listing import bom_option, listing_options, write_listing, write_rows
from archiver.cli.params import ISO_TIME, count_range
from archiver.errors import ArchiverError
from archiver.render.text import (
    runs_text,
    sites_text,
    stats_text,
)


@cli.command()
@db_option()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "csv", "tsv", "json", "table", "parquet", "warc", "wacz"]),
    default="jsonl",
    show_default=True,
    help="parquet needs `pip install archiver[parquet]`; warc writes every raw capture and a CDXJ index "
    "beside it; wacz packages them for ReplayWeb.page and pywb (`pip install archiver[wacz]`).",
)
@click.option("--all-versions", is_flag=True, help="One record per (url, version), not per article.")
@filter_options
@click.option("--status", type=click.Choice(["live", "gone"]), help="Only live or only gone articles.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of standard output (required for parquet, warc and wacz; - is standard output).",
)
@click.option(
    "--raw", is_flag=True, help="CSV: write cells exactly as archived, even those a spreadsheet would run as a formula."
)
@bom_option()
@fails_cleanly
def export(
    db: Path,
    output_format: str,
    all_versions: bool,
    site: str | None,
    category: str | None,
    since: str | None,
    until: str | None,
    status: str | None,
    output: Path | None,
    raw: bool,
    bom: bool | None,
) -> None:
    """Export archived articles as JSON lines, CSV, TSV, JSON, a table or Parquet, or the raw captures as WARC or WACZ.

    WARC and WACZ hold every capture (articles, robots.txt, home, listings, redirects) and the
    pages that could not be archived as metadata records; --category, --since, --until and
    --status keep only article captures. The WARC's CDXJ index is written beside it (.cdxj).

    CSV cells that begin with = + - @, a tab or a carriage return get a leading ' so that a
    spreadsheet shows them as text instead of running them as formulas (OWASP's advice);
    --raw turns that off. CSV starts with a byte-order mark when the data is mostly Chinese
    (for Excel); --bom/--no-bom decide instead.
    """
    from archiver.errors import UsageError

    archive = existing_archive(db)
    filters = {"site": site, "category": category, "since": since, "until": until, "status": status}
    if output_format in ("parquet", "warc", "wacz") and output is None:
        raise UsageError(f"--format {output_format} writes a binary file: give -o FILE")
    if output_format in ("warc", "wacz") and output is not None:
        _export_captures(archive.db, output_format, output, filters)
        return
    records = archive.export_records(all_versions=all_versions, **filters)
    if output_format == "parquet" and output is not None:
        from archiver.export.parquet import write_parquet

        count = _binary(output, lambda path: write_parquet(records, path, EXPORT_FIELDS))
    elif output_format == "json":
        with open_output(output) as stream:
            count = _write_json_array(records, stream)
    else:
        with open_output(output) as stream:
            count = write_rows(records, EXPORT_FIELDS, output_format, stream, bom, neutralize=not raw)
    if output:
        click.echo(f"Exported {count} records to {_named(output)}", err=True)
    if count == 0:
        site_hint(archive, site)


def _export_captures(db: Any, output_format: str, output: Path, filters: dict[str, str | None]) -> None:
    from archiver.export.warc import index_path, write_cdxj, write_wacz, write_warc
    from archiver.store.reads import captures_for_export, failures_for_export, replay_pages

    captures = captures_for_export(db, **filters)
    only_articles = any(filters.get(name) for name in ("category", "since", "until", "status"))
    failures = [] if only_articles else failures_for_export(db, filters.get("site"))
    if is_stdout(output):
        # A pipe has no "beside" for the CDXJ index: the WARC (or WACZ) alone, through a temporary file.
        if output_format == "wacz":
            pages = replay_pages(db, filters.get("site"))
            count = _binary(output, lambda path: write_wacz(captures, failures, pages, path, "archiver: export"))
        else:
            count = _binary(output, lambda path: write_warc(captures, path, failures))
        click.echo(f"Exported {count} captures and {len(failures)} failures to standard output", err=True)
        return
    prepare_output(output)
    if output_format == "wacz":
        pages = replay_pages(db, filters.get("site"))
        count = _written(output, lambda: write_wacz(captures, failures, pages, output, f"archiver: {output.stem}"))
        click.echo(f"Exported {count} captures and {len(failures)} failures to {output}", err=True)
        return
    count = _written(output, lambda: write_warc(captures, output, failures))
    index = index_path(output)
    lines = _written(index, lambda: write_cdxj(output, index))
    click.echo(
        f"Exported {count} captures and {len(failures)} failures to {output}; CDXJ index ({lines} lines) in {index}",
        err=True,
    )


def _written(output: Path, write: Callable[[], int]) -> int:
    """Run a writer of the binary file ``output``; a full disk or an I/O error is one line, exit 3."""
    try:
        return write()
    except OSError as exc:
        raise ArchiverError(f"cannot write {output}: {exc.strerror or exc}") from exc


def _named(output: Path) -> str:
    return "standard output" if is_stdout(output) else str(output)


def _binary(output: Path, write: Callable[[Path], int]) -> int:
    """Run a writer of a binary file at ``output``; ``-`` writes it to a temporary file, then to stdout.

    Parquet and gzipped WARC writers need a file they can seek in, which a pipe is not.
    """
    if not is_stdout(output):
        prepare_output(output)
        return _written(output, lambda: write(output))
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="archiver-export-") as folder:
        path = Path(folder) / "export.warc.gz"  # the suffix tells the WARC writer to gzip
        count = _written(path, lambda: write(path))
        sys.stdout.flush()
        with path.open("rb") as stream:
            shutil.copyfileobj(stream, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return count


def _write_json_array(records: Iterator[dict[str, Any]], stream: TextIO) -> int:
    """A JSON array written record by record: an archive's export is never held in memory whole."""
    count = 0
    stream.write("[")
    for record in records:
        stream.write(
            ("," if count else "") + "\n" + json.dumps({k: record[k] for k in EXPORT_FIELDS}, ensure_ascii=False)
        )
        count += 1
    stream.write("\n]\n")
    return count


@cli.command()
@db_option()
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def stats(db: Path, output_format: str) -> None:
    """Counts of what the archive holds, per site, and the last crawl run."""
    data = existing_archive(db).stats()
    if output_format == "json":
        echo_json(data)
    else:
        echo_text(stats_text(data))


RUN_COLUMNS = (
    "id",
    "status",
    "mode",
    "started_at",
    "finished_at",
    "target",
    "pages_fetched",
    "not_modified",
    "articles_new",
    "articles_changed",
    "articles_unchanged",
    "articles_gone",
    "failures",
    "alarm",
)


@cli.command()
@db_option()
@click.option("--limit", type=count_range(1), default=20, show_default=True)
@listing_options
@fails_cleanly
def runs(db: Path, limit: int, output_format: str, output: Path | None, bom: bool | None) -> None:
    """List crawl runs, newest first: status, counts, and any coverage alarm."""
    data = existing_archive(db).runs(limit)
    write_listing(
        output_format, data, RUN_COLUMNS, text=lambda: runs_text(data), document=lambda: data, output=output, bom=bom
    )


SITE_COLUMNS = (
    "site",
    "articles",
    "live",
    "gone",
    "versions",
    "first_seen",
    "last_seen",
    "first_run",
    "first_run_at",
    "last_run",
    "last_run_at",
)


@cli.command()
@db_option()
@listing_options
@fails_cleanly
def sites(db: Path, output_format: str, output: Path | None, bom: bool | None) -> None:
    """What the archive holds, per site: articles (live, gone), versions, first and last crawl run.

    The names shown are what --site takes in search, export and the Python API.
    """
    from archiver.store.reads import sites as site_rows

    data = site_rows(existing_archive(db).db)
    write_listing(
        output_format,
        data,
        SITE_COLUMNS,
        text=lambda: sites_text(str(db), data),
        document=lambda: data,
        output=output,
        bom=bom,
    )


@cli.command()
@db_option()
@click.option("--since", type=ISO_TIME, help="Only versions captured at or after this ISO time.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def reextract(db: Path, since: str | None, output_format: str) -> None:
    """Re-run the current extractor over stored pages; differences become `reextract` versions."""
    from archiver.reextract import reextract as run_reextract

    ensure_exists(db)

    def progress(done: int, total: int) -> None:
        if output_format == "text" and (done % 500 == 0 or done == total):
            click.echo(f"[archiver] re-extracted {done}/{total}", err=True)

    result = run_reextract(db, since, progress)
    data = {
        "run_id": result.run_id,
        "examined": result.examined,
        "rederived": result.rederived,
        "failed": result.failed,
    }
    click.echo(
        json.dumps(data, indent=2)
        if output_format == "json"
        else f"Re-extracted {result.examined} articles: {result.rederived} read differently (new "
        f"`reextract` versions), {result.failed} failed. Run {result.run_id}."
    )


@cli.command()
@db_option()
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def verify(db: Path, output_format: str) -> None:
    """Check the archive's invariants; exit 1 and list the problems when one fails.

    SQLite integrity and foreign keys; every article has its versions and every version
    its raw capture (and no article capture is orphaned); each version's text matches its
    content_hash; each capture's SHA-256 matches its content; the full-text index matches
    the current versions. It only reads: FTS5's own check is skipped (and said so) when the
    file is read-only or a crawl is writing.
    """
    from archiver.store.opening import ArchiveDamaged
    from archiver.store.verify import damaged
    from archiver.store.verify import verify as run_verify

    try:
        report = run_verify(existing_archive(db).db, db)
    except ArchiveDamaged as exc:  # reporting a damaged file is what verify is for: no error, a FAIL
        report = damaged(str(exc))
    if output_format == "json":
        click.echo(
            json.dumps(
                {"ok": report.ok, "checks": report.checks, "problems": report.problems, "skipped": report.skipped},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for check, examined in report.checks.items():
            failed = [p for p in report.problems if p.startswith(f"{check}:")]
            click.echo(f"{'FAIL' if failed else 'ok  '}  {check} ({examined} checked)")
            for problem in failed:
                click.echo(f"      {problem[len(check) + 2 :]}")
        for check, reason in report.skipped.items():
            click.echo(f"skip  {check} ({reason})")
        click.echo(f"{db}: {'all invariants hold' if report.ok else f'{len(report.problems)} problems'}")
    sys.exit(0 if report.ok else 1)


@cli.command()
@db_option()
@fails_cleanly
def upgrade(db: Path) -> None:
    """Upgrade an archive made by an older archiver to this one's schema (crawls do it too).

    Read commands never change an archive, so they ask for this once after an upgrade.
    Exit codes: 0 done, 2 not an archive, 3 newer than this archiver or not writable,
    75 a crawl holds it.
    """
    from archiver.store import lock

    ensure_exists(db)
    lock.acquire(db, "upgrade")
    try:
        archive = existing_archive(db, write=True)
        version = archive.schema_version
        archive.close()
    finally:
        lock.release(db)
    click.echo(f"{db}: archive schema {version}")
