"""Site shapes measured on real sites' built HTML (docs/realsites.md), written small by hand: what made
tag pages, section fronts and CMS listing pages look like something they are not. Pure."""

from __future__ import annotations

from types import SimpleNamespace

from scrapy.http import Request, Response

from archiver.crawler.site_boundary import SiteBoundaryMiddleware
from archiver.discovery.completeness import ListingTally, report
from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html
from spiders.learned import LearnedCrawl

H = "http://blog.test"
ALLOWED = frozenset({"blog.test"})
NAV = '<nav><a href="/">Home</a><a href="/tags/">Tags</a><a href="/about/">About</a></nav>'


def analysis(html: str, url: str):
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


def tag_page(posts: list[tuple[str, str, str]]) -> str:
    """A Hexo/Hugo tag page: each entry an <article> with microdata, its date and its title link."""
    entries = "".join(
        f'<article itemscope itemtype="http://schema.org/BlogPosting"><div class="meta">'
        f'<time datetime="{day}T10:00:00Z" itemprop="datePublished">{day}</time></div>'
        f'<h3 class="article-title"><a href="{url}">{title}</a></h3></article>'
        for url, title, day in posts
    )
    return (
        '<html><head><title>Tag: tutorial</title><meta property="og:type" content="website">'
        f'</head><body>{NAV}<main><h1>Tag: tutorial</h1><div class="row">{entries}</div></main>'
        "</body></html>"
    )


POST = ("/2021/11/22/learning-git/", "Notes on learning git, part one", "2021-11-23")
OTHER = ("/2021/11/21/hexo-indent/", "Why the first line indent of hexo vanished", "2021-11-21")


def test_microdata_dates_of_a_listings_entries_do_not_date_the_listing() -> None:
    page = analysis(tag_page([POST, OTHER]), "/tags/tutorial/")
    assert not page.has_date and not page.article_signals
    post = analysis(
        "<html><head><title>Notes on learning git</title></head><body><article><h1>Notes on learning git</h1>"
        '<time itemprop="datePublished" datetime="2021-11-23">2021-11-23</time><p>Text.</p></article></body></html>',
        POST[0],
    )
    assert post.has_date and post.article_signals  # an article's own microdata still counts


def test_a_tag_page_that_a_tag_cloud_lists_is_a_listing_even_with_one_entry() -> None:
    model = SiteModel()
    cloud = analysis(
        f"<html><head><title>Tags</title></head><body>{NAV}<main><h1>Tags</h1>"
        '<div class="cloud"><h2><a href="/tags/tutorial/">tutorial</a></h2><a href="/tags/git/">git</a></div>'
        "</main></body></html>",
        "/tags/",
    )
    home = analysis(
        f"<html><head><title>Blog</title></head><body>{NAV}<main>"
        + "".join(
            f'<div class="post"><h2><a href="{u}">{t}</a></h2><span>{d}</span></div>' for u, t, d in (POST, OTHER)
        )
        + "</main></body></html>",
        "/",
    )
    for page in (home, cloud):
        model.observe(page)
        assert model.classify(page, has_body=True).role == LISTING
    assert model.is_member(H + "/tags/tutorial/")  # the cloud's heading link made it a record
    single = analysis(tag_page([POST]), "/tags/tutorial/")
    model.observe(single)
    decision = model.classify(single, has_body=True)
    assert decision.role == LISTING, decision.reason
    assert model.is_member(H + POST[0])


