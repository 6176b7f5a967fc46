"""Title, date and author on the shapes of real generators and CMSs (issue 12 section 6, issue 15).

Every page here is written for the test, after a failure measured on a real site or a gallery
portal: a Hugo theme with the site's name in a header ``<h1>``, PHPCMS v9's meta line inside the
``<h1>``, Discuz's dated meta line, Drupal 7's RDFa "submitted" line, and event times in the text.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article
from archiver.extract.authors import is_person_name, split_names
from archiver.extract.labels import parse_label_line, starts_with_label

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)
PROSE = (
    "The committee met on Tuesday to review the harbour plans, and the members agreed that "
    "the old school should be repaired before the winter storms arrive in the bay. "
)
ZH_PROSE = (
    "本次会议听取了各部门的工作汇报，并对下一阶段的重点任务进行了部署，要求各单位认真落实，确保各项工作按期完成。"
)


def extract(html: str, url: str = "http://127.0.0.1:8000/posts/a/") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


# --- titles -----------------------------------------------------------------------------------


def _two_headings(head: str, post_heading: str, wrapper: str = "main") -> str:
    """A Hugo theme: the site's name in a header ``<h1>`` (its logo link beside it, not around it)."""
    return (
        f"<html><head><title>The Wifi // BarCamp Cork</title>{head}</head><body>"
        "<header class='app-header'><a href='https://barcampcork.org/'><img src='/logo.png' alt='logo'></a>"
        "<h1>BarCamp Cork</h1></header>"
        f"<{wrapper}><div class='post'><h1 class='post-title'>{post_heading}</h1>"
        f"<div class='post-content'><p>{PROSE}</p></div></div></{wrapper}></body></html>"
    )


def test_og_title_picks_the_post_heading_over_the_sites_heading() -> None:
    """Served on loopback, the host does not name the site, and both headings repeat <title>."""
    html = _two_headings("<meta property='og:title' content='The Wifi'>", "The Wifi", wrapper="div")
    assert extract(html)["title"] == "The Wifi"


def test_the_heading_inside_the_post_beats_the_headers_one_as_long() -> None:
    html = _two_headings("", "The Sponsors", wrapper="main").replace("The Wifi //", "The Sponsors //")
    assert extract(html)["title"] == "The Sponsors"


def test_an_og_title_naming_the_site_decides_nothing() -> None:
    """A CMS filling og:title with the site's name: the post's heading still wins."""
    html = _two_headings("<meta property='og:title' content='BarCamp Cork'>", "The Sponsors", wrapper="main")
    assert extract(html.replace("The Wifi //", "The Sponsors //"))["title"] == "The Sponsors"


PHPCMS = (
    "<html><head><title>志愿巡逻队消防安全演练工作会议 - 培训考试 - 某某协会</title></head><body>"
    "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/html/train/'>培训考试</a> &gt; 正文</div>"
    "<div id='Article'><h1>志愿巡逻队消防安全演练工作会议<br /><span>2024-11-15 19:35:58&nbsp;&nbsp;"
    "来源：本站原创&nbsp;&nbsp;评论：<a href='#comment'>0</a> 点击：<span id='hits'></span></span></h1>"
    "<div class='content'><p>时间：2012年9月15日上午9:30  地点：市民中心三楼会议室</p>"
    f"<p>{ZH_PROSE * 2}</p></div></div></body></html>"
)


def test_phpcms_headline_is_the_text_before_the_meta_line_inside_the_h1() -> None:
    record = extract(PHPCMS, "http://127.0.0.1:8000/html/2024/train_1115/508.html")
    assert record["title"] == "志愿巡逻队消防安全演练工作会议"
    assert record["source"] == "本站原创"


def test_a_bare_time_label_atop_the_text_gives_way_to_the_date_by_the_headline() -> None:
    """PHPCMS: an event's "时间：" opens the text; the page's date sits in the <h1>'s meta line."""
    record = extract(PHPCMS, "http://127.0.0.1:8000/html/2024/train_1115/508.html")
    assert record["published_at"] == "2024-11-15T19:35:58+08:00"


