"""Site shapes first met on held-out real sites (docs/realsites.md, "Held-out sites"), written small by
hand: WordPress listings whose post blocks each carry their own category and tag classes. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, SiteModel
from archiver.extract.html import parse_html

H = "http://party.test"
ALLOWED = frozenset({"party.test"})
NAV = '<nav><a href="/">Home</a><a href="/category/news/">News</a><a href="/about/">About</a></nav>'

# (id, month path, title, categories): every post block names its own categories and tags in its class.
POSTS = [
    (8011, "2020/08/stop-using-the-app", "Why you should stop using the app today", ["blog", "home"]),
    (7646, "2020/07/open-for-you", "The party is open for you this summer", ["congress", "home", "news"]),
    (7331, "2020/04/national-congress", "National congress of 2020 moves online", ["congress", "slider"]),
    (7286, "2020/03/united-against-the-virus", "United against the virus, with open data", ["home"]),
    (7257, "2020/02/the-edict-of-the-virus", "The edict of the virus and the end of justice", ["analysis", "press"]),
    (7248, "2020/02/empty-chair", "An empty chair for the publisher in court", ["freedom", "home"]),
]


def analysed(html: str, url: str) -> PageAnalysis:
    """The page at ``url`` (a path on H, or a whole URL) as the site model sees it."""
    root, _ = parse_html(html)
    return analyze_page(root, url if "://" in url else H + url, ALLOWED, html)


def placed_roles(
    model: SiteModel, pages: list[tuple[str, str]], *, reach: bool = False, reverse: bool = False
) -> dict[str, str]:
    """Each ``(url, html)`` observed and classified in turn (reached by a link first with ``reach``), then
    the role each takes when the crawl's end places them, in page order or (``reverse``) the other way."""
    placed = {}
    for url, html in pages:
        page = analysed(html, url)
        model.observe(page)
        if reach:
            model.reach(H + url)
        model.classify(page, has_body=True)
        placed[url] = page
    order = list(placed)[::-1] if reverse else list(placed)
    return {url: model.resolve(placed[url], has_body=True).role for url in order}


def wordpress_listing(posts: list[tuple[int, str, str, list[str]]]) -> str:
    blocks = "".join(
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry '
        + " ".join(f"category-{c}" for c in cats)
        + ' cf"><header class="entry-header"><div class="entry-cats">'
        + "".join(f'<a href="/category/{c}/" rel="category tag">{c.title()}</a>' for c in cats)
        + f'</div><h2 class="entry-title"><a href="/{path}/">{title}</a></h2>'
        f'<div class="entry-date"><a href="/{path}/">{path[5:7]}/{path[:4]}</a></div></header>'
        f'<div class="entry-summary"><p>{title}. A few words of the post, as the theme shows them.</p></div>'
        f'<a href="/{path}/#respond">Leave a comment</a></article>'
        for pid, path, title, cats in posts
    )
    return (
        "<html><head><title>Pirate Party – freedom, knowledge, sharing</title></head><body>"
        f'<header>{NAV}</header><main><div id="primary" class="site-content cf">{blocks}</div>'
        '<nav class="pagination"><a class="page-numbers" href="/page/2/">2</a>'
        '<a class="next page-numbers" href="/page/2/">Older</a></nav></main></body></html>'
    )


def test_post_blocks_with_their_own_category_classes_are_one_listing_group() -> None:
    root, _ = parse_html(wordpress_listing(POSTS))
    page = analyze_page(root, H + "/", ALLOWED)
    titles = {f"{H}/{path}/" for _, path, _, _ in POSTS}
    grouped = [g for g in page.groups if titles <= set(g.urls)]
    assert grouped, [(g.key, g.urls) for g in page.groups]
    model = SiteModel()
    model.enter(H + "/")
    model.observe(page)
    decision = model.classify(page, has_body=True)
    assert decision.role == LISTING, decision.reason
    members = {u for g in decision.listing_groups for u in g.urls}
    assert titles <= members


def menu(prefix: str) -> str:
    """A theme's drop-down menu: each top item holds its own list of sub-pages (two copies on the page,
    one for desktops and one for phones)."""
    items = "".join(
        f'<li class="menu-item has-children"><a href="/{prefix}{n}/">Section {n}</a><ul class="sub-menu">'
        + "".join(
            f'<li class="menu-item"><a href="/{prefix}{n}/page-{m}/">Our work, part {m}</a></li>' for m in range(8)
        )
        + "</ul></li>"
        for n in range(5)
    )
    return f'<ul class="menu">{items}</ul>'


def test_a_posts_prose_is_not_eaten_by_nested_menus_counted_twice() -> None:
    """A post's text outweighs the tag links at its foot: the theme's drop-down menus (records inside
    records, and a second copy for phones) are chrome, counted once."""
    prose = "<p>" + "The party asks the parliament to hear the citizens before the vote on the new law. " * 12 + "</p>"
    html = (
        "<html><head><title>We ask to be heard</title>"
        '<meta property="article:published_time" content="2013-03-10T10:00:00+00:00"></head><body>'
        f'<header><div class="desktop">{menu("s")}</div></header><nav class="mobile">{menu("s")}</nav>'
        '<main><article class="post"><h1 class="entry-title">We ask to be heard</h1>'
        f'<div class="entry-content">{prose}</div><footer class="entry-footer"><div class="entry-tags">'
        '<a href="/tag/abuses/" rel="tag">abuses of power</a><a href="/tag/rights/" rel="tag">rights of persons</a>'
        '<a href="/tag/programme/" rel="tag">programme development</a><a href="/tag/law/" rel="tag">law proposals</a>'
        "</div></footer></article></main></body></html>"
    )
    page = analysed(html, "/2013/03/we-ask-to-be-heard/")
    assert page.outside_text >= 900, page.outside_text
    model = SiteModel()
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING


