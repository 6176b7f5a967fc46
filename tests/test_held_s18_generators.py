"""Shapes of session 18's held-out round of generators (docs/realsites.md, "Held-out round of session 18 (new
generators)"), written small by hand: a Ruby project's Middleman sites, whose news print "Published on <day> by
<name>" and whose blog pages end with a mailing-list sign-up box and carry the site's notices above and below every
post (some posts written as lists alone); and a Python community's Lektor site (Russian), whose headline stands in a
"hero" band of its own with a one-line post after it and a footer that prints the site's years, "2014–2016". Pure."""

from __future__ import annotations

from archiver.extract.article import extract_article
from archiver.extract.authors import by_line
from archiver.extract.fallback import library_date

H = "https://project.test"

NAV = (
    '<nav class="navbar"><a href="/">Project</a><a href="/guides">Guides</a><a href="/community">Community</a>'
    '<a href="/blog">Blog</a></nav>'
)
SIGN_UP = (
    '<div class="block block-bordered-lg text-center"><div class="container-fluid">'
    '<p class="lead">Join a community of over 2,300+ developers.</p>'
    '<form action="https://lists.example/subscribe" method="POST" class="form-inline">'
    '<input name="u" value="1" type="hidden"><input type="email" placeholder="Email Address" name="MERGE0">'
    "<button>Subscribe</button></form>"
    '<small class="text-muted">By clicking "Subscribe" I want to subscribe to the mailing list.</small>'
    "</div></div>"
)
NOTICE_TOP = (
    '<div id="next" class="text-xs-center"><div class="container"><div class="row">'
    'We\'re working on <strong>Project 2.0</strong>. Read the <a href="/blog/2021/05/04/alpha2/">latest '
    'announcement</a> and follow the <a href="https://code.test/project">progress</a> on GitHub.'
    "</div></div></div>"
)
NOTICE_BOTTOM = (
    '<div id="oldname" class="text-xs-center"><div class="container"><div class="row">'
    "Looking for <strong>Lotus</strong>? We renamed the project and it's now called <strong>Project</strong>. "
    'Read the <a href="/blog/2016/01/22/renamed">announcement</a>.</div></div></div>'
)
FOOTER = (
    '<div class="block app-block-footer"><div class="container"><ul><li><a href="/team">Team</a></li>'
    '<li><a href="/security">Security</a></li></ul><p>Project is a web framework for Ruby — © 2014-2021 The Team. '
    "Released under the MIT License.</p></div></div>"
)


def blog_post(text: str) -> str:
    """The project's blog template: the notice band, the headline over "Posted by … on …", the text in
    ``div.article-body``, the share buttons and the sign-up box in the same column, the other notice, the footer."""
    return (
        f"<html><head><title>{'Weekly Changelog'}</title></head><body>{NAV}{NOTICE_TOP}"
        '<div class="container"><div class="block block-inverse text-center"><div class="block-foreground">'
        '<h1 class="block-title">Weekly Changelog</h1>'
        '<h4 class="text-muted">Posted by <strong>Jane Roe</strong> on <em>February 22, 2015</em></h4></div></div>'
        '<div class="container container-article"><div class="row"><div class="col-xs-12 col-md-9">'
        f'<div class="article-body">{text}</div><hr>'
        '<a href="https://code.test/project" class="btn">Star</a><a href="https://social.test/share" class="btn">'
        "Like</a><br><br>"
        f"{SIGN_UP}</div></div></div></div>{NOTICE_BOTTOM}{FOOTER}</body></html>"
    )


