from archiver.demo.replica import build_replica
from archiver.extract.html import parse_html
from archiver.extract.listing import is_home, listing_links, nav_links, page_kind
from archiver.profiles import load_profile
from tests.portal.site import PortalFixture

GENERIC = load_profile("generic")


def _root(portal: PortalFixture, path: str):
    page = portal.server.routes[path]
    return parse_html(page.body, page.headers["Content-Type"].partition("charset=")[2] or None)[0]


def test_nav_discovery_on_a_table_layout(gov_portal: PortalFixture) -> None:
    allowed = frozenset({gov_portal.base_url.split("//")[1]})
    found = nav_links(_root(gov_portal, "/"), gov_portal.base_url + "/", allowed, GENERIC)
    assert [link.text for link in found] == ["通知公告", "工作动态", "行业资讯", "政策法规"]


def test_nav_discovery_on_html5(modern_portal: PortalFixture) -> None:
    allowed = frozenset({modern_portal.base_url.split("//")[1]})
    found = nav_links(_root(modern_portal, "/"), modern_portal.base_url + "/", allowed, GENERIC)
    assert [link.text for link in found] == ["News", "Events", "Policy", "Reports"]


def test_listing_members_pagination_and_sidebar(gov_portal: PortalFixture) -> None:
    theme, base = gov_portal.theme, gov_portal.base_url
    allowed = frozenset({base.split("//")[1]})
    path = theme.listing_path("3", 2)
    found = listing_links(_root(gov_portal, path), base + path, allowed, GENERIC, set())
    expected = [base + theme.article_path(a) for a in gov_portal.articles if "3" in a.categories][7:14]
    expected = [
        base + gov_portal.special["moved_from"] if u.endswith(gov_portal.special["moved_to"]) else u for u in expected
    ]
    assert found.members == expected
    assert found.pagination == [base + theme.listing_path("3", 1)]  # 首页 and 上一页 both lead there
    hot = {base + theme.article_path(a) for a in gov_portal.articles[:4]}
    assert hot <= set(found.others) | set(found.members)


def test_query_string_pagination(modern_portal: PortalFixture) -> None:
    theme, base = modern_portal.theme, modern_portal.base_url
    allowed = frozenset({base.split("//")[1]})
    path = theme.listing_path("news", 1)
    found = listing_links(_root(modern_portal, path), base + path, allowed, GENERIC, set())
    assert base + "/section/news/?page=2" in found.pagination
    assert len(found.members) == 7
    assert all("/stories/" in u for u in found.members)


def test_page_kind(gov_portal: PortalFixture, modern_portal: PortalFixture) -> None:
    for portal, listing in ((gov_portal, "/list-3.html"), (modern_portal, "/section/news/")):
        article = portal.theme.article_path(portal.articles[0])
        assert page_kind(_root(portal, article), portal.url(article), GENERIC) == "article"
        assert page_kind(_root(portal, listing), portal.url(listing), GENERIC) == "listing"


def test_profile_decides_article_urls() -> None:
    en, _, _ = build_replica("http://127.0.0.1:1", "http://127.0.0.1:2")
    profile = load_profile("kmabxh")
    assert profile.is_article_url("https://en.kmabxh.com/NewsDes/1859774453443571712.html") is True
    assert profile.is_article_url("https://en.kmabxh.com/NewsList/2.html") is False
    root = parse_html(en["/NewsList/2.html"].body)[0]
    found = listing_links(root, "http://127.0.0.1:1/NewsList/2.html", frozenset({"127.0.0.1:1"}), profile, set())
    assert found.members and all("/NewsDes/" in u for u in found.members)


def test_is_home() -> None:
    assert is_home("http://h/") and is_home("http://h/index.html") and not is_home("http://h/?p=2")


def test_profile_mode_honours_base_href() -> None:
    """A listing whose links are relative to its <base href> (issue 13: 12 of 17 articles 404ed)."""
    from archiver.extract.listing import links

    html = (
        '<html><head><base href="https://en.kmabxh.com/NewsDes/"></head><body>'
        '<a href="1859774453443571712.html">An article</a></body></html>'
    )
    root, _ = parse_html(html)
    found = links(
        root, "https://en.kmabxh.com/News/list-3-1.html", frozenset({"en.kmabxh.com"}), load_profile("kmabxh")
    )
    assert [link.url for link in found] == ["https://en.kmabxh.com/NewsDes/1859774453443571712.html"]
