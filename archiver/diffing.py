"""Differences between two versions of an article: fields, paragraphs, and words (characters for Chinese)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

SHOWN_FIELDS = ("title", "source", "source_raw", "reprinted", "author", "published_at", "keywords", "language")
_WORD = re.compile(r"\s+|[\u3400-\u9fff\uf900-\ufaff]|[^\s\u3400-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class VersionDiff:
    url: str
    old: dict[str, Any]
    new: dict[str, Any]

    @property
    def fields(self) -> dict[str, dict[str, Any]]:
        return {name: {"old": self.old.get(name), "new": self.new.get(name)}
                for name in SHOWN_FIELDS if self.old.get(name) != self.new.get(name)}

    @property
    def old_paragraphs(self) -> list[str]:
        return paragraphs(self.old.get("body"))

    @property
    def new_paragraphs(self) -> list[str]:
        return paragraphs(self.new.get("body"))

    def body_diff(self) -> list[str]:
        """Unified diff of the bodies, one paragraph per line."""
        return list(difflib.unified_diff(self.old_paragraphs, self.new_paragraphs,
                                         f"version {self.old['version']}", f"version {self.new['version']}",
                                         lineterm="", n=1))

    def paragraph_ops(self) -> list[tuple[str, list[str], list[str]]]:
        """(equal|replace|delete|insert, old paragraphs, new paragraphs), in order."""
        old, new = self.old_paragraphs, self.new_paragraphs
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        return [(op, old[i1:i2], new[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()]

    def paragraph_changes(self) -> list[dict[str, Any]]:
        """Paragraph by paragraph: equal runs, and each paragraph edited (with its inline runs), removed or added.

        Within a replaced block only similar paragraphs are paired as edits; a paragraph dropped
        while an unrelated one was appended is a removal and an addition, not an "edit".
        """
        changes: list[dict[str, Any]] = []
        for op, old, new in self.paragraph_ops():
            if op == "equal":
                changes.append({"op": "equal", "count": len(old)})
                continue
            start = 0
            for before in old:
                match = next((j for j in range(start, len(new)) if similar(before, new[j])), None)
                if match is None:
                    changes.append({"op": "removed", "old": before})
                    continue
                changes.extend({"op": "added", "new": after} for after in new[start:match])
                changes.append({"op": "edited", "old": before, "new": new[match],
                                "inline": [list(run) for run in inline(before, new[match])]})
                start = match + 1
            changes.extend({"op": "added", "new": after} for after in new[start:])
        return changes

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "from": self.old["version"], "to": self.new["version"],
                "change_kind": self.new.get("change_kind"), "fields": self.fields, "body_diff": self.body_diff()}


def paragraphs(body: str | None) -> list[str]:
    return [p for p in (body or "").split("\n\n") if p]


def similar(old: str, new: str, at_least: float = 0.5) -> bool:
    """Two paragraphs are versions of one another when most of their words (characters) match."""
    return difflib.SequenceMatcher(None, tokens(old), tokens(new), autojunk=False).ratio() >= at_least


def tokens(text: str) -> list[str]:
    """Words and blanks for Latin text; one token per character for Chinese."""
    return _WORD.findall(text)


def inline(old: str, new: str) -> list[tuple[str, str]]:
    """(equal|delete|insert, text) runs that turn ``old`` into ``new``, word- or character-wise."""
    a, b = tokens(old), tokens(new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("insert", "".join(b[j1:j2])))
    return runs
