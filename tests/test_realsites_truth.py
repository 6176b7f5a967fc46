"""The real-sites truth recipes' readers (bench/realsites_truth.py), on pages written for these tests.

Each test is a defect of a recipe measured on the built sites (docs/realsites.md, "How the truth
was built"): a search index's escaped text and glued code line numbers, a header of metadata lines
kept as text, and a CMS's first paragraph lost with the element before it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from bench.realsites_truth import (
    CODE_GUTTER,
    cms_shirui,
    html_fragment_text,
    jalali_to_gregorian,
    nwpu_bbic_body,
    page_bodies,
    reachable_pages,
    wordpress_posts,
)

GUTTER = "".join(f"<span class='line'>{n}</span><br>" for n in range(1, 4))
CODE = "".join(f"<span class='line'>{line}</span><br>" for line in ("#include &lt;stdio.h&gt;", "int main()", "{}"))
HIGHLIGHT = (
    f"<figure class='highlight c'><table><tr><td class='gutter'><pre>{GUTTER}</pre></td>"
    f"<td class='code'><pre>{CODE}</pre></td></tr></table></figure>"
)


HEAD = "<html><head><meta charset='utf-8'></head><body><article>"


def _write(site: Path, path: str, html: str, encoding: str = "utf-8") -> None:
    file = site / path.strip("/") / "index.html" if path.endswith("/") else site / path.strip("/")
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(html.encode(encoding))


def test_a_search_index_fragment_without_the_code_gutter() -> None:
    text = html_fragment_text(f"<p>Hello in C:</p>{HIGHLIGHT}<p>Done.</p>", drop=(CODE_GUTTER,))
    assert text.split("\n") == ["Hello in C:", "#include <stdio.h>", "int main()", "{}", "Done."]


def test_hexo_bodies_are_the_pages_text_not_the_escaped_glued_index(tmp_path: Path) -> None:
    """content.json's ``text`` glues the gutter to the code (``123#include``) and keeps ``&lt;``."""
    page = HEAD + "<div class='article-entry'><p>Hello in C:</p>{}</div></article></body></html>"
    _write(tmp_path, "/hello/", page.format(HIGHLIGHT))
    _write(tmp_path, "/plain/", page.format("<p>Tom &amp; Jerry</p>"))
    index = {"/hello/": "Hello in C: 123#include &lt;stdio.h&gt;int main(){}", "/plain/": "Hello in C: Tom &amp; Jerry"}
    bodies, agreement = page_bodies(tmp_path, index, "div.article-entry", CODE_GUTTER)
    assert bodies["/hello/"] == "Hello in C:\n#include <stdio.h>\nint main()\n{}"
    assert bodies["/plain/"] == "Hello in C:\nTom & Jerry"
    assert agreement.endswith("1.0000 over 1 posts")  # only the post without code is compared


def test_nwpu_bbic_posts_without_their_own_metadata_header(tmp_path: Path) -> None:
    """The Markdown header (heading repeating the title, 时间, 关键词) is the post's metadata; a
    heading that is not the title and the text's own lines stay."""
    prose = (
        "<h2><center>获批教材建设项目</center></h2><h4>时间：2024-7-09</h4><h4>关键词：项目，团队要闻</h4>"
        "<p>本团队获批教材建设项目。</p><h4>时间：第二阶段在九月</h4>"
    )
    _write(
        tmp_path,
        "/news/a/",
        HEAD + f"<div class='prose'>{prose}</div></article></body></html>",
    )
    body, day = nwpu_bbic_body(tmp_path, "/news/a/", "获批教材建设项目")
    assert (body, day) == ("本团队获批教材建设项目。\n时间：第二阶段在九月", "2024-07-09")
    subtitled = prose.replace("<center>获批教材建设项目</center>", "团队获批项目")
    _write(
        tmp_path,
        "/news/b/",
        HEAD + f"<div class='prose'>{subtitled}</div></article></body></html>",
    )
    assert nwpu_bbic_body(tmp_path, "/news/b/", "获批教材建设项目")[0].startswith("团队获批项目\n本团队")


def test_cms_shirui_keeps_the_text_right_after_the_date_line(tmp_path: Path) -> None:
    """The CMS writes the article's first text as the tail of ``div.info``; a text wrapped in a second
    ``<h1>`` is the article's too."""
    page = (
        "<html><head><meta charset='gbk'></head><body><div class='title1'><span class='fr'><a href='/'>首页</a>"
        "<a href='/news/'>新闻</a></span></div><div class='content-detail'><h1>验厂标准简述</h1>"
        "<div class='info'><span>发布日期：2014-07-16 16:52 点击：12 次</span></div>"
        "沃尔玛要求供应商通过验厂。<br>标准如下：{extra}<div class='catlist_sp'> </div>"
        "<div><ul><li><strong>上一个：</strong></li><li><strong>下一个：</strong><a href='/news/news2.html'>下一篇</a>"
        "</li></ul></div></div></body></html>"
    )
    _write(tmp_path, "/news/news1.html", page.format(extra=""), "gbk")
    _write(tmp_path, "/news/news3.html", page.format(extra="<h1><div><p>第二段。</p></div></h1>"), "gbk")
    posts = {post["path"]: post for post in cms_shirui(None, tmp_path)["posts"]}  # type: ignore[arg-type]
    assert posts["/news/news1.html"]["body"] == "沃尔玛要求供应商通过验厂。\n标准如下："
    assert posts["/news/news3.html"]["body"].endswith("标准如下：\n第二段。")
    assert posts["/news/news1.html"]["date"] == "2014-07-16"
    assert json.dumps(posts)  # the truth is JSON


