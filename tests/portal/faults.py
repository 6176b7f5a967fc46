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
}
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
