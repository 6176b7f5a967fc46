"""What counts as a change of an article: the rules that keep noise from becoming versions.

Two captures are the same content when their hashed fields agree after folding:
Unicode compatibility forms (full/half width), every blank and every punctuation mark
are ignored, and a relative date ("3 days ago", resolved against the capture time)
is left out. So whitespace, punctuation-only and encoding-only differences and page
counters never make a version.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from typing import Any

HASHED_FIELDS = ("title", "source_raw", "author", "published_at", "body", "keywords")
MAJOR_FIELDS = frozenset({"title", "body"})


class _DropPunctuation(dict[int, int | None]):
    """A ``str.translate`` table filled on demand: punctuation and blanks map to nothing."""

    def __missing__(self, codepoint: int) -> int | None:
        char = chr(codepoint)
        value = None if unicodedata.category(char)[0] in "PZ" or char.isspace() else codepoint
        self[codepoint] = value
        return value


_PUNCTUATION = _DropPunctuation()


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_PUNCTUATION)


def _flags(record: Mapping[str, Any]) -> list[str]:
    flags = record.get("published_at_flags") or []
    return json.loads(flags) if isinstance(flags, str) else flags


def _keywords(record: Mapping[str, Any]) -> list[str]:
    value = record.get("keywords") or []
    return json.loads(value) if isinstance(value, str) else value


def folded_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """The hashed fields of a record (extracted, or a stored version row), folded."""
    folded: dict[str, Any] = {}
    for name in HASHED_FIELDS:
        if name == "keywords":
            folded[name] = [fold(k) for k in _keywords(record)]
        elif name == "published_at" and "relative" in _flags(record):
            folded[name] = None  # moves with every capture: not content
        else:
            value = record.get(name)
            folded[name] = fold(value) if isinstance(value, str) else value
    return folded


def content_hash(record: Mapping[str, Any]) -> str:
    canonical = json.dumps(folded_fields(record), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    before, after = folded_fields(old), folded_fields(new)
    return [name for name in HASHED_FIELDS if before[name] != after[name]]


def change_kind(changed: list[str]) -> str:
    """``edit`` when the title or body changed, ``minor`` when only metadata did."""
    return "edit" if MAJOR_FIELDS & set(changed) else "minor"