def test_an_event_time_that_is_not_the_date_stays_in_the_text() -> None:
    """Discuz: a short first paragraph, then the event's "时间：" line: the text's, not metadata."""
    html = PHPCMS.replace("<div class='content'>", "<div class='content'><p>会议在市民中心召开。</p>")
    record = extract(html, "http://127.0.0.1:8000/html/2024/train_1115/508.html")
    assert record["published_at"] == "2024-11-15T19:35:58+08:00"
    assert "时间：2012年9月15日上午9:30" in record["body"]


def test_a_publish_label_atop_the_text_still_beats_the_date_by_the_headline() -> None:
    """A guard: only the bare "时间："/"Time:" gives way to the date by the headline."""
    html = (
        "<html><head><title>工作会议 - 某某协会</title></head><body><h1>工作会议</h1>"
        "<p class='info'>2024-11-16 浏览：12</p>"
        f"<div class='content'><p>发布时间：2024-11-15 08:00</p><p>{ZH_PROSE * 2}</p></div></body></html>"
    )
    assert extract(html)["published_at"] == "2024-11-15T08:00:00+08:00"


# --- dates ------------------------------------------------------------------------------------


def _jekyll(byline: str, text_label: str, url_date: str = "") -> tuple[str, str]:
    html = (
        "<html lang='en'><head><title>Meeting on Escort Standards | Riverbank Water Alliance</title></head><body>"
        f"<header><div class='post-heading'><h1>Meeting on Escort Standards</h1>{byline}</div></header>"
        f"<article class='blog-post'><p>{PROSE * 2}</p><p>{text_label}</p><p>{PROSE * 2}</p></article>"
        "</body></html>"
    )
    return html, f"http://127.0.0.1:8000/events/{url_date}meeting.html"


def test_an_event_time_in_the_text_gives_way_to_the_date_in_the_url() -> None:
    html, url = _jekyll("", "Time: 9:30 a.m., September 15, 2012. Venue: the civic centre.", "2024/11/13/")
    assert extract(html, url)["published_at"][:10] == "2024-11-13"


def test_a_posted_on_line_with_a_month_name_is_the_date_by_the_headline() -> None:
    html, url = _jekyll(
        "<span class='post-meta'>Posted on November 13, 2024</span>",
        "Time: 9:30 a.m., September 15, 2012. Venue: the civic centre.",
    )
    record = extract(html, url)
    assert record["published_at"][:10] == "2024-11-13"
    assert record["rules"]["published_at"].startswith("near-title")


def test_a_date_label_that_does_not_parse_is_no_date() -> None:
    """ "Date: to be announced" atop the text must not end the cascade with no date."""
    html = (
        "<html lang='en'><head><title>Open day | Riverbank</title></head><body><h1>Open day</h1>"
        "<p class='meta'>Posted on 13 Nov 2024</p>"
        f"<div class='content'><p>Date: to be announced</p><p>{PROSE * 2}</p></div></body></html>"
    )
    assert extract(html)["published_at"][:10] == "2024-11-13"


def test_a_date_label_in_the_text_is_the_date_when_the_page_gives_no_other() -> None:
    """A guard: hugo-nwpu-bbic's only date is a "时间：" line inside its text."""
    html = (
        "<html><head><title>学术交流 - 实验室</title></head><body><article><h1>学术交流</h1>"
        f"<div class='prose'><p>{ZH_PROSE}</p><p>时间：2023年5月12日</p><p>{ZH_PROSE}</p></div>"
        "</article></body></html>"
    )
    assert extract(html, "http://127.0.0.1:8000/news/a/")["published_at"][:10] == "2023-05-12"


# --- date lines in the body: the page's date line leaves it, the text's own stays ----------------------


