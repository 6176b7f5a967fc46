"""Generic extraction on the shapes real sites have (pages written for these tests, after the failures
measured on real Hexo, Hugo, Jekyll, Pelican and CMS sites: docs/extraction.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article, fallback
from archiver.profiles import load_profile

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)
PROSE = (
    "The committee met on Tuesday to review the harbour plans, and the members agreed that "
    "the old school should be repaired before the winter storms arrive in the bay. "
)
ZH_PROSE = (
    "本次会议听取了各部门的工作汇报，并对下一阶段的重点任务进行了部署，要求各单位认真落实，确保各项工作按期完成。"
)


def extract(html: str, url: str = "https://blog.example.org/posts/a/", **kwargs: object) -> dict:
    return extract_article(html, url, captured_at=CAPTURED, **kwargs)


# --- titles -----------------------------------------------------------------------------------


def test_visible_heading_beats_a_title_cased_doc_title() -> None:
    html = (
        "<html><head><title>Pwn With Tmux in Docker | 0x14's blog</title></head><body>"
        "<article><div class='post-header'><p class='post-title'>Pwn With Tmux In Docker</p></div>"
        f"<div class='post-content'><p>{PROSE * 3}</p></div></article></body></html>"
    )
    record = extract(html)
    assert record["title"] == "Pwn With Tmux In Docker"


@pytest.mark.parametrize(
    ("doc_title", "headline"),
    [
        # MkDocs Material: <title> from the front matter, the heading from the Markdown text
        ("Terraform Introduction & Getting Started - Network Notes", "Terraform: Introduction & Getting Started"),
        # "->" is no separator <title> splits at, and the site's name follows the last spaced one
        (
            "Query Everything with GraphQL -> One Query to Rule Them All - Network Notes",
            "Query Everything with GraphQL: One Query to Rule Them All",
        ),
    ],
)
def test_the_heading_saying_the_title_in_other_punctuation_is_the_headline(doc_title: str, headline: str) -> None:
    html = (
        f"<html><head><title>{doc_title}</title></head><body>"
        "<header><a href='/'>Network Notes</a><nav><a href='/blog/'>Blog</a></nav></header>"
        "<main><div class='md-content'><article class='md-content__inner md-typeset'>"
        f"<nav class='md-tags'><a href='/tags/#iac'>iac</a></nav><h1 id='x'>{headline}</h1>"
        f"<p>{PROSE * 3}</p><h2>Setup</h2><p>{PROSE * 2}</p></article></div></main></body></html>"
    )
    assert extract(html.replace("&", "&amp;"))["title"] == headline


def _front_matter_page(doc_title: str, body_head: str, wrapper: str = "main") -> str:
    """MkDocs Material's shape: ``<title>`` from the front matter, the headline from the Markdown text."""
    return (
        f"<html><head><title>{doc_title}</title></head><body>"
        "<header><a href='/'>Network Notes</a><nav><a href='/blog/'>Blog</a></nav></header>"
        f"<{wrapper}><div class='md-content'><div class='md-content__inner md-typeset'>"
        f"{body_head}<p>{PROSE * 3}</p><h2>Setup</h2><p>{PROSE * 2}</p></div></div></{wrapper}></body></html>"
    )


def test_the_posts_only_h1_is_the_headline_when_title_is_nowhere_on_the_page() -> None:
    html = _front_matter_page(
        "Create development environment for Ansible roles - Network Notes",
        "<nav class='md-tags'><a href='/tags/#ansible'>ansible</a></nav>"
        "<h1 id='x'>Local Ansible Role Test Environment</h1>",
    )
    assert extract(html)["title"] == "Local Ansible Role Test Environment"


@pytest.mark.parametrize(
    ("body_head", "wrapper"),
    [
        # two <h1>: which one heads the post is not for a lone-heading rule to say
        ("<h1>Local Ansible Role Test Environment</h1><h1>Second part</h1>", "main"),
        # an <h1> outside the post's <article>/<main> (a banner) is no headline
        ("<h1>Local Ansible Role Test Environment</h1>", "div"),
        # the only <h1> names the site (a link home)
        ("<h1><a href='/'>Local Ansible Role Test Environment</a></h1>", "main"),
    ],
)
def test_an_h1_that_is_not_the_posts_only_heading_leaves_title_to_decide(body_head: str, wrapper: str) -> None:
    html = _front_matter_page("Create development environment for Ansible roles - Network Notes", body_head, wrapper)
    assert extract(html)["title"] == "Create development environment for Ansible roles"


