"""The post's own block on pages whose text is nearly empty or written as fields (pages written for these tests).

Modelled on two real sites of the fourth round (docs/realsites.md): an association's Hexo theme whose
documents are a PDF in a frame inside ``<main>``, under a banner, a byline line and a table of contents;
and a Frozen-Flask user group whose session reports are one block of fields (title, subject, date, text,
download links, attendees).
"""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html as lxml_html

from archiver.extract import extract_article
from archiver.extract.body import headline_block

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)

_BANNER = "This archived site is read-only, please visit the new site for the latest news~"
_LANGUAGES = "".join(
    f"<div class='text-center-sm col-6'><a href='/{code}/'>{name} ({code})</a></div>"
    for code, name in (("en", "English"), ("ja", "Japanese"), ("es", "Spanish"), ("fr", "French"), ("de", "German"))
)


def _document_page(main: str, after: str = "") -> str:
    """A post whose ``<main>`` follows the headline, its byline and a table of contents, in one section."""
    return (
        "<html><head><meta charset='utf-8'><title>Open Source Society</title></head><body>"
        f"<div class='alert alert-danger text-center'>{_BANNER} <a href='/new/'>new site</a></div>"
        "<header class='site-header'><a href='/'>Open Source Society</a>"
        "<nav><a href='/news/'>News</a> <a href='/events/'>Events</a> <a href='/about/'>About</a></nav></header>"
        f"<div id='languages' class='container collapse'><strong>Choose a language</strong>{_LANGUAGES}</div>"
        "<section class='page-section blog-post'><div class='container'>"
        "<h1>Annual report of the foundation, 2015</h1>"
        "<div class='blog-byline d-flex justify-content-between'><span>2016-02-18 10:14:59</span>"
        "<a class='author-link' href='https://github.com/rwong'>rwong</a>"
        "<span><a class='badge' href='/tags/report/'>report</a> <a class='badge' href='/tags/osi/'>OSI</a></span></div>"
        "<details><summary>Contents</summary></details>"
        f"<main class='markdown-body'>{main}</main>{after}"
        "</div></section>"
        "<nav class='page-section'><a href='/a/'>&lt; The council is founded</a>"
        " <a href='/b/'>Enforcing the GPL &gt;</a></nav>"
        "<footer><a href='/events/'>Events</a> <a href='/contact/'>Contact</a>"
        " <span>Registered 19006015</span></footer>"
        "</body></html>"
    )


def _extract(page: str, url: str = "https://oss.example.org/document/report-2015/") -> dict:
    return dict(extract_article(page, url, captured_at=CAPTURED))


def test_a_post_whose_main_holds_only_a_framed_pdf_has_no_text_of_the_page_around_it() -> None:
    page = _document_page("<iframe src='/viewer/?file=/files/report-2015.pdf'></iframe>")
    record = _extract(page)
    assert record["title"] == "Annual report of the foundation, 2015"
    assert record["body"] == ""  # the PDF is the post: no banner, byline or contents line in its place
    assert record["rules"]["body"] == "main-after-headline"


def test_a_post_whose_main_holds_one_link_is_that_link() -> None:
    event_box = (
        "<hr><h2>Event <a class='btn' href='/calendar.ics'>add to calendar</a></h2>"
        "<ul><li>Time: 2019-03-24 13:00 ~ 17:00</li><li>Place: the third floor of the startup street</li></ul>"
    )
    page = _document_page(
        "<p><a href='https://events.example.com/activities/382'>https://events.example.com/activities/382</a></p>",
        after=event_box,
    )
    record = _extract(page)
    assert record["body"] == "https://events.example.com/activities/382"