def _notice(head: str, content: str, before: str = "") -> str:
    """A notice with its headline in a header and its text in a content block, as Markdown themes print it."""
    return (
        f"<html lang='zh'><head><meta charset='utf-8'><title>关于举办学术讲座的通知 - 实验室</title>{head}</head>"
        "<body><nav><a href='/'>首页</a> <a href='/news/'>新闻</a></nav>"
        f"<header><h1>关于举办学术讲座的通知</h1></header>{before}"
        f"<div class='prose'>{content}<p>{ZH_PROSE}</p><p>{ZH_PROSE}</p></div></body></html>"
    )


PUBLISHED = "<meta property='article:published_time' content='2024-04-20T09:00:00+08:00'>"


def test_an_event_time_atop_the_text_stays_when_the_page_dates_itself_otherwise() -> None:
    """The page's own signal names 20 April; the "时间：" line atop the text names the event's day:
    the date is the page's, and the event's time is the text's and stays in the body."""
    record = extract(_notice(PUBLISHED, "<p>时间：2024年5月1日下午14:00</p><p>地点：学术报告厅</p>"))
    assert record["published_at"] == "2024-04-20T09:00:00+08:00"
    assert record["body"].startswith("时间：2024年5月1日下午14:00\n\n地点：学术报告厅")


def test_phpcms_event_time_opening_the_text_stays_in_the_body() -> None:
    """PHPCMS: the page's date sits in the <h1>'s meta line; the event's "时间：" opens the text."""
    record = extract(PHPCMS, "http://127.0.0.1:8000/html/2024/train_1115/508.html")
    assert record["published_at"] == "2024-11-15T19:35:58+08:00"
    assert record["body"].startswith("时间：2012年9月15日上午9:30")


def test_a_time_line_restating_the_pages_date_leaves_the_body() -> None:
    """The same day as the page's own signal: the page's date line written into the text, metadata."""
    record = extract(_notice(PUBLISHED, "<p>时间：2024-04-20</p>"))
    assert record["published_at"] == "2024-04-20T09:00:00+08:00"
    assert "时间" not in record["body"]


def test_a_markdown_posts_own_date_and_keywords_lines_are_its_metadata() -> None:
    """hugo-nwpu-bbic's shape: under the post's heading the author writes "时间：" (the post's only date)
    and "关键词：" lines. They restate the post's date and tags: fields, not text."""
    content = "<h2>实验室举办学术讲座</h2><h4>时间：2024-07-09</h4><h4>关键词：讲座，团队要闻</h4>"
    record = extract(_notice("", content), "http://127.0.0.1:8000/news/team/td_0017/")
    assert record["published_at"][:10] == "2024-07-09"
    assert record["keywords"] == ["讲座", "团队要闻"]
    assert record["body"].startswith("实验室举办学术讲座\n\n" + ZH_PROSE)


def test_a_time_line_that_is_the_date_by_the_headline_leaves_the_body() -> None:
    """No page signal: the "时间：" line atop the text is the date by the headline, the page's own date line."""
    html = _notice("", "<p>时间：2024-05-01</p>").replace("<header>", "").replace("</header>", "")
    record = extract(html, "http://127.0.0.1:8000/news/talk.html")
    assert record["rules"]["published_at"].startswith("near-title")
    assert record["published_at"][:10] == "2024-05-01"
    assert record["body"] == ZH_PROSE + "\n\n" + ZH_PROSE


def test_a_meta_zone_between_headline_and_text_leaves_the_body() -> None:
    """The kmabxh template: 来源/作者/发布时间 in a block between the headline and the content block."""
    meta = (
        "<div class='news-info'><span>来源：本站原创</span> <span>作者：王芳</span> <span>时间：2024-11-20</span></div>"
    )
    record = extract(_notice(PUBLISHED, "", before=meta))
    assert record["source"] == "本站原创" and record["author"] == "王芳"
    assert record["body"] == ZH_PROSE + "\n\n" + ZH_PROSE