CHANGELOG = (
    '<h2 id="releases">Releases</h2><ul><li><a href="https://project.test">New website</a></li>'
    '<li><strong>Project::Model</strong> <code>v0.2.4</code> <a href="https://code.test/model/changes">details</a>'
    "</li></ul>"
    '<h2 id="completed">Completed</h2><ul>'
    '<li>Default response headers for <code>Project::Controller</code> [<a href="https://code.test/pull/88">details'
    "</a>]</li>"
    '<li>View and Presenter autoescape of every rendered value [<a href="https://code.test/pull/60">details</a>]</li>'
    "<li><code>Project::Action::Params#get</code>: a safe API to access nested params "
    '[<a href="https://code.test/pull/89">details</a>]</li></ul>'
    '<h2 id="development">Development</h2><ul>'
    '<li>Database migrations for every supported adapter [<a href="https://code.test/pull/144">details</a>]</li>'
    '<li>Default security headers for new applications [<a href="https://code.test/pull/159">details</a>]</li>'
    '<li>Number formatting helpers for views [<a href="https://code.test/pull/14">details</a>]</li></ul>'
    '<h2 id="roadmap">Roadmap</h2><p><a href="https://board.test/roadmap">Trello board</a></p>'
)
ANNOUNCEMENT = (
    "<p>Hello wonderful community! Today we are happy to announce a patch release with two bug fixes and a new "
    "default serializer for the cookie session storage.</p>"
    "<p>The serializer is now JSON: rotate the session secret in production, as it changes how sessions are "
    "read and written, and deploy the application.</p>"
    "<p>Special thanks go to the people who reported the problem and helped us fix it. Happy coding!</p>"
)


def test_a_sign_up_box_after_the_post_is_not_its_text() -> None:
    # held-out middleman-hanami: "Join a community of over 2,300+ developers." and its small print closed every
    # post's text (its <form>'s controls are dropped at parsing; the caption beside the form stayed)
    record = extract_article(blog_post(ANNOUNCEMENT), f"{H}/blog/2021/10/18/announcing-135/")
    assert record["body"].startswith("Hello wonderful community!")
    assert "Happy coding!" in record["body"]
    assert "Join a community" not in record["body"]
    assert "By clicking" not in record["body"]


def test_a_post_written_as_lists_is_its_text_not_the_notices_beside_it() -> None:
    # held-out middleman-hanami: weekly changelogs written as lists under headings; the paragraphs that voted were
    # the site's notices above and below every page (and the sign-up box's caption): the body was those lines
    record = extract_article(blog_post(CHANGELOG), f"{H}/blog/2015/02/22/weekly-changelog/")
    assert "Default response headers for Project::Controller" in record["body"]
    assert "Number formatting helpers for views" in record["body"]
    assert "We're working on" not in record["body"]
    assert "Looking for Lotus" not in record["body"]
    assert "Join a community" not in record["body"]


def news_page(meta: str) -> str:
    """The library site's news template: menu, the headline and its meta line in an intro band, the text in
    ``article.news-article``."""
    return (
        f"<html><head><title>Announcing the view library</title></head><body><header>{NAV}</header>"
        '<div class="intro-page intro-page--content"><div class="content-wrap"><div class="intro-page__inner">'
        f'<h1>Announcing the view library</h1><div class="news-article-meta">{meta}</div></div></div></div>'
        '<main><div class="row"><div class="content-wrap"><article class="news-article">'
        "<p>We are excited to announce a new library for rendering views, built from small functional parts that "
        "each do one thing, and meant to work with any web framework.</p>"
        "<p>Views are plain objects: they are given their dependencies, they expose the values a template needs, "
        "and they render a template with a context of their own.</p></article></div></div></main></body></html>"
    )


def test_a_date_line_naming_its_author_after_the_day_gives_the_author() -> None:
    # held-out middleman-dry-rb: "Published on May 15, 2017 by <a>Tim Riley</a>" above every news post; a byline had
    # to open with its "By"
    page = news_page('Published on May 15, 2017 by <a href="https://social.test/timriley">Tim Riley</a>')
    record = extract_article(page, f"{H}/news/2017/05/15/announcing-the-view-library/")
    assert record["author"] == "Tim Riley"
    assert record["published_at"] is not None and record["published_at"].startswith("2017-05-15")


def test_a_line_that_merely_holds_a_date_and_by_names_no_author() -> None:
    assert by_line("Published on March 16, 2016 by Piotr Solnica") == ["Piotr Solnica"]
    assert by_line("Veröffentlicht am 3. Mai 2019 von Anna Berg") == ["Anna Berg"]
    assert by_line("On March 3, 2019 the bill was passed by Congress") == []
    assert by_line("In the session of March 3, 2019 we were joined by Jane Doe") == []


