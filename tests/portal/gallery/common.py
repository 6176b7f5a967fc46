"""Pieces every gallery portal shares: route assembly with ground truth, feeds, sitemaps and
the text of the pages that are not articles (about, team, contact, wiki, finance)."""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.utils import format_datetime
from html import escape

from archiver.demo.server import Page, html_page
from tests.portal.gallery.model import GallerySite, Post, Truth, prose


class Assembler:
    """Collects a portal's routes while recording what each HTML page is."""

    def __init__(self, name: str, generator: str, lang: str, charset: str = "utf-8") -> None:
        self.site = GallerySite(name, generator, lang, routes={}, truth={}, non_articles={}, listings={})
        self.charset = charset

    def page(self, path: str, html: str, role: str) -> None:
        """A page that is not an article (home, listing, tag, archive, page, author)."""
        self._add(path, html_page(html, self.charset))
        self.site.non_articles[path] = role

    def listing(self, category: str, path: str, html: str) -> None:
        self.page(path, html, "listing")
        self.site.listings.setdefault(category, []).append(path)

    def article(
        self,
        path: str,
        html: str,
        post: Post,
        category_names: Sequence[str],
        *,
        shows_time: bool,
        author: str | None,
        article_id: str | None = None,
    ) -> None:
        """An article page and its truth; ``author`` is the one the page shows (None: none)."""
        self._add(path, html_page(html, self.charset))
        self.site.truth[path] = Truth(
            path=path,
            title=post.title,
            published=post.published,
            shows_time=shows_time,
            author=author,
            author_checked=author is not None or post.credit is not None,
            categories=tuple(sorted(category_names)),
            body=post.body,
            credit=post.credit,
            article_id=article_id,
        )

    def raw(self, path: str, body: bytes, content_type: str, *, feed: bool = False) -> None:
        self._add(path, Page(body, headers={"Content-Type": content_type}))
        if feed:
            self.site.feeds.append(path)

    def _add(self, path: str, page: Page) -> None:
        if path in self.site.routes:
            raise ValueError(f"{self.site.name}: two pages at {path}")
        self.site.routes[path] = page