DRUPAL = (
    "<html lang='en'><head><title>Meeting on Fire Safety | Alpine Trail Volunteers</title></head><body>"
    "<div id='content'><h1 class='title' id='page-title'>Meeting on Fire Safety</h1>"
    "<div class='region region-content'><div class='node node-article'>"
    "<div class='meta submitted'><span property='dc:date dc:created' content='2024-11-16T09:59:34+08:00' "
    "datatype='xsd:dateTime' rel='sioc:has_creator'>Submitted by <span class='username' property='foaf:name'>"
    "Wang Fang</span> on Sat, 11/16/2024 - 09:59</span></div>"
    f"<div class='content'><p>{PROSE * 2}</p><p>Time: 9:30 a.m., September 15, 2012.</p><p>{PROSE}</p></div>"
    "</div></div></div></body></html>"
)


def test_drupal_rdfa_date_is_the_publish_time() -> None:
    record = extract(DRUPAL, "http://127.0.0.1:8000/node/208")
    assert record["published_at"] == "2024-11-16T09:59:34+08:00"
    assert record["rules"]["published_at"].startswith("rdfa:dc:")


def test_drupal_submitted_by_is_the_author() -> None:
    assert extract(DRUPAL, "http://127.0.0.1:8000/node/208")["author"] == "Wang Fang"


# --- authors ----------------------------------------------------------------------------------

DISCUZ = (
    "<html><head><title>协会保安培训工作会议 - 某某协会 - Powered by Discuz!</title></head><body>"
    "<div class='bm vw'><div class='h hm'><h1 class='ph'>协会保安培训工作会议</h1>"
    "<p class='xg1'> 2024-11-21 09:19<span class='pipe'>|</span> 发布者: <a href='home.php?uid=1'>admin</a>"
    "<span class='pipe'>|</span> 查看: <em>0</em><span class='pipe'>|</span> 评论: <em>0</em>"
    "<span class='pipe'>|</span>原作者: {author}</p></div>"
    f"<div class='d'><table><tr><td id='article_content'><p>{ZH_PROSE * 2}</p></td></tr></table></div>"
    "</div></body></html>"
)


def test_discuz_original_author_on_a_dated_meta_line() -> None:
    record = extract(DISCUZ.format(author="陈杰"), "http://127.0.0.1:8000/article-900-1.html")
    assert record["author"] == "陈杰"
    assert record["published_at"] == "2024-11-21T09:19:00+08:00"


def test_discuz_poster_account_is_no_author() -> None:
    """A guard: 发布者 is a label now, of its own kind, never the author."""
    html = DISCUZ.format(author="").replace("<span class='pipe'>|</span>原作者: ", "")
    assert extract(html, "http://127.0.0.1:8000/article-900-1.html")["author"] is None


def test_a_meta_line_may_open_with_its_date() -> None:
    line = "2024-11-21 09:19 | 发布者: admin | 查看: 0 | 评论: 0 | 原作者: 陈杰"
    assert starts_with_label(line)
    assert [(h.kind, h.value) for h in parse_label_line(line)] == [
        ("poster", "admin"),
        ("views", "0"),
        ("comments", "0"),
        ("author", "陈杰"),
    ]
    assert not starts_with_label("2024-11-21 09:19 会议在市民中心召开，与会者：各单位代表")


def test_the_responsible_editor_after_an_in_text_photo_credit() -> None:
    """PHPCMS: "（作者：李伟 图片：孙丽）" in the text is a credit; "（责任编辑：陈杰）" below it is the fallback."""
    html = (
        "<html><head><title>工作会议 - 某某协会</title></head><body><div id='Article'><h1>工作会议</h1>"
        f"<div class='content'><p>{ZH_PROSE * 3}</p><p>（作者：李伟 图片：孙丽）</p></div>"
        "<p class='editor'>（责任编辑：陈杰）</p></div></body></html>"
    )
    record = extract(html)
    assert record["author"] == "陈杰"
    assert record["rules"]["author"] == "label:责任编辑"


