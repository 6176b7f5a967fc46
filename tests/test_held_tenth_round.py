"""Shapes of the tenth held-out round (docs/realsites.md, "Held-out sites, tenth round"), written small by hand: a
user group's site (Jigsaw, Portuguese) that prints each post's byline as "por <name> em DD/MM/YYYY", a name
sometimes followed by the nickname the person goes by in brackets, on pages that declare no language, and lists its
posts in a grid of rows of three cards with the same dates; and a festival committee's Hugo blog (Japanese) whose
og:title keeps the Markdown its heading renders, and whose theme lists the site's categories with the post card,
dated by Go's zero time ("01 January 0001"). Pure."""

from __future__ import annotations

from archiver.discovery.page import analyze_page
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "https://usergroup.test"
ALLOWED = frozenset({"usergroup.test"})


def post(headline: str, byline: str, others: list[tuple[str, str]] = ()) -> str:  # type: ignore[assignment]
    """The user group's post template: a navbar, a trail, the headline over a ``<small>`` byline in the post's
    block, the text, and a box of more posts by the same author with their days; no ``lang``, no date data."""
    box = "".join(
        f'<div class="tile"><article class="card"><a href="/artigos/{slug}/">{slug.replace("-", " ")}</a>'
        f"<p><small>em {day}</small></p></article></div>"
        for slug, day in others
    )
    return (
        f"<html><head><title>Grupo | {headline}</title></head><body>"
        '<nav class="navbar"><a href="/">Grupo</a><a href="/artigos">Artigos</a><a href="/sobre">Sobre</a></nav>'
        '<nav class="breadcrumb"><ul><li><a href="/">Grupo</a></li><li><a href="/artigos">Artigos</a></li></ul></nav>'
        f'<section class="section"><div class="content"><h1 class="title">{headline}</h1>'
        f"<p><small>{byline}</small></p>"
        "<p>Neste texto vamos ver como começar a trabalhar com filas de mensagens em aplicações PHP, desde a "
        "instalação do servidor até o primeiro consumidor rodando em produção, com exemplos completos.</p>"
        "<p>Depois discutimos os erros mais comuns, como tratar mensagens que falham e como medir o tempo de "
        "processamento de cada fila sem deixar a aplicação mais lenta para os usuários.</p></div></section>"
        f'<section class="section"><h4>Mais posts deste Autor</h4>{box}</section>'
        '<footer class="footer"><p>Conteúdo sob licença livre.</p></footer></body></html>'
    )


def test_a_numeric_date_is_read_in_the_order_the_pages_other_dates_settle() -> None:
    """ "em 05/10/2020" is the 5th of October or the 10th of May; the box of the author's other posts prints
    "20/06/2022", which can only be day first. Before, the byline's day-month-year was no date near the headline
    (only year-first dates and dotted ones were), and the day the listing printed beside the page, the same
    "05/10/2020", was read month first (2020-05-10): 13 of the user group's 30 posts misdated in the crawl."""
    html = post(
        "Filas de mensagens em PHP",
        "por Ana Souza em 05/10/2020",
        [("phpeste-2022", "20/06/2022"), ("php-soap", "22/10/2018")],
    )
    record = extract_article(html, H + "/artigos/filas-de-mensagens/", listing_date="05/10/2020")
    assert record["published_at"] is not None and record["published_at"].startswith("2020-10-05")


def test_a_numeric_date_is_read_in_the_order_its_listing_settled() -> None:
    """A page whose only date is "05/10/2020" takes its order from the day the listing printed beside it, kept in
    the order that listing's own dates settle (discovery: "2020-10-05", the test below). A guard of the rule's
    last source: the listing's day alone gave that day before too."""
    html = post("Filas de mensagens em PHP", "por Ana Souza em 05/10/2020")
    record = extract_article(html, H + "/artigos/filas-de-mensagens/", listing_date="2020-10-05")
    assert record["published_at"] is not None and record["published_at"].startswith("2020-10-05")


def test_a_numeric_date_nothing_settles_is_left_to_the_later_rules() -> None:
    """Alone, with no other date on the page and no listing's, "05/10/2020" says nothing of its order: the rule
    does not guess (the library's reading stays, as before)."""
    html = post("Filas de mensagens em PHP", "por Ana Souza em 05/10/2020")
    record = extract_article(html, H + "/artigos/filas-de-mensagens/")
    assert not record["rules"]["published_at"].startswith("near-title")


def test_a_month_first_site_keeps_its_order() -> None:
    """The order comes from the site's dates, not from a language: a page whose other dates print "06/20/2022"
    (month first) reads "05/10/2020" as the 10th of May."""
    html = post("Message queues in PHP", "by Ann Smith on 05/10/2020", [("phpeste-2022", "06/20/2022")])
    record = extract_article(html, H + "/posts/queues/")
    assert record["published_at"] is not None and record["published_at"].startswith("2020-05-10")


def grid_listing() -> str:
    """The user group's listing: rows of three cards (each row a list apart), numeric days."""
    days = ["20/06/2022", "05/10/2020", "19/05/2020", "10/02/2020", "07/02/2020", "03/02/2020"]
    rows = ""
    for start in (0, 3):
        cards = "".join(
            f'<div class="tile is-parent"><article class="card is-child tile"><a href="/artigos/post-{n}">'
            f"Post número {n} sobre PHP</a><p>Um resumo do post número {n}.</p><p><small>em {days[n]}</small></p>"
            "</article></div>"
            for n in range(start, start + 3)
        )
        rows += f'<div class="tile is-ancestor">{cards}</div>'
    return (
        "<html><head><title>Grupo | Artigos</title></head><body>"
        '<nav class="navbar"><a href="/">Grupo</a><a href="/artigos">Artigos</a></nav>'
        f'<section class="section"><h1>Artigos</h1>{rows}'
        '<nav class="pagination"><a href="/artigos/2">2</a><a href="/artigos/3">3</a></nav></section>'
        "</body></html>"
    )


