"""Article templates of Chinese portals first met on session 16's held-out round (docs/realsites.md, "Held-out round
of session 16 (Chinese)"), written small by hand: a county bureau's TRS portal that prints the headline as a
``<font>`` in a plain ``<div>`` over "来源：… 时间：…", titles every page with the bureau's name and ends every page
with a copyright block and a few links; a school's TRS portal whose name holds a hyphen and whose reports end with
the school's name; and a lottery centre's campaign front whose only days are in its sentences. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://bureau.test"
ALLOWED = frozenset({"bureau.test"})
SITE = "某某县林业局-某某县林业局"
FOOTER = (
    '<div class="foot"><div class="TRS_Editor"><p align="center"><font style="font-size: 9pt">版权所有：'
    f"{SITE}&nbsp;电话：0432-64000000&nbsp;地址：某某市某某区某某大街78号</font></p>"
    '<p align="center"><font style="font-size: 9pt">网站标识码：2202000000&nbsp;</font>'
    '<a href="javascript:;">吉ICP备05000000号</a></p></div>'
    '<a href="javascript:;"><img src="/images/ga.png"><p>吉公网安备22021100000000号</p></a>'
    '<a href="/zddt/index.html">网站地图</a></div>'
)


def bureau_item(headline: str, day: str, text: str) -> str:
    """The bureau's item template: the headline a <font> in div.z1, the meta line div.z2, the text div.z3."""
    return (
        f"<html><head><title>{SITE}</title></head><body>"
        '<div class="menu"><ul><li><a href="/index.html">网站首页</a></li><li><a href="/xwdt/index.html">新闻动态</a>'
        '</li><li><a href="/xxgk/index.html">信息公开</a></li></ul></div>'
        '<div class="dz">当前位置：<a href="/index.html">首页</a>&gt;<a href="/xxgk/index.html">信息公开</a></div>'
        '<div class="pz_mian"><div class="w_1200"><div class="c_1200_7">'
        f'<div class="xxy"><div class="z1"><font style="FONT-SIZE: 22pt" face="黑体">{headline}</font></div>'
        f'<div class="z2"> 来源：{SITE}    时间：{day} 10:11</div>'
        f'<div class="z3"><div class="TRS_Editor">{text}</div><br></div></div></div></div></div>{FOOTER}</body></html>'
    )


def test_the_sites_name_opening_the_text_is_no_headline_under_a_styled_line() -> None:
    """``<title>`` is the bureau's name alone, and the text opens with that name in a ``<font>`` of its own (the
    rules' heading: "<Bureau>“双随机”抽查工作细则"): a line repeating ``<title>`` inside the text, after the meta line,
    is the site's name, while the line set apart by its look above the meta line is the headline. Before, the
    rule reading such a line as no headline asked for a heading (h1-h3) above the meta line."""
    text = f'<p align="center"><font>{SITE}</font><font>“双随机”抽查工作细则</font></p>' + "".join(
        f"<p><font>第{n}条</font><font>为促进市场公平竞争，维护市场正常秩序，加强对林业生产经营主体的监督管理，"
        "规范林业系统日常监管行为，制定本细则。</font></p>"
        for n in "一二三四"
    )
    record = extract_article(bureau_item("林业局双随机工作细则(正式）", "2017-05-26", text), H + "/a/t20171122_1.html")
    assert record["title"] == "林业局双随机工作细则(正式）"
    assert (record["published_at"] or "").startswith("2017-05-26")


def test_a_short_item_before_the_footer_is_its_text_though_links_end_the_page() -> None:
    """An attachment's item ("表详见附件") has too little text to outvote the copyright block; the block under its
    headline and date line is its text. Before, the footer's last links (a site map, the record number's badge)
    counted as text after the voted block, and the copyright block was taken for the post."""
    record = extract_article(
        bureau_item("2019年度某某县林业局政府网站工作年度报表", "2020-01-13", "<p>表详见附件</p>"),
        H + "/xxgk/ndbg/202001/t20200113_2.html",
    )
    assert record["body"] == "表详见附件"


def test_a_picture_items_captions_are_its_text_under_a_headline_with_inner_markup() -> None:
    """A gallery whose text is its pictures' captions, under a headline ``<div><font>…</font></div>``: the
    headline's own ``<font>`` is part of the headline, not "a line under the headline that is no date line". Before,
    it was, and the rule placing the text under the date line gave up for the footer."""
    captions = "".join(f'<p align="center"><img src="p{n}.jpg"></p><p align="center">枫雪谷{n}</p>' for n in range(4))
    record = extract_article(bureau_item("苏密沟枫雪谷", "2017-07-10", captions), H + "/lyfc/201708/t20170805_3.html")
    assert "版权所有" not in record["body"]
    assert "枫雪谷3" in record["body"]


