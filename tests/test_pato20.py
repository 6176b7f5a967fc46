"""Session 20, issue 12: a Spanish Hugo blog's tag pages of a few posts, and its author box (docs/realsites.md).

PatoJAD (Hugo, the site's own Tailwind theme) names each post's author only in a box under the text: a picture whose
``alt`` is the name, then a heading printing the name, a role and a bio; no class, rel or link says "author", the
JSON-LD's author is empty and no meta names one. Its tag pages show a few posts' cards in the markup of the blog's
stream, beside a sidebar of widgets, and the tag index lists them as dated cards. Pages written for the test,
modelled on what the site prints. Pure.
"""

from __future__ import annotations

import pytest

from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.article import extract_article
from tests.test_held19_intl import CHROME, DAYS, POSTS, analysed, card, page_of, post, stream

H = "http://pato.test"

PROSE = (
    "<p>En esta nota vemos paso a paso cómo instalar la herramienta en nuestra distribución favorita, desde los "
    "repositorios oficiales o compilando el código fuente, y qué opciones conviene revisar antes de empezar.</p>"
) * 4


def related(path: str, title: str) -> str:
    """A related post's card in the sidebar: its picture's ``alt`` and its heading both the post's title."""
    return (
        f"<a href='{path}' class='background rounded-xl'><div class='flex'><div class='relative'><img src='/i.png' "
        f"alt='{title}'></div><div><h3 class='font-medium'>{title}</h3><p><time>November 15, 2023</time></p></div>"
        "</div></a>"
    )


def author_card(name: str, role: str = "Arquitecto de Soluciones") -> str:
    """The theme's box under the post: a picture, the name in a heading, the role, a bio."""
    return (
        "<div class='overflow-hidden mb-8'><div class='grid grid-cols-1 md:grid-cols-4'><div class='md:col-span-1'>"
        f"<img src='/profile.webp' alt='{name}'></div><div class='md:col-span-3'><h3 class='text-xl font-bold'>"
        f"<span class='ms-4'>{name}</span></h3><div class='flex items-center'><hr><h3 class='text-fuchsia-700'>"
        f"{role}</h3></div><div class='background rounded-xl p-4'><p class='text-sm'>Trabajo con GNU/Linux desde "
        "2012, mi sistema operativo principal, y escribo sobre lo que voy aprendiendo.</p></div></div></div></div>"
    )


def post_page(title: str, box: str) -> str:
    head = (
        f"<title>{title}</title><meta property='og:site_name' content='PatoJAD | Pasion por la Tecnologia'>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2022-04-12T08:47:00+00:00'>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
        f'"headline":"{title}","author":"","creator":"","publisher":"",'
        '"datePublished":"2022-04-12 08:47:00 +0000 UTC"}</script>'
    )
    sidebar = related("/post/2021/04/como-instalar-wine/", "¿Como instalar Wine?") + related(
        "/post/2020/06/anbox/", "Anbox ¿La solución definitiva?"
    )
    return (
        f"<html><head>{head}</head><body><header><nav><a href='/'>Inicio</a><a href='/posts'>Blog</a></nav></header>"
        "<main><div class='flex flex-col'><div class='grid grid-cols-1 md:grid-cols-3'><div id='information' "
        f"class='col-span-2'><article class='background w-full'><h1>{title}</h1>{PROSE}<div class='flex'>"
        "<h3>Comparte</h3><hr></div><div class='social-share'><a href='https://twitter.com/share?url=x'>t</a></div>"
        f"</article>{box}</div><div id='widgets' class='w-full px-3'><div class='w-full mb-4'><h3>Contenido "
        f"Relacionado</h3>{sidebar}</div></div></div></div></main><footer><p>PatoJAD 2026</p></footer></body></html>"
    )


def author_of(html: str) -> tuple[str | None, str]:
    record = extract_article(html, H + "/post/2022/04/bottles/")
    return record["author"], record["rules"]["author"]


def test_an_author_box_under_the_text_names_the_author() -> None:
    """Before: no author (rule "none"): the box's name is in no byline, label or data."""
    assert author_of(post_page("Bottles ¿Lo mejor de wine?", author_card("Carla Di Mar"))) == (
        "Carla Di Mar",
        "author-box",
    )


def test_an_author_box_may_name_the_sites_owner_or_a_handle() -> None:
    """The site's own name ("PatoJAD", which og:site_name opens with) and a handle (``elhada3d``): a personal site's
    owner, named twice in the box."""
    assert author_of(post_page("Bottles", author_card("PatoJAD"))) == ("PatoJAD", "author-box")
    assert author_of(post_page("Bottles", author_card("elhada3d", "Colaboradora"))) == ("elhada3d", "author-box")


def test_related_cards_and_a_sign_up_box_name_no_author() -> None:
    """A related post's card pairs its picture's ``alt`` with its heading inside a link; a newsletter box pairs its
    picture with its heading beside a form: neither is an author's card."""
    assert author_of(post_page("Bottles", "")) == (None, "none")
    sign_up = (
        "<div class='newsletter'><img src='/n.png' alt='Newsletter'><h3>Newsletter</h3><form action='/s'>"
        "<input name='email'></form></div>"
    )
    assert author_of(post_page("Bottles", sign_up)) == (None, "none")


# --- the tag pages -------------------------------------------------------------------------------------------------


