"""Titles from the misses left on the real sites in session 14 (docs/extraction.md, "Titles: microdata, capitals
and an empty headline (EXTRACTOR_VERSION 1.4.30)"). Pages written small by hand, modelled on what the sites print
(a WordPress theme's microdata headline, a Hugo theme printing headlines in capitals, an Astro template printing a
post's empty headline). Pure."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from archiver.extract import extract_article
from archiver.validation import rejection

CAPTURED = datetime(2026, 12, 3, tzinfo=UTC)
PROSE = (
    "La fiscalía presentó la imputación esta tarde ante el juzgado de turno, con los informes de la policía "
    "y las declaraciones de tres testigos que vieron a los sospechosos cerca de la plaza aquella noche. "
)


def extract(html: str, url: str) -> dict:
    return dict(extract_article(html, url, captured_at=CAPTURED))


def microdata_post(headline: str, marked: bool) -> str:
    """A WordPress post: og:title and <title> as typed, the theme's ``h1`` typeset (curly quotes)."""
    itemprop = ' itemprop="headline"' if marked else ""
    typed = headline.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return (
        f"<html><head><title>{html.escape(typed)} - Noticias.EXAMPLE</title>"
        f"<meta property='og:title' content=\"{html.escape(typed)} - Noticias.EXAMPLE\">"
        "<meta property='og:type' content='article'><meta property='og:site_name' content='Noticias.EXAMPLE'>"
        "<meta property='article:published_time' content='2025-03-04T10:00:00+00:00'></head><body>"
        "<header><a href='/'>Noticias.EXAMPLE</a><nav><a href='/'>Inicio</a><a href='/contacto/'>Contacto</a></nav>"
        f"</header><main><article><header class='entry-header'><h1 class='entry-title'{itemprop}>{headline}</h1>"
        "<time class='entry-date published'>4 de marzo de 2025</time></header>"
        f"<div class='entry-content'><p>{PROSE * 3}</p></div></article></main></body></html>"
    )


def test_the_heading_microdata_marks_as_the_headline_keeps_its_typeset_quotes() -> None:
    """wp-paraguayos: og:title "un 'escuadrón de la muerte' en Luque", the ``h1 itemprop=headline`` curls the
    quotes (WordPress's wptexturize). The page marks that heading as its headline: a second source beside og:title,
    as a JSON-LD headline is."""
    headline = "Imputan a seis miembros de un \u2018escuadrón de la muerte\u2019 en Luque"
    record = extract(microdata_post(headline, marked=True), "https://noticias.example/imputan-a-seis/")
    assert record["title"] == headline


def test_og_titles_typed_quotes_stay_where_no_heading_is_marked_the_headline() -> None:
    """The guard: without the microdata mark, og:title's characters stay (fundus' news sites file og:title as
    their headline and curl the quotes of an unmarked heading)."""
    headline = "Detienen a presunto cómplice de \u201cMacho\u201d con camioneta robada"
    record = extract(microdata_post(headline, marked=False), "https://noticias.example/detienen/")
    assert record["title"] == 'Detienen a presunto cómplice de "Macho" con camioneta robada'


def capitals_post(doc_title: str, shown: str, first_line: str) -> str:
    """An old-style Hugo theme: the headline in a table cell in capitals (the template's ``upper``), the post's
    text opening with a line that repeats a part of <title>."""
    return (
        f"<html><head><title>{doc_title} - imc.example</title></head><body><table><tr>"
        "<td class='left-column'><a href='/'>imc.example</a><a href='/news'>newswire</a><a href='/about'>about</a></td>"
        "<td class='center-column'><div><b><a href='/'>HOME</a></b> &gt; headline</div>"
        "<table class='feature-story'><tr><td class='feature-title'><font><b>"
        f"{shown}</b></font></td><td class='feature-date'><b>Sep 4 2025</b></td></tr>"
        f"<tr><td colspan='2' class='feature-content'><p><small>by Publicação Comunitária</small></p>"
        f"<p>{first_line}</p><p>{PROSE * 2}</p></td></tr></table></td></tr></table></body></html>"
    )


def test_a_heading_saying_the_whole_headline_in_capitals_beats_a_text_line_saying_a_part() -> None:
    """hugo-indymedia-pt: <title> "Protesto 20 Setembro: Contra os fogos – Deseucaliptar | Descarbonizar - site"
    splits at its dashes and bars; the text's line "Deseucaliptar" repeated one part exactly and beat the cell
    printing the whole headline in capitals (matched in another case). The capitals' heading is the title, as
    <title> writes it."""
    title = "Protesto 20 Setembro: Contra os fogos – Deseucaliptar | Descarbonizar | Democratizar"
    record = extract(capitals_post(title, title.upper(), "Deseucaliptar"), "https://imc.example/news/protesto/")
    assert record["title"] == title
    title = "Criminalizar Vidas Negras para Absolver o Sistema – Carta Aberta"
    line = "Criminalizar Vidas Negras para Absolver o Sistema"
    record = extract(capitals_post(title, title.upper(), line), "https://imc.example/news/carta/")
    assert record["title"] == title


