"""Session 22, issue 12's small remaining misses (docs/discovery.md "Session 22", docs/extraction.md 1.4.57).

Pages written for the tests, modelled on what three real sites print: a Spanish Hugo blog whose theme files its
privacy policy under tags and its author's page beside the posts (hugo-patojad's ``/privacity``). Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, SiteModel
from tests.test_held19_intl import DAYS, NAV, POSTS, PROSE, analysed, card

FOOTER = (
    "<footer><div class='flex'><div>Creado por <a href='https://vasak.example/'>Vasak Group</a></div><div>"
    "<a href='/authors/'>Autores</a> <a href='/privacity/'>Privacidad</a></div></div></footer>"
)
POLICY = ("/privacity/", "POLÍTICA DE PRIVACIDAD")


def page_of(title: str, body: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title} - PatoJAD</title>{head}</head><body>{NAV}<main>{body}</main>{FOOTER}</body>"
        "</html>"
    )


def dated_head(day: str = "2020-03-20T09:07:00+00:00") -> str:
    return f"<meta property='og:type' content='article'><meta property='article:published_time' content='{day}'>"


def post(title: str, day: str = "2020-03-20T09:07:00+00:00") -> str:
    return page_of(title, f"<article><h1>{title}</h1>{PROSE}</article><aside>PatoJAD</aside>", dated_head(day))


def listing(title: str, entries: list[tuple[str, str]], path: str, pages: int = 1, number: int = 1) -> str:
    cards = "".join(card(url, name, DAYS[n % len(DAYS)]) for n, (url, name) in enumerate(entries))
    pager = ""
    if pages > 1:
        links = "".join(f"<a href='{path}page/{n}/'>{n}</a>" if n > 1 else f"<a href='{path}'>1</a>" for n in range(1, pages + 1))
        pager = f"<nav class='pagination'>{links}</nav>"
    return page_of(title, f"<h1>{title}</h1><div class='grid'>{cards}</div>{pager}", dated_head())


def policy_site(footer_link: str = POLICY[0]) -> tuple[SiteModel, list[PageAnalysis]]:
    """The stream (two pages), the author's listing (two pages, the policy last), two tags listing it; every page's
    footer links ``footer_link`` where the site links its policy (none: ``""``)."""
    model = SiteModel()
    model.enter("http://pato.test/")
    shown = []
    pages = [
        (listing("Blog", POSTS[:6], "/posts/", 2, 1), "/posts/"),
        (listing("Blog", POSTS[6:], "/posts/", 2, 2), "/posts/page/2/"),
        (listing("Autor: PatoJAD", [*POSTS[:6]], "/authors/patojad/", 2, 1), "/authors/patojad/"),
        (listing("Autor: PatoJAD", [*POSTS[6:], POLICY], "/authors/patojad/", 2, 2), "/authors/patojad/page/2/"),
        (listing("Tag: Privacidad", [POSTS[2], POSTS[7], POLICY], "/tags/privacidad/"), "/tags/privacidad/"),
        (listing("Tag: Politicas", [POLICY], "/tags/politicas/"), "/tags/politicas/"),
    ]
    for html, path in pages:
        html = footer(html, footer_link)
        page = analysed(html, path)
        model.observe(page)
        assert model.classify(page, has_body=True).role == LISTING, path
        shown.append(page)
    return model, shown


def footer(html: str, link: str) -> str:
    """``html`` with its footer's policy link leading to ``link`` (none when empty)."""
    return html.replace("<a href='/privacity/'>Privacidad</a>", f"<a href='{link}'>Privacidad</a>" if link else "")


def placed(model: SiteModel, html: str, path: str, link: str = POLICY[0]) -> str:
    page = analysed(footer(html, link), path)
    model.observe(page)
    return model.resolve(page, has_body=True).role


def test_a_policy_page_the_footer_links_and_tags_list_beside_posts_is_a_page() -> None:
    """Before: an article ("a listing's record, dated by a listing"): two tag pages and the author's listing list the
    policy, dated, in the posts' markup, and its page is dated in the posts' layout. Every page's footer links it, and
    the lists that list it hold posts of another URL family nearly only."""
    model, _ = policy_site()
    for path, title in POSTS:
        assert placed(model, post(title), path) == ARTICLE, path
    assert placed(model, post(POLICY[1], "2019-12-18T00:00:00+00:00"), POLICY[0]) == PAGE


def test_a_policy_page_no_chrome_links_stays_the_listings_record() -> None:
    """Guard: without the footer's link, the site's listings are all there is to read, and they list it as a post."""
    model, _ = policy_site("")
    for path, title in POSTS:
        placed(model, post(title), path, "")
    assert placed(model, post(POLICY[1], "2019-12-18T00:00:00+00:00"), POLICY[0], "") == ARTICLE


def test_a_post_the_footer_features_stays_an_article() -> None:
    """Guard: a footer linking one of the posts (its family the listed posts')."""
    featured = POSTS[7][0]
    model, _ = policy_site(featured)
    for path, title in POSTS:
        assert placed(model, post(title), path, featured) == ARTICLE, path