def test_og_title_naming_another_headline_beats_the_posts_only_h1() -> None:
    # a news site's og:title is the headline it files; its <h1> a reworded one
    html = _front_matter_page(
        "Create development environment for Ansible roles - Network Notes",
        "<h1>Local Ansible Role Test Environment</h1>",
    ).replace("</title>", "</title><meta property='og:title' content='Ansible roles, tested locally'>")
    assert extract(html)["title"] == "Ansible roles, tested locally"


def _excerpt_page(article_head: str) -> str:
    """MkDocs Material's blog post: the excerpt's ``# heading`` opens the article, and after ``<!-- more -->``
    the text repeats the front matter's title (the ``<title>``) as a second ``# heading``."""
    return (
        "<html><head><title>Harbour Images with Apps Pre-Installed - Network Notes</title></head><body>"
        "<header><h1><a href='/'>Network Notes</a></h1></header><main><div class='md-content'>"
        "<article class='md-content__inner md-typeset'><nav class='md-tags'><a href='/tags/#docker'>docker</a></nav>"
        f"{article_head}<p>{PROSE * 2}</p><!-- more --><h1>Harbour Images with Apps Pre-Installed</h1>"
        f"<p>{PROSE * 3}</p></article></div></main></body></html>"
    )


def test_the_h1_that_opens_the_article_is_its_headline_before_a_later_one_repeating_title() -> None:
    """mkdocs-netdevops: the reader sees "Nautobot Docker Apps" atop the post (and on the blog's card); the
    <h1> repeating <title> comes after the excerpt. The site's <h1> in the header is no part of the article."""
    html = _excerpt_page("<h1 id='harbour-apps'>Harbour Apps</h1>")
    record = extract(html)
    assert record["title"] == "Harbour Apps"
    assert record["rules"]["title"] == "article-h1"


def test_an_article_opening_with_the_h1_title_repeats_keeps_it() -> None:
    html = _excerpt_page("<h2>Harbour Apps</h2>")  # a lesser heading first: the <h1> repeating <title> heads it
    assert extract(html)["title"] == "Harbour Images with Apps Pre-Installed"


def test_the_post_heading_og_title_names_beats_the_texts_heading_in_other_punctuation() -> None:
    """Nikola: the post's <h1> links to the page itself (``href="."``, read like a link home); the
    text opens with its own heading in other punctuation. og:title names the post's."""
    title = "A Closer Look, the Harbour Plan Explained"
    html = (
        f"<html><head><title>{title} | Harbour Collaborative</title>"
        f"<meta property='og:title' content='{title}'></head><body>"
        f"<article class='post-text h-entry'><header><h1 class='p-name entry-title'><a href='.' class='u-url'>{title}"
        "</a></h1></header><div class='e-content entry-content'>"
        f"<h2>A Closer Look: the Harbour Plan Explained</h2><p>{PROSE * 3}</p></div></article></body></html>"
    )
    assert extract(html)["title"] == title


def test_a_heading_of_one_word_in_other_punctuation_is_no_title_match() -> None:
    """One word is a section's name as often as a headline: "News." under the <title> "News | Club"
    says nothing a heading-less page would not."""
    html = (
        "<html><head><title>News | Harbour Club</title></head><body>"
        "<header><h2>News.</h2></header>"
        f"<article><div class='entry'><p>{PROSE * 3}</p></div></article></body></html>"
    )
    assert extract(html)["title"] == "News"


def test_a_headline_in_capitals_keeps_the_case_title_writes() -> None:
    """A table-layout newswire theme prints the headline through ``upper``; <title> has it as written."""
    html = (
        "<html><head><title>Moradores em luta por parque verde em Braga - newswire.pt</title></head><body>"
        "<table><tr><td class='left-column'><a href='/'>newswire.pt</a></td><td class='center-column'>"
        "<table class='feature-story'><tr><td class='feature-title'><font size='-1'>"
        "<b>MORADORES EM LUTA POR PARQUE VERDE EM BRAGA</b></font></td>"
        "<td class='feature-date'><b>Sep 22 2023</b></td></tr>"
        f"<tr><td colspan='2' class='feature-content'><p><small>by Publicação Comunitária</small></p><p>{PROSE * 3}</p>"
        "</td></tr></table></td></tr></table></body></html>"
    )
    assert extract(html)["title"] == "Moradores em luta por parque verde em Braga"
    ordinal = html.replace("Moradores em luta", "Lugar de Fala nº 178:").replace(
        "MORADORES EM LUTA", "LUGAR DE FALA Nº 178:"
    )
    assert extract(ordinal)["title"] == "Lugar de Fala nº 178: por parque verde em Braga"


def test_a_headline_in_capitals_that_title_writes_in_capitals_stays() -> None:
    html = (
        "<html><head><title>NASA CONFIRMS THE LAUNCH - Space Desk</title></head><body>"
        f"<article><h1>NASA CONFIRMS THE LAUNCH</h1><p>{PROSE * 3}</p></article></body></html>"
    )
    assert extract(html)["title"] == "NASA CONFIRMS THE LAUNCH"


def test_site_name_heading_loses_to_the_post_heading() -> None:
    """Hugo: ``Sponsors // BarCamp Cork`` with both names in <h1>; the site's is a link home."""
    html = (
        "<html><head><title>Sponsors // BarCamp Cork</title></head><body>"
        "<header><h1><a href='/'>BarCamp Cork</a></h1></header>"
        f"<main><h1 class='post-title'>Sponsors</h1><div class='post-content'><p>{PROSE * 2}</p></div></main>"
        "</body></html>"
    )
    assert extract(html, "https://barcampcork.org/2006/09/10/sponsors/")["title"] == "Sponsors"


@pytest.mark.parametrize(
    ("doc_title", "site_block", "headline"),
    [
        ("常用位运算操作 | 0Kelvins", "<h1 class='site-title'>0Kelvins</h1>", "常用位运算操作"),  # host name
        (
            "Go语言之禅 - 小艾的自留地",
            "<div class='cover'><p class='title'>小艾的自留地</p></div>",
            "Go语言之禅",
        ),  # suffix
    ],
)
def test_the_sites_own_name_is_not_the_headline(doc_title: str, site_block: str, headline: str) -> None:
    html = (
        f"<html><head><title>{doc_title}</title></head><body>{site_block}"
        f"<article><h1 class='post-title'>{headline}</h1><div class='post-body'><p>{ZH_PROSE * 3}</p></div>"
        "</article></body></html>"
    )
    assert extract(html, "https://0kelvins.github.io/2017/12/05/a/")["title"] == headline


def _dopetrope_post(headline: str, sidebar: str = "") -> str:
    """Hugo's dopetrope theme: ``<title>`` and the logo's ``<h1>`` say the site's name on every page, the
    post's headline is an ``<h2>`` in ``article header`` with its date line."""
    return (
        "<html><head><title>Gunma Computer Club</title></head><body><div id='header'>"
        "<h1><a href='https://club.example.org/'>Gunma Computer Club</a></h1>"
        # a tagline long enough to read as the page's first paragraph of prose
        "<p class='subtitle'>Information technology researching society of the Gunmer, by the Gunmer, "
        "for the Gunmer</p>"
        "<nav id='nav'><ul><li><a href='https://club.example.org/news'>News</a></li></ul></nav></div>"
        f"<div id='main'><article class='box post'><header><h2>{headline}</h2><p>Posted 13 Oct 2018</p></header>"
        f"<div class='post-content'><p>{PROSE}</p><h3>What changed</h3><p>{PROSE}</p></div></article>"
        f"{sidebar}</div></body></html>"
    )


def test_under_a_title_naming_the_site_the_posts_heading_is_the_headline() -> None:
    sidebar = "<section><header><h2>EVENTS</h2></header><ul><li><h3>Advent calendar 2017</h3></li></ul></section>"
    record = extract(_dopetrope_post("We moved to GitHub Pages", sidebar), "https://club.example.org/news/2019/10-13/")
    assert (record["title"], record["rules"]["title"]) == ("We moved to GitHub Pages", "post-heading:h2")
    # the date line beside the headline, not the URL's year (the author filed a 2018 post under 2019)
    assert record["published_at"].startswith("2018-10-13")
    assert record["rules"]["published_at"].startswith("near-title")


@pytest.mark.parametrize("text", [f"<div class='body'>{PROSE}</div><p class='notice'>{PROSE}</p>", ""])
def test_a_title_named_block_of_the_content_is_the_headline_under_a_title_a_menu_says(text: str) -> None:
    """Frozen-Flask: ``<title>`` is the group's name, which its menu links to the group's page; the
    headline is a ``div.title`` (no heading element). A report of one line has no prose at all."""
    html = (
        "<html><head><title>Tehran LUG</title></head><body><nav class='navbar'>"
        "<div class='navbar-header'><a class='navbar-brand' href='/build/'>Home</a></div>"
        "<ul class='nav navbar-nav'><li><a href='/build/tehlug/'>Tehran LUG</a></li>"
        "<li><a href='/build/reports/'>Reports</a></li></ul></nav>"
        "<div id='content'><div class='title'>Session one hundred</div><div class='subject'>KDE 4</div>"
        f"<div class='date'>1386/08/02</div>{text}<ul class='members'><li>Jadi</li><li>Saeed</li></ul>"
        "</div></body></html>"
    )
    record = extract(html, "https://tehlug.example.org/build/reports/session-100/")
    assert (record["title"], record["rules"]["title"]) == ("Session one hundred", "post-heading:div")