def test_a_main_away_from_the_headline_is_not_taken_for_an_empty_post() -> None:
    """Only a ``<main>`` following the headline in its post: a page-wide one elsewhere says nothing of it."""
    page = (
        _document_page("<iframe src='/viewer/'></iframe>")
        .replace("<main class='markdown-body'>", "<div class='markdown-body'>")
        .replace("</main>", "</div>")
    )
    page = page.replace("<footer>", "<main class='promo'><p>Join us at the summit!</p></main><footer>")
    record = _extract(page)
    assert record["body"] != "Join us at the summit!"


def _minutes_page(attendees: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Web team meeting, 25 April</title>"
        "<meta name='author' content='Mei Chen'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/meetings/'>Meetings</a></nav>"
        "<article><h1>Web team meeting, 25 April</h1><div class='byline'>2019-04-26 · Mei Chen</div>"
        "<div class='post-content'>"
        f"<h2>Attendees</h2><p>{attendees}</p><h2>Minutes</h2>"
        "<ol><li><p>Everyone checks that the old site has moved over completely, page by page.</p></li>"
        "<li><p>Ted shows Rick how the migration script is run, so that both can do it again.</p></li>"
        "<li><p>The rest of the migration goes on, and should be finished by the tenth of May.</p></li></ol>"
        "</div></article></body></html>"
    )


def test_a_list_of_attendees_naming_the_author_stays_in_the_minutes() -> None:
    record = _extract(
        _minutes_page("Ted Li, Roby Zhang, Rick Wu, Mei Chen, Kai Sun"), "https://oss.example.org/m/0425/"
    )
    assert record["authors"] == ["Mei Chen"]
    assert "Ted Li, Roby Zhang, Rick Wu, Mei Chen, Kai Sun" in record["body"]


def test_a_line_naming_the_author_alone_is_still_her_byline() -> None:
    record = _extract(_minutes_page("Mei Chen"), "https://oss.example.org/m/0425/")
    assert record["authors"] == ["Mei Chen"]
    assert not record["body"].startswith("Attendees\n\nMei Chen")


_MEMBERS = [
    "Vahid Fardi",
    "Mohammad Darvish",
    "Kousha Esmaeili",
    "Amin Asoudeh",
    "Nima Jalali",
    "Reza Samei",
    "Mahdi Salehi",
    "Maryam Lahijani",
    "Saeed Ebrahimi",
    "Edwin Babomian",
    "Ali Rostami",
    "Soroush Rahmani",
]


def _report_page(text: str, members: list[str]) -> str:
    """A session report: every field a child of one block, the prose in ``div.body``."""
    listed = "".join(f"<li>{name}</li>" for name in members)
    return (
        "<html><head><meta charset='utf-8'><title>Tehran user group</title></head><body>"
        "<nav class='navbar'><a href='/'>Home</a> <a href='/about/'>Tehran user group</a>"
        " <a href='/reports/'>Reports</a> <a href='/news/'>News</a>"
        " <a href='/faq/'>FAQ</a> <a href='/calendar/'>Calendar</a></nav>"
        "<div id='content'><div class='title'>Session one hundred and seventy</div>"
        "<div class='subject'>Event-driven architecture in web technologies</div>"
        "<div class='date'>2013-04-09</div>"
        f"<div class='body'>{text}</div>"
        "<p><a class='attachment' href='/presentations/session-170.pdf'>"
        "Download the PDF of the slides shown in this session</a></p>"
        f"<ul class='members bullet'>{listed}</ul></div></body></html>"
    )


_REPORT_TEXT = "In this session Hamid spoke about event-driven architecture in the technologies of the web."


def _report() -> dict:
    return _extract(_report_page(_REPORT_TEXT, _MEMBERS), "https://lug.example.org/reports/session-170/")


def test_a_report_written_as_fields_in_one_block_is_read_whole() -> None:
    record = _report()
    assert record["title"] == "Session one hundred and seventy"
    body = record["body"]
    assert "Event-driven architecture in web technologies" in body  # the subject
    assert _REPORT_TEXT in body
    assert all(name in body for name in _MEMBERS)  # the attendees
    assert "Session one hundred and seventy" not in body  # the headline


