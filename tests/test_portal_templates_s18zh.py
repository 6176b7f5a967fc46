"""Column pages and item templates of Chinese portals first met on session 18's held-out round (docs/realsites.md,
"Held-out round of session 18 (Chinese portals)"), written small by hand: a PHPCMS column page of a static copy
whose list shows fifty dated headlines of which a dozen link (the rest ``javascript:;``), its items' meta line
opening with the day ("2019-10-29 15:36:08 来源：…"), and a mobile template's ``<em><time>时间:…</time> 作者:…</em>``.
Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://zk.test"
ALLOWED = frozenset({"zk.test"})

COLUMNS = [
    ("/qa/index.html", "自学考试常见问题解答专栏"),
    ("/plan/index.html", "自学考试考试安排与时间表"),
    ("/policy/index.html", "自学考试最新政策文件汇编"),
]
HEADER = (
    '<div class="header"><div class="logo"><a href="/index.html">某市自考网</a></div>'
    '<div class="header_top"><ul><h4>自考栏目：</h4>'
    + "".join(f'<li><a href="{url}" title="{name}">{name}</a><span>|</span></li>' for url, name in COLUMNS)
    + "</ul></div></div>"
)
NOTICE = (
    '<div class="body-top"><div class="content"><div id="announ"><ul><li><span>欢迎访问某市自考网！</span>'
    "本站为考生提供某市自考信息服务，网站信息供学习交流使用，非政府官方网站，官方信息以省教育考试院为准。</li></ul>"
    '</div></div></div><div class="header_right"><h3>自考热线:&nbsp;<span>020-00000000</span></h3>'
    "<p>距2021年1月成绩查询还有40天</p><p>距2021年4月考试时间还有81天</p>"
    "<p>本站提供自考报名、考试安排、成绩查询、毕业申请等信息服务，欢迎广大考生关注本站微信公众号获取最新消息。</p></div>"
)
FOOTER = (
    '<div class="footer"><div class="info"><div class="copyright">Copyright 2012-2021 某市自考网 All Rights Reserved.'
    "<br>声明：本站为某市自考民间交流网站，近期自考动态请各位考生以省教育考试院、各市自考办通知为准。<br>"
    "本站地址：某市某区某某大学科技园某某园区某号楼&nbsp;咨询电话：020-00000000&nbsp;合作洽谈：13700000000 某老师"
    "<br>版权所有：某市某区某某职业培训中心&nbsp;法律顾问：某某律师<br>本站部分文字及图片均来自于网络，如侵犯到您的"
    "权益，请及时发送邮件到本站邮箱，我们会尽快处理。<br>ICP证：某ICP备00000000号&nbsp;公安备案：某公网安备0000号<br>技术支持：某市某某教育科技有限公司</div></div></div>"
)
PROSE = (
    "<p>　　2020年某市自学考试全年共组织举行3次。下面为大家整理了自考考生最关心的问题，包括报名条件、报考流程、"
    "考试时间与成绩查询等内容，考生可以对照自己的情况认真阅读，做好备考的各项准备工作。</p>"
)


def questions(live: int, dead: int) -> list[tuple[str, str, str]]:
    """The column's rows: (href, headline, day); the first ``live`` link their items, the rest ``javascript:;``."""
    rows = []
    for n in range(live + dead):
        href = f"/qa/{2900 - n}.html" if n < live else "javascript:;"
        rows.append((href, f"某市自考第{n + 1}个常见问题", f"2020-{12 - n // 5:02d}-{28 - n % 5:02d}"))
    return rows


def column_page(rows: list[tuple[str, str, str]]) -> str:
    """PHPCMS's list template: the crumbs, ``ul.list`` of ``<li><span class="rt">day</span> · <a>headline</a></li>``
    in blocks of eight, and a pager whose links the copy left ``javascript:;``."""
    items = ""
    for n, (href, headline, day) in enumerate(rows):
        if n and n % 8 == 0:
            items += '<li class="bk20 hr"></li>'
        items += f'<li><span class="rt">{day}</span> · <a href="{href}" target="_blank">{headline}</a></li>'
    return (
        f"<html><head><title>自考问题解答-某市自考网</title></head><body>{NOTICE}{HEADER}"
        '<div class="main"><div class="col-left"><div class="crumbs"><a href="/index.html">某市自考网</a> &gt; '
        f'问题解答 &gt; 列表</div><ul class="list ne1 d3">{items}</ul>'
        '<div id="pages"><a class="a1">862条</a> <span>1</span> <a href="javascript:;">2</a> '
        '<a href="javascript:;" class="a1">下一页</a></div></div></div>'
        f"{FOOTER}</body></html>"
    )


