"""A post that is a table of figures (real site cms-cptz, session 17; EXTRACTOR_VERSION 1.4.40).

A ZCMS portal prints each item under an ``<h4>`` headline, its source and day, then its text block; two items of its
figures column are a table each (a year and two sums on every row, a prize's rank, sum, draw and city), with no line
of prose. Not one cell is long enough to vote, and the votes went to the footer's licence and address lines, which
became the body (F1 0.03 and 0.1). The table's text is the post's. Pages written for the test.
"""

from __future__ import annotations

from archiver.extract import extract_article

NAV = (
    "<nav class='top'><ul><li><a href='/'>返回首页</a></li><li><a href='/jg/'>机构</a></li>"
    "<li><a href='/xxgk/'>信息公开</a></li><li><a href='/sz/'>数字</a></li></ul></nav>"
)
FOOTER = (
    "<div class='f_c_03'><div class='text-center'><p>版权所有：某市福利彩票发行中心  网站主办：某市福利彩票发行中心</p>"
    "<p>地址：某市朝阳区北环东路99号  邮编：100000</p><p>备案编号：京ICP备00000000号 公网安备 00000000000000号</p>"
    "</div></div>"
)
SIDEBAR = (
    "<div class='col-lg-4 img_text'><div class='head_line'><span>热点视频</span><ul class='list-group'>"
    "<li><a href='/c/2020-11-24/1.html'>《为幸福喝彩》第十二期节目</a></li><li><a href='/c/2020-11-17/2.html'>"
    "《为幸福喝彩》第十一期节目</a></li></ul></div><ul class='list-group week_hot_list'>"
    "<li><a href='/c/2020-12-05/3.html'>国际志愿者日 志愿服务传递温暖</a></li>"
    "<li><a href='/c/2020-12-03/4.html'>国际残疾人日 爱心助残在行动</a></li></ul></div>"
)


def rows(figures: list[tuple[str, ...]]) -> str:
    return "".join(
        "<tr>" + "".join(f"<td><p style='text-align:right'><span>{cell} </span></p></td>" for cell in row) + "</tr>"
        for row in figures
    )


def item(title: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{NAV}<div class='nev_top_line'><ol class='breadcrumb'>"
        "当前位置： <a href='/'>首页</a> &gt; <a href='/sz/'>数字</a></ol></div><div class='container'>"
        f"<div class='row' id='content'><div class='col-lg-8 text_content'><h4>{title}</h4>"
        "<small>来源： 某市福彩网</small>"
        f"<small class='sj-zh'>2017-11-16 16:57</small><div class='article col-lg-12'>{text}</div>"
        "<div class='col-lg-6 xgyd'><h4>相关阅读：</h4><ul class='list-group'><li><a href='/c/2017-11-16/9.html'>"
        "• 双色球大奖盘点</a></li><li><a href='/c/2017-11-10/8.html'>• 数据透视公益篇</a></li></ul></div></div>"
        f"{SIDEBAR}</div></div>{FOOTER}</body></html>"
    )


YEARS = [("年份", "发行量", "公益金数量")] + [
    (str(1987 + n), str(1740 + 36000 * n), str(855 + 12000 * n)) for n in range(30)
]
PRIZES = [("序号", "中奖金额（亿元）", "中出期数", "中出地区")] + [
    (str(n + 1), f"{5.7 - n * 0.1:.2f}", str(2012068 + n * 37), city)
    for n, city in enumerate(
        ["北京", "浙江绍兴", "山西太原", "河南安阳", "广西桂平", "四川巴中", "上海", "江苏扬州"] * 3
    )
]


def test_a_post_that_is_a_table_of_figures_has_the_table_as_its_text() -> None:
    """Before: the footer's three lines (版权所有 …, 地址 …, 备案编号 …)."""
    page = item(
        "1987-2016年福利彩票发行量、公益金数量统计表",
        f"<p style='text-align:center'><span>单位：万元</span><br></p><table>{rows(YEARS)}</table><p><br></p>",
    )
    record = extract_article(page, "http://lottery.test/c/2017-11-16/419205.html")
    assert "版权所有" not in record["body"]
    assert "单位：万元" in record["body"]
    assert "1987" in record["body"] and "公益金数量" in record["body"]
    assert str(855 + 12000 * 29) in record["body"]


def test_a_table_without_a_caption_is_the_text_too() -> None:
    page = item("双色球亿元大奖盘点", f"<table>{rows(PRIZES)}</table>")
    record = extract_article(page, "http://lottery.test/c/2017-11-16/419207.html")
    assert "版权所有" not in record["body"]
    assert "中奖金额（亿元）" in record["body"] and "浙江绍兴" in record["body"]


def test_a_post_of_prose_beside_a_table_keeps_its_prose() -> None:
    """The guard: a post whose paragraphs vote keeps them; a table of figures beside the text is part of it."""
    prose = (
        "<p>本中心近日公布了历年福利彩票发行量与公益金筹集情况，数据显示公益金规模逐年增长，"
        "有力支持了社会福利和公益事业的发展，相关数据请见下表。</p>" * 2
    )
    page = item("历年福利彩票发行情况", f"{prose}<table>{rows(YEARS[:8])}</table>")
    record = extract_article(page, "http://lottery.test/c/2017-11-16/419300.html")
    assert record["body"].startswith("本中心近日公布")
    assert "1993" in record["body"]
    assert "版权所有" not in record["body"]
