"""A Hugo site in the manner of PaperMod: ``/posts/slug/``, ``/posts/page/2/``, taxonomy pages
``/tags/x/`` and ``/categories/x/`` (paginated too), ``index.xml`` feeds, JSON-LD with the author.

PaperMod's list entries put the whole card under an empty ``<a class="entry-link">``: the title
is not inside the link."""

from __future__ import annotations

import json
from html import escape

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
    static_page_body,
)
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("research", "Research"), ("workshops", "Workshops"), ("press", "Press")]
PAGES = ["about", "team"]
SITE = "Open Hydrology Network"
PER_PAGE = 5


def _slugify(name: str) -> str:
    return name.lower().replace(" ", "-").replace("'", "")


def post_path(post: Post) -> str:
    return f"/posts/{post.slug}/"


def _frame(
    base: str,
    title: str,
    main: str,
    recent: list[Post],
    head: str = "",
    rss_path: str = "/index.xml",
    body_class: str = "list",
) -> str:
    menu = "".join(f'<li><a href="/categories/{k}/" title="{n}"><span>{n}</span></a></li>' for k, n in CATEGORIES)
    menu += '<li><a href="/posts/" title="Posts"><span>Posts</span></a></li>'
    menu += "".join(
        f'<li><a href="/{p}/" title="{page_title("en", p)}"><span>{page_title("en", p)}</span></a></li>' for p in PAGES
    )
    menu += '<li><a href="/tags/" title="Tags"><span>Tags</span></a></li>'
    side = "".join(f'<li><a href="{post_path(p)}">{escape(p.title)}</a></li>' for p in recent)
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.121.1">
<title>{escape(title)}</title>{head}
<link rel="alternate" type="application/rss+xml" href="{base}{rss_path}">
</head><body class="{body_class}" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="{base}/" accesskey="h" title="{SITE} (Alt + H)">{SITE}</a></div>
<ul id="menu">{menu}</ul></nav></header>
<main class="main">{main}
<aside class="sidebar recent-posts"><h3>Recent posts</h3><ul>{side}</ul></aside></main>
<footer class="footer"><span>&copy; 2024 <a href="{base}/">{SITE}</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>
</body></html>"""


def _entry(post: Post) -> str:
    author = f"&nbsp;·&nbsp;{escape(post.author)}" if post.author else ""
    return f"""<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">{escape(post.title)}</h2></header>
<div class="entry-content"><p>{escape(post.summary(150))}</p></div>
<footer class="entry-footer"><span title='{post.published:%Y-%m-%d %H:%M:%S %z}'>{post.published:%B %-d, %Y}</span>&nbsp;·&nbsp;1 min{author}</footer>
<a class="entry-link" aria-label="post link to {escape(post.title)}" href="{post_path(post)}"></a></article>"""


def _pager(prefix: str, number: int, pages: int) -> str:
    def at(n: int) -> str:
        return prefix if n == 1 else f"{prefix}page/{n}/"

    links = []
    if number > 1:
        links.append(f'<a class="prev" href="{at(number - 1)}">«&nbsp;Prev&nbsp;</a>')
    if number < pages:
        links.append(f'<a class="next" href="{at(number + 1)}">Next&nbsp;&nbsp;»</a>')
    return f'<footer class="page-footer"><nav class="pagination">{"".join(links)}</nav></footer>'


def _paginated(
    out: Assembler,
    base: str,
    prefix: str,
    heading: str,
    category: str,
    items: list[Post],
    recent: list[Post],
    role: str,
    feed: bool = True,
) -> None:
    pages = chunks(items, PER_PAGE)
    for number, chunk in enumerate(pages, 1):
        path = prefix if number == 1 else f"{prefix}page/{number}/"
        crumbs = f'<div class="breadcrumbs"><a href="{base}/">Home</a></div>'
        main = (
            f'<header class="page-header">{crumbs}<h1>{escape(heading)}</h1></header>'
            f"{''.join(map(_entry, chunk))}{_pager(prefix, number, len(pages))}"
        )
        html = _frame(base, f"{heading} | {SITE}", main, recent, rss_path=f"{prefix}index.xml")
        if role == "listing":
            out.listing(category, path, html)
        else:
            out.page(path, html, role)
    if feed:
        out.raw(
            f"{prefix}index.xml",
            rss(f"{heading} on {SITE}", base + prefix, [(base + post_path(p), p) for p in items]),
            RSS,
            feed=True,
        )


def _article(base: str, post: Post, recent: list[Post]) -> str:
    names = dict(CATEGORIES)
    section = names[post.categories[0]]
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.title,
        "datePublished": post.published.isoformat(),
        "articleSection": "Posts",
        "mainEntityOfPage": {"@type": "WebPage", "@id": base + post_path(post)},
    }
    if post.author:
        ld["author"] = {"@type": "Person", "name": post.author}
    head = (
        f'<meta property="og:type" content="article"><meta property="article:section" content="{section}">'
        f'<meta property="article:published_time" content="{post.published.isoformat()}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    author = f"&nbsp;·&nbsp;{escape(post.author)}" if post.author else ""
    tags = "".join(f'<li><a href="/tags/{_slugify(t)}/">{escape(t)}</a></li>' for t in post.tags)
    cats = "".join(f'<a href="/categories/{k}/">{names[k]}</a> ' for k in post.categories)
    main = f"""<article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="{base}/">Home</a>&nbsp;»&nbsp;<a href="{base}/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{escape(post.title)}</h1>
