"""A Chinese government site in the manner of TRS WCM: column pages ``/ywdt/index.html`` and
``index_1.html`` … ``index_4.html`` that are never linked as ``<a>`` — the pager is written by
``createPageHTML(5, 0, "index", "html")`` — articles ``./202411/t20241122_123456.html``,
``当前位置：首页 > 要闻动态``, ``发布时间：``/``来源：`` spans, TRS ``<meta name="PubDate">`` and
the body in ``.TRS_Editor``."""

from __future__ import annotations

from html import escape

from tests.portal.gallery.common import Assembler, chunks, members, paragraphs_html, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("ywdt", "要闻动态"), ("tzgg", "通知公告"), ("zcwj", "政策文件")]
OTHER = [("jgzn", "机构职能", "about"), ("ldxx", "领导信息", "team"), ("lxwm", "联系我们", "contact")]
SITE = "某某市应急管理局"
PER_PAGE = 6
PAGER_JS = b"""function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>\xe9\xa6\x96\xe9\xa1\xb5</span>&nbsp;");
  else document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">\xe9\xa6\x96\xe9\xa1\xb5</a>&nbsp;");
  for(var i = 1; i < _nPageCount; i++){
    document.write("<a href=\\"" + _sPageName + "_" + i + "." + _sPageExt + "\\">" + (i + 1) + "</a>&nbsp;");
  }
}
"""


def post_path(post: Post) -> str:
    return f"/{post.categories[0]}/{post.published:%Y%m}/t{post.published:%Y%m%d}_{post.key}.html"


def _frame(title: str, main: str, recent: list[Post], head: str = "", depth: int = 1) -> str:
    up = "../" * depth
    side = "".join(f'<li><a href="{post_path(p)}" title="{escape(p.title)}">{escape(p.title)}</a></li>' for p in recent)
    nav = "".join(f'<li><a href="{up}{k}/">{n}</a></li>' for k, n in CATEGORIES)
    nav += "".join(f'<li><a href="{up}{k}/">{n}</a></li>' for k, n, _ in OTHER)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)}</title><meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="yjglj.example.gov.cn"><meta name="SiteIDCode" content="5301000001">{head}
<script type="text/javascript" src="/images/page.js"></script></head><body>
<div class="top"><div class="w1200"><img src="/images/logo.png" alt="{SITE}"><span class="gh">{SITE}</span></div></div>
<div class="nav"><ul><li><a href="{up if depth else "./"}">首页</a></li>{nav}</ul></div>
<div class="w1200 main"><div class="left">{main}</div><div class="right"><div class="box"><div class="box-title"><span>最新信息</span></div><ul>{side}</ul></div></div></div>
<div class="footer"><p>主办单位：{SITE}&nbsp;&nbsp;网站标识码：5301000001</p><p><a href="http://beian.miit.gov.cn/" target="_blank">滇ICP备00000000号</a>&nbsp;&nbsp;<a href="http://www.beian.gov.cn/" target="_blank">滇公网安备 53010002000000号</a></p>
<p><a href="{up}lxwm/">联系我们</a>&nbsp;|&nbsp;<a href="{up}wzdt/">网站地图</a></p></div></body></html>"""


def build_trs(base: str) -> GallerySite:
    posts = make_posts("zh", 50, 111, CATEGORIES, id_base=123400)
    for index, post in enumerate(posts):  # the news column holds most documents: five pages of them
        post.categories = [CATEGORIES[max(0, index % 5 - 2)][0]]
    names = dict(CATEGORIES)
    recent = posts[:5]
    out = Assembler("trs_gov", "TRS WCM (government)", "zh")
    out.site.script_pagers = True
    out.raw("/images/page.js", PAGER_JS, "application/javascript")
    blocks = "".join(
        f'<div class="box"><div class="box-title"><span>{n}</span><a href="./{k}/" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(
            f'<li><a href="./{k}/{p.published:%Y%m}/t{p.published:%Y%m%d}_{p.key}.html" target="_blank" title="{escape(p.title)}">'
            f"{escape(p.title)}</a><span>{p.published:%Y-%m-%d}</span></li>"
            for p in members(posts, k)[:6]
            if p.categories[0] == k
        )
        + "</ul></div>"
        for k, n in CATEGORIES
    )
    out.page("/", _frame(SITE, blocks, recent, depth=0), "home")
    for key, name in CATEGORIES:
        own = [p for p in posts if p.categories[0] == key]  # a column lists the documents it owns
        pages = chunks(own, PER_PAGE)
        for number, chunk in enumerate(pages):
            rows = "".join(
                f'<li><a href="./{p.published:%Y%m}/t{p.published:%Y%m%d}_{p.key}.html" target="_blank" title="{escape(p.title)}">'
                f'{escape(p.title)}</a><span class="date">{p.published:%Y-%m-%d}</span></li>'
                for p in chunk
            )
            main = (
                f'<table width="100%" class="position"><tr><td>当前位置：<a href="../">首页</a> &gt; <a href="./">{name}</a></td></tr></table>'
                f'<div class="list"><ul class="list-ul">{rows}</ul></div>'
                f'<div class="page"><script type="text/javascript">createPageHTML({len(pages)}, {number}, "index", "html");</script></div>'
            )
            html = _frame(
                f"{name}_{SITE}",
                main,
                recent,
                f'<meta name="ColumnName" content="{name}"><meta name="ColumnType" content="{name}">',
            )
            path = f"/{key}/index.html" if number == 0 else f"/{key}/index_{number}.html"
            out.listing(name, path, html)
            if number == 0:
                out.listing(name, f"/{key}/", html)
    for key, name, kind in [*OTHER, ("wzdt", "网站地图", "about")]:
        main = (
            f'<table width="100%" class="position"><tr><td>当前位置：<a href="../">首页</a> &gt; {name}</td></tr></table>'
            f'<div class="article"><h1 class="title">{name}</h1><div class="TRS_Editor">{static_page_body("zh", kind, 110 + len(key))}</div></div>'
        )
        out.page(f"/{key}/", _frame(f"{name}_{SITE}", main, recent), "page")
    for post in posts:
        key = post.categories[0]
        head = (
            f'<meta name="ArticleTitle" content="{escape(post.title)}"><meta name="PubDate" content="{post.published:%Y-%m-%d %H:%M}">'
            f'<meta name="ContentSource" content="{SITE}"><meta name="ColumnName" content="{names[key]}">'
            + (f'<meta name="Author" content="{escape(post.author)}">' if post.author else "")
        )
        author = f"<span>作者：{escape(post.author)}</span>" if post.author else ""
        main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="../../">首页</a> &gt; <a href="../">{names[key]}</a></td></tr></table>
<div class="article"><h1 class="title">{escape(post.title)}</h1>
<div class="info"><span>发布时间：{post.published:%Y-%m-%d %H:%M}</span><span>来源：{SITE}</span>{author}<span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="content" id="zoom"><div class="TRS_Editor">{paragraphs_html(post)}</div></div>
<div class="bottom"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div>"""
        out.article(
            post_path(post),
            _frame(f"{post.title}_{SITE}", main, recent, head, depth=2),
            post,
            [names[key]],
            shows_time=True,
            author=post.author,
            article_id=post.key,
        )
    return out.site
