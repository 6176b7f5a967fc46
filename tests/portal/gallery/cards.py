"""A statically exported Next.js site whose listings are card grids: every entry is
``<div class="item"><img><h3><a>…</a></h3><p>summary…</p><span>date</span></div>``, pages
``/stories/page/2``, topic grids ``/topics/climate`` (``?page=2``), everything inside
``<div id="__next">``, a ``__NEXT_DATA__`` script, bylines in ``<span class="author-name">``."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from tests.portal.gallery.common import Assembler, chunks, members, page_title, paragraphs_html, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = [("climate", "Climate"), ("community", "Community"), ("science", "Science")]
PAGES = ["about", "team", "join", "contact"]
SITE = "Greenway Youth Network"
PER_PAGE = 9


def post_path(post: Post) -> str:
    return f"/stories/{post.slug}"


def _frame(title: str, main: str, page: str, props: dict[str, object], recent: list[Post]) -> str:
    nav = "".join(f'<a class="nav-link" href="/topics/{k}">{n}</a>' for k, n in CATEGORIES)
    nav += "".join(f'<a class="nav-link" href="/{p}">{page_title("en", p)}</a>' for p in PAGES)
    side = "".join(f'<li><a href="{post_path(p)}">{escape(p.title)}</a></li>' for p in recent)
    data = json.dumps(
        {"props": {"pageProps": props}, "page": page, "query": {}, "buildId": "k3Jd9a", "nextExport": True}
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{escape(title)}</title><meta name="next-head-count" content="3"/><link rel="preload" href="/_next/static/css/app.css" as="style"/></head>
<body><div id="__next"><div class="layout_page__x1"><header class="header_header__a9"><a class="header_logo__b2" href="/">{SITE}</a><nav class="header_nav__c3">{nav}</nav></header>
<div class="layout_content__d4"><main class="layout_main__e5">{main}</main>
<aside class="layout_sidebar__f6"><h4>Latest stories</h4><ul>{side}</ul></aside></div>
<footer class="footer_footer__g7"><p>© 2024 {SITE}</p><a href="/privacy">Privacy</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{data}</script><script src="/_next/static/chunks/main.js" defer=""></script></body></html>"""


def _card(post: Post) -> str:
    return (
        f'<div class="item"><img src="/images/cards/{post.key}.jpg" alt="" loading="lazy"/>'
        f'<h3><a href="{post_path(post)}">{escape(post.title)}</a></h3><p>{escape(post.summary(110))}</p>'
        f"<span>{post.published:%b %-d, %Y}</span></div>"
    )


def _grid(items: list[Post], pager: str) -> str:
    return f'<div class="grid">{"".join(map(_card, items))}</div>{pager}'


def _pager(at: Callable[[int], str], number: int, pages: int) -> str:
    links = [
        f'<a aria-current="page" class="pager_current__h8">{n}</a>' if n == number else f'<a href="{at(n)}">{n}</a>'
        for n in range(1, pages + 1)
    ]
    if number < pages:
        links.append(f'<a href="{at(number + 1)}" rel="next">Next →</a>')
    return f'<nav class="pager_pager__i9" aria-label="pagination">{"".join(links)}<span>Page {number} of {pages}</span></nav>'


def build_cards(base: str) -> GallerySite:
    posts = make_posts("en", 54, 113, CATEGORIES, id_base=6000)
    names = dict(CATEGORIES)
    recent = posts[:4]
    out = Assembler("cards_nextjs", "Next.js static export (card grid)", "en")
    pages = chunks(posts, PER_PAGE)

    def story_page(n: int) -> str:
        return "/stories" if n == 1 else f"/stories/page/{n}"

    out.page(
        "/",
        _frame(
            SITE,
            f'<h1>Stories from the network</h1>{_grid(posts[:6], "")}<a href="/stories">All stories →</a>',
            "/",
            {"featured": [p.key for p in posts[:6]]},
            recent,
        ),
        "home",
    )
    for number, chunk in enumerate(pages, 1):
        out.listing(
            "Stories",
            story_page(number),
            _frame(
                f"Stories | {SITE}",
                f"<h1>Stories</h1>{_grid(chunk, _pager(story_page, number, len(pages)))}",
                "/stories/page/[n]",
                {"page": number},
                recent,
            ),
        )
    for key, name in CATEGORIES:
        topic = chunks(members(posts, key), PER_PAGE)

        def topic_page(n: int, key: str = key) -> str:
            return f"/topics/{key}" if n == 1 else f"/topics/{key}?page={n}"

        for number, chunk in enumerate(topic, 1):
            out.listing(
                name,
                topic_page(number),
                _frame(
                    f"{name} | {SITE}",
                    f"<h1>{name}</h1>{_grid(chunk, _pager(topic_page, number, len(topic)))}",
                    "/topics/[topic]",
                    {"topic": key, "page": number},
                    recent,
                ),
            )
    for kind in [*PAGES, "privacy"]:
        title = "Privacy" if kind == "privacy" else page_title("en", kind)
        body = static_page_body("en", "about" if kind == "privacy" else kind, 130 + len(kind))
        out.page(
            f"/{kind}",
            _frame(
                f"{title} | {SITE}",
                f'<article class="page_page__j1"><h1>{title}</h1>{body}</article>',
                f"/{kind}",
                {},
                recent,
            ),
            "page",
        )
    for post in posts:
        byline = f'<span class="author-name">{escape(post.author)}</span> · ' if post.author else ""
        topics = " ".join(f'<a class="tag" href="/topics/{k}">{names[k]}</a>' for k in post.categories)
        main = f"""<article class="story_story__k2"><div class="story_topics__l3">{topics}</div><h1 class="story_title__m4">{escape(post.title)}</h1>
<div class="story_meta__n5">{byline}<time dateTime="{post.published.isoformat()}">{post.published:%B %-d, %Y}</time></div>
<img class="story_hero__o6" src="/images/cards/{post.key}.jpg" alt=""/><div class="story_body__p7">{paragraphs_html(post)}</div>
<div class="story_share__q8">Share this story: <a href="https://twitter.com/intent/tweet?url={base}{post_path(post)}">Twitter</a></div></article>"""
        props = {
            "post": {
                "slug": post.slug,
                "title": post.title,
                "date": post.published.isoformat(),
                "topics": post.categories,
            }
        }
        out.article(
            post_path(post),
            _frame(f"{post.title} | {SITE}", main, "/stories/[slug]", props, recent),
            post,
            [names[k] for k in post.categories],
            shows_time=False,
            author=post.author,
        )
    return out.site