def card_listing(posts: list[tuple[int, str, str, list[str]]], pager: str, title: str) -> str:
    """A category page whose every card links its post three times: thumbnail, headline and date."""
    cards = "".join(
        f'<article class="post-{pid} post category-programme cf"><div class="entry-thumbnail">'
        f'<a href="/{path}/"><img src="/img/{pid}.jpg" alt=""></a></div><div class="entry-meta">'
        f'<span class="entry-date"><a href="/{path}/">{path[5:7]}/{path[:4]}</a></span></div>'
        f'<h2 class="entry-title"><a href="/{path}/">{title}</a></h2></article>'
        for pid, path, title, _ in posts
    )
    return (
        f"<html><head><title>{title}</title></head><body><header>{NAV}</header><main>"
        f'<h1>Our programme, topic by topic</h1><div class="site-content">{cards}</div>'
        f'<nav class="pagination">{pager}</nav></main></body></html>'
    )


def test_a_listing_linking_each_post_three_times_is_no_chrome_on_its_second_page() -> None:
    """Three groups of one page with the same targets are one page's evidence, not three pages' menu."""
    model = SiteModel()
    model.enter(H + "/category/programme/")
    first = card_listing(POSTS[:3], '<a class="page-numbers" href="/category/programme/page/2/">2</a>', "Programme")
    second = card_listing(POSTS[3:], '<a class="page-numbers" href="/category/programme/">1</a>', "Programme – page 2")
    for html, url, expected in ((first, "/category/programme/", False), (second, "/category/programme/page/2/", True)):
        page = analysed(html, url)
        model.observe(page)
        decision = model.classify(page, has_body=True, expected_listing=expected)
        assert decision.role == LISTING, (url, decision.reason)


def society_page(title: str, main: str) -> str:
    return f"<html><head><title>{title}</title></head><body><header>{NAV}</header><main>{main}</main></body></html>"


NEWS = [
    ("/news/annual-general-meeting/", "Annual general meeting and motion writing workshop", "February 4, 2026"),
    ("/news/commissioner-applications/", "Commissioner applications are open for next year", "March 26, 2026"),
    ("/news/career-fair/", "The career fair returns to the engineering block", "January 12, 2026"),
]
DEPARTMENTS = [
    ("/about/departments/civil/", "Civil Engineering Undergraduate Society"),
    ("/about/departments/mechanical/", "Mechanical Engineering Students' Society"),
    ("/about/departments/software/", "Software Engineering Students' Society"),
]


def test_records_a_listing_dates_are_articles_and_undated_profiles_are_pages() -> None:
    """A students' society's news posts show their date only on the news listing; its department profiles
    are listed without dates. Whichever listing the crawl reads first, the posts are articles and the
    profiles pages."""
    news = society_page(
        "Latest news",
        "<h1>Latest news</h1>"
        + "".join(
            f'<div class="post"><h3 class="post-title"><a href="{u}">{t}</a></h3>'
            f'<div class="post-meta"><ul><li>{d}</li></ul></div><p>{t}: what, when and where.</p></div>'
            for u, t, d in NEWS
        ),
    )
    departments = society_page(
        "Departments",
        "<h1>Departments</h1>"
        + "".join(
            f'<div class="card"><h4><a href="{u}">{t}</a></h4><p>{t} represents its students.</p></div>'
            for u, t in DEPARTMENTS
        ),
    )
    prose = "<p>" + "The society meets every week in the engineering block and welcomes all students. " * 6 + "</p>"
    for order in ((news, departments), (departments, news)):
        model = SiteModel()
        model.enter(H + "/")
        urls = ("/news/", "/about/departments/") if order[0] is news else ("/about/departments/", "/news/")
        for html, url in zip(order, urls, strict=True):
            listing = analysed(html, url)
            model.observe(listing)
            model.reach(H + url)
            assert model.classify(listing, has_body=True).role == LISTING
        pages = [
            (url, society_page(title, f"<h1>{title}</h1>{prose}"))
            for url, title in [(u, t) for u, t, _ in NEWS] + DEPARTMENTS
        ]
        roles = placed_roles(model, pages)
        assert all(roles[u] == ARTICLE for u, _, _ in NEWS), roles
        assert all(roles[u] == PAGE for u, _ in DEPARTMENTS), roles


def test_dates_of_a_minified_listing_are_seen() -> None:
    """A minified page glues each headline to the date after it; the records are dated all the same."""
    html = society_page(
        "Latest news",
        "".join(
            f'<div class="post"><h3><a href="{u}">{t}</a></h3><div class="meta">{d}</div></div>' for u, t, d in NEWS
        ),
    )
    root, _ = parse_html(html)
    group = next(g for g in analyze_page(root, H + "/news/", ALLOWED, html).groups if not g.in_chrome_markup)
    assert group.dated == 3 and set(group.dated_urls) == {H + u for u, _, _ in NEWS}


