"""Article templates of Chinese portals first met on session 17's held-out round (docs/realsites.md, "Held-out round
of session 17 (Chinese portals)"), written small by hand: a city-bus query site's news item, whose template writes
the text's paragraphs inside a ``<pre>``, puts the headline, the date line and the text in ``div.info`` (a furniture
word) inside a column ``div.main_poi`` (a content word) that also holds a pager and two lists of other news, and
carries a city picker of some hundred names in a ``display:none`` drop-down. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://bus.test"

PROVINCES = {
    "直辖市": "北京市 天津市 重庆市 上海市",
    "安徽": "合肥市 芜湖市 黄山市 安庆市 蚌埠市 亳州市 池州市 滁州市 阜阳市 淮北市 六安市 马鞍山市 宿州市",
    "福建": "福州市 莆田市 南平市 厦门市 泉州市 漳州市 三明市 龙岩市 宁德市",
    "甘肃": "兰州市 酒泉市 嘉峪关市 张掖市 天水市 白银市 定西市 金昌市 陇南市 平凉市 庆阳市 武威市",
    "广东": "广州市 清远市 韶关市 河源市 梅州市 潮州市 汕头市 揭阳市 汕尾市 惠州市 东莞市 深圳市 珠海市 中山市",
    "广西": "南宁市 桂林市 百色市 玉林市 钦州市 北海市 梧州市 柳州市 河池市 防城港市 贺州市 来宾市 崇左市",
    "河北": "石家庄市 张家口市 承德市 秦皇岛市 唐山市 廊坊市 保定市 沧州市 衡水市 邢台市 邯郸市",
}


def city_picker() -> str:
    """The header's city picker: a province's name, then its cities as script links, in a hidden drop-down."""
    style = ' style="display:none;"'
    rows = "".join(
        f'<div class="province clr"><em>{name}</em>'
        + "".join(f'<a href="javascript:void(0);" onclick="setCity(1);">{city}</a>' for city in cities.split())
        + "</div>"
        for _ in range(4)  # 28 provinces in the site's picker; seven, four times, here
        for name, cities in PROVINCES.items()
    )
    # by province, then the same cities again by their pinyin's first letter, as the site's picker does
    letters = "".join(
        f'<div class="province clr"><em>{letter}</em>'
        + "".join(f'<a href="javascript:void(0);">{city}</a>' for city in cities.split())
        + "</div>"
        for letter, cities in zip("ABCDEFGHJKLMNPQRSTWXYZ", [*PROVINCES.values()] * 3, strict=False)
    )
    return (
        f'<div class="city"><h1>某市公交</h1><a href="javascript:void(0);">[切换城市]</a></div>'
        f'<div class="citylist" id="cityList"{style}><div class="scrollList">'
        f'<div class="scroll" id="Province">{rows}</div><div class="scroll" id="Pinyin">{letters}</div></div></div>'
    )


OTHER_NEWS = [
    ("141438", "某市高考考生持证免费乘公交"),
    ("141437", "球迷包下公交线路感谢球队主教练"),
    ("141436", "某市70个惠民行动进行中 新建4座人行天桥"),
    ("141434", "某市专项整治公交车不报站 不报站将罚200元"),
    ("140585", "某广场环岛改造结束 3日起公交站点调整"),
    ("140584", "高考期间某市考生免费乘坐公交车 19处考点"),
]


def bus_item(headline: str, day: str, pre: str, column: str = "main_poi wrap") -> str:
    """The news template: header with the city picker, then the column (``div.main_poi``) > ``div.info`` (h1,
    p.from, pre), the previous/next pager and two boxes of other news."""
    lists = "".join(
        f'<div class="leftad"><div class="public first clr"><div class="title"><h2>{box}</h2></div><ul class="clr">'
        + "".join(f'<li><a href="{n}.html" target="_blank">{t}</a></li>' for n, t in OTHER_NEWS)
        + "</ul></div></div>"
        for box in ("某市公交猜你喜欢的", "某市公交资讯推荐")
    )
    return (
        f"<html><head><title>{headline}-某市公交网</title></head><body>"
        f'<div class="topbar"><div class="topbar_r">帮助中心 商务合作</div></div>{city_picker()}'
        '<div class="crumb container clear"><a href="/index.html">某市公交</a>&gt;&gt;<a href="/news.html">某市公交新闻'
        f"</a>&gt;&gt; {headline}</div>"
        f'<div class="container clear"><div class="{column}"><div class="left">'
        f'<div class="info clr"><h1>{headline}</h1><p class="from">{day} &nbsp;&nbsp; 某市公交新闻</p>'
        f"<pre>{pre}\n</pre></div>"
        '<div class="pagetitle clr"><div class="pre"><a href="142822.html" class="prea">&lt;&lt;</a></div>'
        '<div class="next"><a href="142824.html" class="prea">下一篇&gt;&gt;</a></div></div>'
        f"{lists}</div></div></div>"
        '<div class="footer"><p><a href="/about.html">关于某市公交</a>|<a href="/map.html">网站地图</a></p>'
        "<p>某某科技有限公司 ©2018</p></div></body></html>"
    )


SHORT_TEXT = (
    "某市地铁集团有限公司成立于2008年10月，根据某市轨道交通发展总体规划，为满足地铁2号线、3号线二期开通试运营，"
    "地铁集团与某职业技术学院于2017年4月签订合作协议，共同组建地铁订单班。"
)


def test_paragraphs_inside_a_pre_are_the_posts_text() -> None:
    """A ``<pre>`` holding ``<p>`` elements (which a ``<pre>``'s phrasing content cannot hold) is no code block: the
    template wrote the post's HTML inside it. Before, its paragraphs were code's lines and did not vote, and the
    breadcrumb and the lists of other news were the text."""
    headline = "某市70个惠民行动进行中 新建4座人行天桥"
    pre = (
        "<p><p>生活报6月9日讯 8日，记者从市政府获悉，某市今年确定了10个方面70个惠民行动项目，截至5月，各个项目进展"
        "如何，"
        "市民看这里全部知道。</p>\n<p>今年计划开工建设棚改租房7000套，基本建成棚改住房7000套。截至5月，全市实现开工1944套。"
        "某学院、南三环门前4个人行过街天桥已竣工。完成新增公交车辆60台。完成开通调整公交线路18条。</p> "
    )
    record = extract_article(bus_item(headline, "2017-06-26", pre, column="wrap"), H + "/city/news/141436.html")
    body = record["body"] or ""
    assert "惠民行动项目" in body and "公交线路18条" in body
    assert "某市高考考生持证免费乘公交" not in body and "猜你喜欢" not in body


def test_a_drop_down_hidden_by_its_style_does_not_vote() -> None:
    """The city picker (``style="display:none;"``, seven rows of city names) holds more lines than a short post: what
    the page hides from sight does not vote for the text. Before, its rows outvoted the post's one paragraph."""
    pre = f"<p>{SHORT_TEXT}</p>"
    record = extract_article(
        bus_item("某职业技术学院携手地铁集团", "2017-07-10", pre, column="wrap"), H + "/city/news/143459.html"
    )
    assert "订单班" in (record["body"] or "")
    assert "嘉峪关市" not in (record["body"] or "")


def test_the_headlines_block_is_the_post_in_a_column_of_link_lists() -> None:
    """The votes go to the column (``div.main_poi``, "main" a content word) around the headline's block
    (``div.info``, "info" a furniture word), which holds the column's only paragraph of prose; the rest of the
    column is a pager and two lists of other news. The headline's block is the post. Before, the column was, with
    the lists' headings and titles as text."""
    pre = f"<p>{SHORT_TEXT}</p>"
    record = extract_article(bus_item("某职业技术学院携手地铁集团", "2017-07-10", pre), H + "/city/news/143459.html")
    body = record["body"] or ""
    assert "订单班" in body
    assert "猜你喜欢" not in body and "某市高考考生持证免费乘公交" not in body and "下一篇" not in body


def test_the_day_and_the_columns_name_under_the_headline_are_its_date_line() -> None:
    """``p.from`` right under the headline prints the day and the column's name ("2017-07-10   某市公交新闻"), no
    sentence: the page's date line, which leaves the text once the day is read from it. Before, only a line holding
    the day alone was, and every post's text opened with it."""
    pre = f"<p>{SHORT_TEXT}</p>"
    record = extract_article(bus_item("某职业技术学院携手地铁集团", "2017-07-10", pre), H + "/city/news/143459.html")
    assert (record["published_at"] or "").startswith("2017-07-10")
    body = record["body"] or ""
    assert body.startswith("某市地铁集团有限公司") and "某市公交新闻" not in body


def highway_item(
    byline: str, headline: str = "某市公路养护处进村入户除雪通路", subtitle: str = "", doc_title: str = ""
) -> str:
    """A highway news portal's item: ``dl > dt`` the headline, ``dd`` a subtitle (a styled span, empty on most
    items), the byline, the source and the day, then the text ``div.ttxq_con``."""
    text = "".join(
        f"<p>{n}今年以来，某市公路养护处按照“万名机关干部下基层”活动要求，组织职工开展了进村入户除雪保通工作，"
        "受到了牧民群众的一致好评。</p>"
        for n in ("一是", "二是", "三是")
    )
    return (
        f"<html><head><title>{doc_title or headline}</title></head><body>"
        f'<div class="w1200 tt_con"><div class="left"><div class="ttxq_top"><dl><dt>{headline}</dt>'
        f'<dd><p><span style="font-size:18px;color:#333;">{subtitle}</span></p><span><img src="/i/1.png">作者：{byline}'
        "</span>"
        '<span><img src="/i/1.png">来源：某省交通运输厅</span>'
        '<span><img src="/i/2.png">时间：2020-12-29</span></dd></dl>'
        f'<div class="ttxq_con">{text}</div></div></div></div></body></html>'
    )


def test_a_reporters_role_in_the_author_label_is_no_name() -> None:
    """ "作者：记者魏玉坤、周圆" names two reporters: the role (记者) says who they are and leaves the author, which
    lists the names as the page writes them. Before, the author was the label's value with its role."""
    record = extract_article(highway_item("记者魏玉坤、周圆"), "http://highway.test/article/65386799.html")
    assert record["author"] == "魏玉坤、周圆"
    assert record["authors"] == ["魏玉坤", "周圆"]
    spaced = extract_article(highway_item("记者 龚严巍"), "http://highway.test/article/65384109.html")
    assert spaced["author"] == "龚严巍"
    plain = extract_article(highway_item("刘布阳"), "http://highway.test/article/65386942.html")
    assert plain["author"] == "刘布阳"


def test_the_headline_in_a_definition_term_matches_title() -> None:
    """The headline is the ``dt`` of the item's ``dl`` (``<title>`` says the same words), its subtitle a styled line in
    the ``dd`` right above the source and the day. Before, no ``dt`` was a headline candidate, and the styled line
    above the meta line was taken for the headline."""
    record = extract_article(
        highway_item("刘布阳", headline="西藏 离你越来越近", subtitle="“十三五”西藏交通运输发展综述"),
        "http://highway.test/article/65386942.html",
    )
    assert record["title"] == "西藏 离你越来越近"


# A sports site's columns: a news column whose listing dates its items, and a column of team profiles in the same
# item template whose listing prints no dates; every item's file is named by its id (``/<col>/<id>.html``).
SPORT = "http://sport.test"
SPORT_PROSE = "".join(
    f"<p>北京时间4月22日，主队在主场迎来客队的挑战，第{n}节比赛双方你来我往，比分交替上升，最终主队取得胜利。</p>"
    for n in range(4)
)


def sport_page(title: str, body: str) -> str:
    menu = "".join(
        f'<li><a href="/{c}/index.html">{name}</a></li>' for c, name in (("nba", "NBA资讯"), ("lqd", "篮球队"))
    )
    return (
        f"<html><head><title>{title}_某体育网</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<article><div class='left-box'>{body}</div></article><footer>Copyright 某体育网</footer></body></html>"
    )


def sport_item(title: str, day: str) -> str:
    """The item template: ``h1.news-title-h1``, the labelled day, the text."""
    return sport_page(
        title,
        f"<div class='newstext-box'><h1 class='news-title-h1'>{title}</h1><div class='picview-other'>"
        f"<span class='po-date'>发布时间：{day} 16:15:31</span></div><div class='newstext'>{SPORT_PROSE}</div></div>",
    )


def sport_analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, SPORT + url, frozenset({"sport.test"}), html)


