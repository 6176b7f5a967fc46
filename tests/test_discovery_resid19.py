"""The residual misses of the real-sites set in session 19 (docs/realsites.md, "Residual misses, session 19"),
written small by hand.

- A listing's later page shows its records in the markup its first page showed them in (a Bulma "section" per
  post, as held-out lektor-rannts' Lektor theme prints them): they are its records, even under headlines too short
  to read as headlines.
- A listing's later page reached by another link before the listing's first page is read (a home's "More news"
  reaching ``/news/page/2/``) is held, not decided a page for good: once the listing's pager names it, it is the
  listing's page, whatever its own records look like (a last page of one record).

Pure: no Scrapy, no network.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://meetup.test"
ALLOWED = frozenset({"meetup.test"})
NAV = (
    '<nav class="nav"><a href="/">Клуб</a><a href="/news/">Новости</a><a href="/talks/">Доклады</a>'
    '<a href="/about/">О клубе</a></nav>'
)
FOOTER = '<footer class="footer"><p>2014–2016</p><a href="/events.ics">Календарь</a></footer>'
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября"]
# (path, headline, day as printed): short headlines, as a club's news often are
NEWS = [
    (f"/news/2016/{n}/note-{n}/", headline, f"{n + 3} {MONTHS[n - 1]} 2016, {n + 8}:{n + 20}")
    for n, headline in enumerate(
        ["Наш чат", "Видео", "Новый зал", "Пятый сбор", "Итоги", "Фото", "Анонс", "Спасибо", "Лето", "Отчёт"], 1
    )
]


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def has_body(page: PageAnalysis, html: str) -> bool:
    """As the spider tells it: a title, and text of its own or a picture."""
    return bool(page.title) and (page.outside_text >= 10 or "<img" in html.split("<body", 1)[-1])


def news_section(path: str, headline: str, day: str) -> str:
    """One news item of the list, a Bulma section: its linked headline, its day under it, its first lines."""
    return (
        f'<section class="section"><div class="container"><div class="content"><h1 class="title">'
        f'<a href="{path}">{headline}</a></h1><h2 class="subtitle">{day}</h2>'
        f"<p>Коротко: {headline.lower()}, подробности внутри.</p></div></div></section>"
    )


def news_page(items: list[tuple[str, str, str]], pager: str, title: str = "Новости") -> str:
    sections = "".join(news_section(*item) for item in items)
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<section class="hero"><div class="hero-head">{NAV}</div></section>{sections}'
        f'<nav class="pagination">{pager}</nav>{FOOTER}</body></html>'
    )


def test_a_later_page_shows_its_records_in_its_listings_markup() -> None:
    """``/news/page/2/``, requested from ``/news/``'s pager, shows five records in the markup ``/news/`` showed its
    five in (a Bulma section per post), under headlines too short to read as headlines ("Наш чат", "Видео") and
    days in words the list reader does not read: they are the listing's records (before: no list, no text of its
    own, a page; lektor-rannts' "Новости (6 of ~11)", exit 5)."""
    model = SiteModel()
    first = news_page(
        [(path, f"{headline}: новости клуба за месяц", day) for path, headline, day in NEWS[:5]],
        '<a href="/news/page/2/">2</a>',
    )
    news = analysed(first, "/news/")
    model.observe(news)
    assert model.classify(news, has_body=True).role == LISTING
    html = news_page(NEWS[5:], '<a href="/news/">1</a>')
    later = analysed(html, "/news/page/2/")
    model.observe(later)
    main = next(g for g in later.groups if "h1.title" in g.key)
    assert not main.title_like and main.dated < 2
    decision = model.classify(later, has_body=has_body(later, html), expected_listing=True)
    assert decision.role == LISTING
    assert decision.listing_groups[0].urls == [H + path for path, _, _ in NEWS[5:]]