def test_a_quoted_nickname_between_the_names() -> None:
    assert is_person_name("Mike 'MJ' Johnson")
    assert split_names("By Mike “MJ” Johnson") == ["Mike “MJ” Johnson"]
    assert not is_person_name("'MJ' Johnson")  # a quote first is no name


@pytest.mark.parametrize("head", ["", "<meta name='generator' content='Hugo 0.111'>"])
def test_a_byline_with_a_nickname_is_the_author(head: str) -> None:
    html = (
        f"<html><head><title>Bulk delete DNS records | AlphaBravo</title>{head}</head><body><article>"
        "<h2 class='single-title'>Bulk delete DNS records</h2><div class='post-meta'><span class='post-author'>"
        "<a href='/' rel='author' class='author'>Mike 'MJ' Johnson</a></span></div>"
        f"<div class='content'><p>{PROSE * 2}</p></div></article></body></html>"
    )
    assert extract(html)["author"] == "Mike 'MJ' Johnson"


@pytest.mark.parametrize("handle", ["koppt", "圆姑娘她爹", "右x镇"])
def test_a_byline_link_holding_one_handle_beats_the_site_wide_meta_author(handle: str) -> None:
    """A team blog on Hexo (held-out hexo-o2team): every page's <meta name=author> is the lab's name, and
    the post's byline links its writer's profile by a handle or a nickname, which no name rule reads as
    a person's name; the marked byline element holding it alone is the author."""
    html = (
        "<html><head><title>跨域请求踩坑记 | 某某实验室</title><meta name='generator' content='Hexo 3.9.0'>"
        "<meta name='author' content='某某实验室'></head><body><article class='post'><header class='post-hd'>"
        "<h1 class='post-tit'>跨域请求踩坑记</h1><div class='post-meta'>by <a href='https://example.org/u' "
        f"class='post-author'>{handle}</a> on <span>2015-10-26</span></div></header>"
        f"<div class='post-content'><p>{ZH_PROSE * 3}</p></div></article></body></html>"
    )
    record = extract(html, "http://127.0.0.1:8000/notes/2015/10/26/zepto-cors/")
    assert record["author"] == handle
    assert record["rules"]["author"] == "byline"


def _icon_meta_page(meta_line: str, aside: str = "") -> str:
    """A Jekyll theme's post header (held-out jekyll-melonteam): an icon before each item of the line under
    the headline, the author's a person icon."""
    return (
        "<html><head><title>Haskell IO</title></head><body><div class='page'><div class='left'>"
        f"<h1>Haskell IO</h1><div class='label'>{meta_line}</div><hr><article><p>{ZH_PROSE * 3}</p></article>"
        f"</div><div class='right'>{aside}</div></div></body></html>"
    )


@pytest.mark.parametrize("name", ["siriushe", "李伟"])
def test_the_name_after_a_person_icon_in_the_headline_meta_line_is_the_author(name: str) -> None:
    html = _icon_meta_page(
        "<div class='label-card'><i class='fa fa-calendar'></i>2017-12-30</div>"
        f"<div class='label-card'><i class='fa fa-user'></i>{name}</div>"
        "<div class='label-card'><i class='fa fa-th-list'></i><a href='/category/#Haskell'>Haskell</a></div>"
    )
    record = extract(html, "http://127.0.0.1:8000/posts/haskell_io/")
    assert record["author"] == name
    assert record["rules"]["author"] == "byline:icon"


def test_a_person_icon_under_the_headline_when_the_text_repeats_the_title() -> None:
    """The post's text opens with a heading repeating the title, which the title rule matched; the meta
    line sits under the header's <h1>."""
    html = _icon_meta_page("<div class='label-card'><i class='fa fa-user'></i>andrewychen</div>").replace(
        "<article><p>", "<article><h2>Haskell IO</h2><p>"
    )
    assert extract(html, "http://127.0.0.1:8000/posts/haskell_io/")["author"] == "andrewychen"


