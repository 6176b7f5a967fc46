"""Extraction of session 19's residual misses (docs/extraction.md, EXTRACTOR_VERSION 1.4.51), pages written for the
test in the manner of held-out lektor-rannts' talk pages: a conference site's talk, its headline in a band of its
own, the speaker in the ``<title>`` before the headline and again opening the line under it ("Name @ <a>meetup</a>").
"""

from __future__ import annotations

from archiver.extract.article import extract_article

URL = "http://meetup.test/meetups/4/negotiations/"
TEXT = (
    "<p>Слайды: <a href='http://slides.test/talk'>http://slides.test/talk</a></p>"
    "<p>Рассказ о том, как вести переговоры с заказчиком, зачем их проводить и чего на них добиваться.</p>"
)


def talk(title: str, subtitle: str) -> str:
    return (
        f"<html lang=ru><head><title>{title}</title></head><body><section class='hero'><div class='hero-head'><nav>"
        "<a href='/'>Клуб</a><a href='/news/'>Новости</a><a href='/meetups/'>Митапы</a></nav></div>"
        f"<div class='hero-body'><h1 class='title'>Переговоры</h1><h2 class='subtitle'>{subtitle}</h2></div>"
        f"</section><section class='section'><div class='content'>{TEXT}</div></section>"
        "<footer><p>2014–2016</p></footer></body></html>"
    )


def test_the_speaker_the_title_and_the_line_under_the_headline_both_name_is_the_author() -> None:
    record = extract_article(
        talk("Денис Тимофеев — Переговоры ← #4 ← Митапы ← Клуб", "Денис Тимофеев @ <a href='/meetups/4/'>Клуб #4</a>"),
        URL,
    )
    assert record["author"] == "Денис Тимофеев"
    assert record["rules"]["author"] == "title+subtitle"
    assert "Клуб #4" not in record["body"]


def test_a_title_prefix_alone_or_a_subtitle_alone_names_no_one() -> None:
    """The section's name before the headline, a subtitle opening otherwise; or a subtitle whose name the title
    does not set before the headline: no author."""
    one = extract_article(talk("Митапы — Переговоры ← Клуб", "Денис Тимофеев @ <a href='/meetups/4/'>Клуб #4</a>"), URL)
    assert one["author"] is None
    other = extract_article(
        talk("Переговоры ← #4 ← Митапы ← Клуб", "Денис Тимофеев @ <a href='/meetups/4/'>Клуб #4</a>"), URL
    )
    assert other["author"] is None
