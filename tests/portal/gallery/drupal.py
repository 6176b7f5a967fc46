"""A Drupal 7 site (Bartik markup): articles at ``/news/slug`` (pathauto) or bare ``/node/123``,
basic pages at ``/node/7`` too, views listings ``.view-content .views-row`` with a zero-based
``?page=1`` pager, a "recent" block in the sidebar built of views rows as well, breadcrumbs,
"Submitted by X on …" with the minute, ``/rss.xml`` and a sitemap index with a ``.gz`` child."""

from __future__ import annotations

from html import escape

from tests.portal.gallery.common import (
    RSS,
    XML,
    Assembler,
    chunks,
    gzipped,
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

CATEGORIES = [("news", "News"), ("events", "Events"), ("blog", "Blog")]
BASIC_PAGES = {"about": "/node/7", "finance": "/node/8", "team": "/team", "contact": "/contact", "wiki": "/wiki"}
SITE = "Alpine Trail Volunteers"
PER_PAGE = 8


def post_path(post: Post, index: int) -> str:
    return f"/node/{post.key}" if index % 4 == 3 else f"/{post.categories[0]}/{post.slug}"


def _listing_path(key: str, number: int) -> str:
    return f"/{key}" if number == 1 else f"/{key}?page={number - 1}"


def _views_row(position: int, count: int, path: str, post: Post, *, summary: bool) -> str:
    classes = ["views-row", f"views-row-{position}", "views-row-odd" if position % 2 else "views-row-even"]
    classes += ["views-row-first"] if position == 1 else []
    classes += ["views-row-last"] if position == count else []
    body = (
        f'<div class="views-field views-field-body"><div class="field-content"><p>{escape(post.summary(120))}</p></div></div>'
        if summary
        else ""
    )
    return (
        f'<div class="{" ".join(classes)}"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{path}">{escape(post.title)}</a></span></div><div class="views-field views-field-created">'
        f'<span class="field-content">{post.published:%m/%d/%Y}</span></div>{body}</div>'
    )


class _Theme:
    def __init__(self, posts: list[Post], paths: dict[str, str]) -> None:
        self.posts, self.paths = posts, paths

    def frame(
        self, title: str, content: str, breadcrumb: list[tuple[str, str]], body_class: str, head: str = ""
    ) -> str:
        menu = "".join(f'<li class="leaf"><a href="/{k}">{n}</a></li>' for k, n in CATEGORIES)
        recent = "".join(_views_row(i, 5, self.paths[p.key], p, summary=False) for i, p in enumerate(self.posts[:5], 1))
        crumbs = " » ".join(f'<a href="{href}">{escape(text)}</a>' for text, href in breadcrumb)
        footer = "".join(
            f'<li class="leaf"><a href="{path}">{page_title("en", kind)}</a></li>' for kind, path in BASIC_PAGES.items()
        )
        return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 7 (http://drupal.org)">
<title>{escape(title)} | {SITE}</title>{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} RSS" href="/rss.xml"></head>
<body class="html {body_class} one-sidebar sidebar-second">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/bartik/logo.png" alt="Home"></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{SITE}</span></a></strong></div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">Home</a></li>{menu}</ul></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb">{crumbs}</div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{escape(title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">{content}</div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-recent-block" class="block block-views"><h2>Recent posts</h2><div class="content"><div class="view view-recent view-id-recent view-display-id-block">
<div class="view-content">{recent}</div></div></div></div></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu">{footer}</ul></div></div>
<div id="block-block-1" class="block block-block"><div class="content"><p>© 2024 {SITE}. Registered charity.</p></div></div></div></div></div></div>
</div></div></body></html>"""

    def view(self, key: str, items: list[Post], number: int, pages: int) -> str:
        rows = "".join(_views_row(i, len(items), self.paths[p.key], p, summary=True) for i, p in enumerate(items, 1))
        pager = []
        if number > 1:
            pager += [
                f'<li class="pager-first first"><a title="Go to first page" href="{_listing_path(key, 1)}">« first</a></li>',
                f'<li class="pager-previous"><a title="Go to previous page" href="{_listing_path(key, number - 1)}">‹ previous</a></li>',
            ]
        for n in range(1, pages + 1):
            pager.append(
                f'<li class="pager-current">{n}</li>'
                if n == number
                else f'<li class="pager-item"><a title="Go to page {n}" href="{_listing_path(key, n)}">{n}</a></li>'
            )
        if number < pages:
            pager += [
                f'<li class="pager-next"><a title="Go to next page" href="{_listing_path(key, number + 1)}">next ›</a></li>',
                f'<li class="pager-last last"><a title="Go to last page" href="{_listing_path(key, pages)}">last »</a></li>',
            ]
        return (
            f'<div class="view view-{key} view-id-{key} view-display-id-page_1"><div class="view-content">{rows}</div>'
            f'<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">{"".join(pager)}</ul></div></div>'
        )

    def node(self, post: Post, path: str) -> str:
        names = dict(CATEGORIES)
        created = (
            f'<span property="dc:date dc:created" content="{post.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">'
            + (
                f'Submitted by <span class="username" xml:lang="" about="/user/{len(post.author)}" typeof="sioc:UserAccount" '
                f'property="foaf:name" datatype="">{escape(post.author)}</span> on '
                if post.author
                else "Posted on "
            )
            + f"{post.published:%a, %m/%d/%Y - %H:%M}</span>"
        )
        tags = "".join(
            f'<div class="field-item even" rel="dc:subject"><a href="/taxonomy/term/{_term_id(t)}" typeof="skos:Concept" '
            f'property="rdfs:label skos:prefLabel" datatype="">{escape(t)}</a></div>'
            for t in post.tags
        )
        sections = "".join(f'<div class="field-item"><a href="/{k}">{names[k]}</a></div>' for k in post.categories)
        return f"""<div id="node-{post.key}" class="node node-article node-promoted node-full clearfix" about="{path}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{escape(post.title)}" class="rdf-meta element-hidden"></span>
<div class="meta submitted">{created}</div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">
<div class="field-item even" property="content:encoded">{paragraphs_html(post)}</div></div></div>
<div class="field field-name-field-section field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Section:&nbsp;</div><div class="field-items">{sections}</div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items">{tags}</div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination=comment/reply/{post.key}%23comment-form">Log in</a> to post comments</span></li></ul></div></div>"""


def _term_id(tag: str) -> int:
    return 10 + sum(map(ord, tag)) % 89


def build_drupal(base: str) -> GallerySite:
    posts = make_posts("en", 42, 106, CATEGORIES, id_base=200)
    names = dict(CATEGORIES)
    paths = {p.key: post_path(p, i) for i, p in enumerate(posts)}
    theme = _Theme(posts, paths)
    out = Assembler("drupal", "Drupal 7 (Bartik, Views)", "en")
    home = theme.view("news", posts[:PER_PAGE], 1, 1).replace('<ul class="pager"></ul>', "")
    out.page(
        "/", theme.frame("Welcome", home + '<p><a href="/news">More news</a></p>', [("Home", "/")], "front"), "home"
    )
    for key, name in CATEGORIES:
        pages = chunks(members(posts, key), PER_PAGE)
        for number, chunk in enumerate(pages, 1):
            out.listing(
                name,
                _listing_path(key, number),
                theme.frame(name, theme.view(key, chunk, number, len(pages)), [("Home", "/")], "not-front page-" + key),
            )
    for tag in sorted({t for p in posts for t in p.tags}):
        items = [p for p in posts if tag in p.tags]
        out.page(
            f"/taxonomy/term/{_term_id(tag)}",
            theme.frame(tag, theme.view("taxonomy_term", items, 1, 1), [("Home", "/")], "not-front page-taxonomy"),
            "tag",
        )
    for kind, path in BASIC_PAGES.items():
        node = (
            f'<div id="node-{len(kind)}" class="node node-page node-full clearfix"><div class="content clearfix">'
            f'<div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">'
            f"{static_page_body('en', kind, 60 + len(kind))}</div></div></div></div></div>"
        )
        out.page(
            path,
            theme.frame(page_title("en", kind), node, [("Home", "/")], "not-front page-node node-type-page"),
            "page",
        )
    for post in posts:
        path = paths[post.key]
        crumbs = [("Home", "/"), (names[post.categories[0]], f"/{post.categories[0]}")]
        head = f'<link rel="canonical" href="{path}"><link rel="shortlink" href="/node/{post.key}">'
        out.article(
            path,
            theme.frame(post.title, theme.node(post, path), crumbs, "not-front page-node node-type-article", head),
            post,
            [names[k] for k in post.categories],
            shows_time=True,
            author=post.author,
            article_id=post.key if path.startswith("/node/") else None,
        )
    out.raw("/rss.xml", rss(SITE, base + "/", [(base + paths[p.key], p) for p in posts[:10]]), RSS, feed=True)
    out.raw(
        "/sitemap-1.xml.gz",
        gzipped(
            sitemap(
                [(base + paths[p.key], p.published) for p in posts] + [(base + p, None) for p in BASIC_PAGES.values()]
            )
        ),
        "application/x-gzip",
        feed=True,
    )
    out.raw("/sitemap.xml", sitemap_index([base + "/sitemap-1.xml.gz"]), XML, feed=True)
    out.raw("/robots.txt", robots(base, ["/sitemap.xml"], ["/user/", "/admin/"]), "text/plain")
    return out.site
