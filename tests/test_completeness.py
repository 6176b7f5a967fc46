"""The completeness check (archiver.discovery.completeness): estimates from a listing's own evidence."""

from __future__ import annotations

from archiver.discovery.completeness import ListingTally, report, split_family_pages

H = "http://portal.test"


def arts(start: int, count: int) -> list[str]:
    return [f"{H}/NewsDes/{n}.html" for n in range(start, start + count)]


def test_pages_times_page_size_with_the_last_page_as_seen() -> None:
    tally = ListingTally("News", H + "/News/list-3-1.html")
    pages = [f"{H}/News/list-3-{n}.html" for n in range(1, 5)]
    tally.see_page(pages[0], arts(0, 10), pages, None, None, is_last=False)
    tally.see_page(pages[3], arts(30, 4), pages, None, None, is_last=True)
    assert tally.estimated() == 34  # 3 full pages of 10, and a last page of 4


def test_a_stated_count_wins() -> None:
    tally = ListingTally("通知公告", H + "/tzgg/")
    tally.see_page(
        H + "/tzgg/", arts(0, 6), [H + "/tzgg/index_1.html"], stated_pages=5, stated_records=27, is_last=False
    )
    assert tally.estimated() == 27


def test_a_broken_pager_is_a_warning_that_recorded_failures_explain() -> None:
    tally = ListingTally("News", H + "/news/")
    pages = [f"{H}/news/page/{n}/" for n in range(2, 6)]
    tally.see_page(H + "/news/", arts(0, 10), pages, stated_pages=5, stated_records=None, is_last=False)
    rows, warning = report([tally], {tally.url: 10})
    assert warning is not None and "News (10 of ~41)" in warning
    assert rows[0]["estimated"] == 41 and rows[0]["discovered"] == 10
    _, explained = report([tally], {tally.url: 10}, {tally.url: 31})
    assert explained is None


def test_a_complete_listing_is_quiet() -> None:
    tally = ListingTally("News", H + "/news/")
    tally.see_page(H + "/news/", arts(0, 7), [], None, None, is_last=True)
    assert report([tally], {tally.url: 7})[1] is None
    assert report([tally], {tally.url: 6})[1] is None  # within the tolerance


def test_the_same_page_under_two_urls_counts_once() -> None:
    tally = ListingTally("行业资讯", H + "/a/industry/")
    pages = [H + "/a/industry/list_14_1.html", H + "/a/industry/list_14_2.html"]
    tally.see_page(H + "/a/industry/", arts(0, 6), pages, None, None, is_last=False)
    tally.see_page(pages[0], arts(0, 6), pages, None, None, is_last=False)
    tally.see_page(pages[1], arts(6, 3), pages, None, None, is_last=True)
    assert tally.estimated() == 9


def test_a_first_page_named_like_a_numbered_one() -> None:
    """/list-3.html is category 3's first page, not page 3: its last page is /list-3-2.html."""
    tally = ListingTally("通知公告", H + "/list-3.html")
    pages = [H + "/list-3-2.html"]
    tally.see_page(H + "/list-3.html", arts(0, 7), pages, 2, None, is_last=False)
    tally.see_page(pages[0], arts(7, 3), pages, 2, None, is_last=True)
    assert tally.estimated() == 10


def test_a_stated_count_the_pages_could_not_hold_is_ignored() -> None:
    tally = ListingTally("客户验厂", H + "/factory_3.html")
    tally.see_page(H + "/factory_3.html", arts(0, 2), [], None, stated_records=2163, is_last=True)
    assert tally.estimated() == 2


def test_pages_that_each_repeat_the_whole_list_hold_nothing_more() -> None:
    """A Hugo theme ranging over ``.Pages`` prints the category's whole list on every page its pager
    numbers: page 2 repeats page 1, so pages 3-5, named but not fetched, hold nothing new either."""
    tally = ListingTally("Cultura", H + "/categories/cultura/")
    pages = [f"{H}/categories/cultura/page/{n}/" for n in range(2, 6)]
    tally.see_page(H + "/categories/cultura/", arts(0, 10), pages, None, None, is_last=False)
    tally.see_page(pages[0], arts(0, 10), pages, None, None, is_last=False)
    assert tally.estimated() == 10
    assert report([tally], {tally.url: 10})[1] is None


