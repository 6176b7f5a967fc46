"""The crawl report as one self-contained HTML page or as Markdown (JSON is the data itself).

Every archived string goes through ``html.escape`` (or Markdown escaping); the HTML page also
carries a Content-Security-Policy that forbids all scripts, so even a mistake in escaping
could not run anything an archived article contains.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from archiver.history.diffing import inline
from archiver.render.diff_html import escaped_value as _e  # the one escape helper for values
from archiver.render.diff_html import inline_cells, paragraph_rows

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_CSS = """
:root{--ink:#1d1d1f;--muted:#6e6e73;--line:#d0d0d5;--del:#ffd7d5;--del-ink:#82071e;--ins:#ccffd8;--ins-ink:#055d20}
body{font:15px/1.6 system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:2rem auto;max-width:1100px;padding:0 1.25rem;color:var(--ink)}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.3rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;
margin-top:2.5rem}h3{font-size:1.05rem;margin:1.8rem 0 .3rem}
a{color:#0b57d0;overflow-wrap:anywhere}.muted,.meta{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5rem 0}
td,th{border:1px solid var(--line);padding:.4rem .55rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f3f3f6}.summary td:first-child,.fields td:first-child{width:12rem;font-weight:600}
del{background:var(--del);color:var(--del-ink);text-decoration:line-through}
ins{background:var(--ins);color:var(--ins-ink);text-decoration:none}
.removed td{background:#fff5f5}.added td{background:#f4fff6}.same td{color:var(--muted);font-style:italic}
nav.toc{background:#f7f7fa;border:1px solid var(--line);padding:.6rem 1.2rem;border-radius:6px}
nav.toc ul{margin:.3rem 0;padding-left:1.2rem}.badge{display:inline-block;padding:0 .45rem;border-radius:4px;
font-size:.8rem;background:#e8eefc;color:#1a3d8f;margin-left:.4rem}.badge.original{background:#dff5e3;color:#055d20}
"""


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{escape(url)}">{escape(text or url)}</a>'


def _field_cells(old: Any, new: Any) -> tuple[str, str]:
    if isinstance(old, str) and isinstance(new, str):
        return inline_cells([list(run) for run in inline(old, new)])
    return _e(old), _e(new)


def _diff_html(diff: dict[str, Any], left: str, right: str) -> str:
    parts = []
    if diff["fields"]:
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{cells[0]}</td><td>{cells[1]}</td></tr>"
            for name, c in diff["fields"].items()
            for cells in [_field_cells(c["old"], c["new"])]
        )
        parts.append(f'<table class="fields"><tr><th>field</th><th>{left}</th><th>{right}</th></tr>{rows}</table>')
    paragraphs = paragraph_rows(diff["paragraphs"])
    if any(p["op"] != "equal" for p in diff["paragraphs"]):
        parts.append(f"<table><tr><th>{left}</th><th>{right}</th></tr>{''.join(paragraphs)}</table>")
    else:
        parts.append('<p class="muted">Body unchanged.</p>')
    return "".join(parts)


def _section(anchor: str, title: str, count: int, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)} ({count})</h2>{body}</section>'


def report_html(data: dict[str, Any]) -> str:
    summary = data["summary"]
    runs = ", ".join(
        f"#{run['id']} ({escape(str(run['target']))}, {escape(str(run['started_at']))}, {escape(str(run['status']))})"
        for run in data["runs"]
    )
    summary_rows = "".join(
        f"<tr><td>{escape(name.replace('_', ' '))}</td><td>{value}</td></tr>" for name, value in summary.items()
    )
    new = "".join(
        f"<li>{_link(a['url'], a['title'] or a['url'])} <span class='meta'>{_e(a['site'])} · "
        f"{_e(a['published_at'])} · source {_e(a['source'])}"
        f"{' (reprinted)' if a['reprinted'] else ''}</span></li>"
        for a in data["new_articles"]
    )
    edited = "".join(
        f"<h3 id='edit-{i}'>{escape(a['title'] or a['url'])}</h3><p class='meta'>{_link(a['url'])} · "
        f"version {a['from_version']} → {a['to_version']} ({escape(a['change_kind'])}, captured "
        f"{escape(a['captured_at'])}) · changed: {escape(', '.join(a['changed_fields']))}</p>"
        + _diff_html(a, f"version {a['from_version']}", f"version {a['to_version']}")
        for i, a in enumerate(data["edited_articles"], 1)
    )
    removed = "".join(
        f"<li>{_link(a['url'], a['title'] or a['url'])} <span class='meta'>gone at {_e(a['at'])}: "
        f"{_e(a['reason'])}</span></li>"
        for a in data["removed_articles"]
    )
    clusters = "".join(_cluster_html(i, c) for i, c in enumerate(data["republished"], 1))
    toc = "".join(
        f'<li><a href="#{anchor}">{title}</a> ({count})</li>'
        for anchor, title, count in (
            ("new", "New articles", summary["new"]),
            ("edited", "Edited articles", summary["edited"]),
            ("removed", "Removed articles", summary["removed"]),
            ("republished", "Republished articles", summary["republished_clusters"]),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crawl report: {escape(data["archive"])}</title><style>{_CSS}</style></head><body>
<header><h1>Crawl report</h1><p class="meta">Archive {escape(data["archive"])} · runs {runs} ·
generated {escape(data["generated_at"])}</p></header>
<nav class="toc" aria-label="Contents"><strong>Contents</strong>
<ul><li><a href="#summary">Summary</a></li>{toc}</ul></nav>
<section id="summary"><h2>Summary</h2><table class="summary">{summary_rows}</table></section>
{_section("new", "New articles", summary["new"], f"<ul>{new}</ul>" if new else "<p class='muted'>None.</p>")}
{_section("edited", "Edited articles", summary["edited"], edited or "<p class='muted'>None.</p>")}
{
        _section(
            "removed",
            "Removed articles",
            summary["removed"],
            f"<ul>{removed}</ul>" if removed else "<p class='muted'>None.</p>",
        )
    }
{
        _section(
            "republished",
            "Republished articles",
            summary["republished_clusters"],
            clusters or "<p class='muted'>None.</p>",
        )
    }
</body></html>
"""


def _cluster_html(index: int, cluster: dict[str, Any]) -> str:
    base = "original" if cluster["original"] else "reference"
    label = "Original" if cluster["original"] else "No original archived; reference"
    head = (
        f"<h3 id='cluster-{cluster['cluster_id']}'>{index}. {len(cluster['copies'])} articles · similarity "
        f"≥ {cluster['similarity']:.2f}</h3><p class='meta'>{label}: "
        f"{_link(cluster['original'] or cluster['reference'])} — {escape(cluster['original_reason'])}</p>"
    )
    parts = [head]
    for member in cluster["copies"]:
        role = member["role"] if member["article_id"] != cluster["reference_id"] else base
        badge = f"<span class='badge {escape(role)}'>{escape(role)}</span>"
        similarity = "" if member["similarity"] is None else f" · similarity {member['similarity']:.2f}"
        line = (
            f"<p>{_link(member['url'], member['title'] or member['url'])}{badge} <span class='meta'>"
            f"{_e(member['site'])} · published {_e(member['published_at'])} · source {_e(member['source'])}"
            f"{similarity} · {escape(member['reason'])}</span></p>"
        )
        parts.append(line)
        if "diff" in member:
            parts.append(_diff_html(member["diff"], base, "this copy"))
    return "".join(parts)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def _m(value: Any) -> str:
    """Archived text in Markdown: HTML-escaped (renderers pass raw HTML through) and syntax-escaped."""
    if value is None or value == "":
        return "—"
    if isinstance(value, list | dict | bool):
        value = json.dumps(value, ensure_ascii=False)
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", escape(text, quote=False))


def _md_url(url: str) -> str:
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"


def _diff_md(diff: dict[str, Any], left: str) -> list[str]:
    lines = []
    for name, change in diff["fields"].items():
        lines.append(f"- **{name}**: ~~{_m(change['old'])}~~ → **{_m(change['new'])}**")
    for para in diff["paragraphs"]:
        if para["op"] == "equal":
            lines.append(f"- *{para['count']} paragraph(s) unchanged*")
        elif para["op"] == "removed":
            lines.append(f"- removed: ~~{_m(para['old'])}~~")
        elif para["op"] == "added":
            lines.append(f"- added: **{_m(para['new'])}**")
        else:
            runs = "".join(
                _m(text) if op == "equal" else f"~~{_m(text)}~~" if op == "delete" else f"**{_m(text)}**"
                for op, text in para["inline"]
            )
            lines.append(f"- edited: {runs}")
    return lines or [f"- body unchanged against the {left}"]


def report_markdown(data: dict[str, Any]) -> str:
    summary = data["summary"]
    out = [
        "# Crawl report",
        "",
        f"Archive `{data['archive']}` · generated {data['generated_at']} · runs "
        + ", ".join(
            f"#{run['id']} ({_m(run['target'])}, {run['started_at']}, {run['status']})" for run in data["runs"]
        ),
        "",
        "## Contents",
        "",
        "- [Summary](#summary)",
        f"- [New articles](#new-articles) ({summary['new']})",
        f"- [Edited articles](#edited-articles) ({summary['edited']})",
        f"- [Removed articles](#removed-articles) ({summary['removed']})",
        f"- [Republished articles](#republished-articles) ({summary['republished_clusters']})",
        "",
        "## Summary",
        "",
        "| | |",
        "|---|---|",
    ]
    out += [f"| {name.replace('_', ' ')} | {value} |" for name, value in summary.items()]
    out += ["", "## New articles", ""]
    out += [
        f"- [{_m(a['title'] or a['url'])}]({_md_url(a['url'])}) — {_m(a['site'])}, {_m(a['published_at'])}, "
        f"source {_m(a['source'])}{' (reprinted)' if a['reprinted'] else ''}"
        for a in data["new_articles"]
    ]
    out += ["", "## Edited articles", ""]
    for a in data["edited_articles"]:
        out += [
            f"### {_m(a['title'] or a['url'])}",
            "",
            f"[{_m(a['url'])}]({_md_url(a['url'])}) · version {a['from_version']} → {a['to_version']} "
            f"({a['change_kind']})",
            "",
            *_diff_md(a, "previous version"),
            "",
        ]
    out += ["", "## Removed articles", ""]
    out += [
        f"- [{_m(a['title'] or a['url'])}]({_md_url(a['url'])}) — gone at {_m(a['at'])}: {_m(a['reason'])}"
        for a in data["removed_articles"]
    ]
    out += ["", "## Republished articles", ""]
    for index, cluster in enumerate(data["republished"], 1):
        base = "original" if cluster["original"] else "reference"
        out += [
            f"### {index}. {len(cluster['copies'])} articles, similarity ≥ {cluster['similarity']:.2f}",
            "",
            f"{base.capitalize()}: <{cluster['original'] or cluster['reference']}> — {_m(cluster['original_reason'])}",
            "",
        ]
        for member in cluster["copies"]:
            out.append(
                f"- [{_m(member['title'] or member['url'])}]({_md_url(member['url'])}) — {member['role']}, "
                f"{_m(member['site'])}, published {_m(member['published_at'])}: {_m(member['reason'])}"
            )
            if "diff" in member:
                out += ["  " + line for line in _diff_md(member["diff"], base)]
        out.append("")
    return "\n".join(out) + "\n"
