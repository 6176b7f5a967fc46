"""Site shapes of two CMS mirrors first met on session 18's held-out round (issue 12: wp-hides, blogger-jorge),
written small by hand. Pure.

- A WordPress copy whose posts are reachable only through day archives (``/2020/08/13.html``), each showing the day's
  one post card, named in the posts' own URL shape (``/2020/08/blog-post_13.html``); its dates printed in the
  Japanese locale's "F j, Y" (``8月 13, 2020``); its posts' links to their neighbours numbered like pager pages.
- A Blogger copy whose untitled posts are linked only by their timestamp (``miércoles, agosto 17, 2011``), beside
  share buttons whose words outweigh it, and whose posts of one day share one block.
"""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://blog.test"
ALLOWED = frozenset({"blog.test"})


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


# --- a WordPress copy reached through day archives ---------------------------------------------------------------

MENU = '<nav class="menu"><a href="/blog/">ブログ</a> <a href="/blog/about/">道場について</a></nav>'
POSTS = {
    # post -> (headline, day archive, day as printed, post id)
    "/blog/2020/08/blog-post_13.html": ("倉吉　夏季休業", "/blog/2020/08/13.html", "8月 13, 2020", 59),
    "/blog/2020/08/blog-post_14.html": ("特別営業のお知らせ", "/blog/2020/08/14.html", "8月 14, 2020", 60),
    "/blog/2020/08/blog-post_15.html": ("お盆の営業", "/blog/2020/08/14.html", "8月 14, 2020", 61),
    "/blog/2020/08/blog-post_16.html": ("道場の夏合宿", "/blog/2020/08/16.html", "8月 16, 2020", 62),
    "/blog/2020/08/blog-post_17.html": ("試合結果の報告", "/blog/2020/08/17.html", "8月 17, 2020", 63),
}


FIRST, SECOND, THIRD, FOURTH, FIFTH = POSTS


def card(post: str) -> str:
    """A Colibri theme's post card: thumbnail, "by" author and day links, the headline in an <h4> inside its link."""
    headline, day_url, day, number = POSTS[post]
    return (
        f'<div class="post-list-item post-{number} post type-post hentry category-1">'
        f'<div class="thumb"><a href="{post}" title="{headline}"><img src="/up/{number}.jpg" alt=""></a></div>'
        f'<div class="h-blog-meta"><div class="metadata-item">by <a href="/blog/author/hide">ヒデ</a></div></div>'
        f'<div class="h-blog-meta"><div class="metadata-item"><a href="{day_url}">{day}</a></div></div>'
        f'<div class="h-blog-title"><a href="{post}"><h4>{headline}</h4></a></div>'
        f'<div class="excerpt"><p>{headline}。今日は道場からのお知らせです。よろしくお願いします。</p></div>'
        f'<div class="btn"><a href="{post}">続きを表示</a></div></div>'
    )


def wp_list(title: str, hero: str, posts: list[str]) -> str:
    cards = "".join(card(post) for post in posts)
    return (
        f"<html><head><title>{title} – ブログ</title></head><body><header>{MENU}</header>"
        f'<div class="hero"><h1>{hero}</h1></div><main><div id="blog-posts" class="masonry">{cards}</div></main>'
        "<footer>© ブログ</footer></body></html>"
    )


def wp_post(post: str, neighbour: str) -> str:
    headline, day_url, day, _ = POSTS[post]
    text = "".join(
        f"<p>{headline}について。道場は{n}日から通常営業となります。ご迷惑をおかけします。</p>" for n in range(4)
    )
    return (
        f"<html><head><title>{headline} – ブログ</title></head><body><header>{MENU}</header>"
        f'<div class="hero"><h1>{headline}</h1><div class="meta">'
        f'<div class="metadata-item">by <a href="/blog/author/hide">ヒデ</a></div>'
        f'<div class="metadata-item"><a href="{day_url}">{day}</a></div></div></div>'
        f'<main><div class="post-content">{text}</div>'
        f'<nav class="post-navigation"><div class="nav-previous"><a href="{neighbour}" rel="prev">前の投稿 '
        f"{POSTS[neighbour][0]}</a></div></nav></main><footer>© ブログ</footer></body></html>"
    )


