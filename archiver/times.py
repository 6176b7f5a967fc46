"""The one parser of the times users give on the command line (``--since``, ``--until``, ``--at``).

The archive stores ISO 8601 strings and compares them as strings, so a time is accepted
only in the extended form those strings share (``2024-11-22``, ``2024-11-22T09:00``,
``2024-11-22T09:00:00+08:00``) and only when it is a real date: ``notadate`` or
``2024-13-45`` would otherwise filter silently by a meaningless string.
"""

from __future__ import annotations

import re
from datetime import datetime

from archiver.errors import UsageError

_EXTENDED_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?")
EXAMPLES = "e.g. 2024-11-22 or 2024-11-22T09:00:00+08:00"


def parse_time(value: str, option: str = "--since") -> str:
    """``value`` as the archive compares it (``T`` between date and time); UsageError when it is no time."""
    text = value.strip()
    if _EXTENDED_ISO.fullmatch(text):
        try:
            datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return text.replace(" ", "T", 1)
    raise UsageError(f"{option} {value!r}: expected an ISO 8601 date or time, {EXAMPLES}")
