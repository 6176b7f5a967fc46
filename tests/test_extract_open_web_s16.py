"""Fields on the open web (session 16): misses read on the public sets, each rebuilt on a page written here.

Every page here is written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article

CAPTURED = datetime(2026, 12, 3, tzinfo=UTC)


def _extract(html: str, url: str = "https://www.example-rundfunk.de/nachrichten/land/haltestellen-100.html") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


_SECTIONS = [
    (
        "Warum die Haltestellen wandern",
        "Seit dem Frühjahr verlegt der Verkehrsverbund in drei Stadtteilen insgesamt vierzig Haltestellen, "
        "weil die neuen Gelenkbusse in den engen Kurven nicht mehr wenden können und die Fahrer sonst rangieren.",
    ),
    (
        "Anwohner fühlen sich übergangen",
        "Viele Anwohnerinnen und Anwohner erfuhren erst aus einem Aushang von den Plänen, beklagt der Seniorenbeirat, "
        "der für ältere Fahrgäste nun deutlich längere Fußwege bis zur nächsten Haltestelle befürchtet.",
    ),
    (
        "Die Stadt verspricht Nachbesserungen",
        "Die Stadtverwaltung kündigte an, die neuen Standorte im Herbst noch einmal zu prüfen und dort, wo es der "
        "Straßenraum erlaubt, zusätzliche Bänke, Wetterschutz und barrierefreie Bordsteine einzubauen.",
    ),
]


LEDE = "Vierzig Haltestellen ziehen um, und nicht alle Fahrgäste sind davon begeistert."


def _module(inner: str) -> str:
    # a broadcaster's CMS: every piece of the story is a module of five nested wrappers
    return (
        "<div class='con'><div class='modCon'><div class='mod modA modParagraph'><div class='boxCon'>"
        f"<div class='box'>{inner}</div></div></div></div></div>"
    )


def _story_of_modules() -> str:
    head = _module(
        "<div class='mediaCon'><p class='caption'>Video starten. Busse an der neuen Haltestelle. 02:41 Min.</p></div>"
        "<h1 class='headline'>Haltestellen wandern an den Stadtrand</h1>"
        "<p class='programInfo'>Stand: 22.04.2024, 06:00 Uhr</p>"
        f"<p class='teasertext'>{LEDE}</p>"
    )
    sections = "".join(
        _module(f"<h2 class='subtitle'>{title}</h2><p class='text'>{text}</p><p class='text'>{text}</p>")
        for title, text in _SECTIONS
    )
    teaser = _module("<p class='teasertext'><a href='/nachrichten/land/radwege-100.html'>Mehr zum Thema</a></p>")
    return (
        "<html><head><meta charset='utf-8'><title>Haltestellen wandern an den Stadtrand - Nachrichten</title></head>"
        "<body><div class='header'><ul class='nav'><li><a href='/'>Start</a></li>"
        "<li><a href='/nachrichten/'>Nachrichten</a></li><li><a href='/sport/'>Sport</a></li></ul></div>"
        f"<div class='segment' id='content'><article>{head}{sections}{teaser}</article></div>"
        "<div class='footer'><a href='/impressum/'>Impressum</a> <a href='/datenschutz/'>Datenschutz</a></div>"
        "</body></html>"
    )


def test_a_story_of_sibling_modules_is_not_its_headline_module() -> None:
    """The votes go to the ``<article>`` holding every module (most of the page's text); the headline's own
    module (its video caption, headline, date and lede) holds none of its paragraphs. Before: the headline's
    module was taken for the post, the body was the video's caption and the lede."""
    record = _extract(_story_of_modules())
    assert record["title"] == "Haltestellen wandern an den Stadtrand"
    assert LEDE in record["body"]
    for title, text in _SECTIONS:
        assert title in record["body"]
        assert text in record["body"]