def test_sub_pages_an_undated_page_lists_are_pages_where_listings_date_posts() -> None:
    """A party's "Who we are" page links its statute and reports in its text; WordPress gives those
    pages a publication date like any post. The home's list dates every post it shows; nothing dates
    the statute. The posts are articles, the statute and reports pages."""
    model = SiteModel()
    model.enter(H + "/")
    home = society_page(
        "Pirate Party",
        "".join(
            f'<article class="post"><h2><a href="/{path}/">{title}</a></h2><span>{path[5:7]}/01/{path[:4]}</span>'
            f"<p>{title}: the first lines of the post.</p></article>"
            for _, path, title, _ in POSTS
        ),
    )
    who = society_page(
        "Who we are",
        "<h1>Who we are</h1>"
        '<p><a href="/party/statute/">The statute of the party, as amended in 2019</a></p>'
        '<p><a href="/party/rules/">The rules of procedure of the assembly</a></p>'
        '<p><a href="/party/report-2015/">The financial report of the year 2015</a></p>',
    )
    for html, url in ((home, "/"), (who, "/party/")):
        page = analysed(html, url)
        model.observe(page)
        model.reach(H + url)
        model.classify(page, has_body=True)
    prose = "<p>" + "Article one of the statute sets out who may join the party and how. " * 8 + "</p>"
    html = (
        '<html><head><title>A page</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2019-03-01T10:00:00+00:00"></head>'
        f"<body><header>{NAV}</header><main><article><h1>A page</h1>{prose}</article></main></body></html>"
    )
    urls = [f"/{path}/" for _, path, _, _ in POSTS] + ["/party/statute/", "/party/rules/", "/party/report-2015/"]
    roles = placed_roles(model, [(url, html) for url in urls])
    assert all(roles[f"/{path}/"] == ARTICLE for _, path, _, _ in POSTS), roles
    assert roles["/party/statute/"] == roles["/party/rules/"] == roles["/party/report-2015/"] == PAGE, roles


def test_a_page_the_home_links_through_a_redirect_is_reachable() -> None:
    """The home links ``/news/gag`` and the server answers 301 to ``/news/gag/``, which the sitemap
    queued first: the page is navigation's all the same, not a sitemap-only page."""
    model = SiteModel()
    model.enter(H + "/")
    home = society_page("Society", '<h1>Society</h1><p><a href="/news/gag">GAG submissions are open!</a></p>')
    model.observe(analysed(home, "/"))
    model.redirected(H + "/news/gag", H + "/news/gag/")
    post = society_page("GAG submissions are open", "<h1>GAG submissions are open</h1><p>Send yours.</p>")
    page = analysed(post, "/news/gag/")
    model.observe(page)
    assert H + "/news/gag/" in model.navigable
    assert "sitemap" not in model.classify(page, has_body=True).reason


def test_profiles_a_generic_section_list_dates_stay_pages_where_posts_date_themselves() -> None:
    """A research group's theme lists every section with dates, its members' profiles too, in a generic
    section list that only the sitemap names (readers reach the profiles from an undated "Members" page).
    The profiles, undated on their own pages, are pages, read before or after the posts; the news posts,
    which the home's list dates, are articles."""
    people = [(f"/members/m{n}/", f"Member number {n} of the research group") for n in range(3)]
    dated_list = society_page(
        "Members",
        "<h1>Members</h1>"
        + "".join(
            f'<div class="post"><h3><a href="{u}">{t}</a></h3><span>2021-09-0{n + 1}</span></div>'
            for n, (u, t) in enumerate(people)
        ),
    )
    news = society_page(
        "Latest news",
        "<h1>Latest news</h1>"
        + "".join(f'<div class="post"><h3><a href="{u}">{t}</a></h3><span>{d}</span></div>' for u, t, d in NEWS),
    )
    prose = "<p>" + "The group studies the brain with imaging and machine learning, with partners. " * 6 + "</p>"
    for members_first in (True, False):
        model = SiteModel()
        model.enter(H + "/")
        listings = [(dated_list, "/members/"), (news, "/news/")]
        for html, url in listings if members_first else listings[::-1]:
            listing = analysed(html, url)
            model.observe(listing)
            if url == "/news/":
                model.reach(H + url)
            assert model.classify(listing, has_body=True).role == LISTING
        for url, _ in people:
            model.reach(H + url)  # linked from the undated "Members" page
        pages = [(u, t, "") for u, t in people] + [(u, t, f"<p>Date: {d}</p>") for u, t, d in NEWS]
        ordered = pages if members_first else pages[::-1]
        roles = placed_roles(model, [(u, society_page(t, f"<h1>{t}</h1>{line}{prose}")) for u, t, line in ordered])
        assert all(roles[u] == ARTICLE for u, _, _ in NEWS), roles
        assert all(roles[u] == PAGE for u, _ in people), roles


def news_and_committee_blog() -> tuple[str, list[tuple[str, str]], str]:
    """The society's news listing (dated records of undated posts), its committee's posts (path, title) and
    the committee blog listing them with dates."""
    news = society_page(
        "Latest news",
        "<h1>Latest news</h1>"
        + "".join(f'<div class="post"><h3><a href="{u}">{t}</a></h3><span>{d}</span></div>' for u, t, d in NEWS),
    )
    committee = [(f"/diversity/post-{n}/", f"What the committee learned this term, part {n}") for n in range(3)]
    blog = society_page(
        "Diversity",
        "<h1>Diversity</h1>"
        + "".join(
            f'<div class="post"><h3><a href="{u}">{t}</a></h3><span>March {n + 1}, 2021</span></div>'
            for n, (u, t) in enumerate(committee)
        ),
    )
    return news, committee, blog