def test_a_short_post_listed_by_a_listing_is_not_taken_for_a_tag_page() -> None:
    """The heading-link rule asks a listing's record to head with a link to a listed article: a short
    post whose first heading links to an outside reference is still a post."""
    model = SiteModel()
    home = analysis(
        f"<html><head><title>Blog</title></head><body>{NAV}<main>"
        + "".join(
            f'<div class="post"><h2><a href="{u}">{t}</a></h2><span>{d}</span></div>' for u, t, d in (POST, OTHER)
        )
        + "</main></body></html>",
        "/",
    )
    model.observe(home)
    model.classify(home, has_body=True)
    short = analysis(
        "<html><head><title>Why the first line indent vanished</title></head><body>"
        f'{NAV}<article><h2><a href="/docs/hexo-config/">See the hexo config page</a></h2>'
        "<span>2021-11-21</span><p>It was the theme.</p></article></body></html>",
        OTHER[0],
    )
    model.observe(short)
    assert model.classify(short, has_body=True).role == ARTICLE
    # a short post whose next heading is a related post's link: a list of headlines listed it
    related = analysis(
        "<html><head><title>Notes on learning git, part one</title></head><body>"
        f"{NAV}<article><h1>Notes on learning git, part one</h1><span>2021-11-23</span><p>Short.</p></article>"
        f'<section><h4><a href="{OTHER[0]}">{OTHER[1]}</a></h4></section></body></html>',
        POST[0],
    )
    assert related.heading_link == H + OTHER[0]
    model.observe(related)
    assert model.classify(related, has_body=True).role == ARTICLE


def section_front(boxes: int) -> str:
    """A CMS section front: one box per category, each ending in an image "more" link to the category
    listing, named by its id (factory_140.html, factory_139.html …)."""
    parts = []
    for index in range(boxes):
        category = 140 - index
        items = "".join(
            f'<li class="newslist"><span class="fr">08/2{n}</span><a href="/factory/factory{category * 4 + n}.html">'
            f"Notes on the audit of category {category}, part {n}</a></li>"
            for n in range(4)
        )
        parts.append(
            f'<div class="box"><div class="title2"><span class="fr more"><a href="factory_{category}.html">'
            f'<img src="/more.jpg" alt=""></a></span><h2>Category {category}</h2></div><ul>{items}</ul></div>'
        )
    return f"<html><head><title>Factory audits</title></head><body>{NAV}{''.join(parts)}</body></html>"


def test_category_ids_are_no_pager() -> None:
    page = analysis(section_front(12), "/factory/")
    assert page.pagination == []
    # the "more" links are still followed, as links to explore
    assert any(H + "/factory/factory_140.html" in g.urls for g in page.groups)


def test_a_real_pager_beside_id_links_is_kept() -> None:
    html = section_front(3).replace(
        "</body>", '<div class="pages"><a href="factory_2.html">2</a><a href="factory_9.html">9</a></div></body>'
    )
    page = analysis(html, "/factory/")
    assert {ref.number for ref in page.pagination} == {2, 9, 140, 139, 138}
    second = analysis(
        section_front(0).replace("</body>", '<a href="/f/list_3.html">3</a><a href="/f/list_1.html">1</a></body>'),
        "/f/list_2.html",
    )
    assert {ref.number for ref in second.pagination} == {1, 3}


def cms_listing_page(number: int) -> str:
    """A CMS listing page whose articles share its URL shape: /auth/auth_11_3.html lists /auth/auth78.html."""
    items = "".join(
        f'<li class="catlist_li"><span class="fr">2012-08-21 16:{n:02d}</span>'
        f'<a href="/auth/auth{number * 20 + n}.html">Audit checklist for social compliance, number {n}</a></li>'
        for n in range(12)
    )
    about = "<p>" + "We help factories pass their customers' audits. " * 12 + "</p>"
    return (
        f"<html><head><title>Certification</title></head><body>{NAV}<div class='side'>{about}</div>"
        f'<div class="catlist"><ul>{items}</ul><div class="pages"><a href="/auth/auth_11.html">1</a>'
        f'<a href="/auth/auth_11_{number + 1}.html">{number + 1}</a></div></div></body></html>'
    )


def test_a_dated_list_of_headlines_is_a_listing_whatever_its_urls() -> None:
    model = SiteModel()
    page = analysis(cms_listing_page(3), "/auth/auth_11_3.html")
    model.observe(page)
    decision = model.classify(page, has_body=True, expected_listing=True)
    assert decision.role == LISTING
    assert sum(len(g.urls) for g in decision.listing_groups) == 12


