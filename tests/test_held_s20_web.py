"""Shapes of session 20's held-out round (docs/realsites.md, "Held-out round of session 20 (international)"),
written small by hand: a research project's Hugo news whose posts print neither headline nor date (the listing
dates them, ``<title>`` names them) while a few interviews name their day in their text; a Sphinx/ABlog blog whose
theme leaves a ``<div>`` open inside its sidebar's ``<nav>`` and ends each heading with a "¶" permalink; and
newsletter posts that paste a whole mailing page, with its own ``og:title`` and a "News" banner, into their text.
Each test fails without its rule; the guards pass on both. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, UNDECIDED, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://project.test"
ALLOWED = frozenset({"project.test"})
PROSE = "<p>The team met to compare the sea-ice model runs, the data sets and the next steps of the work.</p>" * 4


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


# --- news that only its listing dates, a few naming a day in their text ------------------------------------------

NEWS = [(f"/news/item-{n:02d}/", f"Webinar number {n} on sea ice", f"Jun {n:02d}, 2024") for n in range(1, 21)]
TOLD_DAY = {2, 5, 8, 11, 14, 17}  # interviews whose text says the day they were held (under half)


def news_listing(records: list[tuple[str, str, str]], pager: str) -> str:
    cards = "".join(
        f'<div class="summary"><div class="summary-title"><h2><a href="{url}">{headline}</a></h2></div>'
        f'<div class="summary-date"><span class="post-date">{day}</span></div>'
        f'<div class="summary-description"><p>{headline}: a short description.</p></div></div>'
        for url, headline, day in records
    )
    return (
        "<html><head><title>News - Project</title></head><body><div class='header'><a href='/'>Home</a>"
        "<a href='/news/'>News</a><a href='/team/'>Team</a></div><div id='hero'><h1>Project news</h1></div>"
        f"<div class='strip'>{cards}</div><ul class='pagination'>{pager}</ul></body></html>"
    )


def news_post(headline: str, n: int) -> str:
    told = f"<p><em>Monday, June {n}, 2024</em>.</p>" if n in TOLD_DAY else ""
    return (
        f"<html><head><title>{headline} - Project</title></head><body><div class='header'><a href='/'>Home</a>"
        "<a href='/news/'>News</a><a href='/team/'>Team</a></div>"
        "<div id='hero'><span class='hero-section'>news</span><h1></h1></div>"
        f"<div class='container'><div class='service-single'><div class='content'>{told}{PROSE}</div></div></div>"
        "</body></html>"
    )


def news_site() -> tuple[SiteModel, list[PageAnalysis]]:
    """Two listing pages of ten dated cards, then the twenty posts, read in a crawl's order."""
    model = SiteModel()
    model.enter(H + "/")
    held: list[PageAnalysis] = []
    pages = [
        ("/news/", news_listing(NEWS[:10], '<li><a href="/news/page/2/">2</a></li>')),
        ("/news/page/2/", news_listing(NEWS[10:], '<li><a href="/news/">1</a></li>')),
    ]
    pages += [(url, news_post(headline, n)) for n, (url, headline, _) in enumerate(NEWS, start=1)]
    for path, html in pages:
        page = analysed(html, path)
        model.reach(page.url)
        model.observe(page)
        if model.classify(page, has_body=True, expected_listing="/page/" in path).role == UNDECIDED:
            held.append(page)
    return model, held


def test_news_only_the_listing_dates_stay_articles_beside_a_few_that_name_a_day() -> None:
    """hugo-sasip: a project's news posts print no date; their listing prints each one's day. A few interviews say
    the day in their text, so their pages have a date of their own, and with five such articles (six here) the
    posts' layout "dated itself": every other post, dated by the listing only, was taken for a profile page (12 of
    75 archived).
    The layout's evidence is its posts of other URL families; the family's own few do not decide for the rest."""
    model, held = news_site()
    placed = model.resolve_all([(page, True, None) for page in held])
    roles = {url: decision.role for url, decision in placed.items()}
    for url, _, _ in NEWS:
        assert roles.get(H + url, ARTICLE) == ARTICLE, (url, placed.get(H + url))


# --- a sidebar's <nav> left open by the parser ---------------------------------------------------------------------


def sphinx_page(title: str, main: str) -> str:
    """pydata-sphinx-theme's frame: the sidebar's nav opens a div it never closes before ``</nav>``."""
    return (
        f"<html><head><title>{title} — Project documentation</title></head><body><div class='container-xl'>"
        "<div class='row'><div class='col-md-3 bd-sidebar'><form class='bd-search'><input type='search' name='q'>"
        "</form><nav class='bd-links' id='bd-docs-nav'><div class='bd-toc-item active'><ul class='nav bd-sidenav'>"
        "<li class='nav-item'><a class='nav-link' href='/overview.html'>Overview</a></li>"
        "<li class='nav-item'><a class='nav-link' href='/blog/archive.html'>Updates</a></li>"
        "<li class='nav-item'><a class='nav-link' href='/papers.html'>Papers</a></li></ul></nav></div>"
        f"<div class='bd-toc'></div><main class='bd-content' role='main'><div>{main}</div></main>"
        "</div></div><footer><p>© Project</p></footer></body></html>"
    )


