"""Fields on the open web: authors, categories, dates, ids, control characters, short posts."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.extract import extract_article
from archiver.extract.authors import by_line, names_from_zh_line, split_names
from archiver.extract.html import parse_html
from archiver.extract.structured import PageMetadata
from archiver.extract.urlid import article_id_from_url
from tests.conftest import examples

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)
URL = "https://harbour.example/news/school-repainted.html"
TEXT = (
    "<p>Forty volunteers spent Saturday repainting the old harbour school, which reopens in March "
    "after two years of repairs, and the council thanked them at a small ceremony.</p>"
    "<p>The school, built in 1911, will house a library, a workshop and two classrooms for adult "
    "evening courses, according to the plans shown to parents last week.</p>"
)
ZH_TEXT = (
    "<p>本市今年共完成老旧小区改造项目四十二个，惠及居民一万余户，改造内容包括管网更新、屋面防水和无障碍设施建设。</p>"
    "<p>市住建局表示，明年将继续推进改造工作，并在项目验收中引入居民满意度评价，确保改造质量经得起检验。</p>"
)


def page(
    head: str = "",
    before: str = "",
    text: str = TEXT,
    after: str = "",
    title: str = "Volunteers repaint the old harbour school",
) -> str:
    return (
        f"<html><head><title>{title} - Harbour Times</title>"
        f'<meta property="og:site_name" content="Harbour Times">{head}</head><body>'
        '<nav class="menu"><a href="/">Home</a> <a href="/news/">News</a></nav>'
        f"<article><h1>{title}</h1>{before}<div class='entry-content'>{text}</div>{after}</article>"
        "<footer><p>Copyright Harbour Times</p></footer></body></html>"
    )


def extract(html: str, url: str = URL) -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# --- authors -------------------------------------------------------------------------------

AUTHOR_PAGES = {
    "meta author": (page(head='<meta name="author" content="Jane Doe">'), ["Jane Doe"], "meta:author"),
    "article:author url is not a name": (
        page(head='<meta property="article:author" content="https://facebook.com/janedoe">'),
        [],
        "none",
    ),
    "meta byl": (
        page(head='<meta name="byl" content="By Jane Doe and John Roe">'),
        ["Jane Doe", "John Roe"],
        "meta:byl",
    ),
    "dc.creator": (page(head='<meta name="DC.creator" content="Jane Doe">'), ["Jane Doe"], "meta:dc.creator"),
    "json-ld string": (page(head=ld({"@type": "NewsArticle", "author": "Jane Doe"})), ["Jane Doe"], "json-ld:author"),
    "json-ld object": (
        page(head=ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}})),
        ["Jane Doe"],
        "json-ld:author",
    ),
    "json-ld list in order": (
        page(
            head=ld(
                {
                    "@type": "Article",
                    "author": [{"@type": "Person", "name": "John Roe"}, {"@type": "Person", "name": "Jane Doe"}],
                }
            )
        ),
        ["John Roe", "Jane Doe"],
        "json-ld:author",
    ),
    "json-ld one string, two names": (
        page(head=ld({"@type": "NewsArticle", "author": "Jane Doe, John Roe"})),
        ["Jane Doe", "John Roe"],
        "json-ld:author",
    ),
    "json-ld graph with @id": (
        page(
            head=ld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "WebSite", "name": "Harbour Times"},
                        {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
                        {"@type": "BlogPosting", "author": {"@id": "#jane"}},
                    ],
                }
            )
        ),
        ["Jane Doe"],
        "json-ld:author",
    ),
    "json-ld organization is no author": (
        page(head=ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Harbour Times"}})),
        [],
        "none",
    ),
    "itemprop author with name": (
        page(before='<p>By <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span></p>'),
        ["Jane Doe"],
        "itemprop:author",
    ),
    "a comment's author is no author": (
        page(after='<div class="comments"><p class="comment-author">John Roe</p><p>Nice work, everyone!</p></div>'),
        [],
        "none",
    ),
    "byline inside a wrapper named sidebar": (
        "<html><head><title>Harbour school</title></head><body><div class='container sidebar-position-left'>"
        "<h1>Harbour school</h1><p class='byline'>By Jane Doe</p>" + TEXT + "</div></body></html>",
        ["Jane Doe"],
        "byline",
    ),
    "byline author-name": (
        page(before='<div class="meta"><span class="author-name">Jane Doe</span></div>'),
        ["Jane Doe"],
        "byline",
    ),
    "byline with date": (page(before='<p class="byline">By Jane Doe | March 3, 2026</p>'), ["Jane Doe"], "byline"),
    "rel author": (page(before='<p>Story: <a rel="author" href="/people/jd">Jane Doe</a></p>'), ["Jane Doe"], "byline"),
    "by line without a class": (
        page(before="<p>By Jane Doe and John Roe</p>"),
        ["Jane Doe", "John Roe"],
        "by-line:title",
    ),
    "site name in meta author": (page(head='<meta name="author" content="Harbour Times">'), [], "none"),
    "zh colon label": (
        page(before="<p>作者：张三</p>", text=ZH_TEXT, title="老旧小区改造完成"),
        ["张三"],
        "label:作者",
    ),
    "zh 本文作者 label": (
        page(before="<p>本文作者：李四</p>", text=ZH_TEXT, title="老旧小区改造完成"),
        ["李四"],
        "label:本文作者",
    ),
    "zh 记者 label in a meta line": (
        page(before="<p>来源：新华网 记者：王五 发布时间：2024-11-22</p>", text=ZH_TEXT, title="老旧小区改造完成"),
        ["王五"],
        "label:记者",
    ),
    "zh reporters without colon": (
        page(before="<p>记者 伊琳 李清芬</p>", text=ZH_TEXT, title="老旧小区改造完成"),
        ["伊琳", "李清芬"],
        "line:记者",
    ),
    "zh wen slash": (page(before="<p>文/张三</p>", text=ZH_TEXT, title="老旧小区改造完成"), ["张三"], "line:文"),
    "zh dateline": (
        page(text="<p>本报讯（记者 王五 赵六）" + ZH_TEXT[3:], title="老旧小区改造完成"),
        ["王五", "赵六"],
        "dateline",
    ),
    "zh organization in meta author": (
        page(head='<meta name="author" content="市住房和城乡建设局">', text=ZH_TEXT, title="老旧小区改造完成"),
        [],
        "none",
    ),
    "zh credit line beats meta author": (
        page(
            head='<meta name="author" content="admin2">',
            before="<p>本报记者 张三</p>",
            text=ZH_TEXT,
            title="老旧小区改造完成",
        ),
        ["张三"],
        "line:记者",
    ),
    "zh editor as last resort": (
        page(after="<p>责任编辑：李四</p>", text=ZH_TEXT, title="老旧小区改造完成"),
        ["李四"],
        "label:责任编辑",
    ),
}


@pytest.mark.parametrize(("html", "names", "rule"), AUTHOR_PAGES.values(), ids=AUTHOR_PAGES.keys())
def test_author_cascade(html: str, names: list[str], rule: str) -> None:
    record = extract(html)
    assert record["authors"] == names
    assert record["rules"]["author"] == rule
    assert (record["author"] is None) == (not names)
    assert isinstance(record["author"], str | None)


def test_in_body_credit_is_not_the_author() -> None:
    credit = "<p>作者：王小明 图片：李摄影</p>"
    html = page(text=ZH_TEXT + credit + ZH_TEXT, title="老旧小区改造完成")
    record = extract(html)
    assert record["author"] is None and record["authors"] == []


def test_an_event_time_in_the_text_stays_in_the_body() -> None:
    event = "<p>时间：2012年9月15日上午9:30，地点：市民中心。</p>"
    html = page(
        head='<meta property="article:published_time" content="2012-09-10T08:05:00+08:00">',
        text=ZH_TEXT + event,
        title="老旧小区改造完成",
    )
    record = extract(html)
    assert record["published_at"] == "2012-09-10T08:05:00+08:00"
    assert record["body"].endswith("时间：2012年9月15日上午9:30，地点：市民中心。")


def test_a_credit_line_that_gave_the_author_leaves_the_body() -> None:
    record = extract(page(text="<p>文/张三</p>" + ZH_TEXT, title="老旧小区改造完成"))
    assert record["authors"] == ["张三"] and not record["body"].startswith("文/")


def test_label_author_keeps_the_page_text_and_lists_names() -> None:
    record = extract(page(before="<p>作者：张三、李四</p>", text=ZH_TEXT, title="老旧小区改造完成"))
    assert record["author"] == "张三、李四" and record["authors"] == ["张三", "李四"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("伊琳 李清芬", ["伊琳", "李清芬"]),
        ("The council thanked them at a small ceremony on Saturday afternoon", []),
        ("March, The Council Will Meet", []),
        ("Jane van der Berg", ["Jane van der Berg"]),
        ("https://example.com/jane", []),
        ("2026-03-03", []),
    ],
)
def test_split_names(text: str, names: list[str]) -> None:
    assert split_names(text) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("记者 伊琳 李清芬", (["伊琳", "李清芬"], "记者")),
        ("本报记者 张三", (["张三"], "记者")),
        ("文／张三", (["张三"], "文")),
        ("记者节前夕，我们采访了多位新闻工作者", None),
        ("作者：张三", None),  # colon lines are label lines, read elsewhere
    ],
)
def test_zh_credit_lines(line: str, expected: tuple[list[str], str] | None) -> None:
    assert names_from_zh_line(line) == expected


def test_by_line_needs_the_prefix() -> None:
    assert by_line("By Jane Doe") == ["Jane Doe"]
    assert by_line("Jane Doe") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_name_parsers_are_total(text: str) -> None:
    for names in (split_names(text), by_line(text), (names_from_zh_line(text) or ([], ""))[0]):
        assert all(isinstance(n, str) and n and len(n) <= 60 for n in names)


@settings(max_examples=150, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    ["@type", "@graph", "author", "name", "@id", "articleSection", "datePublished", "itemListElement"]
                ),
                children,
                max_size=5,
            )
        ),
        max_leaves=20,
    )
)
def test_json_ld_reader_is_total(data: object) -> None:
    root, _ = parse_html("<html><head>" + ld(data) + "</head><body><p>x</p></body></html>")
    metadata = PageMetadata(root)
    assert all(isinstance(n, str) for n in metadata.authors() + metadata.sections() + metadata.breadcrumbs())
    list(metadata.iter_dates(("datePublished",)))


def test_broken_json_ld_is_ignored() -> None:
    html = page(
        head='<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>'
        '<script type="application/ld+json">' + "[" * 5000 + "</script>"
    )
    assert extract(html)["authors"] == []


# --- categories ----------------------------------------------------------------------------

CATEGORY_PAGES = {
    "breadcrumb list": (
        page(
            before='<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/c/">Community'
            "</a></li><li>Volunteers repaint the old harbour school</li></ol>"
        ),
        ["Community"],
        "breadcrumb",
    ),
    "article:section": (
        page(head='<meta property="article:section" content="Education">'),
        ["Education"],
        "meta:article:section",
    ),
    "json-ld articleSection": (
        page(head=ld({"@type": "NewsArticle", "articleSection": ["Education", "Local"]})),
        ["Education", "Local"],
        "json-ld:articleSection",
    ),
    "rel category": (
        page(before='<p class="post-meta"><a rel="category tag" href="/c/local">Local</a></p>'),
        ["Local"],
        "category-links",
    ),
    "cat-links": (
        page(before='<span class="cat-links"><a href="/c/a">Schools</a>, <a href="/c/b">Town</a></span>'),
        ["Schools", "Town"],
        "category-links",
    ),
    "a categories widget is no category": (
        page(
            after='<aside class="widget-area"><section class="widget widget_categories"><h2>Categories</h2><ul>'
            '<li class="cat-item"><a href="/c/news/">News</a></li></ul></section></aside>'
        ),
        [],
        "none",
    ),
    "nothing": (page(), [], "none"),
}


@pytest.mark.parametrize(("html", "categories", "rule"), CATEGORY_PAGES.values(), ids=CATEGORY_PAGES.keys())
def test_categories_from_the_page(html: str, categories: list[str], rule: str) -> None:
    record = extract(html)
    assert record["categories"] == categories
    assert record["rules"]["categories"] == rule


# --- dates ---------------------------------------------------------------------------------

DATE_PAGES = {
    "event time in the body loses to article:published_time": (
        page(
            head='<meta property="article:published_time" content="2012-09-10T08:05:00+08:00">',
            text=ZH_TEXT + "<p>时间：2012年9月15日上午9:30</p>",
        ),
        "2012-09-10T08:05:00+08:00",
        "meta:article:published_time/fast",
    ),
    "json-ld datePublished": (
        page(head=ld({"@type": "NewsArticle", "datePublished": "2024-11-22T09:14:00+08:00"})),
        "2024-11-22T09:14:00+08:00",
        "json-ld:datePublished/fast",
    ),
    "itemprop datePublished": (
        page(before='<p><time itemprop="datePublished" datetime="2024-11-21T10:00:00Z">Nov 21</time></p>'),
        "2024-11-21T10:00:00+00:00",
        "itemprop:datePublished/fast",
    ),
    "time in the header, not the related list's": (
        "<html><head><title>Title here</title></head><body><div class='recent'><ul><li><a href='/x'>Old</a> "
        "<time datetime='2020-01-01T00:00:00Z'>Jan 1</time></li></ul></div><article><header><h1>Title here</h1>"
        "<time datetime='2024-05-06T07:08:00Z'>May 6</time></header><div>" + TEXT + "</div></article></body></html>",
        "2024-05-06T07:08:00+00:00",
        "time-tag/fast",
    ),
    "label gives the minute to a day-only meta": (
        page(head='<meta name="pubdate" content="2024-11-22">', before="<p>发布时间：2024-11-22 09:14</p>"),
        "2024-11-22T09:14:00+08:00",
        "label:发布时间/fast",
    ),
    "a labelled line above the text beats a plain meta date": (
        page(head='<meta name="date" content="2026-11-22 03:00:00">', before="<p>发布时间：2024-11-18 17:19</p>"),
        "2024-11-18T17:19:00+08:00",
        "label:发布时间/fast",
    ),
    # An English page that names no zone (no offset, no profile, no country domain): UTC.
    "a plain meta date without a label": (
        page(head='<meta name="date" content="2024-11-18">'),
        "2024-11-18T00:00:00+00:00",
        "meta:date/fast",
    ),
    "label alone": (
        page(before="<p>发布时间：2024-11-22 09:14</p>"),
        "2024-11-22T09:14:00+08:00",
        "label:发布时间/fast",
    ),
}


@pytest.mark.parametrize(("html", "published", "rule"), DATE_PAGES.values(), ids=DATE_PAGES.keys())
def test_publish_time_signals(html: str, published: str, rule: str) -> None:
    record = extract(html)
    assert record["published_at"] == published
    assert record["rules"]["published_at"] == rule


@pytest.mark.parametrize(
    ("html", "updated"),
    [
        (
            page(head='<meta property="article:modified_time" content="2024-12-01T10:00:00+00:00">'),
            "2024-12-01T10:00:00+00:00",
        ),
        (page(head=ld({"@type": "NewsArticle", "dateModified": "2024-12-02T10:00:00Z"})), "2024-12-02T10:00:00+00:00"),
        (page(before="<p>更新时间：2024-12-03 08:00</p>"), "2024-12-03T08:00:00+08:00"),
        (page(), None),
    ],
)
def test_updated_at(html: str, updated: str | None) -> None:
    assert extract(html)["updated_at"] == updated


# --- article ids ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://en.kmabxh.com/NewsDes/1859774453443571712.html", "1859774453443571712"),
        ("https://site.example/node/123", "123"),
        ("https://site.example/node/123/", "123"),
        ("http://www.gov.example/xwdt/202001/t20200102_123456.html", "123456"),
        ("https://site.example/show.aspx?id=123", "123"),
        ("https://blog.example/?p=4567", "4567"),
        ("https://bbs.example/article-123-1.html", "123"),
        ("https://site.example/news/harbour-school-reopens-98765.html", "98765"),
        ("http://127.0.0.1:8080/about.html", None),
        ("https://blog.example/2020/01/02/harbour-school/", None),
        ("https://blog.example/2020/01/02/", None),
        ("https://blog.example/archives/2021/", None),
        ("https://blog.example/news/20200102.html", None),
        ("https://blog.example/news/page-2/", None),
        # an opaque hex id: no digit run inside it is the id (before, "15821772" and "181422")
        ("http://portal.example/primary/Detail-3DE5DB15821772DF.html", None),
        ("http://gov.example/c100494/2020/12/28/4dc5edf561e64b0f9e132a727d181422.html", None),
        ("https://site.example/news/notice-20201228-98765.html", "98765"),
    ],
)
def test_article_id_from_url(url: str, expected: str | None) -> None:
    assert article_id_from_url(url)[0] == expected


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=60))
def test_article_id_is_total(path: str) -> None:
    found, rule = article_id_from_url("http://site.example:8443/" + path)
    assert found is None or ((found.isdigit() and found != "8443") and rule in ("url-path", "url-query"))


# --- control characters, short and image-only posts ---------------------------------------------


def test_control_characters_are_dropped_from_every_field() -> None:
    html = page(
        head='<meta name="author" content="Jane \x07Doe\x1b">',
        title="Harbour\x1b[2J school &#27;reopens&#7;",
        text="<p>Forty volunteers\x1b[31m repainted\x9b the school, which reopens in March after "
        "two years of repairs and a long debate.</p>",
    )
    record = extract(html)
    for value in (record["title"], record["author"], record["body"], record["body_html"]):
        assert not any((ord(c) < 32 and c not in "\n\t\r") or 0x7F <= ord(c) <= 0x9F for c in value), value
    assert record["title"] == "Harbour[2J school reopens"
    assert record["author"] == "Jane Doe"


def test_a_sixty_character_post_keeps_its_body() -> None:
    short = "<p>Ferry timetable changes on Monday: first boat leaves 6:40.</p>"
    record = extract(page(text=short, title="Ferry timetable"))
    assert record["body"] == "Ferry timetable changes on Monday: first boat leaves 6:40."


def test_an_image_only_post_lists_its_images() -> None:
    images = '<p><img src="/img/a.jpg"></p><p><img src="/img/b.jpg"></p>'
    record = extract(page(text=images, title="Harbour in pictures"))
    assert record["images"] == ["https://harbour.example/img/a.jpg", "https://harbour.example/img/b.jpg"]
    assert "<img" in record["body_html"]


def test_a_home_trail_is_a_breadcrumb_whatever_its_class() -> None:
    from archiver import extract_article

    html = (
        '<html><head><title>Post title - Site</title></head><body><header><p class="kicker">'
        '<a href="/">Home</a> / News</p><h1>Post title</h1></header><p>'
        + "Text of the post. " * 20
        + '</p><p><a href="/">Home</a> is where the heart is.</p></body></html>'
    )
    record = extract_article(html, "http://x.test/stories/1")
    assert record["categories"] == ["News"] and record["rules"]["categories"] == "breadcrumb:home-trail"


@pytest.mark.parametrize(
    "heading",
    [
        "<h1>Harbour <!-- split by the CMS -->bridge reopens after repairs</h1>",  # a comment child: no leaf
        "<h1>Harbour bridge <b>reopens</b> after repairs</h1>",
        "<h1>Harbour bridge reopens after repairs</h1>",
    ],
)
def test_title_candidate_text_is_the_whole_heading(heading: str) -> None:
    """A title candidate's text is all of its text nodes, across comments and inline children (the
    childless-element shortcut of _title_candidates must not stop at a comment). ``parsed`` is a
    caller's tree, which may keep comments (parse_html drops them)."""
    paragraphs = "".join(
        f"<p>The city council said the repairs took {n} weeks and cost less than planned.</p>" for n in range(8)
    )
    html = (
        "<html><head><title>Harbour bridge reopens after repairs - City Post</title></head><body>"
        f"<nav><a href='/'>City Post</a></nav><article>{heading}{paragraphs}</article></body></html>"
    )
    tree = lxml.html.document_fromstring(html)
    record = extract_article(html, "https://city.example/news/bridge.html", parsed=(tree, "utf-8"))
    assert record["title"] == "Harbour bridge reopens after repairs"
    assert record["rules"]["title"].startswith("title-match:h1")