def test_posts_a_reachable_listing_dates_are_articles_beside_posts_that_date_themselves() -> None:
    """The society's committee posts print "Published: …"; its news posts print no date, which the news
    listing (reached by links) shows. Both are articles, whichever the crawl places first."""
    news, committee, blog = news_and_committee_blog()
    prose = "<p>" + "The society meets every week in the engineering block and welcomes all students. " * 6 + "</p>"
    model = SiteModel()
    model.enter(H + "/")
    for html, url in ((blog, "/diversity/"), (news, "/news/")):
        listing = analysed(html, url)
        model.observe(listing)
        model.reach(H + url)
        assert model.classify(listing, has_body=True).role == LISTING
    pages = [(u, t, "<p>Published: March 27, 2021</p>") for u, t in committee] + [(u, t, "") for u, t, _ in NEWS]
    roles = placed_roles(
        model, [(u, society_page(t, f"<h1>{t}</h1>{line}{prose}")) for u, t, line in pages], reach=True
    )
    assert all(role == ARTICLE for role in roles.values()), roles


def test_posts_only_sitemap_listings_date_are_articles_whatever_the_placing_order() -> None:
    """The society's home links its news posts, which print no date; the news listing that dates them, and
    the committee blog whose posts print "Published: …", are named by the sitemap only. The committee
    posts, which no reader reaches, do not make the site one "whose articles date themselves": the news
    posts are articles whether a committee post is placed before or after them at the crawl's end."""
    news, committee, blog = news_and_committee_blog()
    home = society_page(
        "The Engineering Society",
        "<h1>Welcome</h1>" + "".join(f'<div class="card"><h4><a href="{u}">{t}</a></h4></div>' for u, t, _ in NEWS),
    )
    prose = "<p>" + "The society meets every week in the engineering block and welcomes all students. " * 6 + "</p>"
    pages = [(u, t, "<p>Published: March 27, 2021</p>") for u, t in committee] + [(u, t, "") for u, t, _ in NEWS]
    for committee_first in (True, False):
        model = SiteModel()
        model.enter(H + "/")
        model.observe(analysed(home, "/"))
        for html, url in ((blog, "/diversity/"), (news, "/news/")):
            listing = analysed(html, url)
            model.observe(listing)
            assert H + url not in model.navigable
            assert model.classify(listing, has_body=True).role == LISTING
        roles = placed_roles(
            model,
            [(u, society_page(t, f"<h1>{t}</h1>{line}{prose}")) for u, t, line in pages],
            reverse=not committee_first,
        )
        assert all(roles[u] == ARTICLE for u, _, _ in NEWS), (committee_first, roles)


def test_a_post_fetched_under_the_url_that_redirects_to_the_listed_one_is_the_listed_post() -> None:
    """The home links ``/news/x`` (no slash), which answers 301 to ``/news/x/``, the URL the listing dates. When
    the crawl fetches the home's link first, the page is placed under ``/news/x``: it is the same post."""
    news = society_page(
        "Latest news",
        "<h1>Latest news</h1>"
        + "".join(f'<div class="post"><h3><a href="{u}">{t}</a></h3><span>{d}</span></div>' for u, t, d in NEWS),
    )
    prose = "<p>" + "The society meets every week in the engineering block and welcomes all students. " * 6 + "</p>"
    home = society_page(
        "The Engineering Society",
        "<h1>Welcome</h1>"
        + "".join(f'<div class="card"><h4><a href="{u.rstrip("/")}">{t}</a></h4></div>' for u, t, _ in NEWS),
    )
    for listing_first in (True, False):
        model = SiteModel()
        model.enter(H + "/")
        model.observe(analysed(home, "/"))
        held = {}
        steps = ["listing", "posts"] if listing_first else ["posts", "listing"]
        for step in steps:
            if step == "listing":
                listing = analysed(news, "/news/")
                model.observe(listing)
                assert model.classify(listing, has_body=True).role == LISTING
                continue
            for url, title, _ in NEWS:
                html = society_page(title, f"<h1>{title}</h1>{prose}")
                root, _ = parse_html(html)
                fetched = H + url.rstrip("/")
                model.redirected(fetched, H + url)
                page = analyze_page(root, fetched, ALLOWED, html)
                model.observe(page)
                model.classify(page, has_body=True)
                held[fetched] = page
        roles = {url: model.resolve(page, has_body=True).role for url, page in held.items()}
        assert all(role == ARTICLE for role in roles.values()), (listing_first, roles)
        assert model.listing_dates[H + NEWS[0][0].rstrip("/")] == NEWS[0][2]


# A newswire theme (session 7's held-out hugo-indymedia-pt) prints a category's whole list on every page
# its pager numbers: page 2 repeats page 1's list exactly.
WIRE_POSTS = [
    (f"2025-0{m}-{d:02d}-report-{m}-{d}", f"Report number {m}-{d} from the harbour protest")
    for m in (5, 6)
    for d in (3, 11, 19)
]


def wire_category_page(page: int) -> str:
    cards = "".join(
        f'<table class="feature-story"><tr><td class="feature-title"><b><a href="/news/{slug}/">{title.upper()}</a>'
        f'</b></td><td class="feature-date"><b>Jun {n + 1} 2025</b></td></tr><tr><td class="feature-content">'
        f"<p><small>by Community Desk</small></p>{title}: what the people in the square said, in short."
        f'<p><a href="/news/{slug}/">Read more...</a></p></td></tr></table>'
        for n, (slug, title) in enumerate(WIRE_POSTS)
    )
    newer = f'<a href="/categories/harbour/{"" if page == 2 else f"page/{page - 1}/"}">« Newer</a>' if page > 1 else ""
    return (
        "<html><head><title>Harbour - newswire</title></head><body><table><tr>"
        '<td class="left-column"><a href="/"><img src="/logo.png"></a><a href="/publish">publish</a></td>'
        f'<td class="center-column"><div><b><a href="/">HOME</a></b></div>{cards}'
        f'<div align="center">{newer}<a href="/categories/harbour/page/{page + 1}/">Older »</a></div>'
        '<p><a href="/">« Back to home</a></p></td></tr></table></body></html>'
    )


