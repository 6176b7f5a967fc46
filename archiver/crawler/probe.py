"""`archiver probe URL`: a bounded look at a site, no archive written, and what archiver made of it.

It runs the generic crawl for about 50 pages with an in-memory collector instead of the
archive, then reports the site model: categories, listing templates with their pagination
family and estimated pages, article templates with sample extractions and the rule behind
each field, and what it skipped and why. ``profile_toml`` turns that into a profile file
to edit and pass to ``archiver crawl``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import unquote, urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archiver import statkeys
from archiver.crawler.run import SPIDER, quiet_page_failures, replace_writer
from archiver.discovery.page import path_family
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, name_shape
from archiver.extract.record import ArticleRecord
from archiver.items import ArticleItem
from archiver.profiles import SiteProfile
from archiver.urls import netloc_of
from archiver.writer.pages import extracted

SAMPLE_FIELDS = ("title", "published_at", "author", "source", "categories", "article_id")


def run_probe(profile: SiteProfile, settings: Settings, pages: int) -> dict[str, Any]:
    """Crawl ``profile``'s home for about ``pages`` pages without an archive; the report as data."""
    settings.set("ARCHIVER_DB", "", priority="cmdline")  # no frontier to read, nothing to write
    replace_writer(settings, "pipelines.probe.ProbeCollector")
    settings.set("CLOSESPIDER_PAGECOUNT", pages, priority="cmdline")
    process = CrawlerProcess(settings)
    quiet_page_failures(settings)
    crawler = process.create_crawler(SPIDER)
    process.crawl(crawler, target=profile.start_urls[0], profile=profile)
    process.start()
    spider = crawler.spider
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return build_report(profile, spider, stats)


def build_report(profile: SiteProfile, spider: Any, stats: dict[str, Any]) -> dict[str, Any]:
    decisions: dict[str, tuple[str, str]] = {**spider.decisions, **spider.unplaced()}
    records: list[ArticleRecord] = getattr(spider, "probe_records", [])
    by_family: dict[str, list[str]] = defaultdict(list)
    for url, (role, _) in decisions.items():
        by_family[f"{role} {path_family(url)}"].append(url)
    listings = []
    tallies = {t.url: t for t in spider.tallies.values()}
    for key, urls in sorted(by_family.items(), key=lambda kv: -len(kv[1])):
        role, family = key.split(" ", 1)
        if role != LISTING:
            continue
        own = [t for t in tallies.values() if path_family(t.url) == family or t.url in urls]
        listings.append(
            {
                "template": family,
                "pages_seen": len(urls),
                "examples": urls[:3],
                "shapes": name_shapes(urls),
                "pagination": sorted({f for t in own for f in t.families}),
                "estimated_pages": max([max(t.stated_pages, len(t.pages_known)) for t in own] or [0]),
            }
        )
    samples: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in [*records, *held_records(profile, spider)]:
        family = path_family(record["url"])
        if len(samples[family]) < 3:
            samples[family].append(
                {"url": record["url"], **{f: record.get(f) for f in SAMPLE_FIELDS}, "rules": record.get("rules", {})}
            )
    roles_of: dict[str, set[str]] = defaultdict(set)
    for key in by_family:
        role, family = key.split(" ", 1)
        roles_of[family].add(role)
    articles = [
        {
            "template": key.split(" ", 1)[1],
            "pages_seen": len(urls),
            "samples": samples.get(key.split(" ", 1)[1], []),
            "shapes": name_shapes(urls),
            # whether any of them is named by a number alone (/2020/08/13.html): where none is, the pattern
            # written for the template leaves such names to the site model (see profile_toml)
            "number_names": any(_named_by_number(url) for url in urls),
            # what else the probe placed under the same template (a /:title/ blog's about page)
            "also": sorted(roles_of[key.split(" ", 1)[1]] - {ARTICLE}),
        }
        for key, urls in sorted(by_family.items(), key=lambda kv: -len(kv[1]))
        if key.startswith(ARTICLE)
    ]
    for template in articles:
        # The pages the probe placed as listings or pages that the template's pattern would take for articles:
        # its page names' shapes tell them apart from the articles' no better than its family does
        # (profile_toml leaves such a template to the site model).
        patterns = [re.compile(regex) for regex in _regexes(template)]
        template["placed_otherwise"] = sorted(
            url
            for url, (role, _) in decisions.items()
            if role in (LISTING, PAGE) and any(pattern.search(url) for pattern in patterns)
        )[:MAX_PLACED_OTHERWISE]
    skipped = [
        {"url": url, "as": role, "why": why}
        for url, (role, why) in sorted(decisions.items())
        if role not in (ARTICLE, LISTING)
    ]
    reasons = Counter(why for _, (role, why) in decisions.items() if role not in (ARTICLE, LISTING))
    return {
        "site": profile.start_urls[0],
        "pages_fetched": stats.get("response_received_count", 0),
        # The menu's entries with what the probe made of each: a menu links sections and plain pages alike
        # (About, Contact), and a bare list of names called them all categories.
        "categories": [
            {"name": name, "url": url, "role": decisions[url][0] if url in decisions else "unvisited"}
            for url, name in spider.nav_names.items()
        ],
        "listing_templates": listings,
        "article_templates": articles,
        "skipped": skipped[:100],
        "skipped_by_reason": dict(reasons.most_common()),
        "failures": getattr(spider, "probe_failures", [])[:50],
        "budget_skips": stats.get(statkeys.DISCOVERY_BUDGET_SKIPS, 0),
        "hosts": sorted(profile.hosts),
        # Why the look at the site is worth nothing: its start page never answered (None: it did).
        "home_failed": stats.get(statkeys.HOME_FAILED)
        or (None if stats.get("response_received_count") else "no page answered"),
    }