def test_a_title_only_metadata_calls_the_sites_name_stays_the_headline() -> None:
    """MSN: its ``application-name`` carries the headline; a strip of other stories has ``div.title``s."""
    headline = "The man whose duvet nearly killed him"
    html = (
        f"<html><head><title>{headline}</title><meta name='application-name' content='{headline}'></head><body>"
        f"<div class='strip'><a href='/a/'><div class='title'>All eyes turn to Gordon</div></a></div>"
        f"<h1 itemprop='headline'>{headline}</h1><p>{PROSE * 2}</p></body></html>"
    )
    assert extract(html, "https://www.msn.example/news/a/")["title"] == headline


def test_a_menu_entry_for_the_page_itself_does_not_make_its_title_the_sites_name() -> None:
    html = (
        "<html><head><title>Annual report</title></head><body><nav><a href='/about/report/'>Annual report</a>"
        "</nav><div id='content'><div class='title'>Contents</div>"
        f"<p>{PROSE * 2}</p></div></body></html>"
    )
    assert extract(html, "https://club.example.org/about/report/")["title"] == "Annual report"


def test_a_malformed_menu_link_saying_the_title_is_read_without_error() -> None:
    html = (
        "<html><head><title>Tehran LUG</title></head><body><nav><a href='http://[x'>Tehran LUG</a></nav>"
        f"<div id='content'><div class='title'>Session one hundred</div><p>{PROSE * 2}</p></div></body></html>"
    )
    assert extract(html, "https://tehlug.example.org/build/reports/session-100/")["title"] == "Tehran LUG"


# --- authors ----------------------------------------------------------------------------------


def _blog(head: str) -> str:
    return (
        f"<html><head><title>A post - cqqqwq 的小站</title>{head}</head><body>"
        f"<article><h1>A post</h1><div class='post-content'><p>{PROSE * 3}</p></div></article></body></html>"
    )


def test_a_blog_generators_meta_author_is_the_owner_even_as_a_handle() -> None:
    record = extract(
        _blog('<meta name="generator" content="Hugo 0.120"><meta name="author" content="cqqqwq">'),
        "https://blog.cqqqwq.com/posts/a/",
    )
    assert (record["author"], record["rules"]["author"]) == ("cqqqwq", "meta:author/blog")


def test_without_a_blog_generator_a_site_named_meta_author_stays_out() -> None:
    record = extract(_blog('<meta name="author" content="cqqqwq">'), "https://blog.cqqqwq.com/posts/a/")
    assert record["author"] is None


def test_author_is_a_role_word_not_a_name() -> None:
    html = (
        f"<html><head><title>Welcome</title></head><body><article><h1>Welcome</h1>"
        "<span class='post-author'><a rel='author' href='/'>Author</a></span>"
        f"<div class='post-content'><p>{PROSE * 3}</p></div></article></body></html>"
    )
    assert extract(html)["author"] is None


# --- dates ------------------------------------------------------------------------------------


def _dated(time_tag: str, title: str = "单片机的延时函数", lang: str = "zh-CN") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title} | Blog</title></head><body><article>"
        f"<header><h1>{title}</h1><div class='post-meta'>{time_tag}</div></header>"
        f"<div class='post-content'><p>{ZH_PROSE * 3}</p></div></article></body></html>"
    )


def test_a_utc_machine_time_is_shown_on_the_day_a_chinese_page_prints() -> None:
    """Hexo writes ``datetime`` in UTC and prints the +08:00 day."""
    record = extract(_dated('<time datetime="2021-11-28T16:00:00.000Z" itemprop="datePublished">2021-11-29</time>'))
    assert record["published_at"] == "2021-11-29T00:00:00+08:00"


def test_a_utc_time_stays_utc_when_the_page_prints_the_utc_day() -> None:
    """Hugo: ``+0000`` in the meta and ``Aug 24, 2019`` printed: the page's day is the UTC one."""
    html = _dated("<time class='single__info'>Aug 24, 2019</time>").replace(
        "</head>", '<meta property="article:published_time" content="2019-08-24T22:13:06+0000"></head>'
    )
    assert extract(html)["published_at"] == "2019-08-24T22:13:06+00:00"


def _hexo_utc_machine_post(printed: str, meta: str) -> str:
    """Hexo with no timezone set, built on a UTC machine (held-out hexo-kaiyuanshe): the byline prints the
    front matter's time as written, the meta says that clock reading in UTC."""
    byline = (
        f"<div class='blog-byline mt-2'><span class='blog-index-time'>{printed}</span>"
        "<a class='author-link' href='https://github.com/someone'>someone</a>"
        "<span><a class='badge' href='categories/Activity/'>Activity</a></span></div>"
    )
    return _dated(byline).replace("</head>", f'<meta property="article:published_time" content="{meta}"></head>')


def test_a_utc_meta_time_the_byline_prints_as_written_is_the_sites_local_time() -> None:
    """Written at 17:34 and printed so; the meta's 17:34Z shifted to +08:00 was the next day, which the page
    never shows (16 of kaiyuanshe's 53 posts)."""
    html = _hexo_utc_machine_post("2019-08-08 17:34:14", "2019-08-08T17:34:14.000Z")
    assert extract(html)["published_at"] == "2019-08-08T17:34:14+08:00"
    # the same before 16:00, where the shift kept the day but not the time
    html = _hexo_utc_machine_post("2019-08-09 11:18:33", "2019-08-09T11:18:33.000Z")
    assert extract(html)["published_at"] == "2019-08-09T11:18:33+08:00"


def test_a_front_matter_time_in_a_code_sample_is_no_printed_date() -> None:
    """A post about blogging shows its own front matter (``date: 2020-03-13 12:00:00``) in a code block; the
    page prints the day alone (held-out jekyll-4dcu, a Belgian blog, meta ``12:00:00+00:00``): the code is
    no byline, and the meta's instant is shown in the site's zone as before."""
    html = (
        "<html lang='nl'><head><title>Betere blogs met Jekyll</title>"
        '<meta property="article:published_time" content="2020-03-13T12:00:00+00:00"></head><body><article>'
        "<header><h1>Betere blogs met Jekyll</h1><p class='meta'>13 maart 2020</p></header>"
        f"<div class='content'><p>{PROSE * 2}</p><pre><code>---\nlayout: post\ntitle: Jekyll Blog\n"
        "date:   2020-03-13 12:00:00\n---</code></pre>"
        f"<p>{PROSE * 2}</p></div></article></body></html>"
    )
    assert extract(html, "https://blog.example.be/2020/03/13/jekyll-blog.html")["published_at"] == (
        "2020-03-13T13:00:00+01:00"
    )


def test_a_utc_meta_time_the_page_prints_in_its_own_zone_is_shifted() -> None:
    """The byline prints the +08:00 reading of the meta's instant (a generator that knows the site's zone):
    the instant stands, shown in the site's zone."""
    html = _hexo_utc_machine_post("2019-08-09 01:34:14", "2019-08-08T17:34:14.000Z")
    assert extract(html)["published_at"] == "2019-08-09T01:34:14+08:00"


def test_fa_bu_yu_label_with_an_english_month() -> None:
    record = extract(_dated("<div class='new-meta-item date'><p>发布于：Dec 25, 2024</p></div>"))
    assert record["published_at"].startswith("2024-12-25")
    assert record["rules"]["published_at"].startswith("label:发布于")


@pytest.mark.parametrize(
    ("lang", "url", "offset"),
    [
        ("en", "https://news.example.com/a/", "+00:00"),  # English, no country: UTC, never +08:00
        ("de", "https://news.example.com/a/", "+01:00"),  # German: Europe/Berlin (winter)
        ("en", "https://news.example.co.uk/a/", "+00:00"),
        ("zh-CN", "https://news.example.com/a/", "+08:00"),
    ],
)
def test_a_time_without_offset_is_read_in_the_pages_zone(lang: str, url: str, offset: str) -> None:
    html = _dated("<span class='date'>2024-01-15 09:30</span>", title="Harbour news", lang=lang).replace(
        "</head>", '<meta property="article:published_time" content="2024-01-15 09:30"></head>'
    )
    assert extract(html, url)["published_at"] == f"2024-01-15T09:30:00{offset}"


def test_the_profile_zone_wins_over_the_page_language() -> None:
    profile = load_profile("kmabxh")  # Asia/Shanghai by its own declaration
    html = _dated("", title="Harbour news", lang="de").replace(
        "</head>", '<meta property="article:published_time" content="2024-01-15 09:30"></head>'
    )
    record = extract_article(html, "https://news.example.com/a/", profile, captured_at=CAPTURED)
    assert record["published_at"] == "2024-01-15T09:30:00+08:00"


def test_htmldate_finds_a_date_no_rule_of_ours_reads() -> None:
    html = (
        "<html><head><title>Harbour news</title></head><body>"
        "<div class='sidebar-box'>Last edited on 12 March 2021</div>"
        f"<article><h1>Harbour news</h1><div class='post-content'><p>{PROSE * 3}</p></div></article>"
        "</body></html>"
    )
    record = extract(html, "https://news.example.com/harbour/")
    assert record["rules"]["published_at"].startswith("htmldate")
    assert record["published_at"].startswith("2021-03-12")


# --- body -------------------------------------------------------------------------------------

