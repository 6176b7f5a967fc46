"""Extraction rules of session 18, found on the held-out round of dynamic-CMS mirrors (a Japanese WordPress blog in
a hero-header theme, two Blogger blogs saved with HTTrack; docs/realsites.md, "Held-out round of session 18").

Every page here is written for its test, modelled on the shape a real page had (none is copied); each test
fails without its rule (EXTRACTOR_VERSION 1.4.44, docs/extraction.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article

CAPTURED = datetime(2026, 12, 4, tzinfo=UTC)
JA_PROSE = (
    "今日から日曜日まで道場は夏季休業となります。スタッフが消毒と換気をしに来てくれました。"
    "休み明けには新しいクラスも始まりますので、皆さまのご参加をお待ちしております。"
)
ES_PROSE = (
    "Hoy hemos subido a la sierra con mis primos y hemos visto un lago precioso, con patos y peces, "
    "y después hemos comido bocadillos al lado del río antes de volver a casa muy cansados."
)


def _hero_post(meta_line: str) -> str:
    """A WordPress post in a theme that sets the headline in a hero banner over the page and prints the
    post's meta line (author, day) atop the text, far from the headline (Colibri's layout)."""
    return (
        '<html lang="ja"><head><meta charset="utf-8"><title>夏季休業 – 道場ブログ</title></head>'
        '<body class="post-template-default single single-post postid-59">'
        '<div id="navigation"><ul><li><a href="https://dojo.example.jp/blog/">ホーム</a></li></ul></div>'
        '<div id="hero"><div class="h-row"><div class="h-column"><span><h1>夏季休業</h1></span></div></div></div>'
        '<div id="content"><div class="h-section"><div class="h-row"><div class="h-column">'
        '<div class="post-thumbnail"><img src="/blog/wp-content/uploads/a.jpg" alt=""></div>'
        f'<div class="h-blog-meta">{meta_line}</div>'
        f'<div class="post-content"><p>{JA_PROSE}</p><p>{JA_PROSE}</p><p>{JA_PROSE}</p></div>'
        '<div class="nav-links"><a href="https://dojo.example.jp/blog/2020/08/next.html" rel="next">次の投稿</a></div>'
        "</div></div></div></div></body></html>"
    )


_META_LINE = (
    '<div class="metadata-item"><span class="metadata-prefix">by</span>'
    '<a href="https://dojo.example.jp/blog/author/hidemiyoshi">hidemiyoshi</a></div>'
    '<div class="metadata-item"><span class="metadata-prefix">投稿日:</span>'
    '<a href="https://dojo.example.jp/blog/2020/08/13.html">8月 13, 2020</a></div>'
)


def test_japanese_posted_on_label_dates_the_post() -> None:
    """Before: "投稿日:" (WordPress's Japanese "posted on") was no date label; nothing by the hero headline
    held a date, and the library guessed the copyright year (2025-01-01)."""
    record = extract_article(
        _hero_post(_META_LINE), "https://dojo.example.jp/blog/2020/08/blog-post_13.html", captured_at=CAPTURED
    )
    assert record["published_at"] is not None and record["published_at"].startswith("2020-08-13")
    assert record["rules"]["published_at"].startswith("label:投稿日")


def test_author_page_link_in_the_date_lines_block() -> None:
    """Before: the author-page link counted only beside the headline; in a hero-header theme the meta line
    (by <author page> · 投稿日: <day>) stands atop the text, and no author was found."""
    record = extract_article(
        _hero_post(_META_LINE), "https://dojo.example.jp/blog/2020/08/blog-post_13.html", captured_at=CAPTURED
    )
    assert record["author"] == "hidemiyoshi"
    assert record["rules"]["author"] == "byline:author-page"


def test_author_page_link_needs_the_date_line_beside_it() -> None:
    """The same link in a block holding no date line the page's date came from is left alone (an author
    box elsewhere names whoever it presents)."""
    meta = (
        '<div class="metadata-item"><span class="metadata-prefix">by</span>'
        '<a href="https://dojo.example.jp/blog/author/hidemiyoshi">hidemiyoshi</a></div>'
    )
    record = extract_article(
        _hero_post(meta), "https://dojo.example.jp/blog/2020/08/blog-post_13.html", captured_at=CAPTURED
    )
    assert record["author"] is None


def _blogger_post(author_name: str, title: str = "En la Sierra !!!") -> str:
    """A Blogger post (the classic template): the post's own markup declares a schema.org BlogPosting, its
    footer line says who posted it and when, the author a Person item with its own name element."""
    return (
        '<html><head><meta charset="utf-8"><title>Mi blog: En la Sierra</title></head><body>'
        '<div class="header"><h1><a href="https://miblog.example.com/">Mi blog</a></h1></div>'
        '<div class="main"><h2 class="date-header"><span>domingo, 25 de julio de 2010</span></h2>'
        '<div class="post hentry" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">'
        f'<h3 class="post-title entry-title" itemprop="name">{title}</h3>'
        '<div class="post-body entry-content" itemprop="description articleBody">'
        f"<p>{ES_PROSE}</p><p>{ES_PROSE}</p><p>{ES_PROSE}</p></div>"
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1">'
        '<span class="post-author vcard">Publicado por '
        '<span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
        '<a class="g-profile" href="https://www.blogger.com/profile/1803" rel="author">'
        f'<span itemprop="name">{author_name}</span></a></span></span>'
        '<span class="post-timestamp"> en <a class="timestamp-link" href="en-la-sierra.html" rel="bookmark">'
        '<abbr class="published" itemprop="datePublished" title="2010-07-25T13:46:00+02:00">domingo, julio 25, 2010'
        "</abbr></a></span></div></div></div></div>"
        '<div class="footer"><p>Tema Sencillo. Con la tecnología de Blogger.</p></div>'
        "</body></html>"
    )


def test_post_footer_inside_the_declared_post_is_no_site_furniture() -> None:
    """Before: ``div.post-footer`` read as the page's footer by its class word alone, and the author item in
    it was skipped; inside the post's own BlogPosting item it is the post's footer."""
    record = extract_article(
        _blogger_post("Jorge Ruiz"), "https://miblog.example.com/2010/07/en-la-sierra.html", captured_at=CAPTURED
    )
    assert record["author"] == "Jorge Ruiz"
    assert record["rules"]["author"] == "itemprop:author"


def test_author_items_own_name_element_holds_a_pen_name() -> None:
    """Before: a pen name in lower case ("Jorge el constructor") was no name to the byline reader; the author
    item's own ``itemprop=name`` element says it is one."""
    record = extract_article(
        _blogger_post("Jorge el constructor"),
        "https://miblog.example.com/2010/07/en-la-sierra.html",
        captured_at=CAPTURED,
    )
    assert record["author"] == "Jorge el constructor"
