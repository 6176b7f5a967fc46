"""The held-out round of session 19 (international): Turkish, Japanese and Spanish sites (docs/realsites.md).

SUDO, Ubuntu Türkiye's magazine (Jekyll), labels its writer "Yazar: Semetey Coşkun": a label only Chinese and
English words were read as, so no article had an author. The Haskell-jp Blog (Hakyll) prints "Posted by Kazuki
Okamoto (@kakkun61) on June 14, 2021", the person's handle in brackets after the name, and "Posted by takenobu.hs
on April 26, 2020", a lower-case handle that reads like a host, which its ``<meta name="author">`` names too.
PatoJAD (Hugo) lists hundreds of posts by a paged stream that prints no day, each dated by its own page in
article markup only, while its portfolio listing dates its few projects: every post was placed as a page. Pages
written for the test, modelled on what those sites print. Pure.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, Decision, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html
from archiver.extract.labels import parse_label_line

TEXT = (
    "<p>Vim, konsol tabanlı yani terminal üzerinde çalışan bir metin editörüdür. Daha sonraki zamanlarda grafik "
    "arabirim bileşenleri ile de uyumlu çalışabilecek hâle getirilmiştir ve birçok ortama eklentiler yazılmıştır."
    "</p>"
) * 4


def magazine_article(meta_line: str) -> str:
    return (
        "<html><head><title>Vim</title><meta charset='UTF-8'></head><body><nav class='menu'><a href='/'>Ana Sayfa"
        "</a><a href='/haberler/'>Haberler</a><a href='/nasil-yapilir/'>Nasıl?</a></nav><div class='ui container'>"
        "<div class='ui card fluid'><div class='content'><h1 class='ui header'>Vim</h1><div class='meta'>"
        f"{meta_line}<span class='right floated'>19 Nisan 2016 tarihinde yayımlandı.</span></div>"
        "<div class='description'>Vim, konsol tabanlı bir metin editörüdür.</div></div>"
        f"<div class='markdown-body'>{TEXT}</div></div></div></body></html>"
    )


def test_a_turkish_author_label_names_the_author() -> None:
    """Before: author None ("Yazar:" was no label; Chinese and English label words only)."""
    page = magazine_article(
        "<span><b class='ui sub header orange'>Yazar:</b> Semetey Coşkun</span>"
        "<span><b class='ui sub header orange'>Kategori:</b> <a href='/uygulama-tanitimlari/'>Tanıtım</a></span>"
    )
    article = extract_article(page, "http://sudo.test/vim")
    assert article["author"] == "Semetey Coşkun"
    assert "Semetey" not in article["body"]


def test_author_labels_in_other_languages_need_their_colon_and_a_word_of_their_own() -> None:
    assert [(h.kind, h.value) for h in parse_label_line("Autor: Hans Müller")] == [("author", "Hans Müller")]
    assert [(h.kind, h.value) for h in parse_label_line("Auteur : Jeanne Roy")] == [("author", "Jeanne Roy")]
    assert [(h.kind, h.value) for h in parse_label_line("著者：山田太郎")] == [("author", "山田太郎")]
    assert parse_label_line("Fotoautor: Agentur") == []  # inside a longer word: no label
    assert parse_label_line("Kategori: Tanıtım") == []
    assert parse_label_line("Der Autor des Buches schreibt viel") == []  # no colon: running text


def hakyll_post(posted_by: str, meta_author: str, site: str = "Haskell-jp") -> str:
    return (
        "<html lang='ja'><head><meta charset='utf-8'><title>Haskell Day 2021を開催します - Haskell-jp</title>"
        f"<meta name='author' content='{meta_author}'><meta property='og:site_name' content='{site} Blog'></head>"
        "<body><nav class='navbar'><a class='navbar-brand' href='https://haskell.test'>Haskell-jp</a>"
        "<a href='../../posts/about_us.html'>About</a><a href='../../'>Blog</a></nav><header class='intro-header'>"
        "<div class='post-heading'><div class='jumbotron'><h1>Haskell Day 2021を開催します</h1>"
        f"<h2 class='subheading'></h2><span class='meta'>Posted by {posted_by} on June 14, 2021</span>"
        "<span class='meta'>Tags: イベント</span></div></div></header><article lang='ja'><div class='container'>"
        "<div id='md-post-content'><p>Haskell Day 2021を開催します！今年はオンラインでの開催となります。発表者の"
        "募集も行っておりますので、ぜひご応募ください。当日のタイムテーブルは後日公開いたします。</p>"
        "<p>皆様のご参加をお待ちしております。参加登録は下記のページから行えます。</p></div></div></article>"
        "</body></html>"
    )


def test_a_handle_in_brackets_after_the_name_is_not_part_of_it() -> None:
    """Before: the by-line gave no name ("(@kakkun61)" is no name part), and the page's author meta, the group's
    name, was taken."""
    page = hakyll_post("<a href='https://twitter.test/kakkun61'>Kazuki Okamoto (@kakkun61)</a>", "Haskell-jp")
    assert extract_article(page, "http://haskell.test/blog/posts/2021/haskell-day-2021.html")["author"] == (
        "Kazuki Okamoto"
    )
    page = hakyll_post("<a href='http://the.igreque.test/'>Yuji Yamamoto(@igrep)</a>", "Yuji Yamamoto")
    assert extract_article(page, "http://haskell.test/blog/posts/2019/asterius.html")["author"] == "Yuji Yamamoto"


def test_a_by_line_printing_the_author_metas_handle_names_it() -> None:
    """Before: None: a lower-case handle with a dot ("takenobu.hs") reads like a host to the meta rule and is no
    name to the by-line rule; the page prints it in both places."""
    page = hakyll_post("takenobu.hs", "takenobu.hs")
    assert extract_article(page, "http://haskell.test/blog/posts/2020/at-work.html")["author"] == "takenobu.hs"


def test_a_handle_only_the_meta_names_stays_unread() -> None:
    """The by-line naming someone else, or nobody, leaves a host-like meta value unread as before."""
    page = hakyll_post("Haskell-jp Admins", "takenobu.hs")
    assert extract_article(page, "http://haskell.test/blog/posts/2022/x.html")["author"] != "takenobu.hs"


H = "http://pato.test"
ALLOWED = frozenset({"pato.test"})
NAV = (
    "<nav><a href='/'>Inicio</a><a href='/posts/'>Blog</a><a href='/projects/'>Proyectos</a>"
    "<a href='/about/'>Marca Personal</a></nav>"
)
DAYS = ["Lunes 3 de Febrero de 2020", "Martes 4 de Febrero de 2020", "Miércoles 12 de Diciembre de 2018"]
POSTS = [(f"/post/2020/0{1 + n % 6}/nota-{n}/", f"Cómo instalar la herramienta número {n}") for n in range(12)]
PROJECTS = [(f"/projects/proyecto-{n}/", f"Proyecto {n}", f"March {n + 2}, 2026") for n in range(6)]
PROSE = (
    "<p>En esta nota vemos paso a paso cómo instalar la herramienta en nuestra distribución favorita, desde los "
    "repositorios oficiales o compilando el código fuente, y qué opciones conviene revisar antes de empezar.</p>"
) * 4


def page_of(title: str, body: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title} - PatoJAD</title>{head}</head><body>{NAV}<main>{body}</main>"
        "<footer><p>Creado por la comunidad.</p></footer></body></html>"
    )


def card(path: str, title: str, shown: str) -> str:
    """A card as the Tailwind theme prints it: the day after a calendar icon, in Spanish with its weekday."""
    return (
        f"<article class='card'><div class='meta'><span class='day'><em class='fa fa-calendar' aria-hidden=true>"
        f"</em> {shown}</span><span><em class='fa fa-clock-o'></em> 2 min de lectura</span></div>"
        f"<a class='group block' href='{path}'><h3>{title}</h3></a><div><p>Una nota sobre GNU/Linux y el software "
        "libre.</p></div></article>"
    )


def stream(page_number: int, shown: list[str] = DAYS, posts: list[tuple[str, str]] = POSTS) -> str:
    entries = posts[6 * (page_number - 1) : 6 * page_number]
    cards = "".join(card(path, title, shown[n % len(shown)]) for n, (path, title) in enumerate(entries))
    pager = (
        "<nav class='pagination'><a href='/posts/'>1</a><a href='/posts/page/2/'>2</a>"
        f"<a href='/posts/page/{3 - page_number}/'>{'Siguiente' if page_number == 1 else 'Anterior'}</a></nav>"
    )
    return page_of("Blog", f"<h1>Blog</h1><div class='grid'>{cards}</div>{pager}")


def portfolio() -> str:
    cards = "".join(
        f"<div class='project'><h3><a href='{path}'>{title}</a></h3><time>{day}</time>"
        "<p>Una plataforma hecha a medida.</p></div>"
        for path, title, day in PROJECTS
    )
    return page_of("Proyectos", f"<h1>Proyectos</h1><div class='projects'>{cards}</div>")


def post(title: str) -> str:
    head = (
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2020-03-20T09:07:00+00:00'>"
    )
    return page_of(title, f"<article><h1>{title}</h1>{PROSE}</article><aside>PatoJAD</aside>", head)


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


def test_a_card_dated_in_spanish_with_its_weekday_after_an_icon_is_dated() -> None:
    """Before: dated 0 of 6 (a date in words must be the whole text of an element holding it as its own text)."""
    cards = [g for g in analysed(stream(1), "/posts/").groups if len(g.urls) == 6]
    assert cards and cards[0].dated == 6


def test_a_headline_or_a_word_before_a_day_that_is_no_weekday_dates_nothing() -> None:
    shown = ["Top 10 de Febrero de 2020", "Hoy 4 de Febrero de 2020", "Edición 12 de Diciembre de 2018"]
    cards = [g for g in analysed(stream(1, shown), "/posts/").groups if len(g.urls) == 6]
    assert cards and cards[0].dated == 0


def test_a_post_of_a_stream_dated_in_spanish_is_an_article() -> None:
    """Before: a page ("a record of undated lists only, of a family no listing dates, where listings date
    posts"): the portfolio's English dates were read, the stream's Spanish ones not."""
    model = SiteModel()
    model.enter(H + "/")
    for html, path in ((portfolio(), "/projects/"), (stream(1), "/posts/"), (stream(2), "/posts/page/2/")):
        listing = analysed(html, path)
        model.observe(listing)
        assert model.classify(listing, has_body=True).role == LISTING, path
    for path, title in POSTS:
        page = analysed(post(title), path)
        model.observe(page)
        decision = model.resolve(page, has_body=True)
        assert decision.role == ARTICLE, (path, decision.reason)


CHROME = (
    "<div id='widgets' class='w-full px-3'><h3>Categorías</h3><p>GNU/Linux 182 Aplicaciones 85 Programación 67 "
    "Noticias 42 Seguridad 39 Redes 38 Windows 29 Juegos 28</p><h3>Apoyame</h3><p>Si te gusta lo que hacemos "
    "podés colaborar con una donación por cualquiera de los medios de pago disponibles, cada aporte ayuda a "
    "mantener el sitio en línea y a seguir escribiendo notas sobre software libre para toda la comunidad "
    "hispanohablante.</p><h3>Tags Populares</h3><p>Linux 141 Ubuntu 54 Debian 49 Arch 45 Windows 39 Web 32 "
    "Seguridad 30 Terminal 30 MacOS 24 Consola 22 GNU/Linux 22 Gratis 22</p></div>"
)


def test_a_tag_page_of_two_listed_posts_is_a_listing() -> None:
    """Before: an article ("a listing's record, with a date"): a record of the dated tag index, its own page dated by
    the theme's ``article:published_time``, its two cards outweighed by the sidebar's widgets."""
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
    head = "<meta property='og:type' content='article'><meta property='article:published_time' content='2020-02-04'>"
    two = card(*POSTS[0], DAYS[0]) + card(*POSTS[1], DAYS[1])
    tag = analysed(page_of("kde", f"<h1>kde</h1><div class='grid'>{two}</div>{CHROME}", head), tags[0][0])
    model.observe(tag)
    decision = model.resolve(tag, has_body=True)
    assert decision.role == LISTING, decision.reason


def first_post_beside_related(linked: list[tuple[str, str]]) -> Decision:
    """The first post's place, its page showing two other posts' cards in the listings' markup, where the listings
    and the cards link the posts as ``linked`` names them; a name without the posts' slash answers 301 with it."""
    model = SiteModel()
    model.enter(H + "/")
    for number, path in ((1, "/posts/"), (2, "/posts/page/2/")):
        listing = analysed(stream(number, posts=linked), path)
        model.observe(listing)
        model.classify(listing, has_body=True)
    for (name, _), (path, _) in zip(linked, POSTS, strict=True):
        if name != path:
            model.redirected(H + name, H + path)
    for path, title in POSTS[1:]:
        page = analysed(post(title), path)
        model.observe(page)
        model.resolve(page, has_body=True)
    related = card(*linked[1], DAYS[0]) + card(*linked[2], DAYS[1])
    path, title = POSTS[0]
    html = post(title).replace("</article>", f"</article><div class='grid'>{related}</div>")
    page = analysed(html, path)
    model.observe(page)
    return model.resolve(page, has_body=True)


def test_a_post_beside_two_related_posts_of_its_own_family_stays_an_article() -> None:
    decision = first_post_beside_related(POSTS)
    assert decision.role == ARTICLE, decision.reason


def test_a_post_beside_related_posts_linked_without_its_slash_stays_an_article() -> None:
    """A Jigsaw site links its posts as ``/artigos/x``, which answers 301 with ``/artigos/x/``: a post, fetched under
    its slash, shows two related posts' cards in the listings' markup linked without theirs. Before: a listing ("its
    records are listed posts of another family"), 22 to 25 of 30 posts in some crawl orders of a real site: the
    slash made ``/post/{n}/{n}/*`` another family than ``/post/{n}/{n}/*/``."""
    decision = first_post_beside_related([(path.rstrip("/"), title) for path, title in POSTS])
    assert decision.role == ARTICLE, decision.reason
