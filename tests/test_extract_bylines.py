"""Authors from author-specific signals: a byline's marked author links, an author meta's handle.

Every page here is written for the test, after failures measured on held-out real sites (session 8):
a Hexo theme whose byline holds the date, one avatar link per author (a GitHub handle) and the
post's category and tag badges (hexo-kaiyuanshe), and a Jekyll theme that writes the writer's handle
in ``<meta name=author>`` and nothing visible (jekyll-ustclug, Minimal Mistakes).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import html as lxml_html

from archiver.extract import extract_article
from archiver.extract.authors import author_meta_handle
from archiver.extract.bylines import is_author_mark, is_taxonomy_link, marked_authors, texts_without_taxonomy

CAPTURED = datetime(2026, 12, 2, tzinfo=UTC)
ZH_PROSE = "社区的同学们在周六下午聚在一起，讨论了自由软件的历史、开源许可证的选择，以及怎样给上游项目提交第一个补丁。"


def extract(html: str, url: str = "http://127.0.0.1:8000/activity/salon/meetup/") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


def _author_link(handle: str) -> str:
    return (
        f"<a class='author-link ml-3' href='https://code.example.org/{handle}'>"
        f"<img class='avatar mr-2' src='https://code.example.org/{handle}.png' alt='{handle}'> {handle}</a>"
    )


def _badges(*terms: tuple[str, str]) -> str:
    return "<span>" + "".join(f"<a class='badge badge-primary' href='{h}'>{t}</a>" for t, h in terms) + "</span>"


def _post(byline: str, text: str = f"<p>{ZH_PROSE * 3}</p>", head: str = "") -> str:
    return (
        f"<html><head><base href='/'><title>开源小站</title>{head}</head><body>"
        "<section class='page-section blog-post'><div class='container'><h1>校园行走进理工大学</h1>"
        f"<div class='blog-byline mt-2'><span class='blog-index-time'>2019-08-08 17:34:14</span>{byline}</div>"
        f"<main class='markdown-body'>{text}</main></div></section></body></html>"
    )


BADGES = _badges(
    ("Activity", "categories/Activity/"), ("Salon", "categories/Activity/Salon/"), ("Linux", "tags/Linux/")
)


@pytest.mark.parametrize("handle", ["cynbarby", "tedliu1", "will-ww"])
def test_a_handle_in_the_bylines_author_link_is_the_author(handle: str) -> None:
    """The author link holds an avatar and a lower-case handle, which no name rule reads as a person's;
    the link's own author mark makes it a name (before: no author)."""
    record = extract(_post(_author_link(handle) + BADGES))
    assert record["authors"] == [handle]
    assert record["rules"]["author"] == "byline"


def test_the_bylines_category_and_tag_badges_are_no_names() -> None:
    """A capitalised handle beside capitalised badges: only the handle (before: every badge a name too)."""
    record = extract(_post(_author_link("TechQuery") + BADGES))
    assert record["authors"] == ["TechQuery"]


def test_every_author_link_of_a_byline_is_an_author() -> None:
    record = extract(_post(_author_link("leonchen") + _author_link("sssuyx") + BADGES))
    assert record["authors"] == ["leonchen", "sssuyx"]


def test_the_bylines_author_beats_an_author_line_atop_the_text() -> None:
    """A translated post opens its text with the original's credits ("作者：ASF blog"): the byline
    outside the text names who posted it (before: the label line won)."""
    credits = "<blockquote><p>作者：ASF blog<br>编辑：陈梅梅</p></blockquote>"
    record = extract(_post(_author_link("cynbarby") + BADGES, text=credits + f"<p>{ZH_PROSE * 3}</p>"))
    assert record["authors"] == ["cynbarby"]


def test_an_author_line_atop_the_text_still_wins_without_a_byline() -> None:
    page = _post("", text=f"<p>作者：张三</p><p>{ZH_PROSE * 3}</p>")
    assert extract(page)["authors"] == ["张三"]


def test_an_author_line_above_the_text_beats_the_byline() -> None:
    """A label line outside the text is the page's own meta line: as before, it wins."""
    page = _post("<span>作者：李四</span>" + _author_link("cynbarby"))
    assert extract(page)["authors"] == ["李四"]


def test_an_author_boxs_heading_is_no_name() -> None:
    """An author box's marks hold its heading too ("Latest stories from this writer"): the box is read
    through its name link alone, never with the heading as a second author."""
    box = (
        "<div class='c-author'><a class='c-author__link' href='/author/jd/'><img src='/jd.png'> jdoe</a>"
        "<h4 class='c-author__heading'>Latest stories from this writer</h4></div>"
    )
    assert extract(_post(box))["authors"] == ["jdoe"]


@pytest.mark.parametrize("handle", ["taoky", "_Kerman", "tiankaima"])
def test_a_handle_in_the_author_meta_is_the_author(handle: str) -> None:
    """Minimal Mistakes writes the writer's handle in <meta name=author> and article:author, shows no
    byline and writes no generator meta (before: no author)."""
    head = f"<meta name='author' content='{handle}'><meta property='article:author' content='{handle}'>"
    record = extract(_post("", head=head))
    assert record["authors"] == [handle]
    assert record["rules"]["author"] == "meta:author/handle"


@pytest.mark.parametrize(
    ("value", "sites"),
    [
        ("gto", {"gto-normativy"}),  # a word of the site's own host
        ("mdr.de", set()),  # a host name
        ("L_104485", set()),  # a number-like account id
        ("jdadmin", set()),  # the uploading account
        ("大汉网络", set()),  # a company
        ("srf/hosb;kesm", set()),  # two accounts, not one handle
        ("Jane Doe", set()),  # a name: the name rules read it
    ],
)
def test_what_is_no_author_meta_handle(value: str, sites: set[str]) -> None:
    assert author_meta_handle(value, sites) is None


def test_taxonomy_links() -> None:
    links = lxml_html.fragment_fromstring(
        "<p><a href='/tags/linux/'>Linux</a><a href='categories/Activity/'>Activity</a><a rel='tag' href='/x'>X</a>"
        "<a href='/author/label'>Label</a><a href='/people/jane/'>Jane</a></p>"
    )
    assert [is_taxonomy_link(a) for a in links] == [True, True, True, False, False]


def test_a_bylines_marks_and_text_without_its_badges() -> None:
    byline = lxml_html.fragment_fromstring(
        "<div class='byline'>By <a class='author-name' href='/people/jane/'>Jane Doe</a> in "
        "<a href='/category/news/'>News</a>, <span class='author-bio'>writes about harbours</span></div>"
    )
    assert [e.text for e in marked_authors(byline)] == ["Jane Doe"]
    assert "".join(texts_without_taxonomy(byline)) == "By Jane Doe in , writes about harbours"


def test_author_marks() -> None:
    marks = lxml_html.fragment_fromstring(
        "<p><a rel='author' href='/u/a'>A</a><span itemprop='author'>B</span><span class='author-link'>C</span>"
        "<span class='authorname'>D</span><a rel='author' class='comment-author' href='/u/e'>E</a>"
        "<span class='author-avatar'>F</span><span class='post-date'>G</span></p>"
    )
    assert [is_author_mark(e) for e in marks] == [True, True, True, True, False, False, False]