CODE = (
    "<figure class='highlight cpp'><table><tr><td class='gutter'><pre>1\n2\n3</pre></td><td class='code'><pre>"
    "<span class='keyword'>typedef</span> <span class='keyword'>unsigned</span> <span class='type'>char</span> "
    "UCHAR;\n<span class='function'><span class='keyword'>void</span> delay(UINT n, UINT m, UINT k, UINT j, "
    "UINT q)</span> { <span class='keyword'>while</span> (n--, m--, k--, j--, q--); }</pre></td></tr></table>"
    "</figure>"
)


def test_code_belongs_to_the_post_with_its_keywords() -> None:
    html = (
        "<html><head><title>Delay functions</title></head><body>"
        "<div class='sidebar'><p>About me: a student, writing about embedded systems, C, Linux.</p></div>"
        f"<article><h1>Delay functions</h1><div class='article-entry'><p>{PROSE}</p>{CODE * 3}"
        f"<p>{PROSE}</p></div></article></body></html>"
    )
    body = extract(html)["body"]
    assert PROSE.strip() in body and "typedef unsigned char UCHAR" in body
    assert "About me" not in body


def test_item_prop_article_body_holds_a_short_post_beside_a_long_sidebar() -> None:
    sidebar = "".join(
        f"<p>Recent post number {i}, with a long teaser about things, places, people.</p>" for i in range(12)
    )
    html = (
        "<html><head><title>Star trails</title></head><body><aside class='widget'><div class='content'>"
        f"{sidebar}</div></aside><article><h1>Star trails</h1><div itemprop='articleBody'>"
        "<p>Some photos of star trails I took last winter.</p><img src='/a.jpg'></div></article></body></html>"
    )
    record = extract(html)
    assert record["body"] == "Some photos of star trails I took last winter."
    assert record["rules"]["body"] == "itemprop:articleBody"


def test_a_split_article_is_kept_whole_without_the_ad_between() -> None:
    """One block per paragraph, each in two wrappers (a React news site): the article holds them all."""
    block = "<div class='sc-a1 x'><div class='sc-b2 y'><p>{}</p></div></div>"
    parts = [block.format(f"Part {i}. {PROSE}") for i in range(6)]
    parts.insert(3, "<div class='ad-slot'><a href='/buy'>Buy now</a></div>")
    html = (
        "<html><head><title>Storms ahead</title></head><body><main><article><h1>Storms ahead</h1>"
        f"<div class='story'>{''.join(parts)}</div></article></main>"
        "<div class='related'><a href='/x'>Other story</a></div></body></html>"
    )
    body = extract(html)["body"]
    assert all(f"Part {i}." in body for i in range(6))
    assert "Buy now" not in body and "Other story" not in body


def test_a_keyword_line_atop_a_long_text_does_not_end_it() -> None:
    """The page's tags line comes first; the abstract's own 关键词 line stays in the text, and the text goes on."""
    html = (
        "<html><head><title>论文</title></head><body><article><h1>论文</h1><p class='tags'>标签：课程 论文</p>"
        f"<div class='post-content'><p>本文为课程论文。</p><p>摘要：{ZH_PROSE}{ZH_PROSE}</p>"
        "<p><strong>关键词：</strong>计算社会科学；伦理学</p>"
        + "".join(f"<p>第{i}节。{ZH_PROSE}</p>" for i in range(6))
        + "</div></article></body></html>"
    )
    assert "第5节" in extract(html)["body"]


def test_cms_previous_and_next_links_leave_the_body() -> None:
    html = (
        "<html><head><title>验厂资料</title></head><body><div class='content-detail'><h1>验厂资料</h1>"
        f"<p>{ZH_PROSE * 2}</p><ul><li><strong>上一个：</strong><a href='/a'>安全准则</a></li>"
        "<li><strong>下一个：</strong><a href='/b'>审核方法</a></li></ul></div></body></html>"
    )
    body = extract(html, "http://cms.example.cn/factory/factory189.html")["body"]
    assert "上一个" not in body and "安全准则" not in body


def test_trafilatura_takes_over_when_our_block_fails_the_gate() -> None:
    """Our block is a short teaser far from the headline; the article is in plain divs."""
    teaser = "<div class='teaser-content'><p>Short teaser, with, many, commas, here, and, there, again.</p></div>"
    article = "".join(
        f"<div><div>{PROSE} Paragraph {i} goes on with detail about the works.</div></div>" for i in range(8)
    )
    html = (
        "<html><head><title>Harbour works</title></head><body><h1>Harbour works</h1>"
        f"<div class='grid'><div class='col-has-no-gap'>{article}</div></div><aside>{teaser * 3}</aside>"
        "</body></html>"
    )
    record = extract(html)
    assert "Paragraph 7" in record["body"]


