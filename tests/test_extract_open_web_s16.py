"""Fields on the open web (session 16): misses read on the public sets, each rebuilt on a page written here.

Every page here is written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

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


_TOPICS = [
    "the weigh station",
    "the haulage contract",
    "the monitoring wells",
    "the compost yard",
    "the recycling depot",
    "the access road",
    "the drainage ponds",
    "the gas vents",
    "the perimeter fence",
    "the visitor car park",
    "the tree screen",
    "the old office",
    "the rubble pit",
    "the gate house",
    "the scale house",
    "the meadow plan",
    "the bird survey",
    "the noise barrier",
    "the lorry wash",
    "the budget reserve",
    "the public meeting",
]


def _paragraph(index: int, topic: str) -> str:
    return (
        f"Council staff reported on {topic}, the {index + 1}th item of the closure plan, and said the work "
        f"would be finished within the landfill's budget, though residents asked for a written timetable."
    )


_PARAGRAPHS = [_paragraph(index, topic) for index, topic in enumerate(_TOPICS)]
_HALF_ONE, _HALF_TWO = _PARAGRAPHS[:12], _PARAGRAPHS[12:]


_TRENDING = "".join(
    f"<li><a href='/news/local/story-{n}'>{headline}</a></li>"
    for n, headline in enumerate(
        [
            "Bridge repairs on the river road delayed until the autumn",
            "School board elects a new chair after a tied first vote",
            "Farmers' market moves to the station square for the summer",
            "Library extends its opening hours during the exam weeks",
            "Volunteer firefighters mark fifty years of their station",
            "New cycle lane on Main Street opens after three months of works",
            "Hospital car park charges to rise from the first of the month",
            "High school robotics team heads to the national final in May",
        ]
    )
)


def _half(paragraphs: list[str]) -> str:
    # a news chain's template: each paragraph a section of its own, the story in blocks beside a rail of ads
    sections = "".join(
        f"<section class='story-content-element content-group'><div class='story-content-element-inline'><p>{text}</p>"
        "</div></section>"
        for text in paragraphs
    )
    return (
        "<div class='story-block story-container'>"
        f"<div class='story-block-content'>{sections}</div>"
        "<div class='story-right-rail'><div class='rail-item'>Advertisement</div>"
        f"<div class='rail-item'><h3>Trending</h3><ul>{_TRENDING}</ul></div></div></div>"
    )


def test_a_story_in_two_blocks_of_its_article_is_read_whole() -> None:
    """The story's paragraphs in two blocks of one ``<article>``, an advertisement between them: the blocks
    meet in the ``<article>``, the post's own mark. Before: the halves had to meet below it, and the text
    ended with the first block."""
    html = (
        "<html><head><meta charset='utf-8'><title>County to close Ridge Road landfill | The Valley Courier</title>"
        "</head><body><nav class='top'><a href='/'>Home</a> <a href='/news/'>News</a></nav><main>"
        "<article class='story'><div class='story-head'><h1>County to close Ridge Road landfill</h1>"
        "<p class='byline'>By Dana Whitfield</p></div>"
        f"{_half(_HALF_ONE)}<div class='ad-group'>Advertisement</div>{_half(_HALF_TWO)}"
        "</article></main><footer>© The Valley Courier</footer></body></html>"
    )
    record = _extract(html, "https://www.valleycourier.example/news/local/county-to-close-landfill")
    for text in _HALF_ONE + _HALF_TWO:
        assert text in record["body"]
    assert "Trending" not in record["body"]


_TEASERS = [
    (
        "/nachrichten/kultur/bibliothek-verlaengert-oeffnungszeiten,bibliothek100.html",
        "Bibliothek verlängert ihre Öffnungszeiten",
        "In der Prüfungszeit bleibt der Lesesaal bis Mitternacht geöffnet, auch am Wochenende.",
    ),
    (
        "/nachrichten/kultur/lesefoerderung-an-grundschulen,lesen102.html",
        "Lesepaten gesucht: Grundschulen werben um Ehrenamtliche",
        "Wer eine Stunde pro Woche Zeit hat, kann Kindern beim Lesenlernen helfen, sagt der Verein.",
    ),
]
_STUDY = [
    "Studierende lesen längere Texte heute lieber auf Papier als am Bildschirm, zeigt eine Umfrage der "
    "Universität unter mehr als zweitausend Befragten aus allen Fachbereichen.",
    "Am Bildschirm falle es schwerer, bei der Sache zu bleiben, gaben die meisten an; wer einen Text "
    "ausdrucke, markiere mehr und könne sich später besser an den Inhalt erinnern.",
    "Die Forscherinnen empfehlen den Hochschulen deshalb, Lesezeiten in den Seminaren einzuplanen und "
    "wichtige Texte auch gedruckt in der Bibliothek bereitzuhalten.",
    "Im nächsten Semester will die Universität an zwei Fakultäten ausprobieren, ob gemeinsame Lesestunden "
    "die Ergebnisse in den Prüfungen verbessern.",
]


def test_a_box_of_teasers_inside_the_text_leaves_it() -> None:
    """Other stories' teasers in a box inside the article (a picture, the headline as a link to the story, an
    excerpt of a sentence): every heading of the box links to another page of the site. Before: the link lists
    took the linked headlines and left their excerpts in the text."""
    teasers = "".join(
        "<div class='teaser'><div class='teaserimage'><img src='/img/teaser.jpg' alt=''></div>"
        f"<div class='teaserpadding'><div class='headlinewrapper'><h2><a href='{href}'>{headline}</a></h2></div>"
        f"<div class='teasertext'><p>{excerpt}</p></div></div></div>"
        for href, headline, excerpt in _TEASERS
    )
    html = (
        "<html><head><meta charset='utf-8'><title>Studierende lesen lieber auf Papier | Nachrichten</title>"
        "</head><body><div class='nav'><a href='/'>Startseite</a> <a href='/nachrichten/'>Nachrichten</a></div>"
        "<article><header><h1>Studierende lesen lieber auf Papier</h1>"
        "<div class='lastchanged'>Stand: 18.06.2025 06:00 Uhr</div></header>"
        f"<p>{_STUDY[0]}</p><p>{_STUDY[1]}</p>"
        f"<div class='contentbox list'><div class='boxhead'>Weitere Informationen</div>{teasers}</div>"
        f"<h2>Lesezeiten im Seminar</h2><p>{_STUDY[2]}</p><p>{_STUDY[3]}</p>"
        "</article><div class='footer'>Impressum</div></body></html>"
    )
    record = _extract(html, "https://www.example-rundfunk.de/nachrichten/kultur/lesen-papier,lesen100.html")
    for text in _STUDY:
        assert text in record["body"]
    assert "Lesezeiten im Seminar" in record["body"]
    for _, headline, excerpt in _TEASERS:
        assert headline not in record["body"]
        assert excerpt not in record["body"]


def test_a_post_whose_sections_link_to_pages_of_the_site_keeps_them() -> None:
    """A round-up whose section headings link to the site's own pages, each over a paragraph of its own, is the
    post: its sections hold more than a teaser's excerpt, and they make most of the text."""
    sections = "".join(
        f"<h3><a href='/events/{n}'>{name}</a></h3><p>{text} {text}</p>"
        for n, (name, text) in enumerate(
            [
                ("Spring tournament", _STUDY[0]),
                ("Summer camp", _STUDY[1]),
                ("Autumn league", _STUDY[2]),
            ]
        )
    )
    html = (
        "<html><head><meta charset='utf-8'><title>Our year in review | Chess Club</title></head><body>"
        f"<article><h1>Our year in review</h1><p>{_STUDY[3]}</p>{sections}</article></body></html>"
    )
    record = _extract(html, "https://chess.example.org/news/our-year-in-review")
    for name in ("Spring tournament", "Summer camp", "Autumn league"):
        assert name in record["body"]
    for text in _STUDY:
        assert text in record["body"]


