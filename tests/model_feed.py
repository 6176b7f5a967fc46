"""Pages fed to a SiteModel in order, as a crawl reads them, then the held ones placed: the pure driver the
discovery tests share (no Scrapy, no network)."""

from __future__ import annotations

from collections.abc import Iterable

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import UNDECIDED, SiteModel
from archiver.extract.html import parse_html


def placed_roles(
    pages: Iterable[tuple[str, str | bytes]], host: str, *, expected: Iterable[str] = ()
) -> tuple[SiteModel, dict[str, str]]:
    """The model after reading ``pages`` (path, HTML) on ``host`` from its home, and each page's role by path; a path
    in ``expected`` is read as a listing page the crawl asked for."""
    listing_requests = set(expected)
    allowed = frozenset({host.split("://", 1)[-1]})
    model = SiteModel()
    model.enter(host + "/")
    held: list[PageAnalysis] = []
    roles: dict[str, str] = {}
    for path, html in pages:
        text = html.decode() if isinstance(html, bytes) else html
        root, _ = parse_html(text)
        page = analyze_page(root, host + path, allowed, text)
        model.reach(page.url)
        model.observe(page)
        decision = model.classify(page, has_body=True, expected_listing=path in listing_requests)
        roles[path] = decision.role
        if decision.role == UNDECIDED:
            held.append(page)
    for url, decision in model.resolve_all([(page, True, None) for page in held]).items():
        roles[url.removeprefix(host)] = decision.role
    return model, roles
