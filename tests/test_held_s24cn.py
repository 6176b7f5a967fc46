"""Shapes of session 24's Chinese held-out round (docs/realsites.md, "Held-out round of session 24 (Chinese)"),
written small by hand: a geoscience community's Hugo (Wowchemy) blog whose JSON-LD names a post's first author
while its meta line links every author's page. Each test fails without its rule; the guards pass on both. Pure."""

from __future__ import annotations

import json

from archiver.extract.article import extract_article

H = "http://community.test"


# --- several authors shown, one in the structured data --------------------------------------------------------------


def wowchemy_post(authors: list[tuple[str, str]], declared: str | None) -> str:
    """Wowchemy's post: JSON-LD (its template writes the first author only), the headline, the meta line
    linking each author's page (``/authors/<name>/``), the date, the reading time, the text."""
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "社区第三次线下聚餐",
        "datePublished": "2017-10-17T00:00:00Z",
    }
    if declared:
        data["author"] = {"@type": "Person", "name": declared}
    links = ", ".join(f"<span><a href='/authors/{slug}/'>{name}</a></span>" for name, slug in authors)
    return (
        "<html><head><title>社区第三次线下聚餐 | 地学中文社区</title>"
        f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script></head><body>"
        "<nav class='navbar'><a href='/'>地学中文社区</a><ul><li><a href='/blog/'>博客</a></li>"
        "<li><a href='/contact/'>联系我们</a></li></ul></nav>"
        "<div class='page-body'><article class='article'><div class='article-container pt-3'>"
        "<h1>社区第三次线下聚餐</h1><div class='article-metadata'>"
        f"<div>{links}</div><span class='article-date'>2017年10月17日</span>"
        "<span class='middot-divider'></span><span class='article-reading-time'>2 分钟阅读</span>"
        "</div></div><div class='article-container'><div class='article-style'>"
        "<p>金秋十月，秋高气爽。社区在北京成功举办了第三次线下聚餐活动，二十多位来自各个研究所和高校的同行参加了聚会。</p>"
        "<p>大家交流了各自的研究工作和使用绘图软件的经验，并对社区今后的发展提出了许多建议。</p>"
        "<p>感谢各位的参与，期待下一次与大家相聚。</p></div></div></article></div>"
        "<footer><p>© 2025 地学中文社区</p></footer></body></html>"
    )


def test_the_meta_lines_authors_win_over_the_first_alone_in_the_structured_data() -> None:
    """hugo-gmtchina: three of thirteen posts have several authors; the JSON-LD names the first alone ("王亮"),
    the meta line under the headline links "王亮" and "seisman" to their author pages. The record named one."""
    record = extract_article(wowchemy_post([("王亮", "wangliang"), ("seisman", "seisman")], "王亮"), H + "/blog/gud/")
    assert record["author"] == "王亮, seisman"


def test_one_author_in_both_stays_the_structured_datas() -> None:
    """Guard: the data and the line naming the same one author: that author; the data naming someone the line does
    not link: the data's name (a guest post credited by the editor's data)."""
    record = extract_article(wowchemy_post([("王亮", "wangliang")], "王亮"), H + "/blog/gud/")
    assert record["author"] == "王亮"
    record = extract_article(
        wowchemy_post([("刘珠妹", "liuzhumei"), ("赵志远", "zhaozhiyuan")], "陈箫翰"), H + "/blog/gud/"
    )
    assert record["author"] == "陈箫翰"


# --- a WeChat article's export: cards of styled sections, readers' comments ----------------------------------------

CARD = "max-width: 100%; box-sizing: border-box; word-wrap: break-word !important;"
INNER = "padding-right: 5px; padding-left: 5px; max-width: 100%; box-sizing: border-box;"

SECTIONS = [
    ("一、学制", "国内本科四年，加读研三年，一共需要七年时间；英国本科三年，读研一年，只需要四年。"),
    ("二、教育观念", "国内看重学习能力，容易忽视应付社会的能力；国外注重素质教育，以及社会活动能力。"),
    ("三、费用", "国内读书费用不低，出国留学的花销也不少，但任何投资，都要看回报。"),
    ("四、就业", "留学生大多有实习经历，可以留下，也可以回国；就业机会更多，薪酬也更高。"),
]
LONG_CARD = [
    "来看一场比赛：国内本科四年十万，英国本科三年六十万，国内胜；国内读研三年约二十万，英国读研一年二十多万，平手。",
    "就业竞争力：国内应届生没有工作经验，留学生有实习经历，可以留下，也可以回国，留学胜；国内硕士对海归硕士，留学胜。",
    "两年工作经验，加上培训，花费三到五万，年薪十万；对面年薪十五万，留学胜；留学队以五盘三胜一平完胜。",
    "其实这场比赛还有时间的比较，时间就是金钱，七年对四年，三年的时间，足以让一个人，步入人生的另一个阶段。",
    "当然，出国与否，还要看家庭条件，看个人志向，看专业方向，看毕业以后，想在哪里工作、生活。",
    "本周六，国际教育展在学校体育馆举行，二十多所海外高校，到场答疑，欢迎同学们，前往咨询。",
]


