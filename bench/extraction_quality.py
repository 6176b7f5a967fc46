"""Extraction quality on public benchmark sets: archiver's generic mode beside other extractors.

    pip install -e '.[bench]'
    python bench/extraction_quality.py --zyte DIR --fundus DIR --cwced DIR --readability DIR --realsites DIR ...
        [--tools ours,trafilatura,htmldate,readability,goose3,newspaper4k,gne] [--limit N]
        [--json out.json] [--worst N [--against TOOL]]

The sets are public repositories downloaded OUTSIDE this repository (never commit their pages;
docs/extraction.md names them and their commits):

- ``--zyte``: scrapinghub/article-extraction-benchmark (``html/*.html.gz``, ``ground-truth.json``:
  body only);
- ``--fundus``: flairNLP/fundus (``tests/resources/parser/test_data``: title, body, date, authors);
- ``--cwced``: immortal-autumn/Chinese-Web-Content-Extraction-Dataset (``original``, ``cleaned``,
  ``date``, ``author``; Chinese);
- ``--readability``: mozilla/readability (``test/test-pages/*/``: ``source.html``, ``expected.html`` for the
  body, ``expected-metadata.json`` for title, byline and publishedTime);
- ``--realsites``: a site folder built by the realsites bench (``truth.json`` + ``site/``), repeatable.

Every page is given to every tool as the same decoded text, in an order that rotates from page to
page (so no tool always runs on a cold or a warm cache); each call is timed. A tool that is not
installed is skipped with a note; a tool that raises on a page scores nothing on that page.
Scoring is ``bench/extraction_scoring.py``. Exit codes: 0 done, 2 bad arguments or no pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape as html_unescape
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.extraction_scoring import _DAY, FieldScores, Prediction, Truth, token_f1

ALL_FIELDS = frozenset({"body", "title", "date", "author"})


@dataclass
class Page:
    set_name: str
    page_id: str
    url: str
    html: str
    truth: Truth


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)


def decode(raw: bytes) -> str:
    """The page's text: valid UTF-8 as such, else its declared charset, else GB18030 (older Chinese pages).

    Valid UTF-8 first, as archiver's own decoding does (``archiver.extract.html.decode_html``): fundus stores
    its pages as UTF-8 with the original's ``<meta charset=iso-8859-1>`` left in (WinFuture, El Mundo), which
    read as declared gives "fÃ¼r" for "für". Every tool gets the same text."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(raw[:4096])
    tried = [match.group(1).decode("ascii", "ignore").lower()] if match else []
    for charset in [*tried, "utf-8", "gb18030"]:
        try:
            return raw.decode("gb18030" if charset in ("gb2312", "gbk") else charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


# --- sets ----------------------------------------------------------------------------------------


def zyte_pages(folder: Path) -> Iterator[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    for page_id, item in sorted(truth.items()):
        path = folder / "html" / f"{page_id}.html.gz"
        if path.exists():
            html = decode(gzip.decompress(path.read_bytes()))
            yield Page("zyte", page_id, item["url"], html, Truth(body=item["articleBody"]))


def _fundus_body(version: dict[str, Any]) -> str:
    body = version.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n\n".join(parts)


def parser_version(key: str) -> tuple[int, ...]:
    """``V2_1`` -> (2, 1): fundus' versions in their order (not ``int("2_1")``, 21, after ``V3``)."""
    return tuple(int(part) for part in key.lstrip("V").split("_") if part.isdigit()) or (0,)


def fundus_pages(folder: Path) -> Iterator[Page]:
    data = folder / "tests" / "resources" / "parser" / "test_data"
    if not data.is_dir():
        data = folder
    for case in sorted(data.glob("*/*.json")):
        publisher = case.stem
        versions = json.loads(case.read_text("utf-8"))
        meta = json.loads((case.parent / "meta.info").read_text("utf-8"))
        files = sorted(case.parent.glob(f"{publisher}_*.html.gz"))
        # One file per parser version, in date order (fundus' own mapping: versions are chronological).
        ordered = sorted(versions, key=parser_version)
        if len(files) != len(ordered):
            continue
        for path, key in zip(files, ordered, strict=True):
            version = versions[key]
            truth = Truth(
                body=_fundus_body(version) or None,
                title=version.get("title"),
                date=version.get("publishing_date"),
                authors=version.get("authors") or None,
            )
            html = decode(gzip.decompress(path.read_bytes()))
            yield Page("fundus", f"{case.parent.name}/{path.name}", meta[path.name]["url"], html, truth)


def _known(path: Path) -> str | None:
    text = path.read_text("utf-8", "replace").strip() if path.exists() else ""
    return None if not text or text.upper() == "UNKNOWN" else text


_CANONICAL = re.compile(r"""<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)""", re.IGNORECASE)


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff·]+$")


def _cwced_names(author: str | None) -> list[str] | None:
    """``伊琳  李清芬`` and ``赵延东、风笑天`` are two people (Chinese names apart by spaces or the enumeration
    comma); ``周思博 (Joel Spolsky)`` one."""
    if not author:
        return None
    parts = author.replace("、", " ").split()
    return parts if len(parts) > 1 and all(_CJK_ONLY.match(p) for p in parts) else [author]


def cwced_pages(folder: Path) -> Iterator[Page]:
    for path in sorted((folder / "original").glob("*.html")):
        stem = path.stem
        html = decode(path.read_bytes())
        canonical = _CANONICAL.search(html)
        url = canonical.group(1) if canonical else f"http://cwced.invalid/{stem}.html"
        if url.startswith("//"):
            url = "http:" + url
        date = _known(folder / "date" / f"{stem}.txt")
        author = _known(folder / "author" / f"{stem}.txt")
        truth = Truth(
            body=_known(folder / "cleaned" / f"{stem}.txt"),
            date=date if date and _DAY.search(date.replace("/", "-")) else None,
            authors=_cwced_names(author),
        )
        yield Page("cwced", stem, url, html, truth)


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section summary table td th tr ul".split()
)
_FAKEHOST = "http://fakehost/test/page.html"  # readability's tests parse every page as this URL
_PAGE_URL = re.compile(
    r"""<link[^>]+rel=["']canonical["'][^>]+href=["'](https?://[^"']+)"""
    r"""|<meta[^>]+property=["']og:url["'][^>]+content=["'](https?://[^"']+)""",
    re.IGNORECASE,
)
_BYLINE_LEAD = re.compile(r"^(?:written\s+by|by|par|von|por)\b[\s:]*", re.IGNORECASE)


