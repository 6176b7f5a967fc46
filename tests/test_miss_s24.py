"""Session 24's two held-out sites still short of their targets (docs/realsites.md, "Held-out round of session 23",
"Left, and why"), written small by hand: a Jekyll Chirpy blog whose post ends in a tail of categories, tags and a
licence line, and whose last listing page holds one post twice; and a non-profit's Jekyll theme printing
"05 Sep 2016 - <who>" under each headline, the site's own account or name among the writers. Each test fails without
its rule; the guards pass on both. Pure."""

from __future__ import annotations

from archiver.discovery.completeness import ListingTally, report
from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://study.test"
ALLOWED = frozenset({"study.test"})


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


# --- a last listing page that lists one post twice ------------------------------------------------------------------

SIDE = [
    "/posts/memory-management/",
    "/posts/memory-zone/",
    "/posts/memory-slab/",
    "/posts/yocto-dev/",
    "/posts/bitbake/",
]
# 30 posts, the side panel's among them
POSTS = [f"/posts/note-{n}/" for n in range(24)] + SIDE + ["/posts/meetup/"]


TOPICS = ["Interrupts and System Calls", "The Linux File System", "Memory Zones and Page Frames", "Task Management"]


def title_of(path: str) -> str:
    """A post's title as the lists print it."""
    if path == "/posts/meetup/":
        return "Meetup"
    slug = path.strip("/").split("/")[-1]
    number = sum(map(ord, slug))
    return f"{TOPICS[number % len(TOPICS)]}, study summary {number % 97}"


def chirpy_home(number: int, entries: list[str]) -> str:
    """A page of Chirpy's home: its post list (``div#post-list > div.post-preview``, each headed by its title link),
    the pager, and the side panel's five "Recent Update" links on every page."""
    previews = "".join(
        f"<div class='post-preview'><div class='d-flex justify-content-between'><h1><a href='{path}'>"
        f"{title_of(path)}</a></h1></div>"
        f"<div class='post-content'><p>Notes of meeting {path.split('-')[-1].strip('/')} of the study group on "
        "the kernel and the build system: what a task is, how memory is paged, and how bitbake reads recipes...</p>"
        "</div><div class='post-meta text-muted'><span class='timeago'>Sep 11, 2020</span>"
        "<span>Linux, Kernel</span></div></div>"
        for path in entries
    )
    pages = "".join(
        f"<li class='page-item'><a class='page-link' href='{'/' if n == 1 else f'/page{n}/'}'>{n}</a></li>"
        for n in range(1, 5)
        if n != number
    )
    side = "".join(f"<li><a href='{path}'>{title_of(path)}</a></li>" for path in SIDE)
    return (
        "<html><head><title>Study Group Tech Blog</title></head><body><div id='sidebar'><a href='/'>HOME</a>"
        "<a href='/tabs/categories/'>CATEGORIES</a><a href='/tabs/archives/'>ARCHIVES</a></div>"
        f"<div id='main'><div class='row'><div class='col-12'><div id='post-list'>{previews}</div>"
        f"<ul class='pagination'>{pages}</ul></div>"
        "<div id='panel-wrapper'><div class='access'><div id='access-lastmod' class='post'><h3>Recent Update</h3>"
        f"<ul class='post-content'>{side}</ul></div></div></div></div></div></body></html>"
    )


def test_a_last_page_of_addresses_the_listing_showed_before_adds_none() -> None:
    """chirpy-adas: four sources share the permalink /posts/meetup/, and the last page of the home's pager lists it
    twice. Read before the model knew the posts, that page's listing group was the side panel's five "Recent
    Update" links, all listed by the pages before: 3 x 10 + 5 = 35 estimated against the 30 posts, exit 5. The last
    page counts what it adds to the listing."""
    pages = {1: POSTS[0:10], 2: POSTS[10:20], 3: POSTS[20:30], 4: ["/posts/meetup/", "/posts/meetup/"]}
    model = SiteModel()
    model.enter(H + "/")
    tally = ListingTally("Study Group Tech Blog", H + "/")
    named = [H + f"/page{n}/" for n in range(2, 5)]
    for number, entries in pages.items():
        path = "/" if number == 1 else f"/page{number}/"
        analysis = analysed(chirpy_home(number, entries), path)
        model.observe(analysis)
        decision = model.classify(analysis, has_body=True, expected_listing=number > 1)
        assert decision.role == LISTING
        groups = decision.listing_groups
        members = list(dict.fromkeys(u for g in groups for u in g.urls))
        main = max(groups, key=lambda g: len(g.urls)).urls
        tally.see_page(H + path, members, named, None, None, number == 4, main)
    assert len(tally.discovered) == 30
    rows, warning = report([tally], {tally.url: 30})
    assert warning is None, rows
    assert rows[0]["estimated"] <= 31


def test_a_last_page_of_new_records_still_counts_them() -> None:
    """Guard: a last page whose records are new counts them; a pager whose middle pages were never read still warns,
    and a last page read again under the same name keeps what it added when first read."""
    tally = ListingTally("News", H + "/news/")
    named = [H + f"/news/page/{n}/" for n in range(2, 6)]
    arts = [H + f"/news/{n}/" for n in range(50)]
    tally.see_page(H + "/news/", arts[0:10], named, None, None, False)
    tally.see_page(named[-1], arts[40:43], named, None, None, True)
    tally.see_page(named[-1], arts[40:43], named, None, None, True)
    assert tally.estimated() == 43
    _, warning = report([tally], {tally.url: 13})
    assert warning is not None and "News (13 of ~43)" in warning
