"""An author meta the site keeps an author page for (held-out pelican-pycontw, session 9).

Pelican's themes show no byline but write ``<meta name=author>`` with the post's first author and
``article:author`` with the URL of the site's own page for that author. A collective credit ("…
contributors", "program team") passes no person-name rule, yet the site indexes its posts by it. Every
page here is written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article

CAPTURED = datetime(2026, 12, 2, tzinfo=UTC)
URL = "https://blog.riverside-py.example/2024-05-01-call-for-talks.html"
PROSE = "社群年會徵稿開始了，歡迎大家分享自己在工作與研究中使用 Python 的經驗，無論是新手心得還是深入的技術主題。"


def _post(author: str, author_page: str | None) -> str:
    page_meta = f"<meta property='article:author' content='{author_page}'>" if author_page else ""
    return (
        "<html><head><meta charset='utf-8'><title>Riverside Py Blog – 年會徵稿開始</title>"
        f"<meta name='author' content='{author}'>{page_meta}"
        "<meta property='article:published_time' content='2024-05-01 09:00:00+08:00'>"
        "<meta property='og:site_name' content='Riverside Py Blog'></head><body>"
        "<article class='single'><header><h1>年會徵稿開始</h1>"
        "<p>Posted on Wed 01 May 2024 in <a href='/category/news.html'>news</a></p></header>"
        f"<div><p>{PROSE * 3}</p></div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("author", "page"),
    [
        ("Riverside Py Blogger contributors", "/author/riverside-py-blogger-contributors.html"),
        ("program team", "https://blog.riverside-py.example/author/program-team.html"),
    ],
)
def test_a_credit_with_the_sites_own_author_page_is_the_author(author: str, page: str) -> None:
    """Before: no author (the credit is no person's name and the page prints no byline)."""
    record = extract_article(_post(author, page), URL, captured_at=CAPTURED)
    assert record["author"] == author
    assert record["rules"]["author"] == "meta:author/page"


@pytest.mark.parametrize(
    ("author", "page"),
    [
        ("program team", None),  # no author page at all
        ("program team", "https://social.example.com/program-team"),  # a profile on another site
        ("program team", "/author/jane-doe.html"),  # another author's page
        ("Riverside Py Blog", "/author/riverside-py-blog.html"),  # the site's own name
    ],
)
def test_without_the_sites_page_for_that_name_a_credit_is_no_author(author: str, page: str | None) -> None:
    record = extract_article(_post(author, page), URL, captured_at=CAPTURED)
    assert record["author"] is None
