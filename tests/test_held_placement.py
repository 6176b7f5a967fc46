"""Pages held until the crawl's end, placed together (SiteModel.resolve_all), on pages written for these tests:
the same decisions in whatever order the crawl held them, and the layout of the site's posts as evidence for a
page no listing lists. Pure: no Scrapy, no network."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page, headline_template
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.distributed.held import Evidence, rebuild_model
from archiver.extract.html import parse_html

H = "http://notes.test"
ALLOWED = frozenset({"notes.test"})
NAV = '<nav><a href="/">Home</a><a href="/notes/">Notes</a><a href="/about/">About</a></nav>'


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def note_page(slug: str, *, dated: bool) -> str:
    """A note in the site's one post layout; ``dated``: with its publication date and article markup."""
    meta = (
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2021-03-04T10:00:00+08:00">'
        if dated
        else ""
    )
    day = "<p class='meta'>March 4, 2021</p>" if dated else ""
    return (
        f"<html><head><title>Note {slug}</title>{meta}</head><body>{NAV}<main><article>"
        f"<h1>A note called {slug}</h1>{day}<p>{'What this note says about its subject, at some length. ' * 6}</p>"
        "</article></main></body></html>"
    )


def notes_listing() -> str:
    records = "".join(
        f'<li><h2><a href="/notes/n{i}/">The note number {i} of this little notebook</a></h2>'
        f"<span>2021-0{i}-01</span></li>"
        for i in range(1, 4)
    )
    return f"<html><head><title>Notes</title></head><body>{NAV}<main><ul>{records}</ul></main></body></html>"


def notes_site() -> tuple[SiteModel, list[PageAnalysis]]:
    """Three listed, dated notes; then, held (linked by no listing): one dated note and four undated pages of
    the same URL family, which no listing lists."""
    model = SiteModel()
    pages = [("/notes/", notes_listing())] + [(f"/notes/n{i}/", note_page(f"n{i}", dated=True)) for i in range(1, 4)]
    for path, html in pages:
        page = analysed(html, path)
        model.observe(page)
        model.classify(page, has_body=True)
    held = [analysed(note_page("featured", dated=True), "/notes/featured/")] + [
        analysed(note_page(name, dated=False), f"/notes/{name}/") for name in ("b", "c", "d", "e")
    ]
    for page in held:
        model.observe(page)
        assert model.classify(page, has_body=True).role == UNDECIDED
    return model, held


def one_at_a_time(model: SiteModel, held: list[PageAnalysis]) -> dict[str, str]:
    """How held pages were placed before: each on the model the pages placed before it left."""
    return {page.url: model.resolve(page, has_body=True).role for page in held}


def test_held_pages_are_placed_alike_in_any_order() -> None:
    """The dated note is an article of the notes' family; placed one at a time, four undated pages placed
    before it outnumbered the family's articles, and it was a page: the crawl's order decided."""
    model, held = notes_site()
    forward = one_at_a_time(model, held)
    model, held = notes_site()
    backward = one_at_a_time(model, held[::-1])
    assert forward[H + "/notes/featured/"] == ARTICLE
    assert backward[H + "/notes/featured/"] == PAGE  # what placing one at a time did: order-dependent

    decided = []
    for order in (held, held[::-1], held[2:] + held[:2]):
        model, _ = notes_site()
        decisions = model.resolve_all([(page, True, None) for page in order])
        decided.append({url: decision.role for url, decision in decisions.items()})
        assert {url: model.roles[url] for url in decided[-1]} == decided[-1]  # recorded as decided
    assert decided[0] == decided[1] == decided[2]
    assert decided[0][H + "/notes/featured/"] == ARTICLE
    assert [decided[0][H + f"/notes/{name}/"] for name in "bcde"] == [PAGE] * 4


def test_a_held_listing_makes_its_held_records_articles_in_any_order() -> None:
    """A listing and its records, all held: the records are placed as its records whichever came first."""
    for reverse in (False, True):
        model = SiteModel()
        listing = analysed(notes_listing(), "/notes/")
        records = [analysed(note_page(f"n{i}", dated=False), f"/notes/n{i}/") for i in range(1, 4)]
        pages = [listing, *records][:: -1 if reverse else 1]
        decisions = model.resolve_all([(page, True, None) for page in pages])
        assert decisions[listing.url].role == LISTING
        assert {decisions[page.url].role for page in records} == {ARTICLE}


