"""Article pages of a Chinese government CMS laid out in tables (TRS WCM, the CMS of government and Academy of
Sciences sites), first met on the sixth held-out round (docs/realsites.md, "Held-out sites, sixth round"), written
small by hand: the headline alone in a cell of its row, the day under it with a two-digit year ("| 19-01-04 |"),
the text in the next row, a footer of address and copyright lines after the article's table. Pure."""

from __future__ import annotations

from archiver.discovery.page import analyze_page
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://station.test"
FOOTER = (
    '<table class="footer"><tr><td>版权所有 中国科学院某某观测站 地址：某某省某某市人民路26号 邮编：817000 '
    "电话：0977-8221935 传真：0977-8224970 备案号：青ICP备06001436号</td></tr></table>"
)


def trs_page(title: str, shown_day: str, content: str, *, lang_title: str = "") -> str:
    return (
        f"<html><head><title>{title}----中国科学院某某观测站{lang_title}</title></head><body>"
        '<table class="nav"><tr><td><a href="/index.html">首页</a> <a href="/xwdt/">新闻动态</a> '
        '<a href="/tzgg/">通知公告</a></td></tr></table>'
        '<div class="main"><table><tr><td class="right"><table width="692"><tr><td class="black_20_600">'
        + title
        + "</td></tr>"
        f'<tr><td class="font03"> | {shown_day} |  【<a href="javascript:doZoom(3)">大</a> '
        '<a href="javascript:doZoom(2)">中</a>】<a href="#">【打印】</a></td></tr>'
        f'<tr><td class="font04" id="content"><div class="TRS_Editor">{content}</div></td></tr></table>'
        f"</td></tr></table></div>{FOOTER}</body></html>"
    )


TEXT = "".join(
    f"<p>科研人员利用观测站13.7米毫米波望远镜开展了第{n}轮分子云巡天观测，获得了新的谱线数据。</p>" for n in range(4)
)


def test_the_day_under_a_table_headline_with_a_two_digit_year_is_the_date() -> None:
    """ "| 19-01-04 |" in the row under the headline's row: year first on a Chinese page. Before, the rows after
    the headline's row were not looked at, no two-digit year was read, and the library guessed a day from an
    image's file name."""
    url = H + "/xwdt/xw/201901/t20190110_5224991.html"
    record = extract_article(trs_page("望远镜发现初始塌缩阶段的纤维状分子云", "19-01-04", TEXT), url)
    assert record["published_at"] is not None and record["published_at"].startswith("2019-01-04")


def test_the_printed_day_beats_the_file_names_day() -> None:
    """TRS names a file by the day the document entered the CMS: a report moved in in 2018 prints its 2010 day."""
    url = H + "/wyjsbjs/hmbwyj/201807/t20180723_5046535.html"
    record = extract_article(trs_page("2010-2011观测季节状态报告", "10-11-11", TEXT), url)
    assert record["published_at"] is not None and record["published_at"].startswith("2010-11-11")


def test_a_two_digit_year_is_not_read_on_a_page_in_another_language() -> None:
    """ "04-01-19" may be the 4th of January 2019 (day first) on a European page: no year-first reading there."""
    html = (
        "<html><head><title>Report of the observing season</title></head><body><table><tr><td>"
        "<h1>Report of the observing season</h1></td></tr><tr><td>| 04-01-19 |</td></tr><tr><td>"
        + "<p>The telescope observed the molecular clouds of the Serpens filament this season.</p>" * 4
        + "</td></tr></table></body></html>"
    )
    record = extract_article(html, H + "/en/report.html")
    assert not (record["published_at"] or "").startswith("2004-01-19")


def test_an_undated_page_takes_the_day_its_file_is_named_by() -> None:
    """The English edition prints no date; TRS's file name ``t20200629_239290.html`` holds the day."""
    html = (
        "<html><head><title>Detection of HCN in comet 46P/Wirtanen----Qinghai Station</title></head><body>"
        '<table><tr><td class="black14600"><p><strong>Detection of HCN in comet 46P/Wirtanen</strong></p></td></tr>'
        '<tr><td></td></tr><tr><td id="zoom">'
        + "<p>We completed a sixteen-hour observation of the comet with the 13.7 m telescope last December.</p>" * 4
        + "</td></tr></table></body></html>"
    )
    record = extract_article(html, H + "/ns/pmo/202006/t20200629_239290.html")
    assert record["published_at"] is not None and record["published_at"].startswith("2020-06-29")


def test_a_one_line_post_under_its_date_line_is_its_text_not_the_footer() -> None:
    """ "申请表见附件。" (the form is an attachment): too short to outvote the footer's address and copyright lines,
    it is still the post's text."""
    url = H + "/kpjd/kpdt/201711/t20171125_4898606.html"
    record = extract_article(trs_page("科普活动申请书", "17-11-25", "申请表见附件。"), url)
    assert record["body"] == "申请表见附件。"
    assert "版权所有" not in record["body"]