def item_page(headline: str, day: str) -> str:
    """PHPCMS's item template: ``div#Article > h1`` and the meta line opening with the day."""
    return (
        f"<html><head><title>{headline}-某市自考网</title></head><body>{HEADER}"
        f'<div class="main"><div class="col-left"><div id="Article"><h1>{headline}</h1>'
        f'<center><span>{day} 15:36:08&nbsp;&nbsp;&nbsp;来源：<a href="/index.html">某市自考网</a>&nbsp;&nbsp;&nbsp;'
        f'点击：</span></center><div class="content">{PROSE * 3}</div></div></div></div>{FOOTER}</body></html>'
    )


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def test_the_days_of_a_lists_rows_linking_nowhere_are_no_date_of_the_page() -> None:
    """Twelve of the column's fifty rows link their items; the copy left the other 38 ``javascript:;``. Those rows
    are the list's records all the same: the days they print are their entries', not the page's own. Before, the 38
    rows' days made the column page dated, as a post is."""
    page = analysed(column_page(questions(live=12, dead=38)), "/qa/index.html")
    (listed,) = [group for group in page.groups if group.dated]
    assert len(listed.urls) == 12
    assert not page.has_date


def test_a_lists_rows_that_all_link_are_read_as_before() -> None:
    """The same column with every row a link: nothing changes (the rows are the group's records)."""
    page = analysed(column_page(questions(live=50, dead=0)), "/qa/index.html")
    (listed,) = [group for group in page.groups if group.dated]
    assert len(listed.urls) == 50
    assert not page.has_date


def hub_box(url: str, name: str, rows: list[tuple[str, str, str]]) -> str:
    """A box of the home's hub: its heading links the column ("问题解答", "更多>>"), then the column's newest items."""
    items = "".join(f'<li><a title="{t}" href="{href}">{t}</a><span>{day}</span></li>' for href, t, day in rows)
    return (
        f'<div class="lanmulist"><div class="m-b-10"><h2><a href="{url}">{name}</a><a href="{url}" class="f-right">'
        f'更多&gt;&gt;</a></h2></div><div class="lanmulistmo"><ul class="list-box">{items}</ul></div></div>'
    )


def column_model() -> tuple[SiteModel, PageAnalysis]:
    """The home shows a box per column (its heading links the column page) of the column's newest items, dated;
    the items date themselves."""
    model = SiteModel()
    model.enter(H + "/")
    rows = questions(8, 0)
    others = [
        (f"{url[:-10]}{3000 + n}.html", f"{name}第{n + 1}篇文章的标题与内容提要", f"2020-11-{10 + n}")
        for url, name in COLUMNS[1:]
        for n in range(4)
    ]
    boxes = hub_box(*COLUMNS[0], rows[:6]) + "".join(
        hub_box(url, name, [row for row in others if row[0].startswith(url[:-10])]) for url, name in COLUMNS[1:]
    )
    home = analysed(
        f"<html><head><title>某市自考网</title></head><body>{HEADER}<div class='main'>{boxes}</div>{FOOTER}"
        "</body></html>",
        "/",
    )
    model.observe(home)
    assert model.classify(home, has_body=True, expected_listing=True).role == LISTING
    for href, headline, day in rows[:6] + others:
        model.reach(H + href)
        item = analysed(item_page(headline, day), href)
        model.observe(item)
        decision = model.classify(item, has_body=True)
        assert decision.role == ARTICLE, decision.reason
    model.reach(H + "/qa/index.html")
    column = analysed(column_page(questions(live=12, dead=38)), "/qa/index.html")
    model.observe(column)
    return model, column


def test_an_undated_column_page_named_like_its_items_is_their_listing() -> None:
    """``/qa/index.html``, of the URL family of its items (``/qa/2900.html``: PHPCMS names both ``/<col>/*.html``),
    shows no date of its own where every item of the family prints its day, and its list of fifty dated rows
    (twelve of them links) outweighs its crumbs, header and footer. It is the items' listing. Before, a page of an
    article family whose prose was half its list's text was a post (phpcms-zikaobyz's four column pages archived
    as posts, and a fifth taken for one whose items were then lost)."""
    model, column = column_model()
    assert model.classify(column, has_body=True).role == LISTING


def test_a_meta_line_opening_with_its_day_labels_the_page() -> None:
    """PHPCMS and DedeCMS print the item's meta line with the day first and the source after it ("2019-10-29
    15:36:08 来源：某市自考网 点击："): a label line of the page, as "来源：… 2019-10-29" is. Before, only a line
    opening with a label was one, and an item no listing lists was left a page ("reached only from other pages")."""
    item = analysed(item_page("某市自考报名流程详解", "2019-10-29"), "/qa/1020.html")
    assert item.labelled