def test_a_short_post_under_its_source_and_date_smalls_is_its_text() -> None:
    """A lottery centre's Bootstrap template: ``<h4>`` headline, ``<small>来源： …</small>``, ``<small class="sj-zh">
    2019-04-02 15:38</small>``, the text ``div.article``: a budget posted as an attachment ("点击下载附件：" and its
    name) has too little text to outvote the copyright block. The source line between the headline and the date
    line is the post's meta, and the date line may be a ``<small>``. Before, the source line ended the search as "a
    line of another layout", and the footer was taken for the post."""
    html = (
        "<html><head><title>中心2019年度预算</title></head><body>"
        '<nav><a href="/index.html">首页</a><a href="/xxgk/index.html">信息公开</a></nav>'
        '<div class="container"><ol class="breadcrumb">当前位置： <a href="/index.html">首页</a> &gt; '
        '<a href="/xxgk/cwyjs/index.html">财务预决算</a></ol><div class="row"><div class="col-lg-8 text_content">'
        "<h4>中心2019年度预算</h4><small>来源： <span>中国某某网</span></small>"
        '<small class="sj-zh">2019-04-02 15:38</small><div class="dropdown"><div class="share"></div></div>'
        '<div class="article"><p>中心2019年度预算</p><p>点击下载附件：</p><p><a href="/upload/1.pdf">中心2019年度预算'
        "</a></p></div></div></div></div>"
        '<div class="f_c_03"><div class="text-center"><p>版权所有：中国某某发行管理中心  网站主办：中国某某发行管理中心'
        "</p><p>地址：北京市朝阳区某某路73号  邮编：100101</p><p>ICP备案编号：京ICP备13000000"
        '<a href="javascript:;"><img src="/babh.jpg">京公网安备 11010500000000号</a></p></div>'
        '<center><a href="javascript:;"><img src="/blue.png"></a></center></div></body></html>'
    )
    record = extract_article(html, H + "/c/2019-04-02/450962.html")
    assert "版权所有" not in record["body"]
    assert "点击下载附件" in record["body"]


SCHOOL = "某某县北关小学-某某县桥山中学"


def school_item(headline: str, section: str, day: str, text: str) -> str:
    """The school's item template: h4.dttitle04, the span after it ("2015-03-02 <school>"), the text block."""
    return (
        f"<html><head><title>{headline}_{section}_{SCHOOL}</title></head><body>"
        f'<div class="nav"><a href="/index.html">首页</a><a href="/xyzx/index.html">校园资讯</a></div>'
        '<div class="newsdetail04"><div class="dttop04 clearfix">'
        f'<h4 class="dttitle04 canedit">{headline}</h4><span class="canedit">{day} &nbsp; {SCHOOL}</span></div>'
        f'<div class="newsdetailtext04 canedit"><div class="TRS_Editor">{text}</div></div>'
        '<a class="backnewslist" href="../index.html">返回列表</a></div>'
        f'<div class="footcont">联系我们 版权所有 Copyright© 2019 {SCHOOL}</div></body></html>'
    )


def test_a_report_ending_with_the_schools_hyphenated_name_keeps_its_headline() -> None:
    """``<title>`` "Headline_Section_北关小学-桥山中学": the school's name holds a separator, so its last part alone
    is "桥山中学", and the report's last line, the school's whole name, matched ``<title>``'s end as a longer text
    than the headline. A text saying ``<title>``'s last parts together is the site's name as its last part is."""
    text = (
        "".join(
            f"<p>近年来，{SCHOOL}本着以生命教育为核心的教育信念，围绕健康安全教育、文明礼仪教育开展了第{n}项工作。</p>"
            for n in range(4)
        )
        + f'<p align="right">{SCHOOL}</p>'
    )
    record = extract_article(
        school_item("以生命教育为核心打造成长校园", "生命教育", "2014-12-10", text),
        H + "/tsjy/smjy/201905/t20190515_112063.html",
    )
    assert record["title"] == "以生命教育为核心打造成长校园"


def test_a_headline_of_three_han_characters_matches_the_title() -> None:
    """ "阅读吧" (a column of reading notes) is ``<title>``'s first part and the ``<h4>``: three Han characters are
    three words. Before, parts under four characters were never matched, the headline was not found on the page,
    and the day printed beside it gave way to the URL's (the copy's re-publishing month)."""
    line = "<p>同学们在阅读吧里分享了第{n}本好书的读后感，老师鼓励大家每天坚持阅读半小时。</p>"
    text = "".join(line.format(n=n) for n in range(4))
    record = extract_article(
        school_item("阅读吧", "校园文化", "2015-03-02", text), H + "/xxgk/bxln/xywh/201905/t20190513_111781.html"
    )
    assert record["title"] == "阅读吧"
    assert (record["published_at"] or "").startswith("2015-03-02")


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


