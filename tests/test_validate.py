"""What validation lets into the archive (archiver/validation.py): pure checks of one record, shared by every writer."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.items import ArticleItem, PageCapture
from archiver.reextract import reextract
from archiver.store import Archive
from archiver.validation import Rejection, problems, rejection, soft_error


def test_an_image_only_post_is_an_article() -> None:
    assert problems({"title": "Photo report", "body": "", "images": ["http://x.test/1.jpg"]}) == []


def test_no_title_or_no_body_is_not() -> None:
    assert problems({"title": "", "body": "text " * 10}) == ["no title found"]
    assert problems({"title": "T", "body": "short", "images": []}) == ["no body found (under 20 characters, no images)"]


_CASE_PAGE = """<html><head><title>{title} - Some consultancy</title></head><body>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/cases/">成功案例</a></li></ul></div>
<div class="content-detail"><h1>{title}</h1>
<div class="info"><span>{date}点击：12 次</span></div>
  {text}
<div class="catlist_sp">&nbsp;</div>
<ul><li><strong>上一个：</strong><a href="/cases/cases3.html">某某公司顺利通过认证审核</a></li></ul>
</div><div class="footer">Copyright 2008-2012 某某企业管理咨询有限公司</div></body></html>"""


def _case_record(*, date: str, text: str) -> dict[str, object]:
    from archiver.extract.article import extract_article

    title = "某某贸易有限公司旗下4个工厂顺利通过人权审核"
    html = _CASE_PAGE.format(title=title, date=date, text=text)
    return dict(extract_article(html, "http://c.test/cases/cases4.html"))


def test_a_dated_post_of_a_few_words_is_an_article() -> None:
    """A CMS case entry whose whole text is its tag (cms-shirui's cases24-26: "沃尔玛验厂"): a post."""
    record = _case_record(date="发布日期：2014-05-24 11:34", text="沃尔玛验厂")
    assert record["body"] == "沃尔玛验厂"
    assert rejection(record) is None


def test_a_short_page_without_its_own_date_or_text_is_not() -> None:
    undated = _case_record(date="", text="沃尔玛验厂")
    # the footer's copyright year is no date of the page (htmldate read it as its first of January until 1.4.44)
    assert undated["published_at"] is None
    assert rejection(undated) == Rejection("invalid", "no body found (under 20 characters, no images)")
    assert problems({"title": "T", "body": "T", "published_at": "2024-11-01T09:00:00+08:00"})  # the headline again
    assert problems({"title": "T", "body": " » ", "published_at": "2024-11-01T09:00:00+08:00"})
    assert problems({"title": "T", "body": "", "images": [], "published_at": "2024-11-01T09:00:00+08:00"})


def test_a_soft_error_page() -> None:
    assert soft_error({"title": "提示", "body": "系统繁忙，请稍后再试"}) is not None
    assert soft_error({"title": "T", "body": "x" * 500 + " captcha"}) is None
    assert soft_error({"title": "Access denied", "body": "Please complete the captcha to continue."}) is not None


def test_a_marker_inside_a_word_is_no_soft_error() -> None:
    # held-out lektor-rannts: a talk on breaking Google's Recaptcha, a page of two lines, was refused as a captcha
    record = {
        "title": "Разрушители мифов. Автоматическое решение Google Recaptcha",
        "body": "Статья: Автоматическое решение Google Recaptcha.\n\nОб одном подходе к автоматическому взлому "
        "Google Recaptcha 2.",
    }
    assert soft_error(record) is None


def test_rejection_names_the_failure_kind() -> None:
    assert rejection({"title": "提示", "body": "系统繁忙，请稍后再试"}).kind == "soft-error"  # type: ignore[union-attr]
    assert rejection({"title": "", "body": "text " * 10}) == Rejection("invalid", "no title found")
    assert rejection({"title": "T", "body": "text " * 10}) is None


BODY = "The association held its annual training on fire safety for member companies. " * 3


def test_reextract_never_stores_a_record_the_crawl_would_reject(tmp_path: Path) -> None:
    """The stored page has a title and no text: the crawl would refuse its record, so reextract must too."""
    db = tmp_path / "a.db"
    page = b"<html><head><title>Annual training</title></head><body><h1>Annual training</h1></body></html>"
    url = "http://p.test/news/1.html"
    record = {
        "url": url,
        "site": "p.test",
        "title": "Annual training",
        "body": BODY,
        "keywords": [],
        "published_at": "2024-11-01T09:00:00+08:00",
    }
    archive = Archive(db)
    run = archive.start_run("http://p.test/", "generic", {})
    archive.write_batch(
        [
            ArticleItem(
                capture=PageCapture(
                    url=url, final_url=url, status=200, headers={}, body=page, fetched_at="2026-11-23T00:00:00+00:00"
                ),
                record=record,
            )
        ],
        run,
    )
    archive.finish_run(run, "finished", {})
    archive.close()

    result = reextract(db)

    assert (result.examined, result.rederived, result.failed) == (1, 0, 1)
    archive = Archive(db)
    versions = archive.db.execute("SELECT version, body FROM versions").fetchall()
    stats = archive.db.execute("SELECT stats FROM crawl_runs WHERE id = ?", [result.run_id]).fetchone()[0]
    archive.close()
    assert versions == [(1, BODY)]  # the version the crawl stored is still the current one
    assert json.loads(stats)["archiver/invalid"] == 1


def test_a_library_fallback_must_be_prose() -> None:
    """An empty article page: what a fallback extractor keeps of it is its menus and labels."""
    from archiver.extract.fallback import is_prose

    chrome = [
        "网站首页",
        "通知公告",
        "工作动态",
        "您现在的位置：",
        "首页",
        "来源： 作者： 发布时间：2024年09月26日 14:55",
        "打印本页",
        "关闭窗口",
        "版权所有：某某市安全生产协会 地址：某某市某某路1号",
    ]
    assert not is_prose(chrome)
    assert is_prose(["A short post of a single sentence that says what happened at the meeting."])


_UNTITLED_POST = """<html><head><title></title><meta property="og:title" content=" ">
<meta property="article:published_time" content="2024-11-29T16:50:39+00:00"></head><body>
<header><h1 class="site-title"><a href="/" rel="home"></a></h1></header>
<article class="post"><h1 class="entry-title"></h1>
<div class="entry-meta">Posted on 29th November 2024 by <a rel="author" href="/author/ray/">Ray Flood</a></div>
<div class="entry-content">{text}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="/share/x">X</a></li></ul></div>
<div class="related"><h3 class="related-headline">Related</h3><p><a href="/other/">Another report</a></p></div>
</div></article></body></html>"""


def test_a_post_its_author_left_untitled_is_kept_without_a_borrowed_title() -> None:
    """A WordPress "(no title)" post (a real chess club's match report): its headline, <title> and og:title
    are empty. The sharing box's "Share this:" and the related box's "Related" headed it, and with no
    title at all it would have been refused; it is a dated post with a text of its own."""
    from archiver.extract.article import extract_article

    text = "".join(
        f"<p>Round {n}: the A team drew three boards and won two, and the young players did remarkably well.</p>"
        for n in range(1, 5)
    )
    record = dict(extract_article(_UNTITLED_POST.format(text=text), "https://chess.example.org/13493-2"))
    assert record["title"] is None
    assert record["published_at"].startswith("2024-11-29")
    assert rejection(record) is None
    # undated, or dated only by a guess, an untitled page stays refused
    assert problems({"title": None, "body": "text " * 60}) == ["no title found"]
    guessed = {"title": None, "body": "text " * 60, "published_at": "2012-01-01", "rules": {"published_at": "htmldate"}}
    assert problems(guessed) == ["no title found"]
    assert problems({"title": None, "body": "text " * 60, "published_at": "2024-11-29T16:50:39+00:00"}) == []


def test_an_article_page_without_text_is_refused_whatever_its_header_holds() -> None:
    """A story template left empty: its header's breadcrumb ("Home / News") and view counter ("1 views")
    were its body, and with the byline's date it passed as a dated short post. Archived or not then
    depended on the crawl's order (the crash tests' resumed crawl placed it as a page)."""
    from archiver.extract.article import extract_article

    html = """<html><head><title>Empty page</title></head><body>
    <nav><a href="/">Home</a><a href="/section/news/">News</a></nav>
    <main><article class="story"><header><p class="kicker"><a href="/">Home</a> / News</p><h1>Empty page</h1>
    <p class="byline">Author: Chen Jie | Published: 2024/10/07 07:46:45</p><p class="counter">1 views</p></header>
    <div class="story-body"></div></article></main></body></html>"""
    record = dict(extract_article(html, "https://portal.example.org/content/empty/1.html"))
    assert record["body"] == ""
    assert rejection(record) == Rejection("invalid", "no body found (under 20 characters, no images)")


_BLOG_ENTRY = """<html><head><title>{title} | Komunita</title></head><body>
<div id="header"><a href="/">Komunita</a><ul class="menu"><li><a href="/blog/">Blogy</a></li>
<li><a href="/forum/">Fórum</a></li></ul></div>
<div id="main"><div class="breadcrumb"><a href="/">Domov</a> › <a href="/blog/">Blogy</a></div><h1>{title}</h1>
<div id="node-907" class="node"><span class="submitted">15 február, 2011 - 20:42 poslal
<a href="/user/1429/" title="Zobraziť profil používateľa">jozef</a></span>
<div class="content">{text}</div>
<ul class="links inline"><li><a href="/blog/1429/">Blog používateľa jozef</a></li></ul></div></div>
<div id="sidebar"><h3>Nové témy vo fóre</h3>
<ul><li><a href="/node/2386/">Problém s funkčnosťou stránky</a></li></ul></div>
</body></html>"""


def test_a_listed_post_signed_and_dated_by_its_page_is_kept_with_its_empty_text() -> None:
    """drupal-sk's image post "Animačky" and its poll (the copy holds neither picture nor form), hugo-indymedia-pt's
    video post and a post whose text is "***": each a listing's dated record, its page printing the headline, the
    day and the author's name, the text empty. Refused, the post was lost; its record keeps what the reader can
    still find. Only where a listing of the site lists the page: an empty story template linked from anywhere
    stays refused (the test above)."""
    from archiver.extract.article import extract_article
    from archiver.writer.pages import validated

    html = _BLOG_ENTRY.format(title="Animačky", text="")
    record = dict(extract_article(html, "https://komunita.example.sk/node/907/"))
    assert record["body"] == "" and record["author"] == "jozef"
    assert record["published_at"].startswith("2011-02-15")
    assert rejection(record, listed=True) is None
    assert rejection(record) == Rejection("invalid", "no body found (under 20 characters, no images)")
    capture = PageCapture(
        url="https://komunita.example.sk/node/907/",
        final_url="https://komunita.example.sk/node/907/",
        status=200,
        headers={},
        body=html.encode(),
        fetched_at="2026-12-03T05:00:00+00:00",
        listing_date="15 február, 2011",
    )
    kept, counted = validated(ArticleItem(capture=capture, record=record))  # type: ignore[arg-type]
    assert isinstance(kept, ArticleItem) and counted == []
    capture.listing_date = None
    refused, _ = validated(ArticleItem(capture=capture, record=record))  # type: ignore[arg-type]
    assert not isinstance(refused, ArticleItem)
    capture.listed = True  # listed by a listing that prints no date beside it (a blogger's list of entries)
    kept, _ = validated(ArticleItem(capture=capture, record=record))  # type: ignore[arg-type]
    assert isinstance(kept, ArticleItem)


def test_a_listed_page_without_its_own_date_or_author_stays_refused() -> None:
    """The guards: the day a listing printed is not the page's own, and an unsigned empty page is no post."""
    listed_day = {"title": "T", "body": "", "author": "jozef", "published_at": "2011-02-15T00:00:00+00:00"}
    assert problems({**listed_day, "rules": {"published_at": "listing/dateparser"}}, listed=True)
    assert problems({**listed_day, "rules": {"published_at": "htmldate"}}, listed=True)
    assert problems({**listed_day, "author": None, "rules": {"published_at": "near-title/month-name"}}, listed=True)
    assert not problems({**listed_day, "rules": {"published_at": "near-title/month-name"}}, listed=True)
