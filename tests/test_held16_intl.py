"""The held-out round of session 16 (international): three Quarto websites (docs/realsites.md).

Quarto prints a post's title block as a grid of headings over values ("Autor/a" / "Matías Deneken", "Fecha de
publicación" / "4 de noviembre de 2025"), with no colon and no ``<time>``, and writes no article markup (no
JSON-LD, no ``og:type``). A page that names its day with a month's name in Spanish was seen as undated by
discovery: a post listing three researchers, each linked to a profile, was taken for a listing of three records
(quarto-oles, quarto-interas), and a post whose listing printed its day was dropped as "only a listing dates it"
(quarto-ocscoes). Pages written for the test, modelled on what those sites print. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://observatorio.test"
ALLOWED = frozenset({"observatorio.test"})
NAV = (
    '<nav class="navbar"><a href="/index.html">Inicio</a><a href="/noticias/index.html">Noticias</a>'
    '<a href="/equipo/index.html">Equipo</a><a href="/contacto.html">Contacto</a></nav>'
)
POSTS = [
    ("/noticias/2025-11-04/index.html", "Seminario sobre confianza en las instituciones", "4 de noviembre de 2025"),
    ("/noticias/2025-10-10/index.html", "Nuevo informe sobre participación local", "10 de octubre de 2025"),
    ("/noticias/2025-09-02/index.html", "Taller de métodos mixtos para el equipo", "2 de septiembre de 2025"),
    ("/noticias/2025-07-07/index.html", "Entrevista radial a la directora del centro", "7 de julio de 2025"),
]


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def listing() -> str:
    cards = "".join(
        f'<div class="g-col-1"><a href="{href[len("/noticias/") :]}" class="quarto-grid-link">'
        f'<div class="quarto-grid-item card"><div class="card-body"><h5 class="card-title listing-title">{title}'
        f'</h5><div class="card-text listing-description">Una nota del equipo del centro.</div>'
        f'<div class="listing-date">{day}</div></div></div></a></div>'
        for href, title, day in POSTS
    )
    return (
        f"<html><head><title>Noticias</title></head><body>{NAV}<main class='content'>"
        f"<header><h1 class='title'>Noticias</h1></header><div class='list grid'>{cards}</div></main></body></html>"
    )


def post(title: str, day: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title><meta name='author' content='Ana Pérez'></head><body>{NAV}"
        "<main class='content' id='quarto-document-content'><header id='title-block-header'>"
        f"<div class='quarto-title'><h1 class='title'>{title}</h1></div><div class='quarto-title-meta'>"
        "<div><div class='quarto-title-meta-heading'>Autor/a</div><div class='quarto-title-meta-contents'>"
        "<p>Ana Pérez</p></div></div><div><div class='quarto-title-meta-heading'>Fecha de publicación</div>"
        f"<div class='quarto-title-meta-contents'><p class='date'>{day}</p></div></div></div></header>"
        f"{text}<p><a href='../index.html'>← Volver a Noticias</a></p></main></body></html>"
    )


PEOPLE = (
    "<p>Durante la jornada del martes, el equipo presentó los avances de sus proyectos sobre confianza, "
    "legitimidad y participación ante académicos, estudiantes y representantes de organizaciones sociales, "
    "en un diálogo que se extendió por toda la tarde y que dejó varias preguntas para el trabajo del año.</p>"
    "<p>Expusieron:</p><ul>"
    "<li><a href='/author/monica/'>Mónica Soto</a>, directora del centro</li>"
    "<li><a href='/author/joaquin/'>Joaquín Rivas</a>, investigador asociado</li>"
    "<li><a href='/author/bruno/'>Bruno Díaz</a>, asistente de investigación</li></ul>"
    "<p>Las presentaciones abrieron un debate sobre los métodos y los datos disponibles, y el equipo agradece a "
    "quienes asistieron y comentaron los trabajos.</p>"
)


def test_a_month_name_in_spanish_dates_the_page() -> None:
    """Before: ``has_date`` False (only numeric dates and English month names were read)."""
    href, title, day = POSTS[0]
    assert analysed(post(title, day, PEOPLE), href).has_date


def test_a_sentence_naming_days_does_not_date_the_page() -> None:
    """A long line of text naming days ("los días 8, 9 y 10 de noviembre de 2025") is the text's, not a date line."""
    href, title, _ = POSTS[0]
    sentence = (
        "<p>Durante los días 8, 9 y 10 de noviembre de 2025 se realizó la conferencia internacional del centro, "
        "que reunió a más de doscientas personas.</p>"
    )
    page = post(title, "", sentence).replace("<p class='date'></p>", "")
    assert not analysed(page, href).has_date


