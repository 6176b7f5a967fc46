"""Item templates of Chinese portals first met on session 20's held-out round (docs/realsites.md, "Held-out round
of session 20 (Chinese portals)"), written small by hand: a county bureau's TRS WCM item whose day and byline a
template script prints (``var pubdata='2012年09月26日'; if(pubdata!=''){document.write(pubdata);}``) after a URL
dating the day the item was filed, an agency's news item whose ``<title>`` is its list of keywords and whose headline
is a ``div.newstitle`` above the "日期：… 来源：…" line, and a PHPCMS item crediting only its editor's account
("编辑：donghk"). Pure."""

from __future__ import annotations

import pytest

from archiver.extract.article import extract_article
from archiver.extract.html import _written_text, parse_html

PROSE = (
    "<p>为进一步规范事业单位工作人员行为，保证事业单位及其工作人员依法履行职责，根据有关法律法规，"
    "人力资源社会保障部、监察部制定了本规定，现予公布，自公布之日起施行。</p>"
    "<p>事业单位工作人员违法违纪，应当承担纪律责任的，依照本规定给予处分。各地各部门要认真组织学习，"
    "结合实际抓好贯彻落实，确保各项规定落到实处，切实加强事业单位工作人员队伍建设。</p>"
)


def bureau_item(day: str, byline: str) -> str:
    """A TRS WCM government item: the crumbs, ``div.title`` with its ``h1`` and a toolbar whose scripts print the
    day ("发布时间：") and the byline ("作者：", only when not empty), the text ``div.content``, a related box."""
    return (
        "<html><head><meta charset='utf-8'><title>事业单位工作人员处分暂行规定</title></head><body>"
        '<div class="nav"><a href="../../../index.html">首页</a> <a href="../../index.html">政务公开</a></div>'
        '<div class="content-main"><div class="dqwz">您当前所在位置：<a href="../../../index.html">首页</a> » '
        '<a href="../index.html">政策法规</a></div><div class="body_content" id="c"><div class="title">'
        '<h1>事业单位工作人员处分暂行规定</h1><div class="toolbar">发布时间：<script type="text/javascript">\n'
        f"  var  pubdata='{day}';\n  if(pubdata!=''){{\n    document.write(pubdata);\n  }}\n</script>"
        ' 字体：<span class="smallFont">小</span><span class="medFont">中</span><span class="largeFont">大</span> '
        "<script type=\"text/javascript\">\n  var wzly='';\n  if(wzly!=''){\n"
        "    document.write('文章来源：'+wzly+'&emsp;');\n  }\n</script>"
        f"<script type=\"text/javascript\">\n  var zz='{byline}';\n  if(zz!=''){{\n"
        "    document.write('作者：'+zz+'&emsp;');\n  }\n</script>"
        ' 点击量：<script src="http://count.test/index?id=20926274"></script>次</div></div>'
        f'<div class="content"><font id="Zoom">{PROSE}</font></div></div>'
        '<div class="xgxx"><h1><span>相关信息</span></h1><ul>'
        '<li><a href="t20170520_20926270.html">关于做好机关事业单位工作人员工资调整工作的通知</a></li>'
        '<li><a href="t20170520_20926272.html">关于进一步做好人事考试工作的意见</a></li></ul></div></div>'
        "</body></html>"
    )


URL = "http://trs.test/zwgk/zcfg/201705/t20170520_20926274.html"  # filed 2017-05-20, published 2012-09-26


def test_the_day_a_template_script_prints_is_the_pages_not_the_urls() -> None:
    record = extract_article(bureau_item("2012年09月26日", ""), URL)
    assert record["title"] == "事业单位工作人员处分暂行规定"
    assert record["published_at"] == "2012-09-26T00:00:00+08:00"
    assert record["author"] is None  # the byline's script prints nothing for an empty name


def test_the_byline_a_template_script_prints_is_the_author() -> None:
    record = extract_article(bureau_item("2012年09月26日", "县人社局"), URL)
    assert record["author"] == "县人社局"
    assert record["body"].startswith("为进一步规范") and "作者" not in record["body"]  # the meta line stays out


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("var  pubdata='2017年06月01日';\nif(pubdata!=''){\ndocument.write(pubdata);\n}", "2017年06月01日"),
        ("var zz='县人社局'; if(zz!=''){ document.write('作者：'+zz+'&emsp;'); }", "作者：县人社局\u2003"),
        ('document.write("来源：本站")', "来源：本站"),
        ("var zz=''; if(zz!=''){ document.write('作者：'+zz); }", None),  # prints nothing
        ("var fbt='副题'; if(fbt!=''){ document.write('<h2>'+fbt+'</h2>'); }", None),  # markup: not kept
        ("document.write(unescape('%3Cscript%3E'))", None),  # a call: not a template's value
        ("var a='x'; document.write(a + b)", None),  # a name the script does not assign
        ("var cpro_id = 'u2138065';", None),  # writes nothing
        ("if(x!=''){ document.write('x');", None),  # unbalanced
    ],
)
def test_written_text_reads_only_a_templates_printed_values(code: str, written: str | None) -> None:
    assert _written_text(code) == written


