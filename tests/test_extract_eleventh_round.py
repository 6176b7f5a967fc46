"""Fields of CMS templates met on the eleventh held-out round (docs/realsites.md, "Held-out sites, eleventh
round"): an EmpireCMS article whose headline is a styled paragraph above its "时间：… 来源：…" line, under a
``<title>`` naming the site only. Pages written small by hand. Pure."""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article

CAPTURED = datetime(2026, 12, 3, tzinfo=UTC)
TEXT = (
    "十一月十二日，省社会组织综合党委在福州举办年度评估工作培训班，各有关社会组织的负责人参加了培训，"
    "会上讲解了评估指标、材料准备和现场核查的要求，并就大家关心的问题作了解答。"
)


def empire_article(headline_attrs: str, stamp: str = "2019-06-17 10:09:56", text: str = TEXT) -> str:
    """An EmpireCMS-style article: <title> the site's name, the headline a <p> set apart by its style."""
    return (
        "<html><head><meta charset='utf-8'><title>海峡公益网-民间组织信息网</title></head><body>"
        "<div class='top'><a class='logo' href='/'>公司名称</a><div class='nav'><ul>"
        "<li><a href='/'>首页</a></li><li><a href='/xwzx/'>新闻中心</a></li><li><a href='/tzgg/'>通知公告</a></li>"
        "</ul></div></div><div class='mainbox'><div class='unit-list'>"
        "<p>您当前的位置：<a href='/'>首页</a>&nbsp;>&nbsp;<a href='/xwzx/'>新闻中心</a></p>"
        "<div class='news-list1'>"
        f"<p {headline_attrs}>省民政厅举办全省性社会组织年度评估工作培训班暨经验交流座谈会</p>"
        f"<div align='center' style='background:#f5f5f5'>时间：{stamp}&nbsp;&nbsp;来源：</div>"
        f"<p align='left'><p>{text}</p><p>{text}</p></p>"
        "<p align='center' class='pageLink'></p></div>"
        "<p>上一篇：<a href='/xwzx/2019-06-16/4890.html'>申报项目注意事项</a></p></div></div>"
        "<div class='footer'>海峡公益研究院 版权所有</div></body></html>"
    )


def extract(html: str, url: str = "http://127.0.0.1:8000/xwzx/2019-06-12/4891.html") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


def test_a_styled_line_above_the_meta_line_is_the_headline_under_a_site_name_title() -> None:
    record = extract(empire_article("align='center' style='font-size:24px; color:#666666; text-align:center'"))
    assert record["title"] == "省民政厅举办全省性社会组织年度评估工作培训班暨经验交流座谈会"
    assert record["rules"]["title"] == "styled-line-above-meta:p"
    assert "经验交流座谈会" not in record["body"].split("\n")[0]


def test_the_meta_line_under_the_styled_headline_dates_the_page_over_its_address() -> None:
    """EmpireCMS files the article under the day it was entered (/xwzx/2019-06-12/); the page prints the day
    the editor set. The line under the headline is the page's date line, not an event's time in the text."""
    record = extract(empire_article("style='font-size:24px'"))
    assert record["published_at"] == "2019-06-17T10:09:56+08:00"


def test_a_plain_line_above_a_time_line_is_no_headline() -> None:
    """Without a look of its own the line above "时间：" may be the text's last line (an event's time follows)."""
    record = extract(empire_article("align='left'"))
    assert record["title"] != "省民政厅举办全省性社会组织年度评估工作培训班暨经验交流座谈会"


def test_small_print_above_the_meta_line_is_no_headline() -> None:
    record = extract(empire_article("style='font-size:12px; color:#999'"))
    assert record["rules"]["title"] != "styled-line-above-meta:p"