def held_records(profile: SiteProfile, spider: Any) -> list[ArticleRecord]:
    """The records of the pages the crawl still held when the probe's page budget ran out, placed as articles.

    A generic crawl holds a page until the model can place it, and releases the held ones when the crawl
    runs dry, which a probe's 50 pages never let it do: on a portal whose articles the model learns late
    (a DedeCMS portal's /a/<section>/<date>/<id>.html) every article page was held, and the report showed
    article templates with no sample at all."""
    records = []
    for capture in spider.held_articles():
        result, _ = extracted(capture, profile)
        if isinstance(result, ArticleItem):
            records.append(result.record)
    return records


# The report names at most this many of the pages an article template's pattern would take that the probe
# placed otherwise.
MAX_PLACED_OTHERWISE = 5

# A template's page names are written as their shapes when they are this few: ``auth_{n}_{n}.html`` and
# ``auth{n}.html`` share /auth/*.html, one a CMS's listing pages, the other its articles.
MAX_SHAPES = 3


def name_shapes(urls: list[str]) -> list[str]:
    """The shapes of the last path segment of ``urls`` (digit runs as ``{n}``) when every one numbers its
    page and they are few; else none (slugs: the family's ``*`` stands)."""
    # Decoded first: the digits of a percent-escape (/tags/%E9%98%BF) number nothing.
    shapes = [name_shape(unquote(url)) for url in urls]
    if not shapes or None in shapes:
        return []
    distinct = sorted({shape for shape in shapes if shape is not None})
    return distinct if len(distinct) <= MAX_SHAPES else []


def _named_by_number(url: str) -> bool:
    """Whether ``url``'s last path segment, without its extension, is a number alone (``/2020/08/13.html``)."""
    name = urlsplit(url).path.rstrip("/").rpartition("/")[2].partition(".")[0]
    return name.isascii() and name.isdigit()


def family_regex(family: str, shape: str | None = None, *, slugs_only: bool = False) -> str:
    """A URL family (``/NewsDes/*.html``, ``/{n}/{n}/*/``, ``/news/*.aspx?id``) as a profile regex; ``shape``
    (``auth_{n}.html``) narrows its last segment. ``slugs_only``: the last segment's ``*`` takes no name that is a
    number alone."""
    path, _, query = family.partition("?")
    if shape is not None and "*" in path:
        head, _, tail = path.rpartition("*")
        last = "/" if tail.endswith("/") else ""
        path = head.rpartition("/")[0] + "/" + shape + last
    pattern = r"^https?://[^/]+"  # anchored: profile patterns are searched anywhere in a URL
    parts = re.split(r"(\{n\}|\*)", path)
    last_star = max((i for i, part in enumerate(parts) if part == "*"), default=-1)
    for i, part in enumerate(parts):
        if i == last_star and slugs_only and "/" not in "".join(parts[i + 1 :]).rstrip("/"):
            pattern += r"(?!\d+(?:[./?#]|$))[^/?#]+"  # not a number alone: "13.html", "13/"
            continue
        pattern += {"{n}": r"\d+", "*": r"[^/?#]+"}.get(part, re.escape(part))
    if query:
        return pattern + r"\?" + "".join(f"(?=.*\\b{re.escape(key)}=)" for key in query.split("&"))
    return pattern + r"(?:\?|$)"


def _regexes(template: dict[str, Any]) -> list[str]:
    shapes = template.get("shapes") or [None]
    # Posts named by slugs beside pages named by a number alone in the same folders (a WordPress day archive
    # /2020/08/13.html beside the day's post /2020/08/blog-post_13.html): a probe of fifty pages may see no such
    # page, and a pattern taking them overrules the site model, which tells an archive of one card from its post
    # at the crawl's end. Where no page the probe placed under the template is named by a number, the pattern
    # leaves those names to the model (it still decides them, as in generic mode).
    slugs_only = template.get("number_names") is False
    return [family_regex(template["template"], shape, slugs_only=slugs_only) for shape in shapes]


