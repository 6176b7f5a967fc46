"""Shapes of session 24's held-out round (docs/realsites.md, "Held-out round of session 24"), written small by hand:
a MkDocs Material blog whose site name holds a separator of its own ("2042 | Play Well Die Happy"), whose short
posts print no heading and whose side panel (a ``<nav>``) holds each post's day ("13-11-2023") and authors; a Hugo
Doks blog crediting each post to an account linked to ``/contributors/<name>/`` after the day; and Hexo Butterfly's
related posts, cards each one link around its excerpt. Each test fails without its rule; the guards pass on both.
Pure."""

from __future__ import annotations

from archiver.discovery.page import analyze_page, list_date
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://club.test"
ALLOWED = frozenset({"club.test"})


# --- a site's name that holds a separator ----------------------------------------------------------------------------


def material_post(title: str, site: str, text: str, heading: str = "") -> str:
    """MkDocs Material's blog post: ``<title>`` and og:title "{page} - {site}", the header's logo link home named
    by the site, the post's side panel, and the article (no heading when the post writes none)."""
    return (
        f"<html><head><title>{title} - {site}</title><meta property='og:title' content='{title} - {site}'>"
        "<meta property='og:type' content='website'></head><body>"
        f"<header class='md-header'><nav><a href='../../../' title='{site}' aria-label='{site}' class='md-logo'>"
        "<img src='/logo.webp' alt='logo'></a><div class='md-header__title'><div class='md-header__topic'>"
        f"<span>{site}</span></div><div class='md-header__topic'><span>{title}</span></div></div></nav></header>"
        "<main><div class='md-content md-content--post'><div class='md-sidebar md-sidebar--post'><nav>"
        "<a href='../../'>Back to the index</a><ul class='md-post__meta'><li>"
        "<time datetime='2019-04-14 00:00:00+00:00'>14-04-2019</time></li></ul></nav></div>"
        f"<article class='md-content__inner md-typeset'>{heading}{text}</article></div></main>"
        "<footer><p>Copyright, the writer</p></footer></body></html>"
    )


DIALOGUE = (
    "<ul><li>dad, look! snow!</li><li>ah dear Bruno, you know that sometimes we see the opposite of what is "
    "real?</li><li>but it looks like snow to me</li><li>what it looks like is not always what it is, smack</li></ul>"
)


def test_a_site_name_holding_a_separator_leaves_the_title_whole() -> None:
    """mkdocs-2042ed: a dialogue post prints no heading; og:title says "Neve - 2042 | Play Well Die Happy", and the
    site's name, which the logo's link home says whole, was cut at its own "|" only: the title kept " - 2042"."""
    record = extract_article(material_post("Neve", "2042 | Play Well Die Happy", DIALOGUE), H + "/blog/2019/neve/")
    assert record["title"] == "Neve"


def test_a_title_holding_a_dash_keeps_it_when_the_site_is_named_after_it() -> None:
    """Guard: only the tail the link home names leaves; the headline's own " - " stays."""
    record = extract_article(
        material_post("Game Over - Milano 2016", "2042 | Play Well Die Happy", DIALOGUE), H + "/blog/2016/game-over/"
    )
    assert record["title"] == "Game Over - Milano 2016"


def test_a_tail_no_link_home_names_stays() -> None:
    """Guard: a tail after the separator that the link home does not say is part of the headline."""
    html = material_post("Neve - 2042", "Play Well", DIALOGUE).replace(" - Play Well</title>", "</title>")
    html = html.replace("content='Neve - 2042 - Play Well'", "content='Neve - 2042'")
    record = extract_article(html, H + "/blog/2019/neve/")
    assert record["title"] == "Neve - 2042"


# --- an account linked to /contributors/<name>/ ----------------------------------------------------------------------


