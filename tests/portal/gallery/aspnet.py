"""An ASP.NET WebForms site: ``/News/list.aspx?classid=1&page=2`` (AspNetPager with URL paging),
``/News/Show.aspx?id=123``, a ``__VIEWSTATE`` form around every page, ``本文作者：`` in the info
line, dates as ``2024/11/22 9:14:12``. The notices column pages with ``__doPostBack`` links only
(a GridView pager): its later pages are reachable by GET through the "all news" list alone."""

from __future__ import annotations

import hashlib
from html import escape

from tests.portal.gallery.common import Assembler, chunks, members, page_title, paragraphs_html, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("1", "协会动态"), ("2", "通知公告"), ("3", "会员风采")]
ALL = ("0", "全部新闻")
POSTBACK = "2"  # this column pages by __doPostBack only
SITE = "某某市保安服务协会"
PER_PAGE = 8


def post_path(post: Post) -> str:
    return f"/News/Show.aspx?id={post.key}"


def list_path(classid: str, number: int) -> str:
    return f"/News/list.aspx?classid={classid}" + (f"&page={number}" if number > 1 else "")


def _viewstate(seed: str) -> str:
    return "/wEPDwUK" + hashlib.sha1(seed.encode()).hexdigest() * 3 + "ZGQ="


def _frame(title: str, main: str, action: str, hot: list[Post]) -> str:
    nav = "".join(f'<li><a href="/News/list.aspx?classid={k}">{n}</a></li>' for k, n in CATEGORIES)
    nav += f'<li><a href="/About.aspx">{page_title("zh", "about")}</a></li><li><a href="/Contact.aspx">{page_title("zh", "contact")}</a></li>'
    side = "".join(f'<li><a href="{post_path(p)}" target="_blank">{escape(p.title)}</a></li>' for p in hot)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{escape(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" /></head><body>
<form name="aspnetForm" method="post" action="{escape(action)}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(action)}" /></div>
<script type="text/javascript">var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}</script>
<div id="header"><div class="logo"><a href="/Default.aspx">{SITE}</a></div><div id="menu"><ul><li><a href="/Default.aspx">首页</a></li><li><a href="{escape(list_path(ALL[0], 1))}">{ALL[1]}</a></li>{nav}</ul></div></div>
<div id="container"><div class="left"><div class="box"><h3>热点新闻</h3><ul class="hot">{side}</ul></div></div><div class="right">{main}</div></div>
<div id="footer">版权所有 &copy; 2024 {SITE} &nbsp; 技术支持：某某网络</div></form></body></html>"""


def _aspnetpager(classid: str, number: int, pages: int) -> str:
    def link(n: int, text: str) -> str:
        return f'<a href="{escape(list_path(classid, n).rsplit("/", 1)[1])}" style="margin-right:5px;">{text}</a>'

    parts = [
        link(1, "首页") if number > 1 else '<a disabled="disabled" style="margin-right:5px;">首页</a>',
        link(number - 1, "上一页") if number > 1 else '<a disabled="disabled" style="margin-right:5px;">上一页</a>',
    ]
    parts += [
        f'<span class="cpb" style="margin-right:5px;">{n}</span>' if n == number else link(n, str(n))
        for n in range(1, pages + 1)
    ]
    parts += [
        link(number + 1, "下一页") if number < pages else '<a disabled="disabled" style="margin-right:5px;">下一页</a>',
        link(pages, "尾页") if number < pages else '<a disabled="disabled" style="margin-right:5px;">尾页</a>',
    ]
    return (
        f'<div id="ctl00_ContentPlaceHolder1_AspNetPager1" class="paginator">{"".join(parts)}</div>'
        f'<div class="pageinfo">共{pages}页 当前第{number}页</div>'
    )


def _postback_pager(number: int, pages: int) -> str:
    cells = "".join(
        f"<td><span>{n}</span></td>"
        if n == number
        else f"<td><a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page${n}')\">{n}</a></td>"
        for n in range(1, pages + 1)
    )
    return f'<tr class="pager"><td colspan="2"><table><tr>{cells}</tr></table></td></tr>'


def build_aspnet(base: str) -> GallerySite:
    posts = make_posts("zh", 40, 112, CATEGORIES, id_base=4000)
    names = dict(CATEGORIES)
    hot = posts[4:10]
    out = Assembler("aspnet", "ASP.NET WebForms (AspNetPager, GridView)", "zh")
    latest = "".join(
        f'<li><span>{p.published:%Y-%m-%d}</span><a href="{post_path(p)}">{escape(p.title)}</a></li>' for p in posts[:8]
    )
    home = f'<div class="box"><h3>最新动态<a class="more" href="{escape(list_path(ALL[0], 1))}">更多</a></h3><ul class="newslist">{latest}</ul></div>'
    out.page("/Default.aspx", _frame(SITE, home, "./Default.aspx", hot), "home")
    out.page("/", _frame(SITE, home, "./", hot), "home")
    for classid, name in [ALL, *CATEGORIES]:
        items = posts if classid == ALL[0] else members(posts, classid)
        pages = chunks(items, PER_PAGE)
        for number, chunk in enumerate(pages, 1):
            position = f'<div class="position">您的位置：<a href="/Default.aspx">首页</a> &gt; {name}</div>'
            if classid == POSTBACK:
                rows = "".join(
                    f'<tr><td><a href="Show.aspx?id={p.key}" target="_blank">{escape(p.title)}</a></td><td>{p.published:%Y-%m-%d}</td></tr>'
                    for p in chunk
                )
                main = (
                    f'{position}<div><table class="gridview" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_GridView1">{rows}'
                    f"{_postback_pager(number, len(pages))}</table></div>"
                )
            else:
                rows = "".join(
                    f'<li><span class="time">[{p.published:%Y-%m-%d}]</span><a href="Show.aspx?id={p.key}" target="_blank">{escape(p.title)}</a></li>'
                    for p in chunk
                )
                main = f'{position}<ul class="newslist">{rows}</ul>{_aspnetpager(classid, number, len(pages))}'
            html = _frame(f"{name}-{SITE}", main, "./" + list_path(classid, number).rsplit("/", 1)[1], hot)
            if classid == POSTBACK and number > 1:
                continue  # a postback answer is not a GET page
            out.listing(name, list_path(classid, number), html)
    for kind, path in (("about", "/About.aspx"), ("contact", "/Contact.aspx")):
        main = f'<div class="position">您的位置：<a href="/Default.aspx">首页</a> &gt; {page_title("zh", kind)}</div><div class="showcontent">{static_page_body("zh", kind, 120 + len(kind))}</div>'
        out.page(path, _frame(page_title("zh", kind), main, "." + path, hot), "page")
    for post in posts:
        key = post.categories[0]
        author = (
            f'&nbsp;&nbsp;本文作者：<span id="ctl00_ContentPlaceHolder1_lblAuthor">{escape(post.author)}</span>'
            if post.author
            else ""
        )
        main = f"""<div class="position">您的位置：<a href="/Default.aspx">首页</a> &gt; <a href="list.aspx?classid={key}">{names[key]}</a> &gt; 正文</div>
<div class="show"><h1><span id="ctl00_ContentPlaceHolder1_lblTitle">{escape(post.title)}</span></h1>
<div class="showinfo">发布时间：<span id="ctl00_ContentPlaceHolder1_lblTime">{post.published:%Y/%m/%d} {post.published.hour}:{post.published:%M:%S}</span>&nbsp;&nbsp;浏览次数：<span id="ctl00_ContentPlaceHolder1_lblHits">{int(post.key) % 500}</span>{author}</div>
<div class="showcontent"><span id="ctl00_ContentPlaceHolder1_lblContent">{paragraphs_html(post)}</span></div>
<div class="showback"><a href="javascript:history.back();">返回上一页</a> <a href="javascript:window.close();">关闭窗口</a></div></div>"""
        out.article(
            post_path(post),
            _frame(f"{post.title}-{SITE}", main, "./Show.aspx?id=" + post.key, hot),
            post,
            [names[key]],
            shows_time=True,
            author=post.author,
            article_id=post.key,
        )
    return out.site
