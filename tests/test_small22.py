"""Session 22, issue 12's small remaining misses (docs/extraction.md, 1.4.57).

Pages written for the tests, modelled on what two real sites print: a Hugo hero theme's post of two pictures beside a
footer's line (hugo-sasip's kick-off) and Lektor talk pages that print no date (lektor-rannts). Pure.
"""

from __future__ import annotations

from archiver.extract.article import extract_article

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


def test_a_date_in_an_element_of_its_own_on_a_fields_line_still_dates_the_post() -> None:
    """Before the rule's last version: undated (the line "Kategori: Oyun / Eğlence 19 Nisan 2016 tarihinde
    yayımlandı." is longer than a date line; jekyll-ubuntu-tr, 13 posts). The date is in a ``<span>`` of its own."""
    text = (
        "<div class='extra'><span><b>Kategori:</b> <a href='/oyun-eglence/'>Oyun / Eğlence</a></span> "
        "<span class='right floated'>19 Nisan 2016 tarihinde yayımlandı.</span></div>" + ABSTRACT
    )
    record = extract_article(talk_page(text), "http://rannts.test/xonotic.html")
    assert (record["published_at"] or "")[:10] == "2016-04-19"