def wechat_card(heading: str, text: str | list[str]) -> str:
    """One card as WeChat's 135editor writes it: a class-less section repeating one style, two more sections
    inside it, one inside the other, then the card's lines."""
    lines = "".join(f"<p>{line}</p>" for line in ([text] if isinstance(text, str) else text))
    return (
        f"<section style='{CARD}'><section style='margin-top: 10px;'><section style='{INNER}'>"
        f"<p><strong>{heading}</strong></p>{lines}</section></section></section>"
        f"<section style='{CARD}'><section style='margin-top: 10px;'><section style='{INNER}'><p><br></p>"
        "</section></section></section>"
    )


COMMENTS = [
    ("2015-11-18 18:31:27", "读完之后很有感触，谢谢小编的整理。"),
    ("2015-11-18 16:24:28", "内在兼修更重要，现实需要的最根本的是一个人的能力。"),
    ("2015-11-18 21:23:54", "希望下一期能多讲讲申请的流程。"),
    ("2015-11-19 08:02:11", "转发给室友了。"),
]


def wechat_post(cards: str, comments: list[tuple[str, str]] = COMMENTS, *, boxed: bool = True) -> str:
    """The theme's post page around WeChat's export: the whole exported document (its own head and style) pasted
    into ``div.post-content``, the account's meta line, the text, and the readers' comments kept after it."""
    thread = "".join(
        "<div class='msg'><div class='userHeadImg'><img src='/head.png'></div><div class='msgBody'>"
        f"<p class='userName'>未知用户<span>{stamp}</span></p><p class='replyBody'>{remark}</p></div></div>"
        for stamp, remark in comments
    )
    return (
        "<html><head><title>国内读书的7年VS国外读书的4年 | 校园文章作品集</title></head><body>"
        "<header><div class='container'><a href='/'>校园文章作品集</a><nav><a href='/'>首页</a>"
        "<a href='/archives/'>归档</a></nav></div></header><div id='body'><div class='container'><div id='main'>"
        "<article class='post'><header><h1 class='post-title'>国内读书的7年VS国外读书的4年</h1></header>"
        "<date class='post-meta meta-date'>2016年10月18日</date><div class='post-content'>"
        "<html><head><title>国内读书的7年VS国外读书的4年</title><meta charset='utf-8'>"
        "<style>.rich_media_content{overflow:hidden}</style></head><body><div class='rich_media'>"
        "<div class='rich_media_content' id='js_content'><h2 class='rich_media_title' id='activity-name'>"
        "<a href='http://mp.weixin.qq.com/s?mid=1'>国内读书的7年VS国外读书的4年</a></h2>"
        "<div class='rich_media_meta_list' id='meta_content'><span class='rich_media_meta'>DQ</span>"
        "<span class='rich_media_meta rich_media_meta_nickname' id='profileBt'><a href='javascript:void(0);'>校园号</a>"
        "<div class='profile_container' style='display:none;'><strong>校园号</strong><p><label>微信号</label>"
        "<span>campus_news</span></p><p><label>功能介绍</label><span>大学第一学生资讯平台，致力于打造同学们自己的校园媒体"
        "</span></p></div></span><em id='publish_time'>2016-10-18</em></div>"
        + (
            f"<section style='{CARD}'><section style='margin-top: 10px;'><section style='padding: 10px;'>{cards}"
            "</section></section></section>"
            if boxed
            else cards
        )
        + "</div>"
        f"<div class='msgBox'>{thread}</div></div></body></html></div>"
        "<div class='post-archive'><ul class='post-copyright'><li><strong>原文作者：</strong>"
        "<a rel='author' href='/'>校园团队</a></li></ul></div></article></div></div></div>"
        "<footer><p>© 2020 校园文章作品集</p></footer></body></html>"
    )


def cards_with_a_long_one() -> str:
    return (
        "".join(wechat_card(h, t) for h, t in SECTIONS[:2])
        + wechat_card("比赛", LONG_CARD)
        + "".join(wechat_card(h, t) for h, t in SECTIONS[2:])
    )


