"""A Discuz! X3 portal (GBK): ``portal.php?mod=list&catid=1`` with ``&page=2``, articles at the
rewritten ``article-123-1.html``, the ``pgs``/``pg`` pager with `` / 3 页``, the view page's
``发布者:`` (the account) and ``原作者:`` (the author) in one ``xg1`` line, the forum beside it."""

from __future__ import annotations

from html import escape

from tests.portal.gallery.common import Assembler, chunks, members, page_title, paragraphs_html, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("1", "社区新闻"), ("2", "活动报道"), ("3", "行业观察")]
SITE = "某某摄影爱好者社区"
PER_PAGE = 6


def post_path(post: Post) -> str:
    return f"/article-{post.key}-1.html"


def list_path(catid: str, number: int) -> str:
    return f"/portal.php?mod=list&catid={catid}" + (f"&page={number}" if number > 1 else "")


def _href(path: str) -> str:
    return escape(path.lstrip("/"))  # Discuz links are relative to the site root, with &amp;


def _frame(title: str, main: str, side: list[Post], crumbs: str) -> str:
    nav = "".join(f'<li><a href="{_href(list_path(k, 1))}" hidefocus="true">{n}</a></li>' for k, n in CATEGORIES)
    recent = "".join(
        f'<li><a href="{_href(post_path(p))}" title="{escape(p.title)}" target="_blank">{escape(p.title)}</a></li>'
        for p in side
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{escape(title)} - {SITE} -  Powered by Discuz!</title><meta name="generator" content="Discuz! X3.4" /><base href="/" /></head>
<body id="nv_portal" class="pg_list" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('/');">设为首页</a></div>
<div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{SITE}"><img src="static/image/common/logo.png" alt="{SITE}" border="0" /></a></h2></div>
<div id="nv"><ul><li class="a" id="mn_portal"><a href="portal.php" hidefocus="true">门户</a></li><li id="mn_forum"><a href="forum.php" hidefocus="true">论坛</a></li>{nav}</ul></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{SITE}</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> {crumbs}</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn">{main}</div>
<div class="sd pph"><div class="bm"><div class="bm_h cl"><h2>最新文章</h2></div><div class="bm_c"><ul class="xl xl1 cl">{recent}</ul></div></div></div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="misc.php?mod=faq">帮助</a><span class="pipe">|</span><a href="about.html">{page_title("zh", "about")}</a><span class="pipe">|</span><a href="contact.html">{page_title("zh", "contact")}</a></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div></body></html>"""


def _pager(catid: str, number: int, pages: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<a href="{_href(list_path(catid, number - 1))}" class="prev">&nbsp;&nbsp;</a>')
    parts += [
        f"<strong>{n}</strong>" if n == number else f'<a href="{_href(list_path(catid, n))}">{n}</a>'
        for n in range(1, pages + 1)
    ]
    parts.append(
        f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{number}" '
        f"onkeydown=\"if(event.keyCode==13) {{window.location='portal.php?mod=list&amp;catid={catid}&amp;page='+this.value;; doane(event);}}\" />"
        f'<span title="共 {pages} 页"> / {pages} 页</span></label>'
    )
    if number < pages:
        parts.append(f'<a href="{_href(list_path(catid, number + 1))}" class="nxt">下一页</a>')
    return f'<div class="pgs cl"><div class="pg">{"".join(parts)}</div></div>'


def build_discuz(base: str) -> GallerySite:
    posts = make_posts("zh", 38, 110, CATEGORIES, id_base=900)
    names = dict(CATEGORIES)
    side = posts[:6]
    out = Assembler("discuz", "Discuz! X3.4 portal", "zh", charset="gbk")
    home = "".join(
        f'<div class="bm"><div class="bm_h cl"><span class="y"><a href="{_href(list_path(k, 1))}" class="xi2">更多</a></span><h2>{n}</h2></div>'
        '<div class="bm_c"><ul class="xl xl1 cl">'
        + "".join(
            f'<li><a href="{_href(post_path(p))}" target="_blank">{escape(p.title)}</a></li>'
            for p in members(posts, k)[:5]
        )
        + "</ul></div></div>"
        for k, n in CATEGORIES
    )
    out.page("/portal.php", _frame("门户", home, side, ""), "home")
    out.page("/", _frame("门户", home, side, ""), "home")
    threads = "".join(
        f'<tr><th><a href="forum.php?mod=forumdisplay&amp;fid={i}">版块 {i}</a></th><td>{100 + i} / {900 + i}</td></tr>'
        for i in range(2, 6)
    )
    out.page(
        "/forum.php",
        _frame(
            "论坛",
            f'<div class="bm bmw fl"><div class="bm_h cl"><h2>论坛版块</h2></div><table class="fl_tb">{threads}</table></div>',
            side,
            "<em>&rsaquo;</em> 论坛",
        ),
        "page",
    )
    for catid, name in CATEGORIES:
        pages = chunks(members(posts, catid), PER_PAGE)
        for number, chunk in enumerate(pages, 1):
            rows = "".join(
                f'<dl class="bbda cl"><dt class="xs2"><a href="{_href(post_path(p))}" target="_blank" class="xi2">{escape(p.title)}</a></dt>'
                f'<dd class="xs2 cl">{escape(p.summary(70))}</dd><dd><span class="xg1">{p.published:%Y-%m-%d %H:%M}</span>'
                f'<span class="xg1"> | 分类: <a href="{_href(list_path(catid, 1))}" class="xi1">{name}</a></span></dd></dl>'
                for p in chunk
            )
            main = (
                f'<div class="bm"><div class="bm_h cl"><h1 class="xs2">{name}</h1></div><div class="bm_c xld">{rows}</div></div>'
                + _pager(catid, number, len(pages))
            )
            out.listing(
                name,
                list_path(catid, number),
                _frame(name, main, side, f'<em>&rsaquo;</em> <a href="{_href(list_path(catid, 1))}">{name}</a>'),
            )
    for kind in ("about", "contact"):
        main = f'<div class="bm"><div class="bm_h cl"><h1 class="xs2">{page_title("zh", kind)}</h1></div><div class="bm_c">{static_page_body("zh", kind, 100 + len(kind))}</div></div>'
        out.page(
            f"/{kind}.html",
            _frame(page_title("zh", kind), main, side, f"<em>&rsaquo;</em> {page_title('zh', kind)}"),
            "page",
        )
    for post in posts:
        catid = post.categories[0]
        original = f'<span class="pipe">|</span>原作者: {escape(post.author)}' if post.author else ""
        main = f"""<div class="bm vw"><div class="h hm"><h1 class="ph">{escape(post.title)} </h1>
<p class="xg1"> {post.published:%Y-%m-%d %H:%M}<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&amp;uid=1">admin</a><span class="pipe">|</span> 查看: <em id="_viewnum">{int(post.key) % 300}</em><span class="pipe">|</span> 评论: <em>0</em>{original}</p></div>
<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{paragraphs_html(post)}</td></tr></table></div>
<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={post.key}" class="oshr ofav">收藏</a> <a href="misc.php?mod=invite&amp;action=article&amp;id={post.key}" class="oshr oivt">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：</em>没有了</div></div>
<div id="comment" class="bm"><div class="bm_h cl"><h3 class="ph">最新评论</h3></div><div id="comment_ul" class="bm_c"></div></div>"""
        crumbs = (
            f'<em>&rsaquo;</em> <a href="{_href(list_path(catid, 1))}">{names[catid]}</a> <em>&rsaquo;</em> 查看内容'
        )
        out.article(
            post_path(post),
            _frame(post.title, main, side, crumbs),
            post,
            [names[catid]],
            shows_time=True,
            author=post.author,
            article_id=post.key,
        )
    return out.site