def tag_site() -> tuple[SiteModel, list[tuple[str, str]]]:
    """The blog's stream (two pages), the dated tag index listing six tags, and the posts, as the site shows them."""
    model = SiteModel()
    model.enter(H + "/")
    tags = [(f"/tags/{name}/", name) for name in ("kde", "gnome", "xfce", "wine", "arch", "mint")]
    index_cards = "".join(card(path, name, DAYS[n % 3]) for n, (path, name) in enumerate(tags))
    index = page_of("Tags", f"<h1>Tags</h1><div class='grid'>{index_cards}</div>")
    for html, path in ((stream(1), "/posts/"), (stream(2), "/posts/page/2/"), (index, "/tags/")):
        listing = analysed(html, path)
        model.observe(listing)
        assert model.classify(listing, has_body=True).role == LISTING, path
    for path, title in POSTS:
        page = analysed(post(title), path)
        model.observe(page)
        model.resolve(page, has_body=True)
    return model, tags


TAG_HEAD = "<meta property='og:type' content='article'><meta property='article:published_time' content='2020-02-04'>"


def tag_page(name: str, cards: str) -> str:
    return page_of(name, f"<h1>{name}</h1><div class='grid'>{cards}</div>{CHROME}", TAG_HEAD)


def test_tag_pages_showing_the_same_two_posts_are_listings() -> None:
    """Several tags naming the same two posts print the same two cards: before, the second tag page's cards were a box
    the site repeats (chrome, "the same links on two pages"), and the page an article ("a listing's record, with a
    date"; hugo-patojad, 57 tag pages)."""
    model, tags = tag_site()
    two = card(*POSTS[0], DAYS[0]) + card(*POSTS[1], DAYS[1])
    for path, name in tags[:3]:
        page = analysed(tag_page(name, two), path)
        model.observe(page)
        decision = model.resolve(page, has_body=True)
        assert decision.role == LISTING, (path, decision.reason)


def test_a_tag_page_and_a_category_page_showing_the_same_posts_are_listings() -> None:
    """A tag and a category naming the same three posts print the same cards, their headlines short ("Oranchelo"):
    two kinds of listing pages, neither of the posts' family."""
    model, tags = tag_site()
    three = "".join(card(path, f"Tema {n}", DAYS[n]) for n, (path, _) in enumerate(POSTS[:3]))
    for path, name in ((tags[0][0], tags[0][1]), ("/categories/estilo/", "Estilo")):
        page = analysed(tag_page(name, three), path)
        model.observe(page)
        decision = model.resolve(page, has_body=True)
        assert decision.role == LISTING, (path, decision.reason)


@pytest.mark.parametrize("linked", ["Ubuntu web", "el tema en esta publicación que hicimos hace un tiempo"])
def test_a_tag_pages_card_linking_a_lost_page_in_its_summary_is_a_listing(linked: str) -> None:
    """The card's summary links a page the site no longer has, which no listing dates: before, the link was a record of
    its own, the page's cards led to a page no listing lists, and the tag page was an article."""
    model, tags = tag_site()
    # The site's listing pages showed dated records in the summaries' markup too (hugo-patojad's model had learned
    # it: a card's summary link is a place its listings' records were read at)
    model.record_markup["main/div.grid/article.card/div/p/a"] += 2
    path, title = POSTS[0]
    one = card(path, title, DAYS[0]).replace(
        "<p>Una nota", "<p>Ya hablé de <a href='/instalaciones/2020/11/ubuntu-web-remix/'>" + linked + "</a>. Una nota"
    )
    page = analysed(tag_page(tags[0][1], one), tags[0][0])
    model.observe(page)
    decision = model.resolve(page, has_body=True)
    assert decision.role == LISTING, decision.reason


def test_cards_shown_on_pages_of_two_kinds_are_the_sites_box() -> None:
    """The same cards in the listings' markup on a tag page and on a post (another URL family): a box the site repeats,
    chrome as before."""
    model, tags = tag_site()
    two = card(*POSTS[0], DAYS[0]) + card(*POSTS[1], DAYS[1])
    shown = [analysed(tag_page(tags[0][1], two), tags[0][0])]
    path, title = POSTS[5]
    shown.append(analysed(post(title).replace("</article>", f"</article><div class='grid'>{two}</div>"), path))
    for page in shown:
        model.observe(page)
    group = next(g for g in shown[1].groups if set(g.urls) == {H + POSTS[0][0], H + POSTS[1][0]})
    assert model.is_chrome(group, shown[1].url)


def test_a_tag_page_of_a_series_whose_posts_name_each_other_is_a_listing() -> None:
    """A series' posts each show the others in their related box (in the sidebar's markup), and the series' tag page
    shows the same posts as cards: the same targets on three pages, the posts among them. Before: chrome ("the same
    targets on three pages"), and the tag page an article. The cards' own markup shows on no post."""
    model, tags = tag_site()
    series = POSTS[:3]
    box = "".join(related(path, title) for path, title in series)
    for path, title in POSTS[3:5]:
        page = analysed(post(title).replace("</article>", f"</article><div class='related'>{box}</div>"), path)
        model.observe(page)
    cards = "".join(card(path, title, DAYS[n]) for n, (path, title) in enumerate(series))
    page = analysed(tag_page(tags[0][1], cards), tags[0][0])
    model.observe(page)
    decision = model.resolve(page, has_body=True)
    assert decision.role == LISTING, decision.reason