def test_a_text_cut_into_cards_of_wrapped_sections_is_whole() -> None:
    """hugo-funhubu: WeChat's editors write a text as cards, each a class-less ``<section>`` repeating one style with
    two more sections inside it; the longest card won the votes and the body was that card alone (F1 0.27 on a post
    of 18 cards). The cards are built alike by their style, and the wrappers each holding one element are no
    levels between a card's text and the block holding the cards: that block is the text."""
    record = extract_article(wechat_post(cards_with_a_long_one()), H + "/post/guoneidushu/")
    for heading, text in SECTIONS:
        assert text in record["body"], heading
    assert LONG_CARD[-1] in record["body"]


def test_readers_comments_after_the_text_are_not_the_text() -> None:
    """hugo-funhubu: 222 of 553 posts keep WeChat's comments after the text (``div.msgBox > div.msg``, each entry a
    line "未知用户2015-11-18 18:31:27" over the remark). Entries built alike, each opening with a short line
    stamped to the minute, are a thread, not the text's: neither the block beside the text nor one inside the
    post's block."""
    record = extract_article(wechat_post(cards_with_a_long_one()), H + "/post/guoneidushu/")
    assert LONG_CARD[-1] in record["body"]
    for _, remark in COMMENTS:
        assert remark not in record["body"]
    # the thread inside the block the votes elect: the text's paragraphs and the comments under them in one block
    thread = "".join(
        f"<div class='msg'><div class='msgBody'><p class='userName'>未知用户<span>{stamp}</span></p>"
        f"<p class='replyBody'>{remark}</p></div></div>"
        for stamp, remark in COMMENTS
    )
    paragraphs = "".join(f"<p>{text}{LONG_CARD[0]}</p>" for _, text in SECTIONS)
    html = (
        "<html><head><title>国内读书的7年VS国外读书的4年</title></head><body><nav><a href='/'>首页</a></nav>"
        f"<article><h1>国内读书的7年VS国外读书的4年</h1><div class='post-content'>{paragraphs}"
        f"<div class='msgBox'>{thread}</div></div></article><footer><p>© 2016</p></footer></body></html>"
    )
    record = extract_article(html, H + "/post/guoneidushu/")
    assert SECTIONS[3][1] in record["body"]
    for _, remark in COMMENTS:
        assert remark not in record["body"]


LECTURES = [
    (
        "应用时间序列计量经济学",
        "2017年3月28日 18:30",
        "中南财经政法大学文泉楼南206",
        "主讲人是富布赖特学者，研究宏观计量与金融市场的波动。",
    ),
    (
        "热爱海洋，保卫海疆",
        "2017年3月28日 19:00",
        "华中科技大学机械学院报告厅",
        "主讲人是我国水下噪声学研究的开拓者和水声学术带头人之一。",
    ),
    (
        "孝老爱亲：用行动诠释孝的美与力量",
        "2017年3月28日 19:00",
        "国际学术交流中心八号楼",
        "主讲人长期从事文化艺术报刊的编辑工作，关注家风建设。",
    ),
    (
        "新型智慧城市与大数据",
        "2017年4月1日 14:30",
        "武汉市图书馆二楼多功能报告厅",
        "主讲人是国家信息中心信息化研究部副主任，研究员。",
    ),
]


def test_a_list_of_lectures_each_giving_its_day_and_hour_stays() -> None:
    """Guard: the text's own cards giving a day and an hour (a week's lectures: title, then "时间：2017年3月28日
    19:00", the place, a note) are no thread: the stamp is not the line each card opens with."""
    cards = "".join(
        f"<div class='lecture'><p><strong>{title}</strong></p><p>时间：{when}</p><p>地点：{where}</p>"
        f"<p>{note}</p></div>"
        for title, when, where, note in LECTURES
    )
    html = (
        "<html><head><title>讲座集锦</title></head><body><nav><a href='/'>首页</a></nav><article>"
        "<h1>讲座集锦 | 给你一颗麦子，充满希望的春天</h1><div class='post-content'>"
        f"<p>春天到了，本周武汉各高校和图书馆有这些讲座，感兴趣的同学不要错过。</p>{cards}"
        "<p>这么多正经的讲座后面，还有什么惊喜呢？周末的音乐节也在等着你。</p></div></article>"
        "<footer><p>© 2017</p></footer></body></html>"
    )
    record = extract_article(html, H + "/post/jiangzuo/")
    for title, _, _, note in LECTURES:
        assert note in record["body"], title
