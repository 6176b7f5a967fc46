"""Extraction rules of session 19 for a Blogger copy's untitled and picture posts (issue 12: blogger-jorge).

Every page here is written for its test, modelled on the shape a real page had (none is copied); each test
fails without its rule (EXTRACTOR_VERSION 1.4.49, docs/extraction.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import body as body_rules
from archiver.extract import extract_article
from archiver.validation import problems

CAPTURED = datetime(2026, 12, 4, tzinfo=UTC)
URL = "http://miblog.test/2011/08/blog-post.html"
LIKES = "".join(
    f"<li>{thing}</li>"
    for thing in ["la playa", "hacer inventos", "Hacer muchas, muchas fotos !!!!", "los trenes y los metros", "el mar"]
)


def untitled_post(text: str) -> str:
    """A Blogger page of a post its author left untitled: ``<title>`` and og:title say the blog's name, as does
    the header's link home (a saved copy's ``../../index.html``); a text widget ("Que cosas me gustan") stands in
    the main column above the post, whose body the page marks ``itemprop="description articleBody"``."""
    return (
        '<html><head><meta charset="utf-8"><title>Jorge El Constructor</title>'
        '<meta content="Jorge El Constructor" property="og:title"/></head><body>'
        '<div class="header"><div class="titlewrapper"><h1 class="title"><a href="../../index.html">'
        "Jorge El Constructor</a></h1></div></div>"
        '<div class="main section" id="main">'
        f'<div class="widget TextList" id="TextList1"><h2>Que cosas me gustan</h2><ul>{LIKES}</ul></div>'
        '<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer">'
        '<h2 class="date-header"><span>miércoles, 17 de agosto de 2011</span></h2>'
        '<div class="post-outer"><div class="post hentry" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">'
        f'<div class="post-body entry-content" itemprop="description articleBody">{text}</div>'
        '<div class="post-footer"><span class="post-author vcard">Publicado por <span class="fn" itemprop="author" '
        'itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" '
        'href="https://www.blogger.com/profile/1803" rel="author"><span itemprop="name">Jorge el constructor</span>'
        '</a></span></span> <span class="post-timestamp">en <a class="timestamp-link" href="blog-post.html" '
        'rel="bookmark"><abbr class="published" itemprop="datePublished" title="2011-08-17T14:45:00+02:00">'
        "miércoles, agosto 17, 2011</abbr></a></span></div></div></div></div></div></div></div>"
        '<div class="footer">Tema Sencillo. Con la tecnología de Blogger.</div></body></html>'
    )


PICTURES = (
    '<div class="separator"><a href="https://bp.blogspot.test/s1600/a.jpg"><img src="https://bp.blogspot.test/a.jpg">'
    "</a></div>"
)


def test_an_untitled_post_has_no_title_and_its_marked_body() -> None:
    """Before: the title was the blog's name (the header's <h1> repeating <title>, then og:title, then <title>
    itself), and the body began at the text widget above the post ("Que cosas me gustan…"): the votes went to the
    main column, which holds the post's item and the widget; the marked body (``itemprop`` holding two names) was
    not read as one."""
    text = "http://picasaweb.test/album?feat=directlink<br>el submarino s 61 chulisimo¡¡"
    record = extract_article(untitled_post(PICTURES + text), URL, captured_at=CAPTURED)
    assert record["title"] is None
    assert record["rules"]["title"] == "site-name-only"
    assert record["body"] == "http://picasaweb.test/album?feat=directlink\n\nel submarino s 61 chulisimo¡¡"
    assert record["author"] == "Jorge el constructor"
    assert record["published_at"].startswith("2011-08-17")


def test_a_picture_post_without_a_title_has_an_empty_body() -> None:
    """Pictures only: the body is empty, not the widget's list nor the footer's "Publicado por … en …" line."""
    record = extract_article(untitled_post(PICTURES), URL, captured_at=CAPTURED)
    assert record["title"] is None
    assert record["body"] == ""


def test_byline_with_a_day_in_words_is_a_byline() -> None:
    """Before: Blogger's footer line "Publicado por <author> en domingo, julio 25, 2010" stayed in a short post's
    body (a picture post's whole body: F1 0 against its empty text): the commas of the day written in words read
    as a list of three entries, one of them the author's, which is no byline. A day's commas are no list's."""
    line = "Publicado por Jorge el constructor en domingo, julio 25, 2010"
    assert body_rules._is_byline(line, ["Jorge el constructor"])
    assert body_rules._is_byline("Par André le vendredi, 1 juillet 2011", ["André"])
    # a list of people naming the author among others stays the text's
    assert not body_rules._is_byline("Ana, Luis, Jorge el constructor, Marta, 25 julio 2010", ["Jorge el constructor"])


def test_an_untitled_post_a_listing_lists_is_kept() -> None:
    """A post without a title, a short text, its own date and its author, on a page a listing of the site lists (by
    its timestamp): a post. Before, it was refused ("no title found"): an untitled post was kept only with a text of
    200 characters. A page no listing lists stays refused."""
    record = {
        "title": None,
        "body": "Estamos en Gran Canaria",
        "author": "Jorge el constructor",
        "published_at": "2011-08-11T14:32:00+02:00",
        "rules": {"published_at": "itemprop:datePublished/month-name"},
    }
    assert problems(record, listed=True) == []
    assert problems(record, listed=False) == ["no title found"]
    # the listing's date is no date of the page's own
    assert problems({**record, "rules": {"published_at": "listing/shown"}}, listed=True) == ["no title found"]
