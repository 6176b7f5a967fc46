"""Assemble a test portal: a theme, generated articles, the faults the crawler must survive, and
the ground truth each archived record is checked against."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC
from typing import Any

from archiver.demo.corpus import ArticleSpec, make_articles
from archiver.demo.server import Page, PortalServer, html_page
from tests.portal.themes import GovTheme, ModernTheme

PER_PAGE = 7
THEMES = {
    "gov": (GovTheme, "zh", [("3", "通知公告"), ("4", "工作动态"), ("5", "行业资讯"), ("6", "政策法规")]),
    "modern": (
        ModernTheme,
        "en",
        [("news", "News"), ("events", "Events"), ("policy", "Policy"), ("reports", "Reports")],
    ),
}


@dataclass
class PortalFixture:
    theme: Any
    server: PortalServer
    sentinel: PortalServer
    articles: list[ArticleSpec]
    categories: list[tuple[str, str]]
    truth: dict[str, dict[str, Any]] = field(default_factory=dict)
    special: dict[str, str] = field(default_factory=dict)  # role -> path
    views: dict[str, int] = field(default_factory=dict)  # article id -> view counter shown
    moved_id: str = ""  # the article served only through a redirect from an old URL

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def url(self, path: str) -> str:
        return self.base_url + path

    def article_url(self, article: ArticleSpec) -> str:
        """The URL listings link to (the old address for the redirected article)."""
        if article.article_id == self.moved_id:
            return self.url(self.special["moved_from"])
        return self.url(self.theme.article_path(article))

    def close(self) -> None:
        self.server.stop()
        self.sentinel.stop()


def _mangle(html: str) -> str:
    """Broken markup as old CMSes emit it: unclosed and mis-nested tags, stray closers."""
    html = html.replace("</td></tr>", "</tr>", 2).replace("</p>", "")
    html = html.replace("</body></html>", "<b><i>unclosed")
    return re.sub(r"(<table[^>]*>)", r"\1</div></span>", html, count=1)


def build_portal(theme_name: str, count: int = 40, seed: int = 11, slow_page: bool = False) -> PortalFixture:
    """A running portal. ``slow_page`` adds the page that answers after the download timeout: it costs
    every crawl about 4 s (fetched, timed out, retried), so only the tests that read its failure ask for it."""
    theme_cls, lang, categories = THEMES[theme_name]
    theme = theme_cls(categories)
    articles = make_articles(count, lang, seed)
    keys = [k for k, _ in categories]
    for index, article in enumerate(articles):
        article.categories = [keys[index % len(keys)]]
        if index % 6 == 0:
            article.categories.append(keys[(index + 1) % len(keys)])
    portal = PortalFixture(
        theme,
        PortalServer("127.0.0.1", 0),
        PortalServer("127.0.0.2", 0),
        articles,
        categories,
        views={a.article_id: 100 + i for i, a in enumerate(articles)},
    )
    portal.moved_id = articles[9].article_id
    portal.special = {
        "flaky": theme.article_path(articles[3]),  # 500 once, then 200
        "malformed": theme.article_path(articles[5]),
        "charset_mismatch": theme.article_path(articles[7]),
        "moved_from": f"/old/{articles[9].article_id[-5:]}.html",
        "moved_to": theme.article_path(articles[9]),
        "dead": "/content/removed/404.html",
        "robots": "/private/internal-report.html",
        "slow": "/content/slow/1.html",  # answers after the test's DOWNLOAD_TIMEOUT
        "huge": "/content/huge/1.html",  # over the test's DOWNLOAD_MAXSIZE
        "binary": "/content/binary/1.html",  # bytes served as text/html
        "empty": "/content/empty/1.html",  # an article page with no text
        "server_error": "/content/broken/1.html",  # 500 every time
        "redirect_out": "/content/partner/1.html",  # 302 to another host
    }
    if not slow_page:
        del portal.special["slow"]
    render(portal)
    portal.server.start()
    portal.sentinel.start()
    return portal


def _page(portal: PortalFixture, html: str, header_charset: str | None = "") -> Page:
    return html_page(html, portal.theme.charset, header_charset)


def _fault_routes(portal: PortalFixture) -> dict[str, Page]:
    theme, special = portal.theme, portal.special
    empty_article = theme.article(
        replace(portal.articles[-1], title="空白页面 Empty page", paragraphs=[]), portal.categories[0][1], views=1
    )
    return {
        "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}),
        special["robots"]: _page(portal, "<html><body>must never be fetched</body></html>"),
        special["moved_from"]: Page(b"", status=301, headers={"Location": portal.url(special["moved_to"])}),
        special["huge"]: _page(portal, "<html><body>" + "<p>filler text</p>" * 200_000 + "</body></html>"),
        special["binary"]: Page(bytes(range(256)) * 64, headers={"Content-Type": "text/html"}),
        special["empty"]: _page(portal, empty_article),
        special["server_error"]: Page(b"<html><body>error</body></html>", status=500),
        special["redirect_out"]: Page(b"", status=302, headers={"Location": portal.sentinel.base_url + "/landing"}),
    } | (
        {special["slow"]: replace(_page(portal, "<html><body><p>late</p></body></html>"), delay=4.0)}
        if "slow" in special
        else {}
    )


def _extra_links(portal: PortalFixture) -> tuple[str, str]:
    special = portal.special
    off_site = (
        f'<p class="links"><a href="{portal.sentinel.base_url}/trap.html">Partner</a> '
        f'<a href="http://www.example.com/news/1.html">External</a> '
        f'<a href="http://localhost:{portal.server.server_address[1]}/content/alias.html">Alias host</a> '
        f'<a href="mailto:office@example.com">Mail</a> <a href="javascript:void(0)">JS</a></p>'
    )
    faults = "".join(
        f' <a href="{special[k]}">{k}</a>'
        for k in ("slow", "huge", "binary", "empty", "server_error", "redirect_out")
        if k in special
    )
    return off_site, faults


def render(portal: PortalFixture) -> None:
    """(Re)build every route and the ground truth from the portal's articles."""
    theme, special, categories = portal.theme, portal.special, portal.categories
    names = dict(categories)
    off_site, faults = _extra_links(portal)
    routes = _fault_routes(portal)
    routes["/"] = _page(portal, theme.home(portal.articles[:5], off_site))
    hot = portal.articles[:4]
    for key, name in categories:
        members = [a for a in portal.articles if key in a.categories]
        pages = max(1, -(-len(members) // PER_PAGE))
        for number in range(1, pages + 1):
            chunk = members[(number - 1) * PER_PAGE : number * PER_PAGE]
            extra = off_site
            if number == 1:
                first = theme.article_path(chunk[0])
                extra += (
                    f'<p class="more"><a href="{first}?utm_source=wechat&amp;utm_medium=share">'
                    f'{chunk[0].title[:6]}</a> <a href="{first}#comments">评论</a> '
                    f'<a href="{special["robots"]}">内部报告</a> <a href="{special["dead"]}">已删除</a>'
                    f"{faults if key == categories[0][0] else ''}</p>"
                )
            html = theme.listing(key, name, number, pages, chunk, extra, hot)
            if any(a.article_id == portal.moved_id for a in chunk):  # linked by its old URL everywhere
                html = html.replace(f'href="{special["moved_to"]}"', f'href="{special["moved_from"]}"')
            routes[theme.listing_path(key, number)] = _page(portal, html)
    portal.truth = {}
    for article in portal.articles:
        views = portal.views.setdefault(article.article_id, 1)
        html = theme.article(article, names[article.categories[0]], views=views)
        path = theme.article_path(article)
        if path == special["malformed"]:
            html = _mangle(html)
        page = _page(portal, html, header_charset="utf-8" if path == special["charset_mismatch"] else "")
        if path == special["flaky"]:
            page.fail_first = 1
        routes[path] = page
        url = portal.article_url(article)
        portal.truth[url] = {
            "url": url,
            "title": article.title,
            "source": article.source,
            "source_raw": article.source_raw,
            "reprinted": article.reprinted,
            "author": article.author,
            "published_at": _truth_date(theme, article),
            "keywords": article.keywords,
            "body": article.body,
            "language": article.language,
            # the page's own category (its breadcrumb); listing membership is checked apart
            "categories": [names[article.categories[0]]],
        }
    portal.server.routes = routes


def _truth_date(theme: Any, article: ArticleSpec) -> str:
    """What generic mode can know: the gov page (Chinese) prints minutes, read at UTC+08:00; the
    modern one (English, no offset, no country domain) prints seconds, read as UTC."""
    if theme.name == "gov":
        return article.published.replace(second=0).isoformat()
    return article.published.replace(tzinfo=UTC).isoformat()
