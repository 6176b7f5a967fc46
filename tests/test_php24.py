"""Session 24, issue 12: php23's rules and the site's navigation (docs/discovery.md, "Session 24").

Branch php23 made a listing's record of undated lists only an article when it is dated in the layout of the site's
dated posts and either shows a box of dated entries where those posts show theirs, or is listed beside
LISTED_FAMILY_MIN records of other URL families, most of them articles (``SiteModel._shows_boxes_of_its_layout``).
Merged, the second way in read 16 of mkdocs-netdevops' docs pages as posts (24 non-articles with what followed): a
MkDocs Material site prints its docs pages in the layout of its blog posts, dated by the revision plugin, and its tag
index (``/tags/``) lists each tag's pages, docs pages beside posts, no dates. The second way is gone. The first no
longer counts a box of dated entries the whole site repeats (a sidebar of the newest posts). Pages written for the
test, modelled on what the sites print.
"""

from __future__ import annotations

import pytest

from archiver.discovery.sitemodel import ARTICLE, PAGE
from tests.model_feed import placed_roles

H = "http://docs.test"

POSTS = [f"automating-networks-part-{n}" for n in range(1, 9)]
GUIDES = ["containerlab-getting-started", "ansible-napalm-diff", "nautobot-zero-to-hero", "enable-wsl", "pyats-basics"]
TEXT = "".join(
    f"<p>Paragraph {i}: network automation replaces manual changes with reviewed, repeatable code that a pipeline "
    "tests before it touches a single device in production.</p>"
    for i in range(6)
)


def title_of(slug: str) -> str:
    return slug.replace("-", " ").title()


def day(n: int) -> str:
    return f"April {n + 1}, 2025"


def frame(title: str, main: str, section: str = "") -> str:
    """A MkDocs Material page: the header's tabs, the section's sidebar (both in ``<nav>``), the article."""
    menu = [("/", "Home"), ("/blog/", "Blog"), ("/tutorials/", "Tutorials")]
    tabs = "".join(f"<a href='{u}'>{t}</a>" for u, t in menu)
    sidebar = ""
    if section == "tutorials":
        links = "".join(f"<li><a href='/tutorials/{g}/'>{title_of(g)}</a></li>" for g in GUIDES)
        sidebar = f"<div class='md-sidebar'><nav class='md-nav'><ul>{links}</ul></nav></div>"
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} - NetDevOps</title></head><body>"
        f"<header class='md-header'><nav class='md-tabs'>{tabs}</nav></header>"
        f"<div class='md-container'><main class='md-main'>{sidebar}"
        f"<div class='md-content'><article class='md-content__inner'>{main}</article></div></main></div>"
        "<footer><p>Made with Material for MkDocs</p></footer></body></html>"
    )


def article(title: str, when: str, section: str = "") -> str:
    """A post or a docs page: the headline, the text, the revision date under it (both kinds print one)."""
    return frame(
        title,
        f"<h1>{title}</h1>{TEXT}<aside class='md-source-file'><span>Last update: <time>{when}</time></span></aside>",
        section,
    )


def blog_listing() -> str:
    entries = "".join(
        f"<div class='post'><header><time>{day(n)}</time></header><h2><a href='/blog/{slug}/'>{title_of(slug)}</a></h2>"
        f"<p>{title_of(slug)}: what it takes, step by step.</p></div>"
        for n, slug in enumerate(POSTS)
    )
    return frame("Blog", f"<h1>Blog</h1>{entries}")


def tag_index() -> str:
    """The tag index: each tag, then its pages, posts and docs pages alike, by title, no dates."""
    tags = []
    for t in range(4):
        entries = [(f"/blog/{slug}/", title_of(slug)) for slug in POSTS[t * 2 : t * 2 + 4]]
        entries += [(f"/tutorials/{g}/", title_of(g)) for g in GUIDES[t : t + 2]]
        items = "".join(f"<li><a href='{u}'>{title}</a></li>" for u, title in entries)
        tags.append(f"<h2 id='tag-{t}'>Tag {t}</h2><ul>{items}</ul>")
    return frame("Tags", "<h1>Tags</h1>" + "".join(tags))


def crawl(pages: list[tuple[str, str]], host: str = H) -> dict[str, str]:
    """Feed the pages in order, as a crawl reads them; then place the held ones. Roles by path."""
    return placed_roles(pages, host)[1]


