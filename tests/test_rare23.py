"""Session 23: a policy page the footer links and the tags file beside the posts (docs/discovery.md "Session 23").

Pages written for the tests, modelled on what real sites print: a Spanish Hugo blog whose theme files its privacy
policy under tags and on its author's listing, as a dated card in the posts' markup, and links it from every page's
footer (hugo-patojad's ``/privacity``); a WordPress news site whose posts each have a URL family of their own (the slug
is a folder: ``/2019/05/14/<slug>/index.html``) and whose pages repeat a box linking posts by icons (wp-aganor). Pure.
"""

from __future__ import annotations

from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, SiteModel
from tests.test_held19_intl import DAYS, NAV, POSTS, PROSE, H, analysed, card

FOOTER = (
    "<footer><div class='flex'><div>Creado por <a href='https://vasak.example/'>Vasak Group</a></div><div>"
    "<a href='/authors/'>Autores</a> <a href='/privacity/'>Privacidad</a></div></div></footer>"
)
POLICY = ("/privacity/", "POLÍTICA DE PRIVACIDAD")
POLICY_DAY = "2019-12-18T00:00:00+00:00"
# A box of two headlines in the footer's place, the policy's among them (a box of the latest posts, no menu)
LATEST = (
    "<a href='/authors/'>Cómo instalar la herramienta paso a paso en Debian</a> "
    "<a href='/privacity/'>Política de privacidad y uso de los datos de los lectores</a>"
)


def page_of(title: str, body: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title} - PatoJAD</title>{head}</head><body>{NAV}<main>{body}</main>{FOOTER}</body></html>"
    )


def dated_head(day: str = "2020-03-20T09:07:00+00:00") -> str:
    return f"<meta property='og:type' content='article'><meta property='article:published_time' content='{day}'>"


def post(title: str, day: str = "2020-03-20T09:07:00+00:00") -> str:
    return page_of(title, f"<article><h1>{title}</h1>{PROSE}</article><aside>PatoJAD</aside>", dated_head(day))


def listing(title: str, entries: list[tuple[str, str]], path: str, pages: int = 1) -> str:
    cards = "".join(card(url, name, DAYS[n % len(DAYS)]) for n, (url, name) in enumerate(entries))
    pager = ""
    if pages > 1:
        links = "".join(
            f"<a href='{path}page/{n}/'>{n}</a>" if n > 1 else f"<a href='{path}'>1</a>" for n in range(1, pages + 1)
        )
        pager = f"<nav class='pagination'>{links}</nav>"
    return page_of(title, f"<h1>{title}</h1><div class='grid'>{cards}</div>{pager}", dated_head())


def footer(html: str, link: str) -> str:
    """``html`` with its footer's policy link leading to ``link`` (none when empty; ``LATEST``: the footer is a box of
    two headlines instead)."""
    if link == LATEST:
        return html.replace("<a href='/authors/'>Autores</a> <a href='/privacity/'>Privacidad</a>", LATEST)
    return html.replace("<a href='/privacity/'>Privacidad</a>", f"<a href='{link}'>Privacidad</a>" if link else "")


def policy_site(footer_link: str = POLICY[0]) -> SiteModel:
    """The stream (two pages), the author's listing (two pages, the policy last), two tags listing it; every page's
    footer links ``footer_link`` where the site links its policy (none: ``""``)."""
    model = SiteModel()
    model.enter(H + "/")
    pages = [
        (listing("Blog", POSTS[:6], "/posts/", 2), "/posts/"),
        (listing("Blog", POSTS[6:], "/posts/", 2), "/posts/page/2/"),
        (listing("Autor: PatoJAD", POSTS[:6], "/authors/patojad/", 2), "/authors/patojad/"),
        (listing("Autor: PatoJAD", [*POSTS[6:], POLICY], "/authors/patojad/", 2), "/authors/patojad/page/2/"),
        (listing("Tag: Privacidad", [POSTS[2], POSTS[7], POLICY], "/tags/privacidad/"), "/tags/privacidad/"),
        (listing("Tag: Politicas", [POLICY], "/tags/politicas/"), "/tags/politicas/"),
    ]
    for html, path in pages:
        model.reach(H + path)  # the home's links and the pagers lead there
        page = analysed(footer(html, footer_link), path)
        model.observe(page)
        assert model.classify(page, has_body=True).role == LISTING, path
    return model


def placed(model: SiteModel, html: str, path: str, link: str = POLICY[0]) -> str:
    """The role ``model`` gives the page at the crawl's end (classify, then resolve for a page it holds)."""
    page = analysed(footer(html, link), path)
    model.observe(page)
    return model.resolve(page, has_body=True).role


def test_a_policy_page_the_footer_links_and_tags_list_beside_posts_is_a_page() -> None:
    """Before: an article ("a listing's record, with a date"): two tag pages and the author's listing list the
    policy, dated, in the posts' markup, and its page is dated in the posts' layout. Every page's footer links it by a
    menu word, and no other record of the lists that list it has its URL's shape (``/*/`` among ``/post/{n}/{n}/*/``).
    """
    model = policy_site()
    for path, title in POSTS:
        assert placed(model, post(title), path) == ARTICLE, path
    assert placed(model, post(POLICY[1], POLICY_DAY), POLICY[0]) == PAGE