def chunks(items: Sequence[Post], size: int) -> list[list[Post]]:
    """Listing pages of ``size`` entries (at least one page, even if empty)."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]


def members(posts: Iterable[Post], key: str) -> list[Post]:
    return [p for p in posts if key in p.categories]


def paragraphs_html(post: Post, *, tag: str = "p") -> str:
    """The body as most editors emit it; an image post is a figure with its caption."""
    if post.kind == "image":
        return (
            f'<figure class="image"><img src="{post.image}" alt=""><figcaption>{escape(post.paragraphs[0])}'
            f"</figcaption></figure>"
        )
    return "".join(f"<{tag}>{escape(p)}</{tag}>" for p in post.paragraphs)


# --- feeds and sitemaps --------------------------------------------------------------------------


def rss(title: str, home: str, items: Iterable[tuple[str, Post]]) -> bytes:
    """RSS 2.0 with the full text in description, as WordPress and Hugo emit it."""
    entries = "".join(
        f"<item><title>{escape(p.title)}</title><link>{escape(url)}</link><guid>{escape(url)}</guid>"
        f"<pubDate>{format_datetime(p.published)}</pubDate><description>{escape(p.summary(200))}</description></item>"
        for url, p in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>{escape(home)}</link><description>{escape(title)}</description>{entries}</channel></rss>"
    ).encode()


def atom(title: str, home: str, self_url: str, items: Iterable[tuple[str, Post]]) -> bytes:
    entries = "".join(
        f'<entry><title>{escape(p.title)}</title><link href="{escape(url)}"/><id>{escape(url)}</id>'
        f"<published>{p.published.isoformat()}</published><updated>{p.published.isoformat()}</updated>"
        f'<summary type="html">{escape(p.summary(200))}</summary></entry>'
        for url, p in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>{escape(title)}</title><link href="{escape(self_url)}" rel="self"/><link href="{escape(home)}"/>'
        f"<id>{escape(home)}</id><updated>2024-11-22T09:14:12+08:00</updated>{entries}</feed>"
    ).encode()


def sitemap(entries: Iterable[tuple[str, datetime | None]]) -> bytes:
    urls = "".join(
        f"<url><loc>{escape(url)}</loc>" + (f"<lastmod>{when.isoformat()}</lastmod>" if when else "") + "</url>"
        for url, when in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    ).encode()


def sitemap_index(children: Iterable[str]) -> bytes:
    maps = "".join(f"<sitemap><loc>{escape(url)}</loc></sitemap>" for url in children)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{maps}</sitemapindex>"
    ).encode()


def gzipped(body: bytes) -> bytes:
    return gzip.compress(body, mtime=0)  # mtime 0: the same bytes on every build


def robots(base: str, sitemaps: Iterable[str], disallow: Iterable[str] = ()) -> bytes:
    lines = ["User-agent: *", *(f"Disallow: {d}" for d in disallow), ""]
    lines += [f"Sitemap: {base}{s}" for s in sitemaps]
    return ("\n".join(lines) + "\n").encode()


XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"


# --- pages that are not articles, with article-like text ---------------------------------------

_PAGE_TITLES = {
    "en": {
        "about": "About Us",
        "team": "Our Team",
        "contact": "Contact",
        "wiki": "Member Wiki",
        "finance": "Finance Report",
        "join": "Join Us",
    },
    "zh": {
        "about": "关于我们",
        "team": "团队成员",
        "contact": "联系我们",
        "wiki": "会员百科",
        "finance": "财务公开",
        "join": "加入我们",
    },
}
_PEOPLE = {
    "en": ["Li Wei (President)", "Zhang Min (Secretary)", "Wang Fang (Treasurer)", "Chen Jie (Editor)"],
    "zh": ["李伟（会长）", "张敏（秘书长）", "王芳（财务）", "陈杰（编辑）"],
}


def page_title(lang: str, kind: str) -> str:
    return _PAGE_TITLES[lang][kind]


def static_page_body(lang: str, kind: str, seed: int) -> str:
    """The main text of an about/team/contact/wiki/finance/join page: as wordy as an article."""
    text = prose(lang, seed, 4)
    if kind == "team":
        people = "".join(
            f"<li><strong>{escape(p)}</strong> {escape(text[i % len(text)][:90])}</li>"
            for i, p in enumerate(_PEOPLE[lang])
        )
        return f'<p>{escape(text[0])}</p><ul class="members">{people}</ul>'
    if kind == "contact":
        lines = (
            ["地址：某某市某某路1号", "电话：0871-00000000", "邮箱：office@example.org"]
            if lang == "zh"
            else ["Address: 1 River Road", "Phone: +86 871 0000 0000", "Email: office@example.org"]
        )
        return (
            f"<p>{escape(text[0])}</p>"
            + "".join(f"<p>{escape(line)}</p>" for line in lines)
            + '<form action="/contact/send" method="post"><input name="email"><textarea name="message">'
            "</textarea><button>Send</button></form>"
        )
    if kind == "finance":
        rows = "".join(
            f"<tr><td>{2020 + i}</td><td>{12000 + 1500 * i}</td><td>{11000 + 1400 * i}</td></tr>" for i in range(4)
        )
        return "".join(f"<p>{escape(t)}</p>" for t in text[:2]) + f'<table class="finance">{rows}</table>'
    if kind == "wiki":
        heads = ["入会须知", "活动规范", "常见问题"] if lang == "zh" else ["Joining", "Events", "FAQ"]
        return "".join(f"<h2>{h}</h2><p>{escape(t)}</p>" for h, t in zip(heads, text, strict=False))
    return "".join(f"<p>{escape(t)}</p>" for t in text)


def gunzip_if_needed(body: bytes) -> bytes:
    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