def test_a_first_page_alone_under_two_names_is_no_repeating_list() -> None:
    tally = ListingTally("行业资讯", H + "/a/industry/")
    pages = [H + "/a/industry/list_14_1.html", H + "/a/industry/list_14_2.html", H + "/a/industry/list_14_3.html"]
    tally.see_page(H + "/a/industry/", arts(0, 6), pages, None, None, is_last=False)
    tally.see_page(pages[0], arts(0, 6), pages, None, None, is_last=False)
    assert tally.estimated() == 13  # two more pages named: 6 + 6 and at least one on the last


def test_pages_repeating_the_list_with_a_few_more_add_at_that_rate() -> None:
    """A taxonomy index whose every page lists every tag again, pages of an older build adding a few:
    the tags found and a few per page not fetched, not pages x page size."""
    tally = ListingTally("Tags", H + "/tags/")
    pages = [f"{H}/tags/page/{n}/" for n in range(2, 41)]
    tags = [f"{H}/tags/t{n}/" for n in range(400)]
    tally.see_page(H + "/tags/", tags[:390], pages, None, None, is_last=False)
    tally.see_page(pages[0], tags[:392], pages, None, None, is_last=False)  # two more
    tally.see_page(pages[1], tags[2:394], pages, None, None, is_last=False)  # two more
    assert tally.estimated() == 394 + 37 * 2
    assert report([tally], {tally.url: 0})[1] is not None  # none archived: still a shortfall


def test_pages_a_pager_names_that_answer_not_found_hold_no_records() -> None:
    """Hexo's Icarus theme: the first page's hidden "previous" link is /page/0/, the second page's
    /page/1/; both answer 404. Counted as pages, they made 5 pages of 10 posts (48) an estimate of 71
    and a warning with exit code 5 on a crawl that archived every post."""
    tally = ListingTally("Blog", H + "/")
    named = [f"{H}/page/{n}/" for n in (0, 1, 2, 5)]
    tally.see_page(H + "/", arts(0, 10), named, None, None, is_last=False)
    for number in (2, 3, 4):
        tally.see_page(f"{H}/page/{number}/", arts(10 * number - 10, 10), named, None, None, is_last=False)
    tally.see_page(f"{H}/page/5/", arts(40, 8), named, None, None, is_last=True)
    assert tally.estimated() > 48  # the two pages that do not exist still count
    tally.see_gone(f"{H}/page/0/")
    tally.see_gone(f"{H}/page/1/")
    assert tally.estimated() == 48
    assert report([tally], {tally.url: 48})[1] is None


def test_a_page_that_was_fetched_is_never_gone() -> None:
    tally = ListingTally("News", H + "/news/")
    pages = [f"{H}/news/page/{n}/" for n in (2, 3)]
    tally.see_page(H + "/news/", arts(0, 10), pages, None, None, is_last=False)
    tally.see_page(pages[0], arts(10, 10), pages, None, None, is_last=False)
    tally.see_gone(pages[0])  # a later request of the same page failed: what it showed stays
    assert pages[0] not in tally.pages_gone
    assert tally.estimated() == 21  # page 3, named but not fetched, counts as a page of one


def test_a_gone_page_inside_the_range_is_a_broken_pager_still() -> None:
    tally = ListingTally("News", H + "/news/")
    named = [f"{H}/news/page/{n}/" for n in (2, 3, 4)]
    tally.see_page(H + "/news/", arts(0, 10), named, None, None, is_last=False)
    tally.see_page(named[0], arts(10, 10), named, None, None, is_last=False)
    tally.see_page(named[2], arts(30, 10), named, None, None, is_last=True)
    tally.see_gone(named[1])  # page 3 of 4 answered 404: its ten posts are missing
    assert tally.estimated() == 40
    assert report([tally], {tally.url: 30})[1] is not None


def test_a_first_page_showing_more_than_its_pager_pages_does_not_set_the_page_size() -> None:
    """A home with nine featured records above a pager of five a page (held-out hexo-kaiyuanshe: 14 pages,
    69 records, estimated 122 at nine a page, a false "incomplete"): the pages between first and last say
    how many a page holds."""
    tally = ListingTally("Home", H + "/")
    named = [f"{H}/page/{n}/" for n in range(2, 15)]
    tally.see_page(H + "/", arts(0, 9), named[:1], None, None, is_last=False)
    for number in range(2, 14):
        tally.see_page(f"{H}/page/{number}/", arts(5 * number - 5, 5), named, None, None, is_last=False)
    tally.see_page(f"{H}/page/14/", arts(65, 4), named, None, None, is_last=True)
    assert len(tally.discovered) == 69
    assert tally.estimated() == 69  # 13 pages of five and a last of four
    rows, warning = report([tally], {tally.url: 69})
    assert warning is None, rows


