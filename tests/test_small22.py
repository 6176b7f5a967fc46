"""Session 22, issue 12's small remaining misses (docs/discovery.md "Session 22", docs/extraction.md 1.4.57).

Pages written for the tests, modelled on what three real sites print: a Spanish Hugo blog whose theme files its
privacy policy under tags and its author's page beside the posts (hugo-patojad's ``/privacity``). Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, SiteModel
from archiver.extract.article import extract_article
from tests.test_held19_intl import DAYS, NAV, POSTS, PROSE, analysed, card

FOOTER = (
    "<footer><div class='flex'><div>Creado por <a href='https://vasak.example/'>Vasak Group</a></div><div>"
    "<a href='/authors/'>Autores</a> <a href='/privacity/'>Privacidad</a></div></div></footer>"
)
POLICY = ("/privacity/", "POLÍTICA DE PRIVACIDAD")


def page_of(title: str, body: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title} - PatoJAD</title>{head}</head><body>{NAV}<main>{body}</main>{FOOTER}</body></html>"
    )


def dated_head(day: str = "2020-03-20T09:07:00+00:00") -> str:
    return f"<meta property='og:type' content='article'><meta property='article:published_time' content='{day}'>"


def post(title: str, day: str = "2020-03-20T09:07:00+00:00") -> str:
    return page_of(title, f"<article><h1>{title}</h1>{PROSE}</article><aside>PatoJAD</aside>", dated_head(day))


def listing(title: str, entries: list[tuple[str, str]], path: str, pages: int = 1, number: int = 1) -> str:
    cards = "".join(card(url, name, DAYS[n % len(DAYS)]) for n, (url, name) in enumerate(entries))
    pager = ""
    if pages > 1:
        links = "".join(
            f"<a href='{path}page/{n}/'>{n}</a>" if n > 1 else f"<a href='{path}'>1</a>" for n in range(1, pages + 1)
        )
        pager = f"<nav class='pagination'>{links}</nav>"
    return page_of(title, f"<h1>{title}</h1><div class='grid'>{cards}</div>{pager}", dated_head())


def policy_site(footer_link: str = POLICY[0]) -> tuple[SiteModel, list[PageAnalysis]]:
    """The stream (two pages), the author's listing (two pages, the policy last), two tags listing it; every page's
    footer links ``footer_link`` where the site links its policy (none: ``""``)."""
    model = SiteModel()
    model.enter("http://pato.test/")
    shown = []
    pages = [
        (listing("Blog", POSTS[:6], "/posts/", 2, 1), "/posts/"),
        (listing("Blog", POSTS[6:], "/posts/", 2, 2), "/posts/page/2/"),
        (listing("Autor: PatoJAD", [*POSTS[:6]], "/authors/patojad/", 2, 1), "/authors/patojad/"),
        (listing("Autor: PatoJAD", [*POSTS[6:], POLICY], "/authors/patojad/", 2, 2), "/authors/patojad/page/2/"),
        (listing("Tag: Privacidad", [POSTS[2], POSTS[7], POLICY], "/tags/privacidad/"), "/tags/privacidad/"),
        (listing("Tag: Politicas", [POLICY], "/tags/politicas/"), "/tags/politicas/"),
    ]
    for html, path in pages:
        html = footer(html, footer_link)
        page = analysed(html, path)
        model.observe(page)
        assert model.classify(page, has_body=True).role == LISTING, path
        shown.append(page)
    return model, shown


LATEST = (
    "<a href='/authors/'>Cómo instalar la herramienta paso a paso en Debian</a> "
    "<a href='/privacity/'>Política de privacidad y uso de los datos de los lectores</a>"
)


def footer(html: str, link: str) -> str:
    """``html`` with its footer's policy link leading to ``link`` (none when empty; ``LATEST``: the footer is a box of
    two headlines instead)."""
    if link == LATEST:
        return html.replace("<a href='/authors/'>Autores</a> <a href='/privacity/'>Privacidad</a>", LATEST)
    return html.replace("<a href='/privacity/'>Privacidad</a>", f"<a href='{link}'>Privacidad</a>" if link else "")


def placed(model: SiteModel, html: str, path: str, link: str = POLICY[0]) -> str:
    page = analysed(footer(html, link), path)
    model.observe(page)
    return model.resolve(page, has_body=True).role


def test_a_policy_page_the_footer_links_and_tags_list_beside_posts_is_a_page() -> None:
    """Before: an article ("a listing's record, dated by a listing"): two tag pages and the author's listing list the
    policy, dated, in the posts' markup, and its page is dated in the posts' layout. Every page's footer links it, and
    the lists that list it hold posts of another URL family nearly only."""
    model, _ = policy_site()
    for path, title in POSTS:
        assert placed(model, post(title), path) == ARTICLE, path
    assert placed(model, post(POLICY[1], "2019-12-18T00:00:00+00:00"), POLICY[0]) == PAGE


def test_a_policy_page_no_chrome_links_stays_the_listings_record() -> None:
    """Guard: without the footer's link, the site's listings are all there is to read, and they list it as a post."""
    model, _ = policy_site("")
    for path, title in POSTS:
        placed(model, post(title), path, "")
    assert placed(model, post(POLICY[1], "2019-12-18T00:00:00+00:00"), POLICY[0], "") == ARTICLE


def test_a_record_a_box_of_latest_headlines_links_stays_the_listings_record() -> None:
    """Guard: a box every page repeats naming pages by their headlines is a box of posts, not a menu (cms-cdjzz's
    latest articles, each post of a column whose URL family is its own, were taken for pages on the rule's first
    version)."""
    model, _ = policy_site(LATEST)
    for path, title in POSTS:
        placed(model, post(title), path, LATEST)
    assert placed(model, post(POLICY[1], "2019-12-18T00:00:00+00:00"), POLICY[0], LATEST) == ARTICLE


def test_a_post_the_footer_features_stays_an_article() -> None:
    """Guard: a footer linking one of the posts (its family the listed posts')."""
    featured = POSTS[7][0]
    model, _ = policy_site(featured)
    for path, title in POSTS:
        assert placed(model, post(title), path, featured) == ARTICLE, path


# --- a post of two pictures beside a footer's line (hugo-sasip's kick-off) ----------------------------------------


def hero_page(content: str) -> str:
    """A Hugo hero theme's post: an empty headline in the hero, the post's block, a footer of plain ``div``s whose one
    line is a list item, and social icons."""
    menu = "".join(
        f"<li><a href='/{word.lower()}/'><span>{word}</span></a></li>"
        for word in ("Subscribe!", "News", "About", "Team", "Research", "Code & Data", "Publications", "Jobs")
    )
    return (
        "<html><head><title>Kick-off meeting - SASIP</title></head><body><div class='main-menu-mobile'><ul>"
        f"{menu}</ul></div><div class='header'><div class='logo'><a href='/'><img src='/images/logo.png' "
        f"alt='Homepage'></a></div><div class='main-menu'><ul>{menu}</ul></div></div>"
        "<div class='hero-image'><div class='container'><div class='hero-text'><span class='hero-section'>news</span>"
        "<h1></h1><p></p></div></div></div><div class='container'><div class='row'><div class='col-12 col-md-8'>"
        f"<div class='service service-single'><div class='content'>{content}</div></div></div></div></div>"
        "<div class='footer'><div class='container'><div class='row'><div class='col-4'><div class='footer-inner'><ul>"
        "<li class='logof'><a href='https://sponsor.example/'><img src='/images/sponsor.jpg'></a></li></ul></div></div>"
        "</div><div class='row'><div class='col-12'><div class='footer-inner'><ul><li class='text'>This project is "
        "supported by the Example Science Foundation</li></ul></div></div></div></div></div><div class='sub-footer'>"
        "<div class='social'><a href='mailto:team@example.org'><img src='/images/mail.png' alt='Email'></a>"
        "<a href='https://github.com/example'><img src='/images/github.svg' alt='Github'></a></div><ul><li>© 2026 "
        "SASIP</li></ul></div></body></html>"
    )


def test_a_post_of_two_pictures_is_its_pictures_not_the_footers_line() -> None:
    """Before: the body was the footer's line ("This project is supported by …"), the page's only line long enough to
    vote, a list item the lists' pass elected; the two pictures of the agenda are the post (no text)."""
    pictures = (
        "<p><img src='/images/news/agenda.png' alt='first page'></p>"
        "<p><img src='/images/news/agenda-page2.png' alt='second page'></p>"
    )
    record = extract_article(hero_page(pictures), "http://sasip.test/news/kick-off/")
    assert record["body"] == ""
    assert record["images"] == [
        "http://sasip.test/images/news/agenda.png",
        "http://sasip.test/images/news/agenda-page2.png",
    ]


def test_a_post_written_as_lists_beside_the_footer_stays_its_lists() -> None:
    """Guard: the lists' pass elects the post's own block when its items are the post's."""
    items = "".join(
        f"<li>Session {n}: a talk on data assimilation for sea-ice models and its results</li>" for n in range(4)
    )
    record = extract_article(hero_page(f"<ul>{items}</ul>"), "http://sasip.test/news/agenda/")
    assert record["body"].startswith("Session 0: a talk on data assimilation")
    assert "supported by" not in record["body"]


# --- a day the text mentions is no publication date (lektor-rannts' talk pages) ----------------------------------


def talk_page(text: str, head: str = "") -> str:
    return (
        f"<html lang='ru'><head><meta charset='utf-8'><title>Денис Тимофеев — Гексагональная архитектура</title>{head}"
        "</head><body><nav class='navbar'><a href='/'>rannts</a><a href='/news/'>Новости</a><a href='/meetups/'>Встречи"
        "</a></nav><section class='hero'><h1 class='title'>Гексагональная архитектура</h1><h2 class='subtitle'>Денис "
        "Тимофеев @ <a href='/meetups/7/'>rannts #7</a></h2></section><section class='section'><div class='content'>"
        f"{text}</div></section><footer class='footer'><p>rannts</p></footer></body></html>"
    )


ABSTRACT = (
    "<p>Как не превратить свой проект в груду урлов? Как не потерять расширяемость с ростом кодовой базы? Об этих "
    "проблемах и их возможных решениях на примере Django расскажет докладчик.</p>"
)


def test_a_day_a_talks_sentence_mentions_dates_nothing() -> None:
    """Before: 2015-11-19 (htmldate's extensive search read the sentence's day, rule ``htmldate``)."""
    meetup = "<a href='http://meetup.example/30/'>Moscow Django Meetup</a>"
    text = ABSTRACT + f"<p>Доклад был впервые представлен на {meetup} 19 ноября 2015 г.</p>"
    assert extract_article(talk_page(text), "http://rannts.test/meetups/7/hexagonal/")["published_at"] is None


def test_a_day_in_the_address_of_a_talks_slides_dates_nothing() -> None:
    """Before: 2015-01-29, read in the slides' address."""
    slides = "http://www.slideshare.example/speaker/20150129-44043578"
    text = f"<p>Слайды: <a href='{slides}'>{slides}</a></p>" + ABSTRACT
    assert extract_article(talk_page(text), "http://rannts.test/meetups/4/negotiations/")["published_at"] is None


def test_a_date_line_of_its_own_atop_the_text_still_dates_the_post() -> None:
    """Guard: a VitePress post prints its day as a line of its own above the text ("📆 10/01/2023"), which only the
    library's extensive search reads."""
    text = "<h5>📆 10/01/2023</h5>" + ABSTRACT
    record = extract_article(talk_page(text), "http://rannts.test/posts/lighthouse.html")
    assert (record["published_at"] or "")[:10] == "2023-01-10"


def test_a_day_the_markup_gives_stands_beside_a_sentence_mentioning_it() -> None:
    """Guard: the page's own date data (here ``<meta name="date">``, which our rules read first) is untouched."""
    text = ABSTRACT + "<p>Доклад был впервые представлен на Moscow Django Meetup 19 ноября 2015 г.</p>"
    record = extract_article(
        talk_page(text, "<meta name='date' content='2016-02-03'>"), "http://rannts.test/meetups/7/hexagonal/"
    )
    assert (record["published_at"] or "")[:10] == "2016-02-03"


def test_a_date_line_inside_the_posts_block_still_dates_the_post() -> None:
    """Guard: Drupal 6 prints "21 June, 2014 - 18:32 submitted by <a>name</a>" as a line of the block that holds the
    post's text; the block is long, its line is not."""
    text = (
        "<div class='node'><span class='submitted'>21 June, 2014 - 18:32 submitted by <a href='/user/2542/'>mirom</a>"
        f"</span><div class='content'>{ABSTRACT}{ABSTRACT}</div></div>"
    )
    record = extract_article(talk_page(text), "http://rannts.test/node/1954/")
    assert (record["published_at"] or "")[:10] == "2014-06-21"