SPORT_NEWS = [(f"/nba/{1690 + n}.html", f"第{n}场常规赛主队击败客队取得连胜", f"2021-04-{10 + n}") for n in range(7)]


def sport_model(column: list[tuple[str, str]]) -> tuple[SiteModel, list[PageAnalysis]]:
    """The dated news listing and its items, then the undated column ``column`` and its items (held)."""
    model = SiteModel()
    model.enter(SPORT + "/")
    news_list = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in SPORT_NEWS)
    teams_list = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in column)
    for url, html in (
        ("/nba/index.html", sport_page("NBA资讯", f"<ul class='list'>{news_list}</ul>")),
        ("/lqd/index.html", sport_page("篮球队", f"<ul class='list'>{teams_list}</ul>")),
    ):
        model.reach(SPORT + url)
        listing = sport_analysed(html, url)
        model.observe(listing)
        assert model.classify(listing, has_body=True, expected_listing=True).role == LISTING
    for url, title, day in SPORT_NEWS:
        item = sport_analysed(sport_item(title, day), url)
        model.observe(item)
        assert model.classify(item, has_body=True).role == ARTICLE
    held = []
    for n, (url, title) in enumerate(column):
        item = sport_analysed(sport_item(title, f"2020-12-{10 + n}"), url)
        model.observe(item)
        assert model.classify(item, has_body=True).role == UNDECIDED
        held.append(item)
    return model, held


