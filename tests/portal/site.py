"""Assemble a test portal: a theme, generated articles, the faults the crawler must survive, and
the ground truth each archived record is checked against."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from archiver.demo.corpus import ArticleSpec, make_articles
from archiver.demo.server import Page, PortalServer, html_page
from tests.portal.themes import GovTheme, ModernTheme

PER_PAGE = 7
THEMES = {
    "gov": (GovTheme, "zh", [("3", "通知公告"), ("4", "工作动态"), ("5", "行业资讯"), ("6", "政策法规")]),
    "modern": (ModernTheme, "en", [("news", "News"), ("events", "Events"), ("policy", "Policy"),
                                   ("reports", "Reports")]),
}


@dataclass
class PortalFixture:
    theme: Any
    server: PortalServer
    sentinel: PortalServer
    articles: list[ArticleSpec]
    truth: dict[str, dict[str, Any]] = field(default_factory=dict)
    special: dict[str, str] = field(default_factory=dict)  # role -> path

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def url(self, path: str) -> str:
        return self.base_url + path

    def close(self) -> None:
        self.server.stop()
        self.sentinel.stop()


def _mangle(html: str) -> str:
    """Broken markup as old CMSes emit it: unclosed and mis-nested tags, stray closers."""
    html = html.replace("</td></tr>", "</tr>", 2).replace("</p>", "")
    html = html.replace("</body></html>", "<b><i>unclosed")
    return re.sub(r"(<table[^>]*>)", r"\1</div></span>", html, count=1)


def build_portal(theme_name: str, count: int = 40, seed: int = 11) -> PortalFixture:
    theme_cls, lang, categories = THEMES[theme_name]
    theme = theme_cls(categories)
    server = PortalServer("127.0.0.1", 0)
    sentinel = PortalServer("127.0.0.2", 0)
    articles = make_articles(count, lang, seed)
    keys = [k for k, _ in categories]
    for index, article in enumerate(articles):
        article.categories = [keys[index % len(keys)]]
        if index % 6 == 0:
            article.categories.append(keys[(index + 1) % len(keys)])
    portal = PortalFixture(theme, server, sentinel, articles)
    _routes(portal, categories)
    server.start()
    sentinel.start()
    return portal


def _page(portal: PortalFixture, html: str, header_charset: str | None = "") -> Page:
    return html_page(html, portal.theme.charset, header_charset)


def _routes(portal: PortalFixture, categories: list[tuple[str, str]]) -> None:
    theme, base = portal.theme, portal.server.base_url
    names = dict(categories)
    special = portal.special
    special["flaky"] = theme.article_path(portal.articles[3])  # 500 once, then 200
    special["malformed"] = theme.article_path(portal.articles[5])
    special["charset_mismatch"] = theme.article_path(portal.articles[7])
    moved = portal.articles[9]
    special["moved_from"] = f"/old/{moved.article_id[-5:]}.html"
    special["moved_to"] = theme.article_path(moved)
    special["dead"] = "/content/removed/404.html"
    special["robots"] = "/private/internal-report.html"
    special["slow"] = "/content/slow/1.html"  # answers after the test's DOWNLOAD_TIMEOUT
    special["huge"] = "/content/huge/1.html"  # over the test's DOWNLOAD_MAXSIZE
    special["binary"] = "/content/binary/1.html"  # bytes served as text/html
    special["empty"] = "/content/empty/1.html"  # an article page with no text
    special["server_error"] = "/content/broken/1.html"  # 500 every time
    special["redirect_out"] = "/content/partner/1.html"  # 302 to another host
    off_site = (f'<p class="links"><a href="{portal.sentinel.base_url}/trap.html">Partner</a> '
                f'<a href="http://www.example.com/news/1.html">External</a> '
                f'<a href="http://localhost:{portal.server.server_address[1]}/content/alias.html">Alias host</a> '
                f'<a href="mailto:office@example.com">Mail</a> <a href="javascript:void(0)">JS</a></p>')

    def link_path(article: ArticleSpec) -> str:
        return special["moved_from"] if article is moved else theme.article_path(article)

    faults = "".join(f' <a href="{special[k]}">{k}</a>'
                     for k in ("slow", "huge", "binary", "empty", "server_error", "redirect_out"))
    empty_article = theme.article(replace(portal.articles[0], title="空白页面 Empty page", paragraphs=[]),
                                  names[categories[0][0]], views=1)
    routes: dict[str, Page] = {
        special["slow"]: replace(_page(portal, "<html><body><p>late</p></body></html>"), delay=4.0),
        special["huge"]: _page(portal, "<html><body>" + "<p>filler text</p>" * 200_000 + "</body></html>"),
        special["binary"]: Page(bytes(range(256)) * 64, headers={"Content-Type": "text/html"}),
        special["empty"]: _page(portal, empty_article),
        special["server_error"]: Page(b"<html><body>error</body></html>", status=500, fail_first=0),
        special["redirect_out"]: Page(b"", status=302, headers={"Location": portal.sentinel.base_url + "/landing"}),
        "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}),
        special["robots"]: _page(portal, "<html><body>must never be fetched</body></html>"),
        special["moved_from"]: Page(b"", status=301, headers={"Location": base + special["moved_to"]}),
    }
    routes["/"] = _page(portal, theme.home(portal.articles[:5], off_site))
    hot = portal.articles[:4]
    for key, name in categories:
        members = [a for a in portal.articles if key in a.categories]
        pages = max(1, -(-len(members) // PER_PAGE))
        for number in range(1, pages + 1):
            chunk = members[(number - 1) * PER_PAGE: number * PER_PAGE]
            extra = off_site
            if number == 1:
                first = theme.article_path(chunk[0])
                extra += (f'<p class="more"><a href="{first}?utm_source=wechat&amp;utm_medium=share">'
                          f'{chunk[0].title[:6]}</a> <a href="{first}#comments">评论</a> '
                          f'<a href="{special["robots"]}">内部报告</a> <a href="{special["dead"]}">已删除</a>'
                          f'{faults if key == categories[0][0] else ""}</p>')
            html = theme.listing(key, name, number, pages, chunk, extra, hot)
            for article in chunk:  # the moved article is linked by its old URL everywhere
                html = html.replace(f'href="{theme.article_path(article)}"', f'href="{link_path(article)}"') \
                    if article is moved else html
            routes[theme.listing_path(key, number)] = _page(portal, html)
    for index, article in enumerate(portal.articles):
        category_name = names[article.categories[0]]
        html = theme.article(article, category_name, views=100 + index)
        path = theme.article_path(article)
        if path == special["malformed"]:
            html = _mangle(html)
        page = _page(portal, html, header_charset="utf-8" if path == special["charset_mismatch"] else "")
        if path == special["flaky"]:
            page.fail_first = 1
        routes[path] = page
        url = base + link_path(article)
        portal.truth[url] = {
            "url": url, "title": article.title, "source": article.source,
            "source_raw": article.source_raw, "reprinted": article.reprinted,
            "author": article.author, "published_at": _truth_date(theme, article),
            "keywords": article.keywords, "body": article.body, "language": article.language,
            "categories": sorted(names[k] for k in article.categories),
        }
    portal.server.routes = routes


def _truth_date(theme: Any, article: ArticleSpec) -> str:
    moment = article.published.replace(second=0) if theme.name == "gov" else article.published
    return moment.isoformat()
