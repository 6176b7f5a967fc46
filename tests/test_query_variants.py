"""One page under many addresses: a query that changes nothing the page shows (archiver/discovery/variants.py)."""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.demo.server import Page, html_page
from archiver.discovery.page import analyze_page
from archiver.discovery.variants import QueryVariants
from archiver.extract.html import parse_html
from tests.conftest import LOCAL, run_archiver, verify_archive
from tests.portal.site import build_portal

SITE = "http://news.example.org"
ALLOWED = frozenset({"news.example.org"})


def digest_of(html: str, url: str) -> int:
    return analyze_page(parse_html(html.encode(), "utf-8")[0], url, ALLOWED, html).text_digest


def notices(token: str, items: range = range(1, 6)) -> str:
    rows = "".join(
        f'<li><a href="/notice/{i}.html?s={token}">Members notice number {i}</a> 2024-11-0{i}</li>' for i in items
    )
    return (
        f'<html><head><title>Notices</title></head><body><nav><a href="/">Home</a> '
        f'<a href="/members/news.html?s={token}">Notices</a></nav><ul>{rows}</ul></body></html>'
    )


def test_a_token_in_the_links_leaves_the_digest_alone() -> None:
    first = digest_of(notices("5e1d0c2a"), f"{SITE}/members/news.html?s=5e1d0c2a")
    again = digest_of(notices("0b7c93ff"), f"{SITE}/members/news.html?s=0b7c93ff")
    other = digest_of(notices("0b7c93ff", range(6, 11)), f"{SITE}/members/news.html?s=0b7c93ff&page=2")
    assert first == again != 0
    assert other != first


def test_the_same_text_under_another_query_repeats_the_first_page() -> None:
    variants = QueryVariants()
    assert variants.repeated(f"{SITE}/members/news.html", 7) is None
    assert variants.repeated(f"{SITE}/members/news.html?s=5e1d0c2a", 7) == f"{SITE}/members/news.html"
    assert variants.repeated(f"{SITE}/members/news.html?s=0b7c93ff", 7) == f"{SITE}/members/news.html"
    # the first page fetched again (a conditional re-fetch, a page placed at the crawl's end) is itself
    assert variants.repeated(f"{SITE}/members/news.html", 7) is None


def test_other_text_or_another_path_is_another_page() -> None:
    variants = QueryVariants()
    assert variants.repeated(f"{SITE}/list.aspx?page=1", 1) is None
    assert variants.repeated(f"{SITE}/list.aspx?page=2", 2) is None  # a pager's next page shows other records
    assert variants.repeated(f"{SITE}/show.php?id=5", 3) is None
    assert variants.repeated(f"{SITE}/show.php?id=6", 4) is None  # one script's articles
    assert variants.repeated(f"{SITE}/other.php?id=5", 3) is None  # the same words under another path
    assert variants.repeated(f"{SITE}/show.php?id=7", 0) is None  # no digest: nothing said
    assert variants.repeated(f"{SITE}/show.php?id=8", 0) is None


def test_the_pages_kept_are_bounded() -> None:
    variants = QueryVariants(kept=2)
    for number in range(5):
        assert variants.repeated(f"{SITE}/p{number}.html", number + 1) is None
    assert len(variants) == 2


@given(st.lists(st.tuples(st.sampled_from(["/a", "/b", "/c"]), st.integers(0, 3), st.integers(0, 3)), max_size=40))
@settings(max_examples=200, deadline=None)
def test_a_repeat_names_an_earlier_url_of_its_path_and_text(fetches: list[tuple[str, int, int]]) -> None:
    variants = QueryVariants()
    first: dict[tuple[str, int], str] = {}
    for path, query, digest in fetches:
        url = f"{SITE}{path}?q={query}" if query else f"{SITE}{path}"
        repeated = variants.repeated(url, digest)
        if digest == 0:
            assert repeated is None
            continue
        earlier = first.setdefault((path, digest), url)
        assert repeated == (earlier if earlier != url else None)


# --- a crawl ---------------------------------------------------------------------------------------------------------


@pytest.mark.e2e
def test_a_session_token_no_rule_names_does_not_lead_the_crawl_on(tmp_path: Path) -> None:
    """A members' page whose every visit renders a new token into its links (``?s=`` and eight hex digits, which the
    URL rules do not take for a session): each visit offers the next address of the same listing. The crawl must
    end, fetching the page under a few addresses, and archive the portal's articles as without it."""
    portal = build_portal("modern", count=12, seed=23)
    articles = [portal.theme.article_path(article) for article in portal.articles[:5]]

    def members(path: str) -> Page | None:
        if not re.fullmatch(r"/members/news\.html\?s=[0-9a-f]{8}", path):
            return None
        token = secrets.token_hex(4)
        rows = "".join(
            f'<li><a href="{target}">Members notice number {i}</a> <span>2024-11-0{i + 1}</span></li>'
            for i, target in enumerate(articles)
        )
        return html_page(
            f'<html><head><title>Members</title></head><body><nav><a href="/">Home</a> '
            f'<a href="/members/news.html?s={token}">Members</a></nav><h1>Members</h1><ul class="list">{rows}</ul>'
            "</body></html>"
        )

    routes = portal.server.routes
    home = routes["/"].body.decode(portal.theme.charset)
    routes["/"] = html_page(
        home.replace("</body>", '<p><a href="/members/news.html?s=5e1d0c2a">Members</a></p></body>', 1),
        portal.theme.charset,
    )
    portal.server.fallback = members
    db = tmp_path / "archive.db"
    try:
        # Without the rule the crawl never ends: the page cap stops it and the count below fails.
        result = run_archiver(
            "crawl", portal.base_url + "/", "--db", str(db), "--format", "json", *LOCAL,
            "-s", "CLOSESPIDER_PAGECOUNT=400",
        )  # fmt: skip
        log = [entry.path for entry in portal.server.log]
    finally:
        portal.close()
    summary = json.loads(result.stdout)
    assert summary["status"] == "finished", result.stderr[-2000:]
    visits = [path for path in log if path.startswith("/members/")]
    assert 1 <= len(visits) <= 3, visits
    verify_archive(db)
    exported = run_archiver("export", "--db", str(db), "--format", "jsonl").stdout.splitlines()
    urls = {json.loads(line)["url"] for line in exported}
    assert set(portal.truth) <= urls
    assert not [url for url in urls if "/members/" in url], urls
