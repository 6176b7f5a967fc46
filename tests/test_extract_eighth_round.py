"""Pages modelled on a TRS portal's English edition (trs-cpaxj, session 12; docs/realsites.md), written for these
tests: the post's bar under its headline is classed like a menu (``en-xl-nav``) and holds its "Updated:" date,
"Print" and the font sizes, as ``<a>`` elements that link no page."""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article

CAPTURED = datetime(2026, 12, 2, tzinfo=UTC)
PROSE = (
    "<p>On December 6th, the secretary general of the institute met the chief executive of an international "
    "network of accounting firms, and both sides exchanged views on audit quality and on training.</p>"
)


def english_post(bar_links: str) -> str:
    """The site's name as <title>, the headline an <h3>, and under it a bar in menu markup holding the date."""
    return (
        "<html><head><meta charset='utf-8'><title>THE INSTITUTE OF CERTIFIED ACCOUNTANTS</title></head><body>"
        "<div class='en-head'><div class='en-nav'><ul><li><a href='/en/'>HOME</a></li><li><a href='/en/news/'>NEWS"
        "</a></li><li><a href='/en/about/'>ABOUT US</a></li></ul></div></div>"
        "<div class='location'><a href='/en/'>HOME</a> &gt; <a href='/en/news/'>NEWS IN ENGLISH</a></div>"
        "<div class='en-xl-sub'><h3>Secretary General Met a Delegation of an International Network</h3>"
        "<div class='en-xl-nav'><div class='en-xl-nav-right'><ul>"
        f"<li><a>Updated:\n  Dec 10,2018\n  </a></li>{bar_links}</ul></div></div>"
        f"<div class='en-xl-content'>{PROSE}{PROSE}</div></div>"
        "<div class='en-foot'>Address: Building B, Beijing</div></body></html>"
    )


TOOLS = (
    "<li class='print'><a onclick='print()'>Print</a></li><li class='mail'><a href='mailto:x@example.org'>Mail</a>"
    "</li><li><a href='javascript:SetFont(20)'>Large</a><a href='javascript:SetFont(12)'>Small</a></li>"
)


def test_a_date_bar_in_menu_markup_that_links_no_page_is_the_posts_meta_line() -> None:
    """A class word made the bar a menu, its "Updated:" line no label: the title fell back to the site's name in
    <title> and the date to the URL's day (16 trs-cpaxj posts). A menu links pages; this bar links none."""
    record = extract_article(
        english_post(TOOLS), "http://en.test/BNIE/201812/t20181211_17449.html", captured_at=CAPTURED
    )
    assert record["title"] == "Secretary General Met a Delegation of an International Network"
    assert record["published_at"] is not None and record["published_at"].startswith("2018-12-10")
    assert "Updated" not in record["body"]


def test_a_menu_that_links_pages_keeps_its_label_lines_out() -> None:
    """The same line in markup that also links another page of the site is a menu's, as before: no label of the
    page's (its "Updated:" read neither as the update time nor as the meta line under the headline)."""
    menu = TOOLS + "<li><a href='/en/news/2.html'>Older news</a></li>"
    record = extract_article(english_post(menu), "http://en.test/en/news/post.html", captured_at=CAPTURED)
    assert record["rules"]["updated_at"] == "none"
    assert record["rules"]["title"] == "title-tag"