def docs_site(*, tutorials_nav: bool = True) -> list[tuple[str, str]]:
    section = "tutorials" if tutorials_nav else ""
    return [
        ("/", frame("Home", "<h1>NetDevOps</h1><p>Tutorials, blog and courses on network automation.</p>")),
        ("/blog/", blog_listing()),
        ("/tags/", tag_index()),
        *((f"/blog/{slug}/", article(title_of(slug), day(n))) for n, slug in enumerate(POSTS)),
        ("/tutorials/", frame("Tutorials", "<h1>Tutorials</h1><p>Hands-on guides, one a topic.</p>", section)),
        *((f"/tutorials/{g}/", article(title_of(g), day(20 + n), section)) for n, g in enumerate(GUIDES)),
    ]


@pytest.mark.parametrize("tutorials_nav", [True, False])
def test_docs_pages_a_tag_index_lists_beside_posts_stay_pages(tutorials_nav: bool) -> None:
    """Before: the five guides, dated in the posts' layout and listed by the undated tag index beside the posts, were
    articles ("a listing's record, dated, showing the boxes its layout's posts show"), whether the section's sidebar
    links them (mkdocs-netdevops' tutorials) or nothing but the index and the text of a post does (its ``/netdevops/``
    and its Dutch courses)."""
    roles = crawl(docs_site(tutorials_nav=tutorials_nav))
    assert all(roles[f"/blog/{slug}/"] == ARTICLE for slug in POSTS), roles
    assert {g: roles[f"/tutorials/{g}/"] for g in GUIDES} == dict.fromkeys(GUIDES, PAGE), roles


# --- a dated box every page repeats ---------------------------------------------------------------------------------

BLOG = "http://blog.test"
GUIDE_PAGES = ["install", "configure", "upgrade", "backup", "restore", "monitor"]


def recent_box() -> str:
    """The sidebar's five newest posts with their days, the same on every page (a div, no aside or nav markup)."""
    entries = "".join(
        f"<li><a href='/posts/{slug}/'>{title_of(slug)}</a> <span class='date'>{day(n)}</span></li>"
        for n, slug in enumerate(POSTS[:5])
    )
    return f"<div class='widget recent'><h3>Recent posts</h3><ul>{entries}</ul></div>"


def blog_frame(title: str, main: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} - Ops notes</title></head><body>"
        "<header><a href='/'>Ops notes</a> <a href='/posts/'>Posts</a> <a href='/guides/'>Guides</a></header>"
        f"<div class='wrap'><div class='content'>{main}</div><div class='side'>{recent_box()}</div></div>"
        "<footer><p>Ops notes, since 2019</p></footer></body></html>"
    )


def blog_page(title: str, when: str) -> str:
    return blog_frame(title, f"<article><h1>{title}</h1><p class='meta'>Posted on {when}</p>{TEXT}</article>")


def blog_crawl() -> dict[str, str]:
    posts_listing = "".join(
        f"<div class='entry'><h2><a href='/posts/{slug}/'>{title_of(slug)}</a></h2><p>{day(n)}</p></div>"
        for n, slug in enumerate(POSTS)
    )
    guides_index = "".join(f"<li><a href='/guides/{g}/'>How to {g} the server</a></li>" for g in GUIDE_PAGES)
    pages = [
        ("/posts/", blog_frame("Posts", f"<h1>Posts</h1>{posts_listing}")),
        *((f"/posts/{slug}/", blog_page(title_of(slug), day(n))) for n, slug in enumerate(POSTS)),
        ("/guides/", blog_frame("Guides", f"<h1>Guides</h1><ul class='guides'>{guides_index}</ul>")),
        *((f"/guides/{g}/", blog_page(f"How to {g} the server", day(10 + n))) for n, g in enumerate(GUIDE_PAGES)),
    ]
    return crawl(pages, BLOG)


def test_a_dated_box_every_page_repeats_is_no_related_box() -> None:
    """A guide dated in the posts' layout, listed only by the guides' undated index, shows the sidebar's dated box of
    the newest posts, as every post does: the site's sidebar, shown whole on pages of every URL family (posts, guides,
    listings), not an item's related box (which slides from item to item, and repeats, if at all, on its own column's
    items only). The guides stay pages."""
    roles = blog_crawl()
    assert all(roles[f"/posts/{slug}/"] == ARTICLE for slug in POSTS), roles
    assert {g: roles[f"/guides/{g}/"] for g in GUIDE_PAGES} == dict.fromkeys(GUIDE_PAGES, PAGE), roles
