"""Two Jekyll sites: minima with jekyll-paginate (``/page2/``), and a beautiful-jekyll-like
theme with jekyll-paginate-v2 paginating each category (``/news/2/``)."""

from __future__ import annotations

from html import escape

from tests.portal.gallery.common import (
    ATOM,
    XML,
    Assembler,
    atom,
    chunks,
    members,
    page_title,
    paragraphs_html,
    robots,
    sitemap,
    static_page_body,
)
from tests.portal.gallery.model import GallerySite, Post, make_posts

# --- 1. minima + jekyll-paginate, a Chinese student association --------------------------------

MINIMA_CATEGORIES = [("news", "新闻"), ("events", "活动"), ("notices", "通知")]
MINIMA_PAGES = ["about", "wiki", "finance", "contact"]
MINIMA_SITE = "某某大学学生科技协会"


def _minima_post_path(post: Post) -> str:
    return f"/{post.published:%Y/%m/%d}/{post.categories[0]}-{post.key}.html"


def _minima_frame(base: str, title: str, main: str, recent: list[Post], extra_head: str = "") -> str:
    nav = "".join(f'<a class="page-link" href="/{k}/">{n}</a>' for k, n in MINIMA_CATEGORIES)
    nav += "".join(f'<a class="page-link" href="/{p}/">{page_title("zh", p)}</a>' for p in MINIMA_PAGES)
    side = "".join(f'<li><a href="{_minima_post_path(p)}">{escape(p.title)}</a></li>' for p in recent)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {MINIMA_SITE}</title>
<meta name="generator" content="Jekyll v4.3.2">{extra_head}
<link rel="stylesheet" href="/assets/main.css">
<link type="application/atom+xml" rel="alternate" href="{base}/feed.xml" title="{MINIMA_SITE}">
</head><body>
<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{MINIMA_SITE}</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><div class="trigger">{nav}</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><div class="page">{main}</div>
<aside class="sidebar"><h2>最近文章</h2><ul class="recent-posts">{side}</ul></aside></div></main>
<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">{MINIMA_SITE}</h2>
<p><a href="/archives/">归档</a> · <a href="/tags/">标签</a> · <a href="/feed.xml">订阅</a></p>
<p>© 2024 {MINIMA_SITE}</p></div></footer></body></html>"""


def _minima_item(post: Post) -> str:
    return (
        f'<li><span class="post-meta">{post.published:%Y-%m-%d}</span><h3>'
        f'<a class="post-link" href="{_minima_post_path(post)}">{escape(post.title)}</a></h3></li>'
    )


def _minima_article(base: str, post: Post, recent: list[Post]) -> str:
    names = dict(MINIMA_CATEGORIES)
    cats = " ".join(f'<a href="/{k}/">{names[k]}</a>' for k in post.categories)
    author = (
        f' • <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<span class="p-author h-card" itemprop="name">{escape(post.author)}</span></span>'
        if post.author
        else ""
    )
    head = (
        f'<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{post.published.isoformat()}">'
    )
    main = f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{escape(post.title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="{post.published.isoformat()}" itemprop="datePublished">{post.published:%Y-%m-%d}</time>{author} • {cats}</p></header>
<div class="post-content e-content" itemprop="articleBody">{paragraphs_html(post)}</div>
<a class="u-url" href="{_minima_post_path(post)}" hidden></a></article>"""
    return _minima_frame(base, post.title, main, recent, head)


def build_jekyll_minima(base: str) -> GallerySite:
    posts = make_posts("zh", 30, 101, MINIMA_CATEGORIES)
    names = dict(MINIMA_CATEGORIES)
    recent = posts[:5]
    out = Assembler("jekyll_minima", "Jekyll (minima, jekyll-paginate)", "zh")
    pages = chunks(posts, 6)
    for number, chunk in enumerate(pages, 1):
        path = "/" if number == 1 else f"/page{number}/"
        pager = ['<div class="pagination">']
        if number > 1:
            pager.append(
                f'<a href="{"/" if number == 2 else f"/page{number - 1}/"}" class="previous">&laquo; 上一页</a>'
            )
        else:
            pager.append('<span class="previous">&laquo; 上一页</span>')
        pager.append(f'<span class="page_number ">第 {number} 页，共 {len(pages)} 页</span>')
        if number < len(pages):
            pager.append(f'<a href="/page{number + 1}/" class="next">下一页 &raquo;</a>')
        else:
            pager.append('<span class="next">下一页 &raquo;</span>')
        pager.append("</div>")
        main = (
            f'<div class="home"><h2 class="post-list-heading">文章</h2><ul class="post-list">'
            f"{''.join(map(_minima_item, chunk))}</ul>{''.join(pager)}</div>"
        )
        out.listing("全部", path, _minima_frame(base, "首页" if number == 1 else f"第{number}页", main, recent))
    for key, name in MINIMA_CATEGORIES:  # one unpaginated page per category, as a category layout renders it
        main = (
            f'<h1 class="page-heading">{name}</h1><ul class="post-list">'
            f"{''.join(map(_minima_item, members(posts, key)))}</ul>"
        )
        out.listing(name, f"/{key}/", _minima_frame(base, name, main, recent))
    for kind in MINIMA_PAGES:
        main = (
            f'<article class="post"><header class="post-header"><h1 class="post-title">{page_title("zh", kind)}</h1>'
            f'</header><div class="post-content">{static_page_body("zh", kind, 11)}</div></article>'
        )
        out.page(f"/{kind}/", _minima_frame(base, page_title("zh", kind), main, recent), "page")
    years = "".join(
        f"<h2>{y}</h2><ul>" + "".join(_minima_item(p) for p in posts if p.published.year == y) + "</ul>"
        for y in sorted({p.published.year for p in posts}, reverse=True)
    )
    out.page("/archives/", _minima_frame(base, "归档", f'<h1 class="page-heading">归档</h1>{years}', recent), "archive")
    tags = sorted({t for p in posts for t in p.tags})
    tag_index = "".join(
        f'<h2 id="{escape(t)}">{escape(t)}</h2><ul>' + "".join(_minima_item(p) for p in posts if t in p.tags) + "</ul>"
        for t in tags
    )
    out.page("/tags/", _minima_frame(base, "标签", f'<h1 class="page-heading">标签</h1>{tag_index}', recent), "tag")
    for post in posts:
        out.article(
            _minima_post_path(post),
            _minima_article(base, post, recent),
            post,
            [names[k] for k in post.categories],
            shows_time=False,
            author=post.author,
        )
    out.raw(
        "/feed.xml",
        atom(MINIMA_SITE, base + "/", base + "/feed.xml", [(base + _minima_post_path(p), p) for p in posts[:10]]),
        ATOM,
        feed=True,
    )
    out.raw(
        "/sitemap.xml",
        sitemap(
            [(base + p, None) for p in out.site.non_articles]
            + [(base + _minima_post_path(p), p.published) for p in posts]
        ),
        XML,
        feed=True,
    )
    out.raw("/robots.txt", robots(base, ["/sitemap.xml"]), "text/plain")
    return out.site


# --- 2. beautiful-jekyll-like + jekyll-paginate-v2, an English non-profit ------------------------

V2_CATEGORIES = [("news", "News"), ("events", "Events"), ("stories", "Stories")]
V2_PAGES = ["about", "team", "join", "contact"]
V2_SITE = "Riverbank Water Alliance"


def _v2_post_path(post: Post) -> str:
    return f"/{post.categories[0]}/{post.published:%Y/%m/%d}/{post.slug}.html"


def _v2_frame(title: str, main: str, recent: list[Post], header: str = "") -> str:
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="/{k}/">{n}</a></li>' for k, n in V2_CATEGORIES)
    nav += "".join(
        f'<li class="nav-item"><a class="nav-link" href="/{p}/">{page_title("en", p)}</a></li>' for p in V2_PAGES
    )
    side = "".join(f'<li><a href="{_v2_post_path(p)}">{escape(p.title)}</a></li>' for p in recent)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="generator" content="Jekyll v4.3.2"></head><body>
<nav class="navbar navbar-expand-xl navbar-light fixed-top navbar-custom top-nav-regular"><a class="navbar-brand" href="/">{V2_SITE}</a>
<div class="collapse navbar-collapse" id="main-navbar"><ul class="navbar-nav ml-auto">{nav}</ul></div></nav>
{header}
<div class="container-md" role="main"><div class="row"><div class="col-xl-8 offset-xl-2 col-lg-10 offset-lg-1">{main}</div>
<div class="col-lg-3 sidebar"><h4>Recent posts</h4><ul class="list-unstyled">{side}</ul></div></div></div>
<footer><div class="container-md beautiful-jekyll-footer"><div class="row"><div class="col-xl-8 offset-xl-2 col-lg-10 offset-lg-1">
<p class="copyright text-muted">{V2_SITE} &nbsp;&bull;&nbsp; 2024 &nbsp;&bull;&nbsp; <a href="/privacy/">Privacy</a></p>
<p class="theme-by text-muted">Powered by <a href="https://beautifuljekyll.com">Beautiful Jekyll</a></p></div></div></div></footer>
</body></html>"""


def _v2_preview(post: Post) -> str:
    return f"""<article class="post-preview">