def test_a_last_change_line_or_a_linked_entrys_day_does_not_date_the_page() -> None:
    """A course page's footer "Zuletzt aktualisiert am 24. Jan. 2021" (its last change) and a tag page's one entry,
    its headline linked beside "12. Sept. 2022", date nothing of the page (held-out hugo-wowchemy-tvzofingen's
    course and tag pages became non-articles when any short line with a month's name dated its page)."""
    footer = (
        f"<html><head><title>Kurs</title></head><body>{NAV}<main><h1>Einführung</h1><p>{'Ein Kurs. ' * 30}</p>"
        "<div class='body-footer'><p>Zuletzt aktualisiert am 24. Jan. 2021</p></div></main></body></html>"
    )
    assert not analysed(footer, "/course/intro/").has_date
    entry = (
        f"<html><head><title>Tag</title></head><body>{NAV}<main><h1>Tag: Vorschau</h1><div class='stream-item'>"
        "<div class='media-body'><h3><a href='/post/spiel/'>Spielvorschau</a></h3><div class='article-metadata'>"
        "<span class='article-date'>12. Sept. 2022</span></div></div></div></main></body></html>"
    )
    assert not analysed(entry, "/tag/vorschau/").has_date


def test_a_post_listing_three_researchers_is_an_article() -> None:
    """Before: "4 records in 1 repeated groups", a listing (quarto-oles' /noticias/2023-11-20/), though the
    site's listing lists it with its day and it prints its own."""
    model = SiteModel()
    model.enter(H + "/noticias/index.html")
    front = analysed(listing(), "/noticias/index.html")
    model.observe(front)
    assert model.classify(front, has_body=True).role == LISTING
    href, title, day = POSTS[0]
    page = analysed(post(title, day, PEOPLE), href)
    model.observe(page)
    decision = model.classify(page, has_body=True)
    assert decision.role == ARTICLE, decision.reason


# --- extraction: a "published" heading over its date ------------------------------------------------------------


def test_a_published_heading_over_its_date_beats_the_urls_day() -> None:
    """quarto-oles' /noticias/2026-01-14/ prints "Fecha de publicación" over "15 de enero de 2026" (the post was
    written a day before it went out). Before: the URL's day (``url/fast``): the heading has no colon, so no label
    was read, and the date by the headline sits beside its wrapper, not after it."""
    html = post("Nueva publicación del equipo", "15 de enero de 2026", PEOPLE)
    record = extract_article(html, H + "/noticias/2026-01-14/index.html")
    assert record["published_at"] is not None and record["published_at"].startswith("2026-01-15")
    assert "Fecha de publicación" not in record["body"] and "15 de enero" not in record["body"]
    assert record["body"].startswith("Durante la jornada")


def test_the_heading_pair_in_other_languages_and_a_definition_list() -> None:
    cases = [
        ("Data de Publicação", "29 de outubro de 2025", "2025-10-29"),
        ("Published", "October 29, 2025", "2025-10-29"),
        ("Veröffentlichungsdatum", "29. Oktober 2025", "2025-10-29"),
    ]
    for heading, shown, day in cases:
        html = post("Nota del equipo", shown, PEOPLE).replace("Fecha de publicación", heading)
        record = extract_article(html, H + "/noticias/nota/index.html")
        assert (record["published_at"] or "").startswith(day), (heading, record["published_at"])
    dl = (
        f"<html><head><title>Informe anual</title></head><body>{NAV}<article><h1>Informe anual</h1>"
        "<dl class='meta'><dt>Autor</dt><dd>Ana Pérez</dd><dt>Publicado el</dt><dd>3 de marzo de 2024</dd></dl>"
        f"{PEOPLE}</article></body></html>"
    )
    assert (extract_article(dl, H + "/informes/2024-03-01-informe/")["published_at"] or "").startswith("2024-03-03")


def test_a_bare_date_heading_is_not_a_publication_date() -> None:
    """An event's box ("Fecha" over the event's day) says nothing of the page's date: the URL's day stands."""
    event = (
        f"<html><head><title>Seminario</title></head><body>{NAV}<article><h1>Seminario abierto</h1>{PEOPLE}"
        "<div class='evento'><div>Fecha</div><div>20 de diciembre de 2025</div></div></article></body></html>"
    )
    record = extract_article(event, H + "/noticias/2025-11-04/seminario.html")
    assert (record["published_at"] or "").startswith("2025-11-04")