def test_items_named_by_their_id_in_an_undated_column_are_posts() -> None:
    """The team column's listing prints no dates, where the news listing dates every item; each team's page prints
    its day under the items' headline template, its file named by its id as every news item's is (``/lqd/65.html``
    beside ``/nba/1698.html``). The look the two share, ``/*/*.html``, has only free folders, which alone says
    nothing (a docs section's guides share it with a blog's posts); an id for a name does. Before, the team pages
    were "a record of undated lists only, of a family no listing dates", pages (jizhi-sdhjnl's 13 teams)."""
    teams = [(f"/lqd/{65 + n}.html", f"第{n}支国家男子篮球队") for n in range(3)]
    model, held = sport_model(teams)
    decisions = model.resolve_all([(item, True, None) for item in held])
    assert {d.role for d in decisions.values()} == {ARTICLE}


def test_items_named_by_a_slug_in_an_undated_column_stay_pages() -> None:
    """The same column with its files named by a slug (``/lqd/usa-team.html``): the shared look names nothing, and the
    rule for undated records still makes them pages."""
    teams = [(f"/lqd/team-{name}.html", f"第{n}支国家男子篮球队") for n, name in enumerate(("usa", "spain", "china"))]
    model, held = sport_model(teams)
    decisions = model.resolve_all([(item, True, None) for item in held])
    assert {d.role for d in decisions.values()} == {PAGE}