def test_days_named_in_sentences_do_not_date_a_campaign_front() -> None:
    """A campaign's front (专题) tells its story in captions that name days in sentences ("2019年5月31日，由…资助的
    …小学，举行了…主题汇演活动。", "截至2019年12月31日，全国福利彩票累计发行销售…亿元，" cut from its sentence by a
    ``<br>``): days of the text, no line dating the page, which a special-topic list then lists as an article. A
    date line still dates a page."""
    captions = "".join(
        f'<div class="hdtt"><img src="{n}.jpg"><div class="hdtt-text">2019年5月{n + 10}日，由某地福彩公益金定向资助的'
        f"某某小学，举行了“让梦想起航”第{n}场主题汇演活动。</div></div>"
        for n in range(3)
    )
    front = (
        "<html><head><title>福彩圆梦 “益”路“童”行</title></head><body><h3>公益福彩 爱在身边</h3>"
        f"{captions}<p>中国福利彩票始终恪守发行宗旨，为孤残儿童、留守儿童提供了切实有效的救助。</p></body></html>"
    )
    contest = (
        "<html><head><title>中国福利彩票营销创意大赛</title></head><body><div class='jj'>自1987年至今，中国福利彩票已经"
        "走过了33年的发展历程。<br>截至2019年12月31日，全国福利彩票累计发行销售22109.64亿元，<br>筹集公益金6568.65亿元，"
        "<br>为我国的社会福利事业和公益事业作出了重要贡献。</div></body></html>"
    )
    assert not analysed(contest, "/ztbd/hd/zgflcpyxcyds/index.html").has_date
    assert not analysed(front, "/ztbd/gy/fcym-yltx/index.html").has_date
    dated = front.replace("<h3>公益福彩", "<small>2019-04-01 15:53</small><h3>公益福彩")
    assert analysed(dated, "/ztbd/gy/fcym-yltx/index.html").has_date


def news_post(title: str, day: str) -> str:
    """The lottery centre's item template: the <h4> headline, the source and day lines, the text."""
    prose = "".join(
        f"<p>{title}：各地福彩中心认真落实第{n}项工作部署，推动福利彩票事业健康发展。</p>" for n in range(4)
    )
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/index.html'>首页</a></nav>"
        f"<div class='text_content'><h4>{title}</h4><small>来源： 中国某某网</small><small class='sj-zh'>{day} 15:53"
        f"</small><div class='article'>{prose}</div></div></body></html>"
    )


def dated_list(entries: list[tuple[str, str, str]], title: str) -> str:
    items = "".join(f'<li><span class="badge">{d}</span><a href="{u}">{t}</a></li>' for u, t, d in entries)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/index.html'>首页</a></nav>"
        f"<ul class='list-group'>{items}</ul></body></html>"
    )


def campaign_front(title: str, n: int) -> str:
    """A special topic's front, designed for itself: each front its own markup, days only in its captions."""
    captions = "".join(
        f"<div class='cap{n}'>2019年5月{k + 10}日，由某地福彩公益金资助的某某小学，举行了第{k}场主题汇演活动。</div>"
        for k in range(3)
    )
    shells = [
        f"<div class='zt-banner'><h2>{title}</h2></div><div class='zt-main'>{captions}</div>",
        f"<section class='hd'><div class='top'><h3>{title}</h3></div><article>{captions}</article></section>",
    ]
    return f"<html><head><title>{title}</title></head><body>{shells[n]}</body></html>"


def test_campaign_fronts_only_a_topic_list_dates_are_pages_where_the_posts_date_themselves() -> None:
    """The topic list prints a day beside each campaign's front; a front prints none of its own (its days are its
    captions'), and its layout is its own, which no listed post shares: the site's listed posts print their own
    days, so the list's day is the topic's, and the front is a page. Before, a layout shared by fewer than three
    listed pages was asked whether most of its pages date themselves, and said nothing: the list's day made each
    front a post (cms-cptz's four special-topic fronts)."""
    model = SiteModel()
    model.enter(H + "/")
    news = [
        (f"/c/2020-0{m}-1{m}/47{m}000.html", f"第{m}届福彩公益活动在各地陆续启动", f"2020-0{m}-1{m}")
        for m in range(1, 8)
    ]
    model.reach(H + "/fcdh/index.html")
    listing = analysed(dated_list(news, "福彩动态"), "/fcdh/index.html")
    model.observe(listing)
    assert model.classify(listing, has_body=True, expected_listing=True).role == LISTING
    for url, title, day in news:
        post = analysed(news_post(title, day), url)
        model.observe(post)
        assert model.classify(post, has_body=True).role == ARTICLE
    fronts = [
        ("/ztbd/gy/fcym-yltx/index.html", "福彩圆梦 益路童行"),
        ("/ztbd/hd/zgflcpyxcyds/index.html", "营销创意大赛"),
    ]
    model.reach(H + "/ztbd/hdgd/index.html")
    topics = analysed(
        dated_list([(u, t, f"2020-07-2{n}") for n, (u, t) in enumerate(fronts)], "活动专题"), "/ztbd/hdgd/index.html"
    )
    model.observe(topics)
    assert model.classify(topics, has_body=True, expected_listing=True).role == LISTING
    held = [analysed(campaign_front(title, n), url) for n, (url, title) in enumerate(fronts)]
    for front in held:
        assert not front.has_date
        model.observe(front)
        model.classify(front, has_body=True)
    assert {d.role for d in model.resolve_all([(f, True, None) for f in held]).values()} == {PAGE}
