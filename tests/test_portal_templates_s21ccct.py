"""Shapes of an association portal's static copy (session 21, cms-ccctspm; docs/realsites.md, "Session 21:
cms-ccctspm"), written small by hand: column pages whose entries a script opens (``<a href="javascript:;">``
wrapping a card, or a headline beside a day cell), a book shelf of cards each wrapping cover, name, views and day
in one link, an old edition's download page whose "版本 [1.0]" read as a day, and a speech linked only from the
"阅读排行" (most read) box every page repeats. Each test fails without its rule; the guards pass on both. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page, list_date
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://assoc.test"
ALLOWED = frozenset({"assoc.test"})
MENU = (
    '<div class="header"><ul class="nav"><li><a href="index.html">首页</a></li><li><a href="news.html">新闻动态</a>'
    '</li><li><a href="service.html">社会服务</a></li><li><a href="about.html">关于我们</a></li></ul></div>'
)
PROSE = "".join(
    f"<p>第{n}段：各地教会同工认真学习，积极参与，活动取得了良好的效果，会议总结了一年来的工作。</p>" for n in range(6)
)


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


# --- days of entries whose links a script opens ----------------------------------------------------------------------

CARDS = [(f"某省基督教养老服务研讨会第{n}期在浙江召开", f"2018-0{n}-1{n}") for n in range(1, 8)]


def script_cards_column() -> str:
    """A column page (``/81.html``) of cards, each wrapped in ``<a href="javascript:;">``: picture, headline, day and
    summary; the copy kept the cards and dropped their addresses."""
    cards = "".join(
        f'<div class="yd-news-list"><div class="yd-news-img"><a href="javascript:;"><img src="p{n}.jpg"></a></div>'
        f'<a href="javascript:;" class="yd-rule-item"><div class="yd-rule-title"><div>{title}</div></div>'
        f'<div class="yd-work-sec"><div class="yd-rule-time">{day}</div></div>'
        f'<div class="yd-rule-abs">{title}，来自各地的同工参加了会议，交流了养老服务的经验。</div></a></div>'
        for n, (title, day) in enumerate(CARDS)
    )
    return (
        f"<html><head><title>养老服务事工</title></head><body>{MENU}"
        f'<div class="yd-main-left"><div class="yd-title">新闻列表</div>{cards}</div></body></html>'
    )


def test_days_inside_script_links_are_entries_days_not_the_pages() -> None:
    """cms-ccctspm's column 养老服务事工 (``/81.html``): ten cards, each wrapped in a script link, so no group lists
    them, and their days read as the page's own: a dated page of the posts' URL family, archived as a post."""
    assert not analysed(script_cards_column(), "/81.html").has_date


def script_headlines_section() -> str:
    """An English section page (``/policies1.html``): two boxes of one entry each, its headline a script link, its day
    a cell beside it."""
    boxes = "".join(
        f'<div class="yd-result-title"><div class="yd-title"><span>{box}</span></div>'
        '<a href="javascript:;" class="yd-more">More</a></div><div class="yd-law-con"><div class="yd-rule-item">'
        f'<div class="yd-rule-text"><div class="yd-rule-title"><div><a href="javascript:;">{title}</a></div></div>'
        f'<div class="yd-rule-abs">{title}</div></div><div class="yd-rule-time">{day}</div></div></div>'
        for box, title, day in [
            ("Policies and regulations", "Study and Implement the Spirit of the National Congress", "2017-10-16"),
            ("Policy interpretation", "Christian Councils Study the Revised Regulations on Religion", "2017-09-25"),
        ]
    )
    return (
        "<html><head><title>OFFICIAL WEBSITE OF THE CHURCHES</title></head><body>"
        '<div class="header"><a href="index1.html">Home</a> <a href="cppcc1.html">CCC &amp; TSPM</a></div>'
        f'<div class="yd-main"><div class="yd-result">{boxes}</div></div></body></html>'
    )


def test_a_day_cell_beside_a_script_headline_is_the_entrys() -> None:
    """cms-ccctspm's ``/policies1.html``: each entry's headline a script link, its day a cell of the entry's block.
    The days were the page's, and the page, listed by its section's front under the box heading "Policies", a dated
    record: a post."""
    assert not analysed(script_headlines_section(), "/policies1.html").has_date


def article_with_buttons(buttons: str, stamp: str = "<span>2020-10-28</span>") -> str:
    return (
        f"<html><head><title>某某会议在京召开</title></head><body>{MENU}"
        f'<div class="yd-news-con"><div class="yd-news-title">某某会议在京召开</div>'
        f'<div class="yd-report-data">{stamp}{buttons}</div><div id="textify">{PROSE}</div></div></body></html>'
    )


def test_an_articles_day_beside_print_and_close_buttons_stays_its_own() -> None:
    """Guard: a date line beside script buttons of a word or two (print, close, favourites) dates the article."""
    buttons = (
        '<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a>'
        '<a href="javascript:;">加入收藏</a>'
    )
    assert analysed(article_with_buttons(buttons), "/13806.html").has_date
    assert analysed(article_with_buttons("", "<span>发布时间：2020-10-28</span>"), "/13806.html").has_date


def test_an_articles_day_linked_to_its_archive_stays_its_own() -> None:
    """Guard: a day that is its link's whole text (a post's permalink, a day archive) dates the page."""
    stamp = '<span><a href="/2020/10/28/">2020-10-28</a></span>'
    assert analysed(article_with_buttons("", stamp), "/13806.html").has_date


def book_shelf() -> str:
    """The book shelf (``/book.html``): boxes of cards, each one ``<a>`` (to the book's page, or a script link) around
    cover, name, blurb, views and day."""
    cards = "".join(
        f'<div class="yd-main-book"><div class="yd-main-book-title"><a href="javascript:;">{shelf}</a></div>'
        f'<div class="yd-main-book-recommend"><a href="{href}"><div class="yd-main-recommend-item">'
        f'<div class="yd-mian-book-cover"><img src="b{n}.jpg"></div><div class="yd-main-book-name">{name}</div>'
        f'<div class="yd-main-book-det">{name}由某出版社出版，适合个人灵修与小组查经。</div>'
        f'<div class="yd-main-book-watch"><div><span>{5000 + n}</span></div><div>2018-0{n + 1}-28</div></div>'
        "</div></a></div></div>"
        for n, (shelf, href, name) in enumerate(
            [("圣经-研经", "96.html", "圣经研修本（新约）"), ("圣经-各类版本", "javascript:;", "和合本修订版")]
        )
    )
    return f"<html><head><title>中国某某网</title></head><body>{MENU}<div class='main'>{cards}</div></body></html>"


def test_days_inside_cards_are_the_books_not_the_shelfs() -> None:
    """cms-ccctspm's ``/book.html``: each book a card wrapped in one link (its page, or a script's), its day inside;
    the shelf read as dated, a post of the posts' URL family's neighbours."""
    assert not analysed(book_shelf(), "/book.html").has_date


def test_a_version_in_brackets_is_no_day() -> None:
    """The old edition's download page (``/0953170.html``) reads "版本 [1.0]": LIST_DATE's bracketed month-day form
    took it for January 0th, the page's day. Neither number of a day is 0; a bracketed day stays one."""
    assert list_date("版本 [1.0]") is None
    assert list_date("[10.0]") is None
    assert list_date("[04-07]") is not None
    assert list_date("（5月3日）") is not None
    html = (
        "<html><head><title>电子圣经下载</title></head><body><table><tr><td>中英文电子圣经 1.0</td></tr>"
        "<tr><td><p>版本 [1.0]</p><p>内有五种版本圣经，主要功能有多窗口对照不同版本同步阅读，安装简单，使用方便。</p>"
        "</td></tr></table></body></html>"
    )
    assert not analysed(html, "/0953170.html").has_date