def test_a_listings_pages_repeating_its_whole_list_list_it_on_each_page() -> None:
    """The repeated list is the category's, not chrome: page 2 lists the six posts (and not the "Back to
    home" link alone), so the crawl sees that it repeats page 1 and the completeness check that it holds
    nothing more."""
    model = SiteModel()
    posts = {f"{H}/news/{slug}/" for slug, _ in WIRE_POSTS}
    for page, url in (
        (1, "/categories/harbour/"),
        (2, "/categories/harbour/page/2/"),
        (3, "/categories/harbour/page/3/"),
    ):
        analysis = analysed(wire_category_page(page), url)
        model.observe(analysis)
        decision = model.classify(analysis, has_body=True, expected_listing=page > 1)
        assert decision.role == LISTING, (url, decision.reason)
        assert {u for g in decision.listing_groups for u in g.urls} == posts, url


def test_a_box_on_two_listings_pages_is_still_chrome_on_a_third_listing() -> None:
    model = SiteModel()
    box = (
        '<div class="box"><a href="/news/a/">Harbour report one from the square</a>'
        '<a href="/news/b/">Harbour report two from the square</a></div>'
    )

    def page(url: str) -> PageAnalysis:
        return analysed(f"<html><head><title>{url}</title></head><body><h1>{url}</h1>{box}</body></html>", url)

    for url in ("/categories/harbour/", "/categories/harbour/page/2/"):
        model.observe(page(url))
    assert not any(model.is_chrome(g) for g in page("/categories/square/").groups)  # one listing's pages so far
    model.observe(page("/categories/square/"))
    groups = page("/categories/square/").groups
    assert groups and all(model.is_chrome(g) for g in groups)


def wire_tags_page(page: int) -> str:
    """The newswire's tag index: a dated card per tag (its name, not a headline), every page listing every
    tag again, and a "« Back to home" line under the list."""
    names = ["ecologia", "habitacao", "protesto", "lisboa", "porto", "greve"] + (["braga"] if page > 1 else [])
    cards = "".join(
        f'<table class="feature-story"><tr><td class="feature-name"><b><a href="/tags/{name}/">{name.upper()}</a>'
        f'</b></td><td class="feature-date"><b>Jun {n + 1} 2025</b></td></tr></table>'
        for n, name in enumerate(names)
    )
    return (
        f"<html><head><title>Tags - newswire</title></head><body><table><tr><td>{cards}"
        f'<div><a href="/tags/page/{page + 1}/">Older »</a></div>'
        '<p><a href="/">« Back to home</a></p></td></tr></table></body></html>'
    )


def test_a_link_home_is_no_record_of_a_listings_later_page() -> None:
    """Page 2 of the tag index, reached from page 1's pager: its records are the tags, not the one
    headline-like link "« Back to home" (which left the listing one record and the completeness check
    a shortfall of hundreds)."""
    model = SiteModel()
    for page, url in ((1, "/tags/"), (2, "/tags/page/2/")):
        analysis = analysed(wire_tags_page(page), url)
        model.observe(analysis)
        decision = model.classify(analysis, has_body=True, expected_listing=page > 1)
        records = {u for g in decision.listing_groups for u in g.urls}
        assert decision.role == LISTING and H + "/" not in records, (url, records)
        assert H + "/tags/ecologia/" in records


def icarus_listing(posts: list[tuple[str, str, str]]) -> str:
    """Hexo's Icarus theme: each post shown whole in a card, its title in a ``<p class=title>`` (no
    heading), its own headings carrying permalink anchors and its text linking out by bare URLs."""
    cards = "".join(
        f'<div class="card"><article class="card-content article"><div class="article-meta">'
        f'<time datetime="{day}T09:00:03.000Z">{day}</time></div>'
        f'<p class="title is-3"><a class="link-muted" href="/{day.replace("-", "/")}/{slug}/">{title}</a></p>'
        f'<div class="content"><h2 id="why"><a href="#why" class="headerlink" title="why"></a>Why</h2>'
        f"<p>What went wrong, and the fix, in a few lines of the post.</p>"
        f'<p>See <a href="https://github.com/example/{slug}">https://github.com/example/{slug}</a> too.</p>'
        f'<h3 id="how"><a href="#how" class="headerlink" title="how"></a>How</h3><p>Step by step.</p></div>'
        f"</article></div>"
        for day, slug, title in posts
    )
    return (
        f"<html><head><title>A blog</title></head><body>{NAV}<section><div class='column-main'>{cards}"
        '<nav class="pagination"><a href="/page/0/">上一页</a><a href="/page/2/">下一页</a></nav>'
        "</div></section></body></html>"
    )


def test_posts_shown_whole_are_records_of_their_title_links() -> None:
    """A post card's own link is its title's, not a permalink anchor of a heading inside the post (a link
    to this page) nor a bare URL the post writes out: else the list's title links were not the records'
    own (held-out hexo-icarus-birdzhang: 10 posts a page read as 1 record, so the home was no listing)."""
    posts = [
        ("2022-03-09", "tomcat-sessions", "Tomcat 多实例 session 共享方案"),
        ("2021-05-19", "log-links", "从日志中查询链接文件中的链接"),
        ("2021-04-16", "gitlab-drbd", "Gitlab CE 使用 drbd 实现主备"),
        ("2020-11-23", "python-subprocess", "python 使用 subprocess 查看进程"),
    ]
    page = analysed(icarus_listing(posts), "/")
    titles = next(g for g in page.groups if len(g.urls) == 4 and g.title_like)
    assert titles.primary_share == 1.0
    assert SiteModel().classify(page, has_body=True).role == LISTING


