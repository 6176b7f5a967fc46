"""Site shapes of CMS exports first met on the fifth held-out round (docs/realsites.md, "Held-out sites, fifth
round"), written small by hand: a WordPress theme that wraps each post block in a list item of its own and
dates it in French, a sidebar's box of recent posts, and a Chinese CMS whose listings print "MM-DD". Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, PAGE, SiteModel
from archiver.extract.html import parse_html

H = "http://assoc.test"
ALLOWED = frozenset({"assoc.test"})
NAV = '<nav><a href="/">Accueil</a><a href="/category/ateliers/">Ateliers</a><a href="/contact/">Contact</a></nav>'

# (path, title, French date as the theme prints it, the post's own categories)
POSTS = [
    ("ateliers/visite-du-labo", "Visite du laboratoire de biomécanique", "31 août 2020", ["ateliers", "visites"]),
    ("minute/mai-2020/organes", "Les organes artificiels, avenir de demain ?", "12 mai 2020", ["minute-mai"]),
    ("minute/avril-2020/respirateurs", "Respirateurs : les moyens face à la demande", "3 avril 2020", ["minute-avril"]),
    ("ateliers/interview-datrend", "Intervention de Datrend à Polytech", "11 novembre 2019", ["ateliers"]),
    ("minute/mars-2020/tep", "À la découverte du TEP-TDM numérique", "20 mars 2020", ["minute-mars", "sante"]),
]


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


def ashe_listing(posts: list[tuple[str, str, str, list[str]]], sidebar: str = "") -> str:
    """Ashe's blog grid: each post block alone in its list item, carrying its own category classes."""
    items = "".join(
        '<li><article class="blog-post post type-post hentry format-standard '
        + " ".join(f"category-{c}" for c in cats)
        + f'"><div class="post-media"><a href="/{path}/"></a></div><header class="post-header">'
        f'<h2 class="post-title"><a href="/{path}/">{title}</a></h2><div class="post-meta">'
        f'<span class="post-date">{day}</span></div></header><div class="post-content"><p>{title} : les premières '
        f'lignes du billet, comme le thème les montre.</p></div><div class="read-more"><a href="/{path}/">lire la '
        "suite</a></div></article></li>"
        for path, title, day, cats in posts
    )
    return (
        "<html><head><title>Ateliers - APLEB</title></head><body>"
        f'<header>{NAV}</header><div class="main-content"><ul class="blog-grid">{items}</ul>'
        f'<div class="pagination"><a href="/category/ateliers/page/2/">Suivant</a></div></div>{sidebar}</body></html>'
    )


def test_post_blocks_alone_in_their_list_items_with_their_own_classes_are_one_dated_group() -> None:
    page = analysed(ashe_listing(POSTS), "/category/ateliers/")
    titles = {f"{H}/{path}/" for path, _, _, _ in POSTS}
    grouped = [g for g in page.groups if titles <= set(g.urls)]
    assert grouped, [(g.key, g.urls) for g in page.groups]
    # "31 août 2020": a day, a month's name in French and a year, alone in the record's date element
    assert max(g.dated for g in grouped) == len(POSTS), [(g.key, g.dated) for g in grouped]


def test_a_headline_with_a_number_and_a_year_is_no_date() -> None:
    posts = [(p, t, "Top 10 films 2020 des étudiants", c) for p, t, _, c in POSTS]
    page = analysed(ashe_listing(posts), "/category/ateliers/")
    assert all(g.dated == 0 for g in page.groups), [(g.key, g.dated) for g in page.groups]


def observed_all(model: SiteModel, pages: list[tuple[str, str]]) -> dict[str, PageAnalysis]:
    """Every page read, reached from the home and classified, in order, as a crawl meets them."""
    placed = {}
    for url, html in pages:
        page = analysed(html, url)
        model.observe(page)
        model.reach(H + url)
        model.classify(page, has_body=True)
        placed[url] = page
    return placed


def post_page(title: str, iso_day: str, shown: str, *, sidebar: str = "") -> str:
    prose = "<p>" + f"{title} : le texte du billet, écrit par les étudiants de l'association. " * 6 + "</p>"
    return (
        f'<html><head><title>{title} - APLEB</title><meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{iso_day}T10:00:00+00:00"></head><body>'
        f'<header>{NAV}</header><div class="main-content"><article class="post"><header class="post-header">'
        f'<h1 class="post-title">{title}</h1><span class="post-date">{shown}</span></header>'
        f'<div class="post-content">{prose}</div></article></div>{sidebar}</body></html>'
    )