def test_a_picture_post_has_its_picture_not_the_footer() -> None:
    """A notice published as a scan: the cell under the date line holds one image and no text."""
    url = H + "/tzgg/202006/t20200623_5610601.html"
    record = extract_article(trs_page("招聘启事", "20-06-23", '<img src="W020200623379759132361.jpg">'), url)
    assert "版权所有" not in record["body"]
    assert record["images"] and record["images"][0].endswith("W020200623379759132361.jpg")


def test_a_post_whose_text_outweighs_the_footer_keeps_its_text() -> None:
    record = extract_article(trs_page("纤维状分子云", "19-01-04", TEXT), H + "/xwdt/xw/201901/t20190104_5224991.html")
    assert record["body"].startswith("科研人员利用观测站")
    assert "版权所有" not in record["body"]


def test_discovery_reads_a_two_digit_year_day_by_the_headline_and_in_a_listings_cells() -> None:
    """Without it, a TRS article prints no date discovery can see, and its listings date none of their records:
    on a site whose other listings date their posts, every record was "a record of undated lists only"."""
    url = H + "/xwdt/xw/201901/t20190104_5224991.html"
    html = trs_page("纤维状分子云", "19-01-04", TEXT)
    root, _ = parse_html(html)
    assert analyze_page(root, url, frozenset({"station.test"}), html).has_date
    rows = "".join(
        f'<tr><td><img src="dot.gif"></td><td class="black_14"><a href="2019{n:02d}/t2019{n:02d}10_52{n}.html">'
        f'观测站召开第{n}次学术交流会暨年度观测计划讨论会</a></td><td class="hui12">19-{n:02d}-10<br></td></tr>'
        for n in range(1, 6)
    )
    listing = f"<html><head><title>新闻</title></head><body><table>{rows}</table></body></html>"
    root, _ = parse_html(listing)
    page = analyze_page(root, H + "/xwdt/xw/index.html", frozenset({"station.test"}), listing)
    assert max(group.dated for group in page.groups) == 5


def association_notice(headline: str, signature: str) -> str:
    """An association portal's notice (TRS WCM): <title> "Site-Section", the headline the page's one <h1>, the
    notice signed with the association's name in a right-aligned line at its end."""
    text = "".join(
        f"<p>各省、自治区、直辖市注册会计师协会：为做好第{n}阶段行业规划编制工作，请组织征求会员单位意见。</p>"
        for n in range(4)
    )
    return (
        f"<html><head><title>{signature}-要闻</title></head><body>"
        '<div class="head"><a href="/index.html"><img src="/images/logo.png" alt=""></a><ul>'
        '<li><a href="/index.html">首页</a></li><li><a href="/xxfb/index.html">新闻报道</a></li></ul></div>'
        '<div class="content"><div class="location"><a href="/index.html">首页</a>&gt;'
        '<a href="/xxfb/news/index.html">要闻</a></div>'
        f'<div class="yaowen-content-top"><h1>{headline}</h1><p><span>2021-03-02 10:42</span></p></div>'
        f'<div class="yaowen-content-bottom">{text}<p align="right">{signature}</p>'
        '<p align="right">2021年3月1日</p></div></div></body></html>'
    )


def test_the_one_h1_above_a_signature_repeating_the_sites_title_part_is_the_title() -> None:
    """<title> "协会名-要闻" names the site and the section; the notice's signature line repeats the site's part,
    and was taken for the headline (7% of an association portal's titles right)."""
    html = association_notice("关于印发注册会计师行业发展规划（征求意见稿）的通知", "某某省注册会计师协会")
    record = extract_article(html, H + "/xxfb/news/202103/t20210302_55876.html")
    assert record["title"] == "关于印发注册会计师行业发展规划（征求意见稿）的通知"
    assert record["published_at"] is not None and record["published_at"].startswith("2021-03-02")


def test_a_line_repeating_the_title_above_the_h1_still_wins() -> None:
    """The rule reads only a line below the <h1>: a headline line above a section's <h1> keeps the match."""
    html = (
        "<html><head><title>观测站召开年度工作会议-新闻</title></head><body><p>观测站召开年度工作会议</p>"
        "<h1>新闻动态栏目的全部文章列表</h1><p>"
        + "观测站召开了年度工作会议，总结了全年的观测工作。" * 4
        + "</p></body></html>"
    )
    assert extract_article(html, H + "/xwdt/1.html")["title"] == "观测站召开年度工作会议"


def test_an_english_editions_day_without_a_space_after_the_comma_is_a_date() -> None:
    """ "Updated: Dec 10,2018": the English edition of a Chinese CMS writes no space after the comma."""
    html = (
        "<html><head><title>THE INSTITUTE</title></head><body><div class='en-xl-sub'><h3>Delegation Visits</h3>"
        "<ul><li><a>Updated: Dec 10,2018</a></li></ul><div id='news_content'>"
        + "<p>On December 6th the Secretary General met the delegation of the international network.</p>" * 3
        + "</div></div></body></html>"
    )
    root, _ = parse_html(html)
    assert analyze_page(root, H + "/BNIE/201812/t20181211_17449.html", frozenset({"station.test"}), html).has_date