def entries(items: list[tuple[str, str, str]]) -> str:
    """A plain list of headlines: ``<li><a>``, no day printed."""
    return "".join(
        f'<li class="entry"><a href="{path}">{headline} о сезоне и планах клуба</a></li>' for path, headline, _ in items
    )


def plain_page(title: str, items: list[tuple[str, str, str]], after: str) -> str:
    """The site's name and the page's in a header band, the list under it, then ``after`` (a pager, a link)."""
    return (
        f'<html><head><title>{title}</title></head><body><header class="hero">{NAV}<h1 class="title">{title}</h1>'
        f"</header><main><ul>{entries(items)}</ul>{after}</main>{FOOTER}</body></html>"
    )


def one_record_page() -> tuple[str, str]:
    """``/news/page/2/``: the list's last page, one record, no text of its own."""
    return plain_page("Новости", NEWS[-1:], '<nav class="pagination"><a href="/news/">1</a></nav>'), "/news/page/2/"


def first_page() -> str:
    return plain_page("Новости", NEWS[:-1], '<nav class="pagination"><a href="/news/page/2/">2</a></nav>')


def home() -> str:
    return plain_page("Клуб", NEWS[:5], '<p class="more"><a href="/news/page/2/">Больше новостей</a></p>')


def test_a_later_page_reached_before_its_listing_waits_for_the_listings_pager() -> None:
    """The home's "Больше новостей" reaches ``/news/page/2/`` before ``/news/``: one record, no text of its own.
    Decided a page on sight (before), the listing's pager later named it in vain, and the listing's completeness
    counted its records as missing (lektor-rannts' exit 5, "Новости (6 of ~11)"). It is held, and once
    ``/news/`` is read and its pager names it, it is the listing's page."""
    model = SiteModel()
    start = analysed(home(), "/")
    model.enter(start.url)
    model.observe(start)
    assert model.classify(start, has_body=True).role == LISTING
    html, path = one_record_page()
    later = analysed(html, path)
    model.observe(later)
    assert not has_body(later, html)
    assert model.classify(later, has_body=False).role == UNDECIDED
    news = analysed(first_page(), "/news/")
    model.observe(news)
    assert model.classify(news, has_body=True).role == LISTING
    decision = model.resolve(later, has_body=False)
    assert decision.role == LISTING
    assert [g.urls for g in decision.listing_groups] == [[H + NEWS[-1][0]]]


def test_a_numbered_page_no_pager_names_is_still_a_page_at_the_end() -> None:
    """The hold changes nothing where no listing's pager names the page: at the crawl's end it is placed as
    before ("no title or text of its own")."""
    model = SiteModel()
    start = analysed(home(), "/")
    model.enter(start.url)
    model.observe(start)
    model.classify(start, has_body=True)
    html, path = one_record_page()
    later = analysed(html, path)
    model.observe(later)
    assert model.classify(later, has_body=False).role == UNDECIDED
    assert model.resolve(later, has_body=False).role == PAGE


# --- a Hugo home feed names the policy pages among the posts ---------------------------------------------------------

CC = "http://council.test"
CC_ALLOWED = frozenset({"council.test"})
CC_MENU = (
    '<header class="header"><nav><a href="/">Community Council</a><a href="/news/">News</a>'
    '<a href="/about/">About us</a></nav></header>'
)
CC_POSTS = [f"/news-item-{n}/" for n in range(1, 9)]
CC_POLICIES = ["/constitution/", "/privacy/"]


def cc_analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, CC + path, CC_ALLOWED, html)


def cc_list(title: str, paths: list[str], dated: bool) -> str:
    """PaperMod's list: a card per entry, its headline and (``dated``) its day."""
    cards = "".join(
        f'<article class="post-entry"><header class="entry-header"><h2>Notice number {n} about {path.strip("/")}'
        f"</h2></header>{f'<footer class=entry-footer>2024-03-{n + 10:02d}</footer>' if dated else ''}"
        f'<a class="entry-link" href="{path}" aria-label="post link to {path}"></a></article>'
        for n, path in enumerate(paths, 1)
    )
    return (
        f"<html><head><title>{title}</title></head><body>{CC_MENU}<main class=main>"
        f'<header class="page-header"><h1>{title}</h1></header>{cards}</main></body></html>'
    )