def test_hugo_bodies_without_chromas_line_numbers(tmp_path: Path) -> None:
    """Hugo's index.json keeps Chroma's gutter as words (``1 2 x = 1``); the page shows it beside the code."""
    gutter = "".join(f"<span class='lnt'>{n}\n</span>" for n in (1, 2))
    chroma = (
        f"<table class='lntable'><tr><td class='lntd'><pre class='chroma'><code>{gutter}</code></pre></td>"
        "<td class='lntd'><pre class='chroma'><code><span class='line'>x = 1\n</span><span class='line'>y = 2\n</span>"
        "</code></pre></td></tr></table>"
    )
    _write(tmp_path, "/posts/a/", HEAD.replace("<article>", f"<article class='single__contents'><p>Code:</p>{chroma}"))
    bodies, _ = page_bodies(tmp_path, {"/posts/a/": "Code: 1 2 x = 1 y = 2"}, "article.single__contents", "span.lnt")
    assert bodies["/posts/a/"].split("\n") == ["Code:", "x = 1", "y = 2"]


def test_a_wordpress_post_whose_head_breaks_the_parse_is_still_a_post(tmp_path: Path) -> None:
    """A description with unescaped quotes ends its attribute early: the rest is text in the <head>, where
    libxml2 opens a body of its own and drops the page's ``<body class="single-post postid-N">``. The
    post's two saved copies are still one post, under the path its og:url names."""
    broken_head = (
        "<html><head><meta charset='utf-8'><meta property='og:url' content='https://example.org/2014/11/storm/'>"
        '<meta property="og:description" content="Join "#14N > Pirates" at 21:00 >>NOT BEFORE<<...">'
        "</head>"
    )
    plain_head = "<html><head><meta charset='utf-8'></head>"
    post = (
        '<body class="post-template-default single single-post postid-3735">'
        "<article><h1 class='entry-title'>Storm how-to</h1>"
        "<time class='entry-date' datetime='2014-11-13T07:50:59+01:00'>13 Nov</time>"
        "<div class='entry-content'><p>Bring the strike online.</p></div></article></body></html>"
    )
    _write(tmp_path, "/2014/11/storm/", broken_head + post)
    _write(tmp_path, "/2014/11/13/storm/", plain_head + post)
    posts, ignored = wordpress_posts(tmp_path, None)
    assert [p["path"] for p in posts] == ["/2014/11/storm/"]
    assert posts[0]["title"] == "Storm how-to" and posts[0]["date"] == "2014-11-13"
    assert [i["path"] for i in ignored] == ["/2014/11/13/storm/"]


def test_the_link_walk_reads_a_double_slash_after_the_sites_origin_as_a_path(tmp_path: Path) -> None:
    """hugo-iggg's menu links read ``https://iggg.github.io/new.iggg.org//news``: after the site's own origin,
    ``//news`` is the path /news (the server answers it so), not a protocol-relative link to a host "news"."""
    origin = "https://example.org/club"
    home = f"<html><body><a href='{origin}//news'>News</a><a href='//elsewhere.org/x'>x</a></body></html>"
    _write(tmp_path, "/", home)
    _write(tmp_path, "/news/", "<html><body><a href='/news/post/'>A post</a></body></html>")
    _write(tmp_path, "/news/post/", "<html><body><p>Text</p></body></html>")
    _write(tmp_path, "/x/", "<html><body><p>Not linked from the site</p></body></html>")
    reached = {page.relative_to(tmp_path).as_posix() for page in reachable_pages(tmp_path, "/", [origin])}
    assert reached == {"index.html", "news/index.html", "news/post/index.html"}


def test_solar_hijri_dates_as_tehlug_prints_them() -> None:
    """flask-tehlug's pages show only the Jalali date; the truth's Gregorian day is checked against it."""
    assert jalali_to_gregorian(1386, 8, 2) == date(2007, 10, 24)  # Aban 2, 1386
    assert jalali_to_gregorian(1392, 10, 17) == date(2014, 1, 7)  # Dey 17, 1392
    assert jalali_to_gregorian(1399, 12, 30) == date(2021, 3, 20)  # the leap year's last day
    assert jalali_to_gregorian(1400, 1, 1) == date(2021, 3, 21)