def test_completeness_counts_a_record_placed_under_its_redirect() -> None:
    """/members/a answers 301 to /members/a/; one listing links the first, another the second, and the
    crawl decides the page under one of them only. Neither listing is short of articles."""
    crawl = SimpleNamespace(redirects={}, redirected_from={}, model=SiteModel())
    note = LearnedCrawl.note_redirect.__get__(crawl)
    middleware = SiteBoundaryMiddleware(
        SimpleNamespace(spider=SimpleNamespace(allowed_netlocs=ALLOWED, note_redirect=note))
    )  # type: ignore[arg-type]
    for name in ("ann", "bob", "cy"):
        request = Request(f"{H}/members/{name}")
        middleware.process_response(
            request, Response(request.url, status=301, headers={"Location": f"/members/{name}/"})
        )
    placed = {f"{H}/members/{name}": (PAGE, "a profile") for name in ("ann", "bob", "cy")}
    role = LearnedCrawl._placed_role.__get__(crawl)
    for url in (f"{H}/members/ann", f"{H}/members/ann/"):
        assert role(url, placed) == PAGE
    tally = ListingTally("Members", H + "/categories/members/")
    tally.see_page(tally.url, [f"{H}/members/{n}/" for n in ("ann", "bob", "cy")], [], None, None, True)
    tally.not_articles = sum(1 for url in tally.discovered if role(url, placed) == PAGE)
    assert report([tally], {tally.url: 0})[1] is None


def test_a_listing_page_known_under_its_redirect_counts_once() -> None:
    """Jekyll's pager links /page2, which answers 301 with /page2/: eight pages, not thirteen."""
    tally = ListingTally("Blog", H + "/")
    posts = [f"{H}/post-{n}/" for n in range(75)]
    pages = [f"{H}/page{n}" for n in range(2, 9)]
    tally.see_page(H + "/", posts[:10], pages[:3], None, None, False)
    for number in range(2, 9):
        name = f"{H}/page{number}" if number < 5 else f"{H}/page{number}/"  # fetched under either name
        start = (number - 1) * 10
        tally.see_page(name, posts[start : start + 10], pages, None, None, number == 8)
    redirects = {f"{H}/page{n}": f"{H}/page{n}/" for n in range(2, 9)}
    assert tally.estimated() > 75  # /page5 … /page8 look unfetched
    tally.merge_redirected(redirects)
    assert tally.estimated() == 75
    assert report([tally], {tally.url: 75})[1] is None


LANDING_NAV = (
    '<div class="menu"><ul><li><a href="/blog/">Blog</a></li><li><a href="/airdrops/">Airdrops</a></li>'
    '<li><a href="/disclaimer/">Disclaimer</a></li></ul></div>'
)


def jekyll_page(title: str, body: str, sidebar: str = "") -> str:
    """A Jekyll theme that marks every page as an article (og:type, a date), posts and landing pages alike."""
    return (
        f'<html><head><title>{title}</title><meta property="og:type" content="article"></head><body>'
        f"{LANDING_NAV}<div class='main'><h1>{title}</h1><span class='date'>2021-03-04</span>{body}</div>"
        f"{sidebar}</body></html>"
    )