def test_the_policy_page_is_held_until_the_crawls_end() -> None:
    """Read before the crawl's end, the policy is held: a post of its URL family may still turn up."""
    model = policy_site()
    for path, title in POSTS:
        placed(model, post(title), path)
    page = analysed(post(POLICY[1], POLICY_DAY), POLICY[0])
    model.observe(page)
    assert model.classify(page, has_body=True).role not in (ARTICLE, PAGE)


def test_a_policy_page_no_chrome_links_stays_the_listings_record() -> None:
    """Guard: without the footer's link, the site's listings are all there is to read, and they list it as a post."""
    model = policy_site("")
    for path, title in POSTS:
        placed(model, post(title), path, "")
    assert placed(model, post(POLICY[1], POLICY_DAY), POLICY[0], "") == ARTICLE


def test_a_record_a_box_of_latest_headlines_links_stays_the_listings_record() -> None:
    """Guard: a box every page repeats naming pages by their headlines is a box of posts, not a menu (cms-cdjzz's
    latest articles, each post of a column whose URL family is its own)."""
    model = policy_site(LATEST)
    for path, title in POSTS:
        placed(model, post(title), path, LATEST)
    assert placed(model, post(POLICY[1], POLICY_DAY), POLICY[0], LATEST) == ARTICLE


def test_a_post_the_footer_features_stays_an_article() -> None:
    """Guard: a footer linking one of the posts (its URL's shape the listed posts')."""
    featured = POSTS[7][0]
    model = policy_site(featured)
    for path, title in POSTS:
        assert placed(model, post(title), path, featured) == ARTICLE, path


# A WordPress news site: each post's slug is a folder (``/2019/05/14/<slug>/index.html``), so each post is a URL family
# of its own; every page repeats a box linking the newest posts by an icon (a thumbnail's "" glyph), menu words.
# (slugs without figures: a figure in a folder's name is ``{n}`` to its family)
TOPICS = [
    "normes",
    "qualite",
    "metrologie",
    "formation",
    "laboratoire",
    "energie",
    "sante",
    "commerce",
    "douanes",
    "partenariat",
    "inspection",
    "consommateurs",
]
NEWS = [
    (f"/2019/0{1 + n % 6}/1{n % 9}/communique-{topic}/index.html", f"Communiqué de presse sur {topic}")
    for n, topic in enumerate(TOPICS)
]


def news_page(title: str, body: str, head: str = "") -> str:
    box = "".join(f"<a href='{path}'>\ue611</a>" for path, _ in NEWS[:3])
    return (
        f"<html><head><title>{title} - Agence</title>{head}</head><body><nav><a href='/'>Accueil</a>"
        f"<a href='/actualites/'>Actualités</a><a href='/contact/'>Contact</a></nav><main>{body}</main>"
        f"<footer><div class='recent'>{box}</div><p>Agence de normalisation</p></footer></body></html>"
    )


def news_listing(entries: list[tuple[str, str]], path: str) -> str:
    cards = "".join(card(url, name, DAYS[n % len(DAYS)]) for n, (url, name) in enumerate(entries))
    pager = "<nav class='pagination'><a href='/actualites/'>1</a><a href='/actualites/page/2/'>2</a></nav>"
    return news_page("Actualités", f"<h1>Actualités</h1><div class='grid'>{cards}</div>{pager}")


def test_posts_each_of_a_family_of_its_own_that_a_box_of_icons_links_stay_articles() -> None:
    """Guard (wp-aganor: 235 → 1-4 of 236 on session 22's version of the rule, which measured URL families): the
    posts the footer's box links by icons are each the one record of their family among their listings' records, but
    every record of those listings has their URL's shape with the slug's folder free."""
    model = SiteModel()
    model.enter(H + "/")
    for entries, path in ((NEWS[:6], "/actualites/"), (NEWS[6:], "/actualites/page/2/")):
        model.reach(H + path)
        page = analysed(news_listing(entries, path), path)
        model.observe(page)
        assert model.classify(page, has_body=True).role == LISTING, path
    for path, title in NEWS:
        html = news_page(title, f"<article><h1>{title}</h1>{PROSE}</article>", dated_head())
        page = analysed(html, path)
        model.observe(page)
        assert model.resolve(page, has_body=True).role == ARTICLE, path
    # (the box is the site's menu words, as the policy's footer link is: the rule is asked)
    assert {H + path for path, _ in NEWS[:3]} <= model.menu_word_targets


def test_the_policy_page_the_footer_names_without_its_slash_is_a_page_under_either_url() -> None:
    """The footer links ``/privacity``, which answers with a redirect to the ``/privacity/`` the tags and the author's
    listing name. Before: an article when the crawl fetched ``/privacity/`` first (through the home feed, or a tag
    page), the menus' link being the other URL; a page when it fetched the footer's URL first."""
    for fetched in ("/privacity/", "/privacity"):
        model = policy_site("/privacity")
        for path, title in POSTS:
            placed(model, post(title), path, "/privacity")
        model.redirected(H + "/privacity", H + "/privacity/")
        assert placed(model, post(POLICY[1], POLICY_DAY), fetched, "/privacity") == PAGE, fetched
