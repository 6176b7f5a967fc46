"""Pages modelled on the sixth round of held-out real sites (docs/realsites.md, "Held-out sites, sixth round
(non-Chinese)"), written for these tests: a Swiss handball club's news on a Hugo academic theme, an Argentine
association's news migrated from WordPress to Astro."""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article

CAPTURED = datetime(2026, 12, 2, tzinfo=UTC)

DE_PROSE = (
    "Die erste Mannschaft hat am Samstag in der eigenen Halle gegen den Tabellenführer knapp verloren. "
    "Nach einer starken ersten Halbzeit fehlte am Ende die Kraft, um den Vorsprung über die Zeit zu bringen. "
)


def club_news(metadata: str, after: str = "") -> str:
    """A club's news page: the headline and its meta line in one container, the text in another, the
    site's menu above and ``after`` below the text."""
    return (
        "<html><head><meta charset='utf-8'><title>Knappe Niederlage | Handballverein</title>"
        "<meta property='article:published_time' content='2019-11-21T16:46:28+01:00'></head><body>"
        "<nav class='navbar'><a href='/'>Handballverein</a> <a href='/news/'>News</a> <a href='/teams/'>Teams</a>"
        "</nav><article class='article'><div class='article-container pt-3'><h1>Knappe Niederlage</h1>"
        f"<div class='article-metadata'>{metadata}</div></div>"
        f"<div class='article-container'><div class='article-style'><p>{DE_PROSE}</p><p>{DE_PROSE}</p></div>"
        f"{after}</div></article><footer><p>© Handballverein</p></footer></body></html>"
    )


def test_a_link_to_the_sites_author_page_beside_the_headline_is_the_author() -> None:
    """No class says "author" and no "von" opens the line: the link to the site's own /author/<slug>/ page,
    in the headline's meta line, names who wrote the post (first contact: no author on 125 of 125 posts)."""
    page = club_news(
        "<div><span><a href='/author/erika-muster/'>Erika Muster</a></span>, "
        "<span><a href='/author/hans-beispiel/'>Hans Beispiel</a></span></div>"
        "<span class='article-date'>21. Nov. 2019</span><span class='middot-divider'></span>"
        "<span class='article-categories'><a href='/category/h1/'>H1</a></span>"
    )
    record = dict(
        extract_article(page, "https://club.example/news/2019-11-21_knappe-niederlage/", captured_at=CAPTURED)
    )
    assert record["author"] == "Erika Muster, Hans Beispiel"
    assert record["title"] == "Knappe Niederlage"
    assert "Erika Muster" not in record["body"]


def test_an_author_page_link_far_from_the_headline_or_on_another_site_is_no_byline() -> None:
    """The URL's word is a hint only: the same link in a box under the text (the site's list of authors), or
    a link to another site's author page beside the headline (a source's profile), names no author."""
    box = "<div class='team-box'><p>Im Vorstand:</p><a href='/author/erika-muster/'>Erika Muster</a></div>"
    page = club_news("<span class='article-date'>21. Nov. 2019</span>", after=box)
    record = dict(
        extract_article(page, "https://club.example/news/2019-11-21_knappe-niederlage/", captured_at=CAPTURED)
    )
    assert record["author"] is None
    other = club_news(
        "<a href='https://zeitung.example/author/erika-muster/'>Zeitung</a> "
        "<span class='article-date'>21. Nov. 2019</span>"
    )
    record = dict(
        extract_article(other, "https://club.example/news/2019-11-21_knappe-niederlage/", captured_at=CAPTURED)
    )
    assert record["author"] is None


def association_post(prose: str, notice: str = "") -> str:
    """An association's news page (Astro, Tailwind): a top bar with the office's phone and address in the
    ``<header>``, the post in ``main > article`` (a link back to the listing, ``notice``, the headline, the
    Spanish date, the text), and a ``<footer>`` holding the address, the opening hours and the links."""
    return (
        "<html lang='es'><head><meta charset='utf-8'><title>Resolución 1234/2021</title></head>"
        "<body><header class='bg-white shadow-sm'><div class='text-white text-sm py-3'><div class='container'>"
        "<span>(011) 5555-0100</span> <span>contacto@asociacion.example</span> <span>Avenida Siempreviva 742 - CABA"
        "</span></div></div><nav><a href='/'>Inicio</a> <a href='/noticias'>Noticias</a> <a href='/eventos'>"
        "Eventos</a></nav></header><main class='flex-grow'><article class='py-12'><div class='container max-w-4xl'>"
        f"<a href='/noticias/1' class='text-blue-600'>← Volver a noticias</a>{notice}"
        "<h1 class='text-3xl font-bold'>Resolución 1234/2021</h1><p class='text-gray-500 mb-8'>7 de julio de 2021</p>"
        f"<div class='prose prose-lg max-w-none'>{prose}</div></div></article></main>"
        "<footer class='bg-gray-800 text-white'><div class='container py-12'><div class='grid'>"
        "<div><p>Asociación de Clínicas y Sanatorios de la Provincia, fundada para representar a sus socios.</p></div>"
        "<div class='space-y-3 text-sm'><p>Avenida Siempreviva 742, Piso 10</p><p>Ciudad Autónoma de Buenos Aires</p>"
        "<p>+54 11 5555 0100</p><p>contacto@asociacion.example</p><p>Lunes a viernes de 9:00 a 18:00</p></div>"
        "</div></div></footer></body></html>"
    )


