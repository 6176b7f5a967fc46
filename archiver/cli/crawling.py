"""Commands that fetch: crawl, extract, demo."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from archiver.cli.common import (
    FORMAT_TEXT_JSON,
    db_option,
    echo_json,
    echo_text,
    emit,
    fails_cleanly,
    shorten,
)
from archiver.cli.group import cli
from archiver.errors import ArchiverError, UsageError
from archiver.render.text import (
    crawl_summary,
    probe_text,
)

if TYPE_CHECKING:  # imported when a crawl runs: Scrapy is not loaded for the other commands
    from archiver.crawler.run import CrawlResult


@cli.command()
@click.argument("targets", nargs=-1, metavar="[TARGET]...")
@db_option()
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after fetching this many pages.")
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Set a Scrapy or ARCHIVER_* setting (repeatable).",
)
@click.option(
    "--mirror",
    "mirrors",
    multiple=True,
    metavar="HOST=URL",
    help="Crawl a profile's HOST at another base URL (a local mirror).",
)
@click.option(
    "--portals",
    "portals_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A portals.toml listing portals (each with its own settings) to crawl with the TARGETs, in one process.",
)
@click.option("--full", is_flag=True, help="A complete pass: every listing page, every known article re-checked.")
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False),
    help="Write Scrapy's log here (with --redis, each local worker's to FILE.worker1, FILE.worker2, ...).",
)
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's INFO log on stderr.")
@click.option(
    "--redis",
    "redis_url",
    metavar="redis://HOST:PORT/DB",
    help="Distributed crawl: queue and seen filter in this Redis database, workers join it "
    "with `archiver worker --redis URL`; this process writes the archive.",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 256),
    default=1,
    show_default=True,
    help="With --redis: worker processes to start on this machine (0: only remote ones).",
)
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def crawl(
    targets: tuple[str, ...],
    db: Path,
    max_pages: int | None,
    overrides: tuple[str, ...],
    mirrors: tuple[str, ...],
    portals_path: Path | None,
    full: bool,
    log_file: str | None,
    verbose: bool,
    redis_url: str | None,
    workers: int,
    output_format: str,
) -> None:
    """Crawl TARGET (a profile name such as kmabxh, a profile .toml, or a portal's home URL; default kmabxh).

    On an archive that already holds the portal the crawl is incremental (see --full).
    Several TARGETs, or --portals FILE, crawl several portals in one process, each with its own
    politeness, run and exit code; the command exits with the most severe (3, 1, 5, 4, 0).
    Exit codes: 0 done, 1 done but field coverage dropped, 2 usage error, 3 fatal error
    (including a home page that cannot be fetched), 4 interrupted, 5 done but incomplete
    (listings hold more than was archived, or nothing was archived), 75 another crawl holds
    the archive.
    """
    from archiver.crawler.run import build_settings, parse_mirrors, parse_overrides, resolve_profile, run_crawl

    settings_given = parse_overrides(overrides)
    _warn_unknown_settings(settings_given)
    if len(targets) > 1 or portals_path is not None:
        if redis_url:
            raise UsageError("--redis crawls one portal: give one TARGET (and no --portals)")
        _crawl_many(
            targets,
            db,
            max_pages,
            settings_given,
            parse_mirrors(mirrors),
            portals_path,
            full,
            log_file,
            verbose,
            output_format,
        )
        return
    target = targets[0] if targets else "kmabxh"
    profile = resolve_profile(target, parse_mirrors(mirrors))
    settings = build_settings(db, max_pages=max_pages, overrides=settings_given, log_file=log_file, verbose=verbose)
    if redis_url:
        if max_pages:
            raise UsageError("--max-pages cannot be used with --redis: each worker would count its own pages")
        from archiver.distributed.coordinator import run_distributed_crawl

        result = run_distributed_crawl(
            target, db, profile, settings, full, redis_url, settings_given, workers, ["-v"] if verbose else []
        )
    else:
        result = run_crawl(target, db, profile=profile, settings=settings, full=full)
    emit(crawl_summary(result), output_format)
    _report_problems(result, profile.start_urls, db)
    sys.exit(result.exit_code)


def _report_problems(result: CrawlResult, start_urls: tuple[str, ...], db: Path, portal: str = "") -> None:
    """The run's warnings and its closing Error: line on stderr (``portal``: whose, in a crawl of several)."""
    whose = f"{portal}: " if portal else ""
    if result.alarm:
        echo_text(f"Warning: {whose}{result.alarm}", err=True)
    if result.incomplete and not result.nothing_fetched and not result.write_error:
        echo_text(f"Warning: {whose}{result.incomplete}", err=True)
    if result.home_failed and not result.nothing_fetched:
        echo_text(f"Error: {whose}the home page could not be fetched: {result.home_failed}", err=True)
    if result.write_error:
        echo_text(
            f"Error: {whose}{result.write_error}; the crawl stopped (what it had committed is kept): "
            "fix that and run it again",
            err=True,
        )
    elif result.nothing_fetched and result.status == "interrupted":
        # Stopped (SIGTERM, Ctrl-C) before the first answer: no fault of the site or the network.
        echo_text(
            f"Note: {whose}interrupted before any response from {', '.join(start_urls)}; "
            "nothing was archived, the next run starts it again",
            err=True,
        )
    elif result.nothing_fetched:
        echo_text(
            f"Error: {whose}nothing could be fetched from {', '.join(start_urls)}: "
            f"{_first_failure(db, result.run_id)}; check the URL and the network",
            err=True,
        )


def _crawl_many(
    targets: tuple[str, ...],
    db: Path,
    max_pages: int | None,
    settings_given: dict[str, str],
    mirrors: dict[str, str],
    portals_path: Path | None,
    full: bool,
    log_file: str | None,
    verbose: bool,
    output_format: str,
) -> None:
    """Several portals in one process; exits with the most severe of their exit codes."""
    from archiver.crawler.many import combined_exit_code, run_crawls
    from archiver.crawler.portals import read_portals_file, resolve_portals
    from archiver.crawler.run import build_settings

    portals_file = read_portals_file(portals_path) if portals_path is not None else None
    if portals_file is not None:
        _warn_unknown_settings(portals_file.settings)
        for entry in portals_file.entries:
            _warn_unknown_settings(entry["settings"])
    portals = resolve_portals(targets, portals_file, mirrors, max_pages=max_pages, full=full)
    settings = []
    for portal in portals:
        # The command's -s win over the file's: a one-off run adjusts a scheduled list.
        portal_settings = build_settings(
            db,
            max_pages=portal.max_pages,
            overrides={**portal.settings, **settings_given},
            log_file=log_file,
            verbose=verbose,
        )
        portal_settings.set("ARCHIVER_SITE_LABEL", portal.target, priority="cmdline")
        settings.append(portal_settings)
    done = run_crawls(portals, db, settings)
    codes = [item.result.exit_code for item in done]
    exit_code = combined_exit_code(codes)
    summaries = [crawl_summary(item.result) for item in done]
    if output_format == "json":
        echo_json(
            {
                "exit_code": exit_code,
                "portals": [
                    {"target": item.portal.target, "exit_code": code, **data}
                    for item, code, (_, data) in zip(done, codes, summaries, strict=True)
                ],
            }
        )
    else:
        echo_text(
            "\n\n".join(
                f"== {item.portal.target} (exit {code}) ==\n{text}"
                for item, code, (text, _) in zip(done, codes, summaries, strict=True)
            )
            + f"\n\n{len(done)} portals: "
            + ", ".join(f"{item.portal.target} {code}" for item, code in zip(done, codes, strict=True))
            + f"; exit code {exit_code} (the most severe, in the order 3, 1, 5, 4, 0)"
        )
    for item in done:
        _report_problems(item.result, item.portal.profile.start_urls, db, item.portal.target)
    sys.exit(exit_code)


def _warn_unknown_settings(settings_given: dict[str, str]) -> None:
    from archiver.crawler.overrides import unknown_setting_warning

    for name in settings_given:
        warning = unknown_setting_warning(name)
        if warning:
            echo_text(f"Warning: {warning}", err=True)


def _first_failure(db: Path, run_id: int | None) -> str:
    from archiver.store import Archive

    archive = Archive(db, read_only=True)
    try:
        return archive.first_failure(run_id) or "no response"
    finally:
        archive.close()


@cli.command()
@click.option(
    "--redis",
    "redis_url",
    required=True,
    metavar="redis://HOST:PORT/DB",
    help="The Redis database of a crawl started with `archiver crawl TARGET --redis URL`.",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Set a Scrapy setting for this worker only (repeatable), e.g. CONCURRENT_REQUESTS=4.",
)
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write Scrapy's log here.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's INFO log on stderr.")
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def worker(redis_url: str, overrides: tuple[str, ...], log_file: str | None, verbose: bool, output_format: str) -> None:
    """Join a distributed crawl: fetch and extract pages from its shared queue until it is over.

    Start as many as you like, on any machine that reaches the Redis server and the portal;
    a worker stopped or killed midway loses nothing (its pages go back into the queue).
    Exit codes: 0 the crawl is over, 3 no crawl is running there, 4 this worker was stopped.
    """
    from archiver.crawler.run import parse_overrides
    from archiver.distributed.worker import run_worker

    settings_given = parse_overrides(overrides)
    _warn_unknown_settings(settings_given)
    result = run_worker(redis_url, settings_given, log_file=log_file, verbose=verbose)
    emit(result.summary(), output_format)
    sys.exit(result.exit_code)


@cli.command()
@db_option(Path("data/demo.db"))
@click.option(
    "--per-edition",
    type=click.IntRange(4, 500),
    default=24,
    show_default=True,
    help="Articles in each edition of the replica portal.",
)
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def demo(db: Path, per_edition: int, output_format: str) -> None:
    """Serve the bundled offline replica portal on 127.0.0.1 and crawl it into a fresh archive.

    The demo replaces only an archive it made itself: exit 2 when --db is any other file,
    75 when a crawl holds it.
    """
    from archiver.demo.run import report_path, run_demo

    result, sample = run_demo(db, per_edition)
    text, data = crawl_summary(result)
    report = report_path(db)
    if output_format == "json":
        click.echo(json.dumps({**data, "sample": sample, "report": str(report)}, ensure_ascii=False, indent=2))
    else:
        shown = {**sample, "body": shorten(sample["body"], 300)}
        click.echo(
            text
            + "\n\nOne archived record:\n"
            + json.dumps(shown, ensure_ascii=False, indent=2)
            + f"\n\nReport of the crawl (open it in a browser): {report}\n"
            f"Republished copies it found: archiver republished --db {db}"
        )
    sys.exit(result.exit_code)


@cli.command()
@click.argument("url")
@click.option(
    "--pages",
    type=click.IntRange(5, 2000),
    default=50,
    show_default=True,
    help="Pages to fetch before stopping (a bounded look, not a crawl).",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Set a Scrapy setting (repeatable), as for crawl.",
)
@click.option(
    "--write-profile",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a profile TOML from what was learned, to edit and pass to `archiver crawl`.",
)
@click.option("--format", "output_format", type=FORMAT_TEXT_JSON, default="text", show_default=True)
@fails_cleanly
def probe(url: str, pages: int, overrides: tuple[str, ...], write_profile: Path | None, output_format: str) -> None:
    """Look at a portal from its home URL (about --pages pages, no archive written) and show how
    archiver understands it: categories, listing templates and their pagination, article templates
    with sample extractions and the rule behind each field, and what it skips and why."""
    from archiver.crawler.probe import profile_toml, run_probe
    from archiver.crawler.run import build_settings, parse_overrides
    from archiver.profiles import load_profile

    profile = load_profile("generic").for_start_url(url)
    settings_given = parse_overrides(overrides)
    _warn_unknown_settings(settings_given)
    settings = build_settings(Path(""), overrides=settings_given)
    report = run_probe(profile, settings, pages)
    if report["home_failed"]:
        # Shown as any probe is (its failures say what answered what), then the crawl's fatal exit:
        # a cron job or script must not take a look at nothing for a look at the site, nor a profile from it.
        _emit_probe(report, output_format)
        raise ArchiverError(
            f"the home page could not be fetched: {report['home_failed']}; no profile written"
            if write_profile is not None
            else f"the home page could not be fetched: {report['home_failed']}"
        )
    if write_profile is not None:
        name = re.sub(r"[^a-z0-9]+", "-", profile.start_urls[0].split("//", 1)[1].lower()).strip("-") or "portal"
        try:
            write_profile.write_text(profile_toml(report, name), encoding="utf-8")
        except OSError as exc:
            raise ArchiverError(f"cannot write {write_profile}: {exc.strerror or exc}") from exc
        report["profile_written"] = str(write_profile)
    _emit_probe(report, output_format)


def _emit_probe(report: dict[str, Any], output_format: str) -> None:
    if output_format == "json":
        echo_json(report)
    else:
        echo_text(probe_text(report))