def test_a_listing_keeps_numeric_days_in_the_order_its_page_settles() -> None:
    """The second row's days (10/02, 07/02, 03/02) are all ambiguous; the first row's "20/06/2022" settles the
    page's order. Before, each listing date was kept as printed, and a page read alone with it was misdated."""
    html = grid_listing()
    root, _ = parse_html(html)
    analysis = analyze_page(root, H + "/artigos/", ALLOWED, html)
    dates = {url: day for group in analysis.groups for url, day in group.record_dates.items()}
    assert dates[H + "/artigos/post-1"] == "2020-10-05"
    assert dates[H + "/artigos/post-4"] == "2020-02-07"


def test_a_byline_name_may_end_with_a_nickname_in_brackets() -> None:
    """ "por José Filho (Zé) em 07/02/2020": the name and the nickname the person goes by, printed as one name.
    Before, the brackets made the name no name: no author on 7 of the 30 posts."""
    html = post("Introdução a Middlewares", "por José Filho (Zé) em 07/02/2020", [("php-soap", "22/10/2018")])
    record = extract_article(html, H + "/artigos/middlewares/")
    assert record["author"] == "José Filho (Zé)"
    assert record["published_at"] is not None and record["published_at"].startswith("2020-02-07")


def test_a_role_in_brackets_is_no_nickname() -> None:
    from archiver.extract.authors import by_line

    assert by_line("By Jane Doe (Editor)") != ["Jane Doe (Editor)"]
    assert by_line("By Robert Smith (Bob) and Ann Lee") == ["Robert Smith (Bob)", "Ann Lee"]


SITE = "NUTMEG | 大学祭実行委員会 情報局"


def blog_post(heading_html: str, og_title: str) -> str:
    """The Hugo theme's post: every <title> the site's name, the headline an <h2> over the meta line."""
    return (
        f'<html lang="ja"><head><title>{SITE}</title><meta property="og:title" content="{og_title}">'
        '<meta property="og:site_name" content="NUTMEG"></head><body>'
        '<header class="navigation"><nav><a href="/">NUTMEG</a><a href="/about/">About</a></nav></header>'
        '<section class="section-sm"><div class="container"><div class="col-lg-8">'
        '<a href="/categories/x" class="text-primary">メンバーの趣味</a>'
        f'<h2>{heading_html}</h2><div class="post-meta"><span>By NUTMEG</span><span>24 December 2023</span></div>'
        '<div class="content"><p>毎朝大学のポータルにログインするのが面倒なので、'
        "ブラウザの拡張機能で自動化してみました。仕組みと作り方を順番に紹介します。</p><p>まずはログイン画面の構造を調べるところから始めます。"
        "フォームの名前と送信先が分かれば、あとは入力を埋めるだけです。</p></div></div></div></section>"
        "</body></html>"
    )


def test_og_title_in_markdown_names_the_heading_that_renders_it() -> None:
    """og:title "…したい *日常生活を便利に*" keeps the Markdown the <h2> renders as "…したい <em>日常生活を便利に</em>".
    Before, no heading said what og:title says and the raw Markdown, asterisks and all, was the title."""
    html = blog_post(
        "ILIASに自動でログインしたい <em>日常生活を便利に</em>", "ILIASに自動でログインしたい *日常生活を便利に*"
    )
    record = extract_article(html, "https://blog.test/blog/post-ac-20231224/")
    assert record["title"] == "ILIASに自動でログインしたい 日常生活を便利に"


def sections_page() -> str:
    """The theme's list of the site's categories, each printed with the post card and Go's zero time."""
    cards = "".join(
        f'<div class="col-md-6"><article class="card"><div class="card-body">'
        f'<a href="https://blog.test/categories/{name}/" class="h5">{name}</a>'
        '<div class="post-meta"><span>By NUTMEG</span><span>01 January 0001</span></div><p class="card-text"></p>'
        f'<a href="https://blog.test/categories/{name}/" class="btn">read more</a></div></article></div>'
        for name in ("events", "members", "outreach", "daily")
    )
    return (
        f"<html><head><title>{SITE}</title></head><body>"
        '<header class="navigation"><nav><a href="/">NUTMEG</a></nav></header>'
        f'<section class="section-sm"><div class="container"><div class="row">{cards}</div></div></section>'
        "</body></html>"
    )


def test_a_list_whose_every_record_prints_the_zero_date_is_the_sites_sections() -> None:
    """Hugo prints a taxonomy's terms with the post card, dated "01 January 0001" (Go's zero time): the records
    are the site's categories, no posts. Before, the list was a listing of four undated records, and each category
    page, itself a list of dated cards, was "a listing's record, with a date": six archived as posts."""
    html = sections_page()
    root, _ = parse_html(html)
    analysis = analyze_page(root, "https://blog.test/categories/", frozenset({"blog.test"}), html)
    cards = [group for group in analysis.groups if any("/categories/events/" in url for url in group.urls)]
    assert cards and all(group.in_chrome_markup for group in cards)
