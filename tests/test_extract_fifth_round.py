"""Pages modelled on the fifth round of held-out real sites (docs/realsites.md, "Held-out sites, fifth round"),
written for these tests: a French club's posts, a German association's, an Indonesian school's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article
from archiver.extract.authors import by_line
from archiver.normalize import parse_date

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)

FR_PROSE = (
    "Le club a passé la journée à monter les deux robots de la coupe, à souder les cartes et à tester les "
    "moteurs sur la piste du local. "
)
CALL_TO_ACTION = (
    '<section id="call-to-action"><div class="container"><div class="block"><h2>Venez nous voir !</h2>'
    "<p>Vous pouvez en apprendre plus sur nous grâce à ce site, écrivez-nous avec la page de contact <br/>"
    "ou passez au local, au troisième étage de la tour, le jeudi soir après les cours.</p></div></div></section>"
)


def _extract(page: str, url: str) -> dict:
    return dict(extract_article(page, url, captured_at=CAPTURED))


def club_post(byline: str, text: str) -> str:
    """A French club's post: headline, "Par X le <date>" byline, a rule, the text, all blocks of one div;
    the site's call-to-action box under every page."""
    return (
        "<html><head><meta charset='utf-8'><title>Le robot avance</title></head><body>"
        "<header><nav><a href='/'>Accueil</a> <a href='/actualites/'>Actualités</a></nav></header>"
        '<div class="post"><section class="section"><div class="container"><div class="block">'
        f'<h1>Le robot avance</h1><div class="post-info-wrapper"><p class="italic">{byline}</p></div><hr/>'
        f"{text}</div></div></section></div>{CALL_TO_ACTION}<footer><p>© Le club</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("22 Septembre 2018", "2018-09-22"),
        ("12 août 2011", "2011-08-12"),
        ("14. März 2019", "2019-03-14"),
        ("1 Agustus 2025", "2025-08-01"),
        ("3 января 2020", "2020-01-03"),
        ("Juli 24 2020", "2020-07-24"),
        ("10.12.2017", "2017-12-10"),
        ("03.04.2016 14:30", "2016-04-03"),
    ],
)
def test_dates_of_other_languages_read_as_they_are_written(text: str, day: str) -> None:
    """A month's name in any language dateparser knows, and a dotted date read day first (the library,
    asked in English, read "10.12.2017" as October 12)."""
    parsed = parse_date(text, "UTC", CAPTURED)
    assert parsed.value is not None and parsed.value.date().isoformat() == day, parsed


def test_a_word_before_a_year_is_no_month() -> None:
    assert parse_date("3 Tage 2019", "UTC", CAPTURED).value is None


def test_a_french_byline_gives_the_author_and_the_date() -> None:
    page = club_post(
        'Par <span class="bold">Tony</span> le <span class="bold">22 Septembre 2018</span>',
        f"<p>{FR_PROSE * 3}</p><p>{FR_PROSE * 2}</p>",
    )
    record = _extract(page, "https://club.example.fr/actualites/robot/")
    assert record["published_at"].startswith("2018-09-22")
    assert record["authors"] == ["Tony"]
    assert "Par Tony" not in record["body"]


def test_a_byline_naming_the_clubs_own_account() -> None:
    assert by_line("Par 7Robot le 11 Juin 2015") == ["7Robot"]
    assert by_line("Von Anna Berg am 3. Mai 2019") == ["Anna Berg"]
    assert by_line("By design, 2020") == []


def test_a_one_sentence_post_under_its_date_line_is_the_post_not_the_sites_box() -> None:
    """The post's one line of text is shorter than the call-to-action box under every page: the line after the
    headline's date line is the post's text, and a box opening with its own heading is not the article."""
    line = "Traditionnel petit déjeuner avec notre sponsor au foyer de l'école, merci à eux pour cette matinée !"
    page = club_post('Par <span class="bold">Tony</span> le <span class="bold">4 Mars 2019</span>', f"<p>{line}</p>")
    record = _extract(page, "https://club.example.fr/actualites/petit-dej/")
    assert record["body"] == line


