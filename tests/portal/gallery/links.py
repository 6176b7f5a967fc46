"""The link graph of a gallery portal as a reader (not a crawler) sees it: anchors, plus the
pages a government CMS's ``createPageHTML(total, current, prefix, ext)`` script would write.

Used by the truth self-consistency test: every truth article must be reachable from the
start page, so a crawler that misses one has no excuse in the portal."""

from __future__ import annotations

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html

from tests.portal.gallery.model import GallerySite

_SCRIPT_PAGER = re.compile(r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[\"'](\w+)[\"']\s*,\s*[\"'](\w+)[\"']\s*\)")


def links_of(html: bytes, page_url: str) -> list[str]:
    """Absolute URLs a page links to (fragments dropped), script-pager pages included."""
    if not html.strip():
        return []
    tree = lxml.html.fromstring(html)
    urls = [urljoin(page_url, href) for href in tree.xpath("//a/@href")]
    for script in tree.xpath("//script/text()"):
        for total, _current, prefix, ext in _SCRIPT_PAGER.findall(script):
            urls += [
                urljoin(page_url, f"{prefix}.{ext}" if n == 0 else f"{prefix}_{n}.{ext}") for n in range(int(total))
            ]
    return [url.split("#")[0] for url in urls]


def reachable(site: GallerySite, base: str) -> set[str]:
    """Paths (with query) of served HTML pages reachable from the start page."""
    seen = {site.start_path}
    queue = deque([site.start_path])
    host = urlsplit(base).netloc
    while queue:
        path = queue.popleft()
        page = site.routes.get(path)
        if page is None or page.status != 200 or "html" not in page.headers.get("Content-Type", ""):
            continue
        for url in links_of(page.body, base + path):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen
