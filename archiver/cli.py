"""The ``archiver`` command: a thin translator over the library. Errors become one line + exit code."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TextIO

import click

from archiver import __version__
from archiver.errors import ArchiverError
from archiver.render import (
    crawl_summary,
    extraction_text,
    history_text,
    runs_text,
    search_text,
    show_text,
    stats_text,
)

DEFAULT_DB = Path("data/archive.db")
FORMAT_TEXT_JSON = click.Choice(["text", "json"])
EXPORT_FIELDS = ("url", "site", "title", "source", "source_raw", "reprinted", "author",
                 "published_at", "categories", "keywords", "body", "language", "version",
                 "content_hash", "first_seen", "last_seen", "status", "article_id")


def fails_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """ArchiverError -> ``Error: ...`` on stderr and its exit code; no traceback for the user."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ArchiverError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def _db_option(default: Path = DEFAULT_DB) -> Callable[..., Any]:
    return click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path),
                        default=default, show_default=True, help="Path of the SQLite archive.")


def _existing_archive(db: Path) -> Any:
    from archiver.errors import ArchiveError
    from archiver.store import Archive

    if not db.exists():
        raise ArchiveError(f"no archive at {db}: run `archiver crawl TARGET --db {db}` first")
    return Archive(db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
def cli() -> None:
    """Crawl a news/association portal into a versioned SQLite archive."""


@cli.command()
@click.argument("target", default="kmabxh")
@_db_option()
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after fetching this many pages.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Set a Scrapy or ARCHIVER_* setting (repeatable).")
@click.option("--mirror", "mirrors", multiple=True, metavar="HOST=URL",
              help="Crawl a profile's HOST at another base URL (a local mirror).")
@click.option("--full", is_flag=True, help="A complete pass: every listing page, every known article re-checked.")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write Scrapy's log here.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's INFO log on stderr.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def crawl(target: str, db: Path, max_pages: int | None, overrides: tuple[str, ...],
          mirrors: tuple[str, ...], full: bool, log_file: str | None, verbose: bool, output_format: str) -> None:
    """Crawl TARGET (a profile name such as kmabxh, a profile .toml, or a portal's home URL).

    On an archive that already holds the portal the crawl is incremental (see --full).
    Exit codes: 0 done, 1 done but field coverage dropped, 2 usage error, 3 fatal error,
    4 interrupted, 75 another crawl holds the archive.
    """
    from archiver.crawl import build_settings, parse_mirrors, parse_overrides, resolve_profile, run_crawl

    profile = resolve_profile(target, parse_mirrors(mirrors))
    settings = build_settings(db, max_pages=max_pages, overrides=parse_overrides(overrides),
                              log_file=log_file, verbose=verbose)
    result = run_crawl(target, db, profile=profile, settings=settings, full=full)
    _emit(crawl_summary(result), output_format)
    if result.alarm:
        click.echo(f"Warning: {result.alarm}", err=True)
    if result.nothing_fetched:
        click.echo(f"Error: nothing could be fetched from {', '.join(profile.start_urls)}: "
                   f"{_first_failure(db, result.run_id)}; check the URL and the network", err=True)
    sys.exit(result.exit_code)


def _first_failure(db: Path, run_id: int | None) -> str:
    from archiver.store import Archive

    archive = Archive(db)
    try:
        return archive.first_failure(run_id) or "no response"
    finally:
        archive.close()


def _emit(summary: tuple[str, dict[str, Any]], output_format: str) -> None:
    text, data = summary
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if output_format == "json" else text)


def _filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([
        click.option("--site", help="Only this site (host), e.g. en.kmabxh.com."),
        click.option("--category", help="Only articles a listing of this name shows, e.g. News."),
        click.option("--since", help="Published at or after this date (ISO 8601, e.g. 2024-11-01)."),
        click.option("--until", help="Published before this date (ISO 8601)."),
    ]):
        command = option(command)
    return command


@cli.command()
@_db_option()
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv", "parquet", "warc"]), default="jsonl",
              show_default=True, help="parquet needs `pip install archiver[parquet]`; warc writes raw captures.")
@click.option("--all-versions", is_flag=True, help="One record per (url, version), not per article.")
@_filter_options
@click.option("--status", type=click.Choice(["live", "gone"]), help="Only live or only gone articles.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output (required for parquet and warc).")
@fails_cleanly
def export(db: Path, output_format: str, all_versions: bool, site: str | None, category: str | None,
           since: str | None, until: str | None, status: str | None, output: Path | None) -> None:
    """Export archived articles as JSON lines, CSV or Parquet, or their raw captures as WARC."""
    from archiver.errors import UsageError

    archive = _existing_archive(db)
    filters = {"site": site, "category": category, "since": since, "until": until, "status": status}
    if output_format in ("parquet", "warc") and output is None:
        raise UsageError(f"--format {output_format} writes a binary file: give -o FILE")
    if output_format == "warc":
        from archiver.store.reads import captures_for_export
        from archiver.warc import write_warc

        _prepare(output)
        count = write_warc(captures_for_export(archive.db, **filters), output)
        click.echo(f"Exported {count} captures to {output}", err=True)
        return
    records = archive.export_records(all_versions=all_versions, **filters)
    if output_format == "parquet":
        from archiver.parquet import write_parquet

        _prepare(output)
        count = write_parquet(records, output, EXPORT_FIELDS)
    else:
        with _open_output(output) as stream:
            count = _write_jsonl(records, stream) if output_format == "jsonl" else _write_csv(records, stream)
    if output:
        click.echo(f"Exported {count} records to {output}", err=True)


def _prepare(output: Path) -> None:
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiverError(f"cannot write {output}: {exc.strerror}") from exc


@contextmanager
def _open_output(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    from archiver.errors import ArchiverError

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        stream = output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ArchiverError(f"cannot write {output}: {exc.strerror}") from exc
    with stream:
        yield stream


def _write_jsonl(records: Iterator[dict[str, Any]], stream: TextIO) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps({k: record[k] for k in EXPORT_FIELDS}, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(records: Iterator[dict[str, Any]], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    count = 0
    for record in records:
        row = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
               for k, v in record.items() if k in EXPORT_FIELDS}
        row["reprinted"] = "true" if record["reprinted"] else "false"
        writer.writerow(row)
        count += 1
    return count


@cli.command()
@_db_option()
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def stats(db: Path, output_format: str) -> None:
    """Counts of what the archive holds, per site, and the last crawl run."""
    data = _existing_archive(db).stats()
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if output_format == "json"
               else stats_text(data))


@cli.command()
@click.argument("file_or_url")
@click.option("--url", help="The page's URL, for a saved file (resolves links, article id, site).")
@click.option("--profile", "profile_name", help="Site profile name or .toml path (default: by URL, else generic).")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def extract(file_or_url: str, url: str | None, profile_name: str | None, output_format: str) -> None:
    """Extract one saved page (or URL) and show every field with the rule that produced it."""
    from archiver.extract import extract_article
    from archiver.fetch import read_page
    from archiver.profiles import load_profile, profile_for_target

    body, charset, page_url = read_page(file_or_url, url)
    if profile_name:
        profile = load_profile(profile_name)
    elif page_url.startswith("http"):
        profile = profile_for_target(page_url)
    else:
        profile = load_profile("generic")
    record = extract_article(body, page_url, profile, charset=charset)
    record["profile"] = profile.name
    click.echo(json.dumps(record, ensure_ascii=False, indent=2) if output_format == "json"
               else extraction_text(record))


@cli.command()
@_db_option(Path("data/demo.db"))
@click.option("--per-edition", type=click.IntRange(4, 500), default=24, show_default=True,
              help="Articles in each edition of the replica portal.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def demo(db: Path, per_edition: int, output_format: str) -> None:
    """Serve the bundled offline replica portal on 127.0.0.1 and crawl it into a fresh archive."""
    from archiver.demo.run import run_demo

    result, sample = run_demo(db, per_edition)
    text, data = crawl_summary(result)
    if output_format == "json":
        click.echo(json.dumps({**data, "sample": sample}, ensure_ascii=False, indent=2))
    else:
        shown = {**sample, "body": _shorten(sample["body"], 300)}
        click.echo(text + "\n\nOne archived record:\n" + json.dumps(shown, ensure_ascii=False, indent=2))
    sys.exit(result.exit_code)


@cli.command()
@_db_option()
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def runs(db: Path, limit: int, output_format: str) -> None:
    """List crawl runs, newest first: status, counts, and any coverage alarm."""
    data = _existing_archive(db).runs(limit)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if output_format == "json" else runs_text(data))


def _article_versions(archive: Any, url: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from archiver.errors import UsageError
    from archiver.urls import canonicalize_url

    article = archive.article(canonicalize_url(url) or url)
    if article is None:
        raise UsageError(f"{url} is not in {archive.path}; `archiver export --db {archive.path}` lists what is")
    return article, archive.history(article["id"])


@cli.command()
@click.argument("url")
@_db_option()
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def history(url: str, db: Path, output_format: str) -> None:
    """The versions of one article and what changed in each."""
    article, versions = _article_versions(_existing_archive(db), url)
    if output_format == "json":
        shown = [{k: v for k, v in version.items() if k not in ("body_html", "rules")} for version in versions]
        click.echo(json.dumps({"article": article, "versions": shown}, ensure_ascii=False, indent=2))
    else:
        click.echo(history_text(article, versions))


@cli.command()
@click.argument("url")
@_db_option()
@click.option("--from", "from_version", type=int, help="Older version (default: the one before --to).")
@click.option("--to", "to_version", type=int, help="Newer version (default: the latest).")
@click.option("--format", "output_format", type=click.Choice(["text", "html", "json"]), default="text",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@fails_cleanly
def diff(url: str, db: Path, from_version: int | None, to_version: int | None, output_format: str,
         output: Path | None) -> None:
    """What changed between two versions of an article: fields and body."""
    from archiver.diffing import VersionDiff
    from archiver.errors import UsageError
    from archiver.render_diff import diff_html, diff_text

    article, versions = _article_versions(_existing_archive(db), url)
    by_number = {v["version"]: v for v in versions}
    newest = to_version or versions[-1]["version"]
    oldest = from_version or max(newest - 1, 1)
    if oldest not in by_number or newest not in by_number:
        raise UsageError(f"{url} has versions {', '.join(map(str, by_number))}; "
                         f"--from {oldest} --to {newest} is not among them")
    result = VersionDiff(article["url"], by_number[oldest], by_number[newest])
    text = (json.dumps(result.to_json(), ensure_ascii=False, indent=2) if output_format == "json"
            else diff_html(result) if output_format == "html" else diff_text(result))
    with _open_output(output) as stream:
        stream.write(text if text.endswith("\n") else text + "\n")


@cli.command()
@_db_option()
@click.option("--since", help="Only versions captured at or after this ISO time.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def reextract(db: Path, since: str | None, output_format: str) -> None:
    """Re-run the current extractor over stored pages; differences become `reextract` versions."""
    from archiver.reextract import reextract as run_reextract

    _existing_archive(db).close()

    def progress(done: int, total: int) -> None:
        if output_format == "text" and (done % 500 == 0 or done == total):
            click.echo(f"[archiver] re-extracted {done}/{total}", err=True)

    result = run_reextract(db, since, progress)
    data = {"run_id": result.run_id, "examined": result.examined, "rederived": result.rederived,
            "failed": result.failed}
    click.echo(json.dumps(data, indent=2) if output_format == "json" else
               f"Re-extracted {result.examined} articles: {result.rederived} read differently (new "
               f"`reextract` versions), {result.failed} failed. Run {result.run_id}.")


@cli.command()
@click.argument("query")
@_db_option()
@_filter_options
@click.option("--source", help="Only articles from this source organization (or whose source line contains it).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def search(query: str, db: Path, site: str | None, category: str | None, since: str | None, until: str | None,
           source: str | None, limit: int, output_format: str) -> None:
    """Full-text search of the current versions, in English and Chinese, best matches first.

    Words are ANDed; OR and NOT (upper case) combine them; "quotes" make a phrase; a
    trailing * matches a prefix (English). Chinese needs no spaces: 保安培训 finds that phrase.
    """
    from archiver.fts import parse_query
    from archiver.store.search import search as run_search

    archive = _existing_archive(db)
    hits = run_search(archive.db, parse_query(query), limit, site=site, category=category, since=since,
                      until=until, source=source)
    if output_format == "json":
        click.echo(json.dumps({"query": query, "count": len(hits), "results": hits}, ensure_ascii=False, indent=2))
        return
    click.echo(search_text(query, hits))


@cli.command()
@click.argument("url")
@_db_option()
@click.option("--version", "version", type=click.IntRange(min=1), help="This version.")
@click.option("--at", help="The version current at this time (ISO 8601).")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def show(url: str, db: Path, version: int | None, at: str | None, output_format: str) -> None:
    """What an article said: now, at a version, or at a point in time."""
    from archiver.api import ArchiveReader
    from archiver.errors import UsageError

    if version is not None and at is not None:
        raise UsageError("give --version or --at, not both")
    _existing_archive(db).close()
    with ArchiveReader(db) as reader:
        found = reader.article_at(url, version=version, at=at)
    found.pop("rules", None)
    if output_format == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        click.echo(show_text(found))


@cli.command()
@_db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--metadata-only", is_flag=True, help="Print the Datasette metadata and exit.")
@fails_cleanly
def serve(db: Path, host: str, port: int, metadata_only: bool) -> None:
    """Browse and query the archive in Datasette (needs `pip install archiver[serve]`)."""
    from archiver.serve import metadata, run_datasette

    _existing_archive(db).close()
    if metadata_only:
        click.echo(json.dumps(metadata(db), ensure_ascii=False, indent=2))
        return
    sys.exit(run_datasette(db, host, port))


@cli.command()
@_db_option()
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def verify(db: Path, output_format: str) -> None:
    """Check the archive's invariants; exit 1 and list the problems when one fails.

    SQLite integrity and foreign keys; every article has its versions and every version
    its raw capture (and no capture is orphaned); each capture's SHA-256 matches its
    content; the full-text index matches the current versions.
    """
    from archiver.store.verify import verify as run_verify

    report = run_verify(_existing_archive(db).db)
    if output_format == "json":
        click.echo(json.dumps({"ok": report.ok, "checks": report.checks, "problems": report.problems},
                              ensure_ascii=False, indent=2))
    else:
        for check, examined in report.checks.items():
            failed = [p for p in report.problems if p.startswith(f"{check}:")]
            click.echo(f"{'FAIL' if failed else 'ok  '}  {check} ({examined} checked)")
            for problem in failed:
                click.echo(f"      {problem[len(check) + 2:]}")
        click.echo(f"{db}: {'all invariants hold' if report.ok else f'{len(report.problems)} problems'}")
    sys.exit(0 if report.ok else 1)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


def main() -> None:
    cli(prog_name="archiver")