def test_a_main_the_parser_left_inside_a_nav_is_moved_out() -> None:
    """ablog-urbangrammar: ``<nav><div class="bd-toc-item">…</nav>``: libxml2 ignores the ``</nav>`` (its div is
    still open) and nests the page's ``<main>`` in the menu, where every list of the blog's archive read as chrome:
    no listing, 8 posts of 44 taken for sections. A browser closes the div at ``</nav>``; ``<main>`` never belongs
    in navigation. Moved out, the archive's dated list is the page's."""
    records = "".join(
        f"<div class='section'><p>2023-0{n}-0{n} - <a href='/blog/post{n}.html'>Project update number {n}</a></p></div>"
        for n in range(1, 8)
    )
    html = sphinx_page(
        "All posts", f"<div class='section'><h2>Posted in <a href='/blog/2023.html'>2023</a></h2>{records}</div>"
    )
    root, _ = parse_html(html)
    main = root.find(".//main")
    assert main is not None and not any(a.tag == "nav" for a in main.iterancestors())
    assert root.find(".//nav").find(".//a[@href='/overview.html']") is not None  # the menu keeps its own links
    page = analyze_page(root, H + "/blog/archive.html", ALLOWED, html)
    listed = [g for g in page.groups if any(u.endswith("/blog/post3.html") for u in g.urls)]
    assert listed and listed[0].dated >= 5
    model = SiteModel()
    model.enter(H + "/")
    model.observe(page)
    assert not model.is_chrome(listed[0], page.url)


def test_a_main_inside_its_own_article_markup_stays() -> None:
    """Guard: a page without the misnesting keeps its tree; a ``<nav>`` inside ``<main>`` (a post's table of
    contents) moves nothing."""
    html = (
        "<html><head><title>Post</title></head><body><nav><a href='/'>Home</a></nav><main><nav class='toc'>"
        "<a href='#a'>A</a></nav><h1>Post</h1>" + PROSE + "</main></body></html>"
    )
    root, _ = parse_html(html)
    main = root.find(".//main")
    assert main.getparent().tag == "body" and main.find("nav") is not None


# --- titles -------------------------------------------------------------------------------------------------------


def test_a_headings_permalink_mark_is_no_part_of_the_title() -> None:
    """ablog-urbangrammar: Sphinx ends each heading with ``<a class="headerlink" href="#id">¶</a>``; a headline whose
    first child is markup (``Contribution to <code>tobler</code>: …``) was read whole, "…interpolation¶"."""
    main = (
        "<section id='contribution'><h1>Contribution to <code class='literal'><span class='pre'>tobler</span></code>: "
        "speeding up areal interpolation<a class='headerlink' href='#contribution' title='Permalink to this heading'>"
        f"¶</a></h1>{PROSE}</section>"
    )
    html = sphinx_page("Contribution to tobler: speeding up areal interpolation", main)
    record = extract_article(html, H + "/blog/post6_tobler.html")
    assert record["title"] == "Contribution to tobler: speeding up areal interpolation"


def test_a_mark_that_is_a_word_stays() -> None:
    """Guard: a heading's link into the page whose text is a word (a footnote's "Note") is its text."""
    html = (
        "<html><head><title>Budget vote Note - Council</title></head><body><main><h1>Budget vote "
        f"<a href='#n1'>Note</a></h1>{PROSE}</main></body></html>"
    )
    assert extract_article(html, H + "/news/budget/")["title"] == "Budget vote Note"


def test_title_cut_at_its_last_spaced_separator_when_no_element_shows_the_headline() -> None:
    """hugo-sasip: the posts print no headline (the hero's ``<h1>`` is empty, outside any ``<main>``); ``<title>`` is
    the last resort, and it was cut at its first separator, hyphens inside words too: "SASIP Webinar #3" for
    "SASIP Webinar #3 - Polly Smith - Oct 27th 3pm - SASIP", "Kick" for "Kick-off meeting - SASIP" (34 of 75)."""
    for headline in ("Webinar #3 - Jane Roe - Oct 27th 3pm", "Kick-off meeting", "Towards a GPU-Parallelization"):
        record = extract_article(news_post(headline, 1), H + "/news/x/")
        assert record["title"] == headline, record["rules"]


def test_title_opening_with_the_hosts_name_keeps_its_rest() -> None:
    """``Site | Headline`` where the first part says the host's name: the headline is the rest (the first part
    was taken before, as "Headline - Site"'s is)."""
    html = news_post("x", 1).replace("<title>x - Project</title>", "<title>Project | Annual meeting - Bergen</title>")
    assert extract_article(html, H + "/news/x/")["title"] == "Annual meeting - Bergen"


def newsletter_post(headline: str) -> str:
    """A post whose Markdown pastes a mailing page whole: its head (title, og:title) and its "News" banner."""
    pasted = (
        "<title>Loading page... | Mailer</title><meta property='og:title' content='Project " + headline + "'>"
        "<table><tr><td><h1 class='last-child'>News</h1><p>Our new preprint is out, and the summer school opens.</p>"
        "</td></tr></table>"
    )
    return news_post(headline, 1).replace("<div class='content'>", f"<div class='content'>{pasted}")


