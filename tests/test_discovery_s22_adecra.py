"""Shapes of an Astro association news site (session 22, astro-adecra; docs/realsites.md, "astro-adecra, session
22"), written small by hand: a news listing of cards (a whole card is the link; a day without its year), whose posts
print their headline in an ``<h1>`` and their day under it in words ("9 de junio de 2021"), beside a "back to the
news" link and a PDF's "view" button; some posts' headlines carry a day in figures too ("17/01/2024"). Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://assoc.test"
ALLOWED = frozenset({"assoc.test"})
MENU = (
    '<header><nav><a href="/">Inicio</a><a href="/noticias">Noticias</a><a href="/eventos">Eventos</a></nav></header>'
)


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def post(headline: str, day: str) -> str:
    """A post: the way back, the PDF's box, the headline, the day line under it (none when ``day`` is empty), the
    text."""
    day_line = f'<p class="text-gray-500 mb-8"> {day} </p>' if day else ""
    prose = "".join(
        f"<p>La asociación informa a sus socios sobre la {headline}, párrafo {n}: alcance, plazos y aplicación.</p>"
        for n in range(4)
    )
    return (
        f"<html><head><title>{headline} | Noticias</title></head><body>{MENU}<main><article class='py-12'>"
        "<div class='container'><a href='/noticias/1' class='back'>← Volver a noticias</a>"
        "<div class='pdf-box'><span>Documento PDF adjunto</span><a href='https://files.example/doc.pdf'>Ver documento "
        f"PDF</a></div><!-- Título y fecha --><h1 class='text-3xl'> {headline} </h1>{day_line}"
        f"<div class='prose'>{prose}</div></div></article></main><footer>Montevideo 459</footer></body></html>"
    )


def test_a_day_in_words_under_the_pages_headline_dates_the_page() -> None:
    """The day line in words right under the post's unlinked ``<h1>`` dates the post, though its block holds links
    (the way back, the PDF's button). Read as a list's one entry (a link beside the date), 720 of the site's 1,116
    posts printed no date of their own, and the crawl's order decided whether they were posts."""
    assert analysed(post("Resolución 752/2021", "9 de junio de 2021"), "/noticias/resolucion-752").has_date


def test_a_day_in_words_under_a_linked_headline_is_an_entrys() -> None:
    """Guard: under a headline that links elsewhere (a list's one entry), the day is the entry's, not the page's."""
    html = post("Resolución 752/2021", "9 de junio de 2021").replace(
        "<h1 class='text-3xl'> Resolución 752/2021 </h1>",
        "<h1 class='text-3xl'><a href='/noticias/resolucion-752'>Resolución 752/2021</a></h1>",
    )
    assert not analysed(html, "/noticias/1").has_date


def listing(number: int, slugs: list[str], pages: int) -> str:
    """A page of the news listing (``/noticias/<n>``): cards whose whole box is the link, a day without its year."""
    cards = "".join(
        f'<a href="/noticias/{slug}" class="block group"><article class="card"><div class="h-48"><span>Documento PDF'
        f'</span><div class="absolute"><span class="badge"> {n % 27 + 1} jun </span></div></div>'
        f'<div class="p-5"><h2 class="font-semibold"> Noticia {slug} </h2></div></article></a>'
        for n, slug in enumerate(slugs)
    )
    pager = "".join(f'<a href="/noticias/{n}">{n}</a>' for n in range(1, pages + 1))
    return (
        f"<html><head><title>Noticias</title></head><body>{MENU}<main><h1>Noticias</h1>"
        f'<div class="grid">{cards}</div><nav class="pager">{pager}</nav></main></body></html>'
    )


DATED = [f"seguimiento-de-medios-{n:02d}-01" for n in range(1, 7)]  # a day in figures in their headline
UNDATED = [f"resolucion-{700 + n}" for n in range(1, 13)]  # no day their page shows the crawl


def placed_posts(order: list[str]) -> dict[str, str]:
    """The roles of the listing's posts, read in ``order`` after the listing's two pages, held ones placed at the
    crawl's end."""
    model = SiteModel()
    model.enter(H + "/")
    slugs = DATED + UNDATED
    for number, chunk in ((1, slugs[:9]), (2, slugs[9:])):
        path = f"/noticias/{number}"
        model.reach(H + path)
        page = analysed(listing(number, chunk, 2), path)
        model.observe(page)
        assert model.classify(page, has_body=True, expected_listing=True).role == LISTING
    roles: dict[str, str] = {}
    held = []
    for slug in order:
        day = slug[-5:].replace("-", "/")
        headline = f"Seguimiento de medios {day}/2024" if slug in DATED else f"Resolución {slug}"
        page = analysed(post(headline, ""), f"/noticias/{slug}")
        assert page.has_date == (slug in DATED)
        model.observe(page)
        decision = model.classify(page, has_body=True)
        if decision.role == UNDECIDED:
            held.append(page)
        else:
            roles[slug] = decision.role
    for url, decision in model.resolve_all([(page, True, None) for page in held]).items():
        roles[url.rsplit("/", 1)[1]] = decision.role
    return roles


def test_undated_posts_read_after_self_dated_ones_are_still_posts() -> None:
    """Six posts that print a day in figures, read first, made the family look self-dated ("nearly all of its
    articles print their own date"); the twelve that print none were then held as "an undated record no list dates,
    among posts that date themselves" and placed as pages: 398 of astro-adecra's 1,116 posts, exit 0. At the
    crawl's end the family's held undated records count among its articles: two in three print no date."""
    roles = placed_posts(DATED + UNDATED)
    assert roles == dict.fromkeys(DATED + UNDATED, ARTICLE)


def test_undated_posts_read_first_are_posts() -> None:
    """The same posts in the other order: the undated ones, read before any dated one, are held ("a listing's record
    without a date") and were placed as pages at the crawl's end all the same; posts now."""
    assert placed_posts(UNDATED + DATED) == dict.fromkeys(DATED + UNDATED, ARTICLE)