def test_the_date_after_a_calendar_icon_under_the_headline_is_the_posts() -> None:
    """The meta line writes each value as an icon's tail; the text mentions another day further down."""
    html = _icon_meta_page(
        "<div class='label-card'><i class='fa fa-calendar'></i>2017-08-20</div>"
        "<div class='label-card'><i class='fa fa-user'></i>leoyxwang</div>"
    ).replace("<article><p>", "<article><p>原文发表于 2017-03-06，译文如下。</p><p>")
    record = extract(html, "http://127.0.0.1:8000/posts/rxjava/")
    assert record["published_at"] is not None and record["published_at"][:10] == "2017-08-20"
    assert record["rules"]["published_at"].startswith("near-title")


def test_a_person_icon_away_from_the_headline_names_no_author() -> None:
    """A sidebar's login button, or a person icon before a date, is no byline."""
    html = _icon_meta_page(
        "<div class='label-card'><i class='fa fa-user'></i>2017-12-30</div>",
        aside="<div class='login'><i class='fa fa-user'></i>siriushe</div>",
    )
    assert extract(html, "http://127.0.0.1:8000/posts/haskell_io/")["author"] is None


@pytest.mark.parametrize("byline", ["Written for the members", "jdadmin"])
def test_a_byline_element_holding_a_sentence_or_an_admin_account_is_no_handle(byline: str) -> None:
    html = (
        "<html><head><title>Harbour plans</title></head><body><article><h1>Harbour plans</h1>"
        f"<div class='author'>{byline}</div>"
        f"<div class='content'><p>{PROSE * 3}</p></div></article></body></html>"
    )
    assert extract(html)["author"] is None


def test_an_image_post_is_the_block_after_a_header_holding_a_meta_line() -> None:
    """Discuz: with the meta line read as labels, the header block holds nothing but labels and the
    headline; the photo and its caption after it are the article, not an empty body."""
    html = DISCUZ.format(author="王芳").replace(
        f"<p>{ZH_PROSE * 2}</p>",
        "<figure class='image'><img src='/uploads/photo-918.jpg' alt=''><figcaption>图为活动现场合影。</figcaption>"
        "</figure>",
    )
    record = extract(html, "http://127.0.0.1:8000/article-918-1.html")
    assert record["body"] == "图为活动现场合影。"
    assert record["images"] == ["http://127.0.0.1:8000/uploads/photo-918.jpg"]
    assert record["author"] == "王芳"


def test_the_headline_as_written_beats_a_section_heading_in_another_case() -> None:
    """Jekyll: the hero <h1> "Building a Mechanical Keyboard" sits outside the post, whose first section
    heading says "Building a mechanical keyboard"; <title> and og:title write the <h1>'s case."""
    html = (
        "<html><head><title>Building a Mechanical Keyboard</title>"
        "<meta property='og:title' content='Building a Mechanical Keyboard'></head><body>"
        "<section class='hero'><h1 class='title'>Building a Mechanical Keyboard</h1></section>"
        f"<article class='post-content'><p>{PROSE}</p><h2 id='building'>Building a mechanical keyboard</h2>"
        f"<p>{PROSE}</p></article></body></html>"
    )
    assert extract(html)["title"] == "Building a Mechanical Keyboard"


# --- authors on news pages (the public sets' failures) ------------------------------------------


def _news(head: str, byline: str, text: str = "") -> str:
    return (
        f"<html lang='en'><head><title>Harbour plans approved - Example News</title>{head}</head><body>"
        f"<article><h1>Harbour plans approved</h1>{byline}<div class='article-body'><p>{PROSE * 3}</p>{text}"
        "</div></article></body></html>"
    )


def test_json_ld_reportage_news_article_is_an_article() -> None:
    """schema.org names it ReportageNewsArticle; only "ReportageNews" was known."""
    ld = (
        '{"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": "Harbour plans approved",'
        ' "author": [{"@type": "Person", "name": "Duncan Walker"}]}'
    )
    record = extract(_news(f"<script type='application/ld+json'>{ld}</script>", ""))
    assert record["authors"] == ["Duncan Walker"]
    assert record["rules"]["author"] == "json-ld:author"


