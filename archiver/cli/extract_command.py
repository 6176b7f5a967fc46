"""``archiver extract``: one page with every rule shown, or many pages to JSON lines.

Inputs, as trafilatura's users give them: saved pages and URLs as arguments, a directory
(every ``.html``/``.htm`` file under it), ``--from FILE`` (one file path or URL per line; ``-``
reads the list from standard input), or ``-`` (one page's HTML on standard input).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from archiver.cli.common import fails_cleanly, open_output
from archiver.cli.group import cli
from archiver.cli.listing import output_option
from archiver.errors import ArchiverError, UsageError
from archiver.render.terminal import json_text, printable

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
PROGRESS_FROM = 20  # inputs from which a progress bar is shown (on stderr)
EXIT_SOME_FAILED = 1


def expand_inputs(arguments: tuple[str, ...], list_file: str | None) -> list[str]:
    """Every page to extract, in order: arguments (a directory becomes its pages), then --from's lines."""
    inputs: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if argument != "-" and not argument.startswith(("http://", "https://")) and path.is_dir():
            pages = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
            if not pages:
                raise UsageError(f"{path} holds no saved page ({', '.join(PAGE_SUFFIXES)})")
            inputs.extend(str(p) for p in pages)
        else:
            inputs.append(argument)
    if list_file is not None:
        inputs.extend(_listed(list_file))
    if not inputs:
        raise UsageError("nothing to extract: give a saved page, a URL, a directory, --from FILE, or - for stdin")
    if inputs.count("-") > 1 or ("-" in inputs and list_file == "-"):
        raise UsageError("standard input can be read once: as one page (-) or as the list (--from -)")
    return inputs


def _listed(list_file: str) -> list[str]:
    """The non-blank, non-comment lines of the list (``#`` starts a comment, as in wget's -i lists)."""
    try:
        text = sys.stdin.read() if list_file == "-" else Path(list_file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"no such list: {list_file} (--from takes a file of paths or URLs, one per line)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ArchiverError(f"cannot read the list {list_file}: {exc}") from exc
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def extract_one(source: str, url: str | None, profile: Any | None) -> dict[str, Any]:
    """The extraction record of one page (a file, a URL, or ``-``: stdin), with the profile used.

    Without a ``profile``: the built-in one for the URL's site, else generic.
    """
    from archiver.crawler.page_fetch import read_page
    from archiver.extract import extract_article
    from archiver.profiles import load_profile, profile_for_target

    if source == "-":
        body, charset, page_url = sys.stdin.buffer.read(), None, url or "file:///dev/stdin"
    else:
        body, charset, page_url = read_page(source, url)
    if profile is None:
        profile = profile_for_target(page_url) if page_url.startswith("http") else load_profile("generic")
    return {**extract_article(body, page_url, profile, charset=charset), "profile": profile.name}


def _progress(inputs: list[str]) -> Iterator[str]:
    if len(inputs) < PROGRESS_FROM:
        yield from inputs
        return
    with click.progressbar(inputs, label="extracting", file=sys.stderr, show_pos=True) as bar:
        yield from bar


def _write(record: dict[str, Any], output_format: str, stream: TextIO, first: bool) -> None:
    from archiver.render.text import extraction_text

    if output_format == "jsonl":
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif output_format == "json":
        stream.write(json_text(record) + "\n")
    else:
        stream.write(("" if first else "\n") + printable(extraction_text(record)) + "\n")


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--from", "list_file", help="A file of saved pages and URLs, one per line (- is standard input).")
@click.option("--url", help="The page's URL, for one saved file (resolves links, article id, site).")
@click.option("--profile", "profile_name", help="Site profile name or .toml path (default: by URL, else generic).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "jsonl"]),
    default=None,
    help="text (one page: the default), json, or jsonl (many pages: the default; one record per line).",
)
@output_option()
@fails_cleanly
def extract(
    inputs: tuple[str, ...],
    list_file: str | None,
    url: str | None,
    profile_name: str | None,
    output_format: str | None,
    output: Path | None,
) -> None:
    """Extract saved pages or URLs: every field with the rule that produced it.

    INPUTS are saved pages, http(s) URLs, directories (every .html/.htm under them) or - (one
    page's HTML on standard input); --from FILE adds one path or URL per line. One page is
    shown as text; many are written as JSON lines, with a progress bar on stderr from 20 pages.
    A page that cannot be read is named on stderr and skipped: exit 1 when any was.
    """
    pages = expand_inputs(inputs, list_file)
    single = len(pages) == 1 and list_file is None and not any(Path(a).is_dir() for a in inputs if a != "-")
    if url is not None and not single:
        raise UsageError("--url names the URL of one saved page: give one page, not several")
    chosen = output_format or ("text" if single else "jsonl")
    from archiver.profiles import load_profile

    profile = load_profile(profile_name) if profile_name else None  # a bad profile stops before any page
    if single:  # one page: its failure is the command's (exit 2 or 3, one line)
        with open_output(output) as stream:
            _write(extract_one(pages[0], url, profile), chosen, stream, first=True)
        return
    failed = written = 0
    with open_output(output) as stream:
        if chosen == "json":
            stream.write("[\n")
        for page in _progress(pages):
            try:
                record = extract_one(page, None, profile)
            except ArchiverError as exc:
                failed += 1
                click.echo(printable(f"skipped {page}: {exc}"), err=True)
                continue
            if chosen == "json":
                stream.write(("" if written == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
            else:
                _write(record, chosen, stream, first=written == 0)
            written += 1
        if chosen == "json":
            stream.write("\n]\n")
    if failed:
        click.echo(f"{failed} of {len(pages)} pages could not be extracted (named above).", err=True)
        sys.exit(EXIT_SOME_FAILED)