def test_a_landing_page_in_the_posts_url_shape_is_a_page_when_listings_list_every_post() -> None:
    """/:title/ posts, all listed by the home's pages; /airdrops/ shares their URL shape and their
    article markup, but only the menu links it. A post that only a "recent posts" box links is a post."""
    posts = [(f"/crypto-post-{n}/", f"What happened to the market in week {n}") for n in range(8)]
    listed, unlisted = posts[:7], posts[7]
    model = SiteModel()
    home = analysis(
        jekyll_page(
            "Blog",
            "".join(
                f'<div class="card"><h2><a href="{u}">{t}</a></h2><p>2021-0{n % 9 + 1}-02</p></div>'
                for n, (u, t) in enumerate(listed)
            ),
        ),
        "/",
    )
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    recent = (
        "<aside class='recent'>"
        + "".join(f'<p><a href="{u}">{t}</a></p>' for u, t in (*listed[:3], unlisted))
        + "</aside>"
    )
    for url, title in listed:
        page = analysis(jekyll_page(title, "<p>" + "Prose of the post. " * 30 + "</p>", recent), url)
        model.observe(page)
        assert model.classify(page, has_body=True).role == ARTICLE
    landing = analysis(jekyll_page("Airdrops", "<p>" + "Upcoming airdrops and bonuses. " * 30 + "</p>"), "/airdrops/")
    model.observe(landing)
    assert model.classify(landing, has_body=True).role == "undecided"
    assert model.resolve(landing, has_body=True).role == PAGE
    sidebar_post = analysis(jekyll_page(unlisted[1], "<p>" + "Prose of the post. " * 30 + "</p>", recent), unlisted[0])
    model.observe(sidebar_post)
    assert model.classify(sidebar_post, has_body=True).role == ARTICLE


def test_a_labelled_cms_article_beside_a_box_of_headlines_is_an_article() -> None:
    """A CMS article page (发布日期 line, prose) whose side column lists 14 articles of its section: reached
    through a "more" link rather than a listing, it is still an article, not a listing."""
    box = "".join(
        f'<li class="newslist"><a href="/factory/factory{200 + n}.html">Walmart audit notes, chapter {n}</a></li>'
        for n in range(14)
    )
    html = (
        f"<html><head><title>BSCI audit pass rates</title></head><body>{NAV}"
        f'<div class="m_l"><div class="bboby"><ul>{box}</ul></div></div>'
        '<div class="m_r"><div class="content-detail"><h1>BSCI audit pass rates</h1>'
        '<div class="info"><span>发布日期：2012-08-20 12:48</span></div>'
        + "<p>"
        + "BSCI统计了各公证行的审核通过率，总体通过率数据比上一年度有了很大的提高。" * 12
        + "</p>"
        + "</div></div></body></html>"
    )
    model = SiteModel()
    for n in range(3):  # the box's articles are known articles of the site
        model.roles[f"{H}/factory/factory{200 + n}.html"] = ARTICLE
    page = analysis(html, "/factory/factory140.html")
    assert page.labelled and page.has_date
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING


def test_a_section_only_the_sitemap_leads_to_is_no_articles() -> None:
    """A Hugo site's sitemap lists a theme's demo section (/test/*/) that no link from the home reaches:
    dated, listed by its own category page, shaped like posts. Navigation finds the site's articles;
    the demo posts are pages. An orphan of an article template the site shows stays an article."""
    news = [(f"/news/lab/paper-{n}/", f"Our paper number {n} was accepted at the conference") for n in range(6)]
    model = SiteModel()
    model.enter(H + "/")
    home = analysis(
        f"<html><head><title>Lab</title></head><body>{NAV}<main>"
        + "".join(
            f'<div class="card"><h2><a href="{u}">{t}</a></h2><p>2023-0{n + 1}-12</p></div>'
            for n, (u, t) in enumerate(news)
        )
        + "</main></body></html>",
        "/",
    )
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING

    def post(title: str, url: str) -> PageAnalysis:
        return analysis(
            f"<html><head><title>{title}</title></head><body>{NAV}<article><h1>{title}</h1>"
            f"<h4>时间：2023-08-12</h4><p>{'Prose of the post. ' * 20}</p></article></body></html>",
            url,
        )

    for url, title in news[:5]:
        page = post(title, url)
        model.observe(page)
        assert model.classify(page, has_body=True).role == ARTICLE
    demos = [(f"/test/category_{n}/", f"A demo post of the theme, number {n}") for n in range(4)]
    category = analysis(
        f"<html><head><title>Test</title></head><body>{NAV}<main>"
        + "".join(
            f'<div class="card"><h2><a href="{u}">{t}</a></h2><p>2023-08-1{n}</p></div>'
            for n, (u, t) in enumerate(demos)
        )
        + "</main></body></html>",
        "/categories/test/",
    )
    model.observe(category)
    model.classify(category, has_body=True)
    demo = post(demos[0][1], demos[0][0])
    model.observe(demo)
    assert model.classify(demo, has_body=True).role == "undecided"
    assert model.resolve(demo, has_body=True).role == PAGE
    orphan = post(news[5][1], news[5][0])  # in the sitemap only, but of the site's article template
    model.pending_links.pop(H + news[5][0], None)
    model.navigable.discard(H + news[5][0])
    model.observe(orphan)
    assert model.resolve(orphan, has_body=True).role == ARTICLE