def test_a_byline_of_one_name_per_child() -> None:
    byline = (
        "<div class='article-byline'><div class='article-origins'><span class='simple'>Birgit Baumann</span> "
        "<span class='simple'>Anna Giulia Fink</span> <span class='simple'>Jan Michael Marchart</span></div></div>"
    )
    assert extract(_news("", byline))["authors"] == ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "<p class='byline'><a href='/a/sl'>Sarah Lazare</a><a href='https://x.com/sl'>Twitter</a></p>",
            ["Sarah Lazare"],
        ),
        ("<p class='byline'><a href='/a/rb'>Rachel Brazil</a><sup>0</sup></p>", ["Rachel Brazil"]),
        (
            "<div class='author'><a href='https://twitter.com/x'>Twitter</a> <a href='https://fb.com/x'>Facebook</a></div>",
            [],
        ),
    ],
)
def test_a_bylines_text_running_together_is_read_per_child(byline: str, authors: list[str]) -> None:
    """``Sarah LazareTwitter``, ``Rachel Brazil0`` and ``Twitter Facebook`` were taken as names."""
    assert extract(_news("", byline))["authors"] == authors


def test_a_compound_byline_class_names_the_author() -> None:
    """``authorname``, ``metaInfoAuthorList``: the byline word inside one class name."""
    for byline in (
        "<div class='lineinfo'>Do 25.04.24 | 14:07 Uhr | Von <span class='authorname'>Eva Kirchner-Rätsch</span></div>",
        "<ul class='metaInfoAuthorList'><li><a href='/author/nf/'>Nathaniel Flakin</a></li></ul>",
    ):
        assert extract(_news("", byline))["authors"] in (["Eva Kirchner-Rätsch"], ["Nathaniel Flakin"])


def test_a_by_prefix_alone_is_no_name() -> None:
    assert not is_person_name("Von")
    assert extract(_news("", "<span class='author-label'>Von</span>"))["authors"] == []


def test_danish_and_swedish_and_between_names() -> None:
    assert split_names("Trine Juncher Jørgensen og Tôrtia Reimer-Johansen") == [
        "Trine Juncher Jørgensen",
        "Tôrtia Reimer-Johansen",
    ]
    assert split_names("Anna Berg och Erik Lund") == ["Anna Berg", "Erik Lund"]


def _zh(head_line: str, tail: str = "") -> str:
    return (
        "<html><head><title>土豆丰收 - 某某网</title></head><body><div id='essay'><h1>土豆丰收</h1>"
        f"<div class='TRS_Editor'><p>【新春走基层】</p><p>{head_line}</p><p>{ZH_PROSE * 3}</p>{tail}</div>"
        "<div class='share'><a href='/x'>分享</a></div></div></body></html>"
    )


def test_an_outlets_reporter_line_names_the_reporters() -> None:
    record = extract(_zh("光明日报记者 王建宏 张文攀"))
    assert record["authors"] == ["王建宏", "张文攀"]


def test_an_editor_signing_the_text_off_is_the_last_resort_author() -> None:
    """ "（责任编辑：刘林源）" as the text's last line, with no author credited anywhere."""
    record = extract(_zh("", "<p align='right'>（ 责任编辑：刘林源 ） </p>"))
    assert record["author"] == "刘林源"


def test_an_in_text_author_credit_at_the_end_is_still_no_author() -> None:
    """A guard: only an editor's line signs a text off; "（作者：王芳 图片：李伟）" stays a credit."""
    assert extract(_zh("", "<p>（作者：王芳 图片：李伟）</p>"))["author"] is None


def test_author_label_values_without_the_counters_and_markup() -> None:
    page = _zh("作者：zboygirl 阅读(1660) 评论(5) 编辑")
    assert extract(page)["author"] == "zboygirl"
    assert extract(_zh('作者： size="20"'))["author"] is None
    assert extract(_zh("作者：周思博 (Joel Spolsky) 译： Chen Bin"))["author"] == "周思博 (Joel Spolsky)"