def test_a_first_page_and_the_last_alone_keep_the_first_page_size() -> None:
    """With no page between them fetched, the first page's size stands (the last page is short)."""
    tally = ListingTally("News", H + "/news/")
    named = [f"{H}/news/page/{n}/" for n in range(2, 6)]
    tally.see_page(H + "/news/", arts(0, 10), named, None, None, is_last=False)
    tally.see_page(named[-1], arts(40, 3), named, None, None, is_last=True)
    assert tally.estimated() == 43


def test_one_page_read_under_two_spellings_of_its_name_is_one_page() -> None:
    """A book page read as /node/386/ lists its own /node/386/index.html among its records; read again under that
    name, it lists one fewer. Both are the listing's first page: counted as two pages of different content, the
    listing of 7 records was estimated at 7 + 6 = 13, a false "incomplete" (exit 5)."""
    tally = ListingTally("Guide", H + "/node/386/")
    records = arts(0, 6)
    tally.see_page(H + "/node/386/", [*records, H + "/node/386/index.html"], [], None, None, is_last=False)
    tally.see_page(H + "/node/386/index.html", records, [], None, None, is_last=False)
    assert tally.estimated() == 7


def _shop_and_its_copy() -> tuple[ListingTally, ListingTally]:
    """A shop's four grid pages (40 products), and the copy of its first page under an "Add to cart" query."""
    pages = [f"{H}/shop/page/{n}/" for n in range(2, 5)]
    shop = ListingTally("Shop", H + "/shop/")
    shop.see_page(H + "/shop/", arts(0, 10), pages, None, None, is_last=False)
    for n, page in enumerate(pages, start=1):
        shop.see_page(page, arts(10 * n, 10), pages, None, None, is_last=n == 3)
    copy = ListingTally("Add to cart", H + "/shop/?add-to-cart=12973")
    copy.see_page(H + "/shop/?add-to-cart=12973", arts(0, 10), [H + "/shop/", *pages], None, None, is_last=False)
    return shop, copy


def test_a_shop_page_read_again_under_a_buttons_query_is_no_listing_of_its_own() -> None:
    """Each product's "Add to cart" links the grid's page with a query: the same grid, a listing named after the
    button, whose pager names the shop's pages. Those were fetched (and counted) as the shop's pages."""
    shop, copy = _shop_and_its_copy()
    assert copy.estimated() > 30  # the pages its pager names, which it never fetched itself
    # the products are placed as pages, so the shop's own tally explains its records: quiet
    shop.not_articles = 40
    rows, warning = report([shop, copy], {})
    assert warning is None
    assert {row["listing"] for row in rows} == {"Shop", "Add to cart"}


def test_the_listing_a_copy_repeats_still_tells_its_shortfall() -> None:
    shop, copy = _shop_and_its_copy()
    _, warning = report([shop, copy], {shop.url: 10})
    assert warning is not None and "Shop (10 of ~40)" in warning and "Add to cart" not in warning


def test_a_listing_whose_pages_nobody_fetched_is_no_copy() -> None:
    """A category page whose records the home page lists too, but whose later pages were never fetched: its
    shortfall is its own."""
    home = ListingTally("Home", H + "/")
    home.see_page(H + "/", arts(0, 10), [], None, None, is_last=True)
    news = ListingTally("News", H + "/news/")
    news.see_page(H + "/news/", arts(0, 10), [H + "/news/page/2/", H + "/news/page/3/"], None, None, is_last=False)
    _, warning = report([home, news], {home.url: 10, news.url: 10})
    assert warning is not None and "News (10 of ~21)" in warning


def test_a_listing_stating_one_page_holds_what_it_links() -> None:
    """A pager stating "共8条 1/1": eight entries on one page, four of them printed without a link
    ("javascript:;"). The page was read: nothing more is there to fetch, and the stated count is no shortfall
    (was "4 of ~8", exit 5)."""
    tally = ListingTally("开设专业", H + "/zyjs/kszy.html")
    tally.see_page(H + "/zyjs/kszy.html", arts(0, 4), [], stated_pages=1, stated_records=8, is_last=True)
    assert tally.estimated() == 4
    assert report([tally], {tally.url: 4})[1] is None


def test_a_listing_stating_more_pages_than_it_links_keeps_its_stated_count() -> None:
    tally = ListingTally("通知公告", H + "/tzgg.htm")
    tally.see_page(H + "/tzgg.htm", arts(0, 10), [], stated_pages=3, stated_records=27, is_last=False)
    assert tally.estimated() == 27


