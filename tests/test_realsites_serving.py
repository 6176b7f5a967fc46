"""bench/realsites.py serves a built site the way GitHub Pages does."""

from __future__ import annotations

import http.client
from pathlib import Path
from urllib.parse import urlsplit

from bench.realsites import serve_site


def fetch(base: str, path: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_github_pages_resolution_404_page_and_origin_rewriting(tmp_path: Path) -> None:
    (tmp_path / "posts" / "中文").mkdir(parents=True)
    (tmp_path / "index.html").write_text('<a href="https://example.org/posts/x">x</a>', encoding="utf-8")
    (tmp_path / "posts" / "x.html").write_text("x page", encoding="utf-8")
    (tmp_path / "posts" / "中文" / "index.html").write_text("zh page", encoding="utf-8")
    (tmp_path / "404.html").write_text("not here", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG https://example.org")
    with serve_site(tmp_path, origins=("https://example.org",)) as base:
        status, headers, body = fetch(base, "/")
        assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
        assert body.decode() == f'<a href="{base}/posts/x">x</a>'  # the real origin became the loopback one
        assert fetch(base, "/posts/x")[2] == b"x page"  # /x serves x.html
        assert fetch(base, "/posts/x.html")[2] == b"x page"
        status, headers, _ = fetch(base, "/posts/%E4%B8%AD%E6%96%87")
        assert status == 301 and headers["location"] == "/posts/%E4%B8%AD%E6%96%87/"
        assert fetch(base, "/posts/%E4%B8%AD%E6%96%87/")[2] == b"zh page"
        assert fetch(base, "/posts/")[:1] == (404,)  # no index.html: no directory listing
        status, _, body = fetch(base, "/nope/")
        assert (status, body) == (404, b"not here")
        assert fetch(base, "/../../etc/passwd")[0] == 404
        assert fetch(base, "/logo.png")[2] == b"\x89PNG https://example.org"  # binary bodies untouched


def test_a_site_can_declare_its_own_charset(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_bytes("<p>新闻</p>".encode("gbk"))
    with serve_site(tmp_path, charset="gbk") as base:
        status, headers, body = fetch(base, "/")
    assert status == 200 and headers["content-type"] == "text/html; charset=gbk" and body.decode("gbk") == "<p>新闻</p>"


def test_an_origin_written_with_escaped_slashes_is_rewritten_too(tmp_path: Path) -> None:
    # Zola's templates escape every attribute: the origin reaches the page as "https:&#x2F;&#x2F;host".
    (tmp_path / "index.html").write_text(
        '<a href="https:&#x2F;&#x2F;example.org&#x2F;post&#x2F;">p</a> <a href="https://example.org/a/">a</a>',
        encoding="utf-8",
    )
    with serve_site(tmp_path, origins=("https://example.org",)) as base:
        body = fetch(base, "/")[2].decode()
    escaped = base.replace("/", "&#x2F;")
    assert body == f'<a href="{escaped}&#x2F;post&#x2F;">p</a> <a href="{base}/a/">a</a>'
