"""Option types that refuse bad values before a command runs (exit 2, one line via the group)."""

from __future__ import annotations

import math
from typing import Any

import click

from archiver.errors import UsageError
from archiver.times import parse_time

# SQLite integers are signed 64-bit: a larger id or limit is no row, not an OverflowError.
SQLITE_MAX_INTEGER = 2**63 - 1
ROW_ID = click.IntRange(1, SQLITE_MAX_INTEGER)


class IsoTime(click.ParamType):  # type: ignore[type-arg]  # generic only from click 8.3
    """An ISO 8601 date or time, checked by the one parser every command shares (archiver.times)."""

    name = "TIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        option = param.opts[0] if param is not None and param.opts else "TIME"
        try:
            return parse_time(str(value), option)
        except UsageError as exc:
            self.fail(str(exc).split(" ", 1)[-1], param, ctx)  # the message without the option name


class FiniteFloatRange(click.FloatRange):
    """A FloatRange that also refuses nan and inf (nan compares false with both bounds, so passes FloatRange)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


ISO_TIME = IsoTime()


def count_range(low: int, high: int = SQLITE_MAX_INTEGER) -> click.IntRange:
    """A count between ``low`` and ``high`` (by default the largest integer SQLite stores)."""
    return click.IntRange(low, high)