def test_a_replayed_placement_keeps_the_decisions_it_made() -> None:
    """A distributed crawl logs its placement's decisions: the model rebuilt from the log learns those, not
    decisions remade one page at a time (which the undated pages placed first would turn)."""
    model, held = notes_site()
    decisions = model.resolve_all([(page, True, None) for page in held])
    evidence = [Evidence(analysed(notes_listing(), "/notes/"), True)]
    evidence += [Evidence(analysed(note_page(f"n{i}", dated=True), f"/notes/n{i}/"), True) for i in range(1, 4)]
    evidence += [Evidence(page, True) for page in held]
    evidence += [Evidence(page, True, resolved=True, placed=decisions[page.url]) for page in held[::-1]]
    rebuilt = rebuild_model(evidence)
    assert {page.url: rebuilt.roles[page.url] for page in held} == {url: d.role for url, d in decisions.items()}


# A blog whose posts a listing lists, and a docs section of event pages that print "Time: …" under their
# headline: labelled like a CMS article, linked only from the docs' own sidebar.
BLOG_POST = (
    "<html><head><title>{title}</title></head><body>{nav}<div class='blog-wrapper'><main><article><header>"
    "<h1>{title}</h1><time datetime='2021-0{n}-02'>2021-0{n}-02</time></header>"
    "<div class='markdown'><p>{text}</p></div></article></main></div></body></html>"
)
DOCS_PAGE = (
    "<html><head><title>{title}</title></head><body>{nav}<div class='docs-wrapper'><aside><nav>"
    "<a href='/meeting/next'>The next meeting</a><a href='/meeting/past'>{title}</a></nav></aside>"
    "<main><div class='container'><div class='row'><article><div class='markdown'><header><h1>{title}</h1>"
    "</header><p>Time: 2021-12-18 08:30</p><p>{text}</p></div></article></div></div></main></div></body></html>"
)
BLOG_NAV = "<nav><a href='/'>Home</a><a href='/blog'>Blog</a><a href='/meeting/next'>Meetings</a></nav>"


def blog_with_a_past_meeting(past_meeting: str) -> tuple[SiteModel, list[PageAnalysis]]:
    """Six listed posts read, then the past meeting's page (``past_meeting``: its HTML) held and undecided. The
    posts are held too: only an undated list without a pager lists them, and no listing has shown yet whether
    the site's listings date their posts. Returns the model and the held pages, the past meeting last."""
    model = SiteModel()
    model.enter(H + "/")
    titles = [f"What we learned at the database meetup number {n}" for n in range(1, 7)]
    records = "".join(f"<article><h2><a href='/blog/p{n}'>{t}</a></h2></article>" for n, t in enumerate(titles, 1))
    home = f"<html><head><title>Blog</title></head><body>{BLOG_NAV}<main>{records}</main></body></html>"
    pages = [("/", home)] + [
        (f"/blog/p{n}", BLOG_POST.format(title=t, nav=BLOG_NAV, n=n, text="The talks, one by one. " * 12))
        for n, t in enumerate(titles, 1)
    ]
    held = []
    for path, html in pages:
        page = analysed(html, path)
        model.observe(page)
        assert model.classify(page, has_body=True).role == (LISTING if path == "/" else UNDECIDED)
        if path != "/":
            held.append(page)
    past = analysed(past_meeting, "/meeting/past")
    model.reach(past.url)  # the next meeting's sidebar links it
    model.observe(past)
    assert model.classify(past, has_body=True).role == UNDECIDED
    return model, [*held, past]


def placed_past_meeting(model: SiteModel, held: list[PageAnalysis]) -> str:
    """The held pages placed together at the crawl's end: the posts are articles; the past meeting's role."""
    decisions = model.resolve_all([(page, True, None) for page in held])
    assert {decisions[page.url].role for page in held[:-1]} == {ARTICLE}
    return decisions[held[-1].url].role


def test_a_labelled_page_laid_out_unlike_the_listed_posts_is_a_page() -> None:
    text = "Cloud native, data and the future: the speakers and their talks. " * 4
    docs = DOCS_PAGE.format(title="Cloud native and data, Shenzhen 2021", nav=BLOG_NAV, text=text)
    model, held = blog_with_a_past_meeting(docs)
    past = held[-1]
    assert past.labelled and past.has_date  # its "Time: …" line reads as an article's date label
    assert headline_template(parse_html(docs)[0]) != headline_template(
        parse_html(BLOG_POST.format(title="t", nav=BLOG_NAV, n=1, text=text))[0]
    )
    assert placed_past_meeting(model, held) == PAGE


def test_a_labelled_page_laid_out_like_the_listed_posts_is_an_article() -> None:
    """The same page in the posts' own layout: a CMS article no listing lists, placed by its labels."""
    text = "Cloud native, data and the future: the speakers and their talks. " * 4
    post_like = BLOG_POST.format(title="Cloud native and data, Shenzhen 2021", nav=BLOG_NAV, n=9, text=text)
    post_like = post_like.replace("<div class='markdown'>", "<div class='markdown'><p>Time: 2021-12-18 08:30</p>")
    model, held = blog_with_a_past_meeting(post_like)
    assert held[-1].labelled and held[-1].has_date
    assert placed_past_meeting(model, held) == ARTICLE
