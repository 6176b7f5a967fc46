"""A post of a picture, of one link or of nothing, beside a sidebar's profile card (real site hexo-icarus-fcccd,
session 16).

Hexo's Icarus theme shows each post in a card of the main column (headline, date line, ``div.content``) and, in
a column beside it, the site's profile card on every page: the site's name, its motto, its city and a "Follow
me" button, short lines without a sentence. A partner's post whose Markdown holds a picture, a bare link or
nothing has no line of prose to vote for its block, and the votes went to the profile card: its four lines were
the post's text (F1 0 against the post's empty or one-link body). Pages written for the test.
"""

from __future__ import annotations

from archiver.extract import extract_article

URL = "http://club.test/partner/maker-cafe/"
PROFILE = (
    "<div class='card widget'><div class='card-content'><nav class='level'><div class='level-item'><div>"
    "<figure class='image is-128x128'><img src='/images/avatar.png'></figure>"
    "<p class='title is-size-4'>Riverside Valley Coding Club community</p>"
    "<p class='is-size-6'>A free community for learners</p>"
    "<p class='is-size-6'>Riverside, Somewhere</p></div></div></nav><nav class='level is-mobile'>"
    + "".join(
        f"<div class='level-item'><div><p class='heading'>{name}</p><p class='title'>{count}</p></div></div>"
        for name, count in (("Posts", 107), ("Categories", 14), ("Tags", 113))
    )
    + "</nav>"
    "<div class='level'><a class='button is-link' href='https://code.example/club'>Follow me</a></div>"
    "</div></div>"
)
RECENT = (
    "<div class='card widget'><div class='card-content'><h3 class='menu-label'>Recent</h3>"
    + "".join(
        f"<article class='media'><a class='media-left' href='/activity/{n}/'><p class='image'>"
        f"<img class='thumbnail' src='/activity/{n}/cover.png' alt='Coffee and code, Saturday session {n}'></p></a>"
        f"<div class='media-content'><div class='content'><div><time datetime='2025-0{n}-08'>2025-0{n}-08</time>"
        f"</div><a href='/activity/{n}/'>Coffee and code: weekend study hall, Saturday session number {n}</a>"
        "<p><a href='/categories/activity/'>Activity</a> / <a href='/categories/activity/workshop/'>Workshop</a>"
        "</p></div></div></article>"
        for n in range(1, 6)
    )
    + "</div></div>"
)


def _page(content: str) -> str:
    return (
        "<html><head><title>Maker Cafe - Riverside Coding Club</title></head><body class='is-3-column'>"
        "<nav class='navbar'><a href='/'>Home</a><a href='/partner/'>Partners</a></nav>"
        "<section class='section'><div class='container'><div class='columns'>"
        "<div class='column column-main'><div class='card'><div class='card-image'><span class='image'>"
        "<img class='thumbnail' src='/partner/maker-cafe/cover.jpg'></span></div><div class='card-content article'>"
        "<div class='level article-meta'><time datetime='2017-12-06'>2017-12-06</time>"
        "<div class='level-item'><a href='/categories/partner/'>Partner communities</a></div>"
        "<span>less than a minute read</span></div><h1 class='title'>Maker Cafe</h1>"
        f"<div class='content'>{content}</div><hr><aside class='content'></aside></div></div>"
        "<div class='card card-transparent'><div class='level post-navigation'>"
        "<a class='article-nav-prev' href='/partner/dojo/'>Coding dojo</a>"
        "<a class='article-nav-next' href='/partner/pages/'>Personal pages</a></div></div></div>"
        f"<div class='column column-left'>{PROFILE}{RECENT}</div>"
        "</div></div></section><footer class='footer'><p>© 2019 Riverside Coding Club</p></footer></body></html>"
    )


def test_a_picture_post_is_not_the_sidebars_profile_card() -> None:
    record = extract_article(_page("<img src='/partner/maker-cafe/hall.jpg'>"), url=URL)
    assert "Riverside" not in record["body"] and "Follow me" not in record["body"]
    assert record["body"] == ""
    assert any(src.endswith("/partner/maker-cafe/hall.jpg") for src in record["images"])


def test_a_post_of_one_link_is_that_link() -> None:
    link = "https://partners.example/p/maker-cafe/"
    record = extract_article(_page(f"<p><a href='{link}'>{link}</a></p>"), url=URL)
    assert record["body"] == link


def test_an_empty_post_has_no_text() -> None:
    record = extract_article(_page(""), url=URL)
    assert record["body"] == ""
