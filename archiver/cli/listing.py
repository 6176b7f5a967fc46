"""Listing output in the formats of the ecosystem: text, json, jsonl, csv, tsv, table.

Every command that lists things (search hits, runs, clusters, versions, sites …) prints
through :func:`write_listing`, so the same flags mean the same everywhere:

- ``--format json`` keeps each command's documented JSON document; ``jsonl`` is one row per
  line; ``csv``/``tsv`` have a header row, lists as JSON arrays, booleans as true/false, and
  cells a spreadsheet would run as formulas made inert (archiver.export.spreadsheet); ``table`` is
  aligned columns for a terminal (wide Chinese characters counted as two).
- ``-o FILE`` writes there; ``-o -`` (and no ``-o``) is standard output.
- CSV starts with a UTF-8 byte-order mark when the data is mostly Chinese (more Chinese
  characters than other letters in its prose, looked at in the first 200 rows), since Excel
  reads a CSV without one in the system's code page and garbles it; ``--bom`` / ``--no-bom``
  decide instead.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from archiver.cli.common import open_output
from archiver.export.spreadsheet import neutralize_formula
from archiver.normalize import CJK_CHAR
from archiver.render.terminal import json_text, printable

LISTING_FORMATS = ("text", "json", "jsonl", "csv", "tsv", "table")
BOM = "\ufeff"
TABLE_CELL_CHARS = 60  # a table is for reading: longer cells are cut, the other formats keep them whole
_BOM_SAMPLE_ROWS = 200  # rows looked at to decide "mostly Chinese" (a stream is not read twice)


def format_option(formats: Sequence[str] = LISTING_FORMATS, default: str = "text") -> Callable[..., Any]:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(formats)),
        default=default,
        show_default=True,
        help="text for people; json, jsonl, csv, tsv or table (see docs: output formats).",
    )


def output_option(
    help_text: str = "Write here instead of standard output (- is standard output).",
) -> Callable[..., Any]:
    return click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help=help_text)


def bom_option() -> Callable[..., Any]:
    return click.option(
        "--bom/--no-bom",
        default=None,
        help="CSV: start with a UTF-8 byte-order mark (default: only when the data is mostly Chinese, for Excel).",
    )


def listing_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--format (all listing formats), -o and --bom, as every listing command takes them."""
    for option in reversed([format_option(), output_option(), bom_option()]):
        command = option(command)
    return command


def mostly_chinese(rows: Iterable[dict[str, Any]]) -> bool:
    """More Chinese characters than other letters in the rows' prose.

    Prose is a cell with a Chinese character or a space in it: URLs, hashes, times, ids and
    codes (``zh``, ``live``) are Latin letters in every row and would outweigh a short
    Chinese title.
    """
    chinese = other = 0
    for row in rows:
        for value in row.values():
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and (" " in text or CJK_CHAR.search(text)):
                    han = len(CJK_CHAR.findall(text))
                    chinese += han
                    other += sum(c.isalpha() for c in text) - han
    return chinese > other


def cell(value: Any) -> str:
    """One value as a CSV/TSV/table cell: lists and dicts as JSON, booleans as true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_rows(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    output_format: str,
    stream: TextIO,
    bom: bool | None = None,
    neutralize: bool = True,
) -> int:
    """``rows`` (dicts; ``columns`` chosen, in order) as jsonl, csv, tsv or table; returns how many."""
    iterator = iter(rows)
    if output_format == "jsonl":
        count = 0
        for row in iterator:
            stream.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
            count += 1
        return count
    if output_format == "table":
        return _write_table(list(iterator), columns, stream)
    head = [row for _, row in zip(range(_BOM_SAMPLE_ROWS), iterator, strict=False)]
    # TSV is for Unix tools, which a byte-order mark confuses: it gets one only when asked.
    wants_bom = bom if bom is not None else output_format == "csv" and mostly_chinese(head)
    if wants_bom:
        stream.write(BOM)
    # CSV ends its lines as RFC 4180 (and Excel) do, with CRLF, and quotes what needs it; TSV is
    # one line per row for Unix tools (cut, awk, sort), so a cell's tabs and newlines are escaped.
    write_row = csv.writer(stream, dialect="excel").writerow if output_format == "csv" else _tsv_writer(stream)
    write_row(list(columns))
    count = 0
    for row in _chain(head, iterator):
        values = [cell(row.get(c)) for c in columns]
        write_row([neutralize_formula(v) for v in values] if neutralize else values)
        count += 1
    return count


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_writer(stream: TextIO) -> Callable[[list[str]], None]:
    """Linear TSV (as PostgreSQL's text format and the IANA definition): a cell holds no tab or
    line break; they and the backslash are written as ``\\t``, ``\\n``, ``\\r``, ``\\\\``."""

    def write_row(values: list[str]) -> None:
        stream.write("\t".join(value.translate(_TSV_ESCAPES) for value in values) + "\n")

    return write_row


def _chain(head: list[dict[str, Any]], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from head
    yield from rest


def _write_table(rows: list[dict[str, Any]], columns: Sequence[str], stream: TextIO) -> int:
    from tabulate import tabulate

    def short(value: Any) -> str:
        text = " ".join(printable(cell(value)).split())
        return text if len(text) <= TABLE_CELL_CHARS else text[: TABLE_CELL_CHARS - 1] + "…"

    table = [[short(row.get(c)) for c in columns] for row in rows]
    stream.write(tabulate(table, headers=list(columns), tablefmt="simple", disable_numparse=True) + "\n")
    return len(rows)


def write_listing(
    output_format: str,
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    *,
    text: Callable[[], str],
    document: Callable[[], Any],
    output: Path | None = None,
    bom: bool | None = None,
) -> None:
    """Print a listing: ``text()`` for text, ``document()`` for json, ``rows`` for the row formats."""
    with open_output(output) as stream:
        if output_format == "text":
            # Text is for reading in a terminal, printed now or `cat` later: its controls are escaped.
            stream.write(printable(text()).rstrip("\n") + "\n")
        elif output_format == "json":
            stream.write(json_text(document()) + "\n")
        else:
            write_rows(rows, columns, output_format, stream, bom)