def model_of_listings() -> SiteModel:
    """The home (three dated cards) and a day archive of two: the site's listings and the markup of their cards."""
    model = SiteModel()
    model.enter(H + "/blog/")
    for url, html in [
        ("/blog/", wp_list("ブログ", "ブログ", [THIRD, FOURTH, FIFTH])),
        ("/blog/2020/08/14.html", wp_list("2020年8月14日", "日: 2020年8月14日", [SECOND, THIRD])),
    ]:
        page = analysed(html, url)
        model.observe(page)
        assert model.classify(page, has_body=True).role == LISTING, url
    return model


def test_a_day_printed_in_a_cjk_locale_dates_the_cards() -> None:
    """WordPress's default "F j, Y" in Japanese prints the month's name as its number (``8月 13, 2020``): before,
    the cards read as undated, and a day archive of two posts was no listing."""
    page = analysed(wp_list("ブログ", "ブログ", [THIRD, FOURTH, FIFTH]), "/blog/")
    titles = [group for group in page.groups if H + "/blog/2020/08/blog-post_17.html" in group.urls and group.dated]
    assert titles and titles[0].dated == 3


def test_a_card_title_in_an_h4_inside_its_link_is_the_card_s_own_link() -> None:
    """``<a href=post><h4>short headline</h4></a>``: the card's own link, though its author's name is longer.
    Before, only an <h2> or <h3> inside a link counted, and a card with a short headline ("お盆の営業") had its
    author link for its own: the list's headlines were no records of theirs (primary share 0)."""
    page = analysed(wp_list("2020年8月14日", "日: 2020年8月14日", [SECOND, THIRD]), "/blog/2020/08/14.html")
    group = next(g for g in page.groups if g.urls == [H + SECOND, H + THIRD] and "h-blog-title" in g.key)
    assert group.primary_share == 1.0


def test_a_one_card_day_archive_is_a_listing_and_its_post_an_article() -> None:
    """The day archive ``/2020/08/13.html`` shows its day's one post card, in the very markup the home and the other
    day archives show theirs; the post (``/2020/08/blog-post_13.html``) is of the archive's own URL family, so the
    rule for a tag page of one post did not apply, and the archive was placed as a post (362 of them on wp-hides).
    The link graph tells them apart: the listings show the post as a record, nothing shows the archive as one (only
    the posts' meta lines link it, by the day)."""
    model = model_of_listings()
    post = analysed(wp_post(FIRST, SECOND), FIRST)
    model.observe(post)
    archive = analysed(wp_list("2020年8月13日", "日: 2020年8月13日", [FIRST]), "/blog/2020/08/13.html")
    model.observe(archive)
    assert model.classify(archive, has_body=True).role != LISTING  # the crawl's end tells, not first sight
    decision = model.resolve(archive, has_body=True)
    assert decision.role == LISTING, decision.reason
    assert model.resolve(post, has_body=True).role == ARTICLE


def test_a_post_showing_its_neighbour_s_card_stays_a_post() -> None:
    """A post whose theme shows its neighbour's card in the listings' markup is itself a record of the home (linked
    in that markup): no archive of one record."""
    model = model_of_listings()
    html = wp_post(FOURTH, FIFTH).replace("</main>", f'<div class="related">{card(FIFTH)}</div></main>')
    page = analysed(html, FOURTH)  # a record of the home
    model.observe(page)
    assert model.resolve(page, has_body=True).role == ARTICLE


def test_a_post_s_meta_line_is_no_pair_of_records() -> None:
    """ "by <author>" and the day's link side by side under a post's headline: its meta line, whose day is the page's
    own, not two records of a list (before, the post read as undated)."""
    page = analysed(wp_post(FIRST, SECOND), FIRST)
    assert page.has_date


