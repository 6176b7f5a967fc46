"""Sitemaps, feeds and robots.txt Sitemap lines (archiver.discovery.feeds): untrusted XML, pure."""

from __future__ import annotations

import gzip

from hypothesis import given
from hypothesis import strategies as st

from archiver.discovery.feeds import Listed, gunzipped, parse_feed, parse_sitemap, robots_sitemaps

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>http://portal.test/2024/03/01/a/</loc><lastmod>2024-03-02</lastmod></url>
  <url><loc>http://portal.test/about/</loc></url>
</urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>http://portal.test/post-sitemap.xml.gz</loc></sitemap></sitemapindex>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
  <entry><title>A</title><link href="http://portal.test/a/"/><published>2024-03-01T09:00:00+08:00</published></entry>
  <entry><title>B</title><link rel="alternate" href="/b/"/><updated>2024-03-02</updated></entry></feed>"""
RSS = b"""<rss version="2.0"><channel><title>T</title>
  <item><title>A</title><link>http://portal.test/?p=12</link><pubDate>Fri, 01 Mar 2024 09:00:00 +0800</pubDate></item>
  <item><title>B</title><guid isPermaLink="true">http://portal.test/?p=13</guid></item></channel></rss>"""


def test_sitemaps() -> None:
    assert parse_sitemap(URLSET) == (
        "urlset",
        [Listed("http://portal.test/2024/03/01/a/", "2024-03-02"), Listed("http://portal.test/about/")],
    )
    assert parse_sitemap(INDEX) == ("index", [Listed("http://portal.test/post-sitemap.xml.gz")])
    assert parse_sitemap(gzip.compress(URLSET))[0] == "urlset"  # a .gz sitemap
    assert parse_sitemap(b"<html><body>not found</body></html>") == ("", [])


def test_feeds() -> None:
    assert parse_feed(ATOM) == [
        Listed("http://portal.test/a/", "2024-03-01T09:00:00+08:00"),
        Listed("/b/", "2024-03-02"),
    ]
    assert [entry.url for entry in parse_feed(RSS)] == ["http://portal.test/?p=12", "http://portal.test/?p=13"]


def test_no_entity_is_expanded() -> None:
    """XXE and billion laughs: entities are never resolved, files never read."""
    hostile = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>"""
    _, entries = parse_sitemap(hostile)
    assert all("root:" not in entry.url for entry in entries)


def test_robots_sitemap_lines() -> None:
    robots = b"User-agent: *\nDisallow: /private/\nSitemap: http://portal.test/sitemap.xml\nsitemap:/s2.xml\n"
    assert robots_sitemaps(robots) == ["http://portal.test/sitemap.xml", "/s2.xml"]


def test_gzip_is_bounded() -> None:
    bomb = gzip.compress(b"<" * 5_000_000)
    assert len(gunzipped(bomb, limit=1000)) == 1000


@given(st.binary(max_size=500))
def test_untrusted_bytes_never_crash(data: bytes) -> None:
    parse_sitemap(data)
    parse_feed(data)
    robots_sitemaps(data)
