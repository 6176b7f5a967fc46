"""A write to the archive failed: say why in words a user acts on (disk full, read-only, size limit)."""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
from pathlib import Path

from archiver.errors import ArchiveError

_LOW_SPACE = 4 * 1024 * 1024  # bytes free below which an I/O error is most likely a full disk


class ArchiveWriteError(ArchiveError):
    """A transaction could not be committed; it was rolled back, what was committed before is intact."""


def describe_write_error(exc: sqlite3.Error, path: Path) -> str:
    """One line: the cause of a failed write to the archive at ``path``."""
    return f"cannot write to the archive {path}: {write_error_cause(exc, path)}"


def write_error_cause(exc: sqlite3.Error, path: Path) -> str:
    """Why SQLite could not write ``path``, in the user's words (disk full, read-only, size limit)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        cause = f"disk full ({exc}{_free_space(path)})"
    elif name.startswith("SQLITE_READONLY"):
        cause = f"the archive is read-only ({exc})"
    elif name.startswith("SQLITE_IOERR"):
        cause = _io_error_cause(exc, name, path)
    else:
        cause = f"{exc} ({name})" if name else str(exc)
    return cause


def _io_error_cause(exc: sqlite3.Error, name: str, path: Path) -> str:
    # SQLite reports ENOSPC as SQLITE_FULL, but a write cut short by RLIMIT_FSIZE (EFBIG) or
    # by a full disk after a partial write only as an I/O error: look at the limits ourselves.
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit != resource.RLIM_INFINITY and _largest_file(path) >= limit - 65536:
        return f"file size limit reached (ulimit -f: {limit} bytes; {exc}, {name})"
    free = _free_bytes(path)
    if free is not None and free < _LOW_SPACE:
        return f"disk full ({free} bytes free; {exc}, {name})"
    return f"{exc} ({name})"


def _largest_file(path: Path) -> int:
    sizes = [0]
    for suffix in ("", "-wal", "-journal"):
        try:
            sizes.append(os.stat(f"{path}{suffix}").st_size)
        except OSError:
            continue
    return max(sizes)


def _free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return None


def _free_space(path: Path) -> str:
    free = _free_bytes(path)
    return "" if free is None else f"; {free} bytes free"