def test_a_post_a_listing_shows_in_other_markup_is_no_landing_page() -> None:
    """A WordPress listing page shows a post of two categories with class names of its own
    (``article.category-events.category-news``): not one of the main list's records, still a headline in
    the list's own markup, so a post."""
    posts = [
        (f"/2024/10/meeting-no-{n}-on-security/", f"The centre holds meeting no. {n} on security") for n in range(7)
    ]
    sticky = ("/2024/09/meeting-no-32-on-guard-skills/", "Guards on duty hold meeting no. 32 on guard skills")
    model = SiteModel()
    page = analysis(
        f"<html><head><title>Blog</title></head><body>{NAV}<main>"
        f'<article class="category-events category-news"><h2><a href="{sticky[0]}">{sticky[1]}</a></h2></article>'
        + "".join(
            f'<article class="post"><h2><a href="{u}">{t}</a></h2><p>2024-10-0{n + 1}</p></article>'
            for n, (u, t) in enumerate(posts)
        )
        + "</main></body></html>",
        "/",
    )
    model.observe(page)
    assert model.classify(page, has_body=True).role == LISTING
    for url, title in posts:
        post = analysis(
            f'<html><head><title>{title}</title><meta property="og:type" content="article"></head><body>{NAV}'
            f"<article><h1>{title}</h1><time>2024-10-01</time><p>{'Prose. ' * 40}</p></article></body></html>",
            url,
        )
        model.observe(post)
        assert model.classify(post, has_body=True).role == ARTICLE
    post = analysis(
        f'<html><head><title>{sticky[1]}</title><meta property="og:type" content="article"></head><body>{NAV}'
        f"<article><h1>{sticky[1]}</h1><time>2024-09-01</time><p>{'Prose. ' * 40}</p></article></body></html>",
        sticky[0],
    )
    model.observe(post)
    assert model.resolve(post, has_body=True).role == ARTICLE


def test_a_banner_on_every_page_is_no_listing_headline() -> None:
    """The home's promotion banner links a landing page by a long text: the first listing page is read
    before any other page shows the banner, so whether it is chrome is asked at the crawl's end."""
    posts = [(f"/crypto-post-{n}/", f"What happened to the market in week {n}") for n in range(7)]
    banner = (
        '<div class="promo"><a href="/blackfriday/">Eternal Black Friday: coupon deals for crypto wallets</a></div>'
    )
    model = SiteModel()
    home = analysis(
        jekyll_page(
            "Blog",
            banner
            + "".join(
                f'<div class="card"><h2><a href="{u}">{t}</a></h2><p>2021-0{n + 1}-02</p></div>'
                for n, (u, t) in enumerate(posts)
            ),
        ),
        "/",
    )
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    for url, title in posts:
        page = analysis(jekyll_page(title, banner + "<p>" + "Prose of the post. " * 30 + "</p>"), url)
        model.observe(page)
        assert model.classify(page, has_body=True).role == ARTICLE
    landing = analysis(jekyll_page("Eternal Black Friday", "<p>" + "Coupon deals. " * 40 + "</p>"), "/blackfriday/")
    model.observe(landing)
    assert model.resolve(landing, has_body=True).role == PAGE


