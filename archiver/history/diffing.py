"""Differences between two versions of an article: fields, paragraphs, and words (characters for Chinese)."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from archiver.normalize import CJK_CHARS

# difflib.SequenceMatcher takes time up to the product of its two inputs' lengths: a 100,000-
# character paragraph never finished. Inputs whose differing middles multiply to more than this
# are compared by a linear rule instead (common start and end kept, the middle replaced), and
# blocks of more paragraphs than this are not paired one by one.
MAX_COMPARED_PAIRS = 2_000_000
MAX_PAIRED_PARAGRAPHS = 10_000
SHOWN_FIELDS = ("title", "source", "source_raw", "reprinted", "author", "published_at", "keywords", "language")
_WORD = re.compile(rf"\s+|[{CJK_CHARS}]|[^\s{CJK_CHARS}]+")


@dataclass(frozen=True)
class VersionDiff:
    url: str
    old: dict[str, Any]
    new: dict[str, Any]

    @property
    def fields(self) -> dict[str, dict[str, Any]]:
        return {
            name: {"old": self.old.get(name), "new": self.new.get(name)}
            for name in SHOWN_FIELDS
            if self.old.get(name) != self.new.get(name)
        }

    @property
    def old_paragraphs(self) -> list[str]:
        return paragraphs(self.old.get("body"))

    @property
    def new_paragraphs(self) -> list[str]:
        return paragraphs(self.new.get("body"))

    def body_diff(self) -> list[str]:
        """Unified diff of the bodies, one paragraph per line."""
        old, new = self.old_paragraphs, self.new_paragraphs
        names = f"version {self.old['version']}", f"version {self.new['version']}"
        if not _too_large(old, new):
            return list(difflib.unified_diff(old, new, *names, lineterm="", n=1))
        return _unified_linear(old, new, *names)

    def paragraph_ops(self) -> list[tuple[str, list[str], list[str]]]:
        """(equal|replace|delete|insert, old paragraphs, new paragraphs), in order."""
        old, new = self.old_paragraphs, self.new_paragraphs
        return [(op, old[i1:i2], new[j1:j2]) for op, i1, i2, j1, j2 in opcodes(old, new)]

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
            if len(old) * len(new) > MAX_PAIRED_PARAGRAPHS:
                changes.extend({"op": "removed", "old": before} for before in old)
                changes.extend({"op": "added", "new": after} for after in new)
                continue
            start = 0
            for before in old:
                match = next((j for j in range(start, len(new)) if similar(before, new[j])), None)
                if match is None:
                    changes.append({"op": "removed", "old": before})
                    continue
                changes.extend({"op": "added", "new": after} for after in new[start:match])
                changes.append(
                    {
                        "op": "edited",
                        "old": before,
                        "new": new[match],
                        "inline": [list(run) for run in inline(before, new[match])],
                    }
                )
                start = match + 1
            changes.extend({"op": "added", "new": after} for after in new[start:])
        return changes

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "from": self.old["version"],
            "to": self.new["version"],
            "change_kind": self.new.get("change_kind"),
            "fields": self.fields,
            "body_diff": self.body_diff(),
        }


def paragraphs(body: str | None) -> list[str]:
    return [p for p in (body or "").split("\n\n") if p]


def similar(old: str, new: str, at_least: float = 0.5) -> bool:
    """Two paragraphs are versions of one another when most of their words (characters) match.

    Too long to align, they are compared as bags of words (difflib's quick_ratio, an upper bound
    of the aligned ratio, computed in linear time).
    """
    a, b = tokens(old), tokens(new)
    if not a and not b:
        return True
    prefix, suffix = _common_ends(a, b)
    middle_a, middle_b = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]
    if _too_large(middle_a, middle_b):
        return _bag_ratio(a, b) >= at_least
    # difflib's ratio (2 * matched / total), aligning only the differing middle: the common
    # start and end are matched anyway.
    matcher = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False)
    matched = prefix + suffix + sum(block.size for block in matcher.get_matching_blocks())
    return 2.0 * matched / (len(a) + len(b)) >= at_least


def tokens(text: str) -> list[str]:
    """Words and blanks for Latin text; one token per character for Chinese."""
    return _WORD.findall(text)


def inline(old: str, new: str) -> list[tuple[str, str]]:
    """(equal|delete|insert, text) runs that turn ``old`` into ``new``, word- or character-wise."""
    a, b = tokens(old), tokens(new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in opcodes(a, b):
        if op == "equal":
            runs.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("insert", "".join(b[j1:j2])))
    return runs


def opcodes(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes turning ``a`` into ``b``; for inputs too long to align, a linear approximation.

    The approximation keeps the common start and end and replaces everything between:
    exact for one localized edit, coarse (but fast) for many scattered ones.
    """
    prefix, suffix = _common_ends(a, b)
    middle_a, middle_b = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]
    if not _too_large(middle_a, middle_b):
        found = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False).get_opcodes()
        shifted: list[tuple[str, int, int, int, int]] = [
            (op, i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix) for op, i1, i2, j1, j2 in found
        ]
    else:
        op = "replace" if middle_a and middle_b else "delete" if middle_a else "insert"
        shifted = [(op, prefix, len(a) - suffix, prefix, len(b) - suffix)]
    head: list[tuple[str, int, int, int, int]] = [("equal", 0, prefix, 0, prefix)] if prefix else []
    tail = [("equal", len(a) - suffix, len(a), len(b) - suffix, len(b))] if suffix else []
    return _merged(head + [code for code in shifted if code[1] < code[2] or code[3] < code[4]] + tail)


