"""archiver: crawl a news/association portal into a versioned, searchable SQLite archive."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

from archiver.extract import extract_article

if TYPE_CHECKING:
    from archiver.api import ArchiveReader


def open_archive(path: str | Path) -> ArchiveReader:
    """Open an archive for reading (see ``archiver.api``); imported lazily, so ``import archiver`` stays light."""
    from archiver.api import open_archive as _open

    return _open(path)


__all__ = ["__version__", "extract_article", "open_archive"]