def test_a_section_title_repeating_the_title_suffix_is_no_headline() -> None:
    """``<title>`` "Kicker: Headline | Section", og:title the headline, which the ``<h1>`` prints; the section's
    name set as a heading above the post ("FÓRMULA 1 2024") repeats ``<title>``'s last part. Before: that
    heading was the title (a part of ``<title>`` as written beats a headline that is none of its parts)."""
    headline = 'La revancha del campeón tras su sanción: "No le soporto"'
    html = (
        "<html><head><meta charset='utf-8'>"
        f"<title>F1: {headline} | Fórmula 1 2024</title>"
        f"<meta property='og:title' content='{headline}'></head><body>"
        "<div class='menu'><a href='/'>Portada</a> <a href='/deportes/'>Deportes</a></div>"
        "<main><div class='article-inner'><div class='section-title'>FÓRMULA 1 2024</div>"
        f"<article><h2 class='article-kicker'>F1</h2><h1 class='article-headline'>{headline}</h1>"
        f"<p>{_STUDY[0]}</p><p>{_STUDY[1]}</p></article></div></main></body></html>"
    )
    record = _extract(html, "https://www.diario.example/deportes/motor/2024/12/02/revancha.html")
    assert record["title"] == headline


ZH_PROSE = "今年以来，全市新建口袋公园十二处，改造老旧步道三十多公里，周边居民晚饭后散步的去处多了起来。"