def cc_single(path: str, day: str) -> str:
    """A page of the posts' template: dated, article markup, a few paragraphs."""
    return (
        f'<html><head><title>{path.strip("/")}</title><meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{day}T00:00:00+00:00"></head><body>{CC_MENU}'
        f'<main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title">'
        f'{path.strip("/").title()}</h1></header><div class="post-content">'
        f"<p>{'The council agreed the text at its annual meeting and publishes it here for residents. ' * 4}</p>"
        "</div></article></main></body></html>"
    )


def council(dated_lists: bool) -> SiteModel:
    """The home (buttons to the sections), its feed naming every dated page, the news section read (its cards
    dated where ``dated_lists``), and the policies' page of two undated cards."""
    model = SiteModel()
    home_html = (
        f"<html><head><title>Community Council</title></head><body>{CC_MENU}<main class=main><div class=buttons>"
        '<a href="/news/">News</a><a href="/policies/">Policies</a><a href="/about/">About us</a></div>'
        "<p>Welcome to the pages of the community council.</p></main></body></html>"
    )
    start = cc_analysed(home_html, "/")
    model.enter(start.url)
    model.observe(start)
    model.classify(start, has_body=True)
    model.feed_read(CC + "/index.xml", [CC + path for path in CC_POSTS + CC_POLICIES], [])
    news = cc_analysed(cc_list("News", CC_POSTS, dated_lists), "/news/")
    model.observe(news)
    assert model.classify(news, has_body=True).role == LISTING
    policies = cc_analysed(cc_list("Policies", CC_POLICIES, False), "/policies/")
    model.observe(policies)
    assert model.classify(policies, has_body=True).role != LISTING  # a list of two is no listing
    return model


def test_a_feeds_entry_no_listing_lists_is_a_page() -> None:
    """hugo-broomhillcc: the home feed names ``/constitution/`` and ``/privacy/`` by date among the 66 posts; every
    other entry of the feed is a record of the site's sections, these two only of a section page of two entries
    (no listing) and of the feed. Archived before as "a listing's record, with a date" (at the crawl's end where
    the site's lists print no day it reads, on sight where they do); pages now, at the crawl's end."""
    for dated_lists in (False, True):
        model = council(dated_lists)
        held = []
        for path in CC_POSTS:
            post = cc_analysed(cc_single(path, "2024-03-11"), path)
            model.observe(post)
            if model.classify(post, has_body=True).role == UNDECIDED:  # where the lists print no dates
                held.append((post, True, None))
        page = cc_analysed(cc_single("/constitution/", "2012-01-01"), "/constitution/")
        model.observe(page)
        assert model.classify(page, has_body=True).role == UNDECIDED
        decisions = model.resolve_all([*held, (page, True, None)])
        assert decisions[page.url].role == PAGE, dated_lists
        assert all(decisions[post.url].role == ARTICLE for post, _, _ in held)
        assert all(model.roles[CC + path] == ARTICLE for path in CC_POSTS)


def test_a_feeds_entry_stays_a_post_where_listings_list_few_of_the_feeds_entries() -> None:
    """A feed whose entries the site's listings mostly do not list (a listing the crawl did not recognise) says
    nothing of its entries: one of them is a post, as before."""
    model = SiteModel()
    model.feed_read(CC + "/index.xml", [CC + path for path in CC_POSTS + CC_POLICIES], [])
    news = cc_analysed(cc_list("News", CC_POSTS[:3], True), "/news/")
    model.observe(news)
    model.classify(news, has_body=True)
    page = cc_analysed(cc_single("/news-item-7/", "2024-03-17"), "/news-item-7/")
    model.observe(page)
    assert model.resolve(page, has_body=True).role == ARTICLE


