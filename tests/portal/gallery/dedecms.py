"""A DedeCMS site (GBK): channel lists ``/a/news/`` = ``list_12_1.html``, ``list_12_3.html``,
articles ``/a/news/20241122/123.html``, the ``pagelist`` pager with ``共 N页M条``, label lines
``发布时间：`` ``来源：`` ``作者：`` (empty when no author), a view counter script, an intro
under each list entry, a "hot" sidebar, single pages under ``/a/about/``."""

from __future__ import annotations

from html import escape

from tests.portal.gallery.common import Assembler, chunks, members, page_title, paragraphs_html, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("news", "新闻动态", 12), ("notice", "通知公告", 13), ("industry", "行业资讯", 14)]
SINGLE_PAGES = [("about", "/a/about/"), ("contact", "/a/lianxi/"), ("finance", "/a/caiwu/")]
SITE = "某某市物业管理协会"
PER_PAGE = 6


def post_path(post: Post) -> str:
    return f"/a/{post.categories[0]}/{post.published:%Y%m%d}/{post.key}.html"


def _list_path(key: str, tid: int, number: int) -> str:
    return f"/a/{key}/list_{tid}_{number}.html"


def _frame(title: str, main: str, hot: list[Post], crumbs: str) -> str:
    nav = "".join(f"<li><a href='/a/{k}/'>{n}</a></li>" for k, n, _ in CATEGORIES)
    nav += "".join(f"<li><a href='{path}'>{page_title('zh', kind)}</a></li>" for kind, path in SINGLE_PAGES)
    side = "".join(f'<li><a href="{post_path(p)}">{escape(p.title)}</a></li>' for p in hot)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{escape(title)}_{SITE}</title><meta name="keywords" content="{SITE}" /><link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" /></head>
<body class="articlelist"><div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">{SITE}</a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li>{nav}</ul></div></div></div>
<div class="channel-nav w963 center clear"></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> {crumbs}</div>{main}</div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>热点文章</strong></dt><dd class="light"><ul class="d4">{side}</ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统">DedeCMS</a> © 2024 {SITE} 版权所有</p>
<div class="copyright">地址：某某市某某路8号 电话：0871-00000000 <a href="http://beian.miit.gov.cn/">滇ICP备00000000号</a></div></div></div></body></html>"""


def _pagelist(key: str, tid: int, number: int, pages: int, total: int) -> str:
    items = [f"<li><a href='list_{tid}_1.html'>首页</a></li>"]
    if number > 1:
        items.append(f"<li><a href='list_{tid}_{number - 1}.html'>上一页</a></li>")
    for n in range(1, pages + 1):
        items.append(
            f'<li class="thisclass"><a>{n}</a></li>'
            if n == number
            else f"<li><a href='list_{tid}_{n}.html'>{n}</a></li>"
        )
    if number < pages:
        items.append(f"<li><a href='list_{tid}_{number + 1}.html'>下一页</a></li>")
    items.append(f"<li><a href='list_{tid}_{pages}.html'>末页</a></li>")
    items.append(f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{total}</strong>条</span></li>')
    return f'<div class="dede_pages"><ul class="pagelist">{"".join(items)}</ul></div>'


def _entry(post: Post, key: str) -> str:
    return (
        f"<li><a href='/a/{key}/' class='preview'><img src='/uploads/allimg/{post.key}-lp.jpg'/></a>"
        f'<a href="{post_path(post)}" class="title">{escape(post.title)}</a>'
        f'<span class="info"><small>日期：</small>{post.published:%Y-%m-%d %H:%M:%S}<small>点击：</small>{int(post.key) % 97}'
        f'<small>好评：</small>0</span><p class="intro">{escape(post.summary(60))}</p></li>'
    )


def _article(post: Post, hot: list[Post], names: dict[str, str]) -> str:
    key = post.categories[0]
    crumbs = f"<a href='/'>主页</a> > <a href='/a/{key}/'>{names[key]}</a> > "
    source = f"来源：{escape(post.tags[0]) if post.tags else SITE}"
    info = (
        f'<div class="info"><small>发布时间：</small>{post.published:%Y-%m-%d %H:%M}&nbsp;&nbsp;<small>{source}</small>&nbsp;&nbsp;'
        f"<small>作者：</small>{escape(post.author or '')}&nbsp;&nbsp;<small>点击：</small>"
        f'<script src="/plus/count.php?view=yes&aid={post.key}&mid=1" type="text/javascript" language="javascript"></script>次</div>'
    )
    main = f"""<div class="viewbox"><div class="title"><h2>{escape(post.title)}</h2></div>{info}
<div class="intro">{escape(post.summary(60))}</div>
<div class="content"><table width="100%"><tr><td>{paragraphs_html(post)}</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：没有了 </li><li>下一篇：没有了 </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={post.key}" target="_blank">收藏</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={post.key}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div></div>"""
    return _frame(post.title, main, hot, crumbs)


def build_dedecms(base: str) -> GallerySite:
    categories = [(k, n) for k, n, _ in CATEGORIES]
    names = dict(categories)
    posts = make_posts("zh", 48, 107, categories, id_base=300)
    hot = posts[3:9]
    out = Assembler("dedecms", "DedeCMS 5.7", "zh", charset="gbk")
    blocks = "".join(
        f'<div class="listbox"><dl class="tbox"><dt><strong>{n}</strong><span class="more"><a href="/a/{k}/">更多</a></span></dt>'
        f'<dd><ul class="d1 ico3">'
        + "".join(
            f'<li><span>{p.published:%m-%d}</span><a href="{post_path(p)}">{escape(p.title)}</a></li>'
            for p in members(posts, k)[:5]
        )
        + "</ul></dd></dl></div>"
        for k, n in categories
    )
    out.page("/", _frame("首页", blocks, hot, "<a href='/'>主页</a>"), "home")
    for key, name, tid in CATEGORIES:
        items = members(posts, key)
        pages = chunks(items, PER_PAGE)
        for number, chunk in enumerate(pages, 1):
            main = (
                f'<div class="listbox"><ul class="e2">{"".join(_entry(p, key) for p in chunk)}</ul></div>'
                + _pagelist(key, tid, number, len(pages), len(items))
            )
            html = _frame(name, main, hot, f"<a href='/'>主页</a> > <a href='/a/{key}/'>{name}</a> > ")
            out.listing(name, _list_path(key, tid, number), html)
            if number == 1:
                out.listing(name, f"/a/{key}/", html)  # the channel's index.html is its list page 1 too
    for kind, path in SINGLE_PAGES:
        main = f'<div class="viewbox"><div class="title"><h2>{page_title("zh", kind)}</h2></div><div class="content">{static_page_body("zh", kind, 70 + len(kind))}</div></div>'
        out.page(
            path, _frame(page_title("zh", kind), main, hot, f"<a href='/'>主页</a> > {page_title('zh', kind)}"), "page"
        )
    for post in posts:
        out.article(
            post_path(post),
            _article(post, hot, names),
            post,
            [names[post.categories[0]]],
            shows_time=True,
            author=post.author,
            article_id=post.key,
        )
    return out.site