def test_a_pasted_pages_og_title_and_banner_are_not_the_posts_title() -> None:
    """hugo-sasip: newsletter posts paste a whole mailing page into their text. Its banner heading "News" was
    taken as the headline, being "in" ``<title>`` "May Newsletter - SASIP" (as letters of "Newsletter"), and its
    ``<meta property="og:title">``, inside the post's text, as the page's og:title ("SASIP May Newsletter")."""
    record = extract_article(newsletter_post("May Newsletter"), H + "/news/may-newsletter/")
    assert record["title"] == "May Newsletter", record["rules"]


def test_a_heading_that_is_a_word_of_the_title_still_relates() -> None:
    """Guard: a heading saying whole words of ``<title>`` still relates to it ("Budget vote" in "Budget vote -
    Council"), and so does a Han heading inside a Han ``<title>``."""
    html = (
        "<html><head><title>Budget vote - Council</title></head><body><div class='box'><h2>Budget vote</h2>"
        f"</div><div class='text'>{PROSE}</div></body></html>"
    )
    assert extract_article(html, H + "/news/budget/")["title"] == "Budget vote"
    html = (
        "<html><head><title>学院召开年度工作会议_新闻动态_学院</title></head><body><div class='box'>"
        f"<h2>学院召开年度工作会议</h2></div><div class='text'>{PROSE}</div></body></html>"
    )
    assert extract_article(html, H + "/news/1/")["title"] == "学院召开年度工作会议"


def test_a_post_whose_text_lists_a_few_pages_is_held_not_a_listing() -> None:
    """ablog-urbangrammar: a data paper's post lists "Web render", "Interactive map" and "Signature description" (three
    of the site's own pages, undated) in its text. Read before the site's other posts, its family not yet known for
    articles, it was a listing of three records (43 of 44). Its prose outweighs the three links many times over: held,
    and placed at the crawl's end, an article like the family's other posts."""
    archive = "".join(
        f"<div class='section'><p>2022-09-{n:02d} - <a href='/blog/post{n}.html'>Project update number {n}</a></p>"
        "</div>"
        for n in range(1, 9)
    )
    model = SiteModel()
    model.enter(H + "/")
    listing = analysed(
        sphinx_page("All posts", f"<div class='section'><h2>Posted in 2022</h2>{archive}</div>"), "/blog/archive.html"
    )
    model.reach(listing.url)
    model.observe(listing)
    model.classify(listing, has_body=True)
    links = (
        "<ul class='simple'><li><p><a href='/spatial_signatures/'>Web render</a></p></li>"
        "<li><p><a href='/great-britain/'>Interactive map</a></p></li>"
        "<li><p><a href='/story/'>Signature description</a></p></li></ul>"
    )
    main = f"<section id='p1'><h1>Project update number 1</h1>{PROSE}{links}{PROSE}</section>"
    first = analysed(sphinx_page("Project update number 1", main), "/blog/post1.html")
    model.observe(first)
    assert model.classify(first, has_body=True).role == UNDECIDED
    held = [first]
    for n in range(2, 9):
        post = analysed(
            sphinx_page(f"Project update number {n}", f"<section><h1>Project update number {n}</h1>{PROSE}</section>"),
            f"/blog/post{n}.html",
        )
        model.observe(post)
        if model.classify(post, has_body=True).role == UNDECIDED:
            held.append(post)
    placed = model.resolve_all([(page, True, None) for page in held])
    assert placed[first.url].role == ARTICLE, placed[first.url]


def test_a_cms_title_without_spaces_still_gives_its_first_part() -> None:
    """Guard: a CMS's ``<title>`` without spaces ("Headline_Section_Site", "Headline-Site" between Han characters)
    still gives its first part where no element shows the headline; "Headline - Site" in spaced Han text too."""
    prose = "<p>" + "协会召开年度工作会议，总结全年工作。" * 12 + "</p>"
    for doc_title, headline in (
        ("行业资讯_某某市物业管理协会", "行业资讯"),
        ("全部新闻-某某市保安服务协会", "全部新闻"),
        ("门户 - 某某摄影爱好者社区", "门户"),
    ):
        html = f"<html><head><title>{doc_title}</title></head><body><div>{prose}</div></body></html>"
        assert extract_article(html, H + "/a/1.html")["title"] == headline


def test_a_han_title_of_spaced_parts_opens_with_its_headline() -> None:
    """A Chinese forum archive's ``<title>`` "Headline - Section - Forum" (spaced dashes, as the spaced-separator
    rule above reads them) still gives its first part: a title in Han characters opens with the headline, however
    many parts follow (the spaced rule took "Headline - Section" whole, a regression it brought to a Discuz site)."""
    html = news_post("x", 1).replace("<title>x - Project</title>", "<title>年会通知 - 协会新闻 - 某某论坛</title>")
    assert extract_article(html, H + "/news/x/")["title"] == "年会通知"