def html_text(html: str) -> str:
    """The text of an HTML fragment, a line break at every block's edges ("a</p><p>b" is two words)."""
    import lxml.html

    root = lxml.html.fromstring(html or "<div/>")
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def readability_byline(byline: str | None) -> list[str] | None:
    """readability's ``byline`` (the text of the element it took) as names: its first line, without a leading
    "By"/"Par"/"Written by", split as a real site's byline (``,``, ``and``, ``、``); a byline holding a digit is a
    date line or a counter, no name, and scores no author ("by Lucas Nolan22 Dec 2016651", "Last Updated:
    January 7, 2025")."""
    text = _BYLINE_LEAD.sub("", (byline or "").strip())  # "By\n\t\tScott Cunningham": the lead on a line alone
    first = " ".join(next((line for line in text.splitlines() if line.strip()), "").split())
    if re.search(r"\d", first):
        return None
    return _byline_names(first)


def readability_pages(folder: Path) -> Iterator[Page]:
    """mozilla/readability's test pages: ``source.html`` the page, ``expected.html`` readability's article (the
    body), ``expected-metadata.json`` its ``title``, ``byline`` and ``publishedTime``. A page's URL is its
    canonical or ``og:url``, else the one readability's tests give every page."""
    data = folder / "test" / "test-pages"
    if not data.is_dir():
        data = folder
    for case in sorted(p for p in data.iterdir() if (p / "source.html").is_file()):
        expected = case / "expected.html"
        meta_path = case / "expected-metadata.json"
        if not expected.is_file() or not meta_path.is_file():
            continue
        meta = json.loads(meta_path.read_text("utf-8"))
        html = decode((case / "source.html").read_bytes())
        found = _PAGE_URL.search(html)
        url = next((g for g in found.groups() if g), _FAKEHOST) if found else _FAKEHOST
        truth = Truth(
            body=html_text(expected.read_text("utf-8")) or None,
            title=(meta.get("title") or "").strip() or None,
            date=meta.get("publishedTime") or None,
            authors=readability_byline(meta.get("byline")),
        )
        yield Page("readability", case.name, url, html, truth)


def _byline_names(byline: str | None) -> list[str] | None:
    """A truth byline as names: ``A, B`` and ``A and B`` name two people."""
    names = [n.strip() for n in re.split(r",|\band\b|、", byline or "") if n.strip()]
    return names or None