@pytest.mark.parametrize(
    ("body", "density", "page", "fails"),
    [
        ("", 0.0, 5000, True),
        ("x" * 100, 0.0, 5000, True),  # a fragment of a long page
        ("x" * 100, 0.0, 300, False),  # a short page: a short post
        ("x" * 2000, 0.7, 5000, True),  # mostly links
        ("x" * 2000, 0.1, 5000, False),
    ],
)
def test_quality_gate(body: str, density: float, page: int, fails: bool) -> None:
    assert fallback.body_fails_gate(body, density, page) is fails


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("作者：赵  培", ["赵培"]),  # a two-character name spaced out to the width of three
        ("记者 伊琳 李清芬", ["伊琳", "李清芬"]),
    ],
)
def test_chinese_names_spaced_to_width(byline: str, names: list[str]) -> None:
    html = (
        f"<html><head><title>会议召开</title></head><body><div class='article'><h1>会议召开</h1>"
        f"<div class='info'>{byline}</div><div class='content'><p>{ZH_PROSE * 3}</p></div></div></body></html>"
    )
    assert extract(html, "http://news.example.cn/a/1.html")["authors"] == names


def test_a_page_whose_every_block_is_links_extracts_without_error() -> None:
    html = "<html><head><title>Links</title></head><body><div class='ad'><a href='/a'>a link</a></div></body></html>"
    record = extract(html)
    assert record["rules"]["body"] in ("none", "trafilatura", "main-content")


def test_a_logo_repeating_the_title_suffix_in_capitals_is_no_headline() -> None:
    """``… | AP News`` with ``<div class="header-title">AP NEWS</div>``: the headings and <title> decide."""
    html = (
        "<html><head><title>Economy grew 1.1% in the first quarter | AP News</title></head><body>"
        "<div class='header-title title'>AP NEWS</div><h1>Economy grew 1.1% in first quarter</h1>"
        f"<div class='story'><p>{PROSE * 3}</p></div></body></html>"
    )
    assert extract(html, "https://apnews.com/article/economy")["title"] == "Economy grew 1.1% in the first quarter"


def test_a_day_from_the_url_gets_the_time_the_page_prints_on_that_day() -> None:
    """An old forum page: ``发表于 2005-9-15 11:46:00`` under the post; the URL gives the day alone."""
    html = (
        "<html><head><title>旧帖</title></head><body><div class='post'><h1>旧帖</h1>"
        f"<div class='content'><p>{ZH_PROSE * 3}</p></div></div>"
        "<div class='tail'><span>zboygirl 发表于 2005-9-15 11:46:00 | 阅读(1660)</span></div>"
        "</body></html>"
    )
    record = extract(html, "http://bbs.example.cn/2005/09/15/thread-1.html")
    assert (record["published_at"], record["rules"]["published_at"]) == ("2005-09-15T11:46:00+08:00", "url+text/fast")


def test_a_kicker_and_headline_heading_gives_way_to_og_title() -> None:
    """``Kicker: Headline | Site`` with og:title the headline alone: a heading of the kicker and the
    headline says <title>'s words, but og:title names the headline (a Swiss paper's ``<h2>`` of spans)."""
    html = (
        "<html><head><title>Harbour vote: Council delays the harbour plan again | City Paper</title>"
        "<meta property='og:title' content='Council delays the harbour plan again'></head><body>"
        "<article><h2 class='ContentHead_title'><span class='ContentHead_titleheader'>Harbour vote</span>"
        "<span aria-hidden='true'> – </span><span class='ContentHead_text'>Council delays the harbour plan again"
        f"</span></h2><p>{PROSE * 3}</p></article></body></html>"
    )
    assert extract(html)["title"] == "Council delays the harbour plan again"


# --- a byline the page's data gives and its meta line prints (1.4.9: docs/realsites.md, hugo-broomhillcc)


def _council_post(byline: str, data_author: str | None = None, shown: bool = True) -> str:
    """A theme's single page: the author in the head's JSON-LD and ``<meta name=author>``, and printed
    after the date in the headline's meta line (``October 2024 · Name``) when ``shown``."""
    data_author = byline if data_author is None else data_author
    meta_line = f"<span title='2024-10-03'>October 2024</span>&nbsp;·&nbsp;{byline}" if shown else "October 2024"
    return (
        "<html><head><title>Road closures this week | Harbour Residents Association</title>"
        f"<meta name='author' content='{data_author}'>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
        f'"headline": "Road closures this week", "author": [{{"@type": "Person", "name": "{data_author}"}}], '
        '"publisher": {"@type": "Organization", "name": "Harbour Residents Association"}}</script>'
        "</head><body><header><a href='/'>Harbour Residents Association</a></header><main><article>"
        "<header class='entry-header'><h1>Road closures this week</h1>"
        f"<div class='entry-meta'>{meta_line}</div></header>"
        f"<div class='entry-text'><p>{PROSE * 2}</p></div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        "Harbour Residents Association",  # the site's own name: an organisation writing on its own site
        "Games 2026",  # a name with digits
        "Ann Lee, Secretary Harbour Residents Association",  # a name with its role
    ],
)
def test_a_byline_the_data_gives_and_the_meta_line_prints_is_the_author(byline: str) -> None:
    record = extract(_council_post(byline), "https://harbour.example.org/road-closures/")
    assert (record["author"], record["rules"]["author"]) == (byline, "json-ld:author/shown")