def _icarus_post_card(link: bool) -> str:
    """A post as Icarus shows it whole: a tag page's one card (its title a link), or the post's own page."""
    title = '<a class="link-muted" href="/2020/11/23/python-subprocess/">python 使用 subprocess 查看进程</a>'
    headline = f'<p class="title is-3">{title}</p>' if link else '<h1 class="title is-3">python 使用 subprocess</h1>'
    return (
        f"<html><head><title>subprocess - A blog</title></head><body>{NAV}<div class='column-main'><div class='card'>"
        '<article class="card-content article"><div class="article-meta"><time datetime="2020-11-23T02:00:00Z">'
        f"2020-11-23</time></div>{headline}<div class='content'><p>时间：2020年11月23日</p>"
        "<p>作者：BirdZhang</p><h2 id='why'><a href='#why' class='headerlink'></a>起因</h2>"
        f"<p>{'需要在脚本里查看某个进程是否还在运行，并把结果过滤出来，于是写了下面这段代码。' * 4}</p></div>"
        "</article></div></div></body></html>"
    )


def test_a_tag_pages_lone_post_shown_whole_lends_it_no_date_or_labels() -> None:
    """Icarus prints a tag page's one post whole, its title a link in a ``<p class=title>``: the post's
    date and "时间："/"作者：" lines are the card's, and the page was archived as an article
    (held-out hexo-icarus-birdzhang, /tags/subprocess/). The post's own page keeps them."""
    tag_page = analysed(_icarus_post_card(link=True), "/tags/subprocess/")
    assert not tag_page.labelled and not tag_page.has_date
    post = analysed(_icarus_post_card(link=False), "/2020/11/23/python-subprocess/")
    assert post.labelled and post.has_date


def wire_card_page(title: str, cards: list[tuple[str, str]], *, heading: str = "") -> str:
    """A newswire page showing ``cards`` (slug, title) in the listings' card markup, each with the post's whole
    text, its date and a "Read more" link: a tag page of one post, or a post showing its successor."""
    shown = "".join(
        f'<table class="feature-story"><tr><td class="feature-title"><b><a href="/news/{slug}/">{headline.upper()}'
        f'</a></b></td><td class="feature-date"><b>Jun 3 2025</b></td></tr><tr><td class="feature-content">'
        f"<p><small>by Community Desk</small></p>{heading}"
        + f"{headline}: the whole story of the people in the square, the police lines and the night after. " * 8
        + f'<p><a href="/news/{slug}/">Read more...</a></p></td></tr></table>'
        for slug, headline in cards
    )
    return (
        f"<html><head><title>{title} - newswire</title></head><body><table><tr>"
        '<td class="left-column"><a href="/"><img src="/logo.png"></a><a href="/publish">publish</a></td>'
        f'<td class="center-column"><div><b><a href="/">HOME</a></b> &gt; {title}</div>{shown}'
        '<p><a href="/">« Back to home</a></p></td></tr></table></body></html>'
    )


def test_a_tag_page_of_one_post_in_the_listings_card_markup_is_a_listing() -> None:
    """hugo-indymedia-pt: a tag page of one post shows the post's card (title link in <b>, date, whole text,
    "Read more") exactly as the category pages show theirs. It is a listing of one record, not the post; a
    post that shows one card of its own family (its successor) stays the post."""
    model = SiteModel()
    for page, url in ((1, "/categories/harbour/"), (2, "/categories/harbour/page/2/")):
        analysis = analysed(wire_category_page(page), url)
        model.observe(analysis)
        assert model.classify(analysis, has_body=True, expected_listing=page > 1).role == LISTING
    slug, headline = WIRE_POSTS[0]
    tag = analysed(wire_card_page("Harbour strike", [(slug, headline)]), "/tags/harbour-strike/")
    model.observe(tag)
    decision = model.classify(tag, has_body=True)
    assert decision.role == LISTING, decision.reason
    assert [u for g in decision.listing_groups for u in g.urls] == [f"{H}/news/{slug}/"]
    # a headline of two words reads like no headline; the card's markup is the listings' all the same
    short = analysed(wire_card_page("Novels", [(WIRE_POSTS[2][0], "The dog")]), "/tags/novels/")
    assert not any(g.title_like for g in short.groups if WIRE_POSTS[2][0] in g.urls[0])
    model.observe(short)
    assert model.classify(short, has_body=True).role == LISTING
    # the post itself, showing the next post's card (its own URL family): a post
    post = analysed(wire_card_page(headline, [WIRE_POSTS[1]], heading=f"<h1>{headline}</h1>"), f"/news/{slug}/")
    model.observe(post)
    assert model.classify(post, has_body=True).role == ARTICLE


def test_a_card_of_a_post_no_listing_lists_proves_nothing() -> None:
    """The same one-card page before any listing showed cards in that markup, or, itself a listing's record,
    linking a page no listing lists, is not taken for a listing by its card (a post's one dated card of an
    unlisted page dates nothing)."""
    slug, headline = WIRE_POSTS[0]
    tag_html = wire_card_page("Harbour strike", [(slug, headline)])
    model = SiteModel()
    assert model._card_of_listed_post(analysed(tag_html, "/tags/harbour-strike/")) is None
    for page, url in ((1, "/categories/harbour/"), (2, "/categories/harbour/page/2/")):
        analysis = analysed(wire_category_page(page), url)
        model.observe(analysis)
        model.classify(analysis, has_body=True, expected_listing=page > 1)
    unlisted = analysed(wire_card_page("Harbour strike", [("2025-07-01-unlisted", "A story none lists")]), "/tags/x/")
    model.members.add(unlisted.url, H + "/categories/harbour/")
    assert model._card_of_listed_post(unlisted) is None
    assert model._card_of_listed_post(analysed(tag_html, "/tags/harbour-strike/")) is not None


