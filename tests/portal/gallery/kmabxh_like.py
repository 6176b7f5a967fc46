"""An unseen portal shaped like the kmabxh site, in markup of its own: an English edition at
``/`` and a Chinese one under ``/cn/`` on the same host, listings ``/News/list-3-1.html`` whose
rows (one container each) show a date, a linked title and a one-line summary, articles
``/NewsDes/<19-digit id>.html``, labelled meta lines, FAQ and video sections that are not news."""

from __future__ import annotations

from html import escape

from tests.portal.gallery.common import Assembler, chunks, members, static_page_body
from tests.portal.gallery.model import GallerySite, Post, make_posts

CATEGORIES = {
    "en": [("3", "News"), ("4", "Notices"), ("5", "Industry")],
    "zh": [("3", "新闻资讯"), ("4", "通知公告"), ("5", "行业动态")],
}
TEXT = {
    "en": {
        "site": "Dianchi Logistics Association",
        "home": "Home",
        "about": "About Us",
        "faq": "FAQ",
        "video": "Videos",
        "contact": "Contact",
        "switch": "中文",
        "where": "Location:",
        "time": "Release time:",
        "source": "Source:",
        "author": "Author:",
        "views": "Views:",
        "more": "More +",
        "first": "First",
        "prev": "Prev",
        "next": "Next",
        "last": "Last",
        "latest": "Latest news",
        "prev_art": "Previous:",
        "next_art": "Next:",
        "none": "None",
    },
    "zh": {
        "site": "滇池物流协会",
        "home": "网站首页",
        "about": "协会简介",
        "faq": "常见问题",
        "video": "视频中心",
        "contact": "联系我们",
        "switch": "English",
        "where": "当前位置：",
        "time": "发布时间：",
        "source": "来源：",
        "author": "作者：",
        "views": "浏览：",
        "more": "更多 +",
        "first": "首页",
        "prev": "上一页",
        "next": "下一页",
        "last": "尾页",
        "latest": "最新资讯",
        "prev_art": "上一篇：",
        "next_art": "下一篇：",
        "none": "没有了",
    },
}
PER_PAGE = 4


