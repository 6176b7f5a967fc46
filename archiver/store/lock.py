"""One crawl per archive at a time: an exclusive ``flock`` on ``ARCHIVE.lock``.

The kernel releases a flock when its process dies, however it dies, so a lock left by
a killed crawl is never stale: the next crawl simply takes it (and marks the dead run
``interrupted``). The file records who holds it, for the message the loser prints.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from archiver.errors import ArchiveError, ArchiverError


class ArchiveLocked(ArchiverError):
    """Another crawl is writing to this archive."""

    exit_code = 75  # EX_TEMPFAIL: try again later


@dataclass
class _Held:
    handle: IO[str]
    depth: int  # acquire() calls not yet released: the crawl, its pipeline, a demo around them


_HELD: dict[Path, _Held] = {}


def lock_path(db: Path) -> Path:
    """The lock file of the archive ``db``, named after its resolved path.

    A symlink, a ``..`` detour or a relative spelling of the same archive resolves to the
    same file, hence the same lock: two crawls cannot each take "their" lock on one archive.
    """
    resolved = db.resolve()
    return resolved.with_name(resolved.name + ".lock")


def acquire(db: Path, target: str) -> None:
    """Take the archive's lock for this process (nested calls in one process just count)."""
    key = db.resolve()
    if key in _HELD:
        _HELD[key].depth += 1
        return
    path = lock_path(db)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+", encoding="utf-8")
    except OSError as exc:
        raise ArchiveError(
            f"cannot open archive {db}: cannot create its lock file {path} "
            f"({exc.strerror}); check the path exists and is writable"
        ) from exc
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "{}"
        handle.close()
        info = json.loads(holder) if holder.startswith("{") else {}
        raise ArchiveLocked(
            f"another crawl holds {db} (pid {info.get('pid', '?')} on {info.get('host', '?')}, "
            f"started {info.get('started_at', '?')}, target {info.get('target', '?')}); "
            "this run exits without touching it"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(
        json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "target": target,
                "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
    )
    handle.flush()
    _HELD[key] = _Held(handle, 1)


def release(db: Path) -> None:
    key = db.resolve()
    held = _HELD.get(key)
    if held is None:
        return
    held.depth -= 1
    if held.depth == 0:
        del _HELD[key]
        fcntl.flock(held.handle, fcntl.LOCK_UN)
        held.handle.close()