def test_the_h1s_own_headline_part_beside_its_kicker_keeps_the_match() -> None:
    """A news site's <h1> "Kultur : Headline", the headline in a span of its own that repeats <title>: the span
    is the title, not the whole <h1> with its kicker (fundus' der Freitag, which a first version broke)."""
    html = (
        "<html><head><title>Ehrengast der Buchmesse: Was lesen die Philippinen? — der Freitag</title></head><body>"
        '<article><h1><span class="kicker">Kultur</span> : <span class="badge">Ehrengast der Buchmesse: Was lesen '
        "die Philippinen?</span></h1><p>"
        + "Die Philippinen sind Ehrengast der Frankfurter Buchmesse, und ihre Literatur ist hier kaum bekannt. " * 3
        + "</p></article></body></html>"
    )
    record = extract_article(html, "http://freitag.test/autoren/x/ehrengast")
    assert record["title"] == "Ehrengast der Buchmesse: Was lesen die Philippinen?"


def unsigned_notice(
    site_h1_in_header: bool = False, copyright_line: str = "版权声明： 某某省注册会计师协会", day_line: bool = True
) -> str:
    """The association portal's bulletin without a signature line: <title> "Site-Section", the headline the
    page's one <h1> in no <article>/<main>, the site's name in the footer's copyright line (the logo an image
    without words). With ``site_h1_in_header`` the one <h1> is the header's site name, and the headline a
    plain line. Without ``day_line`` no day is printed under the headline (a day alone right under a heading makes
    that heading the headline by another rule, extraction 1.4.27: the rules of <title>'s parts are read without
    it)."""
    header_h1 = "<h1>某某省注册会计师协会官方网站</h1>" if site_h1_in_header else ""
    headline = (
        "<p class='bt'>上市公司年报审计情况快报（第一期）</p>"
        if site_h1_in_header
        else "<h1>上市公司年报审计情况快报（第一期）</h1>"
    )
    text = "".join(
        f"<p>截至2020年2月{n}日，共有四十家事务所向协会报备了上市公司财务报表审计机构变更信息，详见附表。</p>"
        for n in range(4, 8)
    )
    return (
        "<html><head><title>某某省注册会计师协会-年报审计快报</title></head><body>"
        f'<div class="head">{header_h1}<a href="/index.html"><img src="/images/logo.png" alt=""></a><ul>'
        '<li><a href="/index.html">首页</a></li><li><a href="/xxcx/index.html">信息查询</a></li></ul></div>'
        '<div class="content"><div class="location"><a href="/index.html">首页</a>&gt;'
        '<a href="javascript:;">年报审计快报</a></div>'
        f'<div class="yaowen-content-top">{headline}{"<p><span>2020-02-10 11:25</span></p>" if day_line else ""}</div>'
        f'<div class="yaowen-content-bottom">{text}</div></div>'
        f'<div class="foot"><div><a>地址：某某市人民路16号</a><a>邮编：100039</a></div>'
        f"<div><a>{copyright_line}</a><a>京ICP备05032222-1号</a></div></div></body></html>"
    )


def test_the_one_h1_outside_the_post_markup_under_a_site_section_title_is_the_title() -> None:
    """No signature line repeats <title>'s first part: the last rule took that part, the site's name (21.7% of
    an association portal's titles right). The footer's copyright line shows it is the site's; the page's one
    <h1>, above the text and in no header, menu or footer, is the headline."""
    record = extract_article(unsigned_notice(day_line=False), H + "/xxcx/annual_audit/202002/t20200210_23701.html")
    assert record["title"] == "上市公司年报审计情况快报（第一期）"
    assert record["rules"]["title"] == "h1-under-site-title"


def test_a_header_h1_naming_the_site_stays_no_title() -> None:
    """The one <h1> is the header's site name (outside the post, in the site's header): <title>'s first part
    stays the answer, not the header's line."""
    record = extract_article(unsigned_notice(site_h1_in_header=True), H + "/xxcx/annual_audit/202002/t1.html")
    assert record["title"] != "某某省注册会计师协会官方网站"


def test_without_the_chrome_naming_titles_first_part_the_h1_is_not_preferred() -> None:
    """Only the page's own evidence that <title>'s first part is the site's name moves the answer to the <h1>:
    without it (no footer, header, link home or og:site_name saying it) the last rule stands."""
    html = unsigned_notice(copyright_line="版权所有", day_line=False)
    record = extract_article(html, H + "/xxcx/annual_audit/202002/t2.html")
    assert record["title"] == "某某省注册会计师协会"
