"""A PHPCMS v9 site: one channel generated to static HTML (``/html/news/``, ``/html/news/2.html``,
articles ``/html/2024/news_1122/123.html``) and one served dynamically
(``/index.php?m=content&c=index&a=lists&catid=9&page=2``, articles ``…&a=show&catid=9&id=123``).
The default show template puts the date and source inside the ``<h1>`` after the title, and
the editor line ``（责任编辑：X）`` under the text."""

from __future__ import annotations

from html import escape

from tests.portal.gallery.common import Assembler, chunks, members, page_title, paragraphs_html, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("news", "新闻中心", 6), ("policy", "政策法规", 9), ("train", "培训考试", 10)]
DYNAMIC = {"policy"}  # channels served through index.php
SITE = "某某省安全生产协会"
PER_PAGE = 7


def post_path(post: Post) -> str:
    key = post.categories[0]
    if key in DYNAMIC:
        catid = next(c for k, _, c in CATEGORIES if k == key)
        return f"/index.php?m=content&c=index&a=show&catid={catid}&id={post.key}"
    return f"/html/{post.published:%Y}/{key}_{post.published:%m%d}/{post.key}.html"


def list_path(key: str, number: int) -> str:
    if key in DYNAMIC:
        catid = next(c for k, _, c in CATEGORIES if k == key)
        return f"/index.php?m=content&c=index&a=lists&catid={catid}" + (f"&page={number}" if number > 1 else "")
    return f"/html/{key}/" if number == 1 else f"/html/{key}/{number}.html"


def _frame(title: str, main: str, side: str) -> str:
    nav = "".join(f'<li><a href="{list_path(k, 1)}">{n}</a></li>' for k, n, _ in CATEGORIES)
    nav += f'<li><a href="/html/about/">{page_title("zh", "about")}</a></li><li><a href="/index.php?m=content&c=index&a=lists&catid=12">{page_title("zh", "contact")}</a></li>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)}</title><meta name="keywords" content="{SITE}"><link href="/statics/css/reset.css" rel="stylesheet" type="text/css" /></head>
<body><div class="body-top"><div class="content"><a href="/index.php?m=member&c=index&a=login">登录</a> | <a href="/index.php?m=member&c=index&a=register">注册</a></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.jpg" alt="{SITE}" /></a></div>
<div class="nav-bar"><map><ul class="nav-site"><li><a href="/"><span>首页</span></a></li>{nav}</ul></map></div></div>
<div class="main">{main}<div class="col-auto"><div class="box"><h5 class="title-2">最新更新</h5><ul class="content digg">{side}</ul></div></div></div>
<div class="footer"><p class="info">Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> &copy; 2024 {SITE}</p></div></body></html>"""


def _pages(key: str, number: int, pages: int, total: int) -> str:
    parts = [f'<a class="a1">{total}条</a>']
    parts.append(f'<a href="{list_path(key, max(1, number - 1))}" class="a1">上一页</a>')
    parts += [
        f"<span>{n}</span>" if n == number else f'<a href="{list_path(key, n)}">{n}</a>' for n in range(1, pages + 1)
    ]
    parts.append(f'<a href="{list_path(key, min(pages, number + 1))}" class="a1">下一页</a>')
    return f'<div id="pages" class="text-c">{" ".join(parts)}</div>'


def build_phpcms(base: str) -> GallerySite:
    categories = [(k, n) for k, n, _ in CATEGORIES]
    names = dict(categories)
    posts = make_posts("zh", 44, 108, categories, id_base=500)
    side = "".join(f'<li><a href="{post_path(p)}" target="_blank">{escape(p.title)}</a></li>' for p in posts[:6])
    out = Assembler("phpcms", "PHPCMS v9", "zh")
    blocks = "".join(
        f'<div class="box cat-area"><h5 class="title-1">{n}<a href="{list_path(k, 1)}" class="more">更多>></a></h5>'
        '<div class="content"><ul class="list lh24 f14">'
        + "".join(
            f'<li>·<a href="{post_path(p)}" target="_blank">{escape(p.title)}</a></li>' for p in members(posts, k)[:6]
        )
        + "</ul></div></div>"
        for k, n in categories
    )
    out.page("/", _frame(SITE, f'<div class="col-left">{blocks}</div>', side), "home")
    for key, name in categories:
        items = members(posts, key)
        pages = chunks(items, PER_PAGE)
        for number, chunk in enumerate(pages, 1):
            rows = "".join(
                f'<li><span class="rt">{p.published:%Y-%m-%d %H:%M:%S}</span>·<a href="{post_path(p)}" target="_blank">'
                f"{escape(p.title)}</a></li>"
                for p in chunk
            )
            main = (
                f'<div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="{list_path(key, 1)}">{name}</a> &gt; 列表</div>'
                f'<ul class="list lh24 f14">{rows}</ul>{_pages(key, number, len(pages), len(items))}</div>'
            )
            out.listing(name, list_path(key, number), _frame(f"{name} - {SITE}", main, side))
    for kind, path in [("about", "/html/about/"), ("contact", "/index.php?m=content&c=index&a=lists&catid=12")]:
        main = (
            f'<div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span>{page_title("zh", kind)}</div>'
            f'<div id="Article"><h1>{page_title("zh", kind)}</h1><div class="content">{static_page_body("zh", kind, 80 + len(kind))}</div></div></div>'
        )
        out.page(path, _frame(f"{page_title('zh', kind)} - {SITE}", main, side), "page")
    for post in posts:
        key = post.categories[0]
        source = "来源：" + (escape(post.tags[0]) if post.tags else "本站原创")
        editor = (
            f'<p class="editor" style="text-align:right">（责任编辑：{escape(post.author)}）</p>' if post.author else ""
        )
        main = f"""<div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="{list_path(key, 1)}">{names[key]}</a> &gt;  正文</div>
<div id="Article"><h1>{escape(post.title)}<br /><span>{post.published:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;&nbsp;{source}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
<div class="content">{paragraphs_html(post)}</div>{editor}
<div id="pages" class="text-c"></div><p style="margin-bottom:10px"><strong>相关热词搜索：</strong>{" ".join(escape(t) for t in post.tags)}</p>
<p class="f14"><strong>上一篇：</strong>已经没有了<br /><strong>下一篇：</strong>已经没有了</p></div></div>"""
        out.article(
            post_path(post),
            _frame(f"{post.title} - {names[key]} - {SITE}", main, side),
            post,
            [names[key]],
            shows_time=True,
            author=post.author,
            article_id=post.key,
        )
    return out.site
