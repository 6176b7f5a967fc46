"""Archived text made safe to print: no page can drive the reader's terminal.

Titles, authors and bodies come from pages we do not control. A raw ESC, BEL or C1
byte in them would reach the terminal as a command: OSC 52 writes the clipboard,
OSC 8 shows one link and opens another, CSI sequences clear or rewrite the screen.
Everything the CLI prints for a person goes through :func:`printable`, and JSON it
prints through :func:`json_text`; files written with ``-o`` keep the data as archived.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls except newline and tab, DEL, C1 controls, and the bidirectional overrides and
# isolates that reorder what is shown ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# json.dumps already escapes C0; these are what it lets through.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    r"""``text`` with every control character shown as an escape (``\x1b``), lines and tabs kept."""
    return _UNSAFE.sub(_escaped, text)


def json_text(data: Any) -> str:
    """``data`` as indented JSON with no character a terminal would act on (all escaped as ``\\uXXXX``)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
