"""Session 21 (fix21p): two regressions of session 20's tag-page rules (pato20), on pages written for the tests.

A group in the markup the listings show their records in, repeated on several pages, is each page's own list
(``_list_of_its_kind``) unless the site shows it as a box. Two more signs of a box: its targets named by a menu on
their own pages (a club's section page printing its dropdown's three pages as cards: hugo-wowchemy-tvzofingen's
/verein/), and the same list at two places of pagers (a box of three news on a section's first page and on the
numbered pages of its pager: vsb-tztvu's /xwgg.html and /xwgg/706.html). Pure.
"""

from __future__ import annotations

from archiver.discovery.page import LinkGroup, PageAnalysis
from archiver.discovery.sitemodel import SiteModel
from tests.test_held19_intl import DAYS, POSTS, analysed, card, page_of, post
from tests.test_pato20 import H, tag_page, tag_site

CLUB = [("/verein/ziele/", "Ziele"), ("/verein/vorstand/", "Vorstand"), ("/verein/club300/", "Club 300")]
DROPDOWN = "".join(f"<a class='dropdown-item' href='{path}'>{name}</a>" for path, name in CLUB)
MENU = f"<nav class='club'><ul><li><a href='#'>Verein</a><div class='dropdown-menu'>{DROPDOWN}</div></li></ul></nav>"


def with_menu(html: str) -> str:
    return html.replace("<main>", MENU + "<main>", 1)


def group_of(page: PageAnalysis, paths: list[str]) -> LinkGroup:
    return next(g for g in page.groups if set(g.printed) == {H + path for path in paths} and not g.in_chrome_markup)


def club_site() -> tuple[SiteModel, PageAnalysis]:
    """The blog, its tag index and posts (``tag_site``), the club's three pages with the menu's dropdown naming them,
    and the club's section page printing them as dated cards, in the listings' markup."""
    model, _ = tag_site()
    for path, name in CLUB:
        page = analysed(with_menu(post(name)), path)
        model.observe(page)
        model.resolve(page, has_body=True)
    cards = "".join(card(path, name, DAYS[n]) for n, (path, name) in enumerate(CLUB))
    section = analysed(with_menu(page_of("Verein", f"<h1>Verein</h1><div class='grid'>{cards}</div>")), "/verein/")
    model.observe(section)
    return model, section


def test_cards_of_the_pages_a_menu_names_on_those_pages_are_the_sites_box() -> None:
    """Before: the section page's cards were its own list (their markup shows on none of the club's pages), the page
    a listing and the club's pages archived as its dated records. The menu's dropdown names the same three pages on
    each of them: the cards are the menu's entries again."""
    model, section = club_site()
    assert model.is_chrome(group_of(section, [path for path, _ in CLUB]), section.url)


def test_a_related_box_naming_a_series_is_no_menu() -> None:
    """Guard: the same targets in a box in the post's own markup (a series' related box, not nav/header/footer/aside)
    leave the tag page's cards its list (tests/test_pato20.py's series)."""
    model, tags = tag_site()
    series = POSTS[:3]
    box = "".join(card(path, title, DAYS[n]) for n, (path, title) in enumerate(series))
    for path, title in POSTS[3:5]:
        model.observe(analysed(post(title).replace("</article>", f"</article><div class='related'>{box}</div>"), path))
    page = analysed(tag_page(tags[0][1], box), tags[0][0])
    model.observe(page)
    assert not model.is_chrome(group_of(page, [path for path, _ in series]), page.url)


def news_page(title: str, own: list[tuple[str, str]], box: list[tuple[str, str]], pager: str) -> str:
    listed = "".join(card(path, title, DAYS[n % 3]) for n, (path, title) in enumerate(own))
    boxed = "".join(card(path, title, DAYS[n % 3]) for n, (path, title) in enumerate(box))
    return page_of(
        title,
        f"<h1>{title}</h1><div class='grid'>{listed}</div>{pager}<section><div class='grid'>{boxed}</div></section>",
    )


PAGER = (
    "<div class='pages'><a href='/noticias/'>1</a><a href='/noticias/page/2/'>2</a>"
    "<a href='/noticias/page/3/'>3</a></div>"
)


def test_a_box_at_two_places_of_pagers_is_the_sites_box() -> None:
    """Before: a box of the three newest news, in the markup the listings show their records in, beside a section's
    list on its first page, on another section's page and on the section's numbered page 2: the numbered page's own
    list (its markup on no page of the news' family), so the page's records were the box's three, a listing of one
    slice that its pager numbers far beyond. A numbered page prints its listing's slice at its own place: the same
    list on a first page and on a numbered one is a box."""
    model, _ = tag_site()
    box = POSTS[9:12]
    box_key = "main/section/div.grid/article.card/a"
    model.record_markup[box_key] += 2
    pages = [
        analysed(news_page("Noticias", POSTS[:3], box, PAGER), "/noticias/"),
        analysed(news_page("Avisos", POSTS[3:6], box, ""), "/avisos/"),
        analysed(news_page("Noticias, página 2", POSTS[6:9], box, PAGER), "/noticias/page/2/"),
    ]
    for page in pages:
        model.observe(page)
    group = group_of(pages[2], [path for path, _ in box])
    assert group.key == box_key
    assert model.is_chrome(group, pages[2].url)


def test_taxonomies_naming_the_same_posts_print_the_same_slice_at_one_place() -> None:
    """Guard: a tag and two categories naming every post print the same cards on their pages 2 (the same place of
    their pagers): each page's own list, not a box (hugo-wowchemy-tvzofingen's /category/<c>/page/N/)."""
    model, _ = tag_site()
    slice_ = POSTS[6:9]
    cards = "".join(card(path, title, DAYS[n]) for n, (path, title) in enumerate(slice_))
    pages = [
        analysed(tag_page(name, cards), path)
        for path, name in (
            ("/tag/nachwuchs/page/2/", "Nachwuchs"),
            ("/category/u13/page/2/", "U13"),
            ("/category/u15/page/2/", "U15"),
        )
    ]
    for page in pages:
        model.observe(page)
    assert not model.is_chrome(group_of(pages[2], [path for path, _ in slice_]), pages[2].url)