# --- a speech linked only from the "most read" box -------------------------------------------------------------------

NEWS = [(13900 + n, f"某省基督教两会举办第{n + 1}期中青年教职人员培训班", f"2020-11-{10 + n}") for n in range(6)]
SPEECH = (13806, "坚持中国化方向，弘扬爱国爱教传统，办好新时代的中国教会", "2020-10-28")


def rank_box(entries: list[tuple[int, str]]) -> str:
    """The right column's "阅读排行" box, the same on every page: ranked headlines."""
    items = "".join(
        f'<div class="yd-rank-item"><div>{rank}</div><div><a href="{n}.html">{title}</a></div></div>'
        for rank, (n, title) in enumerate(entries, start=1)
    )
    return f'<div class="yd-main-right"><div class="yd-read-rank"><div>阅读排行</div>{items}</div></div>'


def news_item(title: str, day: str, box: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{MENU}<div class='yd-main'><div class='yd-main-left'>"
        f'<div class="yd-news-con"><div class="yd-news-title">{title}</div><div class="yd-report-data"><span>{day}'
        f'</span></div><div id="textify">{PROSE}</div></div></div>{box}</div></body></html>'
    )


def front(box: str) -> str:
    news = "".join(f'<li><a href="{n}.html">{title}</a><span>{day}</span></li>' for n, title, day in NEWS)
    return (
        f"<html><head><title>某某基督教网</title></head><body>{MENU}<div class='yd-main'><div class='yd-main-left'>"
        f'<ul class="news-list">{news}</ul></div>{box}</div></body></html>'
    )