def _zh_page(meta_line: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>城南新添三处口袋公园_本地新闻</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/news/'>本地新闻</a></div>"
        f"<div class='main'><h1>城南新添三处口袋公园</h1><div class='info'>{meta_line}</div>"
        f"<div class='content'><p>{ZH_PROSE}</p><p>{ZH_PROSE}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("meta_line", "author", "day"),
    [
        ("供稿单位：宣传部 作者：何方 发布时间：2023-05-06", ["何方"], "2023-05-06"),
        ("连载：城南往事 出版社：城南出版社 作者：何方", ["何方"], None),
        ("06日14:25 作者：何方", ["何方"], None),
    ],
)
def test_a_meta_line_opening_with_labels_of_the_sites_own(meta_line: str, author: list[str], day: str | None) -> None:
    """The labels we know after labels of the site's own (a contributing office, a serial's book and publisher)
    or after a day and time alone. Before: the line was no label line, its author and date unread."""
    record = _extract(_zh_page(meta_line), "http://news.example.cn/html/123.html")
    assert record["authors"] == author
    assert record["rules"]["author"] == "label:作者"
    if day:
        assert record["published_at"].startswith(day)
    assert meta_line not in record["body"]
    assert record["body"].startswith(ZH_PROSE)


def test_a_report_signed_off_by_its_writers() -> None:
    """A report's last line names its writers under "执笔人：" ("the ones holding the pen"); the meta line under
    the headline names the page's editor. Before: the editor was the author."""
    html = (
        "<html><head><meta charset='utf-8'><title>城南儿童阅读习惯调查报告_本地新闻</title></head><body>"
        "<div class='main'><h1>城南儿童阅读习惯调查报告</h1>"
        "<div class='info'>2024-03-12 09:30 来源：城南日报 编辑：赵青</div>"
        f"<div class='content'><p>{ZH_PROSE}</p><p>{ZH_PROSE}</p><p align='right'>执笔人：孙小满 何方 陈川</p></div>"
        "</div></body></html>"
    )
    record = _extract(html, "http://news.example.cn/html/124.html")
    assert record["authors"] == ["孙小满", "何方", "陈川"]
    assert record["rules"]["author"] == "signoff"


def test_text_hidden_for_screen_readers_leaves_the_body() -> None:
    """A box's toggle labelled for screen readers ("Box aufklappen", ``span.sr-only``), and a link's "(opens in a
    new tab)" (``span.screen-reader-text``): no reader sees them. Before: they were lines of the body."""
    html = (
        "<html><head><meta charset='utf-8'><title>Studierende lesen lieber auf Papier</title></head><body><article>"
        "<h1>Studierende lesen lieber auf Papier</h1>"
        f"<p>{_STUDY[0]}</p>"
        "<div class='expandable-box'><div class='expandable-box__header' role='button'>"
        "<span class='sr-only'>Box aufklappen</span><span class='sr-only'>Box zuklappen</span></div></div>"
        f"<p>{_STUDY[1]} <a href='https://example.org/umfrage'>Umfrage<span class='screen-reader-text'>"
        " (öffnet in neuem Tab)</span></a></p>"
        f"<p>{_STUDY[2]}</p></article></body></html>"
    )
    record = _extract(html, "https://www.example-rundfunk.de/nachrichten/kultur/lesen-papier,lesen100.html")
    assert "aufklappen" not in record["body"]
    assert "neuem Tab" not in record["body"]
    for text in _STUDY[:3]:
        assert text in record["body"]


def test_a_text_block_a_theme_names_screen_reader_text_stays() -> None:
    """The class is a hint: a block holding paragraphs, whatever its class, is text."""
    html = (
        "<html><head><meta charset='utf-8'><title>Studierende lesen lieber auf Papier</title></head><body><article>"
        f"<h1>Studierende lesen lieber auf Papier</h1><div class='sr-only-focusable content'><p>{_STUDY[0]}</p>"
        f"<p>{_STUDY[1]}</p></div></article></body></html>"
    )
    record = _extract(html, "https://www.example-rundfunk.de/nachrichten/kultur/lesen-papier,lesen100.html")
    for text in _STUDY[:2]:
        assert text in record["body"]


def test_a_list_of_keys_and_values_ending_in_a_label_word_is_no_label_line() -> None:
    """A post's list of shortcuts ("移到行首：0 … 光标移到文件开始位置：gg"): the word before the last colon ends
    with a label's characters (位置, a breadcrumb's label), inside a word, not after a blank."""
    from archiver.extract.labels import starts_with_label

    assert not starts_with_label("移到行首：0 移到行尾：$ 光标移到文件开始位置：gg")
    assert starts_with_label("供稿单位：宣传部 作者：何方")
