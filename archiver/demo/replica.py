"""An offline replica of the kmabxh portal: both editions, rendered from the demo corpus.

The markup follows the live site's visible structure (nav categories, Source/Author/Date
labels, Keywords and Related Content after the body) so the ``kmabxh`` profile runs on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from archiver.demo.corpus import ArticleSpec, make_articles
from archiver.demo.server import Page, html_page

PER_PAGE = 6


@dataclass(frozen=True)
class Category:
    key: str
    name: str


_NAV = {
    "en": [
        "All",
        "Product Management",
        "News",
        "Introduction",
        "Enterprise outlets",
        "FAQ",
        "Enterprise Video",
        "Enterprise Atlas",
    ],
    "zh": ["全部", "产品管理", "新闻资讯", "协会简介", "企业网点", "常见问题", "企业视频", "企业图集"],
}
_TEXT = {
    "en": {
        "welcome": "Welcome to visit the official website of Kunming Security Association!",
        "site": "Kunming Security Association",
        "home": "Home",
        "source": "Source:",
        "author": "Author:",
        "date": "Date:",
        "keywords": "Keywords:",
        "related": "Related Content",
        "prev": "Previous:",
        "next": "Next:",
        "location": "Current location:",
        "switch": "中文",
        "views": "Views:",
        "copyright": "Copyright © Kunming Security Association. All rights reserved.",
    },
    "zh": {
        "welcome": "欢迎访问昆明市保安协会官方网站！",
        "site": "昆明市保安协会",
        "home": "首页",
        "source": "来源：",
        "author": "作者：",
        "date": "发布时间：",
        "keywords": "关键词：",
        "related": "相关内容",
        "prev": "上一篇：",
        "next": "下一篇：",
        "location": "当前位置：",
        "switch": "English",
        "views": "浏览次数：",
        "copyright": "版权所有 © 昆明市保安协会",
    },
}


def categories(lang: str) -> list[Category]:
    return [Category(str(index), name) for index, name in enumerate(_NAV[lang])]


def assign_categories(articles: list[ArticleSpec], cats: list[Category]) -> None:
    """Every article is in All (0) and one topical category; every fifth is in a second one too."""
    topical = [c.key for c in cats[1:]]
    for index, article in enumerate(articles):
        keys = ["0", topical[index % 3 + 1] if index % 4 else topical[0]]
        if index % 5 == 0:
            keys.append(topical[4])
        article.categories = list(dict.fromkeys(keys))


def listing_path(key: str, page: int) -> str:
    return f"/NewsList/{key}.html" if page == 1 else f"/NewsList/{key}_{page}.html"


def article_path(article: ArticleSpec) -> str:
    return f"/NewsDes/{article.article_id}.html"


class Edition:
    """One language edition of the replica, served at ``base_url``."""

    def __init__(self, lang: str, articles: list[ArticleSpec], other_edition_url: str) -> None:
        self.lang = lang
        self.text = _TEXT[lang]
        self.articles = articles
        self.cats = categories(lang)
        self.other_edition_url = other_edition_url
        assign_categories(articles, self.cats)

    def _frame(self, title: str, main: str, current: str | None = None) -> str:
        t = self.text
        nav = "".join(
            f'<li{" class=active" if c.key == current else ""}><a href="{listing_path(c.key, 1)}">'
            f"{escape(c.name)}</a></li>"
            for c in self.cats
        )
        return f"""<!DOCTYPE html>
