"""Diffs as text (unified) and as a self-contained, escaped, side-by-side HTML page."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from archiver.history.diffing import VersionDiff

_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem auto;
max-width:1200px;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.3rem}table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:1px solid #d0d0d5;padding:.45rem .6rem;vertical-align:top;text-align:left;word-wrap:break-word}
th{background:#f3f3f6}del{background:#ffd7d5;color:#82071e;text-decoration:line-through}
ins{background:#ccffd8;color:#055d20;text-decoration:none}.same{color:#6e6e73}.meta{color:#6e6e73}
.fields td:first-child{width:9rem;font-weight:600}
"""


def diff_text(diff: VersionDiff) -> str:
    """The diff for a terminal: changed fields, then the body paragraph by paragraph.

    Inside an edited paragraph the change is shown in place, word by word for Latin text and
    character by character for Chinese (as the HTML diff does), in ``git diff --word-diff``'s
    notation: ``[-removed-]{+added+}``. Paragraphs removed or added whole are ``-`` and ``+`` lines.
    """
    lines = [
        f"{diff.url}: version {diff.old['version']} -> {diff.new['version']} "
        f"({diff.new.get('change_kind')}, captured {diff.new.get('captured_at')})"
    ]
    for name, change in diff.fields.items():
        lines.append(f"  {name}: {change['old']!r} -> {change['new']!r}")
    changes = diff.paragraph_changes()
    if all(change["op"] == "equal" for change in changes):
        lines.append("  body: unchanged")
        return "\n".join(lines)
    lines.append("  body:")
    for change in changes:
        if change["op"] == "equal":
            lines.append(f"    = {change['count']} paragraph{'s' if change['count'] > 1 else ''} unchanged")
        elif change["op"] == "edited":
            lines.append("    ~ " + "".join(_marked(op, text) for op, text in change["inline"]))
        elif change["op"] == "removed":
            lines.append(f"    - {change['old']}")
        else:
            lines.append(f"    + {change['new']}")
    return "\n".join(lines)


def _marked(op: str, text: str) -> str:
    return text if op == "equal" else f"[-{text}-]" if op == "delete" else f"{{+{text}+}}"


def escaped_value(value: Any) -> str:
    """Any field value as escaped HTML text: the one way the diff page and the report show a value.

    Nothing (None, "") is a dash; lists, objects and booleans are JSON; the rest is its text.
    """
    if value is None or value == "":
        return "—"
    if isinstance(value, list | dict | bool):
        value = json.dumps(value, ensure_ascii=False)
    return escape(str(value))


def inline_cells(runs: Iterable[Sequence[str]]) -> tuple[str, str]:
    """(equal|delete|insert, text) runs as the escaped old and new cells, deletions and insertions marked."""
    left, right = [], []
    for op, text in runs:
        safe = escape(text)
        if op == "equal":
            left.append(safe)
            right.append(safe)
        elif op == "delete":
            left.append(f"<del>{safe}</del>")
        else:
            right.append(f"<ins>{safe}</ins>")
    return "".join(left), "".join(right)


def paragraph_rows(changes: Iterable[dict[str, Any]]) -> list[str]:
    """The body's paragraph changes (``VersionDiff.paragraph_changes()``) as side-by-side table rows,
    shared by the diff page and the report: unchanged runs folded, edits marked inside the paragraph."""
    rows = []
    for change in changes:
        if change["op"] == "equal":
            rows.append(f'<tr class="same"><td colspan="2">{change["count"]} paragraph(s) unchanged</td></tr>')
        elif change["op"] == "edited":
            left, right = inline_cells(change["inline"])
            rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
        elif change["op"] == "removed":
            rows.append(f'<tr class="removed"><td><del>{escape(change["old"])}</del></td><td></td></tr>')
        else:
            rows.append(f'<tr class="added"><td></td><td><ins>{escape(change["new"])}</ins></td></tr>')
    return rows


def diff_html(diff: VersionDiff) -> str:
    """One page, no external assets, every archived string escaped."""
    old, new = diff.old, diff.new
    fields = "".join(
        f"<tr><td>{escape(name)}</td><td>{escaped_value(c['old'])}</td><td>{escaped_value(c['new'])}</td></tr>"
        for name, c in diff.fields.items()
    )
    fields = fields or '<tr><td colspan="3" class="meta">no field changed</td></tr>'
    lang = "zh" if new.get("language") == "zh" else "en"
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diff: {escape(new.get("title") or diff.url)}</title><style>{_CSS}</style></head><body>
<h1>{escape(new.get("title") or "")}</h1>
<p class="meta"><a href="{escape(diff.url)}">{escape(diff.url)}</a><br>
version {old["version"]} ({escape(str(old.get("captured_at")))}) → version {new["version"]}
({escape(str(new.get("captured_at")))}), {escape(str(new.get("change_kind")))}</p>
<h2>Fields</h2><table class="fields"><tr><th>field</th><th>version {old["version"]}</th>
<th>version {new["version"]}</th></tr>{fields}</table>
<h2>Body</h2><table><tr><th>version {old["version"]}</th><th>version {new["version"]}</th></tr>
{"".join(paragraph_rows(diff.paragraph_changes()))}</table></body></html>
"""
