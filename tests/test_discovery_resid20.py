"""The regressions session 19's merge left in the real-sites set (docs/discovery.md, "Session 20: the merge's
regressions"), written small by hand: pages written for the test, modelled on what the sites print. Pure: no Scrapy,
no network.

- A post showing one neighbour's card in the listings' markup, linked without the slash the post's own URL has, is
  a post: the rule of a page of one card compares URL families as the rule of a page of several does.
- A feed's entry no listing lists is a post where the site's posts link it as their neighbour (the chain of posts):
  a category page the copy left stale does not list the post, its neighbours do.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, Decision, SiteModel
from archiver.extract.html import parse_html

H = "http://blog.test"
ALLOWED = frozenset({"blog.test"})
NAV = "<nav><a href='/'>Início</a><a href='/artigos/'>Artigos</a><a href='/sobre/'>Sobre</a></nav>"
DAYS = ["March 3, 2021", "April 14, 2021", "May 25, 2021"]
POSTS = [(f"/artigos/nota-{n}/", f"Como configurar o servidor de integração número {n}") for n in range(12)]
PROSE = (
    "<p>Nesta nota vemos passo a passo como configurar o servidor de integração contínua do grupo, desde a "
    "instalação dos pacotes até as opções que convém revisar antes de publicar a primeira versão.</p>"
) * 4


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def page_of(title: str, body: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title} - Grupo</title>{head}</head><body>{NAV}<main>{body}</main>"
        "<footer><p>Feito pela comunidade.</p></footer></body></html>"
    )


def card(path: str, title: str, shown: str) -> str:
    return (
        f"<article class='card'><a class='title' href='{path}'><h3>{title}</h3></a><span class='day'>{shown}</span>"
        "<p>Uma nota sobre o servidor do grupo.</p></article>"
    )


def stream(number: int, posts: list[tuple[str, str]]) -> str:
    entries = posts[6 * (number - 1) : 6 * number]
    cards = "".join(card(path, title, DAYS[n % 3]) for n, (path, title) in enumerate(entries))
    pager = "<nav class='pagination'><a href='/artigos/'>1</a><a href='/artigos/page/2/'>2</a></nav>"
    return page_of("Artigos", f"<h1>Artigos</h1><div class='grid'>{cards}</div>{pager}")


def post(title: str, after: str = "") -> str:
    head = (
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2021-03-03T09:07:00+00:00'>"
    )
    return page_of(title, f"<article><h1>{title}</h1>{PROSE}</article>{after}", head)


# --- one card of a neighbour, linked without the slash --------------------------------------------------------------


def first_post_beside_one_neighbour(linked: list[tuple[str, str]]) -> Decision:
    """The first post's place, its page showing one neighbour's card in the listings' markup, where the listings and
    the card link the posts as ``linked`` names them; a name without the posts' slash answers 301 with it."""
    model = SiteModel()
    model.enter(H + "/")
    for number, path in ((1, "/artigos/"), (2, "/artigos/page/2/")):
        listing = analysed(stream(number, linked), path)
        model.observe(listing)
        assert model.classify(listing, has_body=True).role == LISTING, path
    for (name, _), (path, _) in zip(linked, POSTS, strict=True):
        if name != path:
            model.redirected(H + name, H + path)
    for path, title in POSTS[1:]:
        page = analysed(post(title), path)
        model.observe(page)
        model.resolve(page, has_body=True)
    path, title = POSTS[0]
    page = analysed(post(title, f"<div class='grid'>{card(*linked[1], DAYS[0])}</div>"), path)
    model.observe(page)
    return model.resolve(page, has_body=True)


def test_a_post_beside_one_neighbour_of_its_own_family_stays_an_article() -> None:
    decision = first_post_beside_one_neighbour(POSTS)
    assert decision.role == ARTICLE, decision.reason


