"""Extraction rules of session 17, found on a fourth public set (mozilla/readability's test pages, first contact).

Every page here is written for its test, modelled on the shape a real page had (none is copied); each test
fails without its rule (EXTRACTOR_VERSION 1.4.40, docs/extraction.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html as lxml_html

from archiver.extract import extract_article, structured
from archiver.extract.bylines import is_author_mark

CAPTURED = datetime(2026, 12, 3, tzinfo=UTC)
PROSE = (
    "The council voted on Tuesday evening to keep the harbour ferry running through the winter, after a "
    "long debate about the cost of fuel, the state of the old pier and the needs of the island's schools."
)


def extract(html: str, url: str = "https://news.example.org/2024/05/ferry-vote") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


def _paragraphs(count: int, start: int = 0) -> str:
    return "".join(
        f"<p>{PROSE} Point {n}, in the words of the harbour master.</p>" for n in range(start, start + count)
    )


# --- JSON-LD in a CDATA section ------------------------------------------------------------------


def test_json_ld_wrapped_in_cdata_is_read() -> None:
    """Before: ``<![CDATA[ {...} ]]>`` inside the script did not parse, and the page's data named no author
    (a byline's two linked names ran together: "Alexandre HervaudJérémy Piette") and no date."""
    block = (
        '{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Ferry stays",'
        ' "datePublished": "2024-05-02T08:30:00+02:00",'
        ' "author": [{"@type": "Person", "name": "Anna Berg"}, {"@type": "Person", "name": "Tom Lind"}]}'
    )
    page = (
        "<html><head><title>Ferry stays</title>"
        f'<script type="application/ld+json">\n  <![CDATA[\n  {block}\n  ]]>\n</script></head>'
        f"<body><article><h1>Ferry stays</h1><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )
    record = extract(page)
    assert record["authors"] == ["Anna Berg", "Tom Lind"]
    assert record["rules"]["author"] == "json-ld:author"
    assert record["published_at"] == "2024-05-02T08:30:00+02:00"


def test_cdata_markers_behind_script_comments_are_no_json() -> None:
    assert structured.load_json_ld('//<![CDATA[\n{"a": 1}\n//]]>') == {"a": 1}
    assert structured.load_json_ld('/*<![CDATA[*/ {"a": 2} /*]]>*/') == {"a": 2}
    assert structured.load_json_ld('{"a": "<![CDATA[ kept ]]>"}') == {"a": "<![CDATA[ kept ]]>"}


# --- bylines: what an author box holds besides the name ------------------------------------------


def _mark(html: str) -> bool:
    return is_author_mark(lxml_html.fragment_fromstring(html))


def test_author_inside_a_longer_word_is_no_byline_word() -> None:
    """Before: ``div#authorization`` (a login box: "Sign In", "Sign Up", "My Account" …) was the byline,
    and so was a reference anchor ``a#ref-AUTHORING``."""
    assert not _mark("<div id='authorization'>Sign In</div>")
    assert not _mark("<a id='ref-AUTHORING'>AUTHORING</a>")
    assert not _mark("<div class='authority-box'>x</div>")
    assert _mark("<div class='authorname'>Anna Berg</div>")
    assert _mark("<div class='article-author'>Anna Berg</div>")


def test_an_author_boxs_follow_button_and_counters_are_no_names() -> None:
    """Before: ``js_author-follow-controls`` (the author's name and an "Unfollow" button) gave two authors,
    and ``span.author-views`` ("人氣(23925)") gave the author "人氣"."""
    assert not _mark("<div class='js_author-follow-controls'><h4>Anna Berg</h4><a>Unfollow</a></div>")
    assert not _mark("<span class='author-views'>人氣(23925)</span>")
    page = (
        "<html><head><title>Ferry stays</title></head><body>"
        "<div class='js_follow-controls js_author-follow-controls'><h4>Anna Berg</h4><a href='#'>Unfollow</a></div>"
        "<article><h1>Ferry stays</h1><div class='meta'><span class='author vcard'><a href='/people/anna'>"
        "Anna Berg</a></span></div>"
        f"{_paragraphs(3)}</article></body></html>"
    )
    assert extract(page)["authors"] == ["Anna Berg"]


def test_an_author_label_without_its_name_is_no_author() -> None:
    """Before: ``<span id="author_baidu">作者：</span>`` (the CMS left the name out) gave the author "作者："."""
    page = (
        "<html><head><title>宇航员在太空中喝酒会怎么样</title></head><body>"
        "<h1>宇航员在太空中喝酒会怎么样</h1>"
        "<div class='info'><span id='pubtime'>2017-03-10 09:58:03</span>"
        "<span id='author_baidu'>作者：</span><span id='editor_baidu'>责任编辑：肖春芳</span></div>"
        "<div class='content'><p>宇航员在国际空间站上生活和工作，饮食受到严格的限制，酒精饮料一直被禁止带上太空，"
        "因为它会影响判断力，也会干扰空间站上的水循环系统。</p>"
        "<p>科学家们认为，在微重力环境下，人体对酒精的反应可能和地面上不同，这方面的研究仍然很少。</p></div>"
        "</body></html>"
    )
    record = extract(page, "https://tech.example.cn/2017-03/10/content_1.htm")
    assert "作者：" not in record["authors"]
    assert record["authors"] == ["肖春芳"]


def test_the_separator_an_author_mark_holds_after_the_name_is_no_part_of_it() -> None:
    """Before: ``<span itemprop="author"><span itemprop="name">Nicolas Perriault</span> —</span>`` beside the
    date (the name also the ``<title>``'s last part, so only the shown-byline rule reads it) gave
    "Nicolas Perriault —"."""
    page = (
        "<html><head><title>Code coverage in the browser | Code | Nicolas Perriault</title></head><body>"
        "<article><header><h2>Code coverage in the browser</h2><p class='meta'>"
        "<span itemprop='author'><span itemprop='name'>Nicolas Perriault</span> —</span> "
        "<time itemprop='datePublished' datetime='2013-03-14'>March 14, 2013</time></p></header>"
        f"{_paragraphs(3)}</article></body></html>"
    )
    assert extract(page, "https://code.example.net/2013/03/coverage.html")["authors"] == ["Nicolas Perriault"]


def test_a_title_part_the_author_meta_names_is_the_writer_not_the_site() -> None:
    """Before: ``<title>Headline | Eleanor Ainge Roy | Environment | The Guardian</title>``: every part after
    the headline was a name of the site, and the writer the author meta and the byline name was refused."""
    page = (
        "<html><head><title>Whales strand on the coast | Anna Berg | Environment | The Harbour Post</title>"
        "<meta name='author' content='Anna Berg'><meta property='og:site_name' content='The Harbour Post'>"
        "</head><body><article><header><h1>Whales strand on the coast</h1></header>"
        f"<div class='content'>{_paragraphs(3)}<div class='meta-container'>"
        "<p class='byline'>by <span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<a rel='author' href='/profile/anna-berg'><span itemprop='name'>Anna Berg</span></a></span></p>"
        "</div></div></article></body></html>"
    )
    record = extract(page)
    assert record["authors"] == ["Anna Berg"]


def test_the_sites_name_at_the_end_of_the_title_stays_no_author() -> None:
    page = (
        "<html><head><title>Whales strand on the coast | The Harbour Post</title>"
        "<meta name='author' content='The Harbour Post'></head><body><article><h1>Whales strand on the coast</h1>"
        f"{_paragraphs(3)}</article></body></html>"
    )
    assert extract(page)["authors"] == []


# --- body -----------------------------------------------------------------------------------------


def test_a_story_in_numbered_parts_is_kept_whole() -> None:
    """Before: NYT's ``div.story-body story-body-1`` (the lede, three paragraphs) and ``story-body-2`` (the
    rest), each in a wrapper of its own between an ad and a related box: the body was the second part alone."""
    page = (
        "<html><head><title>Ferry stays</title></head><body><main><article id='story'>"
        "<header><h1>Ferry stays</h1><p class='byline'>By ANNA BERG</p></header>"
        "<div class='story-body-supplemental'><div class='story-body story-body-1'>"
        "<p class='story-body-text'>The lede: the island keeps its ferry, and the vote was close.</p>"
        "<p class='story-body-text'>Second lede paragraph, about the winter timetable, is short.</p></div>"
        "<aside class='marginalia related'><h3>Related</h3><a href='/a'>Another story</a></aside></div>"
        "<div class='story-interrupter'><div class='ad'>Advertisement</div></div>"
        "<div class='story-body-supplemental'><div class='story-body story-body-2'>"
        f"{_paragraphs(8)}</div></div>"
        "</article></main></body></html>"
    )
    body = extract(page)["body"]
    assert "The lede: the island keeps its ferry" in body
    assert "Second lede paragraph" in body
    assert "Point 7" in body
    assert "Another story" not in body


def test_blocks_numbered_alike_in_other_posts_are_not_joined() -> None:
    """Numbered teasers of other posts outside the story's ``<article>`` stay out."""
    page = (
        "<html><head><title>Ferry stays</title></head><body>"
        "<main><article><h1>Ferry stays</h1><div class='entry entry-1'>"
        f"{_paragraphs(6)}</div></article></main>"
        "<section class='more'><div class='entry entry-2'><p>Other post: the bridge opens in May, said the mayor"
        " to the crowd on the quay.</p></div></section></body></html>"
    )
    body = extract(page)["body"]
    assert "Point 5" in body
    assert "bridge opens" not in body


def test_a_word_of_a_sentence_linked_with_a_furniture_class_stays() -> None:
    """Before: ``<a class="meta-org">Yahoo</a>’s $4.8 billion sale to <a class="meta-org">Verizon</a> is …``:
    "meta" a furniture word, both links left the body ("’s $4.8 billion sale to is a complicated beast")."""
    page = (
        "<html><head><title>The sale</title></head><body><article><h1>The sale</h1>"
        "<p><a class='meta-org' href='/topic/harbour-co'>Harbour Co</a>’s sale to "
        "<a class='meta-org' href='/topic/island-lines'>Island Lines</a> is a complicated deal, showing how "
        "different structures can change what the shareholders of a company are able to say about it.</p>"
        f"{_paragraphs(3)}</article></body></html>"
    )
    body = extract(page)["body"]
    assert "Harbour Co’s sale to Island Lines is a complicated deal" in body


def test_a_meta_box_inside_the_text_still_leaves() -> None:
    """The rule keeps a sentence's words, not a box of links set between paragraphs."""
    page = (
        "<html><head><title>The sale</title></head><body><article><h1>The sale</h1>"
        f"{_paragraphs(2)}<div class='post-meta share'><a href='/s/1'>Share on Twitter</a>"
        f"<a href='/s/2'>Share on Facebook</a></div>{_paragraphs(2, 2)}</article></body></html>"
    )
    body = extract(page)["body"]
    assert "Point 3" in body
    assert "Share on Twitter" not in body


def test_a_grids_numbered_columns_are_no_parts_of_a_story() -> None:
    """``col-md-8`` (the text) beside ``col-md-4`` (a sidebar): numbered alike, not one after another."""
    page = (
        "<html><head><title>Ferry stays</title></head><body><div class='row'>"
        f"<div class='col col-md-8'><h1>Ferry stays</h1>{_paragraphs(6)}</div>"
        "<div class='col col-md-4'><p>Sidebar: subscribe to the harbour newsletter for the timetable, the"
        " weather and the council's news, every Monday.</p></div></div></body></html>"
    )
    body = extract(page)["body"]
    assert "Point 5" in body
    assert "Sidebar" not in body


# --- title --------------------------------------------------------------------------------------


def test_the_pages_h1_repeating_the_title_in_its_header_is_the_headline() -> None:
    """Before: MSN's ``<header class="collection-headline"><h1>`` (outside any ``<article>``) repeating
    ``<title>`` (and the portal's ``application-name``) counted as a site bar saying the site's name, and the
    headline was the previous story's ("Twitter suspends alt-right accounts", a ``div.headline`` in ``<main>``)."""
    title = "The island's ferry will run all winter for $10 a trip"
    page = (
        f"<html><head><title>{title}</title><meta name='application-name' content=\"{title}\"></head><body>"
        f"<div class='page'><header class='collection-headline'><h1 itemprop='headline'>{title}</h1></header>"
        "<main><div class='paddle previous'><a href='/other'><div class='headline'><div><h4>Bridge opens in May"
        "</h4></div></div></a></div>"
        f"<section class='body'>{_paragraphs(4)}</section></main></div></body></html>"
    )
    assert extract(page)["title"] == title


def test_a_logo_h1_linking_home_in_the_header_still_names_the_site() -> None:
    page = (
        "<html><head><title>Harbour Club</title></head><body><header><h1><a href='/'>Harbour Club</a></h1></header>"
        f"<main><article><h2>Winter timetable</h2>{_paragraphs(3)}</article></main></body></html>"
    )
    assert extract(page, "https://club.example.org/posts/winter/")["title"] == "Winter timetable"


# --- date ---------------------------------------------------------------------------------------


def _dated_page(meta: str, json_ld_date: str) -> str:
    block = f'{{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "{json_ld_date}"}}'
    return (
        f"<html><head><title>Ferry stays</title><meta property='article:published_time' content='{meta}'>"
        f'<script type="application/ld+json">{block}</script></head>'
        f"<body><article><h1>Ferry stays</h1>{_paragraphs(3)}</article></body></html>"
    )


def test_the_articles_json_ld_publish_time_beats_a_meta_tag_that_says_another() -> None:
    """Before: ``article:published_time`` first (NBC writes the update time there, 14 hours after the
    ``datePublished`` of its NewsArticle; a CMS writes a local wall time as UTC)."""
    record = extract(_dated_page("2024-12-07T12:43:39.889Z", "2024-12-06T22:00:40.000Z"))
    assert record["published_at"] == "2024-12-06T22:00:40+00:00"
    assert record["rules"]["published_at"].startswith("json-ld:datePublished")


def test_a_json_ld_day_without_a_time_leaves_the_time_to_the_meta() -> None:
    record = extract(_dated_page("2024-12-06T22:00:40+01:00", "2024-12-06"))
    assert record["published_at"] == "2024-12-06T22:00:40+01:00"


def test_style_classes_numbered_without_a_separator_are_no_parts() -> None:
    """A TRS CMS's text styles ``td.font03`` (the date row under the headline) and ``td.font04`` (the text): a
    first version of the numbered-parts rule joined them, and the body opened with "| 19-01-04 | 【大 中】"."""
    page = (
        "<html><head><title>Ferry stays----Harbour Station</title></head><body>"
        "<table class='nav'><tr><td><a href='/index.html'>Home</a> <a href='/news/'>News</a></td></tr></table>"
        "<div class='main'><table><tr><td class='right'><table width='692'>"
        "<tr><td class='black_20_600'>Ferry stays</td></tr>"
        "<tr><td class='font03'> | 24-05-02 |  【<a href='javascript:doZoom(3)'>big</a> "
        "<a href='javascript:doZoom(2)'>mid</a>】<a href='#'>【print】</a></td></tr>"
        f"<tr><td class='font04' id='content'><div class='TRS_Editor'>{_paragraphs(4)}</div></td></tr></table>"
        "</td></tr></table></div><div class='footer'>Harbour Station, 1 Quay Road. All rights reserved.</div>"
        "</body></html>"
    )
    assert extract(page)["body"].startswith(PROSE[:40])


def test_a_json_ld_time_of_the_same_minute_leaves_the_seconds_to_the_meta() -> None:
    """Pelican's JSON-LD gives the minute and no zone ("2024-02-28 21:32"), its meta the seconds and the offset."""
    record = extract(_dated_page("2024-02-28T21:32:09+08:00", "2024-02-28 21:32"))
    assert record["published_at"] == "2024-02-28T21:32:09+08:00"