def test_a_flat_posts_opening_section_stays_in_the_body() -> None:
    """Headline, byline and every paragraph are blocks of one div: the short opening paragraphs before the
    first long one are the text's start, not furniture before the article."""
    opening = (
        "<h2>Intro</h2><p>Les modules radio relient deux cartes sans fil.</p>"
        "<p><strong>Avantages :</strong> prix ; simplicité ; portée</p>"
        "<p><strong>Inconvénients :</strong> alimentation en 3.3V</p>"
    )
    page = club_post(
        'Par <span class="bold">Jeremie</span> le <span class="bold">16 Septembre 2011</span>',
        f"{opening}<p>{FR_PROSE * 3}</p><h2>Le matériel</h2><p>{FR_PROSE * 2}</p>",
    )
    record = _extract(page, "https://club.example.fr/articles/radio/")
    assert record["body"].startswith("Intro\n\nLes modules radio relient deux cartes sans fil.\n\nAvantages")


DE_PROSE = "Wir treffen uns wieder im Stadtteil, um gemeinsam zu kochen und über regionale Lebensmittel zu sprechen. "


def association_post(first_paragraph: str = "") -> str:
    """A German association's post: ``<title>`` the association's name, which its top bar repeats beside the
    home button; the post's ``<h1>`` in its ``<article>``; no date line."""
    return (
        "<html><head><meta charset='utf-8'><title>Junge Esskultur Hamburg</title></head><body>"
        '<div class="layout"><header class="layout__header"><div class="row"><a href="https://esskultur.example.de/">'
        '<button><i class="icons">arrow_back</i></button></a><span class="layout-title">Junge Esskultur Hamburg'
        '</span><a href="/artikel">Artikel</a><a> Kochabend im Herbst</a></div></header>'
        '<main class="layout__content"><article class="content"><div class="cell">'
        f'<h1 class="centered">Kochabend im Herbst</h1>{first_paragraph}<p>{DE_PROSE * 3}</p><p>{DE_PROSE * 2}</p>'
        "</div></article></main></div></body></html>"
    )


def test_a_site_name_title_the_top_bar_repeats_gives_way_to_the_posts_heading() -> None:
    record = _extract(association_post(), "https://esskultur.example.de/artikel/kochabend/")
    assert record["title"] == "Kochabend im Herbst"


def test_a_date_inside_a_sentence_is_no_date_line() -> None:
    """The sentence after the headline mentions an event's days ("vom 09-15.09.2019"): not the post's date."""
    page = association_post(
        '<p>Dieses Jahr vom 09-15.09.2019 findet wieder die <a href="https://example.org/"><strong>Regio-Woche'
        "</strong></a> statt, und wir sind dabei: eine Woche lang nur Essen aus der Region.</p>"
    )
    record = dict(
        extract_article(
            page, "https://esskultur.example.de/artikel/regio/", captured_at=CAPTURED, listing_date="August 26 2019"
        )
    )
    assert record["published_at"].startswith("2019-08-26"), record["rules"]["published_at"]


ID_PROSE = (
    "Kegiatan belajar matematika di pesantren berlangsung setiap pekan, dan para santri mempelajari logika "
    "serta aljabar dengan cara yang menyenangkan. "
)


def school_article(meta_line: str, text: str = f"<p>{ID_PROSE * 3}</p><p>{ID_PROSE * 2}</p>") -> str:
    """An Indonesian school's article: ``<h1>``, a meta line under it, the text in ``article``."""
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Belajar Logika | </title></head><body>"
        "<header><nav><a href='/'>Beranda</a> <a href='/pages/program/'>Program</a></nav></header>"
        '<main><div class="wrap"><h1 class="headline">Belajar Logika</h1>'
        f'<p class="text-center small">{meta_line}</p>'
        f'<article class="prose">{text}</article></div></main>'
        "<footer><p>© Pesantren</p></footer></body></html>"
    )


