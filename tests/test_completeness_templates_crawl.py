"""The completeness check by article template on a real crawl: a listing the site model cannot read.

A club's site (written here) renders its articles and its news through one post layout. Its
articles section is a plain dated list; its news page is a digest, a paragraph on each evening
ending in a "more" link to its post. The site model finds no listing there (short link texts, no
dates beside them), so each news post is "reached only from navigation or other pages" and placed
as a page: the listing check has nothing to estimate. The check by article template sees twelve
pages of the articles' layout and URL shape, dated as they are, not archived: exit 5, with the
estimate in the summary. (Without the check: exit 0, 8 of 20 posts archived.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from archiver.demo.server import Page, PortalServer
from tests.conftest import LOCAL, run_archiver

pytestmark = pytest.mark.e2e

ARTICLES = [(f"rover-part-{n}", f"Building the rover, part {n}", f"2023-{n + 1:02d}-14") for n in range(8)]
NEWS = [
    (f"club-news-{n}", f"Club evening number {n} at the workshop", f"2024-{n % 9 + 1:02d}-0{n % 7 + 1}")
    for n in range(12)
]
PROSE = "".join(
    f"<p>Paragraph {i}: the team tested the motor controller, rewired the sensors and wrote down what broke.</p>"
    for i in range(5)
)


def _frame(title: str, main: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Rover Club</title></head><body>
<header><nav><a href="/">Rover Club</a><a href="/articles/">Articles</a><a href="/news/">News</a>
<a href="/about/">About</a></nav></header>
<div class="container">{main}</div><footer><p>© Rover Club</p></footer></body></html>""".encode()


def _post(title: str, day: str | None) -> bytes:
    byline = f'<p class="byline">Published on <time datetime="{day}">{day}</time></p>' if day else ""
    return _frame(title, f'<section class="post"><div class="block"><h1>{title}</h1>{byline}{PROSE}</div></section>')


def club_routes(news_listed: bool = False) -> dict[str, Page]:
    """The club's site; ``news_listed``: its news page is a dated list like the articles', not a digest."""
    items = "".join(
        f'<li class="entry"><a href="/articles/{slug}/">{name}</a> <span class="date">{day}</span></li>'
        for slug, name, day in ARTICLES
    )
    digest = "".join(
        f'<p>{name}: members worked on the chassis and the sensors until late; <a href="/news/{slug}/">more</a>.</p>'
        for slug, name, _ in NEWS
    )
    if news_listed:
        digest = (
            "<ul class='entries'>"
            + "".join(
                f'<li class="entry"><a href="/news/{slug}/">{name}</a> <span class="date">{day}</span></li>'
                for slug, name, day in NEWS
            )
            + "</ul>"
        )
    routes = {
        "/": Page(_frame("Home", "<h2>Welcome</h2><p>We build small robots on Tuesday evenings.</p>")),
        "/articles/": Page(_frame("Articles", f'<h2 class="page-title">Articles</h2><ul class="entries">{items}</ul>')),
        "/news/": Page(_frame("News", f'<h2 class="page-title">News</h2><div class="digest">{digest}</div>')),
        "/about/": Page(_post("About the club", None)),
    }
    routes.update({f"/articles/{slug}/": Page(_post(name, day)) for slug, name, day in ARTICLES})
    routes.update({f"/news/{slug}/": Page(_post(name, day)) for slug, name, day in NEWS})
    return routes


@contextmanager
def serve_club(news_listed: bool = False) -> Iterator[str]:
    server = PortalServer()
    server.routes = club_routes(news_listed)
    server.conditional = True  # a re-run's known posts answer 304
    server.start()
    try:
        yield server.base_url
    finally:
        server.stop()


def test_posts_no_listing_lists_end_in_exit_5_with_the_template_estimate(tmp_path: Path) -> None:
    with serve_club() as base:
        result = run_archiver("crawl", base + "/", "--db", str(tmp_path / "a.db"), "--format", "json", *LOCAL)
    summary = json.loads(result.stdout)
    assert result.returncode == 5, result.stderr[-2000:]
    assert "Warning: incomplete" in result.stderr and "article template" in result.stderr
    [row] = summary["article_templates"]
    assert (row["archived"], row["released"], row["estimated"]) == (8, 12, 20)
    assert row["pattern"] == "/*/*"
    assert summary["status"] == "finished" and summary["incomplete"]


def test_the_summary_prints_the_template_estimate(tmp_path: Path) -> None:
    with serve_club() as base:
        result = run_archiver("crawl", base + "/", "--db", str(tmp_path / "a.db"), *LOCAL)
    assert result.returncode == 5, result.stderr[-2000:]
    [line] = [line for line in result.stdout.splitlines() if line.strip().startswith("/*/*")]
    assert line.split()[1:4] == ["20", "20", "8"]


def test_a_rerun_whose_posts_answer_304_keeps_the_verdict(tmp_path: Path) -> None:
    """A second, complete pass (``--full``) in which every archived post answers 304: the run fetched no article
    to learn the layout from, and the twelve news posts, fetched and placed as pages again, were no template's
    (exit 0, where the first run said 5). The stored pages of the posts earlier runs archived teach it now."""
    db = str(tmp_path / "a.db")
    with serve_club() as base:
        first = run_archiver("crawl", base + "/", "--db", db, "--format", "json", *LOCAL)
        again = run_archiver("crawl", base + "/", "--db", db, "--full", "--format", "json", *LOCAL)
    assert first.returncode == 5, first.stderr[-2000:]
    summary = json.loads(again.stdout)
    assert summary["not_modified"] == 8 and summary["articles_new"] == 0
    assert again.returncode == 5, again.stderr[-2000:]
    [row] = summary["article_templates"]
    assert (row["archived"], row["released"], row["estimated"]) == (8, 12, 20)


def test_a_rerun_of_a_site_archived_whole_stays_quiet(tmp_path: Path) -> None:
    """The same site with its news in a dated list: every post archived on the first run, every post 304 on the
    second; the stored pages teach the layout and nothing is missing (no false alarm)."""
    db = str(tmp_path / "a.db")
    with serve_club(news_listed=True) as base:
        first = run_archiver("crawl", base + "/", "--db", db, "--format", "json", *LOCAL)
        again = run_archiver("crawl", base + "/", "--db", db, "--full", "--format", "json", *LOCAL)
    assert first.returncode == 0, first.stderr[-2000:]
    assert json.loads(first.stdout)["articles_new"] == 20
    assert again.returncode == 0, again.stderr[-2000:]
    assert json.loads(again.stdout)["not_modified"] == 20
