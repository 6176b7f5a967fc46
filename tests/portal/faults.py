"""A portal with every fault and trap of the reliability suite, besides its ordinary articles."""

from __future__ import annotations

import re

from archiver.demo.server import Page, html_page
from tests.portal.site import PortalFixture, build_portal

FAULTS = {
    # path: (what it does, the failure kind archiver must record, or None when it must simply end)
    "/fault/burst.html": "500 twice, then the page",
    "/fault/reset.html": "connection reset",
    "/fault/truncated.html": "response cut off mid-body",
    "/fault/drip.html": "a byte every half second",
    "/fault/loop-a.html": "redirect loop",
    "/fault/offsite.html": "redirect to another host",
    "/fault/huge.html": "a 50 MB page",
    "/fault/zero.html": "zero-byte response",
    "/fault/binary.html": "binary served as text/html",
    "/fault/deep.html": "nested 5,000 levels deep",
    "/fault/nocharset.html": "GBK page with no charset anywhere",
    "/fault/big5-nocharset.html": "Big5 page with no charset anywhere",
}
# The Big5 page's headline and text (ours, in Traditional characters, as a Taiwanese or Hong Kong portal writes).
BIG5_TITLE = "臺北市保全商業同業公會舉辦年度教育訓練"
BIG5_TEXT = (
    "本會於十一月二十日假會館禮堂舉辦年度教育訓練，會員公司共一百二十家派員參加。理事長致詞時表示，"
    "保全從業人員須熟悉各項法規，並加強緊急應變能力。課程內容包括消防安全、急救訓練及個人資料保護，"
    "結訓學員均獲頒證書。會後並進行座談，與會人員針對夜間巡邏及社區安全等議題交換意見。"
)
EXPECTED_KINDS = {
    "/fault/reset.html": "connection",
    "/fault/truncated.html": "connection",
    "/fault/drip.html": "timeout",
    "/fault/loop-a.html": "redirect-loop",
    "/fault/offsite.html": "offsite",
    "/fault/huge.html": "oversized",
    "/fault/zero.html": "unparsable",
    "/fault/binary.html": "unparsable",
    "/fault/deep.html": "unparsable",
}


def HOSTILE_LINKS(port: int) -> list[str]:
    """Links that must never be requested: IP literals, private ranges, other schemes, other ports."""
    return [
        f"http://127.0.0.3:{port}/",
        "http://192.168.1.1/admin",
        "http://10.0.0.1/",
        "http://169.254.169.254/",
        f"http://[::1]:{port}/",
        f"http://127.0.0.1:{port + 1}/",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "javascript:alert(1)",
        "ftp://127.0.0.1/",
    ]


TRAP_NAV = '<td><a href="/trap/list-1.html">专题报道</a></td><td><a href="/calendar/2024-11.html">活动日历</a></td>'


def _trap(path: str) -> Page | None:
    """Dynamic routes: a listing whose page N always links page N+1, and a calendar that never ends."""
    listing = re.fullmatch(r"/trap/list-(\d+)\.html", path)
    if listing:
        number = int(listing.group(1))
        items = "".join(
            f'<tr><td><a href="/content/202411/50{i}000.html">重复文章标题第{i}条</a></td><td>2024-11-0{i}</td></tr>'
            for i in range(1, 6)
        )
        return html_page(
            f'<html><head><title>专题报道</title></head><body><table class="list">{items}</table>'
            f'<a href="/trap/list-{number + 1}.html">下一页</a></body></html>',
            "gbk",
        )
    month = re.fullmatch(r"/calendar/(\d{4})-(\d{2})\.html", path)
    if month:
        year, mon = int(month.group(1)), int(month.group(2))
        nxt = f"{year + mon // 12}-{mon % 12 + 1:02d}"
        days = "".join(f'<a href="/calendar/{year}-{mon:02d}-{d:02d}.html">{d}</a> ' for d in range(1, 29))
        return html_page(
            f'<html><head><title>活动日历</title></head><body><div class="calendar">{days}</div>'
            f'<a href="/calendar/{nxt}.html">»</a></body></html>',
            "gbk",
        )
    return None


def big5_article(gbk_article: bytes) -> bytes:
    """The portal's article page with our Traditional Chinese headline and text, in Big5, no charset named.

    The portal's furniture stays in its Simplified characters, written as character references where Big5
    has none (网 is &#32593;), as a Big5 page quoting them would."""
    page = gbk_article.decode("gbk").replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "")
    title = re.search(r"<title>(.*?)_", page)
    assert title is not None
    page = page.replace(title.group(1), BIG5_TITLE)
    page = re.sub(r'(<div id="zoom">).*?(</div>)', lambda m: m.group(1) + BIG5_TEXT * 2 + m.group(2), page, flags=re.S)
    return page.encode("big5", "xmlcharrefreplace")


def build_faulty_portal() -> PortalFixture:
    portal = build_portal("gov", count=20, seed=31)
    routes = portal.server.routes
    article = routes[portal.theme.article_path(portal.articles[0])]
    routes.update(
        {
            "/fault/burst.html": Page(article.body, headers=article.headers, fail_first=2),
            "/fault/reset.html": Page(article.body, headers=article.headers, fault="reset"),
            "/fault/truncated.html": Page(article.body, headers=article.headers, fault="truncate"),
            "/fault/drip.html": Page(article.body, headers=article.headers, fault="drip"),
            "/fault/loop-a.html": Page(b"", status=302, headers={"Location": "/fault/loop-b.html"}),
            "/fault/loop-b.html": Page(b"", status=302, headers={"Location": "/fault/loop-a.html"}),
            "/fault/offsite.html": Page(b"", status=301, headers={"Location": "http://10.0.0.1/internal"}),
            "/fault/huge.html": Page(b"<html><body>" + b"<p>x</p>" * 6_600_000 + b"</body></html>"),
            "/fault/zero.html": Page(b"", headers={"Content-Type": "text/html"}),
            "/fault/binary.html": Page(bytes(range(256)) * 256, headers={"Content-Type": "text/html; charset=utf-8"}),
            "/fault/deep.html": html_page(
                "<html><body>" + "<div>" * 5000 + "<p>deep text</p>" + "</div>" * 5000 + "</body></html>"
            ),
            "/fault/nocharset.html": Page(
                article.body.replace(b"charset=gb2312", b""), headers={"Content-Type": "text/html"}
            ),
            "/fault/big5-nocharset.html": Page(big5_article(article.body), headers={"Content-Type": "text/html"}),
        }
    )
    links = "".join(f'<a href="{path}">故障{index}号</a> ' for index, path in enumerate(FAULTS))
    port = portal.server.server_address[1]
    links += "".join(f'<a href="{href}">外部链接{index}</a> ' for index, href in enumerate(HOSTILE_LINKS(port)))
    home = (
        routes["/"]
        .body.decode("gbk")
        .replace('<td><a href="/">网站首页</a></td>', '<td><a href="/">网站首页</a></td>' + TRAP_NAV)
    )
    listing_path = portal.theme.listing_path(portal.categories[0][0], 1)
    listing = routes[listing_path].body.decode("gbk").replace('<p class="more">', f'<p class="more">{links}')
    routes["/"] = html_page(home, "gbk")
    routes[listing_path] = html_page(listing, "gbk")
    portal.server.fallback = _trap
    return portal
