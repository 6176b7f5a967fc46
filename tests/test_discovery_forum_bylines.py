"""A community portal whose forum threads list their comments under each author's name (issue 12, session 12).

Shape: a Drupal-like portal. The front page streams the stories (``/node/<nid>/``), each a headline link, a
"submitted" line with its day and its member's name linked to the member's profile (``/user/<uid>/``), and a
teaser. A forum thread (also ``/node/<nid>/``) shows the question, then each comment with a line of its own
holding the day and the author's name, linked to the profile, and no headline. A profile shows the member's name
and how long they have been a member: no date, no text. Read as a dated list of links to another URL family, a
thread was a listing of profiles, and each profile an article dated by it. Pages written for the test. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, SiteModel
from archiver.extract.html import parse_html

H = "http://community.test"
ALLOWED = frozenset({"community.test"})
MENU = (
    "<div id='navbar'><ul class='menu'><li><a href='/blog/'>Blogs</a></li><li><a href='/forum/'>Forum</a></li>"
    "<li><a href='/handbook/'>Handbook</a></li><li><a href='/download/'>Download</a></li></ul></div>"
)
MEMBERS = [(7, "peterk"), (12, "janka"), (31, "mirko"), (48, "zuzana"), (55, "tomasb"), (60, "evah")]
STORIES = [
    (2400 - 10 * n, f"The community meets in the capital, meeting number {n}", f"0{n % 9 + 1}/1{n}/2016")
    for n in range(8)
]
TEXT = (
    "<p>We met on Thursday evening to talk about the next release, the translations of the interface and the "
    "hosting of the site. Three new members presented their first modules and we agreed on the next steps.</p>"
)


def page(title: str, content: str) -> str:
    return (
        f"<html><head><title>{title} | community.test</title></head><body><div id='head'>{MENU}</div>"
        f"<div id='page'><div id='content' class='main-content'>{content}</div></div>"
        "<div id='footer'><p>Community portal, since 2005</p></div></body></html>"
    )


def submitted(day: str, uid: int, name: str) -> str:
    return f"<span class='submitted'>Mon, {day} - 10:20 by <a href='/user/{uid}/'>{name}</a></span>"


def front_page() -> str:
    stories = "".join(
        f"<div class='node'><h2><a href='/node/{nid}/'>{headline}</a></h2>"
        f"{submitted(day, *MEMBERS[n % len(MEMBERS)])}<div class='content'>{TEXT}</div></div>"
        for n, (nid, headline, day) in enumerate(STORIES)
    )
    return page("Home", stories + "<ul class='pager'><li><a href='/node/index1.html'>2</a></li></ul>")


def thread(nid: int, commenters: list[tuple[int, str]]) -> str:
    comments = "".join(
        f"<div class='comment'><div class='comment-header'><div class='submitted'>Tue, 02/0{n + 1}/2016 - 0{n}:15 "
        f"by <a href='/user/{uid}/'>{name}</a></div></div><div class='content'><p>I had the same problem with the "
        f"views module, comment {n}: clearing the cache and rebuilding the menu helped in the end.</p></div></div>"
        for n, (uid, name) in enumerate(commenters)
    )
    question = "<p>How do I make a view of the type page behave like a book page, with the book's navigation?</p>"
    return page(
        "Views as a book page",
        f"<h1>Views as a book page</h1><div class='node'>{submitted('02/01/2016', *MEMBERS[0])}"
        f"<div class='content'>{question}</div></div><div id='comments'>{comments}</div>",
    )


def profile(name: str) -> str:
    return page(name, f"<h1>{name}</h1><div class='profile'><h3>History</h3><dl><dt>Member for</dt>"
                      "<dd>10 years 32 weeks</dd></dl></div>")  # fmt: skip


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def started() -> SiteModel:
    model = SiteModel()
    model.enter(H + "/")
    home = analysed(front_page(), "/")
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    return model


def test_a_thread_of_comments_under_their_authors_names_lists_no_profiles() -> None:
    """Before: "4 records in 1 repeated groups": a listing of the commenters' profiles."""
    model = started()
    topic = analysed(thread(1000, MEMBERS[1:5]), "/node/1000/")
    model.observe(topic)
    assert model.classify(topic, has_body=True).role != LISTING


def test_a_commenters_profile_is_a_page() -> None:
    """Before: an article, "a listing's record, dated by a listing" (the thread's comment days)."""
    model = started()
    for nid, commenters in ((1000, MEMBERS[1:5]), (1005, MEMBERS[2:6])):
        topic = analysed(thread(nid, commenters), f"/node/{nid}/")
        model.observe(topic)
        model.classify(topic, has_body=True)
    member = analysed(profile("mirko"), "/user/31/")
    model.observe(member)
    decisions = model.resolve_all([(member, True, None)])
    assert decisions[member.url].role == PAGE, decisions[member.url].reason


def test_a_stream_of_short_dated_entries_of_another_family_is_still_a_listing() -> None:
    """The bylines the listings show say nothing of a family they never name: a page of short dated links to
    another URL family (an events list) is a listing as before."""
    model = started()
    events = "".join(
        f"<li class='event'><span class='day'>03/0{n + 1}/2016</span> <a href='/events/{n}/'>Meetup {n}</a></li>"
        for n in range(5)
    )
    calendar = analysed(page("Events", f"<h1>Events</h1><ul class='events'>{events}</ul>"), "/calendar/")
    model.observe(calendar)
    assert model.classify(calendar, has_body=True).role == LISTING
    story = analysed(page(STORIES[0][1], f"<h1>{STORIES[0][1]}</h1>{submitted(STORIES[0][2], 7, 'peterk')}{TEXT}"),
                     f"/node/{STORIES[0][0]}/")  # fmt: skip
    model.observe(story)
    assert model.classify(story, has_body=True).role == ARTICLE