def test_a_post_beside_one_neighbour_linked_without_its_slash_stays_an_article() -> None:
    """The one-card form of the Jigsaw case (``tests/test_held19_intl.py``): the post, fetched under its slash,
    shows one neighbour's card linked without the neighbour's slash. Before: a listing ("its one record is a listed
    post, in the site's listing markup"): ``_card_of_listed_post`` compared families with the slash, where
    ``_cards_of_listed_posts`` (several cards) compared them without it and through the redirects."""
    decision = first_post_beside_one_neighbour([(path.rstrip("/"), title) for path, title in POSTS])
    assert decision.role == ARTICLE, decision.reason


# --- a feed's entry no listing lists, that the posts link as their neighbour ----------------------------------------

CATEGORY = [(f"/Engineering/Note-{n}/", f"Engineering note number {n} on training the model") for n in range(8)]
STALE = CATEGORY[3]  # filed in the category after the copy's category page was built


def chained_post(index: int, posts: list[tuple[str, str]]) -> str:
    """A post of the theme: article markup, its text, then its previous and next posts' cards side by side."""
    title = posts[index][1]
    neighbours = [
        f"<a rel='{rel}' class='neighbour' href='{posts[other][0]}'><p>{label}</p><p>{posts[other][1]}</p></a>"
        for rel, label, other in (("prev", "Previous Post", index - 1), ("next", "Next Post", index + 1))
        if 0 <= other < len(posts)
    ]
    return post(title, f"<div class='post-nav'><div class='half'>{''.join(neighbours)}</div></div>")


def blog_with_a_stale_category(linked_by_neighbours: bool) -> tuple[SiteModel, PageAnalysis]:
    """The home feed names every post; the category page lists all of them but ``STALE``; the posts link their
    neighbours (where ``linked_by_neighbours``; else ``STALE`` is left out of the chain)."""
    model = SiteModel()  # (no home entered: navigation is not the question)
    model.feed_read(H + "/rss.xml", [H + path for path, _ in CATEGORY], [])
    cards = "".join(card(path, title, DAYS[n % 3]) for n, (path, title) in enumerate(CATEGORY) if path != STALE[0])
    category = analysed(page_of("Engineering", f"<h1>Engineering</h1><div class='grid'>{cards}</div>"), "/Engineering/")
    model.observe(category)
    assert model.classify(category, has_body=True).role == LISTING
    chain = CATEGORY if linked_by_neighbours else [entry for entry in CATEGORY if entry != STALE]
    for index, (path, _) in enumerate(chain):
        if path == STALE[0]:
            continue
        page = analysed(chained_post(index, chain), path)
        model.observe(page)
        assert model.classify(page, has_body=True).role == ARTICLE, path
    stale = analysed(chained_post(CATEGORY.index(STALE), CATEGORY), STALE[0])
    model.observe(stale)
    return model, stale


def test_a_feeds_entry_the_posts_link_as_their_neighbour_is_a_post() -> None:
    """gatsby-snoop2head: ``/Engineering/Week-1-Table-of-Contents/``, named by the home feed, linked by its previous
    and next posts, listed by no category page of the copy. Before: a page ("a feed's entry no listing lists, beside
    listed ones"), the rule written for a Hugo site's policy pages (``test_discovery_resid19.py``)."""
    model, stale = blog_with_a_stale_category(linked_by_neighbours=True)
    decision = model.resolve_all([(stale, True, None)])[stale.url]
    assert decision.role == ARTICLE, decision.reason


def test_a_feeds_entry_no_post_links_stays_a_page() -> None:
    """The same entry where no post links it (the policies' case): a page, as before."""
    model, stale = blog_with_a_stale_category(linked_by_neighbours=False)
    decision = model.resolve_all([(stale, True, None)])[stale.url]
    assert decision.role == PAGE, decision.reason


# --- a talk's subtitle links the meetup that lists it ----------------------------------------------------------------

MEETUPS = [f"/meetups/{n}/" for n in range(1, 7)]
TALKS = [(f"/meetups/3/talk-{n}/", f"Доклад номер {n}: как мы храним данные") for n in range(1, 5)]


