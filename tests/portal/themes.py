"""Two page templates unlike the kmabxh replica, both built the way Chinese portals are.

``gov``: an old table-layout CMS, GBK, labels on one line with full-width colons and
``&nbsp;``, a view counter, ``<br>``-separated paragraphs, ``list-3-2.html`` pagination,
no headings at all. ``modern``: HTML5, UTF-8, English, ``?page=N`` pagination, a byline
in the article header, a sidebar of hot news and a share bar.
"""

from __future__ import annotations

from html import escape

from archiver.demo.corpus import ArticleSpec


class GovTheme:
    name = "gov"
    charset = "gbk"
    site = "某某市安全生产协会"

    def __init__(self, categories: list[tuple[str, str]]) -> None:
        self.categories = categories  # (key, name)

    def listing_path(self, key: str, page: int) -> str:
        return f"/list-{key}.html" if page == 1 else f"/list-{key}-{page}.html"

    def article_path(self, article: ArticleSpec) -> str:
        return f"/content/{article.published:%Y%m}/{article.article_id[-6:]}.html"

    def _frame(self, title: str, main: str) -> str:
        menu = "".join(f'<td><a href="{self.listing_path(k, 1)}">{escape(n)}</a></td>' for k, n in self.categories)
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{escape(title)}_{self.site}</title></head><body>
<table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr></table>
<table width="1000" align="center" class="dh"><tr><td><a href="/">网站首页</a></td>{menu}</tr></table>
{main}
<table width="1000" align="center" class="bottom"><tr><td>版权所有：{self.site}&nbsp;&nbsp;地址：某某市某某路1号&nbsp;&nbsp;
<a href="http://www.beian.gov.cn/">备案号</a></td></tr></table></body></html>"""

    def home(self, latest: list[ArticleSpec], extra_links: str) -> str:
        items = "".join(f'<tr><td><a href="{self.article_path(a)}">{escape(a.title)}</a></td></tr>' for a in latest)
        return self._frame(
            "首页",
            f'<table width="1000" align="center"><tr><td>'
            f'<table class="tzgg">{items}</table>{extra_links}</td></tr></table>',
        )

    def listing(
        self,
        key: str,
        name: str,
        page: int,
        pages: int,
        items: list[ArticleSpec],
        extra_links: str,
        hot: list[ArticleSpec],
    ) -> str:
        rows = "".join(
            f'<tr><td width="85%">·<a href="{self.article_path(a)}" target="_blank">{escape(a.title)}</a></td>'
            f"<td>{a.published:%Y-%m-%d}</td></tr>"
            for a in items
        )
        pager = [f"共{pages}页 当前第{page}页"]
        if page > 1:
            pager.append(f'<a href="{self.listing_path(key, 1)}">首页</a>')
            pager.append(f'<a href="{self.listing_path(key, page - 1)}">上一页</a>')
        if page < pages:
            pager.append(f'<a href="{self.listing_path(key, page + 1)}">下一页</a>')
            pager.append(f'<a href="{self.listing_path(key, pages)}">尾页</a>')
        side = "".join(f'<tr><td><a href="{self.article_path(a)}">{escape(a.title)}</a></td></tr>' for a in hot)
        return self._frame(
            name,
            f"""<table width="1000" align="center"><tr>
<td width="250" valign="top" class="left"><table><tr><td class="lmmc">热点新闻</td></tr>{side}</table></td>
<td valign="top"><table width="100%"><tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; {escape(name)}</td></tr></table>
<table width="100%" class="list">{rows}</table>{extra_links}
<table width="100%"><tr><td align="center">{"&nbsp;".join(pager)}</td></tr></table></td></tr></table>""",
        )

    def article(self, a: ArticleSpec, category_name: str, views: int) -> str:
        body = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(p)}" for p in a.paragraphs)
        meta = [
            f"来源：{escape(a.source_raw)}" if a.source_raw else "来源：",
            f"作者：{escape(a.author or '')}",
            f"发布时间：{a.published:%Y年%m月%d日 %H:%M}",
            f"浏览次数：<span id=hits>{views}</span>",
        ]
        keywords = f"<tr><td>关键字：{escape(' '.join(a.keywords))}</td></tr>" if a.keywords else ""
        return self._frame(
            a.title,
            f"""<table width="1000" align="center"><tr><td>