def test_a_related_box_that_mixes_posts_and_a_landing_page_is_no_evidence() -> None:
    """Posts' "related" boxes link posts, two guides and a landing page (8 of the 10 other targets are
    listed posts): a slot links articles only when nearly all its other targets are listed articles (a
    recent-posts box, previous/next links)."""
    posts = [(f"/crypto-post-{n}/", f"What happened to the market in week {n}") for n in range(8)]
    model = SiteModel()
    home = analysis(
        jekyll_page(
            "Blog",
            "".join(
                f'<div class="card"><h2><a href="{u}">{t}</a></h2><p>2021-0{n % 9 + 1}-02</p></div>'
                for n, (u, t) in enumerate(posts)
            ),
        ),
        "/",
    )
    model.observe(home)
    model.classify(home, has_body=True)
    for index, (url, title) in enumerate(posts):
        others = [p for p in posts if p[0] != url][index % 4 : index % 4 + 4]
        related = "<aside class='related'><ol>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in others)
        related += (
            '<li><a href="/airdrops/">Upcoming airdrops and token bonuses</a></li>'
            '<li><a href="/guide-to-lending/">A guide to lending your coins safely</a></li>'
            '<li><a href="/guide-to-wallets/">A guide to choosing a hardware wallet</a></li></ol></aside>'
        )
        page = analysis(jekyll_page(title, "<p>" + "Prose of the post. " * 30 + "</p>", related), url)
        model.observe(page)
        assert model.classify(page, has_body=True).role == ARTICLE
    landing = analysis(jekyll_page("Airdrops", "<p>" + "Upcoming airdrops and bonuses. " * 30 + "</p>"), "/airdrops/")
    model.observe(landing)
    assert model.resolve(landing, has_body=True).role == PAGE


def test_a_slot_of_articles_no_listing_lists_is_no_evidence() -> None:
    """A glossary entry's in-text links point at strategy documents (articles by a profile's pattern, no
    listing's records) and at a landing page: the slot links no listed articles, so it vouches for none."""
    posts = [(f"/crypto-post-{n}/", f"What happened to the market in week {n}") for n in range(6)]
    model = SiteModel()
    home = analysis(
        jekyll_page(
            "Blog",
            "".join(
                f'<div class="card"><h2><a href="{u}">{t}</a></h2><p>2021-0{n + 1}-02</p></div>'
                for n, (u, t) in enumerate(posts)
            ),
        ),
        "/",
    )
    model.observe(home)
    model.classify(home, has_body=True)
    for url, title in posts:
        page = analysis(jekyll_page(title, "<p>" + "Prose of the post. " * 30 + "</p>"), url)
        model.observe(page)
        model.classify(page, has_body=True)
    documents = [f"/strategy/doc-{n}/" for n in range(9)]
    for url in documents:
        model.roles[H + url] = ARTICLE  # placed by a profile's article pattern
    glossary = analysis(
        jekyll_page(
            "Glossary: lending",
            "<div class='indepth'>"
            + "".join(
                f'<p>See <a href="{u}">the strategy document number {n}</a>.</p>' for n, u in enumerate(documents)
            )
            + '<p>See <a href="/blackfriday/">the coupon deals of the week</a>.</p></div>',
        ),
        "/glossary/lending/",
    )
    model.observe(glossary)
    landing = analysis(jekyll_page("Eternal Black Friday", "<p>" + "Coupon deals. " * 40 + "</p>"), "/blackfriday/")
    model.observe(landing)
    assert model.resolve(landing, has_body=True).role == PAGE


def test_a_home_that_refreshes_elsewhere_leads_there() -> None:
    model = SiteModel()
    model.enter(H + "/")
    home = analysis(
        '<html><head><title>x</title><meta http-equiv="refresh" content="0; url=/portal/index.html"></head>'
        "<body></body></html>",
        "/",
    )
    assert home.refresh == H + "/portal/index.html"
    model.observe(home)
    assert H + "/portal/index.html" in model.navigable