def test_a_time_element_holding_the_labelled_day_is_a_label_line() -> None:
    """A mobile template prints ``<em><time pubdate>时间:2015/4/27 9:07:00</time> 作者:编辑甲 人气:…</em>``: the
    ``<time>`` holds the labelled day, the ``<em>`` no text of its own before it. Before, only the ``<em>``'s own
    text was read, and the page had no label line."""
    html = (
        "<html><head><title>经典语录大全-某手机网</title></head><body><header><a href='/index.html'>首页</a></header>"
        "<article class='g-cms-content'><h1>经典语录大全 想起青春曾无畏无惧</h1>"
        "<em><time pubdate='pubdate'>时间:2015/4/27 9:07:00</time> 作者:编辑甲 人气:<span id='hits'>0</span></em>"
        f"<div class='g-cont' id='content'>{PROSE * 2}</div></article></body></html>"
    )
    page = analysed(html, "/c/104795.html")
    assert page.labelled and page.date_labelled


SUMMARY = "高级又很有质感的女生头像分享给大家哦，真人气质的魅力好看头像，马住换上这组好看的女生头像吧。"
SAYING = "人总是会去犯贱，有的时候知道对方不喜欢自己，但是还是压抑不住自己对他的想念，非要自己累到精疲力竭才愿意放弃。"


def mobile_item(summary_label: str = "导读：", description: str = SUMMARY) -> str:
    """A mobile template's article: headline, the labelled day and byline, the summary box ``p.ac-sum`` (the meta
    description again), then ``div#content`` (pictures and a line) and the script's "加载全部内容" button."""
    pictures = "".join(f'<p align="center"><img src="/up/2021-6/{n}.png"></p>' for n in range(4))
    return (
        f'<html><head><title>女生头像ins高级质感-某手机网</title><meta name="description" content="{description}">'
        "</head><body><header><a href='/index.html'>首页</a></header>"
        "<article class='g-cms-content'><h1>女生头像ins高级质感真人好看</h1>"
        "<em><time pubdate='pubdate'>日期:2021/6/26 10:09:00</time> 作者:网友整理 人气:<span>0</span></em>"
        f"<p class='ac-sum'><strong>{summary_label}</strong> {SUMMARY}</p>"
        f"<div class='g-cont' id='content'>{pictures}<p>{SAYING}</p></div>"
        "<b class='m-show-content'><p>加载全部内容<b></b></p></b></article></body></html>"
    )


def test_a_labelled_summary_box_saying_the_description_leaves_the_text() -> None:
    """ "导读：" and the page's meta description, in a box of its own above the block holding the text: the
    description shown as a standfirst, not the text; the script's button under the text ("加载全部内容", a ``<p>``
    the parser sets beside the box) is no paragraph of the text. Before, every article of the template opened with
    it (a line of pictures and a sentence scored 0.6 against the text)."""
    record = extract_article(mobile_item(), H + "/c/312920.html")
    assert SUMMARY not in (record["body"] or "")
    assert (record["body"] or "").startswith(SAYING)


def test_a_button_revealing_the_folded_text_is_no_text() -> None:
    """ "加载全部内容" ("load the whole text"), alone on the line under the text: a script's button. Before, 223 of the
    template's 242 articles ended with it."""
    record = extract_article(mobile_item(), H + "/c/312920.html")
    assert record["body"] == SAYING


def test_a_summary_box_saying_something_else_stays() -> None:
    """The same box where the meta description says something else: no evidence it is the description; it stays."""
    record = extract_article(mobile_item(description="某手机网：个性头像、个性签名、经典语录每日更新"), H + "/c/1.html")
    assert SUMMARY in (record["body"] or "")


def test_a_papers_abstract_among_its_paragraphs_stays() -> None:
    """A paper's "［摘要］…" paragraph opening its text, among the text's own paragraphs, stays though the meta
    description says the same: it is the paper's."""
    abstract = (
        "在高等教育国际化背景下，国家之间的竞争焦点不仅包括经济实力和科技实力方面的竞争，还体现在人才创新能力上。"
    )
    paragraphs = "".join(f"<p>{SAYING}{n}</p>" for n in range(4))
    html = (
        f'<html><head><title>高校创新能力培养探究 - 论文范文</title><meta name="description" content="{abstract}">'
        '</head><body><div class="body1"><h1 class="title">高校创新能力培养探究</h1>'
        '<div class="info">2021-01-22 10:59 来源：创新教育论文</div>'
        f'<div class="con"><p>［摘要］{abstract}</p>{paragraphs}</div></div></body></html>'
    )
    record = extract_article(html, H + "/a/161664.html")
    assert (record["body"] or "").startswith("［摘要］" + abstract)