<html lang="{self.lang}"><head><meta charset="utf-8">
<title>{escape(title)}-{escape(t["site"])}</title>
<meta name="keywords" content="{escape(t["site"])}">
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div class="top"><div class="welcome">{escape(t["welcome"])}</div>
<div class="lang"><a href="{self.other_edition_url}/">{t["switch"]}</a></div></div>
<div class="header"><a class="logo" href="/"><img src="/images/logo.png" alt="{escape(t["site"])}"></a></div>
<div class="nav"><ul><li><a href="/">{t["home"]}</a></li>{nav}</ul></div>
<div class="main">{main}</div>
<div class="footer"><p>{escape(t["copyright"])}</p><p><a href="https://beian.miit.gov.cn/">滇ICP备00000000号</a></p></div>
</body></html>"""

    def home(self) -> str:
        items = "".join(f'<li><a href="{article_path(a)}">{escape(a.title)}</a></li>' for a in self.articles[:5])
        return self._frame(self.text["home"], f'<div class="index-news"><ul>{items}</ul></div>')

    def members(self, key: str) -> list[ArticleSpec]:
        return [a for a in self.articles if key in a.categories]

    def pages(self, key: str) -> int:
        return max(1, -(-len(self.members(key)) // PER_PAGE))

    def listing(self, cat: Category, page: int) -> str:
        members = self.members(cat.key)[(page - 1) * PER_PAGE : page * PER_PAGE]
        items = "".join(
            f'<li><a href="{article_path(a)}" title="{escape(a.title)}">{escape(a.title)}</a>'
            f'<span class="date">{a.published:%Y-%m-%d}</span></li>'
            for a in members
        )
        last = self.pages(cat.key)
        pager = [f'<a href="{listing_path(cat.key, 1)}">{"First" if self.lang == "en" else "首页"}</a>']
        if page > 1:
            pager.append(f'<a href="{listing_path(cat.key, page - 1)}">{"Prev" if self.lang == "en" else "上一页"}</a>')
        # A window of page numbers around this one, as CMS pagers show (not all 500 of them).
        for number in range(max(1, page - 4), min(last, page + 4) + 1):
            pager.append(
                f'<span class="current">{number}</span>'
                if number == page
                else f'<a href="{listing_path(cat.key, number)}">{number}</a>'
            )
        if page < last:
            pager.append(f'<a href="{listing_path(cat.key, page + 1)}">{"Next" if self.lang == "en" else "下一页"}</a>')
        pager.append(f'<a href="{listing_path(cat.key, last)}">{"Last" if self.lang == "en" else "尾页"}</a>')
        crumb = f'<div class="position">{self.text["location"]}<a href="/">{self.text["home"]}</a> &gt; {escape(cat.name)}</div>'
        return self._frame(
            cat.name,
            f'{crumb}<div class="news-list"><ul>{items}</ul></div><div class="pager">{" ".join(pager)}</div>',
            cat.key,
        )

    def article(self, index: int) -> str:
        a, t = self.articles[index], self.text
        cat = next(c for c in self.cats if c.key == a.categories[-1])
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
        if index % 3 == 0:  # some articles carry a photo between their paragraphs
            paragraphs = paragraphs.replace("</p>", f'</p><p><img src="/uploads/{a.article_id}.jpg" alt=""></p>', 1)
        related = "".join(
            f'<li><a href="{article_path(r)}">{escape(r.title)}</a></li>' for r in self.articles[index + 1 : index + 4]
        )
        prev_next = []
        if index > 0:
            prev_next.append(
                f'<p>{t["prev"]}<a href="{article_path(self.articles[index - 1])}">{escape(self.articles[index - 1].title)}</a></p>'
            )
        if index + 1 < len(self.articles):
            prev_next.append(
                f'<p>{t["next"]}<a href="{article_path(self.articles[index + 1])}">{escape(self.articles[index + 1].title)}</a></p>'
            )
        views = 100 + index * 13
        main = f"""<div class="position">{t["location"]}<a href="/">{t["home"]}</a> &gt; <a href="{listing_path(cat.key, 1)}">{escape(cat.name)}</a></div>
<div class="newsdes">
<h1 class="news-title">{escape(a.title)}</h1>
<div class="news-info"><span>{t["source"]}{escape(a.source_raw or "")}</span>
<span>{t["author"]}{escape(a.author or "")}</span>
<span>{t["date"]}{a.published:%Y-%m-%d %H:%M:%S}</span>
<span class="views">{t["views"]}{views}</span></div>
<div class="news-content">{paragraphs}</div>
<div class="news-keywords">{t["keywords"]}{escape(", ".join(a.keywords))}</div>
<div class="related"><h3>{t["related"]}</h3><ul>{related}</ul></div>
<div class="prev-next">{"".join(prev_next)}</div>
</div>"""
        return self._frame(a.title, main)

    def routes(self) -> dict[str, Page]:
        routes = {
            "/": html_page(self.home()),
            "/robots.txt": Page(b"User-agent: *\nDisallow: /admin/\n", headers={"Content-Type": "text/plain"}),
        }
        for cat in self.cats:
            for page in range(1, self.pages(cat.key) + 1):
                routes[listing_path(cat.key, page)] = html_page(self.listing(cat, page))
        for index, article in enumerate(self.articles):
            routes[article_path(article)] = html_page(self.article(index))
        return routes


def _republish(articles: list[ArticleSpec]) -> None:
    """Like the real portal, the replica reposts: its two oldest articles are edited copies of newer ones."""
    if len(articles) < 6:  # too few to spare any
        return
    zh = articles[0].language == "zh"
    for copy, original in ((articles[-1], articles[2]), (articles[-2], articles[3])):
        copy.title = f"{original.title}（转载）" if zh else f"{original.title} (reprint)"
        copy.paragraphs = [*original.paragraphs, "（编者按：本文有删节。）" if zh else "Editor's note: abridged."]
        copy.source_raw, copy.source, copy.reprinted = (
            ("转载自新华网", "新华网", True)
            if zh
            else ("Reprinted from Xinhua News Agency", "Xinhua News Agency", True)
        )
        own = "昆明市保安协会" if zh else "Kunming Security Association"
        original.source_raw, original.source, original.reprinted = own, own, False


def build_replica(
    en_url: str, zh_url: str, per_edition: int = 24, seed: int = 7
) -> tuple[dict[str, Page], dict[str, Page], list[ArticleSpec]]:
    """Routes of the English and Chinese editions, and the articles they hold (ground truth)."""
    en_articles, zh_articles = make_articles(per_edition, "en", seed), make_articles(per_edition, "zh", seed)
    for articles in (en_articles, zh_articles):
        _republish(articles)
    en = Edition("en", en_articles, zh_url)
    zh = Edition("zh", zh_articles, en_url)
    return en.routes(), zh.routes(), en.articles + zh.articles


def category_names(article: ArticleSpec) -> list[str]:
    """The listings that show the article."""
    names = {c.key: c.name for c in categories(article.language)}
    return sorted(names[key] for key in article.categories)


def page_category_names(article: ArticleSpec) -> list[str]:
    """The category the article page's own breadcrumb names (its last listing)."""
    names = {c.key: c.name for c in categories(article.language)}
    return [names[article.categories[-1]]]