def placed_speech(box: str) -> str:
    """The front (its dated news), the news items, then the speech (held), placed at the crawl's end; every item
    shows ``box`` (the front has boxes of its own)."""
    model = SiteModel()
    model.enter(H + "/")
    home = analysed(front(""), "/")
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    for n, title, day in NEWS:
        news = analysed(news_item(title, day, box), f"/{n}.html")
        model.observe(news)
        assert model.classify(news, has_body=True).role == ARTICLE
    n, title, day = SPEECH
    speech = analysed(news_item(title, day, box), f"/{n}.html")
    model.observe(speech)
    decision = model.classify(speech, has_body=True)
    if decision.role == UNDECIDED:
        decision = model.resolve_all([(speech, True, None)])[speech.url]
    return decision.role


def test_a_post_only_the_most_read_box_links_is_a_post() -> None:
    """cms-ccctspm's ``/13806.html``, the council's anniversary speech: no column page of the copy lists it, only the
    "阅读排行" box every page repeats, beside four listed news items. The box is chrome, so the speech counted as
    linked by a menu, and a dated page of the posts' family linked by a menu is a landing page: "reached only from
    navigation". A repeated box whose other entries are listed posts is a box of posts, not a menu."""
    box = rank_box([(SPEECH[0], SPEECH[1])] + [(n, title) for n, title, _ in NEWS[:4]])
    assert placed_speech(box) == ARTICLE


def test_a_dated_page_a_menu_of_sections_links_stays_a_page() -> None:
    """Guard: the same page linked by a box every page repeats whose other entries are the site's sections (pages no
    listing lists) is linked by a menu: a landing page, as before."""
    names = [("about", "历史"), ("rules", "章程"), ("department", "部门")]
    sections = [(SPEECH[0], SPEECH[1])] + [(word, f"关于本会的{name}介绍页面") for word, name in names]
    box = rank_box(sections)
    assert placed_speech(box) == PAGE


def test_an_articles_day_cell_beside_its_texts_script_link_stays_its_own() -> None:
    """Guard (vsb-tztvu): a post whose day is the whole text of its line, in a form holding the headline and the text,
    the text linking a page by script ("全省电大学生专业技能竞赛简报", an address the copy dropped). The form is an
    article's block, not an entry's: the day is the post's."""
    html = (
        f"<html><head><title>某校举行技能竞赛初赛</title></head><body>{MENU}<form>"
        "<div class='title'>某校举行技能竞赛初赛"
        f"</div><div class='author'>2014年09月28日 10:16</div><div class='content'>{PROSE}<p>详见"
        "<a href='javascript:;'>全省电大学生专业技能竞赛简报</a>。</p></div></form></body></html>"
    )
    assert analysed(html, "/info/1010/1025.html").has_date


def test_a_labelled_meta_line_over_a_short_text_with_a_script_attachment_stays_the_articles() -> None:
    """jeecms-icama, empire-snpo: a notice of one line whose meta line "发布时间：2018-03-20" is its cell's
    whole text, the block short (a form to download, a picture post) and holding a script link of a headline's
    length (an attachment "附件：新农药登记试验申请表.xls", an address the copy dropped). A labelled meta line is an
    article's, not a list's day cell: the notice dates itself (the rule above took it for an entry's day: 3 and 2
    posts missed)."""
    html = (
        f"<html><head><title>新农药登记试验申请表</title></head><body>{MENU}<div class='main'>"
        "<h1>新农药登记试验申请表</h1><span id='spe1'>发布时间：2018-03-20</span><span id='spe2'>浏览次数：</span>"
        "<p>摘要：新农药登记试验申请表</p><p><a href='javascript:;'>附件：新农药登记试验申请表下载文件.xls</a></p>"
        "</div></body></html>"
    )
    assert analysed(html, "/xgbgxz/10098.html").has_date
