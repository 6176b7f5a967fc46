"""Site shapes of a Chinese CMS portal's static copy, first met on the sixth held-out round (docs/realsites.md,
"Held-out sites, sixth round"), written small by hand: a template that sets its breadcrumb in a heading above the
headline, a site map whose headings name the channels the menu links, column lists whose entries label their own
dates (some linking ``javascript:;`` in a copy whose article links were blanked), a column of one entry, and a
footer's one friendly link. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://portal.test"
ALLOWED = frozenset({"portal.test"})
CHANNELS = [(f"/channel{n}.html", name) for n, name in enumerate(["新闻", "政策", "规划", "设计", "招标", "工程"], 1)]
MENU = (
    '<div class="nav"><ul class="menu">'
    + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in CHANNELS)
    + "</ul></div>"
)
FOOT = '<div class="links">友情链接 | <a href="/channel3.html">城乡规划信息网</a></div>'


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


def model_of_two_articles() -> SiteModel:
    """A site model that has seen two of the portal's articles, each placed as no listing."""
    model = SiteModel()
    model.enter(H + "/")
    for url, html in [
        ("/55542.html", article("住建部部署城市更新行动", "2020-11-18")),
        ("/55565.html", article("协会召开年度会员大会", "2020-11-19")),
    ]:
        page = analysed(html, url)
        model.observe(page)
        assert model.classify(page, has_body=True).role != LISTING
    return model


def article(title: str, day: str, trail: str = "", *, foot: str = FOOT) -> str:
    """The portal's article template: the breadcrumb in an <h3>, the headline in an <h2>, a "时间：/来源：" line."""
    crumbs = (
        trail
        or '<h3 class="crumbs"><a href="/index.html">首页</a>&gt;&gt;<a href="/channel1.html">新闻</a>&gt;&gt;</h3>'
    )
    text = "".join(
        f"<p>{title}：本报讯，协会组织会员单位开展了第{n}次专题学习交流活动，与会人员踊跃发言。</p>" for n in range(6)
    )
    return (
        f"<html><head><title>{title}_建设信息网</title></head><body>{MENU}<div class='main'>{crumbs}"
        f'<h2 class="biaoti">{title}</h2><ul class="xinxi"><li>时间：{day} 10:21</li><li>来源：建设信息网</li></ul>'
        f'<div class="nr">{text}</div></div>{foot}</body></html>'
    )


def column(entries: list[tuple[str, str, str]], *, stated: str = "") -> str:
    """A column's list: each entry a headline, a summary and its own "发布时间：" line."""
    items = "".join(
        f'<ul class="list"><li class="tit"><a href="{href}"><b>{title}</b></a></li>'
        f'<li class="content">{title}的摘要：项目已具备条件，现予公告。... <a href="{href}">[查看全文]</a></li>'
        f'<li class="time">发布时间：{day} 09:04:12</li></ul>'
        for href, title, day in entries
    )
    pager = f'<ul class="pages"><li><span class="pageinfo">{stated}</span></li></ul>' if stated else ""
    crumbs = '<h3 class="crumbs"><a href="/index.html">首页</a>&gt;&gt;<a href="/channel5.html">招标</a>&gt;&gt;</h3>'
    return (
        f"<html><head><title>招标公告_建设信息网</title></head><body>{MENU}<div class='main'>{crumbs}{items}{pager}"
        f"</div>{FOOT}</body></html>"
    )


def test_a_breadcrumb_in_a_heading_is_no_headline_link() -> None:
    """ "首页 >> 新闻 >>" set in an <h3> above the headline: the page's way home, not a record's headline. Read as
    the page's first heading link, it made every article of the template a listing's candidate and kept the
    template's label line ("时间：… 来源：…") from placing the posts only sidebars link."""
    page = analysed(article("住建部部署城市更新行动", "2020-11-18"), "/55542.html")
    assert page.heading_link is None
    assert page.labelled and page.has_date