def test_a_link_to_a_file_in_the_text_is_a_download_not_another_page() -> None:
    assert "Download the PDF of the slides shown in this session" in _report()["body"]


def test_a_line_holding_the_date_alone_leaves_the_text_once_read() -> None:
    record = _report()
    assert record["published_at"].startswith("2013-04-09")
    assert record["rules"]["published_at"].startswith("near-title")
    assert "2013-04-09" not in record["body"]


def test_a_post_with_a_short_line_beside_its_text_is_not_widened() -> None:
    """A tag or category line beside a post's text in the headline's block stays out."""
    prose = "The council met on Tuesday and agreed on the budget for the coming year, after a long debate. " * 4
    page = (
        "<html><head><meta charset='utf-8'><title>The council met</title></head><body>"
        "<div class='post'><h2 class='title'>The council met</h2>"
        f"<div class='entry'><p>{prose}</p><p>{prose}</p></div>"
        "<p class='postmetadata'>Filed under Council business and the meetings of the year</p></div>"
        "</body></html>"
    )
    record = _extract(page, "https://club.example.org/2020/01/council/")
    assert "Filed under" not in record["body"]
    assert record["body"].startswith("The council met on Tuesday")


def test_links_to_pictures_are_no_downloads() -> None:
    """A gallery's thumbnails linking to their pictures, titled by file name, stay out of the text."""
    prose = "The pack holds five new levels, each harder than the one before, and a new tune. " * 4
    gallery = "".join(
        f"<a href='/uploads/pack_{n}.png' title='pack_{n}'><img src='/uploads/pack_{n}-150.png' alt=''>"
        f"<span class='gallery-title'>pack_{n}</span></a>"
        for n in range(1, 6)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>The October pack</title></head><body>"
        "<article><h1>The October pack</h1>"
        f"<div class='entry-content'><p>{prose}</p><p>{prose}</p><div class='gallery'>{gallery}</div></div>"
        "</article></body></html>"
    )
    record = _extract(page, "https://games.example.org/october-pack/")
    assert record["body"].startswith("The pack holds five new levels")
    assert "pack_1" not in record["body"]


def test_a_meta_line_before_the_headline_does_not_widen_a_short_post() -> None:
    """Only what follows the headline can be more of the post: a theme's meta line above it is its header's."""
    root = lxml_html.fromstring(
        "<html><body><div class='column-main'><article class='card-content'>"
        "<div class='article-meta'><span>2017-05-19 posted</span> <span>2026-05-29 updated</span>"
        " <span>read in a few seconds (about 12 words)</span></div>"
        "<h1 class='title'>Give a user op in a channel</h1>"
        "<div class='content'><p>Use this command:</p><p><code>/cs op #chan +o alice</code></p></div>"
        "<div class='article-tags'><a href='/tags/irc/'>irc</a></div></article></div></body></html>"
    )
    headline, content = root.find(".//h1"), root.find(".//div[@class='content']")
    assert headline_block(content, headline) is None
    report = lxml_html.fromstring(_report_page(_REPORT_TEXT, _MEMBERS))
    block = headline_block(report.find(".//div[@class='body']"), report.find(".//div[@class='title']"))
    assert block is not None and block.get("id") == "content"


def test_a_dated_post_whose_main_holds_only_a_frame_passes_validation() -> None:
    from archiver.validation import rejection

    page = _document_page("<iframe src='/viewer/?file=/files/report-2015.pdf'></iframe>").replace(
        "<head>", "<head><meta property='article:published_time' content='2016-02-18T10:14:59+08:00'>"
    )
    record = _extract(page)
    assert record["body"] == "" and record["rules"]["body"] == "main-after-headline"
    assert rejection(record) is None
    undated = {**record, "published_at": None}
    assert rejection(undated) is not None  # an empty block without a date of its own: no post
