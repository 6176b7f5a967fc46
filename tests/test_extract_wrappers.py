"""Class and id words are hints, never vetoes: a theme word on a wrapper must not blank a page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.extract import extract_article
from archiver.extract.body import NEGATIVE_TOKENS, find_content, in_boilerplate, is_boilerplate
from archiver.extract.html import parse_html

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)
ARTICLE = (
    "<h1>Volunteers repaint the old harbour school</h1>"
    "<p>Forty volunteers spent Saturday repainting the old harbour school, which reopens in March "
    "after two years of repairs, and the council thanked them at a small ceremony.</p>"
    "<p>The school, built in 1911, will house a library, a workshop and two classrooms for adult "
    "evening courses, according to the plans shown to parents last week.</p>"
)
NAV = '<nav class="site-nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About us</a></nav>'
FOOTER = '<footer class="site-footer"><p>Copyright 2026 Harbour Town Council, all rights reserved.</p></footer>'
SHARE = '<div class="share-bar">Share this: <a href="https://x.example/s">X</a> <a href="https://m.example/s">Mail</a></div>'


def page(html_attrs: str, body_attrs: str, wrap_open: str, wrap_close: str) -> str:
    return (
        f"<html {html_attrs}><head><title>Volunteers repaint the old harbour school</title></head>"
        f"<body {body_attrs}>{NAV}{wrap_open}<div class='inner'>{ARTICLE}{SHARE}</div>{wrap_close}{FOOTER}"
        "</body></html>"
    )


WRAPPED = {
    "theme-next on html": page('class="theme-next use-motion"', "", "", ""),
    "__next root div": page("", "", '<div id="__next">', "</div>"),
    "page sidebar-left body": page("", 'class="page sidebar-left"', "", ""),
    "position wrapper": page("", "", '<div class="position">', "</div>"),
    "asp.net form": page("", "", '<form id="form1" method="post" action="./a.aspx">', "</form>"),
    "ad margins wrapper": page("", "", '<div class="Page-ad-margins">', "</div>"),
    "has_site_logo body": page("", 'class="has_site_logo"', "", ""),
}


@pytest.mark.parametrize("html", WRAPPED.values(), ids=WRAPPED.keys())
def test_wrapper_words_keep_the_whole_body(html: str) -> None:
    record = extract_article(html, "https://harbour.example/news/2026/school.html", captured_at=CAPTURED)
    body = record["body"]
    assert body.startswith("Forty volunteers spent Saturday")
    assert body.endswith("shown to parents last week.")
    assert "Copyright" not in body and "About us" not in body and "Share this" not in body
    assert record["title"] == "Volunteers repaint the old harbour school"


@pytest.mark.parametrize("html", WRAPPED.values(), ids=WRAPPED.keys())
def test_furniture_inside_a_flagged_wrapper_is_still_furniture(html: str) -> None:
    root, _ = parse_html(html)
    nav_link = root.xpath("//nav//a")[0]
    footer = root.xpath("//footer")[0]
    assert in_boilerplate(nav_link) and is_boilerplate(footer)
    article_paragraph = root.xpath("//p")[0]
    assert not in_boilerplate(article_paragraph)
    content = find_content(root)
    assert content is not None and "Forty volunteers" in content.text_content()


def test_a_real_sidebar_still_loses_to_the_article() -> None:
    sidebar = (
        '<div class="sidebar"><p>Our newsletter brings the week in harbour news, events, '
        "tide tables, ferry changes, council decisions and more, every Friday morning.</p></div>"
    )
    html = page("", "", "", sidebar)
    root, _ = parse_html(html)
    content = find_content(root)
    assert content is not None and "Forty volunteers" in content.text_content()
    assert "newsletter" not in content.text_content()


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(sorted(NEGATIVE_TOKENS)),
    where=st.sampled_from(["html", "body", "div-class", "div-id"]),
    wrapper_tag=st.sampled_from(["div", "form", "section", "header", "aside", "nav", "footer"]),
)
def test_no_single_word_or_tag_on_a_wrapper_blanks_the_page(word: str, where: str, wrapper_tag: str) -> None:
    html_attrs = f'class="{word}"' if where == "html" else ""
    body_attrs = f'class="x-{word}"' if where == "body" else ""
    attr = f'id="{word}"' if where == "div-id" else f'class="{word}-wrap"' if where == "div-class" else ""
    html = page(html_attrs, body_attrs, f"<{wrapper_tag} {attr}>", f"</{wrapper_tag}>")
    record = extract_article(html, "https://harbour.example/news/school.html", captured_at=CAPTURED)
    assert record["body"].startswith("Forty volunteers spent Saturday")
    assert "Copyright" not in record["body"]
