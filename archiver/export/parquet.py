"""Export records as a Parquet file (needs pyarrow: ``pip install archiver[parquet]``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from archiver.errors import ArchiverError


def write_parquet(records: Iterable[dict[str, Any]], path: Path, fields: tuple[str, ...]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ArchiverError("--format parquet needs pyarrow: pip install 'archiver[parquet]'") from exc
    text, flag, number, strings = pa.string(), pa.bool_(), pa.int64(), pa.list_(pa.string())
    types = {"reprinted": flag, "version": number, "categories": strings, "keywords": strings}
    schema = pa.schema([(name, types.get(name, text)) for name in fields])
    rows = [{name: record[name] for name in fields} for record in records]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, compression="zstd")
    return len(rows)
