"""A title-only post beside a "Read more" box (held-out hugo-sjtug, session 9).

An announcement whose Markdown holds no text: the theme's ``<article>`` holds the header alone (headline,
date, author, tag) and an empty content section; the page around it holds the site's "Read more" box of
four other posts and the share links. The box was taken as the post's text. Pages written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article
from archiver.validation import problems

CAPTURED = datetime(2026, 12, 2, tzinfo=UTC)
URL = "http://lug.test/post/news/2016-03-17-founded/"
BOX = (
    "<ul id='post-list' class='archive readmore'><h3>Read more</h3>"
    + "".join(
        f"<li><a href='/post/news/{slug}/'>{name}<aside class='dates'>{shown}</aside></a></li>"
        for slug, name, shown in [
            ("2026-04-13-maintenance", "镜像站四月维护公告", "Apr 13"),
            ("2026-03-24-maintenance", "镜像站三月维护公告", "Mar 24"),
            ("2026-02-02-maintenance", "镜像站二月维护公告", "Jan 29"),
            ("2025-11-10-network-fault", "集群网络故障说明", "Nov 10"),
        ]
    )
    + "</ul>"
)


def _page(text: str) -> str:
    return (
        "<html><head><title>校园镜像站成立 · Campus LUG</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/post/'>Archive</a></nav><section id='wrapper'>"
        "<article class='post'><header><h1>校园镜像站成立</h1><h2 class='headline'>March 17, 2016<br>"
        "<i class='fa fa-user'></i> lin<br><a href='/tags/news'>news</a></h2></header>"
        f"<section id='post-body'>{text}</section></article>"
        "<footer id='post-meta'><a href='https://social.example/lug'>Campus LUG</a>"
        "<a class='share' href='https://social.example/share'>Share</a></footer>"
        f"{BOX}<footer id='footer'><p class='small'>© Copyright 2026 Campus LUG</p></footer>"
        "</section></body></html>"
    )


def test_a_post_with_no_text_has_no_body_and_is_kept() -> None:
    """Before: the body was the "Read more" box ("Read more 镜像站四月维护公告 …")."""
    record = extract_article(_page(""), URL, captured_at=CAPTURED)
    assert record["body"] == ""
    assert record["rules"]["body"] == "empty-article"
    assert record["title"] == "校园镜像站成立"
    assert problems(record) == []  # dated, titled: a post, kept with its empty body


def test_a_post_with_text_keeps_it() -> None:
    text = "<p>校园镜像站今天正式上线，提供常用发行版与开发工具的软件源，欢迎同学们试用并反馈问题。</p>"
    record = extract_article(_page(text), URL, captured_at=CAPTURED)
    assert record["body"].startswith("校园镜像站今天正式上线")
    assert "Read more" not in record["body"]


def test_a_post_with_only_an_image_is_no_empty_post() -> None:
    record = extract_article(_page("<p><img src='/images/opening.jpg' alt=''></p>"), URL, captured_at=CAPTURED)
    assert record["rules"]["body"] != "empty-article"