# --- a downloads portal's mobile articles and its desktop download pages -----------------------------------------

DL = "http://qq.test"
DL_ALLOWED = frozenset({"qq.test"})
DL_ARTICLES = [f"/c/{27000 + n}.html" for n in range(8)]
DL_DOWNLOADS = ["/down/7772.html", "/down/6412.html"]


def dl_analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, DL + path, DL_ALLOWED, html)


def dl_column(paths: list[str]) -> str:
    """The mobile edition's column: dated headlines."""
    rows = "".join(
        f'<li><a href="{path}"><p class="title">手机QQ新功能上线第{n}期使用教程详解</p>'
        f"<span>2015-04-{n + 10:02d}</span></a></li>"
        for n, path in enumerate(paths, 1)
    )
    return (
        '<html><head><title>QQ资讯</title></head><body><header class="g-header"><a href="/">首页</a>'
        f'<a href="/news.html">资讯</a></header><section><ul class="g-list">{rows}</ul></section>'
        '<footer><a href="/index1.html">访问电脑版</a></footer></body></html>'
    )


def dl_article(path: str, layout: str = "article") -> str:
    """The mobile template's article: ``article.g-cms-content > h1``, the time line, the text."""
    open_, close = (
        ("<article class=g-cms-content>", "</article>") if layout == "article" else ("<div><div>", "</div></div>")
    )
    return (
        f"<html><head><title>手机QQ教程 {path}</title></head><body>"
        '<header class="g-header"><a href="/">首页</a><a href="/news.html">资讯</a></header>'
        f"{open_}<h1>手机QQ教程 {path}</h1><em><time>时间:2015/4/27 9:07:00</time> 作者:网友整理</em>"
        f"<div id=content><p>{'打开手机QQ，进入设置页面，找到新功能的入口，按提示操作即可。' * 4}</p></div>{close}"
        "<footer><a href='/index1.html'>访问电脑版</a></footer></body></html>"
    )


def dl_desktop_home() -> str:
    """The desktop edition's home (a static copy keeps two of its download pages): boxes of the same two."""
    box = "".join(
        f'<li><a href="{path}">QQ游戏大厅官方下载正式版 v5.{n}</a><span>2021-03-1{n}</span></li>'
        for n, path in enumerate(DL_DOWNLOADS, 1)
    )
    return (
        '<html><head><title>腾牛下载</title></head><body><div class="g-top"><a href="/">手机版</a></div>'
        f'<div class="g-main"><ul class="g-five-list">{box}</ul></div></body></html>'
    )


def dl_download(path: str) -> str:
    """The desktop template's download page: the name, the specs (size, language, "更新时间"), the introduction."""
    return (
        f"<html><head><title>QQ游戏大厅官方下载 {path}</title></head><body><div class='g-top'><a href='/'>手机版</a>"
        f"</div><div class=g-main><div class=g-info><div class=g-soft><h1>QQ游戏大厅官方下载 {path}</h1>"
        "<ul><li>软件大小：484KB</li><li>软件语言：中文</li><li>更新时间：2021-03-15 14:26</li></ul></div></div>"
        f"<div class=g-intro><p>{'QQ游戏大厅新版本登录速度提升，下载游戏界面优化，便捷管理下载任务。' * 4}</p></div>"
        "</div></body></html>"
    )


def downloads_site(article_layouts: list[str]) -> tuple[SiteModel, list[PageAnalysis]]:
    """The column read, its articles placed (in ``article_layouts``), the desktop home read; the downloads' pages."""
    model = SiteModel()
    column = dl_analysed(dl_column(DL_ARTICLES), "/news.html")
    model.enter(column.url)
    model.observe(column)
    assert model.classify(column, has_body=True).role == LISTING
    for path, layout in zip(DL_ARTICLES, article_layouts, strict=True):
        article = dl_analysed(dl_article(path, layout), path)
        model.observe(article)
        assert model.classify(article, has_body=True).role == ARTICLE
    desktop = dl_analysed(dl_desktop_home(), "/index1.html")
    model.observe(desktop)
    assert model.classify(desktop, has_body=True).role == LISTING
    return model, [dl_analysed(dl_download(path), path) for path in DL_DOWNLOADS]


