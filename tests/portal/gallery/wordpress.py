"""A WordPress site (Twenty Twenty-One markup, Yoast-style head): absolute URLs everywhere,
``/2024/11/slug/`` permalinks, ``.hentry`` entries, ``/page/2/`` with ``rel=next``, one category
linked the plain way (``/?cat=7``, ``&paged=2``), ``/category/…/``, monthly archives, author
pages, comments under posts, ``/feed/`` and a ``wp-sitemap.xml`` index, ``?p=ID`` shortlinks that
redirect to the permalink."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from archiver.demo.server import Page
from tests.portal.gallery.common import (
    RSS,
    XML,
    Assembler,
    chunks,
    members,
    page_title,
    paragraphs_html,
    robots,
    rss,
    sitemap,
    sitemap_index,
    static_page_body,
)
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("news", "News"), ("events", "Events"), ("press", "Press Releases")]
PLAIN_CATEGORY = ("press", 7)  # linked as /?cat=7, paginated with &paged=N
PAGES = ["about", "team", "contact", "join"]
SITE = "Harbor City Residents Association"
STAFF = "Newsroom"  # the WordPress user who posts what no named author wrote
PER_PAGE = 10


def post_path(post: Post) -> str:
    return f"/{post.published:%Y/%m}/{post.slug}/"


def _author_slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _byline(post: Post) -> str:
    return post.author or STAFF


def _category_path(key: str, number: int = 1) -> str:
    if key == PLAIN_CATEGORY[0]:
        return f"/?cat={PLAIN_CATEGORY[1]}" + (f"&paged={number}" if number > 1 else "")
    return f"/category/{key}/" + (f"page/{number}/" if number > 1 else "")


class _Theme:
    def __init__(self, base: str, posts: list[Post]) -> None:
        self.base, self.posts = base, posts
        self.names = dict(CATEGORIES)

    def url(self, path: str) -> str:
        return self.base + path

    def frame(self, title: str, main: str, body_class: str, head: str = "") -> str:
        b = self.base
        menu = "".join(
            f'<li class="menu-item"><a href="{self.url(_category_path(k))}">{escape(n)}</a></li>' for k, n in CATEGORIES
        )
        menu += "".join(f'<li class="menu-item"><a href="{b}/{p}/">{page_title("en", p)}</a></li>' for p in PAGES)
        recent = "".join(f'<li><a href="{self.url(post_path(p))}">{escape(p.title)}</a></li>' for p in self.posts[:5])
        months = sorted({(p.published.year, p.published.month) for p in self.posts}, reverse=True)
        archives = "".join(f"<li><a href='{b}/{y}/{m:02d}/'>{_month(y, m)}</a></li>" for y, m in months)
        cats = "".join(
            f'<li class="cat-item"><a href="{self.url(_category_path(k))}">{escape(n)}</a></li>' for k, n in CATEGORIES
        )
        return f"""<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{escape(title)}</title>{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{b}/feed/">
<meta name="generator" content="WordPress 6.4.2"></head>
<body class="{body_class} wp-embed-responsive is-light-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding">
<p class="site-title"><a href="{b}/" rel="home">{SITE}</a></p><p class="site-description">Neighbours working together</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">{menu}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div></div>
<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>{archives}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>{cats}</ul></nav></section></aside>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name"><a href="{b}/">{SITE}</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div></body></html>"""

    def entry_footer(self, post: Post) -> str:
        cats = ", ".join(
            f'<a href="{self.url(_category_path(k))}" rel="category tag">{escape(self.names[k])}</a>'
            for k in post.categories
        )
        return (
            f'<footer class="entry-footer default-max-width"><span class="posted-on">Published <time class="entry-date published updated" '
            f'datetime="{post.published.isoformat()}">{post.published:%B %-d, %Y}</time></span>'
            f'<span class="byline">By <a href="{self.base}/author/{_author_slug(_byline(post))}/" rel="author">{escape(_byline(post))}</a></span>'
            f'<div class="post-taxonomies"><span class="cat-links">Categorized as {cats} </span></div></footer>'
        )

    def classes(self, post: Post) -> str:
        cats = " ".join(f"category-{k}" for k in post.categories)
        return f"post-{post.key} post type-post status-publish format-standard hentry {cats} entry"

    def excerpt(self, post: Post) -> str:
        link = self.url(post_path(post))
        return f"""<article id="post-{post.key}" class="{self.classes(post)}">
<header class="entry-header"><h2 class="entry-title default-max-width"><a href="{link}">{escape(post.title)}</a></h2></header>
<div class="entry-content"><p>{escape(post.summary(160))} <a class="more-link" href="{link}">Continue reading<span class="screen-reader-text">{escape(post.title)}</span></a></p></div>
{self.entry_footer(post)}</article>"""

    def pagination(self, path_of: Callable[[int], str], number: int, pages: int) -> tuple[str, str]:
        at = path_of
        links = []
        if number > 1:
            links.append(f'<a class="prev page-numbers" href="{self.url(at(number - 1))}">Newer posts</a>')
        for n in range(1, pages + 1):
            links.append(
                f'<span aria-current="page" class="page-numbers current">{n}</span>'
                if n == number
                else f'<a class="page-numbers" href="{self.url(at(n))}">{n}</a>'
            )
        if number < pages:
            links.append(f'<a class="next page-numbers" href="{self.url(at(number + 1))}">Older posts</a>')
        head = ""
        if number > 1:
            head += f'<link rel="prev" href="{self.url(at(number - 1))}">'
        if number < pages:
            head += f'<link rel="next" href="{self.url(at(number + 1))}">'
        nav = (
            f'<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2>'
            f'<div class="nav-links">{"".join(links)}</div></nav>'
        )
        return nav, head

    def single(self, post: Post, index: int) -> str:
        link = self.url(post_path(post))
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": link + "#article",
                    "headline": post.title,
                    "datePublished": post.published.isoformat(),
                    "author": {"name": _byline(post)},
                    "articleSection": [self.names[k] for k in post.categories],
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Home", "item": self.base + "/"},
                        {"@type": "ListItem", "position": 2, "name": post.title},
                    ],
                },
            ],
        }
        head = (
            f"<link rel=\"canonical\" href=\"{link}\"><link rel='shortlink' href='{self.base}/?p={post.key}'>"
            f'<meta property="og:type" content="article"><meta property="article:published_time" content="{post.published.isoformat()}">'
            f'<meta name="author" content="{escape(_byline(post))}">'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld)}</script>'
        )
        comments = ""
        if index % 3 == 0:
            comments = f"""<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">One comment on &ldquo;{escape(post.title)}&rdquo;</h2>
<ol class="comment-list"><li id="comment-{post.key}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Margaret Howe</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{link}#comment-{post.key}"><time datetime="2024-11-23T10:02:00+08:00">November 23, 2024 at 10:02 am</time></a></div></footer>
<div class="comment-content"><p>Thank you for organising this, see you all at the next meeting of the residents association.</p></div></article></li></ol></div>"""
        main = f"""<article id="post-{post.key}" class="{self.classes(post)}">
<header class="entry-header alignwide"><h1 class="entry-title">{escape(post.title)}</h1></header>
<div class="entry-content">{paragraphs_html(post)}</div>
{self.entry_footer(post)}</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="{self.base}/" rel="prev"><p class="meta-nav">Back to all posts</p></a></div></div></nav>
{comments}"""
        return self.frame(
            f"{post.title} &#8211; {SITE}",
            main,
            "post-template-default single single-post single-format-standard",
            head,
        )