<div class="post-meta"><span title='{post.published:%Y-%m-%d %H:%M:%S %z}'>{post.published:%B %-d, %Y}</span>&nbsp;·&nbsp;2 min{author}&nbsp;|&nbsp;{cats}</div>
</header><div class="post-content">{paragraphs_html(post)}</div>
<footer class="post-footer"><ul class="post-tags">{tags}</ul></footer></article>"""
    return _frame(base, f"{post.title} | {SITE}", main, recent, head, body_class="")


def build_hugo(base: str) -> GallerySite:
    posts = make_posts("en", 32, 103, CATEGORIES)
    names = dict(CATEGORIES)
    recent = posts[:5]
    out = Assembler("hugo_papermod", "Hugo (PaperMod)", "en")
    home = "".join(map(_entry, posts[:PER_PAGE]))
    out.page(
        "/",
        _frame(
            base,
            SITE,
            f'<article class="first-entry home-info"><header class="entry-header">'
            f"<h1>Welcome</h1></header></article>{home}"
            f'<footer class="page-footer"><nav class="pagination"><a class="next" '
            f'href="/posts/page/2/">Next&nbsp;&nbsp;»</a></nav></footer>',
            recent,
        ),
        "home",
    )
    out.raw("/index.xml", rss(SITE, base + "/", [(base + post_path(p), p) for p in posts]), RSS, feed=True)
    _paginated(out, base, "/posts/", "Posts", "Posts", posts, recent, "listing")
    for key, name in CATEGORIES:
        _paginated(out, base, f"/categories/{key}/", name, name, members(posts, key), recent, "listing")
    for tag in sorted({t for p in posts for t in p.tags}):
        _paginated(
            out,
            base,
            f"/tags/{_slugify(tag)}/",
            tag,
            tag,
            [p for p in posts if tag in p.tags],
            recent,
            "tag",
            feed=False,
        )
    terms = "".join(
        f'<li><a href="/tags/{_slugify(t)}/">{escape(t)} <sup>{sum(t in p.tags for p in posts)}</sup></a></li>'
        for t in sorted({t for p in posts for t in p.tags})
    )
    out.page("/tags/", _frame(base, f"Tags | {SITE}", f'<ul class="terms-tags">{terms}</ul>', recent), "tag")
    for kind in PAGES:
        main = (
            f'<article class="post-single"><header class="post-header"><h1 class="post-title">'
            f'{page_title("en", kind)}</h1></header><div class="post-content">'
            f"{static_page_body('en', kind, 30 + len(kind))}</div></article>"
        )
        out.page(f"/{kind}/", _frame(base, f"{page_title('en', kind)} | {SITE}", main, recent, body_class=""), "page")
    for post in posts:
        out.article(
            post_path(post),
            _article(base, post, recent),
            post,
            [names[k] for k in post.categories],
            shows_time=False,
            author=post.author,
        )
    out.raw(
        "/sitemap.xml",
        sitemap(
            [(base + p, None) for p in out.site.non_articles] + [(base + post_path(p), p.published) for p in posts]
        ),
        XML,
        feed=True,
    )
    out.raw("/robots.txt", robots(base, ["/sitemap.xml"]), "text/plain")
    return out.site
