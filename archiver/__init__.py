"""archiver: crawl a news/association portal into a versioned, searchable SQLite archive."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

# The one place the version is written: pyproject.toml reads it from here (setuptools' ``attr:``).
__version__ = "0.1.0"

if TYPE_CHECKING:
    from archiver.api import ArchiveReader
    from archiver.extract import extract_article


def open_archive(path: str | Path) -> ArchiveReader:
    """Open an archive for reading (see ``archiver.api``); imported lazily, so ``import archiver`` stays light."""
    from archiver.api import open_archive as _open

    return _open(path)


def __getattr__(name: str) -> Any:
    # ``archiver.extract_article`` loads lxml and nh3 on first use only: ``archiver --version``
    # and every command that never extracts start without them.
    if name == "extract_article":
        from archiver.extract import extract_article

        return extract_article
    raise AttributeError(f"module 'archiver' has no attribute {name!r}")


__all__ = ["__version__", "extract_article", "open_archive"]