def test_the_home_under_a_second_url_does_not_make_a_sections_first_page_chrome() -> None:
    """The aspnet gallery portal's intermittent miss: its home answers at / and /Default.aspx, and its box
    of the latest news lists what the "all news" section's first page lists. Fetched before that page,
    /Default.aspx counted the box a third time and the section page read as chrome, not a listing;
    the order of two requests decided whether a column's articles were ever requested."""
    latest = [(f"/News/Show.aspx?id={4000 + n}", f"The association holds its meeting number {n}") for n in range(8)]
    box = "".join(f'<li><a href="{u}">{t}</a><span>2024/11/{n + 10}</span></li>' for n, (u, t) in enumerate(latest))
    home_html = (
        f'<html><head><title>Association</title></head><body>{NAV}<div class="news"><ul>{box}</ul></div></body></html>'
    )
    section_html = (
        f"<html><head><title>All news</title></head><body>{NAV}<table class='list'>"
        + "".join(
            f'<tr><td><a href="{u}">{t}</a></td><td>2024/11/{n + 10}</td></tr>' for n, (u, t) in enumerate(latest)
        )
        + '</table><div class="pager"><a href="list.aspx?classid=0&amp;page=2">2</a></div></body></html>'
    )
    for order in (("/", "/Default.aspx"), ("/Default.aspx", "/")):
        model = SiteModel()
        for url in order:
            model.observe(analysis(home_html, url))
        section = analysis(section_html, "/News/list.aspx?classid=0")
        model.observe(section)
        assert model.classify(section, has_body=True, expected_listing=False).role == LISTING


SIDEBAR = (
    '<div class="side"><h3>Contact us</h3><p>'
    + "联系人：傅先生，电话 021-57781112，传真 021-57881006，邮箱 service@example.cn，地址：上海市松江区某路 88 号。"
    * 4
    + '</p><h3>Top hits</h3><ul class="hot">'
    + "".join(f'<li><a href="/factory/factory{n}.html">热门文章标题第{n}篇</a></li>' for n in range(60, 75))
    + "</ul></div>"
)


