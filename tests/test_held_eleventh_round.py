"""Shapes of the eleventh held-out round (docs/realsites.md, "Held-out sites, eleventh round"), written small by
hand: a front-end team's Hexo blog whose theme declares no language, on which a Chinese post may carry a title in
Latin letters and prints the day Hexo's UTC instant falls on at +08:00; and a community's Hexo site (an Icarus-like
theme) whose post cards hold a picture box beside the text box in the cards that have a picture, and whose tag
pages of one or two posts show each post whole in the post's own layout, its headline a link to the post. Pure."""

from __future__ import annotations

from archiver.discovery.article_templates import FetchedPage, template_report, template_tallies
from archiver.discovery.page import analyze_page
from archiver.discovery.sitemodel import SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "https://team.test"
ALLOWED = frozenset({"team.test"})
CHINESE = (
    "<p>我们在项目里同时用到了两种方式来管理公共模块的代码，本文比较它们在日常开发中的差别，"
    "包括初始化仓库、拉取更新、提交修改以及在持续集成里构建时各自需要注意的地方。</p>"
    "<p>结论是：公共模块改动频繁的团队更适合后一种方式，而需要严格锁定版本的项目仍然可以继续使用前一种。</p>"
)
ENGLISH = (
    "<p>We use both ways of sharing a common module in our projects, and this post compares them in daily work: "
    "setting up the repository, pulling updates, committing changes and building them in continuous integration.</p>"
)


def team_post(title: str, text: str) -> str:
    """The team theme's post: no ``lang``, a side column, the headline over a meta line whose ``<time>`` holds
    Hexo's UTC instant (midnight at +08:00 is 16:00 the day before) and prints the local day."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title} | Team Tech</title></head><body>"
        '<aside><a class="home" href="/">TEAM</a><nav><a href="/projects/">PROJECTS</a></nav></aside><main><article>'
        f'<h1>{title}</h1><div class="article-meta"><span class="article-author"><a href="/">ming</a></span> '
        '<time datetime="2015-04-13T16:00:00.000Z" itemprop="datePublished">2015-04-14</time></div>'
        f"{text}</article></main></body></html>"
    )


def test_a_page_without_a_declared_language_is_in_the_zone_its_texts_script_tells() -> None:
    """Title and labels in Latin letters, no ``lang``: the page's own text, in Han characters, tells a Chinese page
    (UTC+08:00), and the instant is the day it prints. Before, the page had no language, its zone was UTC, and the
    date was the day before: 4 of the front-end team's 86 posts, the ones titled in English."""
    record = extract_article(team_post("git submodule vs git subtree", CHINESE), H + "/blog/submodule/")
    assert record["published_at"] is not None and record["published_at"].startswith("2015-04-14")


def test_latin_text_tells_no_zone() -> None:
    """The same page in English: Latin letters name no place (English spans zones), and the instant stays UTC, as
    before (the page prints its day at +08:00 here, which nothing on the page settles)."""
    record = extract_article(team_post("git submodule vs git subtree", ENGLISH), H + "/blog/submodule/")
    assert record["published_at"] is not None and record["published_at"].startswith("2015-04-13T16:00")


def card(slug: str, day: str, picture: bool) -> str:
    """One post card of the community theme: a picture box (in the cards that have a picture) beside the text box,
    which holds the meta line, the headline linking the post and the excerpt."""
    image = f'<div class="card-image"><a href="/article/{slug}/" class="image"><img src="/{slug}.png"></a></div>'
    return (
        f'<div class="card">{image if picture else ""}<div class="card-content article">'
        f'<div class="level article-meta"><time datetime="{day}T04:00:00.000Z">{day}</time></div>'
        f'<h1 class="title"><a href="/article/{slug}/">The story of {slug.replace("-", " ")} told at length</a></h1>'
        f'<div class="content"><p>An excerpt of the post about {slug} that runs a line or two.</p></div>'
        "</div></div>"
    )


def test_cards_with_and_without_a_picture_are_one_list() -> None:
    """The text box of a card with a picture has a sibling of its tag (the picture box) that shares none of its
    classes; a card without one has none, and its text box took the classes it shares with its cousins (the page's
    other cards, and the trail's card whose box is no "article"). The two kinds of card were two lists of the page,
    and 7 of the community's 51 articles were read as no record of their category's listing; exit 5. Now a box
    whose siblings of its tag are of another kind is one of a kind with its cousins too: one list."""
    cards = "".join(card(f"post-{n}", f"2019-0{n + 1}-21", picture=n % 3 != 2) for n in range(8))
    html = (
        "<html><head><title>分类: Article - 社区</title></head><body>"
        '<nav class="navbar"><a href="/">社区</a><a href="/categories/">博文</a></nav>'
        '<section class="section"><div class="columns"><div class="column column-main">'
        '<div class="card"><div class="card-content"><nav class="breadcrumb"><ul><li><a href="/categories/">分类</a>'
        "</li><li>Article</li></ul></nav></div></div>"
        f"{cards}</div></div></section></body></html>"
    )
    root, _ = parse_html(html)
    analysis = analyze_page(root, H + "/categories/Article/", ALLOWED, html)
    headlines = [g for g in analysis.groups if g.key.endswith("h1.title/a")]
    assert len(headlines) == 1 and len(headlines[0].urls) == 8 and headlines[0].dated == 8


PROSE = (
    "<p>" + "The meetup gathered thirty people to pair on a small web app and review each other's work. " * 6 + "</p>"
)