<table width="100%"><tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; {escape(category_name)} &gt;&gt; 正文</td></tr></table>
<table width="100%" cellpadding="5">
<tr><td align="center" style="font-size:20px;font-weight:bold;color:#c00">{escape(a.title)}</td></tr>
<tr><td align="center" class="xx">{"&nbsp;&nbsp;&nbsp;".join(meta)}</td></tr>
<tr><td><div id="zoom">{body}</div></td></tr>
{keywords}
<tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>""",
        )


class ModernTheme:
    name = "modern"
    charset = "utf-8"
    site = "Riverside Safety Federation"

    def __init__(self, categories: list[tuple[str, str]]) -> None:
        self.categories = categories

    def listing_path(self, key: str, page: int) -> str:
        return f"/section/{key}/" if page == 1 else f"/section/{key}/?page={page}"

    def article_path(self, article: ArticleSpec) -> str:
        return f"/stories/{article.article_id[-7:]}"

    def _frame(self, title: str, main: str, aside: str = "") -> str:
        menu = "".join(f'<li><a href="{self.listing_path(k, 1)}">{escape(n)}</a></li>' for k, n in self.categories)
        return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {self.site}</title>
<meta property="og:title" content="{escape(title)}"></head><body>
<header class="site-header"><a class="brand" href="/">{self.site}</a>
<nav class="primary"><ul><li><a href="/">Home</a></li>{menu}</ul></nav></header>
<div class="wrap"><main>{main}</main><aside class="widget-area">{aside}</aside></div>
<footer class="site-footer"><p>© {self.site}</p><a href="/about-us">About us</a> · <a href="https://twitter.com/rsf">Twitter</a></footer>
</body></html>"""

    def home(self, latest: list[ArticleSpec], extra_links: str) -> str:
        cards = "".join(
            f'<div class="card"><h3><a href="{self.article_path(a)}">{escape(a.title)}</a></h3></div>' for a in latest
        )
        return self._frame("Home", f'<section class="latest">{cards}</section>{extra_links}')

    def listing(
        self,
        key: str,
        name: str,
        page: int,
        pages: int,
        items: list[ArticleSpec],
        extra_links: str,
        hot: list[ArticleSpec],
    ) -> str:
        cards = "".join(
            f'<article class="teaser"><h2><a href="{self.article_path(a)}">{escape(a.title)}</a></h2>'
            f'<time datetime="{a.published.isoformat()}">{a.published:%B %d, %Y}</time>'
            f"<p>{escape(a.paragraphs[0][:120])}…</p></article>"
            for a in items
        )
        numbers = " ".join(
            f'<a href="{self.listing_path(key, n)}">{n}</a>' if n != page else f"<span>{n}</span>"
            for n in range(1, pages + 1)
        )
        nxt = f' <a class="next" href="{self.listing_path(key, page + 1)}">Next »</a>' if page < pages else ""
        side = "".join(f'<li><a href="{self.article_path(a)}">{escape(a.title)}</a></li>' for a in hot)
        return self._frame(
            name,
            f'<h1>{escape(name)}</h1><div class="teasers">{cards}</div>{extra_links}'
            f'<nav class="pagination">{numbers}{nxt}</nav>',
            f'<h4>Most read</h4><ul class="popular">{side}</ul>',
        )

    def article(self, a: ArticleSpec, category_name: str, views: int) -> str:
        byline = [
            f"Source: {escape(a.source_raw)}" if a.source_raw else "Source: ",
            f"Author: {escape(a.author or '')}",
            f"Published: {a.published:%Y/%m/%d %H:%M:%S}",
        ]
        tags = "".join(f'<a rel="tag" href="/tag/{escape(k)}">{escape(k)}</a>, ' for k in a.keywords)
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
        return self._frame(
            a.title,
            f"""<article class="story">
<header><p class="kicker"><a href="/">Home</a> / {escape(category_name)}</p><h1>{escape(a.title)}</h1>
<p class="byline">{" | ".join(byline)}</p><p class="counter">{views} views</p></header>
<div class="story-body">{paragraphs}</div>
<footer class="story-footer"><p class="tags">Tags: {tags.rstrip(", ")}</p>
<div class="share">Share: <a href="https://weibo.com/share?u=x">Weibo</a> <a href="https://wechat.com/">WeChat</a></div>
<div class="related"><h3>Related Articles</h3></div></footer></article>""",
            "<h4>Newsletter</h4><p>Subscribe for weekly updates on safety regulation across the region and our association events.</p>",
        )
