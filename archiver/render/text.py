"""Human-readable text for the CLI (JSON output is the same data, unformatted)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from typing import Any

from archiver import statkeys

_SHOWN_FIELDS = (
    "title",
    "source",
    "source_raw",
    "reprinted",
    "author",
    "published_at",
    "published_at_flags",
    "keywords",
    "categories",
    "language",
    "article_id",
    "images",
    "encoding",
)


def crawl_summary(result: Any) -> tuple[str, dict[str, Any]]:
    stats = result.stats
    get = stats.get
    elapsed = get("elapsed_time_seconds", 0.0)
    data = {
        "run_id": result.run_id,
        "db": str(result.db),
        "status": result.status,
        "elapsed_seconds": round(elapsed, 2),
        "pages_fetched": get("response_received_count", 0),
        "articles_new": get(statkeys.NEW, 0),
        "articles_changed": get(statkeys.CHANGED, 0),
        "articles_unchanged": get(statkeys.UNCHANGED, 0),
        "not_modified": get(statkeys.NOT_MODIFIED, 0),
        "articles_gone": get(statkeys.GONE, 0),
        "not_due": get(statkeys.NOT_DUE, 0),
        "reverified": get(statkeys.REVERIFY, 0),
        "max_pages_skipped": get(statkeys.MAX_PAGES_SKIPPED, 0),
        "listing_early_stops": get(statkeys.LISTING_EARLY_STOPS, 0),
        "alarm": get(statkeys.ALARM),
        "listing_pages": get(statkeys.LISTINGS, 0),
        "failures": get(statkeys.FAILURES, 0),
        "robots_forbidden": get("robotstxt/forbidden", 0),
        "finish_reason": get("finish_reason"),
        "completeness": get(statkeys.COMPLETENESS, []),
        "article_templates": get(statkeys.COMPLETENESS_TEMPLATES, []),
        "incomplete": getattr(result, "incomplete", None),
        "near_duplicates": {name: get(statkeys.duplicates(name), 0) for name in ("signed", "pairs", "clusters")},
    }
    articles = data["articles_new"] + data["articles_changed"] + data["articles_unchanged"]
    text = (
        f"Crawl run {data['run_id']} {data['status']} in {elapsed:.1f}s "
        f"({data['finish_reason']}).\n"
        f"  pages fetched     {data['pages_fetched']}\n"
        f"  listing pages     {data['listing_pages']}\n"
        f"  articles          {articles} ({data['articles_new']} new, {data['articles_changed']} changed, "
        f"{data['articles_unchanged']} unchanged, of which {data['not_modified']} answered 304)\n"
        f"  gone              {data['articles_gone']}\n"
        f"  not due yet       {data['not_due']} known articles skipped by the revisit policy "
        f"({data['reverified']} re-verified as the longest unchecked)\n"
        f"  failures          {data['failures']} (recorded in the fetch_errors table)\n"
        f"  robots.txt skips  {data['robots_forbidden']}\n"
        f"  near-duplicates   {data['near_duplicates']['signed']} articles signed, "
        f"{data['near_duplicates']['clusters']} clusters in the archive (`archiver republished`)\n"
        f"{_completeness_text(data['completeness'])}"
        f"{_templates_text(data['article_templates'])}"
        f"{_capped(data)}"
        f"Archive: {result.db}"
    )
    return text, data


def _capped(data: dict[str, Any]) -> str:
    """A run stopped by --max-pages is not a complete pass: say so."""
    if data.get("finish_reason") != "closespider_pagecount":
        return ""
    return (
        f"  stopped at --max-pages: {data.get('max_pages_skipped', 0)} more links were not requested; "
        "the next run goes on from there\n"
    )


def _table(header: str, rows: list[dict[str, Any]], most: int, line: Callable[[dict[str, Any]], str]) -> str:
    """A summary table: its header, at most ``most`` rows, and how many more ``--format json`` shows."""
    if not rows:
        return ""
    lines = [header, *(f"    {line(row)}" for row in rows[:most])]
    if len(rows) > most:
        lines.append(f"    … and {len(rows) - most} more (--format json)")
    return "\n".join(lines) + "\n"


def _completeness_text(rows: list[dict[str, Any]]) -> str:
    """Per listing: what it says it holds, what the crawl found and archived (generic mode)."""
    return _table(
        "  listings          estimated  discovered  archived  pages",
        rows,
        30,
        lambda row: (
            f"{str(row['listing'])[:24]:<24} {row['estimated']:>7} {row['discovered']:>10} "
            f"{row['archived']:>9}  {row['pages']}"
        ),
    )


def _templates_text(rows: list[dict[str, Any]]) -> str:
    """Per article template with pages not archived: the pages like its articles the crawl fetched or found."""
    return _table(
        "  article templates estimated  discovered  archived  not archived (fetched / never requested)",
        rows,
        10,
        lambda row: (
            f"{str(row['pattern'])[-24:]:<24} {row['estimated']:>7} {row['discovered']:>10} "
            f"{row['archived']:>9}  {row['released']} / {row['unfetched']}"
        ),
    )


def stats_text(data: dict[str, Any]) -> str:
    lines = [
        f"Archive {data['path']} (schema version {data['schema_version']})",
        f"  articles      {data['articles']} ({data['live']} live, {data['gone']} gone)",
        f"  versions      {data['versions']}",
        f"  categories    {data['categories']}",
        f"  captures      {data['captures']} ({_size(data['captures_raw_bytes'])} raw, "
        f"{_size(data['captures_stored_bytes'])} stored)",
        f"  fetch errors  {data['fetch_errors']}",
        f"  crawl runs    {data['crawl_runs']}",
    ]
    for site, counts in data["sites"].items():
        lines.append(f"  site {site}: {counts['articles']} articles, {counts['live']} live")
    run = data.get("last_run")
    if run:
        lines.append(
            f"  last run      #{run['id']} {run['status']} {run['started_at']} -> "
            f"{run['finished_at'] or '…'} ({run['target']})"
        )
    return "\n".join(lines)


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def extraction_text(record: Mapping[str, Any]) -> str:
    rules = record.get("rules", {})
    lines = [f"{record['url']}  (profile {record.get('profile', '?')}, extractor {record['extractor_version']})", ""]
    for name in _SHOWN_FIELDS:
        rule = rules.get(name, rules.get(name.split("_")[0], ""))
        lines.append(f"{name:<19}{rule:<24}{record.get(name)!r}")
    body = record.get("body") or ""
    paragraphs = body.split("\n\n") if body else []
    lines.append(f"{'body':<19}{rules.get('body', ''):<24}{len(body)} characters, {len(paragraphs)} paragraphs")
    for paragraph in paragraphs[:3]:
        lines.append(textwrap.indent(textwrap.shorten(paragraph, 200, placeholder=" …"), " " * 19))
    if len(paragraphs) > 3:
        lines.append(" " * 19 + f"… {len(paragraphs) - 3} more paragraphs")
    return "\n".join(lines)


def runs_text(runs: list[dict[str, Any]]) -> str:
    if not runs:
        return "No crawl runs yet."
    lines = [
        f"{'run':>4}  {'status':<11} {'mode':<11} {'started':<25} {'pages':>6} {'304':>5} {'new':>5} "
        f"{'chg':>5} {'gone':>5} {'fail':>5}  target"
    ]
    for run in runs:
        lines.append(
            f"{run['id']:>4}  {run['status']:<11} {run['mode']:<11} {run['started_at']:<25} "
            f"{run['pages_fetched']:>6} {run['not_modified']:>5} {run['articles_new']:>5} "
            f"{run['articles_changed']:>5} {run['articles_gone']:>5} {run['failures']:>5}  {run['target']}"
        )
        if run.get("alarm"):
            lines.append(f"      ALARM: {run['alarm']}")
    return "\n".join(lines)


def sites_text(path: str, sites: list[dict[str, Any]]) -> str:
    if not sites:
        return f"{path} holds no articles yet."
    lines = [f"{'site':<32} {'articles':>8} {'live':>6} {'gone':>6} {'versions':>8}  first run -> last run"]
    for site in sites:
        lines.append(
            f"{site['site']:<32} {site['articles']:>8} {site['live']:>6} {site['gone']:>6} {site['versions']:>8}  "
            f"#{site['first_run']} {(site['first_run_at'] or '-')[:19]} -> #{site['last_run']} "
            f"{(site['last_run_at'] or '-')[:19]}"
        )
    return "\n".join(lines)


def history_text(article: dict[str, Any], versions: list[dict[str, Any]]) -> str:
    lines = [
        f"{article['url']}  ({article['status']}"
        + (f" since {article['gone_at']}" if article["status"] == "gone" else "")
        + f", first seen {article['first_seen']}, last seen {article['last_seen']})"
    ]
    for version in versions:
        changed = ", ".join(version["changed_fields"]) or "-"
        restored = f" (content of version {version['restored_from']})" if version.get("restored_from") else ""
        lines.append(
            f"  v{version['version']:<3} {version['captured_at']}  {version['change_kind']:<9}"
            f"{restored} changed: {changed}  [{version['extractor_version']}]  {version['title']}"
        )
    return "\n".join(lines)


def search_text(query: str, hits: list[dict[str, Any]], total: int | None = None) -> str:
    if not hits:
        return f"No article matches {query!r}."
    total = len(hits) if total is None else total
    shown = f"{len(hits)} best of {total} matches" if total > len(hits) else f"{total} matches"
    lines = [f"{shown} for {query!r}:", ""]
    for rank, hit in enumerate(hits, 1):
        date = (hit["published_at"] or "")[:10] or "no date"
        lines.append(
            f"{rank:>3}. {hit['title']}  ({date}, {hit['site']}"
            + (f", from {hit['source']}" if hit.get("source") else "")
            + ")"
        )
        removed = f"  [REMOVED from the site {(hit.get('gone_at') or '')[:10]}]" if hit.get("status") == "gone" else ""
        lines.append(f"     {hit['url']}{removed}")
        lines.append(textwrap.indent(textwrap.fill(hit["snippet"], 100), "     "))
    return "\n".join(lines)


def show_text(version: dict[str, Any]) -> str:
    header = [
        version.get("title") or "(no title)",
        f"{version['url']}  (version {version['version']}, captured {version['captured_at']}, {version['status']})",
        f"Source: {version.get('source_raw') or '-'}   Author: {version.get('author') or '-'}   "
        f"Published: {version.get('published_at') or '-'}",
    ]
    if version.get("keywords"):
        header.append("Keywords: " + ", ".join(version["keywords"]))
    body = "\n\n".join(textwrap.fill(p, 100) for p in (version["body"] or "").split("\n\n"))
    return "\n".join(header) + "\n\n" + body


def probe_text(report: dict[str, Any]) -> str:
    """`archiver probe`: how the site was understood, for a person deciding whether to write a profile."""
    lines = [f"Probe of {report['site']}: {report['pages_fetched']} pages fetched, nothing archived."]
    lines.append(f"  categories ({len(report['categories'])}):")
    lines.extend(f"    {c['name']:<24} {c.get('role', ''):<10} {c['url']}" for c in report["categories"][:40])
    lines.append(f"  listing templates ({len(report['listing_templates'])}):")
    for t in report["listing_templates"][:20]:
        pagination = ", ".join(t["pagination"]) or "no further pages seen"
        lines.append(f"    {t['template']:<40} {t['pages_seen']:>3} seen, ~{t['estimated_pages']} pages ({pagination})")
    lines.append(f"  article templates ({len(report['article_templates'])}):")
    for t in report["article_templates"][:20]:
        lines.append(f"    {t['template']:<40} {t['pages_seen']:>3} seen")
        for sample in t["samples"][:2]:
            lines.append(f"      {sample['url']}")
            rules = sample.get("rules") or {}
            for name in ("title", "published_at", "author", "source", "categories"):
                value = sample.get(name)
                shown = ", ".join(value) if isinstance(value, list) else value
                lines.append(
                    f"        {name:<13} {textwrap.shorten(str(shown), 60) if shown else '-':<62}"
                    f" [{rules.get(name) or rules.get('date' if name == 'published_at' else name, '-')}]"
                )
    lines.append(
        f"  skipped ({sum(report['skipped_by_reason'].values())} pages, "
        f"{report['budget_skips']} links beyond the exploration budget):"
    )
    lines.extend(f"    {count:>4}  {why}" for why, count in report["skipped_by_reason"].items())
    lines.extend(f"    e.g. {s['url']}" for s in report["skipped"][:5])
    if report.get("failures"):
        lines.append(
            f"  failures ({len(report['failures'])}): e.g. {report['failures'][0]['url']}: "
            f"{report['failures'][0]['reason']}"
        )
    if report.get("profile_written"):
        lines.append(
            f"Profile written to {report['profile_written']}: edit it, then "
            f"`archiver crawl {report['profile_written']} --db …`."
        )
    return "\n".join(lines)