RECENT = [
    ("objets-co/objets-co", "Objets Co’", "19 avril 2021"),
    ("le-ptit-biomed/le-ptit-biomed", "Le Ptit Biomed®", "19 avril 2021"),
    ("non-classe/biomaide", "Biom’aide", "19 avril 2021"),
]
SIDEBAR = (
    '<aside class="sidebar"><div class="widget"><h2>Nos derniers articles</h2><ul>'
    + "".join(
        f'<li><a href="/{path}/">{title}</a><span class="post-date">{day}</span></li>' for path, title, day in RECENT
    )
    + "</ul></div></aside>"
)


def test_a_post_only_the_sidebars_dated_recent_posts_box_links_is_an_article() -> None:
    """The export has no listing of the project posts: only the "recent posts" box on every page links them,
    with their dates. Each is dated and marked up as an article on its own page, in the listed posts' layout."""
    model = SiteModel()
    model.enter(H + "/")
    pages = [("/", ashe_listing(POSTS, SIDEBAR))]
    pages += [(f"/{path}/", post_page(title, "2020-05-12", day, sidebar=SIDEBAR)) for path, title, day, _ in POSTS]
    pages += [(f"/{path}/", post_page(title, "2021-04-19", day, sidebar=SIDEBAR)) for path, title, day in RECENT]
    placed = observed_all(model, pages)
    roles = {url: model.resolve(page, has_body=True) for url, page in placed.items()}
    assert all(roles[f"/{path}/"].role == ARTICLE for path, _, _, _ in POSTS), roles
    for path, _, _ in RECENT:
        assert roles[f"/{path}/"].role == ARTICLE, roles[f"/{path}/"].reason


def cms_page(title: str, main: str) -> str:
    return (
        f"<html><head><title>{title}_成都建职中</title></head><body>"
        '<div class="header"><ul><li><a href="/">学校首页</a></li><li><a href="/news/">新闻中心</a></li>'
        '<li><a href="/university/">优秀大学</a></li></ul></div>'
        f'<div class="content">{main}</div><div class="footer"><p>联系电话：400-000-0000</p></div></body></html>'
    )


COLLEGES = [(n, f"第{n}职业技术学院") for n in range(1, 7)]
NEWS = [
    ("tests", 39, "企业招聘信息"),
    ("tests", 40, "迎战双证考试 奠定职业基础"),
    ("guide", 48, "认真做好中等职业学校抽查考核工作"),
    ("study", 20, "学雷锋争做新时代新公民"),
    ("study", 27, "企业文化与职场礼仪"),
]


def colleges_listing() -> str:
    """The one listing printing whole dates (``2017-04-13``) beside its records: it lists colleges."""
    return cms_page(
        "优秀大学",
        "".join(
            f'<div class="item"><h4><a href="/university/{n}.html">{name}</a></h4>'
            "<ul><li><b>[ 发布时间 ]</b><span>2017-04-13</span></li>"
            f"<p>{name}是一所公办全日制高等职业院校。</p></ul></div>"
            for n, name in COLLEGES
        ),
    )


def test_a_cms_article_labelling_its_date_is_an_article_though_its_listings_print_no_year() -> None:
    """The only listing printing whole dates lists colleges; the news listings print "04-07" beside each
    record. Each news article labels its own date ("发表时间：2017-04-07 …") in the CMS's article template."""
    model = SiteModel()
    model.enter(H + "/")
    colleges = colleges_listing()
    news = cms_page(
        "新闻中心",
        "".join(
            f'<div class="xlt"><h5><a href="/news/{sub}/{n}.html">{title}</a></h5>'
            f"<p>{title}。学校召开会议，部署工作。</p>"
            f'<h4>{i} <span>04-07</span></h4><a class="more" href="/news/{sub}/{n}.html">查看详情</a></div>'
            for i, (sub, n, title) in enumerate(NEWS, 1)
        )
        + '<div class="pages"><a href="/news/index_2.html">下一页</a></div>',
    )
    body = "我校组织学生参加活动，同学们积极参与，收获很大。老师们认真指导，活动取得圆满成功。" * 4
    pages = [("/university/", colleges), ("/news/", news)]
    pages += [
        (
            f"/news/{sub}/{n}.html",
            cms_page(
                title,
                f'<div class="n_info_con"><h1>{title}</h1><div class="info_con_tit"><span>人气：12</span>'
                f'<span>发表时间：2017-04-07 10:20:00</span></div><div id="cntrBody"><p>{body}</p></div></div>',
            ),
        )
        for sub, n, title in NEWS
    ]
    placed = observed_all(model, pages)
    for sub, n, _ in NEWS:
        decision = model.resolve(placed[f"/news/{sub}/{n}.html"], has_body=True)
        assert decision.role == ARTICLE, (sub, n, decision.reason)


