"""A page only a feed leads to, of a URL family no link of the site leads to, is no post.

A Hugo home feed (``/index.xml``) names every dated page of the site, the posts and the pages of a section no
page links: hugo-wowchemy-tvzofingen keeps Wowchemy's demo course (``/course/robotics/python/`` and five more,
each dated, marked up as an article, linking its siblings in a docs sidebar). The feed counted as a listing and
made its entries reachable, so the six were archived as "a listing's record, with a date". A reader of the site
never meets them: no chain of links from the home leads there, as none leads to a sitemap-only demo section,
which the site model already placed as pages. Pure: no Scrapy, no network. The pages are our own, written after
the shape of that site.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, PAGE, UNDECIDED, Decision, SiteModel
from archiver.extract.html import parse_html

H = "http://club.test"
ALLOWED = frozenset({"club.test"})
NAV = '<nav><a href="/">Home</a><a href="/news/">News</a><a href="/team/">Team</a><a href="/contact/">Contact</a></nav>'
POSTS = [f"/news/2021-0{n}-0{n}_match-report-{n}/" for n in range(1, 8)]
COURSE = ["/course/robotics/python/", "/course/robotics/visualization/", "/course/robotics/stats/"]


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def news_listing(paths: list[str]) -> str:
    """The theme's list view: headlines and summaries, no dates (each post prints its own)."""
    records = "".join(
        f'<div class="card"><h3><a href="{path}">Match report number {n} of the first team</a></h3>'
        "<p>The team played well and won the match at home.</p></div>"
        for n, path in enumerate(paths, 1)
    )
    return f"<html><head><title>News</title></head><body>{NAV}<main><h1>News</h1>{records}</main></body></html>"


def home() -> str:
    newest = "".join(f'<li><a href="{path}">Match report of the week, number {path[-2]}</a></li>' for path in POSTS[:3])
    return (
        f"<html><head><title>The Club</title></head><body>{NAV}<main><h1>Welcome to the club</h1>"
        f"<p>{'Handball for young and old in the town since 1920. ' * 4}</p><ul>{newest}</ul></main></body></html>"
    )


def post(path: str) -> str:
    return (
        f"<html><head><title>Report {path}</title>"
        '<meta property="article:published_time" content="2021-03-03T10:00:00+01:00"></head>'
        f"<body>{NAV}<article><h1>Report {path}</h1><span class='date'>3. März 2021</span>"
        f"<div class='article-style'><p>{'The first team won the derby after a hard match at home. ' * 6}</p>"
        "</div></article></body></html>"
    )


def course_page(path: str) -> str:
    """The theme's docs layout: a sidebar linking the course's pages, the lesson, its date in the head."""
    sidebar = "".join(f'<li><a href="{other}">Lesson {other.split("/")[-2]}</a></li>' for other in COURSE)
    return (
        f"<html><head><title>Lesson {path}</title>"
        '<meta property="article:published_time" content="2021-01-01T00:00:00+00:00"></head>'
        f'<body>{NAV}<div class="docs"><div class="docs-sidebar"><a href="/course/robotics/">Learn Robotics</a>'
        f'<ul class="docs-sidenav">{sidebar}</ul></div><main class="docs-content"><div><h1>Lesson {path}</h1>'
        f"<article><p>{'Build a foundation in the language, then answer the quiz below. ' * 6}</p>"
        "</article></div></main></div></body></html>"
    )


def read(model: SiteModel, path: str, html: str) -> tuple[PageAnalysis, Decision]:
    page = analysed(html, path)
    model.observe(page)
    return page, model.classify(page, has_body=True)


def crawl() -> tuple[SiteModel, dict[str, tuple[PageAnalysis, Decision]]]:
    """The home, its feed (every post and the course's lessons, all dated), the news listing, every page."""
    model = SiteModel()
    model.enter(H + "/")
    seen = {"/": read(model, "/", home())}
    model.feed_read(H + "/index.xml", [H + path for path in POSTS + COURSE], [])
    # the feed's entries are requested as soon as it is read: two posts and the lessons before the listing
    for path in POSTS[3:5]:
        seen[path] = read(model, path, post(path))
    for path in COURSE:
        seen[path] = read(model, path, course_page(path))
    seen["/news/"] = read(model, "/news/", news_listing(POSTS))
    for path in POSTS[:3] + POSTS[5:]:
        seen[path] = read(model, path, post(path))
    return model, seen


def placed(model: SiteModel, seen: dict[str, tuple[PageAnalysis, Decision]]) -> dict[str, str]:
    held = [(page, True, None) for page, decision in seen.values() if decision.role == UNDECIDED]
    decisions = model.resolve_all(held)
    return {path: (decisions.get(page.url) or decision).role for path, (page, decision) in seen.items()}


def test_a_feeds_section_no_link_leads_to_is_no_post() -> None:
    model, seen = crawl()
    roles = placed(model, seen)
    assert {roles[path] for path in COURSE} == {PAGE}
    assert {roles[path] for path in POSTS} == {ARTICLE}


def test_a_post_the_feed_leads_to_first_is_not_held() -> None:
    """A post read from the feed before the listing that links it is of a URL family the home's links lead to:
    it is not held for the feed (the lessons are), and decided as before."""
    _, seen = crawl()
    assert not any("feed" in seen[path][1].reason for path in POSTS)
    assert all("only through a feed" in seen[path][1].reason for path in COURSE)


def test_a_link_read_later_makes_a_feed_entry_navigable() -> None:
    """A page first reached through the feed and then linked from a page the home's links reach is navigation's
    like any other, and so is what it links."""
    model = SiteModel()
    model.enter(H + "/")
    read(model, "/", home())
    model.feed_read(H + "/index.xml", [H + COURSE[0]], [])
    read(model, COURSE[0], course_page(COURSE[0]))
    assert H + COURSE[1] in model.feed_reached
    menu = NAV.replace("</nav>", f'<a href="{COURSE[0]}">Our course</a></nav>')
    read(model, "/contact/", f"<html><head><title>Contact</title></head><body>{menu}<p>Write to us.</p></body></html>")
    read(model, "/team/", f"<html><head><title>Team</title></head><body>{menu}<p>The team.</p></body></html>")
    assert H + COURSE[0] not in model.feed_reached
    assert H + COURSE[1] not in model.feed_reached
    assert "/course/robotics/*/" in model.linked_families