def talk(headline: str, meetup: str, prose: str) -> str:
    """A talk of a Lektor club site: its headline, a subtitle naming the speaker and linking the meetup, a line."""
    return (
        f"<html><head><title>{headline} | rannts</title></head><body><section class='hero'>{NAV}"
        f"<div class='hero-body'><h1 class='title'>{headline}</h1><h2 class='subtitle'>Борис Рыбаков @ "
        f"<a href='{meetup}'>rannts #3</a></h2></div></section><section class='section'><div class='content'>"
        f"<p>{prose}</p></div></section></body></html>"
    )


def test_a_subtitle_linking_its_meetup_is_no_heading_link() -> None:
    page = analysed(talk("Реклама доклада", "/meetups/3/", "Небольшой анонс."), "/meetups/3/talk-1/")
    assert page.heading_link is None
    tag = page_of("kde", f"<h2><a href='{POSTS[0][0]}'>{POSTS[0][1]}</a></h2><p>Uma nota.</p>")
    assert analysed(tag, "/tags/kde/").heading_link == H + POSTS[0][0]  # a tag page's first record: as before


def test_a_short_talk_read_before_its_meetup_is_no_listing() -> None:
    """lektor-rannts' ``/meetups/3/promo-next-meetup/``, a lightning talk of one line, a record of the meetups' stream
    (here a feed's entry, as its meetup is), read before its meetup's page was placed. Before: a listing ("its first
    heading links to another page": the subtitle's link to the meetup, a record not placed yet), in the crawl orders
    that read it first."""
    model = SiteModel()
    model.feed_read(H + "/feed/", [H + path for path, _ in TALKS] + [H + path for path in MEETUPS], [])
    path, headline = TALKS[0]
    page = analysed(talk(headline, "/meetups/3/", "Небольшой анонс доклада на следующем митапе."), path)
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING


# --- a page of prose whose sentences link the site's pages ----------------------------------------------------------

CAREERS = (
    "<html><head><title>Positions</title></head><body><header><nav><a href='/'>Home</a><a href='/about/team/'>Team"
    "</a><a href='/about/organization/'>Organization</a></nav></header><main class='list'><div><div>"
    "<h1>Open positions</h1><h3>Research software engineer</h3>"
    "<p><strong>About us</strong>: We are a distributed team of students, postdocs and software scientists led by "
    "<a href='/about/team/'>five academic investigators of four universities</a>, with direct leadership from a "
    "technical lead and a science lead. The <a href='/about/organization/'>Open Consortium</a> is an alliance of "
    "companies aiming to advance the state of the field through an open collaborative effort.</p>"
    "<p><a href='https://initiative.example.org/'>The Open Initiative</a> is built on principles of open source, "
    "open data and open science. We aim to publish frequently and openly, and a sample of our publications can be "
    "found <a href='/science/publications/'>here</a>. All of our software is released under permissive licenses.</p>"
    "<p>The position is remote: employees can be located essentially anywhere in the world, and the appointment is "
    "for one year, with the potential for extension to several years.</p></div></div></main></body></html>"
)


def test_a_paragraphs_links_to_two_pages_of_a_section_are_no_entries_of_a_list() -> None:
    """hugo-openff's ``/about/careers/openff/``: its paragraphs link the team page and the organization page (one URL
    family, ``/about/*/``) inside their sentences. The rule for a block of several entries (Blogger's day of posts,
    ``tests/test_discovery_cms_mirror_s19.py``) weighed each link apart, as its own record's link, and the page read
    as a listing of three records; ``/about/organization/``, its "record", was archived. Now: words of a sentence,
    weighed with their paragraph whole (its longest link its own), and no list."""
    page = analysed(CAREERS, "/about/careers/openff/")
    prose = [group for group in page.groups if len(group.urls) == 3 and not group.in_chrome_markup]
    assert prose and prose[0].primary_share < 0.5
    model = SiteModel()
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING
