"""A Hexo blog with the NexT theme (Muse scheme), Chinese: ``<html class="theme-next …">``,
percent-encoded Chinese permalinks ``/2024/11/22/<title>/``, home pages of expanded post
blocks (excerpt + "阅读全文 »", or the whole post when it has no ``<!-- more -->``),
``/page/2/``, collapsed lists under ``/archives/``, ``/categories/…`` and ``/tags/…``,
the author only in a hidden ``itemprop="author"`` and ``article:author``, and ``atom.xml``."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from tests.portal.gallery.common import (
    ATOM,
    XML,
    Assembler,
    atom,
    chunks,
    members,
    page_title,
    robots,
    sitemap,
    static_page_body,
)
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("tech", "技术分享"), ("life", "社团生活"), ("notes", "读书笔记")]
SITE = "蓝桥技术社"
OWNER = "林知远"
PER_PAGE = 8


def post_path(post: Post) -> str:
    return f"/{post.published:%Y/%m/%d}/{quote(post.title)}/"


def _cat_path(name: str) -> str:
    return f"/categories/{quote(name)}/"


def _tag_path(tag: str) -> str:
    return f"/tags/{quote(tag)}/"


def _frame(base: str, title: str, main: str, posts: list[Post], page_class: str, head: str = "") -> str:
    menu = "".join(
        f'<li class="menu-item menu-item-{k}"><a href="{href}" rel="section">{label}</a></li>'
        for k, href, label in [
            ("home", "/", "首页"),
            ("about", "/about/", "关于"),
            ("tags", "/tags/", "标签"),
            ("categories", "/categories/", "分类"),
            ("archives", "/archives/", "归档"),
        ]
    )
    menu += "".join(f'<li class="menu-item"><a href="{_cat_path(n)}" rel="section">{n}</a></li>' for _, n in CATEGORIES)
    recent = "".join(
        f'<li class="links-of-blogroll-item"><a href="{post_path(p)}" title="{escape(p.title)}">'
        f"{escape(p.title)}</a></li>"
        for p in posts[:5]
    )
    tags = {t for p in posts for t in p.tags}
    return f"""<!DOCTYPE html>
<html class="theme-next muse use-motion" lang="zh-CN"><head><meta charset="UTF-8">
<meta name="generator" content="Hexo 5.4.0"><title>{escape(title)}</title>{head}
<link rel="alternate" href="/atom.xml" title="{SITE}" type="application/atom+xml">
</head><body itemscope itemtype="http://schema.org/WebPage" lang="zh-CN">
<div class="container sidebar-position-left {page_class}"><div class="headband"></div>
<header id="header" class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-wrapper">
<div class="site-meta"><div class="custom-logo-site-title"><a href="/" class="brand" rel="start"><span class="site-title">{SITE}</span></a></div>
<p class="site-subtitle">记录 · 分享 · 成长</p></div></div>
<nav class="site-nav"><ul id="menu" class="menu">{menu}</ul></nav></div></header>
<main id="main" class="main"><div class="main-inner"><div class="content-wrap"><div id="content" class="content">{main}</div></div>
<div class="sidebar-toggle"><div class="sidebar-toggle-line-wrap"><span class="sidebar-toggle-line sidebar-toggle-line-first"></span></div></div>
<aside id="sidebar" class="sidebar"><div class="sidebar-inner"><section class="site-overview-wrap sidebar-panel sidebar-panel-active"><div class="site-overview">
<div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person"><p class="site-author-name" itemprop="name">{OWNER}</p></div>
<nav class="site-state motion-element"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">{len(posts)}</span><span class="site-state-item-name">日志</span></a></div>
<div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">{len(CATEGORIES)}</span><span class="site-state-item-name">分类</span></a></div>
<div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">{len(tags)}</span><span class="site-state-item-name">标签</span></a></div></nav>
<div class="links-of-blogroll motion-element links-of-blogroll-block"><div class="links-of-blogroll-title">近期文章</div><ul class="links-of-blogroll-list">{recent}</ul></div>
</div></section></div></aside></div></main>
<footer id="footer" class="footer"><div class="footer-inner"><div class="copyright">&copy; 2024 <span class="author" itemprop="copyrightHolder">{OWNER}</span></div>
<div class="powered-by">由 <a class="theme-link" target="_blank" href="https://hexo.io">Hexo</a> 强力驱动</div></div></footer>
</div></body></html>"""


def _meta(post: Post) -> str:
    names = dict(CATEGORIES)
    cats = "".join(
        f'<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="{_cat_path(names[k])}" '
        f'itemprop="url" rel="index"><span itemprop="name">{names[k]}</span></a></span>'
        for k in post.categories
    )
    return (
        f'<div class="post-meta"><span class="post-time"><span class="post-meta-item-icon"><i class="fa fa-calendar-o"></i></span>'
        f'<span class="post-meta-item-text">发表于</span> <time title="创建于" itemprop="dateCreated datePublished" '
        f'datetime="{post.published.isoformat()}">{post.published:%Y-%m-%d}</time></span>'
        f'<span class="post-category"><span class="post-meta-divider">|</span><span class="post-meta-item-text">分类于</span> {cats}</span></div>'
    )


def _body(post: Post, excerpt: bool) -> str:
    if post.kind == "image":
        return f'<p><img src="{post.image}" alt=""></p><p>{escape(post.paragraphs[0])}</p>'
    paragraphs = post.paragraphs[:1] if excerpt else post.paragraphs
    text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    if not excerpt and len(post.paragraphs) > 1:
        text = text.replace("</p>", '</p><a id="more"></a>', 1)
    return text


def _block(post: Post, *, full_page: bool) -> str:
    """One ``post post-type-normal`` block; on the home page long posts show their excerpt."""
    excerpt = not full_page and len(post.paragraphs) > 1
    title = (
        f'<h1 class="post-title" itemprop="name headline">{escape(post.title)}</h1>'
        if full_page
        else f'<h2 class="post-title" itemprop="name headline"><a class="post-title-link" href="{post_path(post)}" '
        f'itemprop="url">{escape(post.title)}</a></h2>'
    )
    more = (
        f'<div class="post-button text-center"><a class="btn" href="{post_path(post)}#more" rel="contents">阅读全文 &raquo;</a></div>'
        if excerpt
        else ""
    )
    tags = "".join(f'<a href="{_tag_path(t)}" rel="tag"># {escape(t)}</a>' for t in post.tags) if full_page else ""
    return f"""<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article"><div class="post-block">