def cms_page(title: str, main: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{NAV}{SIDEBAR}<div class='main'>{main}</div></body></html>"


def test_a_sections_dated_sub_listing_is_a_listing_though_the_section_front_lists_it_like_an_article() -> None:
    """cms-shirui: /factory/ lists its sub-listings (factory_140.html …) by title and picture, as a listing
    lists articles; each sub-listing is a dated list of articles (factory71.html …) beside a sidebar of
    contact prose. Once extraction found a body in such a list, 46 of them were archived as articles."""
    model = SiteModel()
    front = analysis(
        cms_page(
            "客户验厂",
            "".join(
                f'<div class="item"><a href="/factory/factory_{n}.html"><img src="/i/{n}.jpg"></a>'
                f'<h4><a href="/factory/factory_{n}.html">验厂咨询专题{n}</a></h4>'
                f"<span>2012-08-{n - 120:02d}</span></div>"
                for n in range(130, 141)
            ),
        ),
        "/factory/",
    )
    model.observe(front)
    assert model.classify(front, has_body=True).role == LISTING
    for n in (71, 72, 73):
        article = analysis(
            cms_page(
                f"验厂文章{n}",
                f"<h1>验厂文章{n}</h1><p>发布时间：2012-08-20 12:4{n - 70}</p><p>{'正文内容。' * 80}</p>",
            ),
            f"/factory/factory{n}.html",
        )
        model.observe(article)
    sub = analysis(
        cms_page(
            "WalMart验厂咨询专题",
            "<h2>WalMart验厂咨询专题</h2><p>更新：<time datetime='2014-07-16'>2014-07-16</time></p><ul class='list'>"
            + "".join(
                f'<li><span>2012-08-20 12:4{n - 70}</span><a href="/factory/factory{n}.html">验厂文章{n}</a></li>'
                for n in (71, 72, 73)
            )
            + "</ul>",
        ),
        "/factory/factory_140.html",
    )
    model.observe(sub)
    decision = model.classify(sub, has_body=True)
    assert decision.role == LISTING, decision.reason


def _factory_section(model: SiteModel) -> None:
    """The section front, three articles and one known sub-listing (factory_140.html) of cms-shirui's shape."""
    front = analysis(
        cms_page(
            "客户验厂",
            "".join(
                f'<div class="item"><h4><a href="/factory/factory_{n}.html">验厂咨询专题{n}</a></h4></div>'
                for n in range(100, 144)
            ),
        ),
        "/factory/",
    )
    model.observe(front)
    assert model.classify(front, has_body=True).role == LISTING
    for n in (71, 72, 73, 79, 130, 131):
        article = analysis(
            cms_page(
                f"验厂文章{n}", f"<h1>验厂文章{n}</h1><p>发布时间：2012-08-20 12:40</p><p>{'正文内容。' * 80}</p>"
            ),
            f"/factory/factory{n}.html",
        )
        model.observe(article)
        model.classify(article, has_body=True)


def _sub_listing(url: str, entries: tuple[int, ...]) -> PageAnalysis:
    return analysis(
        cms_page(
            "验厂咨询专题",
            "<h2>验厂咨询专题</h2><div class='catlist'><ul>"
            + "".join(
                f'<li class="catlist_li"><span class="fr">2012-08-19 12:5{n % 10}</span>'
                f'<a href="/factory/factory{n}.html" title="验厂文章{n}">验厂文章{n}</a></li>'
                for n in entries
            )
            + "</ul></div>",
        ),
        url,
    )


def test_a_sub_listing_of_two_dated_entries_is_a_listing() -> None:
    """cms-shirui's factory_142.html: two dated entries named factory{n}.html, fewer than a list of
    headlines needs, in a page named factory_{n}.html that the section front lists like an article."""
    model = SiteModel()
    _factory_section(model)
    sub = _sub_listing("/factory/factory_142.html", (131, 130))
    model.observe(sub)
    decision = model.resolve(sub, has_body=True)  # before: "a listing's record in a family of dated articles"
    assert decision.role == LISTING, decision.reason


def test_a_sub_listing_of_one_entry_is_a_listing_once_its_siblings_are() -> None:
    """cms-shirui's factory_102.html: one dated entry, the page's only date. Held until a page named
    like it (factory_140.html) is known to be a listing; a listing then, whatever the order."""
    model = SiteModel()
    _factory_section(model)
    one = _sub_listing("/factory/factory_102.html", (79,))
    assert one.has_date  # the entry's date is outside any group of two records: the page's, it seems
    model.observe(one)
    assert model.classify(one, has_body=True).role == UNDECIDED
    known = _sub_listing("/factory/factory_140.html", (71, 72, 73))
    model.observe(known)
    assert model.classify(known, has_body=True).role == LISTING
    decision = model.resolve(one, has_body=True)
    assert decision.role == LISTING, decision.reason
    later = _sub_listing("/factory/factory_103.html", (72,))
    model.observe(later)
    assert model.classify(later, has_body=True).role == LISTING


def test_a_short_post_with_one_dated_link_of_another_family_stays_a_post() -> None:
    """A short CMS post whose one dated link leads to a page named otherwise (a related entry) is a post:
    no page named like it is a listing."""
    model = SiteModel()
    _factory_section(model)
    post = analysis(
        cms_page(
            "验厂文章80",
            "<h1>验厂文章80</h1><p>发布时间：2012-08-20 12:40</p><p>沃尔玛验厂</p><ul class='rel'>"
            '<li><span>2012-08-19</span><a href="/factory/factory_140.html">验厂咨询专题140</a></li></ul>',
        ),
        "/factory/factory80.html",
    )
    model.observe(post)
    model.members.add(post.url, H + "/factory/")
    assert model.resolve(post, has_body=True).role == ARTICLE


def test_a_page_names_shape_is_its_paths_never_its_host() -> None:
    from archiver.discovery.sitemodel import name_shape

    assert name_shape("http://127.0.0.1:8000/factory/factory_140.html?x=1#top") == "factory_{n}.html"
    assert name_shape("http://127.0.0.1:8000/news/2/") == "{n}"
    assert name_shape("http://127.0.0.1:8000/") is None  # the home: its host:port is no page name
    assert name_shape("http://127.0.0.1:8000/about/") is None