def test_the_sites_name_only_in_the_data_is_no_author() -> None:
    """The site's name in the head, while the page prints no byline: the CMS's default, no author."""
    record = extract(_council_post("Harbour Residents Association", shown=False), "https://harbour.example.org/a/")
    assert record["author"] is None


def test_a_shown_account_name_is_no_author() -> None:
    record = extract(_council_post("siteadmin"), "https://harbour.example.org/a/")
    assert record["author"] is None


def test_a_person_the_data_names_is_read_as_before_when_shown() -> None:
    """A name that passes the name checks keeps its rule: the data's own, split into names."""
    record = extract(_council_post("Ann Lee & Tom Ross"), "https://harbour.example.org/a/")
    assert (record["authors"], record["rules"]["author"]) == (["Ann Lee", "Tom Ross"], "json-ld:author")


def test_the_sites_name_as_a_banner_by_the_headline_is_no_byline() -> None:
    """The site's name on a line of its own beside the headline is its banner: a byline shown is one
    after "by" or beside the date in the meta line."""
    html = _council_post("Harbour Residents Association", shown=False).replace(
        "<h1>Road closures this week</h1>",
        "<div class='site-banner'>Harbour Residents Association</div><h1>Road closures this week</h1>",
    )
    assert extract(html, "https://harbour.example.org/a/")["author"] is None


def test_a_byline_after_by_needs_no_date_beside_it() -> None:
    html = _council_post("Games 2026", shown=False).replace(
        "October 2024</div>", "October 2024</div><p>by Games 2026</p>"
    )
    record = extract(html, "https://harbour.example.org/a/")
    assert (record["author"], record["rules"]["author"]) == ("Games 2026", "json-ld:author/shown")


# --- a marked byline beside the date, with no data naming it (docs/realsites.md, hugo-swissrn)


def _network_post(meta_line: str) -> str:
    """A Hugo theme's single page with no author in its data: the byline is only the ``span.author`` in
    the headline's meta line (future-imperfect-slim's ``div.meta``)."""
    return (
        "<html><head><title>First academy meeting - Harbour Network</title></head><body>"
        "<header><a href='/'>Harbour Network</a></header><main><article class='post'><header>"
        "<div class='title'><h2><a href='/news/academy-meeting/'>First academy meeting</a></h2></div>"
        f"<div class='meta'>{meta_line}</div></header>"
        f"<div class='content'><p>{PROSE * 2}</p></div></article></main></body></html>"
    )


def test_a_marked_byline_beside_the_date_holding_the_sites_name_is_the_author() -> None:
    """ "Harbour Network Academy" holds the site's name, which the name checks refuse; the element marked
    as the byline beside the date says it wrote the post, and it is read as written."""
    html = _network_post(
        "<time class='published' datetime='2022-02-11'>February 11, 2022</time>"
        "<span class='author'>Harbour Network Academy</span>"
    )
    record = extract(html, "https://harbour.example.org/news/academy-meeting/")
    assert (record["author"], record["rules"]["author"]) == ("Harbour Network Academy", "byline/shown")


def test_a_marked_byline_with_no_date_beside_it_is_no_author() -> None:
    """Away from a date the mark may be an author box or a banner: the site's name stays refused."""
    url = "https://harbour.example.org/news/academy-meeting/"
    assert extract(_network_post("<span class='author'>Harbour Network Academy</span>"), url)["author"] is None


def test_a_line_of_the_text_naming_a_shown_byline_stays_in_the_body() -> None:
    """The byline read from the meta line by the headline is printed there: a heading atop the text that
    names the same organisation is the text's own, not a byline to drop."""
    html = _council_post("Games 2026").replace(
        f"<p>{PROSE * 2}</p>", f"<h3>⭐ Games 2026 volunteer call ⭐</h3><p>{PROSE}</p>"
    )
    record = extract(html, "https://harbour.example.org/games-volunteers/")
    assert record["author"] == "Games 2026"
    assert record["body"].startswith("⭐ Games 2026 volunteer call ⭐\n\nThe committee met")