DOCS_NAV = '<nav><a href="/">Home</a><a href="/blog/">Blog</a><a href="/tutorials/">Tutorials</a></nav>'
GUIDES = [("git-basics", "Git basics"), ("linux-basics", "Linux basics"), ("vagrant-install", "Install Vagrant")]
BLOG = [
    (f"post-{n}", f"Blog post number {n} about network automation", f"2025-0{n % 9 + 1}-1{n % 9}") for n in range(8)
]


def docs_page(title: str, main: str) -> str:
    return (
        f"<html><head><title>{title} - Docs</title></head><body><header>{DOCS_NAV}</header>"
        f'<main><article class="content">{main}</article></main></body></html>'
    )


def docs_home() -> str:
    """A documentation site's home: a long welcome text with a list of its guides, no pager, no dates."""
    prose = "<p>" + "This site collects guides and courses for engineers who automate their networks. " * 12 + "</p>"
    guides = "".join(f'<li><a href="/tutorials/{slug}/">{title} step by step</a></li>' for slug, title in GUIDES)
    return docs_page("Welcome", f"<h1>Welcome</h1>{prose}<ul>{guides}</ul>{prose}")


def guide_page(title: str) -> str:
    """A guide: long undated text and the page's "Last update" line at its foot (the file's last commit)."""
    prose = "<p>" + f"{title}: run the command, read its output, then change the configuration and test. " * 10 + "</p>"
    return docs_page(title, f"<h1>{title}</h1>{prose}<aside><span>Last update: April 22, 2026</span></aside>")


def blog_listing(page: int) -> str:
    posts = BLOG[4 * (page - 1) : 4 * page]
    cards = "".join(
        f'<article class="post"><time datetime="{d}">{d}</time><h2><a href="/blog/{s}/">{t}</a></h2>'
        f"<p>{t}: an excerpt of the post.</p></article>"
        for s, t, d in posts
    )
    pager = '<a href="/blog/page/2/">Older posts</a>' if page == 1 else '<a href="/blog/">Newer posts</a>'
    return docs_page("Blog", f"<h1>Blog</h1>{cards}<div class='pager'>{pager}</div>")


def test_guides_a_welcome_text_lists_wait_for_the_listings_dates() -> None:
    """mkdocs-netdevops: the home's welcome text lists guides that print a "Last update" date, and the crawl
    reads them before the blog's paged listing shows that the site's listings date their posts. They are
    held, not archived, and placed as pages at the crawl's end; the blog's posts are articles."""
    model = SiteModel()
    model.enter(H + "/")
    home = analysed(docs_home(), "/")
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    guides = []
    for slug, title in GUIDES:
        guide = analysed(guide_page(title), f"/tutorials/{slug}/")
        assert guide.has_date
        model.observe(guide)
        assert model.classify(guide, has_body=True).role == "undecided"
        guides.append(guide)
    for page, url in ((1, "/blog/"), (2, "/blog/page/2/")):
        listing = analysed(blog_listing(page), url)
        model.observe(listing)
        assert model.classify(listing, has_body=True, expected_listing=page > 1).role == LISTING
    for slug, title, date in BLOG:
        post = analysed(
            docs_page(title, f"<h1>{title}</h1><time datetime='{date}'>{date}</time><p>{title}.</p>"), f"/blog/{slug}/"
        )
        model.observe(post)
        assert model.classify(post, has_body=True).role == ARTICLE
    placed = model.resolve_all([(guide, True, None) for guide in guides])
    assert {d.role for d in placed.values()} == {PAGE}, {u: d.reason for u, d in placed.items()}


def test_guides_on_a_site_whose_listings_date_nothing_are_articles_at_the_crawls_end() -> None:
    """The same guides where no listing ever dates a record: held, then articles by their own dates."""
    model = SiteModel()
    model.enter(H + "/")
    home = analysed(docs_home(), "/")
    model.observe(home)
    model.classify(home, has_body=True)
    guides = [analysed(guide_page(title), f"/tutorials/{slug}/") for slug, title in GUIDES]
    for guide in guides:
        model.observe(guide)
        model.classify(guide, has_body=True)
    placed = model.resolve_all([(guide, True, None) for guide in guides])
    assert {d.role for d in placed.values()} == {ARTICLE}, {u: d.reason for u, d in placed.items()}


STREAM_POSTS = [(f"2025-06-{d:02d}-march-{d}", f"The march of June {d} through the old town") for d in range(1, 13)]


def stream_page(title: str, records: list[tuple[str, str]], pager: str = "") -> str:
    """The newswire's listing markup: a dated card per record, its link the record's URL as given."""
    cards = "".join(
        f'<table class="feature-story"><tr><td class="feature-title"><b><a href="{url}">{headline.upper()}</a></b>'
        f'</td><td class="feature-date"><b>Jun {n + 1} 2025</b></td></tr><tr><td class="feature-content">'
        f'{headline}: what happened, in short.<p><a href="{url}">Read more...</a></p></td></tr></table>'
        for n, (url, headline) in enumerate(records)
    )
    return (
        f"<html><head><title>{title} - newswire</title></head><body><table><tr>"
        '<td class="left-column"><a href="/about">about us</a><a href="/contact">contact</a></td>'
        f'<td class="center-column">{cards}<div>{pager}</div></td></tr></table></body></html>'
    )