def test_a_record_laid_out_unlike_the_listed_posts_of_its_own_family_is_a_page() -> None:
    """mobile-koukoule: the desktop home lists two software download pages (``/down/<id>.html``, dated by their
    "更新时间：" spec line) where every one of the 242 listed articles is a ``/c/<id>.html`` page of the mobile
    template (``article/h1``). Archived before as "a listing's record, with a date"; pages now."""
    model, downloads = downloads_site(["article"] * len(DL_ARTICLES))
    for page in downloads:
        model.observe(page)
        assert page.has_date and page.template != "article/h1"
        assert model.classify(page, has_body=True).role == UNDECIDED
    decisions = model.resolve_all([(page, True, None) for page in downloads])
    assert {decision.role for decision in decisions.values()} == {PAGE}


def test_a_record_of_another_layout_stays_a_post_where_the_listed_posts_have_several() -> None:
    """Where the listed posts are laid out several ways (half in one, half in another), a layout none of them shows
    says nothing: the records stay posts."""
    model, downloads = downloads_site(["article", "div"] * (len(DL_ARTICLES) // 2))
    for page in downloads:
        model.observe(page)
        assert model.classify(page, has_body=True).role == ARTICLE


# --- a forum's index, which a topic's breadcrumb lists in some crawl orders ---------------------------------------

DR = "http://drupal.test"
DR_ALLOWED = frozenset({"drupal.test"})
DR_MENU = (
    '<div class="sidebar"><ul class="menu"><li class="leaf"><a href="/blog/">Blogy členov komunity</a></li>'
    '<li class="leaf"><a href="/forum/">Fórum komunity</a></li><li class="leaf"><a href="/prirucky/">Príručky</a>'
    "</li></ul></div>"
)
DR_NODES = [f"/node/{2400 - 10 * n}/" for n in range(6)]
DR_ALIASES = ["/drupalista/", "/co-dalej/", "/vitajte/"]


def dr_analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, DR + path, DR_ALLOWED, html)


def dr_stream(title: str, paths: list[str]) -> str:
    """Drupal's stream: a node teaser per post, its linked headline and its "submitted" line with the day."""
    teasers = "".join(
        f'<div class="node"><h1><a href="{path}">Stretnutie komunity číslo {n} v Bratislave</a></h1>'
        f'<span class="submitted">Pridal admin, 1{n}. marec 2009 - 10:00</span><div class="content">'
        f"<p>Pozývame vás na ďalšie stretnutie. 2009-03-1{n}</p></div></div>"
        for n, path in enumerate(paths)
    )
    return (
        f'<html><head><title>{title}</title></head><body><div id="header"><a href="/">Drupal.sk</a></div>'
        f'<div class="main-content">{teasers}</div>{DR_MENU}</body></html>'
    )


def dr_node(path: str) -> str:
    return (
        f'<html><head><title>Uzol {path}</title></head><body><div id="header"><a href="/">Drupal.sk</a></div>'
        f'<div class="main-content"><h1>Stretnutie komunity {path}</h1><div class="node">'
        f'<span class="submitted">Pridal admin, 12.03.2009 - 10:00</span><div class="content">'
        f"<p>{'Na stretnutí sme hovorili o novej verzii a o preklade do slovenčiny. ' * 5}</p></div></div>"
        f"</div>{DR_MENU}</body></html>"
    )


def dr_topic() -> str:
    """A forum topic: its breadcrumb (the home, the forums' index, its forum), its question, no date read."""
    return (
        '<html><head><title>Zoznam webov</title></head><body><div id="header"><a href="/">Drupal.sk</a></div>'
        '<div class="main-content"><div class="breadcrumb"><a href="/index/">Domovská stránka</a> › '
        '<a href="/forum/">Fórum komunity Drupal</a> › <a href="/forum/21/">Zoznam webov na Drupale</a></div>'
        f"<h1>Zoznam webov</h1><p>{'Pridajte sem svoj web, ak beží na Drupale, s krátkym popisom. ' * 3}</p></div>"
        f"{DR_MENU}</body></html>"
    )


def dr_forum_index() -> str:
    """The forums' index: a table of forums, each with its topics' count; no date, no prose."""
    rows = "".join(
        f'<tr><td class="forum"><div class="name"><a href="/forum/{n}/">Fórum {n}</a></div></td><td>{n * 7}</td></tr>'
        for n in range(1, 8)
    )
    return (
        '<html><head><title>Fórum</title></head><body><div id="header"><a href="/">Drupal.sk</a></div>'
        f'<div class="main-content"><table>{rows}</table></div>{DR_MENU}</body></html>'
    )


def test_an_undated_record_the_menus_link_is_a_section_not_a_post() -> None:
    """drupal-sk: ``/forum/`` (the forums' index, the menu's "Fórum") is a record only of a forum topic's breadcrumb
    read as a list, in the crawl orders that read that topic before another of its forum (which makes the trail the
    site's chrome). Undated, it was an article there ("a listing's record; its family shows dates": ``/*/`` holds
    the posts' aliases), a page in the other orders. The menus link it: a section of the site, in every order."""
    model = SiteModel()
    home = dr_analysed(dr_stream("Drupal.sk", DR_NODES), "/")
    model.enter(home.url)
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    blog = dr_analysed(dr_stream("Blogy", DR_ALIASES), "/blog/")
    model.observe(blog)
    assert model.classify(blog, has_body=True).role == LISTING
    for path in DR_ALIASES + DR_NODES:
        node = dr_analysed(dr_node(path), path)
        model.observe(node)
        assert model.classify(node, has_body=True).role == ARTICLE
    topic = dr_analysed(dr_topic(), "/node/545/")
    model.observe(topic)
    assert model.classify(topic, has_body=True).role == LISTING  # its trail, read as a list
    forum = dr_analysed(dr_forum_index(), "/forum/")
    model.observe(forum)
    assert DR + "/forum/" in model.menu_word_targets and not forum.has_date
    decision = model.classify(forum, has_body=True)
    if decision.role == UNDECIDED:
        decision = model.resolve(forum, has_body=True)
    assert decision.role == PAGE
    # An undated post the menus link, with its text (a blog's post in a sidebar box of short links: blogger-lafuite's
    # recipe, placed as a section on the rule's first form), stays a post of its family.
    guide = dr_analysed(
        dr_forum_index().replace(
            "<table>", f"<p>{'Návod, ako preložiť modul do slovenčiny krok za krokom. ' * 6}</p><table>"
        ),
        "/prirucky/",
    )
    model.members.add(guide.url, DR + "/node/545/")
    model.observe(guide)
    assert DR + "/prirucky/" in model.menu_word_targets and not guide.has_date
    assert model.classify(guide, has_body=True).role == ARTICLE


# --- a probe's article pattern and the undated single pages it also matches ----------------------------------------

VSB = "http://college.test"
VSB_ALLOWED = frozenset({"college.test"})
VSB_MENU = (
    '<div class="nav"><ul><li><a href="/index.htm">首 页</a></li><li><a href="/xygk/xyjj.htm">学院概况</a></li>'
    '<li><a href="/xwdt.htm">新闻动态</a></li></ul></div>'
)
VSB_NEWS = [f"/info/1011/{1200 + n}.htm" for n in range(7)]
VSB_INTRO = "/info/1051/1018.htm"


def vsb_analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, VSB + path, VSB_ALLOWED, html)


def vsb_item(path: str, day: str | None) -> str:
    """VSB's news-content component: the headline, the date line (none on a column's single page), the text."""
    line = f'<div class="sj">日期：{day}&nbsp;&nbsp;点击：120</div>' if day else ""
    return (
        f"<html><head><title>条目 {path}</title></head><body>{VSB_MENU}<div class=main><form name=_newscontent>"
        f'<div class="titlestyle1">学院条目 {path}</div>{line}<div class="v_news_content">'
        f"<p>{'学院坚持以服务学习者为宗旨，依托信息技术开展远程教育。' * 4}</p></div></form></div></body></html>"
    )


def vsb_column() -> str:
    rows = "".join(
        f'<li><a href="{path}">学院召开第{n}次教学工作会议部署新学期工作</a><span>2021-04-{n + 10:02d}</span></li>'
        for n, path in enumerate(VSB_NEWS, 1)
    )
    return (
        f"<html><head><title>新闻动态</title></head><body>{VSB_MENU}<div class=main><ul class=list>{rows}</ul>"
        "</div></body></html>"
    )


def test_a_probes_article_pattern_leaves_an_undated_single_page_to_the_model() -> None:
    """vsb-tztvu via its probe's profile: the probe saw fifty pages and wrote ``/info/\\d+/\\d+\\.htm`` as the
    article pattern; every news item under it prints its day, and so the column's single pages under it do not
    (a college's introduction, a programme's page). The pattern made those two articles (generic mode places them
    as pages); the model decides them now, as in generic mode."""
    model = SiteModel()
    column = vsb_analysed(vsb_column(), "/xwdt.htm")
    model.enter(column.url)
    model.observe(column)
    assert model.classify(column, has_body=True).role == LISTING
    for n, path in enumerate(VSB_NEWS, 1):
        item = vsb_analysed(vsb_item(path, f"2021年04月{n + 10:02d}日"), path)
        model.observe(item)
        decision = model.overrule(item, model.classify(item, has_body=True), True)
        assert decision.role == ARTICLE
    intro = vsb_analysed(vsb_item(VSB_INTRO, None), VSB_INTRO)
    model.observe(intro)
    assert not intro.has_date
    decision = model.overrule(intro, model.classify(intro, has_body=True), True)
    assert decision.role != ARTICLE
    assert model.resolve_all([(intro, True, True)])[intro.url].role == PAGE