def doks_post(credit: str) -> str:
    """Hugo Doks' blog layout: the headline, then one small line of the day, the categories, the contributor and
    the reading time, then the text in a second column."""
    prose = (
        "<p>Bitnami was one of the most used providers of Helm charts and container images, but many of its charts "
        "are no longer updated, so this post lists the replacements we use for each middleware.</p>"
    )
    return (
        "<html><head><title>Alternatives to Bitnami | XLabs</title>"
        "<meta property='article:published_time' content='2025-11-03T22:03:42+08:00'></head><body>"
        "<header><a href='/'>XLabs</a><a href='/docs/'>Docs</a><a href='/blog/'>Blog</a></header>"
        "<div class='wrap'><article><div class='row'><div class='col-md-12'><div class='blog-header'>"
        "<h1>Alternatives to Bitnami</h1><p><small>3 November 2025 <a href='/categories/k8s/'>K8S</a>, "
        f"<a href='/categories/devops/'>DevOps</a> {credit}<span class='reading-time'>2 minutes</span></small></p>"
        f"</div></div><div class='col-md-12'>{prose * 3}</div></div></article></div>"
        "<footer>Powered by Hugo</footer></body></html>"
    )


def test_a_link_to_the_sites_contributor_page_beside_the_headline_is_the_byline() -> None:
    """doks-xlabs: the day's line links the account that wrote the post to ``/contributors/l10178/`` (Doks, Docsy
    and Hugo themes call their authors contributors): no author was read (0 of 22)."""
    record = extract_article(doks_post("<a href='/contributors/l10178/'>l10178</a>"), H + "/blog/bitnami/")
    assert record["author"] == "l10178"


def test_a_contributors_listing_is_no_byline() -> None:
    """Guard: a link to the contributors' index itself (no name after the word) names no one."""
    record = extract_article(doks_post("<a href='/contributors/'>Contributors</a>"), H + "/blog/bitnami/")
    assert not record["author"]


# --- the post's day and author in a side panel that is a <nav> -------------------------------------------------------


def panel_post(profiles: str, text: str, related: str = "") -> str:
    """MkDocs Material's blog post layout: the side panel (a ``<nav>``) holds the link back, the authors' profiles
    (avatar, name, role) and the metadata list whose item holds the post's only ``<time>``; the article beside it
    mentions another day in its text."""
    return (
        "<html><head><title>Codaqui at the DevPR conference - Codaqui</title>"
        "<meta name='author' content='codaqui // endersonmenezes'></head><body>"
        "<header class='md-header'><a href='/' title='Codaqui' class='md-logo'><img alt='logo' src='/l.png'></a>"
        "<nav class='md-tabs'><ul><li><a href='/'>Home</a></li><li><a href='/blog/'>Blog</a></li>"
        "<li><a href='/trilhas/'>Trilhas</a></li></ul></nav></header>"
        "<main><div class='md-content md-content--post'><div class='md-sidebar md-sidebar--post'>"
        "<div class='md-sidebar__inner md-post'><nav class='md-nav md-nav--primary'>"
        "<div class='md-post__back'><a href='../../../../' class='md-nav__link'>Back to the index</a></div>"
        f"<div class='md-post__authors md-typeset'>{profiles}</div>"
        "<ul class='md-post__meta md-nav__list'><li class='md-nav__item'><nav class='md-nav'><ul class='md-nav__list'>"
        "<li class='md-nav__item'><div class='md-nav__link'><time datetime='2023-01-05 00:00:00+00:00'>"
        "5 de janeiro de 2023</time></div></li><li class='md-nav__item'><div class='md-nav__link'>in "
        "<a href='../../../../category/institucional/'>Institucional</a></div></li></ul></nav></li></ul>"
        f"</nav></div></div><article class='md-content__inner md-typeset'>"
        f"<h1>Codaqui at the DevPR conference</h1>{text}</article>{related}</div></main>"
        "<footer><p>Codaqui, all rights reserved</p></footer></body></html>"
    )


def profile(name: str, role: str) -> str:
    return (
        "<div class='md-profile md-post__profile'><span class='md-author md-author--long'>"
        f"<img src='https://avatars.test/{len(name)}.png' alt='{name}'></span><span class='md-profile__description'>"
        f"<strong>{name}</strong><br>{role}</span></div>"
    )


PANEL_TEXT = (
    "<p>Codaqui began as DevParaná Kids, a meetup group inside the community's Discord, and is now a school of its "
    "own that teaches young people to program.</p><p>We will be at the next conference on 8-10 November 2024, with "
    "two talks and a table where children can write their first game.</p>"
)


