"""Sitemaps and feeds: pages a site lists for machines. Pure, no Scrapy.

They are extra sources beside the navigation, never instead of it: a sitemap names every
page a site wants indexed (about and contact pages too), a feed names its recent posts.
Both are untrusted XML: parsed with entity resolution and network access off, with lxml's
recovery for the malformed ones real sites serve, and gzip bounded before decompression.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass

from lxml import etree

from archiver.normalize import is_zero_date

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemaps protocol's own limit for one file, uncompressed
_SITEMAP_LINE = re.compile(rb"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Listed:
    """A URL a sitemap or feed names, with the date it gives (lastmod, published, updated)."""

    url: str
    date: str | None = None

    @property
    def declared_undated(self) -> bool:
        """The entry's date is a generator's zero date: Hugo's feed lists every page of the site, its about,
        contact and thank-you pages dated ``Mon, 01 Jan 0001``. The feed names such a page, not a post."""
        return is_zero_date(self.date)


def robots_sitemaps(robots_txt: bytes) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt (RFC 9309 lets a parser stop at 500 KiB)."""
    return list(
        dict.fromkeys(m.group(1).decode("utf-8", "replace") for m in _SITEMAP_LINE.finditer(robots_txt[: 500 * 1024]))
    )


def gunzipped(body: bytes, limit: int = MAX_XML_BYTES) -> bytes:
    """``body`` decompressed when it is gzip (a ``.gz`` sitemap), never past ``limit`` bytes."""
    if body[:2] != b"\x1f\x8b":
        return body[:limit]
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
        try:
            return stream.read(limit)
        except (OSError, EOFError):
            return b""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _root(body: bytes) -> etree._Element | None:
    try:
        return etree.fromstring(gunzipped(body), parser=_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None


def parse_sitemap(body: bytes) -> tuple[str, list[Listed]]:
    """``("index", child sitemaps)`` or ``("urlset", pages)``; ``("", [])`` for anything else."""
    root = _root(body)
    if root is None:
        return "", []
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        return "", []
    found = []
    for entry in root:
        values = {_local(child.tag): (child.text or "").strip() for child in entry}
        if values.get("loc"):
            found.append(Listed(values["loc"], values.get("lastmod") or None))
    return ("index" if kind == "sitemapindex" else "urlset"), found


def parse_feed(body: bytes) -> list[Listed]:
    """The entries of an RSS 2.0, RSS 1.0 or Atom feed: link and date, in feed order."""
    root = _root(body)
    if root is None:
        return []
    found = []
    for entry in root.iter():
        if _local(entry.tag) not in ("item", "entry"):
            continue
        link, date = None, None
        for child in entry:
            name = _local(child.tag)
            if name == "link":
                href = child.get("href")
                rel = child.get("rel", "alternate")
                if href and rel == "alternate":
                    link = link or href.strip()
                elif child.text and child.text.strip():
                    link = link or child.text.strip()
            elif name in ("pubdate", "published", "date", "updated", "issued") and child.text:
                date = date or child.text.strip()
            elif (
                name == "guid"
                and child.get("isPermaLink", "true") != "false"
                and not link
                and (child.text or "").strip().startswith(("http://", "https://", "/"))
            ):
                link = (child.text or "").strip()
        if link:
            found.append(Listed(link, date))
    return found