def test_a_probes_article_pattern_still_wins_where_the_posts_are_undated() -> None:
    """Where the pattern's posts print no dates themselves, the pattern decides, as before."""
    model = SiteModel()
    column = vsb_analysed(vsb_column(), "/xwdt.htm")
    model.enter(column.url)
    model.observe(column)
    model.classify(column, has_body=True)
    for path in [*VSB_NEWS, VSB_INTRO]:
        item = vsb_analysed(vsb_item(path, None), path)
        model.observe(item)
        assert model.overrule(item, model.classify(item, has_body=True), True).role == ARTICLE


def test_records_of_another_layout_held_together_under_one_pattern_are_a_section_of_posts() -> None:
    """quarto-interas: eleven news posts (``/noticias/posts/<folder>/``, each folder a URL family of its own) laid out
    unlike the listed pages of another section, which share one layout. Held together under one URL pattern, five
    at least, they are a section of posts, not strays: placed as before (on the rule's first form, 6 of 17 posts)."""
    model, _ = downloads_site(["article"] * len(DL_ARTICLES))
    pages = [dl_analysed(dl_download(f"/down/{7000 + n}.html"), f"/down/{7000 + n}.html") for n in range(5)]
    for page in pages:
        model.members.add(page.url, DL + "/index1.html")  # the desktop home's boxes list them
        model.reach(page.url)
        model.observe(page)
    decisions = model.resolve_all([(page, True, None) for page in pages])
    assert {decision.role for decision in decisions.values()} == {ARTICLE}
