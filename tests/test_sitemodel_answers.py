"""The site model's answers, pinned on recorded page sequences while its evidence is kept compactly (issue 16,
session 20: generic mode's memory).

Each sequence is read in a crawl's order (breadth first from the home, links in page order) through
``observe`` and ``classify`` (with and without ``expected_listing``), asking ``is_chrome`` of every group and
``_in_article_slot`` of every page, then the undecided pages placed together (``resolve_all``). The answers'
digest was recorded with the model as it kept its evidence before session 20 (sets per URL, group identities by
their targets' frozenset): a representation that changes an answer changes the digest (the same under any
PYTHONHASHSEED). Pages: the bench portal's replica (both editions), the two test portals of tests/portal/site.py
(their routes, served by nothing) and the "related stories" shape of tests/test_discovery_related_box.py. Pure.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict, deque
from collections.abc import Iterable
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from archiver.demo.replica import build_replica
from archiver.discovery.page import analyze_stored
from archiver.discovery.sitemodel import UNDECIDED, SiteModel, SmallSets
from archiver.urls import netloc_of
from tests.portal.site import build_portal
from tests.test_discovery_related_box import NEWEST, OLDER, news_page, post_page

EN, ZH = "http://127.0.0.1:8001", "http://127.0.0.1:8002"


def answers(pages: dict[str, bytes], home: str) -> list[object]:
    """The model's answers over ``pages`` (URL -> body) read breadth first from ``home``."""
    allowed = frozenset({netloc_of(home)})
    model = SiteModel()
    model.enter(home)
    queue, seen = deque([home]), {home}
    out: list[object] = []
    held = []
    while queue:
        url = queue.popleft()
        body = pages.get(url)
        if body is None:
            continue
        page = analyze_stored(url, url, body, allowed)
        if page is None:
            continue  # bytes served as HTML
        model.observe(page)
        has_body = bool(page.title) and page.outside_text >= 10
        out.append([url, [model.is_chrome(group, url) for group in page.groups], model._in_article_slot(url)])
        for expected in (True, False):
            decision = model.classify(page, has_body=has_body, expected_listing=expected)
            out.append([decision.role, decision.reason, sorted(u for g in decision.listing_groups for u in g.urls)])
        if decision.role == UNDECIDED:
            page.settle()
            held.append((page, has_body, None))
        links: Iterable[str] = [
            *(u for g in page.groups for u in g.urls),
            *(ref.url for ref in page.pagination),
            *page.other_links,
        ]
        for link in links:
            if link not in seen and netloc_of(link) in allowed:
                seen.add(link)
                queue.append(link)
    placed = model.resolve_all(held)
    out += sorted([url, d.role, d.reason] for url, d in placed.items())
    return out


def digest(found: list[object]) -> str:
    return hashlib.sha256(json.dumps(found, ensure_ascii=False).encode()).hexdigest()[:16]


def replica_pages(edition: int) -> tuple[dict[str, bytes], str]:
    routes = build_replica(EN, ZH, 40)[edition]
    base = (EN, ZH)[edition]
    return {base + path: page.body for path, page in routes.items() if path != "/robots.txt"}, base + "/"


def related_box_pages() -> tuple[dict[str, bytes], str]:
    h = "http://standards.test"
    pages = {h + "/": news_page(NEWEST[:4]).encode(), h + "/news/": news_page(NEWEST + OLDER).encode()}
    for entry in NEWEST + OLDER:
        pages[h + entry[0]] = post_page(*entry).encode()
    return pages, h + "/"


class _Routes:
    """A portal's routes at a fixed address, served by nothing: the test portals' pages as a crawl reads them."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.server_address = (host, 8003 if host == "127.0.0.1" else 8004)
        self.routes: dict[str, object] = {}

    @property
    def base_url(self) -> str:
        return f"http://{self.server_address[0]}:{self.server_address[1]}"

    def start(self) -> None:
        pass


def portal_pages(theme: str) -> tuple[dict[str, bytes], str]:
    """A test portal's pages (tests/portal/site.py) that answer 200 with a page of HTML under 1 MB."""
    with mock.patch("tests.portal.site.PortalServer", _Routes):
        portal = build_portal(theme)
    base = portal.base_url
    pages = {
        base + path: page.body
        for path, page in portal.server.routes.items()
        if page.status == 200
        and page.headers.get("Content-Type", "").startswith("text/html")
        and len(page.body) < 2**20
    }
    return pages, base + "/"


def test_the_replicas_english_edition_is_read_as_before() -> None:
    assert digest(answers(*replica_pages(0))) == "eb6ffce684d45be2"


def test_the_replicas_chinese_edition_is_read_as_before() -> None:
    assert digest(answers(*replica_pages(1))) == "e515ca15bfb09599"


def test_the_gov_test_portal_is_read_as_before() -> None:
    assert digest(answers(*portal_pages("gov"))) == "40e14550784c72bb"


def test_the_modern_test_portal_is_read_as_before() -> None:
    assert digest(answers(*portal_pages("modern"))) == "6e1f72d250bc96b8"


def test_a_box_of_related_posts_is_read_as_before() -> None:
    assert digest(answers(*related_box_pages())) == "54b67d7932d4cd11"


def test_the_answers_do_not_depend_on_when_a_small_set_becomes_a_set() -> None:
    # SmallSets (members, dated_by, inbound_slots) keep tuples up to SMALL_SET strings: the replica's pages are
    # listed by a few listing pages each and linked from a few slots, under the bound. With every value a set from
    # its first string, and with tuples up to any length, the model answers as pinned above.
    pages = replica_pages(0)
    for bound in (0, 1, 10**6):
        with mock.patch("archiver.discovery.sitemodel.SMALL_SET", bound):
            assert digest(answers(*pages)) == "eb6ffce684d45be2", bound


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.text("xyzw", max_size=2), st.none() | st.integers(0, 4))))
def test_small_sets_hold_what_sets_would(steps: list[tuple[str, str, int | None]]) -> None:
    small, sets = SmallSets(), defaultdict(set)
    with mock.patch("archiver.discovery.sitemodel.SMALL_SET", 2):
        for key, value, limit in steps:
            small.add(key, value, limit)
            if limit is None or len(sets[key]) < limit:
                sets[key].add(value)
    assert {key: set(held) for key, held in small.items()} == {key: held for key, held in sets.items() if held}
    assert all(len(held) == len(set(held)) for held in small.values())