def stream_article(title: str, date: str) -> str:
    text = f"{title}: the story told by those who were there, the slogans and the police lines. " * 6
    return (
        f"<html><head><title>{title} - newswire</title></head><body><table><tr>"
        '<td class="left-column"><a href="/about">about us</a><a href="/contact">contact</a></td>'
        f'<td class="center-column"><table class="feature-story"><tr><td class="feature-title"><b>{title}</b></td>'
        f'<td class="feature-date"><b>{date}</b></td></tr><tr><td class="feature-content">{text}</td></tr>'
        "</table></td></tr></table></body></html>"
    )


def front_stream_site(*, sections: bool, feed: bool = False) -> tuple[SiteModel, list[PageAnalysis]]:
    """A home whose stream shows the newswire's posts and, by date among them, its about page; with
    ``sections`` the news section's own pages list the posts too, with ``feed`` a feed read first lists the
    whole stream (a Hugo feed lists every page). Returns the model and the held pages."""
    model = SiteModel()
    model.enter(H + "/")
    posts = [(f"/news/{slug}/", headline) for slug, headline in STREAM_POSTS]
    front = [*posts[:3], ("/about/", "About the newswire"), *posts[3:]]
    for url, _ in front if feed else ():
        model.members.add(H + url, H + "/index.xml")  # as the spider's parse_feed tells the model
    pages = [
        ("/", stream_page("newswire", front[:7], '<a href="/page/2/">Older »</a>'), False),
        ("/page/2/", stream_page("newswire", front[7:], '<a href="/">« Newer</a>'), True),
    ]
    if sections:
        pages += [
            ("/news/", stream_page("News", posts[:5], '<a href="/news/page/2/">Older »</a>'), False),
            ("/news/page/2/", stream_page("News", posts[5:], '<a href="/news/">« Newer</a>'), True),
        ]
    held = []
    about = analysed(stream_article("About the newswire", "Jan 1 2020"), "/about/")
    for url, html, later in pages[:1]:
        listing = analysed(html, url)
        model.observe(listing)
        assert model.classify(listing, has_body=True, expected_listing=later).role == LISTING
    model.observe(about)  # fetched before the stream's later pages and the sections are read
    if model.classify(about, has_body=True).role == "undecided":
        held.append(about)
    for url, html, later in pages[1:]:
        model.reach(H + url)  # the menu links the news section
        listing = analysed(html, url)
        model.observe(listing)
        assert model.classify(listing, has_body=True, expected_listing=later).role == LISTING
    for url, headline in posts:
        post = analysed(stream_article(headline, "Jun 3 2025"), url)
        model.observe(post)
        if model.classify(post, has_body=True).role == "undecided":
            held.append(post)
    return model, held


def test_a_page_only_the_front_stream_lists_beside_filed_posts_is_a_page() -> None:
    """hugo-indymedia-pt: the home's stream shows the about, contact and policy pages by date among the
    posts (a Hugo home lists every regular page). The news section and the categories list every post of
    the stream and never a page of theirs: they are pages. The posts are articles."""
    for feed in (False, True):
        model, held = front_stream_site(sections=True, feed=feed)
        placed = model.resolve_all([(page, True, None) for page in held])
        assert placed.get(H + "/about/") is not None and placed[H + "/about/"].role == PAGE, (feed, placed)
        assert all(d.role == ARTICLE for url, d in placed.items() if "/news/" in url)
        assert all(model.roles[f"{H}/news/{slug}/"] == ARTICLE for slug, _ in STREAM_POSTS)


def test_a_page_in_the_stream_of_a_blog_without_sections_stays_an_article() -> None:
    """The same stream on a site whose home is its only listing: nothing files the posts elsewhere, so
    the one record of another family is an article by its date, as any listed record."""
    model, held = front_stream_site(sections=False)
    placed = model.resolve_all([(page, True, None) for page in held])
    assert placed[H + "/about/"].role == ARTICLE, placed


def test_a_posts_one_link_to_a_profile_an_undated_list_names_is_no_card() -> None:
    """wp-partitopirata: two pages list the party's candidates as bullets in their text (undated lists, 23
    and 54 records), and a post's text links one candidate in a bullet of the same markup. The post is no
    card of the candidate: the markup is no dated listing's and no listing dates the candidate (taken for a
    card, the post dated the candidates' family and made the 23 profiles articles)."""
    names = ["Ada Rossi", "Bruno Verdi", "Carla Neri", "Dario Blu", "Elena Gialli", "Fabio Rosa"]
    bullets = "".join(
        f'<li><a href="/candidates/{n.lower().replace(" ", "-")}/">{n}, candidate</a></li>' for n in names
    )
    model = SiteModel()
    for url in ("/candidates/", "/lists/"):
        listing = analysed(
            docs_page("Candidates", f"<h1>Candidates</h1><div class='entry'><ul>{bullets}</ul></div>"), url
        )
        model.observe(listing)
        assert model.classify(listing, has_body=True).role == LISTING
    text = "<p>" + "The party presents its list for the European elections in every region. " * 6 + "</p>"
    post = analysed(
        docs_page(
            "Our list",
            f"<h1>Our list</h1><time datetime='2019-05-02'>2019-05-02</time><div class='entry'>{text}"
            '<ul><li><a href="/candidates/ada-rossi/">Ada Rossi, candidate</a></li></ul></div>',
        ),
        "/2019/05/our-list/",
    )
    model.observe(post)
    assert model._card_of_listed_post(post) is None
    assert model.classify(post, has_body=True).role != LISTING