def test_a_post_of_one_link_is_its_link_not_the_footers_address() -> None:
    """A post whose whole text is one link has no paragraph to vote for it; the votes went to the footer's
    address (first contact: 66 of 1,116 posts took the association's address or its top bar as their text).
    The footer is a landmark of the page's furniture: the headline's own post is the text."""
    page = association_post("<p><a href='/files/resolucion-1234.pdf'>Ver Resolución 1234/2021</a></p>")
    record = dict(
        extract_article(page, "https://asociacion.example/noticias/resolucion-1234-2021/", captured_at=CAPTURED)
    )
    assert record["body"] == "Ver Resolución 1234/2021"
    assert record["published_at"].startswith("2021-07-07")


def test_what_precedes_the_headline_and_the_spanish_date_line_are_not_the_text() -> None:
    """A short post (one line) under its headline: the link back to the listing and the PDF notice above the
    headline are the page's way to it, and "7 de julio de 2021" under it is the date line; the text is the
    line after them (first contact: 23 posts kept the back link and the date)."""
    notice = (
        "<div class='bg-red-50 rounded-xl p-6'><div class='flex'><span>Documento PDF adjunto</span></div>"
        "<a href='/files/resolucion-1234.pdf' class='bg-red-500'>Ver documento PDF</a></div>"
    )
    page = association_post(
        "<p>https://www.boletinoficial.example/detalleAviso/primera/246800/20210707</p>", notice=notice
    )
    record = dict(
        extract_article(page, "https://asociacion.example/noticias/resolucion-1234-2021/", captured_at=CAPTURED)
    )
    assert record["body"] == "https://www.boletinoficial.example/detalleAviso/primera/246800/20210707"


def test_a_long_paragraph_before_the_headline_stays() -> None:
    """Only short lines before the headline leave: a paragraph there is text (a post whose headline the title
    matched below its opening), and a picture there is the post's lead image."""
    opening = (
        "<p class='lead'>La asociación presentó ante el ministerio un informe sobre los costos del sector, que "
        "crecieron por encima de la inflación durante todo el año pasado según sus propios relevamientos.</p>"
    )
    page = association_post("<p>Informe completo disponible en la sección de documentos.</p>", notice=opening)
    record = dict(extract_article(page, "https://asociacion.example/noticias/informe-costos/", captured_at=CAPTURED))
    assert "presentó ante el ministerio" in record["body"]


def test_a_post_with_an_empty_text_is_an_empty_post_not_the_footer() -> None:
    """A post migrated with an empty text (``<div class="prose"><p></p></div>``) under its headline and date:
    the votes went to the footer; the post is empty, and still a post (first contact archived the footer's
    address as its text; a first fix left it with no text at all, refused as "no body")."""
    from archiver.validation import problems

    page = association_post("<p style='text-align: center;'></p>")
    record = dict(extract_article(page, "https://asociacion.example/noticias/entrevista-radio/", captured_at=CAPTURED))
    assert record["body"] == ""
    assert problems(record) == []


def test_a_lead_before_a_title_matched_in_the_text_stays() -> None:
    """Only a headline (a heading element) has the page's way to it before it: where the title matched a line
    of the text (``<p>`` repeating ``<title>``, the post's first line), the lead table above it is the text's
    opening, short as its one line is in characters (a first version dropped three Chinese posts' 导语)."""
    lead = "导语 本文介绍机器学习中的一种入门级模型：单变量线性回归模型，并整理了课程中的推导过程。"
    page = (
        "<html><head><meta charset='utf-8'><title>单变量线性回归模型介绍</title></head><body>"
        "<nav><a href='/'>首页</a> <a href='/category/'>分类</a></nav><div class='post'><h2>团队博客</h2>"
        "<div class='meta'><i class='fa fa-user'></i>zehong</div><hr/><article>"
        f"<table><tbody><tr><td>{lead}</td></tr></tbody></table><p>单变量线性回归模型介绍</p>"
        "<p>在机器学习领域，学习的方式可以简单地被分为两类：有监督学习和无监督学习，本文只讨论前者。</p>"
        "<p>有监督学习指对分类结果有明确预判的问题，比如根据房屋面积预测房价，结果是一个连续的数值。</p>"
        "</article></div><footer>© 团队</footer></body></html>"
    )
    record = dict(extract_article(page, "https://team.example/posts/dan_bian_liang/", captured_at=CAPTURED))
    assert "导语 本文介绍" in record["body"]