<link itemprop="mainEntityOfPage" href="{post_path(post)}">
<span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="{OWNER}"><meta itemprop="image" content="/images/avatar.gif"></span>
<span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="{SITE}"></span>
<header class="post-header">{title}{_meta(post)}</header>
<div class="post-body" itemprop="articleBody">{_body(post, excerpt)}{more}</div>
<footer class="post-footer"><div class="post-tags">{tags}</div><div class="post-eof"></div></footer></div></article>"""


def _collapsed(heading: str, items: list[Post]) -> str:
    """The archive/category/tag list: titles under year headings, no text."""
    rows, year = [], None
    for post in items:
        if post.published.year != year:
            year = post.published.year
            rows.append(
                f'<div class="collection-title"><h2 class="archive-year" id="archive-year-{year}">{year}</h2></div>'
            )
        rows.append(
            f'<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article"><header class="post-header">'
            f'<h2 class="post-title"><a class="post-title-link" href="{post_path(post)}" itemprop="url">'
            f'<span itemprop="name">{escape(post.title)}</span></a></h2><div class="post-meta">'
            f'<time class="post-time" itemprop="dateCreated" datetime="{post.published.isoformat()}" '
            f'content="{post.published:%Y-%m-%d}">{post.published:%m-%d}</time></div></header></article>'
        )
    return (
        f'<div class="post-block archive"><div id="posts" class="posts-collapse"><span class="archive-move-on"></span>'
        f'<span class="archive-page-counter">{escape(heading)}</span>{"".join(rows)}</div></div>'
    )


def _pagination(prefix: str, number: int, pages: int) -> str:
    def at(n: int) -> str:
        return prefix if n == 1 else f"{prefix}page/{n}/"

    parts = []
    if number > 1:
        parts.append(f'<a class="extend prev" rel="prev" href="{at(number - 1)}"><i class="fa fa-angle-left"></i></a>')
    for n in range(1, pages + 1):
        parts.append(
            f'<span class="page-number current">{n}</span>'
            if n == number
            else f'<a class="page-number" href="{at(n)}">{n}</a>'
        )
    if number < pages:
        parts.append(f'<a class="extend next" rel="next" href="{at(number + 1)}"><i class="fa fa-angle-right"></i></a>')
    return f'<nav class="pagination">{"".join(parts)}</nav>'


def _collapsed_pages(
    out: Assembler, base: str, prefix: str, heading: str, items: list[Post], posts: list[Post], role: str, category: str
) -> None:
    pages = chunks(items, 10)
    for number, chunk in enumerate(pages, 1):
        path = prefix if number == 1 else f"{prefix}page/{number}/"
        html = _frame(
            base,
            f"{heading} | {SITE}",
            _collapsed(heading, chunk) + _pagination(prefix, number, len(pages)),
            posts,
            "page-archive" if role == "archive" else "page-post-detail",
        )
        if role == "listing":
            out.listing(category, path, html)
        else:
            out.page(path, html, role)


def build_hexo_next(base: str) -> GallerySite:
    posts = make_posts("zh", 40, 104, CATEGORIES)
    names = dict(CATEGORIES)
    out = Assembler("hexo_next", "Hexo (NexT theme)", "zh")
    head = f'<meta property="og:site_name" content="{SITE}"><meta name="author" content="{OWNER}">'
    home_pages = chunks(posts, PER_PAGE)
    for number, chunk in enumerate(home_pages, 1):
        main = (
            f'<section id="posts" class="posts-expand">{"".join(_block(p, full_page=False) for p in chunk)}</section>'
            + _pagination("/", number, len(home_pages))
        )
        out.listing(
            "首页", "/" if number == 1 else f"/page/{number}/", _frame(base, SITE, main, posts, "page-home", head)
        )
    _collapsed_pages(out, base, "/archives/", "归档", posts, posts, "archive", "")
    for _, name in CATEGORIES:
        key = next(k for k, n in CATEGORIES if n == name)
        _collapsed_pages(out, base, _cat_path(name), name, members(posts, key), posts, "listing", name)
    for tag in sorted({t for p in posts for t in p.tags}):
        _collapsed_pages(out, base, _tag_path(tag), tag, [p for p in posts if tag in p.tags], posts, "tag", "")
    cloud = "".join(
        f'<a href="{_tag_path(t)}" style="font-size: 16px;">{escape(t)}</a> '
        for t in sorted({t for p in posts for t in p.tags})
    )
    out.page(
        "/tags/",
        _frame(
            base,
            f"标签 | {SITE}",
            f'<div class="post-block tag"><div class="tag-cloud">'
            f'<div class="tag-cloud-title">目前共计 {len({t for p in posts for t in p.tags})} 个标签</div>'
            f'<div class="tag-cloud-tags">{cloud}</div></div></div>',
            posts,
            "page-post-detail",
        ),
        "tag",
    )
    cat_list = "".join(
        f'<li class="category-list-item"><a class="category-list-link" href="{_cat_path(n)}">{n}</a>'
        f'<span class="category-list-count">{len(members(posts, k))}</span></li>'
        for k, n in CATEGORIES
    )
    out.page(
        "/categories/",
        _frame(
            base,
            f"分类 | {SITE}",
            f'<div class="post-block category"><div class="category-all-page">'
            f'<ul class="category-list">{cat_list}</ul></div></div>',
            posts,
            "page-post-detail",
        ),
        "tag",
    )
    about = (
        f'<div class="post-block page"><header class="post-header"><h1 class="post-title" itemprop="name headline">'
        f'{page_title("zh", "about")}</h1></header><div class="post-body">{static_page_body("zh", "about", 41)}</div></div>'
    )
    out.page("/about/", _frame(base, f"关于 | {SITE}", about, posts, "page-post-detail"), "page")
    for post in posts:
        article_head = (
            f'{head}<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{post.published.isoformat()}">'
            f'<meta property="article:author" content="{OWNER}">'
        )
        html = _frame(
            base,
            f"{post.title} | {SITE}",
            f'<div id="posts" class="posts-expand">{_block(post, full_page=True)}</div>',
            posts,
            "page-post-detail",
            article_head,
        )
        out.article(post_path(post), html, post, [names[k] for k in post.categories], shows_time=False, author=OWNER)
    out.raw(
        "/atom.xml",
        atom(SITE, base + "/", base + "/atom.xml", [(base + post_path(p), p) for p in posts[:20]]),
        ATOM,
        feed=True,
    )
    out.raw("/sitemap.xml", sitemap([(base + post_path(p), p.published) for p in posts]), XML, feed=True)
    out.raw("/robots.txt", robots(base, ["/sitemap.xml"]), "text/plain")
    return out.site