def test_a_listings_first_heading_linking_one_record_still_counts() -> None:
    html = (
        f"<html><head><title>标签：城市更新</title></head><body>{MENU}<div class='main'>"
        '<h3><a href="/55542.html">住建部部署城市更新行动</a></h3><p>摘要。</p></div></body></html>'
    )
    assert analysed(html, "/tags/chengshi.html").heading_link == H + "/55542.html"


def site_map() -> str:
    boxes = "".join(
        f'<div class="linkbox"><h3><a href="{u}">{t}</a></h3><ul><li><a href="{u[:-5]}/sub{n}/">{t}子栏目</a></li>'
        f'<li><a href="{u[:-5]}/sub{n}b/">{t}栏目</a></li></ul></div>'
        for n, (u, t) in enumerate(CHANNELS)
    )
    return f"<html><head><title>建设信息网_网站地图</title></head><body>{MENU}<h2>网站地图</h2>{boxes}</body></html>"


def test_a_site_maps_headings_naming_the_menus_channels_make_no_listing() -> None:
    """DedeCMS's 网站地图 heads each channel's columns with the channel's link: the headings link the sections the
    menu on every page links, in the menu's words. Taken for a listing of headlines, it made each channel's front
    page "a listing's record" and, its URLs shaped like the articles' (/55542.html beside /channel2.html), an
    article."""
    model = model_of_two_articles()
    sitemap = analysed(site_map(), "/data/sitemap.html")
    assert sitemap.heading_link == H + "/channel1.html"
    model.observe(sitemap)
    assert model.classify(sitemap, has_body=True).role != LISTING
    assert not model.members.get(H + "/channel2.html")


def test_date_labels_repeated_in_each_entry_label_the_entries_not_the_page() -> None:
    """A column's entries each print "发布时间：…" (here linking ``javascript:;``, as in a copy whose article links
    were blanked: no link group holds them): the page is a list, not an article labelling itself."""
    dead = [("javascript:;", f"第{n}号工程施工招标公告", f"2020-04-{n + 10}") for n in range(4)]
    page = analysed(column(dead), "/zbgg/index.html")
    assert not page.labelled
    assert analysed(article("住建部部署城市更新行动", "2020-11-18"), "/55542.html").labelled


def test_a_column_of_one_entry_labels_its_entry_not_itself() -> None:
    """ "共1页1条记录": the entry's headline links the article, its date line follows it in the entry's block."""
    page = analysed(
        column([("/zbgg/7921.html", "中华人民共和国建筑法", "2013-07-22")], stated="共1页1条记录"), "/zbgg/"
    )
    assert not page.labelled
    dead = analysed(column([("javascript:;", "中华人民共和国城乡规划法", "2013-07-22")]), "/cxgh/")
    assert not dead.labelled


def test_a_short_articles_breadcrumb_of_long_names_leaves_its_label_its_own() -> None:
    """A trail's links ("首页 > 学院新闻动态栏目") sit together in one holder: no entry's headline."""
    trail = '<div class="position"><a href="/index.html">首页</a> &gt; <a href="/xyxw/">学院新闻动态栏目</a></div>'
    html = (
        f"<html><head><title>通知_学院</title></head><body>{MENU}<div class='main'>{trail}<h1>关于放假的通知</h1>"
        "<p>发布时间：2021-01-05</p><p>全院师生：寒假自1月20日起。</p></div></body></html>"
    )
    page = analysed(html, "/xyxw/12.html")
    assert page.labelled and page.has_date


def test_a_footers_one_friendly_link_is_no_last_pages_record() -> None:
    """The footer's friendly links, one of them on the site (a channel's front page), repeat on every page; a
    listing's later page, which may hold one record, does not list it."""
    model = model_of_two_articles()
    later = analysed(column([("/zbgg/0.html", "第0号工程施工招标公告", "2020-04-10")]), "/zbgg/list_5_2.html")
    model.observe(later)
    listed = {url for group in model.listing_groups(later, expected=True) for url in group.urls}
    assert H + "/channel3.html" not in listed