def test_a_shop_page_copy_that_only_states_the_shops_pages_is_no_listing_of_its_own() -> None:
    """The copy's pager links the shop's pages, which are no pages of the copy's own URL: it names none, and only
    states "Page 1 of 4", pages the shop's own listing fetched."""
    pages = [f"{H}/shop/page/{n}/" for n in range(2, 5)]
    shop = ListingTally("Shop", H + "/shop/")
    shop.see_page(H + "/shop/", arts(0, 10), pages, 4, None, is_last=False)
    for n, page in enumerate(pages, start=1):
        shop.see_page(page, arts(10 * n, 10), pages, 4, None, is_last=n == 3)
    shop.not_articles = 40
    copy = ListingTally("Add to cart", H + "/shop/?add-to-cart=12973")
    copy.see_page(H + "/shop/?add-to-cart=12973", arts(0, 10), [], 4, None, is_last=False)
    copy.not_articles = 10
    assert copy.estimated() == 40
    assert report([shop, copy], {})[1] is None
    # Alone, with nobody's pages to be a copy of, it is the shortfall it states.
    assert report([copy], {})[1] is not None


def test_a_listing_stating_more_pages_than_another_fetched_is_no_copy_of_it() -> None:
    home = ListingTally("Home", H + "/")
    home.see_page(H + "/", arts(0, 10), [], None, None, is_last=True)
    news = ListingTally("News", H + "/news/")
    news.see_page(H + "/news/", arts(0, 10), [], 5, None, is_last=False)
    _, warning = report([home, news], {home.url: 10, news.url: 10})
    assert warning is not None and "News (10 of ~" in warning


def test_a_listings_posts_placed_as_pages_beside_their_familys_articles_are_a_shortfall() -> None:
    """Two in three of a news listing's records, of one URL family with the third it archived, placed as pages: no
    explanation but a decision gone wrong (astro-adecra archived 398 of 1,116 posts, exit 0, its 718 others "not an
    article"). They count as missing, and the check warns."""
    tally = ListingTally("Noticias", H + "/noticias/1")
    pages = [f"{H}/noticias/{n}" for n in range(1, 4)]
    records = [f"{H}/noticias/post-{n}" for n in range(30)]
    for number, page in enumerate(pages):
        tally.see_page(page, records[10 * number : 10 * number + 10], pages, None, None, is_last=number == 2)
    placed = {url: ("article" if n % 3 == 0 else "page") for n, url in enumerate(records)}
    tally.not_articles = sum(1 for role in placed.values() if role == "page")
    tally.split_pages = split_family_pages(placed, "article", "page")
    assert tally.split_pages == 20
    rows, warning = report([tally], {tally.url: 10})
    assert warning is not None and "Noticias (10 of ~30)" in warning
    assert rows[0]["not_articles"] == 20 and rows[0]["split_pages"] == 20


def test_an_about_page_beside_a_blogs_posts_stays_explained() -> None:
    """Guard: a home listing nine posts and its about and contact pages, all of one URL family (``/<slug>/``), placed
    as pages: the exception a site has (2 of 11, under SPLIT_SHARE), explained as before; and a listing of the site's
    sections, all placed as pages or listings, has no article of their family beside them."""
    posts = [f"{H}/post-{n}/" for n in range(9)]
    placed = {**dict.fromkeys(posts, "article"), f"{H}/about/": "page", f"{H}/contact/": "page"}
    assert split_family_pages(placed, "article", "page") == 0
    tally = ListingTally("Home", H + "/")
    tally.see_page(H + "/", list(placed), [], None, None, is_last=True)
    tally.not_articles = 2
    assert report([tally], {tally.url: 9})[1] is None
    sections = {f"{H}/section-{n}/": "page" for n in range(6)}
    assert split_family_pages(sections, "article", "page") == 0


def test_one_article_among_a_listings_pages_of_its_family_stays_explained() -> None:
    """Guard: a youth league's course list of 48 pages of one URL family, one a dated notice archived and 47 course
    pages placed as pages (aspnet-qccy's "网上团校", every post of the site archived): the exception, not a split
    (a false exit 5 when only the pages' share was asked)."""
    courses = {f"{H}/online/{n}.html": "page" for n in range(47)}
    placed = {**courses, f"{H}/online/notice.html": "article"}
    assert split_family_pages(placed, "article", "page") == 0