def _month(year: int, month: int) -> str:
    return [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][month - 1] + f" {year}"


def build_wordpress(base: str) -> GallerySite:
    posts = make_posts("en", 45, 105, CATEGORIES)
    theme = _Theme(base, posts)
    out = Assembler("wordpress", "WordPress (Twenty Twenty-One)", "en")

    def paged(
        items: list[Post], path_of: Callable[[int], str], heading: str, category: str, role: str, body_class: str
    ) -> None:
        pages = chunks(items, PER_PAGE)
        for number, chunk in enumerate(pages, 1):
            nav, head = theme.pagination(path_of, number, len(pages))
            header = (
                f'<header class="page-header alignwide"><h1 class="page-title">{escape(heading)}</h1></header>'
                if heading
                else ""
            )
            html = theme.frame(
                f"{heading or SITE} &#8211; {SITE}",
                header + "".join(map(theme.excerpt, chunk)) + nav,
                body_class + (" paged" if number > 1 else ""),
                head,
            )
            path = path_of(number)
            if role == "listing":
                out.listing(category, path, html)
            else:
                out.page(path, html, role)

    paged(posts, lambda n: "/" if n == 1 else f"/page/{n}/", "", "Home", "listing", "home blog")
    for key, name in CATEGORIES:
        paged(
            members(posts, key),
            lambda n, key=key: _category_path(key, n),
            f"Category: {name}",
            name,
            "listing",
            f"archive category category-{key}",
        )
    for year, month in sorted({(p.published.year, p.published.month) for p in posts}):
        items = [p for p in posts if (p.published.year, p.published.month) == (year, month)]
        paged(
            items,
            lambda n, y=year, m=month: f"/{y}/{m:02d}/" + (f"page/{n}/" if n > 1 else ""),
            f"Month: {_month(year, month)}",
            "",
            "archive",
            "archive date",
        )
    for author in sorted({_byline(p) for p in posts}):
        items = [p for p in posts if _byline(p) == author]
        paged(
            items,
            lambda n, a=author: f"/author/{_author_slug(a)}/" + (f"page/{n}/" if n > 1 else ""),
            f"Author: {author}",
            "",
            "author",
            "archive author",
        )
    for kind in PAGES:
        main = (
            f'<article id="post-{len(kind)}" class="post-{len(kind)} page type-page status-publish hentry entry">'
            f'<header class="entry-header alignwide"><h1 class="entry-title">{page_title("en", kind)}</h1></header>'
            f'<div class="entry-content">{static_page_body("en", kind, 50 + len(kind))}</div></article>'
        )
        out.page(
            f"/{kind}/",
            theme.frame(f"{page_title('en', kind)} &#8211; {SITE}", main, "page-template-default page"),
            "page",
        )
    names = dict(CATEGORIES)
    for index, post in enumerate(posts):
        out.article(
            post_path(post),
            theme.single(post, index),
            post,
            [names[k] for k in post.categories],
            shows_time=False,
            author=_byline(post),
        )
        out.site.routes[f"/?p={post.key}"] = Page(b"", status=301, headers={"Location": base + post_path(post)})
    out.raw("/feed/", rss(SITE, base + "/", [(base + post_path(p), p) for p in posts[:10]]), RSS, feed=True)
    children = {
        "/wp-sitemap-posts-post-1.xml": [(base + post_path(p), p.published) for p in posts],
        "/wp-sitemap-posts-page-1.xml": [(f"{base}/{k}/", None) for k in PAGES],
        "/wp-sitemap-taxonomies-category-1.xml": [(base + _category_path(k), None) for k, _ in CATEGORIES],
        "/wp-sitemap-users-1.xml": [
            (f"{base}/author/{_author_slug(a)}/", None) for a in sorted({_byline(p) for p in posts})
        ],
    }
    for path, entries in children.items():
        out.raw(path, sitemap(entries), XML, feed=True)
    out.raw("/wp-sitemap.xml", sitemap_index(base + p for p in children), XML, feed=True)
    out.raw("/robots.txt", robots(base, ["/wp-sitemap.xml"], ["/wp-admin/"]), "text/plain")
    return out.site