def realsite_pages(folder: Path) -> Iterator[Page]:
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    origin = (truth.get("origins") or [f"https://{truth['name']}.invalid"])[-1].rstrip("/")
    site = folder / "site"
    for post in truth["posts"]:
        rel = post["path"].strip("/")
        for candidate in (site / rel / "index.html", site / rel, site / f"{rel}.html"):
            if candidate.is_file():
                html = decode(candidate.read_bytes())
                yield Page(
                    truth["name"],
                    post["path"],
                    origin + post["path"],
                    html,
                    Truth(
                        # Hexo's search.xml and content.json hold the text HTML-escaped (``&lt;``,
                        # ``&#x2F;``, ``&#123;``): the page shows the characters, so the truth is them.
                        body=html_unescape(post["body"]) if post.get("body") else None,
                        title=post.get("title"),
                        date=post.get("date"),
                        authors=_byline_names(post.get("author")),
                    ),
                )
                break


# --- tools ---------------------------------------------------------------------------------------

Tool = Callable[[str, str], Prediction]


def _ours() -> Tool:
    from archiver.extract import extract_article

    def run(html: str, url: str) -> Prediction:
        record = extract_article(html, url)
        return Prediction(record["body"], record["title"], record["published_at"], list(record["authors"]))

    return run


def _trafilatura() -> Tool:
    import trafilatura

    def run(html: str, url: str) -> Prediction:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_tables=True,
            date_extraction_params={
                "extensive_search": True,
                "original_date": True,
                "outputformat": "%Y-%m-%d %H:%M:%S",
            },
        )
        if doc is None:
            return Prediction()
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Prediction(doc.text or "", doc.title, doc.date, authors)

    return run


def _htmldate() -> Tool:
    from htmldate import find_date

    def run(html: str, url: str) -> Prediction:
        return Prediction(date=find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d %H:%M:%S"))

    return run


def _readability() -> Tool:
    import lxml.html
    from readability import Document

    def run(html: str, url: str) -> Prediction:
        doc = Document(html, url=url)
        text = lxml.html.fromstring(doc.summary(html_partial=True) or "<div/>").text_content()
        return Prediction(text, doc.short_title())

    return run


def _goose3() -> Tool:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False, "http_timeout": 1})

    def run(html: str, url: str) -> Prediction:
        article = goose.extract(raw_html=html)
        date = article.publish_datetime_utc.isoformat() if article.publish_datetime_utc else article.publish_date
        return Prediction(article.cleaned_text or "", article.title, date, list(article.authors or []))

    return run


def _newspaper4k() -> Tool:
    from newspaper import Article

    def run(html: str, url: str) -> Prediction:
        article = Article(url, fetch_images=False)
        article.download(input_html=html)
        article.parse()
        date = article.publish_date.isoformat() if article.publish_date else None
        return Prediction(article.text or "", article.title, date, list(article.authors or []))

    return run


def _gne() -> Tool:
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(html: str, url: str) -> Prediction:
        found = extractor.extract(html)
        author = (found.get("author") or "").strip()
        return Prediction(
            found.get("content") or "",
            found.get("title"),
            found.get("publish_time") or None,
            [author] if author else [],
        )

    return run


TOOLS: dict[str, tuple[Callable[[], Tool], frozenset[str]]] = {
    "ours": (_ours, ALL_FIELDS),
    "trafilatura": (_trafilatura, ALL_FIELDS),
    "htmldate": (_htmldate, frozenset({"date"})),
    "readability": (_readability, frozenset({"body", "title"})),
    "goose3": (_goose3, ALL_FIELDS),
    "newspaper4k": (_newspaper4k, ALL_FIELDS),
    "gne": (_gne, ALL_FIELDS),
}


# --- run -----------------------------------------------------------------------------------------


def evaluate(pages: list[Page], tools: dict[str, Tool]) -> tuple[dict[str, dict[str, FieldScores]], list[dict]]:
    """Scores per set and tool, and per-page rows for ``ours`` (to read the worst pages)."""
    scores: dict[str, dict[str, FieldScores]] = {}
    rows: list[dict] = []
    names = list(tools)
    for index, page in enumerate(pages):
        per_set = scores.setdefault(page.set_name, {name: FieldScores() for name in names})
        shift = index % len(names)
        body_f1: dict[str, float] = {}  # every body-scoring tool's F1 on this page
        ours: Prediction | None = None
        for name in names[shift:] + names[:shift]:  # alternate the order from page to page
            start = time.perf_counter()
            try:
                got: Prediction | None = tools[name](page.html, page.url)
            except Exception as exc:  # a third-party tool failing on a page scores nothing there
                print(f"  {name} failed on {page.set_name}/{page.page_id}: {type(exc).__name__}", file=sys.stderr)
                got = None
            per_set[name].millis.append((time.perf_counter() - start) * 1000)
            per_set[name].add(got, page.truth, TOOLS[name][1])
            if page.truth.body and "body" in TOOLS[name][1]:
                body_f1[name] = round(token_f1(got.body if got else "", page.truth.body), 3)
            if name == "ours":
                ours = got
        if "ours" in tools:
            rows.append(
                {
                    "set": page.set_name,
                    "page": page.page_id,
                    "url": page.url,
                    "body_f1": body_f1.get("ours"),
                    "body_f1_tools": body_f1,
                    "title": ours.title if ours else None,
                    "want_title": page.truth.title,
                    "date": ours.date if ours else None,
                    "want_date": page.truth.date,
                    "authors": ours.authors if ours else None,
                    "want_authors": page.truth.authors,
                }
            )
    return scores, rows


