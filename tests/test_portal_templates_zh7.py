"""Article templates of Chinese government and association portals first met on the seventh held-out round
(docs/realsites.md, "Held-out sites, seventh round (Chinese)"), written small by hand: an ASP.NET portal that sets
its "来源：… 发布时间：… 作者：…" line in an ``<h4>`` under an ``<h3>`` headline, and a JEECMS portal that sets the
``<h1>`` headline and its meta spans inside the text's block, under a trail labelled "您当前的位置：" / "Location：",
in a Chinese and an English edition. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://league.test"
ALLOWED = frozenset({"league.test"})
MENU = (
    '<div class="indexTopMenu"><ul><li><a href="/Default.html">首 页</a></li><li><a href="/notice/Default.html">'
    '通知公告</a></li><li><a href="/news/Default.html">团委动态</a></li><li><a href="/file/Default.html">团区委文件'
    "</a></li></ul></div>"
)


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


def aspnet_article(title: str, day: str) -> str:
    """The ASP.NET portal's article template: server labels in an <h3> headline and an <h4> meta line."""
    text = "".join(
        f"<p>{title}：区青联组织青年代表开展了第{n}场主题学习交流活动，与会青年围绕基层治理踊跃发言。</p>"
        for n in range(5)
    )
    return (
        f"<html><head><title>\n\t青春某某网\n</title></head><body><form>{MENU}<div class='indexcpLeft'>"
        '<div class="noticeListTit"><a href="../Default.html">首页</a> &gt;&gt; '
        '<a href="Default.html">团委动态</a></div>'
        f'<div id="contentbox"><h3><span id="lblTittle">{title}</span></h3><div id="contentinfo">'
        '<h4>来源：<span id="lblOrigion"></span>&nbsp;&nbsp;&nbsp;&nbsp;发布时间： '
        f'<span id="lblPulishTime">{day}</span>&nbsp;&nbsp;&nbsp;&nbsp;作者： <span id="lblCreator">团区委</span></h4>'
        f'<div id="infocontentbox">{text}</div></div></div></div></form></body></html>'
    )


def test_a_meta_line_in_a_small_heading_labels_the_page() -> None:
    """ "<h4>来源：… 发布时间：… 作者：…</h4>" under the headline is the page's own meta line: the page is labelled
    like an article, which places a post only the home's image carousel links (its column's later pages are not
    in the copy). Before, label lines were looked for in blocks and inline elements only, never in headings."""
    page = analysed(aspnet_article("朝阳青联健康跑活动在奥森举办", "2020-10-20"), "/news/Detail-3C934644D84F2E3C.html")
    assert page.labelled
    assert page.has_date


def test_meta_lines_in_headings_repeated_by_each_entry_label_the_entries() -> None:
    """A list whose entries each carry "<h4>发布时间：…</h4>" is a list, not an article labelling itself."""
    entries = "".join(
        f'<div class="item"><a href="javascript:;">第{n}期青年讲师团培训班开班</a>'
        f"<h4>发布时间：2020-12-{n + 10}</h4></div>"
        for n in range(4)
    )
    html = (
        f"<html><head><title>团委动态</title></head><body><form>{MENU}<div class='list'>{entries}</div>"
        "</form></body></html>"
    )
    assert not analysed(html, "/news/Default.html").labelled


JEECMS_TEXT = "".join(
    f"<p>为加强农药登记试验管理，检定所组织专家对第{n}批试验单位开展了现场检查，检查结果将在网站公示。</p>"
    for n in range(5)
)


def jeecms_article(headline: str, day: str, author: str, *, english: bool = False) -> str:
    """The JEECMS portal's article template: a labelled trail, then the <h1>, the meta spans and the text in one
    block; boxes of the site's other sections under it, each headed by an <h1>."""
    if english:
        trail = (
            '<p>Location：<a href="/ywb/index.html">Home</a> &gt; <a href="index.html">Goverment news</a> '
            "&gt; Context</p>"
        )
        meta = (
            f'<span id="spe1">Release time：{day}</span><span id="spe2">page views：<span id="views"></span></span>'
            f'<span id="spe3">Author：{author}</span> <span id="spe44">Origin：  </span>'
        )
        doc_title = "Goverment news - 某某信息网_生物农药,有机农药"
        text = "".join(
            f"<p>The meeting on pesticide registration trials number {n} was held in Beijing, where experts "
            "reviewed the inspection results of the testing units.</p>"
            for n in range(5)
        )
        boxes = '<div class="box"><h1>Enterprise style</h1></div><div class="box"><h1>Product style</h1></div>'
    else:
        trail = '<p>您当前的位置：<a href="/index.html">首页</a> &gt; <a href="index.html">政务通知</a> &gt; 正文</p>'
        meta = (
            f'<span id="spe1">发布时间：{day}</span><span id="spe2">浏览次数：<span id="views"></span></span>'
            f'<span id="spe3">作者：{author}</span><span id="spe4">来源：  </span>'
        )
        doc_title = f"{headline} - 某某信息网_生物农药,有机农药"
        text = JEECMS_TEXT
        boxes = '<div class="box"><h1>数据中心</h1></div><div class="box"><h1>服务大厅</h1></div>'
    return (
        f"<html><head><title>{doc_title}</title></head><body><div class='head'>{MENU}</div>"
        f'<div class="body_right"><div class="body_right_head">{trail}</div>'
        f'<div class="body_right_main"><h1>{headline}</h1><h2></h2>{meta}{text}</div></div>{boxes}</body></html>'
    )


def test_a_byline_under_a_long_headline_in_the_texts_block_is_the_pages() -> None:
    """The headline and the date and views spans sit in the text's block before "作者：残留审评处": they are no article
    text. Before, a headline of some 45 characters and the date line counted as text read before the byline,
    which was then taken for a credit inside the text and not read."""
    headline = "国家农药残留标准审评委员会秘书处关于征集二〇二一年农药残留标准制修订项目建议的通知"
    record = extract_article(jeecms_article(headline, "2020-09-10", "残留审评处"), H + "/zwtz/18002.html")
    assert record["author"] == "残留审评处"
    assert record["title"] == headline
    assert "作者" not in record["body"]


def test_an_english_headline_under_a_labelled_trail_beats_the_sections_title() -> None:
    """<title> names the section ("Goverment news - Site"); the trail "Location：Home > Goverment news > Context"
    is a label line above the <h1>, the "Release time：" line under it. The heading before the post's meta line is
    the headline; before, the trail was taken for the meta line, no heading preceded it, and the title fell to
    <title>'s first part, the section's name."""
    headline = "China-Canada Pesticide Management Technical Seminar was held in Beijing"
    record = extract_article(jeecms_article(headline, "2015-11-30", "", english=True), H + "/zwxw/7482.html")
    assert record["title"] == headline
    assert record["published_at"] is not None and record["published_at"].startswith("2015-11-30")
