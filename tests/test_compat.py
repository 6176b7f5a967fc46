"""One test per use of a dependency's private API (archiver/compat.py): an upgrade that breaks one fails here."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from types import SimpleNamespace

import pytest

from archiver import compat


def test_sqlite_utils_is_imported_without_pandas() -> None:
    # A fresh interpreter: this test process may have loaded pandas already.
    code = (
        "import sys; from archiver.compat import Database; Database(memory=True).execute('select 1');"
        "assert 'pandas' not in sys.modules, 'pandas loaded';"
        "import pandas; print(pandas.__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pandas"  # hidden only while sqlite_utils loads


def test_migration_count_is_the_schema_version() -> None:
    from archiver.store.migrations import migrate, migrations
    from archiver.store.opening import APPLICATION_ID

    db = compat.Database(memory=True)
    version = migrate(db, APPLICATION_ID)
    assert version == compat.migration_count(migrations) == db.execute("PRAGMA user_version").fetchone()[0]
    assert compat.migration_count(migrations) >= 5


def test_rebase_relative_dates_moves_now() -> None:
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"])
    compat.rebase_relative_dates(parser, datetime(2020, 5, 10, 12, 0))
    assert parser.get_date_data("3 days ago").date_obj.date() == datetime(2020, 5, 7).date()
    compat.rebase_relative_dates(parser, datetime(2021, 1, 2, 12, 0))
    assert parser.get_date_data("1 day ago").date_obj.date() == datetime(2021, 1, 1).date()


def test_response_errors_are_twisteds_exceptions() -> None:
    errors = compat.response_errors()
    assert [e.__name__ for e in errors] == ["ResponseFailed", "ResponseNeverReceived"]
    assert all(issubclass(e, Exception) for e in errors)


def test_slot_heartbeat_is_the_engines_class_attribute() -> None:
    from scrapy.core.engine import ExecutionEngine

    before = ExecutionEngine._SLOT_HEARTBEAT_INTERVAL
    try:
        compat.set_slot_heartbeat(1.0)
        assert ExecutionEngine._SLOT_HEARTBEAT_INTERVAL == 1.0
    finally:
        compat.set_slot_heartbeat(before)


def test_scraper_slot_has_finish_response() -> None:
    from scrapy.core.scraper import Slot

    slot = Slot()
    crawler = SimpleNamespace(engine=SimpleNamespace(scraper=SimpleNamespace(slot=slot)))
    assert compat.scraper_slot(crawler) is slot
    assert callable(slot.finish_response)
    with pytest.raises(RuntimeError, match=r"2\.13 to 2\.19"):
        compat.scraper_slot(SimpleNamespace(engine=SimpleNamespace(scraper=SimpleNamespace(slot=None))))