def test_a_neighbour_s_link_numbered_like_a_pager_is_followed() -> None:
    """``blog-post_13.html``'s rel="prev" link to ``blog-post_12.html``, worded with the neighbour's headline, reads
    as a pager's; a post's pager is never followed, and the chain of posts ended there (the oldest posts of
    wp-hides, which no day archive of the copy shows)."""
    older = "/blog/2020/08/blog-post_12.html"
    POSTS[older] = ("お知らせ夏休み", "/blog/2020/08/12.html", "8月 12, 2020", 58)
    try:
        page = analysed(wp_post(FIRST, older), FIRST)
    finally:
        POSTS.pop(older)
    assert H + older in [ref.url for ref in page.pagination]
    assert H + older in page.other_links


# --- a Blogger copy: untitled posts linked by their timestamp ----------------------------------------------------

SHARE = "".join(
    f'<a class="share-button" href="https://www.blogger.com/share-post.g?target={target}" title="{words}">'
    f"<span>{words}</span></a>"
    for target, words in [("email", "Enviar por correo electrónico"), ("twitter", "Compartir con Twitter")]
)


def blogger_post(url: str, title: str, day: str, stamp: str, text: str) -> str:
    heading = f'<h3 class="post-title entry-title"><a href="{url}">{title}</a></h3>' if title else ""
    return (
        '<div class="post-outer"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">'
        f'{heading}<div class="post-body entry-content" itemprop="description articleBody">{text}</div>'
        '<div class="post-footer"><span class="post-author vcard">Publicado por <span class="fn">'
        '<a href="https://www.blogger.com/profile/1" rel="author">Jorge el constructor</a></span></span> '
        f'<span class="post-timestamp">en <a class="timestamp-link" href="{url}" rel="bookmark">'
        f'<abbr class="published" title="{day}">{stamp}</abbr></a></span> '
        f'<span class="post-comment-link"><a href="{url}#comment-form">No hay comentarios:</a></span>'
        f'<div class="post-share-buttons">{SHARE}</div></div></div></div>'
    )


def blogger_month(days: list[list[tuple[str, str, str, str, str]]]) -> str:
    """A month's archive: each day's block (its date header, then its posts)."""
    blocks = "".join(
        f'<div class="date-outer"><h2 class="date-header"><span>{posts[0][3]}</span></h2><div class="date-posts">'
        + "".join(blogger_post(*post) for post in posts)
        + "</div></div>"
        for posts in days
    )
    return (
        "<html><head><title>Jorge El Constructor: julio 2013</title></head><body>"
        '<div class="header"><h1 class="title"><a href="/index.html">Jorge El Constructor</a></h1></div>'
        f'<div class="main"><div class="blog-posts hfeed">{blocks}</div></div></body></html>'
    )


PICTURE = '<div class="separator"><a href="https://bp.blogspot.test/s1600/a.jpg"><img src="a.jpg"></a></div>'


def test_an_untitled_post_s_timestamp_is_its_record() -> None:
    """Two posts left untitled, pictures only: each linked by its timestamp alone (``miércoles, agosto 17, 2011``,
    a date after the day's name), beside share buttons whose words are longer. Before, the buttons passed for the
    records' own links and the dates for no dates: the month was no listing, and its posts were pages."""
    html = blogger_month(
        [
            [("/2011/08/blog-post.html", "", "2011-08-17", "miércoles, agosto 17, 2011", PICTURE)],
            [("/2011/08/estamos.html", "", "2011-08-11", "jueves, agosto 11, 2011", PICTURE + "Gran Canaria")],
        ]
    )
    page = analysed(html, "/2011/08/index.html")
    model = SiteModel()
    model.enter(H + "/")
    model.observe(page)
    decision = model.classify(page, has_body=True)
    assert decision.role == LISTING
    assert {H + "/2011/08/blog-post.html", H + "/2011/08/estamos.html"} <= {
        url for group in decision.listing_groups for url in group.urls
    }