def community_page(headline: str, *, tag: str | None = None, link: str | None = None) -> str:
    """The post layout: a post's headline is its title; a tag page of one post ("Tag: vue") shows the post whole in
    the same layout, its headline a link to the post."""
    shown = f'<a href="{link}">{headline}</a>' if link else headline
    return (
        f"<html><head><title>{f'Tag: {tag}' if tag else headline} - Community</title></head><body>"
        '<nav class="navbar"><a href="/">Home</a><a href="/activity/">Activities</a></nav>'
        '<section class="section"><div class="card"><div class="card-content article">'
        f'<div class="article-meta"><time datetime="2024-03-02T04:00:00.000Z">2024-03-02</time></div>'
        f"<h1>{shown}</h1>{PROSE}</div></div></section><footer>© community</footer></body></html>"
    )


def seen(url: str, html: str, *, article: bool) -> FetchedPage:
    root, _ = parse_html(html)
    analysis = analyze_page(root, H + url, ALLOWED, html)
    return FetchedPage(
        H + url,
        article,
        analysis.template,
        analysis.has_date,
        True,
        False,
        article,
        False,
        analysis.title or "",
        analysis.heading_link is not None,
    )


def test_a_tag_page_whose_headline_links_a_post_is_no_lost_post() -> None:
    """Eight posts archived at /activity/<slug>/; four tag pages at /tags/<name>/ (the same URL shape, one folder
    name free) show one post each in the post's layout, dated, linked by no menu. Counted as posts the crawl lost,
    they made a shortfall (8 of ~12) and exit 5 on a site archived whole. A headline that links another page is a
    list's record, not the page's own title: no lost post."""
    pages = [seen(f"/activity/meetup-{n}/", community_page(f"Meetup number {n}"), article=True) for n in range(8)]
    pages += [
        seen(f"/tags/{name}/", community_page("Meetup number 1", tag=name, link="/activity/meetup-1/"), article=False)
        for name in ("agile", "vue", "pairing", "web")
    ]
    assert all(page.heading_elsewhere for page in pages[8:])
    assert template_report(template_tallies(pages)) == ([], None)


def test_an_icon_link_beside_a_cards_headline_is_no_record() -> None:
    """A talk's card links its slides by a font icon inside the headline (no words, a "slides" tooltip): before, the
    icon's page was one more record of the list, and a page of 10 cards counted 12, so the listing was estimated at
    49 posts for 41 (exit 5). The icon is a button of the card, whose headline link has words."""
    cards = "".join(
        f'<div class="card"><div class="card-content article"><time datetime="2020-0{n + 1}-22T12:00:00Z">'
        f'2020-0{n + 1}-22</time><h1 class="title">'
        f'<a href="/activity/talk-{n}/">A talk about the web platform, number {n}</a>'
        + (f' <a class="fab fa-slideshare" title="slides" href="/activity/talk-{n}/slide.html"></a>' if n % 2 else "")
        + f'</h1><div class="content"><p>What the talk covered, in a line or two of text {n}.</p></div></div></div>'
        for n in range(6)
    )
    html = f"<html><head><title>Activity</title></head><body><div class='column-main'>{cards}</div></body></html>"
    root, _ = parse_html(html)
    analysis = analyze_page(root, H + "/categories/Activity/", ALLOWED, html)
    [headlines] = [g for g in analysis.groups if g.key.endswith("h1.title/a")]
    assert headlines.urls == [f"{H}/activity/talk-{n}/" for n in range(6)]


def excerpt_card(slug: str, day: str, linked: str, name: str) -> str:
    """A post card whose excerpt's quote links another page of the site (a partner, the contact page)."""
    return (
        f'<div class="card"><div class="card-content article"><time datetime="{day}T04:00:00Z">{day}</time>'
        f'<h1 class="title"><a href="/activity/{slug}/">A workshop on {slug.replace("-", " ")} for beginners</a></h1>'
        f'<div class="content"><blockquote><p>Hosted at <a href="{linked}">{name}</a>, free for all.</p></blockquote>'
        "</div></div></div>"
    )


def cards_page(title: str) -> str:
    recent = "".join(
        f'<article class="media"><a href="/activity/recent-{n}/">The newest meetup of the month, number {n}</a>'
        f"<p>2025-0{n + 1}-10</p></article>"
        for n in range(3)
    )
    cards = excerpt_card("web-testing", "2021-03-10", "/partner/maker-cafe/", "the maker cafe") + excerpt_card(
        "chrome-devtools", "2021-02-07", "/contact/", "our chat group"
    )
    return (
        f"<html><head><title>{title} - 社区</title></head><body>"
        '<nav class="navbar"><a href="/">社区</a><a href="/activity/">活动</a></nav>'
        f'<div class="column-main">{cards}</div><div class="column-side"><div class="card widget">{recent}</div></div>'
        "</body></html>"
    )


def test_links_in_the_excerpts_of_dated_cards_are_no_box_of_dated_entries() -> None:
    """Two cards, the same on a tag page and a category page, whose excerpts link a partner's page and the contact
    page: those two links at one place on two pages read as a box of dated entries (each card prints its day), and
    the contact page, dated and in the post layout, was archived as "a dated box's entry". A box's entries are its
    links, each its record's own: links in the text of records whose own link is another are no entries. The
    sidebar's box of the newest posts still is one."""
    model = SiteModel()
    model.enter(H + "/")
    for path in ("/tags/chrome/", "/categories/Activity/Workshop/page/2/"):
        html = cards_page(path)
        root, _ = parse_html(html)
        model.observe(analyze_page(root, H + path, ALLOWED, html))
    assert H + "/contact/" not in model.box_dated and H + "/partner/maker-cafe/" not in model.box_dated
    assert {H + f"/activity/recent-{n}/" for n in range(3)} <= model.box_dated
