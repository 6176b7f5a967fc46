"""A page of the posts' layout that shows little more than the chrome is no post (aspnet-qccy's magazine issues)."""

from __future__ import annotations

from archiver.discovery.article_templates import FetchedPage, layout_prose, looks_like_post, post_layouts
from archiver.discovery.completeness import split_family_pages

H = "http://league.test"
LAYOUT = "form/div/div/div/h3"


def posts() -> list[FetchedPage]:
    """Five listed, dated articles of the layout, with 6,000 to 24,000 of own text (aspnet-qccy's files)."""
    return [
        FetchedPage(f"{H}/file/Detail-{n}.html", True, LAYOUT, True, listed=True, prose=prose)
        for n, prose in enumerate((5960, 8100, 12000, 23096, 24165))
    ]


def test_a_page_of_the_layout_with_the_chrome_alone_is_no_post() -> None:
    """Before: nine magazine issues (title, day, one attachment link: 298-323 of own text) were post-like, so their
    listing, all pages, was a shortfall: a false exit 5 on aspnet-qccy in session 23's whole-set run."""
    pages = posts()
    layouts, prose = post_layouts(pages), layout_prose(pages)
    assert prose == {LAYOUT: 12000}
    issues = [
        FetchedPage(f"{H}/magazine/Detail-{n}.html", False, LAYOUT, True, listed=True, prose=298 + n) for n in range(9)
    ]
    assert not [issue for issue in issues if looks_like_post(issue, layouts, prose)]
    post_like = {issue.url for issue in issues if looks_like_post(issue, layouts, prose)}
    assert split_family_pages(dict.fromkeys((i.url for i in issues), "page"), "article", "page", post_like) == 0


def test_a_short_post_of_the_layout_still_looks_like_one() -> None:
    """Guard: own text of a quarter of the layout's median or more (a lesson plan of 2,849 beside posts of some 6,000:
    phpcms-5iedu) is a post's, and with no text measured (0 everywhere) nothing changes."""
    pages = posts()
    layouts, prose = post_layouts(pages), layout_prose(pages)
    assert looks_like_post(
        FetchedPage(f"{H}/jpja/s201.html", False, LAYOUT, True, listed=True, prose=3000), layouts, prose
    )
    unmeasured = [FetchedPage(f"{H}/p/{n}.html", True, LAYOUT, True, listed=True) for n in range(5)]
    assert looks_like_post(
        FetchedPage(f"{H}/jpja/s202.html", False, LAYOUT, True), post_layouts(unmeasured), layout_prose(unmeasured)
    )