def wiki_page(title: str, main: str, *, published: bool = True) -> str:
    meta = '<meta property="article:published_time" content="2020-08-09T15:07:59+08:00">' if published else ""
    return (
        f'<html><head><title>{title} - LUG</title><meta property="og:type" content="article">{meta}</head><body>'
        '<div class="masthead"><nav><a href="/">LUG</a><a href="/wiki/">Wiki</a><a href="/news/">News</a></nav></div>'
        f'<div class="initial-content"><article class="page"><header><h1>{title}</h1></header>'
        f'<section class="page__content">{main}</section></article></div></body></html>'
    )


SCRIPTS = [("wlt", "网络通脚本"), ("douban", "豆瓣电台"), ("you_get", "You-Get")]


def test_a_pages_own_dated_table_of_sub_pages_is_no_box_of_recent_posts() -> None:
    """A wiki's index of scripts dates each entry in a table of its own text: the scripts, dated by their
    generator and marked up as articles in the news posts' layout, stay pages (only a box the pages repeat
    vouches for its entries)."""
    model = SiteModel()
    model.enter(H + "/")
    prose = "<p>" + "本页收集了社区成员编写的各种实用脚本，欢迎大家补充和改进，使用前请先阅读说明。" * 4 + "</p>"
    index = wiki_page(
        "脚本",
        prose
        + "<table><tbody>"
        + "".join(
            f'<tr><td><a href="/wiki/scripts/{slug}/">{name}</a></td><td>2010/11/2{n} 19:41</td><td>Stephen</td></tr>'
            for n, (slug, name) in enumerate(SCRIPTS)
        )
        + "</tbody></table>",
    )
    news = "".join(
        f'<div class="list__item"><article><h2><a href="/news/2021/0{n}/post-{n}/">社区新闻 {n}</a></h2>'
        f"<p>2021-0{n}-01</p></article></div>"
        for n in range(1, 7)
    )
    listing = wiki_page("News", news + '<nav class="pagination"><a href="/news/2/">2</a></nav>', published=False)
    body = "<p>" + "这个脚本的用法很简单，把它下载到本地，按照下面的步骤配置即可使用。" * 6 + "</p>"
    pages = [("/news/", listing), ("/wiki/scripts/", index)]
    pages += [(f"/news/2021/0{n}/post-{n}/", wiki_page(f"社区新闻 {n}", body)) for n in range(1, 7)]
    pages += [(f"/wiki/scripts/{slug}/", wiki_page(name, body)) for slug, name in SCRIPTS]
    placed = observed_all(model, pages)
    for slug, _ in SCRIPTS:
        decision = model.resolve(placed[f"/wiki/scripts/{slug}/"], has_body=True)
        assert decision.role == PAGE, (slug, decision.reason)


def test_a_wiki_note_dated_in_its_text_listed_by_an_unpaged_index_stays_a_page() -> None:
    """Where listings date posts, a wiki note whose text opens "时间：2014-10-07", listed only by the wiki's
    index (no pager), is a page: the labelled-date rule is for the records of a paged stream."""
    model = SiteModel()
    model.enter(H + "/")
    colleges = colleges_listing()
    notes = [(f"/wiki/digest/note-{n}/", f"读书笔记第{n}篇") for n in range(1, 4)]
    index = cms_page(
        "读书笔记",
        "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in notes) + "</ul>",
    )
    body = "这本书讲述了编辑器的历史和用法，作者用很多例子说明了命令的组合方式。" * 4
    pages = [("/university/", colleges), ("/wiki/digest/", index)]
    pages += [(u, cms_page(t, f"<h1>{t}</h1><p>时间：2014-10-07</p><p>{body}</p>")) for u, t in notes]
    placed = observed_all(model, pages)
    for url, _ in notes:
        decision = model.resolve(placed[url], has_body=True)
        assert decision.role == PAGE, (url, decision.reason)
