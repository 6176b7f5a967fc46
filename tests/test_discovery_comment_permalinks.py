"""A post's comments, each dated and linked by its permalink into the post itself (Blogger's
``post.html?showComment=…#c…``, saved by a mirror as ``post.html%3FshowComment=….html#c…``; WordPress's
``?replytocom=N#respond``), are the page's own links, not a listing's records: first met on the held-out round of
session 18 (docs/realsites.md, blogger-lafuite, whose most commented posts were placed as listings). Written small
by hand. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://blog.test"
ALLOWED = frozenset({"blog.test"})
PROSE = (
    "Nous sommes arrivés à Melbourne sous la pluie, puis la route longe la côte pendant des heures, entre les "
    "falaises et les plages désertes, avant que nous trouvions enfin un camping pour la nuit."
)


def post(comment_href: str, comments: int = 6) -> str:
    """A Blogger post without microdata (a custom template): the headline, the text, and its comments, each
    with its author's profile link and its time linked to the comment's permalink."""
    thread = "".join(
        f'<li class="comment" id="c{9000 + n}"><div class="comment-block">'
        f'<div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/{n}" '
        f'rel="nofollow">Lecteur {n}</a></cite><span class="datetime">'
        f'<a rel="nofollow" href="{comment_href.format(n=n, id=9000 + n)}">{n + 1} septembre 2012 à 07 h 41</a>'
        f'</span></div><p class="comment-content">Bravo pour ce voyage, et bonne route à vous deux !</p></div></li>'
        for n in range(comments)
    )
    return (
        "<html><head><title>La fuite: Melbourne</title></head><body>"
        '<div class="header"><h1><a href="/">La fuite</a></h1></div>'
        '<div class="main"><h2 class="date-header"><span>vendredi 7 septembre 2012</span></h2>'
        '<div class="post"><h3 class="post-title">Melbourne et la Great Ocean Road</h3>'
        f'<div class="post-body">{"".join(f"<p>{PROSE}</p>" for _ in range(4))}</div></div>'
        f'<div class="comments"><h4>{comments} commentaires:</h4><ol class="thread">{thread}</ol></div>'
        '<div class="blog-pager"><a href="/2012/09/older.html">Messages plus anciens</a></div>'
        "</div></body></html>"
    )


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


URL = "/2012/09/melbourne.html"


def test_saved_comment_permalinks_are_the_pages_own_links() -> None:
    """Before: the six dated permalinks made a group of six records, and the post was placed as a listing."""
    page = analysed(post("melbourne.html%3FshowComment=13470{n}.html#c{id}"), URL)
    assert not any(len(group.urls) >= 2 and "showComment" in group.urls[0] for group in page.groups)
    model = SiteModel()
    model.enter(H + "/")
    model.observe(page)
    assert model.classify(page, has_body=True).role != LISTING


def test_live_comment_permalinks_are_the_pages_own_links() -> None:
    page = analysed(post("melbourne.html?showComment=13470{n}#c{id}"), URL)
    assert not any(len(group.urls) >= 2 and "showComment" in group.urls[0] for group in page.groups)


def test_query_links_to_anchors_the_page_lacks_stay_records() -> None:
    """A list of the same path under queries whose fragments name nothing on this page (a listing of
    ``?id=`` articles, each ``#top``) stays a list of records."""
    page = analysed(post("melbourne.html?showComment=13470{n}#elsewhere{id}"), URL)
    assert any(len(group.urls) >= 2 and "showComment" in group.urls[0] for group in page.groups)