def test_an_untitled_post_among_titled_ones_of_its_day_is_listed() -> None:
    """Blogger sets a day's posts in one block: the untitled post's timestamp shares it with the titled posts'
    headlines. Each timestamp is weighed in its own post, and a titled post's timestamp links the post its headline
    links: the timestamps list every post of the month, the untitled one among them (blogger-jorge's
    ``/2013/07/blog-post_22.html``)."""
    html = blogger_month(
        [
            [
                ("/2013/07/blog-post_22.html", "", "2013-07-22", "lunes, julio 22, 2013", PICTURE + "Mi coche nuevo"),
                ("/2013/07/la-nube.html", "La nube extraña", "2013-07-22", "lunes, julio 22, 2013", "Una nube rara."),
                ("/2013/07/el-coche.html", "El coche", "2013-07-22", "lunes, julio 22, 2013", "El coche de papá."),
            ],
            [("/2013/07/fuego.html", "¡FUEGO!", "2013-07-21", "domingo, julio 21, 2013", "Un fuego en el monte.")],
            [("/2013/07/horror.html", "Horror", "2013-07-15", "lunes, julio 15, 2013", "Una peli de miedo.")],
        ]
    )
    page = analysed(html, "/2013/07/index.html")
    model = SiteModel()
    model.enter(H + "/")
    model.observe(page)
    decision = model.classify(page, has_body=True)
    assert decision.role == LISTING
    assert H + "/2013/07/blog-post_22.html" in {url for group in decision.listing_groups for url in group.urls}


def test_a_table_row_s_link_off_the_site_stays_the_row_s_own() -> None:
    """Only links off the site that every record shows with the same words are buttons: a table's rows whose longer
    link leads elsewhere (each worded its own way) keep it as their own, and their short links to the site's pages
    list nothing (wp-partitopirata's feed, whose rows linked one candidate's profile)."""
    rows = "".join(
        f'<tr><td><a href="https://video.test/{n}">Registrazione della commissione numero {n}</a> '
        f'<a href="/candidati/{name}/">{name.title()}</a> 2{n} aprile 2020</td></tr>'
        for n, name in enumerate(["marco", "carla", "luigi", "sara"])
    )
    html = f"<html><head><title>Commissioni</title></head><body><main><table>{rows}</table></main></body></html>"
    page = analysed(html, "/commissioni/")
    group = next(g for g in page.groups if H + "/candidati/marco/" in g.urls)
    assert group.primary_share < 0.5


def test_a_post_with_its_authors_link_is_one_entry_not_a_block_of_several() -> None:
    """A Pelican theme shows each post in a ``div.post``: its headline in an ``<h2>``, "by <a author>", part of its
    text and (on some posts) "Read more...". The authors' and "Read more" links share one place across the posts.
    The rule for a block holding several entries of a list (a Blogger day's posts) took a post's two links (its
    own, its author's page) for two entries and weighed each in its own part, so the author links counted as the
    records' own: the group read as a list, its author pages as listed posts (pelican-osc: 4 author pages archived
    as articles). Several entries are two pages of one URL family at least."""
    posts = []
    for n in range(1, 11):
        path = f"/2014/03/{n:02d}/post-number-{n}/"
        more = f"<a href='{path}'>Read more...</a>" if n % 2 else ""
        posts.append(
            f"<h4 class='date'>Mar {n},  2014</h4><div class='post'><h2 class='title'><a href='{path}' "
            f"rel='bookmark'>A long headline of post number {n}</a></h2> by <a href='/author/writer-{n}.html' "
            f"rel='author'>Writer Number {n}</a><p>{'Some words of the post shown in part. ' * 12}</p>{more}"
            "<div class='clear'></div></div>"
        )
    html = f"<html><head><title>OSC</title></head><body><div><div>{''.join(posts)}</div></div></body></html>"
    groups = [g for g in analysed(html, "/index3.html").groups if any("/author/" in url for url in g.urls)]
    assert groups
    assert all(group.primary_share < 0.5 for group in groups), [(g.key, g.primary_share) for g in groups]