<a href="{_v2_post_path(post)}"><h2 class="post-title">{escape(post.title)}</h2></a>
<p class="post-meta">Posted on {post.published:%B %-d, %Y}</p>
<div class="post-entry-container"><div class="post-entry">{escape(post.summary(140))}
<a href="{_v2_post_path(post)}" class="post-read-more">[Read&nbsp;More]</a></div></div></article>"""


def _v2_article(post: Post, recent: list[Post]) -> str:
    names = dict(V2_CATEGORIES)
    byline = f'<span class="post-meta">By <a href="/team/">{escape(post.author)}</a></span>' if post.author else ""
    header = f"""<header class="header-section "><div class="intro-header no-img"><div class="container-md"><div class="row">
<div class="col-xl-8 offset-xl-2 col-lg-10 offset-lg-1"><div class="post-heading"><h1>{escape(post.title)}</h1>
<span class="post-meta">Posted on {post.published:%B %-d, %Y}</span>{byline}
</div></div></div></div></div></header>"""
    cats = "".join(f'<li class="list-inline-item"><a href="/{k}/">{names[k]}</a></li>' for k in post.categories)
    tags = "".join(f'<li class="list-inline-item"><a href="/tags/#{escape(t)}">{escape(t)}</a></li>' for t in post.tags)
    main = f"""<article role="main" class="blog-post">{paragraphs_html(post)}</article>
<div class="blog-tags"><span>Filed under:</span><ul class="d-inline list-inline" role="list">{cats}</ul>
<span>Tags:</span><ul class="d-inline list-inline" role="list">{tags}</ul></div>
<ul class="pagination blog-pager"><li class="page-item previous"><a class="page-link" href="/{post.categories[0]}/">&larr; Back to {names[post.categories[0]]}</a></li></ul>"""
    return _v2_frame(f"{post.title} | {V2_SITE}", main, recent, header)


def _v2_path(key: str, number: int) -> str:
    return f"/{key}/" if number == 1 else f"/{key}/{number}/"


def build_jekyll_paginate_v2(base: str) -> GallerySite:
    posts = make_posts("en", 36, 102, V2_CATEGORIES)
    names = dict(V2_CATEGORIES)
    recent = posts[:5]
    out = Assembler("jekyll_paginate_v2", "Jekyll (beautiful-jekyll, jekyll-paginate-v2)", "en")
    home = "".join(_v2_preview(p) for p in posts[:4])
    out.page(
        "/",
        _v2_frame(V2_SITE, f'<div class="posts-list">{home}</div><p><a href="/news/">All news &rarr;</a></p>', recent),
        "home",
    )
    for key, name in V2_CATEGORIES:
        pages = chunks(members(posts, key), 5)
        for number, chunk in enumerate(pages, 1):
            pager = []
            if number > 1:
                pager.append(
                    f'<li class="page-item previous"><a class="page-link" href="{_v2_path(key, number - 1)}">&larr; Newer Posts</a></li>'
                )
            if number < len(pages):
                pager.append(
                    f'<li class="page-item next"><a class="page-link" href="{_v2_path(key, number + 1)}">Older Posts &rarr;</a></li>'
                )
            main = (
                f'<h1>{name}</h1><div class="posts-list">{"".join(map(_v2_preview, chunk))}</div>'
                f'<ul class="pagination main-pager">{"".join(pager)}</ul>'
            )
            out.listing(name, _v2_path(key, number), _v2_frame(f"{name} | {V2_SITE}", main, recent))
    for kind in [*V2_PAGES, "privacy"]:
        title = "Privacy Policy" if kind == "privacy" else page_title("en", kind)
        body = static_page_body("en", "about" if kind == "privacy" else kind, 12 + len(kind))
        out.page(f"/{kind}/", _v2_frame(f"{title} | {V2_SITE}", f"<h1>{title}</h1>{body}", recent), "page")
    tags = sorted({t for p in posts for t in p.tags})
    tag_index = "".join(
        f'<div id="{escape(t)}"><h4>{escape(t)}</h4>'
        + "".join(f'<a class="post-list" href="{_v2_post_path(p)}">{escape(p.title)}</a>' for p in posts if t in p.tags)
        + "</div>"
        for t in tags
    )
    out.page("/tags/", _v2_frame(f"Tag Index | {V2_SITE}", f"<h1>Tag Index</h1>{tag_index}", recent), "tag")
    for post in posts:
        out.article(
            _v2_post_path(post),
            _v2_article(post, recent),
            post,
            [names[k] for k in post.categories],
            shows_time=False,
            author=post.author,
        )
    return out.site