def test_a_script_writing_markup_or_calling_functions_is_dropped_as_before() -> None:
    root, _ = parse_html(
        "<html><body><p>前<script>document.write('<iframe src=ad.html></iframe>')</script>后</p>"
        "<p>甲<script>var t='乙';document.write(t)</script>丙</p></body></html>"
    )
    assert [p.text_content() for p in root.iter("p")] == ["前后", "甲乙丙"]


AGENCY_PROSE = (
    "<p>文章开始之前，先和大家分享一个故事：有个人想要买把螺丝刀，他到了第一家五金店，老板拿出三种螺丝刀，"
    "分别是八块、十块和十五块，这个人买了一把十块的螺丝刀。</p>"
    "<p>这种营销方式的巧妙之处在于，用户自然觉得捡了大便宜，很多杂志的订阅套餐都会标注原价，"
    "这种折扣营销方法就应用了锚定效应，让人更容易做出购买的决定。</p>"
)


def agency_item(keywords: str, title_class: str = "newstitle") -> str:
    """A design agency's news item: ``<title>`` its keywords, the column tabs, the headline a ``div`` in a
    ``div.newstitle`` right above ``div.newsaddtime`` ("日期：… 来源：… 关键词：…"), the text
    ``div.newscontentfont``."""
    return (
        f"<html><head><meta charset='utf-8'><title>{keywords}</title>"
        '<meta name="keywords" content="品牌策划，品牌设计，vi设计"></head><body>'
        '<div class="top"><a href="../index.html"><img src="../images/logo.png"></a><ul class="menu">'
        '<li><a href="../about/index.html">关于我们</a></li><li><a href="index.html">新闻资讯</a></li></ul></div>'
        '<div class="wrap"><ul class="newscate"><li><a href="index.html">全部新闻</a></li>'
        '<li><a href="224_1.html">动态</a></li><li><a href="251_1.html">专栏</a></li></ul></div>'
        f'<div class="wrap"><div class="{title_class}"><div class="newscontent">营销其实是一门人性心理学</div></div>'
        '<div class="newsaddtime">日期：2019-08-06\u3000来源：海右博纳品牌\u3000关键词：'
        f"{keywords}</div></div>"
        f'<div class="wrap"><div class="newscons"><div class="newscontent"><div class="newscontentfont">{AGENCY_PROSE}'
        "</div></div></div></div>"
        '<div class="wrap"><div class="newsprevnext">'
        '<div class="cons">来源：海右博纳品牌 欢迎分享，转载请注明出处！</div>'
        '<div class="prev">上一篇：<a href="1028.html">做品牌不只是设计，更是营销！</a></div></div></div>'
        "</body></html>"
    )


def test_a_div_named_a_title_in_a_compound_class_above_the_meta_line_is_the_headline() -> None:
    record = extract_article(agency_item("品牌设计 平面设计 品牌策划 品牌营销"), "http://agency.test/news/1046.html")
    assert record["title"] == "营销其实是一门人性心理学"
    assert record["published_at"] == "2019-08-06T00:00:00+08:00"


def test_a_plain_div_above_the_meta_line_is_still_no_headline() -> None:
    # no look and no name: <title> stays the title, as before (the class word is what tells, with the place)
    record = extract_article(agency_item("品牌设计 平面设计", "newshead"), "http://agency.test/news/1046.html")
    assert record["title"] == "品牌设计 平面设计"


def education_item(credit: str) -> str:
    """A PHPCMS education portal's item: crumbs, ``div.clearfix`` with the ``h2`` headline, ``p.source`` (the
    editor's account) and ``p.time``, the text ``div#endText``, a disclaimer box."""
    return (
        "<html><head><meta charset='utf-8'><title>2019年高考预测作文题目汇集 - 精品学习网</title></head><body>"
        '<div class="topn"><a href="../index.html">网站首页</a> <a href="../update/index.html">最新更新</a></div>'
        '<div class="cent"><div class="lb-lt"><div class="nr-dqwz"><span>您当前所在位置：</span>'
        '<a href="index.html">高考</a> &gt; </div><div class="clearfix"><h2>2019年高考预测作文题目汇集</h2>'
        f'<p class="source"> {credit}</p><p class="time"><span><i class="iconfont">&#xe61d;</i>2019-06-05 15:25:52'
        f'</span></p></div><div class="conL-1-2" id="endText">{PROSE}</div>'
        '<div class="ty-mzsm"><h2>免责声明</h2><p>本站引用了互联网上的一些信息资源并注明了出处。</p></div></div></div>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("<span>编辑：donghk</span>", "donghk"),
        ("<span>来源：搜狐新闻</span> <span>编辑：sx_weizc</span>", "sx_weizc"),
        ("<span>编辑：admin</span>", None),  # the posting account
        ("<span>编辑：</span>", None),
        ("<!-- <span>编辑：donghk</span> -->", None),  # commented out: not shown
    ],
)
def test_an_editors_one_account_handle_is_the_only_credit_and_names_the_author(credit: str, author: str | None) -> None:
    record = extract_article(education_item(credit), "http://edu.test/gaokao/5809604.html")
    assert record["title"] == "2019年高考预测作文题目汇集"
    assert record["author"] == author
