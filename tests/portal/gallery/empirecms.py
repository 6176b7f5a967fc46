"""An EmpireCMS (帝国CMS) site: lists ``/news/`` and ``/news/index_2.html``, articles
``/news/2024-11-22/123.html``, the default pager (``Total record``, ``下一页``, ``尾页``), a
``position`` wrapper, a click counter script and ``发布时间：``/``来源：``/``作者：`` in one line,
tag pages under ``/e/tags/``."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from tests.portal.gallery.common import Assembler, chunks, members, page_title, paragraphs_html, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("news", "协会新闻", 2), ("notice", "通知公告", 3), ("member", "会员动态", 4)]
SITE = "某某市餐饮行业协会"
PER_PAGE = 6


def post_path(post: Post) -> str:
    return f"/{post.categories[0]}/{post.published:%Y-%m-%d}/{post.key}.html"


def list_path(key: str, number: int) -> str:
    return f"/{key}/" if number == 1 else f"/{key}/index_{number}.html"


def _tag_path(tag: str) -> str:
    return f"/e/tags/?tagname={quote(tag)}"


def _frame(title: str, main: str, hot: list[Post]) -> str:
    nav = "".join(f'<a href="{list_path(k, 1)}">{n}</a>' for k, n, _ in CATEGORIES)
    side = "".join(f'<li><a href="{post_path(p)}" title="{escape(p.title)}">{escape(p.title)}</a></li>' for p in hot)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)}</title><link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" /></head><body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="top"><tr><td><a href="/">{SITE}</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="nav"><tr><td class="nav_global"><ul><li class="curr"><a href="/">首页</a>&nbsp;&nbsp;{nav}&nbsp;&nbsp;<a href="/about/">{page_title("zh", "about")}</a>&nbsp;&nbsp;<a href="/contact/">{page_title("zh", "contact")}</a></li></ul></td></tr></table>
<table width="100%" border="0" cellspacing="10" cellpadding="0"><tr valign="top"><td class="main">{main}</td>
<td class="sider"><table width="100%" border="0" cellpadding="0" cellspacing="0" class="box"><tr><td class="title"><strong>热门排行</strong></td></tr><tr><td><ol class="rank">{side}</ol></td></tr></table></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="copyright"><tr><td>Powered by <strong><a href="http://www.phome.net" target="_blank">EmpireCMS</a></strong> &copy; 2024 {SITE}</td></tr></table></body></html>"""


def _list_page(key: str, number: int, pages: int, total: int) -> str:
    parts = [f'<a title="Total record">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;']
    if number > 1:
        parts.append(
            f'<a href="{list_path(key, 1)}">首页</a>&nbsp;<a href="{list_path(key, number - 1)}">上一页</a>&nbsp;'
        )
    parts += [
        f"<b>{n}</b>&nbsp;" if n == number else f'<a href="{list_path(key, n)}">{n}</a>&nbsp;'
        for n in range(1, pages + 1)
    ]
    if number < pages:
        parts.append(
            f'<a href="{list_path(key, number + 1)}">下一页</a>&nbsp;<a href="{list_path(key, pages)}">尾页</a>'
        )
    return f'<div class="list_page">{"".join(parts)}</div>'


def build_empirecms(base: str) -> GallerySite:
    categories = [(k, n) for k, n, _ in CATEGORIES]
    names = dict(categories)
    posts = make_posts("zh", 40, 109, categories, id_base=700)
    hot = posts[2:8]
    out = Assembler("empirecms", "EmpireCMS 7.5", "zh")
    home = "".join(
        f'<table width="100%" class="box"><tr><td class="title"><a href="{list_path(k, 1)}" class="more">更多&gt;&gt;</a><strong>{n}</strong></td></tr>'
        "<tr><td><ul>"
        + "".join(
            f'<li><a href="{post_path(p)}" title="{escape(p.title)}">{escape(p.title)}</a></li>'
            for p in members(posts, k)[:5]
        )
        + "</ul></td></tr></table>"
        for k, n in categories
    )
    out.page("/", _frame(SITE, home, hot), "home")
    for key, name, classid in CATEGORIES:
        items = members(posts, key)
        pages = chunks(items, PER_PAGE)
        for number, chunk in enumerate(pages, 1):
            rows = "".join(
                f'<li><span>{p.published:%Y-%m-%d}</span><a href="{post_path(p)}" target="_blank" title="{escape(p.title)}">'
                f"{escape(p.title)}</a></li>"
                for p in chunk
            )
            main = (
                f'<div class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="{list_path(key, 1)}">{name}</a></div>'
                f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box"><tr><td class="title"><strong>{name}</strong></td></tr>'
                f'<tr><td><ul class="list_news" id="classid{classid}">{rows}</ul>{_list_page(key, number, len(pages), len(items))}</td></tr></table>'
            )
            out.listing(name, list_path(key, number), _frame(f"{name}_{SITE}", main, hot))
    for tag in sorted({t for p in posts for t in p.tags}):
        rows = "".join(f'<li><a href="{post_path(p)}">{escape(p.title)}</a></li>' for p in posts if tag in p.tags)
        out.page(
            _tag_path(tag),
            _frame(
                f"{tag}_{SITE}", f'<div class="position">TAG：{escape(tag)}</div><ul class="list_news">{rows}</ul>', hot
            ),
            "tag",
        )
    for kind in ("about", "contact"):
        main = f'<div class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;{page_title("zh", kind)}</div><div id="text">{static_page_body("zh", kind, 90 + len(kind))}</div>'
        out.page(f"/{kind}/", _frame(f"{page_title('zh', kind)}_{SITE}", main, hot), "page")
    for post in posts:
        key = post.categories[0]
        classid = next(c for k, _, c in CATEGORIES if k == key)
        author = f"&nbsp;&nbsp;作者：{escape(post.author)}" if post.author else ""
        tags = " ".join(f'<a href="{_tag_path(t)}" target="_blank">{escape(t)}</a>' for t in post.tags)
        main = f"""<div class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="{list_path(key, 1)}">{names[key]}</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box"><tr><td><div class="title_info"><h1>{escape(post.title)}</h1>
<p class="info">发布时间：{post.published:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;来源：{SITE}{author}&nbsp;&nbsp;点击：<script src=/e/public/ViewClick/?classid={classid}&id={post.key}&addclick=1></script>次</p></div>
<div id="text">{paragraphs_html(post)}</div><div class="tags">TAG: {tags}</div>
<div class="info_pre_next">上一篇：<a href="{list_path(key, 1)}">返回列表</a></div></td></tr></table>"""
        out.article(
            post_path(post),
            _frame(f"{post.title}_{SITE}", main, hot),
            post,
            [names[key]],
            shows_time=True,
            author=post.author,
            article_id=post.key,
        )
    return out.site