def test_the_only_time_of_a_side_panel_dates_the_post() -> None:
    """mkdocs-2042ed: the post's day is the one ``<time datetime>`` of its side panel, a ``<nav>`` (and in a list
    item): no time-tag rule read it, and a day of the text near the headline ("8-10 November 2024"), or none at
    all, was the date (8 of 181)."""
    festival = (
        "<p>Back home on Sunday evening after three intense days of the festival.</p><p>I am sure that in the end "
        "you will want to mark <strong>8-10 November 2024</strong> for the next edition.</p>"
    )
    html = panel_post(profile("Thainara Furforo", "Volunteer"), festival)
    record = extract_article(html, H + "/blog/2023/971-learning-more/")
    assert (record["published_at"] or "")[:10] == "2023-01-05"
    picture = (
        "<p>Perhaps for you this picture, on this day, in this space, says nothing at all to anyone.</p><p>But "
        "(almost) everything has a meaning, a value, for someone we may not know yet.</p>"
    )
    html = panel_post(profile("Thainara Furforo", "Volunteer"), picture).replace(
        "Codaqui at the DevPR conference", "1000"
    )
    record = extract_article(html, H + "/blog/2023/1000/")
    assert (record["published_at"] or "")[:10] == "2023-01-05"


def test_a_time_beside_a_link_in_a_list_of_posts_is_not_the_posts() -> None:
    """Guard: a list of recent posts printing one day beside its post's link is another post's, even alone: no
    time-tag rule reads it."""
    html = panel_post(profile("Thainara Furforo", "Volunteer"), PANEL_TEXT).replace(
        "<time datetime='2023-01-05 00:00:00+00:00'>5 de janeiro de 2023</time>",
        "<a href='/blog/other/'>Another post</a> <time datetime='2021-03-09'>9 March 2021</time>",
    )
    record = extract_article(html, H + "/blog/devpr/")
    assert not record["rules"]["published_at"].startswith("time-tag")


def test_the_profiles_of_a_side_panel_are_the_authors_without_their_roles() -> None:
    """mkdocs-codaqui: the panel's profiles (avatar, name, role) name the post's writers; the theme's
    ``<meta name=author>`` names the site's owner on every page and was the author of all 12 posts."""
    profiles = profile("Ana Elisa", "Volunteer") + profile("Enderson Menezes", "Founder")
    record = extract_article(panel_post(profiles, PANEL_TEXT), H + "/blog/devpr/")
    assert record["author"] == "Ana Elisa, Enderson Menezes"


def test_a_byline_without_avatars_keeps_every_name() -> None:
    """Guard: the avatars only choose among names where they name some; a byline under the headline of two names
    and no pictures keeps both."""
    byline = "<p class='byline'><span>Ana Elisa</span> and <span>Enderson Menezes</span></p>"
    html = panel_post("", PANEL_TEXT).replace("DevPR conference</h1>", "DevPR conference</h1>" + byline)
    record = extract_article(html, H + "/blog/devpr/")
    assert record["author"] == "Ana Elisa, Enderson Menezes"


# --- related posts as cards, each one link around its excerpt --------------------------------------------------------


def card(n: int) -> str:
    excerpt = (
        f"模型{n}概述：用户获取、用户激活、用户留存、获得收益、推荐传播，这五个单词的缩写分别对应用户生命周期中的五个重要环节。"
        "该模型又叫海盗模型，是用户运营过程中常用的一种模型，解释了实现用户增长的五个指标：获客、激活、留存、变现和推荐。"
        "每个环节都有自己的指标和增长方法，商家知道哪个环节流失的用户最多，就知道下一步的工作应该放在哪里。"
    )
    return (
        f"<a class='pagination-related' href='/post/{n:08x}.html' title='模型 {n}'><img class='cover' src='/c{n}.png'"
        f" alt='cover'><div class='info'><div class='info-1'><div class='info-item-1'>2022-03-1{n}</div>"
        f"<div class='info-item-2'>模型 {n}</div></div><div class='info-2'><div class='info-item-1'>{excerpt}</div>"
        "</div></div></a>"
    )