def test_a_kicker_before_the_headline_in_title_is_the_columns() -> None:
    """``<title>`` "白皮书：推动构建全球交通命运共同体" over the item's ``dt`` "推动构建全球交通命运共同体": a short
    first part and a colon before the words the page's headline says is a kicker; the headline is what the page
    shows. Before, nothing matched ``<title>`` whole and ``<title>`` was the title."""
    record = extract_article(
        highway_item("刘布阳", headline="推动构建全球交通命运共同体", doc_title="白皮书：推动构建全球交通命运共同体"),
        "http://highway.test/article/65386793.html",
    )
    assert record["title"] == "推动构建全球交通命运共同体"


def test_a_title_escaped_twice_is_read_as_the_headline_says() -> None:
    """``<title>`` escaped twice by the CMS (``&amp;quot;``, the tab shows "&quot;"), the headline a quote mark: the
    title is matched to the headline with its entities decoded. Before, ``<title>`` was the title, "&quot;" and all."""
    record = extract_article(
        highway_item(
            "刘布阳",
            headline="交通运输部回应&quot;7月20日起高速免费通行&quot;:消息不实",
            doc_title="交通运输部回应&amp;quot;7月20日起高速免费通行&amp;quot;:消息不实",
        ),
        "http://highway.test/article/65384234.html",
    )
    assert record["title"] == '交通运输部回应"7月20日起高速免费通行":消息不实'


def test_a_headline_escaped_twice_as_its_title_is_read_as_written() -> None:
    """The bus site escapes both twice: ``<title>`` and the ``h1`` print "安全弦&nbsp;定期" as text. The title as
    written matches the headline, and is not decoded (which would part them)."""
    headline = "某市地铁建设时刻绷紧安全弦&amp;nbsp;定期应急演练"
    html = bus_item(headline, "2017-07-10", f"<p>{SHORT_TEXT}</p>").replace(
        f"<title>{headline}-某市公交网</title>",
        "<title>某市地铁建设时刻绷紧安全弦&amp;nbsp;定期应急演练-某市公交网</title>",
    )
    record = extract_article(html, H + "/city/news/143464.html")
    assert record["title"] == "某市地铁建设时刻绷紧安全弦&nbsp;定期应急演练"