# --- titles on news pages (fundus's failures) ---------------------------------------------------


def _headline_page(doc_title: str, og: str, body_top: str) -> str:
    return (
        f"<html lang='de'><head><title>{doc_title}</title><meta property='og:title' content='{og}'>"
        "<meta property='og:site_name' content='Stadtblatt'></head><body>"
        "<nav class='breadcrumb'><ol><li><span>Politik</span></li></ol></nav>"
        f"<div class='page'><div class='ressort'>Politik</div>{body_top}<div class='text'><p>{PROSE * 3}</p></div>"
        "</div></body></html>"
    )


def test_a_section_name_repeating_a_later_part_of_the_title_gives_way_to_og_title() -> None:
    """<title> "Headline - Politik", a "Politik" label on the page, no heading repeating the headline."""
    headline = "Rückbau von Atomkraftwerk: Kühltürme gesprengt"
    html = _headline_page(f"{headline} - Politik", headline, "<h2 class='teaser'>Kühltürme gesprengt</h2>")
    record = extract(html)
    assert record["title"] == headline
    assert record["rules"]["title"] == "meta:og:title"


def test_the_heading_saying_what_og_title_says() -> None:
    """<title> shortens the headline; the <h1> says what og:title says."""
    headline = "'Ends recession debate': economists weigh in on the latest jobs report"
    html = (
        "<html><head><title>Economists weigh in on the latest jobs report | Financial Post</title>"
        f"<meta property='og:title' content=\"{headline}\"></head><body>"
        "<header><span class='brand'>Financial Post</span></header>"
        f"<article><h1>{headline}</h1><p>{PROSE * 3}</p></article></body></html>"
    )
    record = extract(html, "https://financialpost.com/news/economy/jobs-report")
    assert record["title"] == headline
    assert record["rules"]["title"] == "og-match:h1"


def test_og_titles_site_suffix_is_no_part_of_the_headline() -> None:
    html = (
        "<html><head><title>Strava taps AI to weed out cheats | TechCrunch</title>"
        "<meta property='og:title' content='Strava taps AI to weed out cheats | TechCrunch'>"
        "<meta property='og:site_name' content='TechCrunch'></head><body>"
        f"<div class='x'><p>{PROSE * 3}</p></div></body></html>"
    )
    assert extract(html)["title"] == "Strava taps AI to weed out cheats"


def test_a_hyphenated_word_is_no_title_separator_for_og_title() -> None:
    """ "Job-Turbo" is one word: og:title is not cut there."""
    headline = 'Schnellere Integration: "Job-Turbo" hilft Geflüchteten'
    html = _headline_page(f"{headline} | Stadtblatt | Wirtschaft", headline, "").replace("Politik", "Wirtschaft")
    assert extract(html)["title"] == headline


def test_a_link_with_an_invalid_host_in_the_text_does_not_refuse_the_page() -> None:
    """A post's Markdown glued prose into a link (held-out hexo-o2team: ``href="http://www.example.com.crt）
    而忽视…"``): Python's URL parser refuses such a host, and the page was lost ("could not extract")."""
    html = (
        "<html><head><title>Nginx 配置 HTTPS 服务器</title></head><body><article><h1>Nginx 配置 HTTPS 服务器</h1>"
        f"<div class='post-content'><p>{ZH_PROSE * 2}</p><p>证书（如 <a href='http://www.example.com.crt）而忽视"
        "请求的服务器名，如输入网址：`www.example.org`，服务器会发送'>www.example.com.crt</a>）。</p>"
        f"<p>{ZH_PROSE}</p></div></article></body></html>"
    )
    record = extract(html, "http://127.0.0.1:8000/notes/2016/08/16/nginx-https/")
    assert record["title"] == "Nginx 配置 HTTPS 服务器"
    assert "证书" in record["body"]