class _Edition:
    def __init__(self, lang: str, root: str, other_root: str, posts: list[Post]) -> None:
        self.lang, self.root, self.other, self.posts = lang, root, other_root, posts
        self.t = TEXT[lang]
        self.names = dict(CATEGORIES[lang])

    def post_path(self, post: Post) -> str:
        return f"{self.root}NewsDes/{post.key}.html"

    def list_path(self, key: str, number: int) -> str:
        return f"{self.root}News/list-{key}-{number}.html"

    def frame(self, title: str, main: str, current: str = "") -> str:
        t, r = self.t, self.root
        nav = [(f"{r}", t["home"]), (f"{r}About/1.html", t["about"])]
        nav += [(self.list_path(k, 1), n) for k, n in CATEGORIES[self.lang]]
        nav += [
            (f"{r}Faq/list-7-1.html", t["faq"]),
            (f"{r}Video/list-8-1.html", t["video"]),
            (f"{r}Contact.html", t["contact"]),
        ]
        cur = ' class="cur"'
        menu = "".join(
            f'<li{cur if href == current else ""}><a href="{href}">{escape(name)}</a></li>' for href, name in nav
        )
        latest = "".join(f'<li><a href="{self.post_path(p)}">{escape(p.title)}</a></li>' for p in self.posts[:5])
        return f"""<!DOCTYPE html><html lang="{self.lang}"><head><meta charset="utf-8"><title>{escape(title)} - {t["site"]}</title>
<meta name="description" content="{t["site"]}"></head><body>
<div class="topbar"><div class="container"><span class="hello">{t["site"]}</span><a class="lang" href="{self.other}">{t["switch"]}</a></div></div>
<div class="head"><div class="container"><a class="logo" href="{r}"><img src="/static/img/logo.png" alt="{t["site"]}"></a><ul class="menu">{menu}</ul></div></div>
<div class="inner-banner"><img src="/static/img/banner.jpg" alt=""></div>
<div class="container page"><div class="page-side"><div class="side-box"><h3>{t["latest"]}</h3><ul>{latest}</ul></div></div><div class="page-main">{main}</div></div>
<div class="foot"><div class="container"><p>Copyright © 2024 {t["site"]}</p><p><a href="{r}Contact.html">{t["contact"]}</a> | <a href="https://beian.miit.gov.cn/">滇ICP备00000001号</a></p></div></div></body></html>"""

    def crumb(self, *parts: tuple[str, str]) -> str:
        links = " &gt; ".join(
            f'<a href="{href}">{escape(name)}</a>' for href, name in [(self.root, self.t["home"]), *parts]
        )
        return f'<div class="crumb">{self.t["where"]}{links}</div>'

    def listing(self, key: str, number: int, pages: int, items: list[Post]) -> str:
        t = self.t
        rows = "".join(
            f"""<div class="news-row"><div class="news-date"><b>{p.published:%d}</b><i>{p.published:%Y-%m}</i></div>
<div class="news-txt"><h4><a href="{self.post_path(p)}" title="{escape(p.title)}">{escape(p.title)}</a></h4><p>{escape(p.summary(90 if self.lang == "en" else 40))}</p></div>
<a class="news-more" href="{self.post_path(p)}">{t["more"]}</a></div>"""
            for p in items
        )
        pager = [f'<a href="{self.list_path(key, 1)}">{t["first"]}</a>']
        if number > 1:
            pager.append(f'<a href="{self.list_path(key, number - 1)}">{t["prev"]}</a>')
        pager += [
            f'<a class="on">{n}</a>' if n == number else f'<a href="{self.list_path(key, n)}">{n}</a>'
            for n in range(1, pages + 1)
        ]
        if number < pages:
            pager.append(f'<a href="{self.list_path(key, number + 1)}">{t["next"]}</a>')
        pager.append(f'<a href="{self.list_path(key, pages)}">{t["last"]}</a>')
        main = (
            self.crumb((self.list_path(key, 1), self.names[key])) + f'<div class="news-list">{rows}</div>'
            f'<div class="pages">{"".join(pager)}</div>'
        )
        return self.frame(self.names[key], main, self.list_path(key, 1))

    def article(self, post: Post, index: int) -> str:
        t, key = self.t, post.categories[0]
        meta = [
            f"{t['time']}{post.published:%Y-%m-%d %H:%M:%S}",
            f"{t['source']}{t['site']}",
            f"{t['author']}{escape(post.author or '')}",
            f"{t['views']}{int(post.key[-3:]) % 400}",
        ]
        body = "".join(f"<p>{escape(p)}</p>" for p in post.paragraphs)
        if post.kind == "image":
            body = f'<p style="text-align:center"><img src="{post.image}" alt=""></p><p style="text-align:center">{escape(post.paragraphs[0])}</p>'
        near = []
        for label, other in (
            (t["prev_art"], self.posts[index - 1] if index else None),
            (t["next_art"], self.posts[index + 1] if index + 1 < len(self.posts) else None),
        ):
            near.append(
                f'<p>{label}<a href="{self.post_path(other)}">{escape(other.title)}</a></p>'
                if other
                else f"<p>{label}{t['none']}</p>"
            )
        main = (
            self.crumb((self.list_path(key, 1), self.names[key]))
            + f'<div class="des"><div class="des-title"><h2>{escape(post.title)}</h2></div>'
            f'<div class="des-meta">{" &nbsp;|&nbsp; ".join(meta)}</div><div class="des-con">{body}</div>'
            f'<div class="des-near">{"".join(near)}</div></div>'
        )
        return self.frame(post.title, main, self.list_path(key, 1))

    def build(self, out: Assembler) -> None:
        t, r = self.t, self.root
        blocks = "".join(
            f'<div class="home-news"><h3>{n}<a href="{self.list_path(k, 1)}">{t["more"]}</a></h3><ul>'
            + "".join(
                f'<li><span>{p.published:%Y-%m-%d}</span><a href="{self.post_path(p)}">{escape(p.title)}</a></li>'
                for p in members(self.posts, k)[:4]
            )
            + "</ul></div>"
            for k, n in CATEGORIES[self.lang]
        )
        out.page(r, self.frame(t["home"], blocks), "home")
        for key, name in CATEGORIES[self.lang]:
            pages = chunks(members(self.posts, key), PER_PAGE)
            for number, chunk in enumerate(pages, 1):
                out.listing(
                    f"{name} ({self.lang})", self.list_path(key, number), self.listing(key, number, len(pages), chunk)
                )
        out.page(
            f"{r}About/1.html",
            self.frame(
                t["about"],
                self.crumb((f"{r}About/1.html", t["about"]))
                + f'<div class="about-con">{static_page_body(self.lang, "about", 140)}</div>',
            ),
            "page",
        )
        out.page(
            f"{r}Contact.html",
            self.frame(
                t["contact"],
                self.crumb((f"{r}Contact.html", t["contact"]))
                + f'<div class="about-con">{static_page_body(self.lang, "contact", 141)}</div>',
            ),
            "page",
        )
        faq = "".join(
            f'<div class="faq-item"><h4>Q{i}: {escape(q[:40])}?</h4><p>{escape(q)}</p></div>'
            for i, q in enumerate(static_page_body(self.lang, "about", 142).split("</p>")[:3], 1)
        )
        out.page(
            f"{r}Faq/list-7-1.html", self.frame(t["faq"], self.crumb((f"{r}Faq/list-7-1.html", t["faq"])) + faq), "page"
        )
        videos = "".join(
            f'<div class="video-item"><video src="/static/video/{n}.mp4" controls></video><p>{escape(p.title)}</p></div>'
            for n, p in enumerate(self.posts[:4])
        )
        out.page(
            f"{r}Video/list-8-1.html",
            self.frame(t["video"], self.crumb((f"{r}Video/list-8-1.html", t["video"])) + videos),
            "page",
        )
        for index, post in enumerate(self.posts):
            out.article(
                self.post_path(post),
                self.article(post, index),
                post,
                [self.names[post.categories[0]]],
                shows_time=True,
                author=post.author,
                article_id=post.key,
            )


def _build(base: str, start: str) -> GallerySite:
    out = Assembler("kmabxh_like" if start == "/" else "kmabxh_like_cn", "kmabxh-like portal (two editions)", "en+zh")
    out.site.start_path = start
    for lang, root, other in (("en", "/", "/cn/"), ("zh", "/cn/", "/")):
        posts = make_posts(lang, 26, 114, CATEGORIES[lang], id_base=None)
        _Edition(lang, root, other, posts).build(out)
    if start != "/":  # a crawl from an edition's home is judged on that edition (a baseline of its own)
        site = out.site
        site.scope = start
        site.truth = {p: t for p, t in site.truth.items() if p.startswith(start)}
        site.non_articles = {p: role for p, role in site.non_articles.items() if p.startswith(start)}
        site.listings = {c: pages for c, pages in site.listings.items() if pages[0].startswith(start)}
    return out.site


def build_kmabxh_like(base: str) -> GallerySite:
    return _build(base, "/")


def build_kmabxh_like_cn(base: str) -> GallerySite:
    """The same portal, crawled from its Chinese edition's home and judged on that edition: the
    English pages it may reach through the language switch are neither missing nor unexpected."""
    return _build(base, "/cn/")