def butterfly_post(text: str) -> str:
    """Hexo Butterfly: the headline in the page's header band, the post an ``<article>`` of headings, a short
    paragraph or two, lists and tables; below it the related posts, cards each one link."""
    rows = "".join(f"<tr><td>{i}</td><td>view</td><td>{1000 + i}</td><td>{i * 3.5}</td></tr>" for i in range(12))
    return (
        "<html><head><title>Conversion funnel | Eurkon</title></head><body><div id='sidebar'><a href='/'>Home</a>"
        "<a href='/archives/'>Archives</a></div><div class='post' id='body-wrap'><header class='post-bg' "
        "id='page-header'><nav id='nav'><a href='/'>Eurkon</a><div id='menus'><a href='/archives/'>Archives</a>"
        "<a href='/tags/'>Tags</a><a href='/categories/'>Categories</a><a href='/link/'>Links</a></div></nav>"
        "<div id='post-info'><div id='post-meta'><div class='meta-firstline'><a href='/categories/data/'>Data</a> | "
        "<a href='/tags/funnel/'>funnel</a></div><h1 class='post-title'>Conversion funnel</h1>"
        "<div class='meta-secondline'><span>Posted <time datetime='2022-03-20T01:00:00.000Z'>2022-03-20</time>"
        "</span> | <span>Words: 1.2k</span> | <span>Reading time: 5 min</span></div></div></div></header>"
        "<main class='layout' id='content-inner'><div id='post'><article class='post-content' id='article-container'>"
        f"{text}<table><tr><th>rank</th><th>event</th><th>users</th><th>rate</th></tr>{rows}</table>"
        "<ul><li>event_time: when it happened</li><li>event_type: view, cart, purchase</li></ul></article>"
        "<div class='post-copyright'>Eurkon</div><div class='relatedPosts'><div class='headline'>Related</div>"
        f"<div class='relatedPosts-list'>{''.join(card(n) for n in range(1, 7))}</div></div></div></main></div>"
        "<footer id='footer'>©2021 - 2024 By Eurkon</footer></body></html>"
    )


FUNNEL = (
    "<h2>概述</h2><h3>模型概念</h3><p>电商转化是电商运营重点关注的一个环节。转化漏斗模型，是分析用户在使用某种业务的情景下，"
    "经过一系列步骤转化效果的方法，转化分析的本质是为了促进企业核心业务的流通。</p><h3>应用意义</h3><p>在理想的情况，"
    "用户会沿着产品设计的路径到达最终目标事件，但实际情况是用户的行为路径是多种多样的，漏斗可以找出产品潜在问题的位置。</p>"
    "<h2>实战</h2><p>这里选择电商客户行为日志数据进行分析，数据字段为：</p>"
)


def test_a_post_beside_cards_whose_text_is_all_links_is_the_post() -> None:
    """butterfly-eurkon: the related posts' cards (each one ``<a>`` around its cover, day, title and excerpt)
    outvoted a post of a few short paragraphs, a table and a list (their link density is read against the text's
    weighted length, so Chinese cards keep most of their votes); the body then came out empty, or a library's
    guess (2 of 88)."""
    record = extract_article(butterfly_post(FUNNEL), H + "/post/72736a6d.html")
    assert record["rules"]["body"] == "main-content"  # the post's block, not a library's guess after an empty one
    assert "电商客户行为日志数据" in record["body"]
    assert "海盗模型" not in record["body"]


# --- a day written day first with dashes -----------------------------------------------------------------------------


def test_a_day_first_date_with_dashes_dates_the_page() -> None:
    """mkdocs-2042ed: Material's blog prints each post's day as ``13-11-2023`` (``post_date_format: dd-MM-yyyy``);
    no listing date form read it, so the posts "showed no date of their own", and the 14 whose addresses add a
    segment (``/blog/2015/2015/01/…``, a family of their own) were placed as pages, "a record of undated lists only"."""
    undated = "<p>dad, can I go out?</p><p>YES. the longer you stay out of the house, the better for all of us.</p>"
    html = panel_post(profile("Stefano Cecere", "Playful R&D"), undated).replace(
        "<time datetime='2023-01-05 00:00:00+00:00'>5 de janeiro de 2023</time>",
        "<time datetime='2015-01-19 00:00:00+00:00'>19-01-2015</time>",
    )
    root, _ = parse_html(html)
    assert analyze_page(root, H + "/blog/2015/2015/01/non-devi/", ALLOWED, html).has_date


def test_dashed_digits_that_are_no_day_date_nothing() -> None:
    """Guard: a phone number or a code of dashed digits is no day, nor a day inside a longer run of them."""
    for text in ("Tel. 0521-12-2019", "ref 12-13-14-2019", "ISBN 978-88-04-2019"):
        assert list_date(text) is None, text