def test_the_name_opening_the_headlines_date_line_is_the_author() -> None:
    page = school_article(
        '<span class="font-semibold">Ahmad Faz</span> | <span>Dipublikasikan pada 3 January 2026</span>'
        ' | <span>Kategori: <a href="/categories/logika">Logika</a></span>'
    )
    record = _extract(page, "https://pesantren.example.id/artikel/belajar-logika/")
    assert record["authors"] == ["Ahmad Faz"]
    assert record["published_at"].startswith("2026-01-03")
    assert "Dipublikasikan" not in record["body"]


def test_a_category_link_opening_the_date_line_is_no_author() -> None:
    page = school_article('<a href="/categories/logika">Logika</a> | <span>Dipublikasikan pada 3 January 2026</span>')
    record = _extract(page, "https://pesantren.example.id/artikel/belajar-logika/")
    assert record["authors"] == []


def test_the_headlines_date_line_without_a_name_leaves_the_body() -> None:
    """A short post (a picture, one paragraph, a video) is read from the block holding its headline: the date
    line under the headline is no line of its text."""
    text = (
        "Bahkan para santri pun bertanya. Itu judul buku seorang guru matematika yang menulis tentang logika. Ya, "
        "kisah itu sungguh memikat. Tapi apakah logika itu?"
    )
    page = (
        "<html lang='en'><head><meta charset='utf-8'><title>Apakah logika itu hukum alam? | </title></head><body>"
        "<header><nav><a href='/'>Beranda</a> <a href='/pages/program/'>Program</a></nav></header>"
        '<main class="grow"><div class="column">'
        '<h1 class="headline">Apakah logika itu hukum alam?</h1>\n<p class="text-center small">\n'
        "<span>Dipublikasikan pada 31 July 2025</span>\n | <span>Kategori: "
        '<a href="/categories/logika">Logika</a></span>\n</p>'
        '<article class="prose"><p><figure><img src="/images/kelas.jpg" alt=""></figure></p>'
        f'<p>{text}</p><p>{text}</p><p><div class="video"><iframe src="https://video.example.org/embed/x"></iframe></div></p>'
        "</article></div></main><footer><p>© 2026 Pesantren</p></footer></body></html>"
    )
    record = _extract(page, "https://pesantren.example.id/artikel/logika/")
    assert record["authors"] == []
    assert record["body"] == f"{text}\n\n{text}"


def test_a_date_line_in_another_language_keeps_its_time() -> None:
    """ "Veröffentlicht am 13. Mai 2026 um 15:44" under the headline: the day and the time (the page's date line
    read from its date on, not the date alone)."""
    page = association_post().replace(
        '<h1 class="centered">Kochabend im Herbst</h1>',
        '<h1 class="centered">Kochabend im Herbst</h1>'
        '<ul class="meta"><li>Veröffentlicht am 13. Mai 2026 um 15:44</li></ul>',
    )
    record = _extract(page, "https://esskultur.example.de/artikel/kochabend/")
    assert record["published_at"].startswith("2026-05-13T15:44"), record["published_at"]


def test_a_bylines_words_before_its_date_are_no_name_unless_the_by_word_opens_it() -> None:
    """Only a line opening with the By word ("Par", "Von") is cut at its date: a German portal's "Veröffentlicht
    am 27.04.24 um 07:39 Uhr Von Roman Warschauer" names nobody before its date."""
    assert by_line("Veröffentlicht am 27.04.24 um 07:39 Uhr Von Roman Warschauer") == []
    assert by_line("by Games 2026") == []  # a number in a name is no date to cut at


def test_a_subtitles_day_gives_way_to_the_day_the_url_names() -> None:
    """A Portuguese news post's subtitle names the demonstration's day ("Porto, 24.02.2024"); the URL names the
    post's (``/news/2024-03-07-…``)."""
    page = association_post('<p class="sub">Porto, 24.02.2024</p>')
    record = _extract(page, "https://esskultur.example.de/news/2024-03-07-manifestacao-porto/")
    assert record["published_at"].startswith("2024-03-07"), record["rules"]["published_at"]
