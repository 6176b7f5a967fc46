"""Titles of CMS exports met on the fifth held-out round (docs/realsites.md, "Held-out sites, fifth round"):
a WordPress SEO plugin's og:title beside the headline the page shows. Pages written small by hand. Pure."""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)
PROSE = (
    "Les étudiants ont présenté leurs projets aux ingénieurs de l'hôpital, qui ont posé des questions "
    "sur les capteurs, les essais cliniques et la maintenance des appareils pendant toute la matinée. "
)


def extract(html: str, url: str = "http://127.0.0.1:8000/ateliers/visite-du-labo/") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


def wordpress_post(doc_title: str, og_title: str, headline: str, json_ld_headline: str | None = None) -> str:
    """A WordPress post: the SEO plugin writes <title> and og:title, the theme prints the headline."""
    json_ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article",'
        f'"headline":"{json_ld_headline}","datePublished":"2019-11-11T14:00:08+00:00"}}]}}</script>'
        if json_ld_headline is not None
        else ""
    )
    return (
        f"<html><head><title>{doc_title}</title><meta property='og:title' content='{og_title}'>"
        "<meta property='og:type' content='article'>"
        f"<meta property='article:published_time' content='2019-11-11T14:00:08+00:00'>{json_ld}</head><body>"
        "<header><a class='logo' href='/'>APLEB</a><nav><a href='/'>Accueil</a><a href='/contact/'>Contact</a>"
        f"</nav></header><main><article><header><h1 class='post-title'>{headline}</h1>"
        "<span class='post-date'>11 novembre 2019</span></header>"
        f"<div class='post-content'><p>{PROSE * 3}</p></div></article></main></body></html>"
    )


def test_the_headline_typeset_as_the_json_ld_writes_it_is_the_title_og_title_writes_typed() -> None:
    """wptexturize curls the displayed headline's quotes and the JSON-LD headline's (as entities); og:title and
    <title> keep the typed ones. Two of the page's sources show the typeset title."""
    typed = 'Detienen a presunto cómplice de "Macho" con camioneta robada'
    shown = "Detienen a presunto cómplice de “Macho” con camioneta robada"
    html = wordpress_post(
        f"{typed} - Paraguayos.ORG",
        typed.replace('"', "&quot;"),
        shown,
        json_ld_headline="Detienen a presunto cómplice de &#8220;Macho&#8221; con camioneta robada",
    )
    record = extract(html)
    assert record["title"] == shown
    assert record["rules"]["title"] == "og-match:h1"


def test_og_titles_typed_quotes_stay_without_a_second_source_for_the_typeset_ones() -> None:
    """Only the heading curls the quotes: og:title, which a news site files as its headline, is kept."""
    typed = "From adversity to advocacy: a young lawyer's journey"
    html = wordpress_post(f"{typed} - Lesotho Times", typed.replace("'", "&#39;"), typed.replace("'", "’"))
    assert extract(html)["title"] == typed


def test_the_headline_typeset_with_an_en_dash_is_the_title_og_title_writes_with_a_hyphen() -> None:
    site = "Association des Elèves Ingénieurs en Biomédical"
    typed = "Interview - Le Biomed face à la crise : Episode 3"
    html = wordpress_post(
        f"{typed} - {site}",
        f"{typed} - {site}",
        typed.replace(" - ", " – "),
        json_ld_headline=typed.replace(" - ", " &#8211; "),
    ).replace("</head>", f"<meta property='og:site_name' content='{site}'></head>")
    record = extract(html)
    assert record["title"] == "Interview – Le Biomed face à la crise : Episode 3"
    assert record["rules"]["title"] == "og-match:h1"


def test_a_separator_before_an_empty_site_name_is_no_part_of_og_title() -> None:
    """Yoast's "%title% %sep% %sitename%" with no site name: og:title "Headline -". No heading repeats it
    (the theme prints the headline in a plain div), so og:title is the title, without the dangling "-"."""
    html = (
        "<html><head><title>Journée portes ouvertes au laboratoire -</title>"
        "<meta property='og:title' content='Journée portes ouvertes au laboratoire -'></head><body>"
        f"<div class='x'><p>{PROSE * 3}</p></div></body></html>"
    )
    assert extract(html)["title"] == "Journée portes ouvertes au laboratoire"


def test_the_one_h1_the_json_ld_headline_names_beats_an_seo_rewording_in_og_title() -> None:
    """The SEO title rewords the post's title; the page's one <h1> and the article's JSON-LD headline (with
    an entity, as Yoast writes it) agree with each other."""
    html = wordpress_post(
        "L'innovation territoriale a besoin de l'apport des GHT -",
        "L'innovation territoriale a besoin de l'apport des GHT -",
        "Ateliers #3 – Innovation territoriale",
        json_ld_headline="Ateliers #3 &#8211; Innovation territoriale",
    )
    record = extract(html)
    assert record["title"] == "Ateliers #3 – Innovation territoriale"
    assert record["rules"]["title"] == "lone-h1"


def test_og_title_stays_the_title_when_the_json_ld_headline_says_the_same() -> None:
    """A news site files og:title as the headline and its JSON-LD says so too: a longer <h1> is not it."""
    filed = "Harbour plans approved after a long night"
    html = wordpress_post(
        f"{filed} | The Bay Herald",
        filed,
        "Harbour plans approved after a long night of debate in the council chamber",
        json_ld_headline=filed,
    )
    assert extract(html)["title"] == filed