def _merged(codes: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Adjacent equal runs joined (the prefix/suffix split can cut one in two)."""
    result: list[tuple[str, int, int, int, int]] = []
    for code in codes:
        if result and code[0] == "equal" and result[-1][0] == "equal":
            result[-1] = ("equal", result[-1][1], code[2], result[-1][3], code[4])
        else:
            result.append(code)
    return result


def _common_ends(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """Lengths of the common start and (not overlapping it) the common end of ``a`` and ``b``."""
    limit = min(len(a), len(b))
    prefix = 0
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and a[len(a) - 1 - suffix] == b[len(b) - 1 - suffix]:
        suffix += 1
    return prefix, suffix


def _too_large(a: Sequence[str], b: Sequence[str]) -> bool:
    return len(a) * len(b) > MAX_COMPARED_PAIRS


def _bag_ratio(a: Sequence[str], b: Sequence[str]) -> float:
    if not a and not b:
        return 1.0
    shared = sum((Counter(a) & Counter(b)).values())
    return 2.0 * shared / (len(a) + len(b))


def _unified_linear(old: list[str], new: list[str], from_name: str, to_name: str) -> list[str]:
    """A unified diff (one hunk per change, one paragraph of context) from :func:`opcodes`."""
    lines = [f"--- {from_name}", f"+++ {to_name}"]
    codes = opcodes(old, new)
    for index, (op, i1, i2, j1, j2) in enumerate(codes):
        if op == "equal":
            continue
        before = codes[index - 1] if index and codes[index - 1][0] == "equal" else None
        after = codes[index + 1] if index + 1 < len(codes) and codes[index + 1][0] == "equal" else None
        start_a, start_b = (i1 - 1, j1 - 1) if before else (i1, j1)
        end_a, end_b = (i2 + 1, j2 + 1) if after else (i2, j2)
        lines.append(f"@@ -{start_a + 1},{end_a - start_a} +{start_b + 1},{end_b - start_b} @@")
        lines.extend(" " + text for text in old[start_a:i1])
        lines.extend("-" + text for text in old[i1:i2])
        lines.extend("+" + text for text in new[j1:j2])
        lines.extend(" " + text for text in old[i2:end_a])
    return lines