def names_only_by_slug(template: dict[str, Any]) -> bool:
    """Whether a template tells its pages apart by a slug alone: /blog/*, /*/, /tags/*.html, with no number
    in its path and no numbered page names. A slug says nothing of a page's kind, and a bounded look
    sees few of the site's pages: Docusaurus's /mentors/archive and /mentors/tags share /mentors/* with
    the posts the probe saw, and a listing pattern /* would keep every /<slug> post out of the archive."""
    return "{n}" not in template["template"].partition("?")[0] and not template.get("shapes")


def profile_toml(report: dict[str, Any], name: str) -> str:
    """A profile from a probe: its article and listing templates as URL patterns, to edit."""
    # A template that holds articles and other pages (/*/ holds a Jekyll blog's posts and its about and
    # landing pages) is no pattern: as one it would overrule the site model for every page of that shape.
    # Nor is a slug template (names_only_by_slug): the site model decides its pages one by one, as in
    # generic mode. Nor is a template whose pattern, page names' shapes and all, takes pages the probe placed
    # as listings or pages (``placed_otherwise``): an association's column pages /12.html beside its posts
    # /13806.html, a DedeCMS portal's journal entries /a/<col>/<yyyymmdd>/<id>.html that the probe placed as
    # listings, pages and (three of them) articles. As a pattern it overrules the model for every page of that
    # shape, the column pages and entries a crawl reads after the probe's fifty included.
    left = [
        a["template"]
        for a in report["article_templates"]
        if (a.get("also") and not a.get("shapes")) or names_only_by_slug(a) or a.get("placed_otherwise")
    ]
    articles = [
        regex
        for a in report["article_templates"]
        if a["pages_seen"] >= 2 and a["template"] not in left
        for regex in _regexes(a)
    ]
    # A listing template is written where it cannot take an article: by its page names' shapes when it
    # shares its family with articles (/auth/auth_11_2.html beside /auth/auth78.html). One page is no template,
    # as for articles, unless its page names are numbered (a pager's /blog/page/2) or it is the home: a post
    # the probe read first under HTTrack's `<slug>/index.html` name, beside its box of related posts, and
    # placed as a listing at the probe's end (before any listing listed it) is a family of its own, and as a
    # pattern it kept that post out of every crawl (wp-aganor, 4 posts).
    article_shapes = {a["template"]: set(a.get("shapes") or []) for a in report["article_templates"]}
    listings = [
        regex
        for t in report["listing_templates"]
        if not (names_only_by_slug(t) and t["template"] != "/")
        and (t.get("pages_seen", 0) >= 2 or t.get("shapes") or t["template"] == "/")
        and (
            t["template"] not in article_shapes
            or (
                t.get("shapes")
                and article_shapes[t["template"]]
                and not set(t["shapes"]) & article_shapes[t["template"]]
            )
        )
        for regex in _regexes(t)
    ]
    host = netloc_of(report["site"])

    def array(values: list[str]) -> str:
        return "[" + ", ".join(f"'{v}'" for v in values) + "]"

    lines = [
        f"# Written by `archiver probe {report['site']}` from what it learned in {report['pages_fetched']} pages.",
        "# Edit it, then crawl with it: archiver crawl THIS_FILE --db data/archive.db",
        f'name = "{name}"',
        f'description = "Learned from {host}"',
        f"start_urls = {array([report['site']])}",
        f"hosts = {array(report['hosts'])}",
        "# The site model still learns the site; the patterns below overrule it page by page.",
        'discovery = "learned"',
        "",
        "[urls]",
        "# One pattern per article template the probe saw (pages it archived as articles).",
        f"article = {array(articles)}",
        *(
            [
                "# Left to the site model, which decides their pages one by one: templates that hold other"
                f" pages too, or name pages by a slug alone: {', '.join(left)}"
            ]
            if left
            else []
        ),
        "# Listing templates: never taken for articles.",
        f"listing = {array(listings)}",
        "ignore = [",
        "  '(?i)/(login|logout|register|signin|signup|search|cart|admin|wp-admin|wp-login)(/|\\.|$|\\?)',",
        "  '(?i)\\.(jpe?g|png|gif|webp|svg|ico|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|mp4|mp3)$',",
        "]",
        "",
        "[selectors]",
        "# CSS selectors tried before the generic rules, e.g. title = ['h1.post-title'];",
        "# `archiver extract URL --format json` shows which rule produced each field today.",
        "",
    ]
    return "\n".join(lines)