def test_a_text_line_repeating_a_part_still_titles_where_no_heading_says_more() -> None:
    """The guard: a capitals heading that does not hold the line's words leaves the line's match alone."""
    title = "Um Encontro Nacional – Programa"
    record = extract(capitals_post(title, "NOTÍCIAS", "Um Encontro Nacional"), "https://imc.example/news/encontro/")
    assert record["title"] == "Um Encontro Nacional"


def astro_post(headline: str) -> str:
    """An Astro template: the headline in the post's ``h1`` (empty when the post has none), <title> the headline,
    or the site's name when it is empty."""
    doc_title = headline or "Comunicación - ASOCIACIÓN"
    return (
        f"<html><head><title>{doc_title}</title></head><body><header><a href='/'>ASOCIACIÓN</a>"
        "<nav><a href='/noticias/1'>Noticias</a><a href='/contacto'>Contacto</a></nav></header>"
        "<main><article><div><a href='/noticias/1'>← Volver a noticias</a>"
        f"<h1 class='text-3xl'>  {headline} </h1><p class='text-gray-500'> 12 de enero de 2018 </p>"
        f"<div class='prose'><p>{PROSE * 3}</p></div></div></article></main></body></html>"
    )


def test_a_post_whose_headline_is_printed_empty_has_no_title_and_is_kept() -> None:
    """astro-adecra: two posts print ``<h1>  </h1>``; <title> then says "Comunicación - ADECRA + CEDIM", the
    site's name, which was their title. The post has no title; its day is read beside the empty heading, and
    the record is kept (a dated, untitled post with a text of its own)."""
    record = extract(astro_post(""), "https://example.org/noticias/15388/")
    assert record["title"] is None
    assert record["published_at"].startswith("2018-01-12")
    assert rejection(record) is None


def test_a_post_with_a_headline_keeps_it() -> None:
    record = extract(astro_post("Resolución 809/2021"), "https://example.org/noticias/23790/")
    assert record["title"] == "Resolución 809/2021"


def seo_titled_post(json_ld_headline: str | None) -> str:
    """A WordPress post whose SEO title (<title>, og:title) names the first section heading of its text, while
    the theme's one ``h1`` prints the post's title."""
    json_ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article",'
        f'"headline":"{json_ld_headline}","datePublished":"2019-11-11T14:00:08+00:00"}}]}}</script>'
        if json_ld_headline
        else ""
    )
    return (
        "<html><head><title>La préface du bulletin 2019 - Journées de l'association</title>"
        "<meta property='og:title' content=\"La préface du bulletin 2019 - Journées de l'association\">"
        f"<meta property='article:published_time' content='2019-11-11T14:00:08+00:00'>{json_ld}</head><body>"
        "<header><a href='/'>Association</a><nav><a href='/'>Accueil</a></nav></header><main><article>"
        "<h1 class='post-title'>Le bulletin vu par son rédacteur</h1><span class='post-date'>11 novembre 2019</span>"
        f"<div class='post-content'><h2>La préface du bulletin 2019</h2><p>{PROSE * 2}</p><h2>Un grand travail</h2>"
        f"<p>{PROSE}</p></div></article></main></body></html>"
    )


def test_the_one_h1_the_json_ld_names_beats_a_section_heading_repeating_the_seo_title() -> None:
    """wp-apleb: <title> and og:title (Yoast's SEO title) "La préface du Ptit Biomed 2019 - 24èmes journées AFIB"
    name the ``h2`` opening the text; the one ``h1`` and the JSON-LD headline say "Le Ptit Biomed vu par Lambert
    Hadrot". Two of the page's sources name the post; the ``h2`` heads a section of it."""
    record = extract(seo_titled_post("Le bulletin vu par son rédacteur"), "https://asso.example/bulletin/preface/")
    assert record["title"] == "Le bulletin vu par son rédacteur"


def test_a_section_heading_repeating_title_stays_the_title_without_the_data_naming_the_h1() -> None:
    """The guard: with no JSON-LD headline, the heading that repeats <title> as written stays the title."""
    record = extract(seo_titled_post(None), "https://asso.example/bulletin/preface/")
    assert record["title"] == "La préface du bulletin 2019"


def test_the_lower_heading_og_title_repeats_stays_where_title_names_the_h1_too() -> None:
    """The guard (fundus' Kicker): <title> "MSV-Interimstrainer …" names the ``h1`` (and the JSON-LD headline), the
    ``h2`` repeats og:title and a piece of <title> split at the hyphen; fundus' truth is og:title's, as before."""
    html = (
        "<html><head><title>MSV-Trainer Schubert: Nicht mehr viel zu verlieren - sportblatt</title>"
        "<meta property='og:title' content='Trainer Schubert: Nicht mehr viel zu verlieren'>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"MSV-Trainer Schubert: Nicht mehr '
        'viel zu verlieren","datePublished":"2024-04-26T10:00:00+02:00"}</script></head><body><main><article>'
        "<h1>MSV-Trainer Schubert: Nicht mehr viel zu verlieren</h1><p class='subline'>Der Nachfolger appelliert</p>"
        f"<h2>Trainer Schubert: Nicht mehr viel zu verlieren</h2><p>{PROSE * 2}</p></article></main></body></html>"
    )
    record = extract(html, "https://sportblatt.example/trainer-schubert/artikel")
    assert record["title"] == "Trainer Schubert: Nicht mehr viel zu verlieren"
