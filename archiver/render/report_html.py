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
from archiver.render.charts import stacked_bars
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
table.numbers td{font-variant-numeric:tabular-nums}table.grid{table-layout:auto;font-size:.9rem}
table.grid th{white-space:nowrap}
details{border:1px solid var(--line);border-radius:6px;padding:.3rem .8rem;margin:.4rem 0}
summary{cursor:pointer}.count{display:inline-block;min-width:2.2rem;padding:0 .4rem;border-radius:9px;
background:#1a3d8f;color:#fff;font-size:.8rem;text-align:center;margin-left:.4rem}
a.replay{font-size:.8rem;background:#f3f3f6;border:1px solid var(--line);border-radius:4px;padding:0 .3rem;
margin-left:.3rem;text-decoration:none}.anomalies{background:#fff8e1;border:1px solid #f0c36d;border-radius:6px;
padding:.4rem 1.6rem}svg.chart{width:100%;height:auto;display:block}svg .axis{font-size:11px;fill:#6e6e73}
figure{margin:.5rem 0 1.5rem}figcaption{font-size:.85rem}.key{margin-right:1rem;white-space:nowrap}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:-1px}
"""


# What the HTML page lists, at most: the page stays a few megabytes whatever the archive holds
# (docs/research.md states the bound). JSON and Markdown list everything.
LISTED_PER_GROUP = 40
GROUPS_LISTED = 100
EDITS_WITH_DIFFS = 50
CLUSTERS_WITH_DIFFS = 40
REMOVED_LISTED = 500
FAILURES_PER_KIND = 50
TITLE_CHARS = 200


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{escape(url)}">{escape(_clip(text or url))}</a>'


def _clip(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def human(value: Any) -> str:
    """A value as a person reads it, escaped: yes/no, lists joined, a dash for nothing."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


def _archived(item: dict[str, Any], text: str = "archived copy") -> str:
    replay = item.get("replay_url")
    return f' <a class="replay" href="{escape(replay)}">{text}</a>' if replay else ""


def _article_line(a: dict[str, Any]) -> str:
    reprinted = " · reprinted" if a["reprinted"] else ""
    return (
        f"<li>{_link(a['url'], a['title'] or a['url'])}{_archived(a)} <span class='meta'>"
        f"{human(a['published_at'])} · source {human(a['source'])}{reprinted}</span></li>"
    )


def _more(shown: int, total: int, how: str) -> str:
    if total <= shown:
        return ""
    return f"<p class='muted'>{total - shown} more not listed here: {escape(how)}</p>"


def _field_cells(old: Any, new: Any) -> tuple[str, str]:
    if isinstance(old, str) and isinstance(new, str):
        return inline_cells([list(run) for run in inline(old, new)])
    return human(old), human(new)


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


def _table(headers: list[str], body_rows: list[list[str]], css: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in body_rows)
    return f'<table class="grid {css}"><tr>{head}</tr>{body}</table>'


def _runs_table(runs: list[dict[str, Any]]) -> str:
    return _table(
        [
            "run",
            "target",
            "started",
            "finished",
            "status",
            "mode",
            "pages",
            "new",
            "changed",
            "gone",
            "failures",
            "alarm",
        ],
        [
            [
                str(r["id"]),
                human(r["target"]),
                human(r["started_at"]),
                human(r["finished_at"]),
                human(r["status"]),
                human(r["mode"]),
                human(r["pages_fetched"]),
                human(r["articles_new"]),
                human(r["articles_changed"]),
                human(r["articles_gone"]),
                human(r["failures"]),
                human(r["alarm"]),
            ]
            for r in runs
        ],
        "numbers",
    )


def _sites_table(sites: list[dict[str, Any]]) -> str:
    return _table(
        ["site", "articles archived", "of them gone", "new", "edited", "removed", "failures"],
        [
            [
                escape(s["site"]),
                str(s["articles"]),
                str(s["gone"]),
                str(s["new"]),
                str(s["edited"]),
                str(s["removed"]),
                str(s["failures"]),
            ]
            for s in sites
        ],
        "numbers",
    )


def _groups_html(data: dict[str, Any]) -> str:
    by_url = {a["url"]: a for a in data["new_articles"]}
    groups = data["new_groups"]
    parts = []
    for index, group in enumerate(groups[:GROUPS_LISTED]):
        listed = "".join(_article_line(by_url[url]) for url in group["urls"][:LISTED_PER_GROUP])
        how = f"archiver export --site {group['site']}" + (
            f" --category '{group['category']}'" if group["category"] else ""
        )
        parts.append(
            f"<details{' open' if index == 0 else ''}><summary><strong>{escape(group['site'])}</strong> · "
            f"{human(group['category'])} · {human(group['language'])} <span class='count'>{group['count']}</span>"
            f"</summary><ul>{listed}</ul>{_more(min(LISTED_PER_GROUP, group['count']), group['count'], how)}"
            "</details>"
        )
    rest = groups[GROUPS_LISTED:]
    if rest:
        parts.append(
            f"<p class='muted'>{len(rest)} smaller groups ({sum(g['count'] for g in rest)} articles) not listed: "
            "archiver export --format csv lists every article.</p>"
        )
    overview = _table(
        ["site", "category", "language", "new articles"],
        [
            [escape(g["site"]), human(g["category"]), human(g["language"]), str(g["count"])]
            for g in groups[:GROUPS_LISTED]
        ],
        "numbers",
    )
    return f"<details><summary>All groups in one table</summary>{overview}</details>{''.join(parts)}"


def _failures_html(failures: list[dict[str, Any]]) -> str:
    kinds: dict[str, list[dict[str, Any]]] = {}
    for failure in failures:
        kinds.setdefault(failure["kind"], []).append(failure)
    parts = [
        _table(
            ["kind", "pages"], [[escape(k), str(len(v))] for k, v in sorted(kinds.items(), key=lambda i: -len(i[1]))]
        )
    ]
    for kind, found in sorted(kinds.items(), key=lambda item: -len(item[1])):
        body = _table(
            ["URL", "status", "reason", "at"],
            [
                [_link(f["url"]), human(f["status"]), human(f["reason"]), human(f["at"])]
                for f in found[:FAILURES_PER_KIND]
            ],
            "failures",
        )
        parts.append(
            f"<details><summary>{escape(kind)} <span class='count'>{len(found)}</span></summary>{body}"
            f"{_more(min(FAILURES_PER_KIND, len(found)), len(found), 'archiver runs / the fetch_errors table')}"
            "</details>"
        )
    return "".join(parts)


def _edits_html(edited: list[dict[str, Any]]) -> str:
    parts = []
    for i, a in enumerate(edited[:EDITS_WITH_DIFFS], 1):
        before, after = f"version {a['from_version']}", f"version {a['to_version']}"
        previous = _archived({"replay_url": a["previous_replay_url"]}, before)
        parts.append(
            f"<h3 id='edit-{i}'>{escape(_clip(a['title'] or a['url']))}</h3><p class='meta'>{_link(a['url'])} · "
            f"{before} → {after} ({escape(a['change_kind'])}, captured {escape(a['captured_at'])}) · changed: "
            f"{human(a['changed_fields'])} · archived copies:{previous}{_archived(a, after)}</p>"
            + _diff_html(a, before, after)
        )
    more = edited[EDITS_WITH_DIFFS:]
    if more:
        parts.append(
            "<details><summary>"
            + f"{len(more)} more edits (diffs: archiver diff URL)</summary><ul>"
            + "".join(
                f"<li>{_link(a['url'], a['title'] or a['url'])}{_archived(a)} <span class='meta'>version "
                f"{a['from_version']} → {a['to_version']} · changed: {human(a['changed_fields'])}</span></li>"
                for a in more
            )
            + "</ul></details>"
        )
    return "".join(parts)


def report_html(data: dict[str, Any]) -> str:
    summary = data["summary"]
    runs = data["runs"]
    span = (
        f"run #{runs[0]['id']}"
        if len(runs) == 1
        else f"{len(runs)} runs, #{min(r['id'] for r in runs)}–#{max(r['id'] for r in runs)}"
    )
    summary_rows = "".join(
        f"<tr><td>{escape(name.replace('_', ' '))}</td><td>{value}</td></tr>" for name, value in summary.items()
    )
    removed_items = data["removed_articles"]
    removed = (
        "".join(
            f"<li>{_link(a['url'], a['title'] or a['url'])}{_archived(a, 'last archived copy')} <span class='meta'>"
            f"gone at {human(a['at'])}: {human(a['reason'])}</span></li>"
            for a in removed_items[:REMOVED_LISTED]
        )
        + ""
    )
    clusters = "".join(_cluster_html(i, c) for i, c in enumerate(data["republished"][:CLUSTERS_WITH_DIFFS], 1))
    clusters += _more(
        min(CLUSTERS_WITH_DIFFS, len(data["republished"])),
        len(data["republished"]),
        "archiver republished lists every cluster",
    )
    anomalies = sum(len(c["anomalies"]) for c in data["republished"])
    charts = data["charts"]
    toc = "".join(
        f'<li><a href="#{anchor}">{title}</a> ({count})</li>'
        for anchor, title, count in (
            ("sites", "Sites", len(data["sites"])),
            ("runs", "Runs", len(runs)),
            ("charts", "Over time", len(charts["new_by_category"]["periods"])),
            ("new", "New articles", summary["new"]),
            ("edited", "Edited articles", summary["edited"]),
            ("removed", "Removed articles", summary["removed"]),
            ("republished", "Republished articles", summary["republished_clusters"]),
            ("failures", "Failures", summary["failures"]),
        )
    )
    none = "<p class='muted'>None.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crawl report: {escape(data["archive"])}</title><style>{_CSS}</style></head><body>
<header><h1>Crawl report</h1><p class="meta">Archive {escape(data["archive"])} · {span} (from
{human(runs[0]["started_at"])}) · generated {escape(data["generated_at"])} · archived copies open in
<code>archiver replay</code> at {escape(data["replay_base"])}</p></header>
<nav class="toc" aria-label="Contents"><strong>Contents</strong>
<ul><li><a href="#summary">Summary</a></li>{toc}</ul></nav>
<section id="summary"><h2>Summary</h2><table class="summary">{summary_rows}
<tr><td>republished anomalies</td><td>{anomalies}</td></tr></table></section>
{_section("sites", "Sites", len(data["sites"]), _sites_table(data["sites"]))}
{_section("runs", "Runs", len(runs), _runs_table(runs))}
<section id="charts"><h2>Over time</h2>
<h3>New articles by publication {escape(charts["new_by_category"]["unit"])} and category</h3>
{stacked_bars(charts["new_by_category"], "New articles over time, by category")}
<h3>Edits and removals found, by {escape(charts["edits_and_removals"]["unit"])}</h3>
{stacked_bars(charts["edits_and_removals"], "Edits and removals over time")}</section>
{_section("new", "New articles", summary["new"], _groups_html(data) if data["new_groups"] else none)}
{_section("edited", "Edited articles", summary["edited"], _edits_html(data["edited_articles"]) or none)}
{
        _section(
            "removed",
            "Removed articles",
            summary["removed"],
            (
                f"<ul>{removed}</ul>"
                + _more(min(REMOVED_LISTED, len(removed_items)), len(removed_items), "archiver export --status gone")
            )
            if removed
            else none,
        )
    }
{_section("republished", "Republished articles", summary["republished_clusters"], clusters or none)}
{_section("failures", "Failures", summary["failures"], _failures_html(data["failures"]) if data["failures"] else none)}
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
    if cluster["anomalies"]:
        parts.append(
            "<ul class='anomalies'>" + "".join(f"<li>⚠ {escape(a)}</li>" for a in cluster["anomalies"]) + "</ul>"
        )
    for member in cluster["copies"]:
        role = member["role"] if member["record_id"] != cluster["reference_id"] else base
        badge = f"<span class='badge {escape(role)}'>{escape(role)}</span>"
        similarity = "" if member["similarity"] is None else f" · similarity {member['similarity']:.2f}"
        line = (
            f"<p>{_link(member['url'], member['title'] or member['url'])}{badge}{_archived(member)} "
            f"<span class='meta'>{human(member['site'])} · published {human(member['published_at'])} · source "
            f"{human(member['source'])} · reprinted {human(member['reprinted'])}{similarity} · "
            f"{escape(member['reason'])}</span></p>"
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
    if isinstance(value, bool):
        value = "yes" if value else "no"
    elif isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    elif isinstance(value, dict):
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
        f"Archive `{data['archive']}` · generated {data['generated_at']} · {len(data['runs'])} run(s)",
        "",
        "| run | target | started | status | pages | new | changed | gone | failures |",
        "|---|---|---|---|---|---|---|---|---|",
        *(
            f"| {r['id']} | {_m(r['target'])} | {r['started_at']} | {r['status']} | {r['pages_fetched']} | "
            f"{r['articles_new']} | {r['articles_changed']} | {r['articles_gone']} | {r['failures']} |"
            for r in data["runs"]
        ),
        "",
        "## Contents",
        "",
        "- [Summary](#summary)",
        f"- [New articles](#new-articles) ({summary['new']})",
        f"- [Edited articles](#edited-articles) ({summary['edited']})",
        f"- [Removed articles](#removed-articles) ({summary['removed']})",
        f"- [Republished articles](#republished-articles) ({summary['republished_clusters']})",
        f"- [Failures](#failures) ({summary['failures']})",
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
        f"source {_m(a['source'])}{' (reprinted)' if a['reprinted'] else ''} · [archived]({_md_url(a['replay_url'])})"
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
    out += ["", "## Failures", ""]
    out += [f"- {_m(f['kind'])}: <{f['url']}> — {_m(f['reason'])}" for f in data["failures"]]
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
