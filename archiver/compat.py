"""Every place archiver leans on a dependency's private API or import-time behaviour, in one module.

Each function here is one such use, with what it relies on and which versions it was checked
against; tests/test_compat.py has one test per use, so an upgrade that breaks one fails there
first, with its name, rather than deep inside a crawl. Nothing is imported at module level:
importing this module costs nothing, so the light commands (``--version``, ``stats``) can use it.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database as Database
    from sqlite_utils.migrations import Migrations as Migrations

# sqlite-utils imports pandas and numpy whenever they are installed, only to map their scalar
# types to column types (sqlite_utils/db.py, 3.x and 4.x). archiver never writes a pandas or
# numpy scalar, and pandas alone costs about 1.2 s at every command's start.
_SQLITE_UTILS_OPTIONAL = ("pandas", "numpy")


def _load_sqlite_utils() -> None:
    """Import sqlite_utils with its optional pandas/numpy import seen as absent (if not loaded already)."""
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [name for name in _SQLITE_UTILS_OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes ``import name`` raise ImportError
    try:
        importlib.import_module("sqlite_utils.db")
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]  # a later ``import pandas`` (api.to_pandas) works as usual


def __getattr__(name: str) -> Any:
    # ``from archiver.compat import Database`` is how archiver imports sqlite_utils.
    if name == "Database":
        _load_sqlite_utils()
        from sqlite_utils import Database

        return Database
    if name == "Migrations":
        _load_sqlite_utils()
        from sqlite_utils.migrations import Migrations

        return Migrations
    raise AttributeError(f"module 'archiver.compat' has no attribute {name!r}")


def migration_count(migrations: Migrations) -> int:
    """How many migrations a ``Migrations`` set holds: sqlite-utils keeps them in ``_migrations`` (4.x)."""
    return len(migrations._migrations)


def rebase_relative_dates(parser: Any, base: Any) -> None:
    """Point a configured dateparser ``DateDataParser`` at a new "now" for relative dates ("3 days ago").

    dateparser has no public way to change RELATIVE_BASE after construction, and building a parser
    per call costs about 2 ms; its ``_settings`` attribute (dateparser 1.2) is read on every parse.
    """
    parser._settings.RELATIVE_BASE = base


def response_errors() -> tuple[type[BaseException], ...]:
    """Twisted's errors for a response cut off or never received: exported only by ``twisted.web._newclient``."""
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

    return ResponseFailed, ResponseNeverReceived


def set_slot_heartbeat(seconds: float) -> None:
    """How often an idle Scrapy engine asks its scheduler again (``ExecutionEngine._SLOT_HEARTBEAT_INTERVAL``,
    5 s in Scrapy 2.13-2.19). A distributed worker asks the shared queue every second instead."""
    from scrapy.core.engine import ExecutionEngine

    ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = seconds  # type: ignore[misc]


def scraper_slot(crawler: Any) -> Any:
    """The engine's scraper slot, whose ``finish_response(result, request)`` Scrapy calls once a response
    is fully processed (Scrapy 2.13-2.19). No signal marks that moment, so the distributed worker wraps it."""
    slot = crawler.engine.scraper.slot
    if slot is None or not hasattr(slot, "finish_response"):
        raise RuntimeError(
            "this Scrapy version's scraper has no finish_response(): distributed crawling needs Scrapy 2.13 to 2.19"
        )
    return slot