RU_NAV = (
    '<div class="hero-head"><nav class="nav nav-main"><div class="container"><a href="/" class="nav-item">'
    '<h2>rannts</h2></a><div class="nav-menu"><a href="/news/" class="nav-item">Новости</a>'
    '<a href="/meetups/" class="nav-item">Митапы</a><a href="/speakers/" class="nav-item">Люди</a>'
    '<a href="/info/" class="nav-item">Информация</a></div></div></nav></div>'
)
RU_FOOTER = (
    '<footer class="footer"><div class="container"><div class="level"><div class="level-left">'
    '<p class="level-item">2014–2016</p><a href="/events.ics" title="Календарь" class="level-item">'
    '<span class="icon"><i class="fa fa-calendar"></i></span></a></div><div class="level-right">'
    '<p class="level-item">Proud member of <a href="https://it52.test">IT52</a> network</p></div></div></div>'
    "</footer>"
)


def community_page(headline: str, subtitle: str, text: str) -> str:
    """The community's template: a "hero" section (the menu, the headline, one subtitle line), then the text in
    ``section.section div.content``, then the footer with the site's years. No date data, no ``<header>``."""
    return (
        f'<html lang="ru"><head><title>{headline} ← rannts</title></head><body><section class="hero is-meetup">'
        f'{RU_NAV}<div class="hero-body"><div class="container"><h1 class="title">{headline}</h1>'
        f'<h2 class="subtitle">{subtitle}</h2></div></div><div class="hero-foot"><nav class="tabs"><div '
        'class="container"><ul></ul></div></nav></div></section>'
        f'<section class="section"><div class="container"><div class="content">{text}</div></div></section>'
        f"{RU_FOOTER}</body></html>"
    )


def test_a_one_line_post_after_the_headlines_band_is_its_text() -> None:
    # held-out lektor-rannts: a talk's page of one line (and its video) got the band's subtitle as its text, a news
    # post of two short lines got none
    talk = community_page(
        "PyEnv",
        'Артем Малышев @ <a href="/meetups/2/">rannts #2</a>',
        '<p>Небольшой рассказ о <a href="https://code.test/pyenv">PyEnv</a>.<div class="video-responsive-wrapper">'
        '<iframe src="https://video.test/embed/1"></iframe></div></p>',
    )
    assert extract_article(talk, "https://rannts.test/meetups/2/pyenv/")["body"] == "Небольшой рассказ о PyEnv."
    news = community_page(
        "Фото с 14 митапа",
        '20 декабря 2016<span class="typograf-oa-comma">,</span> 14:37',
        '<p>Небольшой <a href="https://photos.test/album">фотоальбом с 14 митапа</a>.</p>'
        "<p>Спасибо всем, кто пришел!</p>",
    )
    body = extract_article(news, "https://rannts.test/news/2016/12/meetup14-photos/")["body"]
    assert "фотоальбом с 14 митапа" in body and "Спасибо всем, кто пришел!" in body


def test_a_widget_of_short_lines_is_still_no_post() -> None:
    # the band rule wants sentences after the band: a column of short lines (a profile card) stays no text
    card = community_page(
        "Заметка",
        "Иван Петров",
        '<p><a href="/about/">Иван Петров</a></p><p>Москва</p><p><a href="https://social.test/ivan">Follow me</a></p>',
    )
    body = extract_article(card, "https://rannts.test/news/2016/12/note/")["body"]
    assert "Follow me" not in body


def test_a_copyright_span_of_years_is_no_date() -> None:
    # held-out lektor-rannts: talk pages print no date; the library read the footer's "2014–2016" as 2014-01-01
    talk = community_page(
        "Большой кравлинг на фронтирах",
        'Денис Тимофеев @ <a href="/meetups/12/">rannts #12</a>',
        "<p>Если стоит задача написать интернет-поисковик, то проблемой становится построение инфраструктуры. "
        "Поговорим о ней и о подходах к решениям.</p>",
    )
    assert library_date(talk, "https://rannts.test/meetups/12/frontera/") is None
    assert extract_article(talk, "https://rannts.test/meetups/12/frontera/")["published_at"] is None


def test_the_first_of_january_the_page_writes_is_still_a_date() -> None:
    page = (
        "<html><body><h1>Новогодняя встреча</h1><p>Опубликовано 1 января 2014 года.</p>"
        "<p>Мы собрались в первый день года, чтобы обсудить планы сообщества на весь следующий год.</p>"
        "<footer><p>2014–2016</p></footer></body></html>"
    )
    found = library_date(page, "https://rannts.test/news/new-year/")
    assert found is not None and found.startswith("2014-01-01")