def worst_rows(rows: list[dict], count: int, against: str | None = None) -> list[tuple[float, dict]]:
    """Ours' ``count`` worst pages by body F1, or by how far ``against`` (a tool's name) beats us."""
    scored = [r for r in rows if r["body_f1"] is not None]
    if against:
        scored = [r for r in scored if against in r["body_f1_tools"]]
        keyed = [(r["body_f1"] - r["body_f1_tools"][against], r) for r in scored]
    else:
        keyed = [(r["body_f1"], r) for r in scored]
    return sorted(keyed, key=lambda pair: pair[0])[:count]


_COLUMNS = ("pages", "body_f1", "empty_bodies", "title", "date_day", "date_minute", "author", "median_ms")


def render(scores: dict[str, dict[str, FieldScores]]) -> str:
    lines = []
    for set_name, per_tool in scores.items():
        lines.append(f"\n## {set_name}\n")
        lines.append("| tool | " + " | ".join(_COLUMNS) + " |")
        lines.append("|---" * (len(_COLUMNS) + 1) + "|")
        for tool, field_scores in per_tool.items():
            rates = field_scores.rates()
            cells = ["" if rates[c] is None else str(rates[c]) for c in _COLUMNS]
            lines.append(f"| {tool} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zyte", type=Path)
    parser.add_argument("--fundus", type=Path)
    parser.add_argument("--cwced", type=Path)
    parser.add_argument("--readability", type=Path, help="mozilla/readability's checkout (test/test-pages)")
    parser.add_argument("--realsites", type=Path, action="append", default=[])
    parser.add_argument("--tools", default="ours,trafilatura,htmldate,readability,goose3,newspaper4k,gne")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set")
    parser.add_argument("--json", type=Path, help="write scores and ours' per-page rows here")
    parser.add_argument("--worst", type=int, default=0, help="print ours' N worst pages by body F1")
    parser.add_argument(
        "--against", metavar="TOOL", help="with --worst: rank pages by how far TOOL's body F1 beats ours instead"
    )
    args = parser.parse_args(argv)
    loaders = [(zyte_pages, args.zyte), (fundus_pages, args.fundus), (cwced_pages, args.cwced)]
    loaders.append((readability_pages, args.readability))
    loaders += [(realsite_pages, folder) for folder in args.realsites]
    pages: list[Page] = []
    for loader, folder in loaders:
        if folder is None:
            continue
        if not folder.is_dir():
            print(f"error: not a folder: {folder}", file=sys.stderr)
            return 2
        found = list(loader(folder))
        pages += found[: args.limit] if args.limit else found
    if not pages:
        print(
            "error: no pages: give at least one set (--zyte, --fundus, --cwced, --readability, --realsites)",
            file=sys.stderr,
        )
        return 2
    tools: dict[str, Tool] = {}
    for name in args.tools.split(","):
        if name not in TOOLS:
            print(f"error: unknown tool {name!r} (known: {', '.join(TOOLS)})", file=sys.stderr)
            return 2
        try:
            tools[name] = TOOLS[name][0]()
        except ImportError as exc:
            print(f"note: {name} skipped, not installed ({exc.name})", file=sys.stderr)
    if args.against and args.against not in tools:
        print(f"error: --against {args.against!r} is not among the tools run", file=sys.stderr)
        return 2
    scores, rows = evaluate(pages, tools)
    print(render(scores))
    if args.worst:
        title = f"against {args.against}, ours minus theirs" if args.against else "body F1"
        print(f"\n## ours, {args.worst} worst bodies ({title})\n")
        for key, row in worst_rows(rows, args.worst, args.against):
            print(f"{key:+.3f}  {row['set']}/{row['page']}  {row['url']}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"scores": {s: {t: f.rates() for t, f in per.items()} for s, per in scores.items()}, "pages": rows},
                ensure_ascii=False,
                indent=1,
            ),
            "utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
