"""The gallery portals are what their truth says: every truth article and every listed
non-article page is served with 200, every article is reachable from the start page by
links (or a script pager's pages), and feeds and sitemaps point only at served pages."""

from __future__ import annotations

import re
import urllib.request

import pytest

from tests.portal.gallery import GALLERY, serve
from tests.portal.gallery.breakage import MODES, break_pagination, broken_builder
from tests.portal.gallery.common import gunzip_if_needed
from tests.portal.gallery.links import reachable
from tests.portal.gallery.model import GallerySite
from tests.portal.metrics import score_site


@pytest.mark.parametrize("name", sorted(GALLERY))
def test_truth_is_served_and_reachable(name: str) -> None:
    with serve(name) as (server, site):
        assert 20 <= len(site.truth) <= 60
        assert not set(site.truth) & set(site.non_articles)
        for path in [*site.truth, *site.non_articles, *site.feeds]:
            assert server.resolve(path).status == 200, path  # as the server answers it, without the socket
        with urllib.request.urlopen(server.base_url + site.start_path, timeout=5) as response:
            assert response.status == 200
        linked = reachable(site, server.base_url)
        assert sorted(set(site.truth) - linked) == []
        assert max(len(pages) for pages in site.listings.values()) >= 3, "no category with 3 listing pages"


@pytest.mark.parametrize("name", sorted(GALLERY))
def test_builds_are_deterministic(name: str) -> None:
    first, second = GALLERY[name]("http://127.0.0.1:1"), GALLERY[name]("http://127.0.0.1:1")
    assert {p: page.body for p, page in first.routes.items()} == {p: page.body for p, page in second.routes.items()}
    assert first.truth == second.truth


@pytest.mark.parametrize("name", sorted(GALLERY))
def test_feeds_and_sitemaps_point_at_served_pages(name: str) -> None:
    base = "http://127.0.0.1:1"
    site = GALLERY[name](base)
    for path in site.feeds:
        text = gunzip_if_needed(site.routes[path].body).decode()
        for url in re.findall(r"<loc>([^<]+)</loc>|<link>([^<]+)</link>|<link href=\"([^\"]+)\"", text):
            target = next(u for u in url if u).replace("&amp;", "&")
            assert target.startswith(base), (path, target)
            local = target[len(base) :] or "/"
            assert local in site.routes, (path, local)
            assert site.routes[local].status == 200


def test_posts_include_the_kinds_that_broke_generic_mode() -> None:
    for name in GALLERY:
        site = GALLERY[name]("http://127.0.0.1:1")
        bodies = [t.body for t in site.truth.values()]
        assert any(60 <= len(b) <= 560 for b in bodies), name
        assert any(t.credit and t.credit in t.body for t in site.truth.values()), name
        assert len(site.non_articles) >= 5, name


@pytest.mark.parametrize("mode", MODES)
def test_broken_pagination_variant(mode: str) -> None:
    """Page 3 on of DedeCMS's news list is lost while its pager still announces every page."""
    base = "http://127.0.0.1:1"
    intact = GALLERY["dedecms"](base)
    broken = break_pagination(intact, base, "新闻动态", mode=mode, from_page=3)
    assert broken.lost_pages == ["/a/news/list_12_3.html", "/a/news/list_12_4.html"]
    assert broken.pages_announced == 4
    assert broken.site.truth == intact.truth
    assert broken.lost_articles, "nothing became unreachable"
    assert set(broken.lost_articles) < set(intact.truth)
    first = broken.site.routes["/a/news/list_12_1.html"].body.decode("gbk")
    assert "共 <strong>4</strong>页" in first
    assert ("list_12_3.html" in first) == (mode == "404")

    def builder(url: str) -> GallerySite:
        return break_pagination(GALLERY["dedecms"](url), url, "新闻动态", mode=mode).site

    with serve("dedecms", builder) as (server, _):
        status = urllib.request.urlopen(server.base_url + "/a/news/list_12_2.html", timeout=5).status
        assert status == 200


def test_broken_builder_serves_the_broken_portal() -> None:
    with serve("dedecms", broken_builder("dedecms", "新闻动态", mode="404")) as (server, site):
        assert server.resolve("/a/news/list_12_3.html").status == 404
        assert server.resolve("/a/news/list_12_2.html").status == 200
        assert site.name == "dedecms_broken_404"


def test_score_site_measures() -> None:
    """A perfect archive scores 1 everywhere; each kind of mistake moves its own measure."""
    base = "http://127.0.0.1:8"
    site = GALLERY["dedecms"](base)
    truth = {base + path: t for path, t in site.truth.items()}
    perfect = {
        url: {
            "url": url,
            "title": t.title,
            "published_at": t.published.isoformat(),
            "author": t.author,
            "categories": list(t.categories),
            "body": t.body,
            "article_id": t.article_id,
        }
        for url, t in truth.items()
    }
    result = score_site(perfect, truth, {base + p for p in site.non_articles})
    assert (
        result["coverage"],
        result["title_exact"],
        result["date_day_exact"],
        result["date_minute_exact"],
        result["author_exact"],
        result["body_f1_min"],
        result["article_id_exact"],
    ) == (1, 1, 1, 1, 1, 1, 1)
    assert result["non_articles_archived"] == 0 and result["article_id_bogus"] == 0
    credited = next(url for url, t in truth.items() if t.credit and t.author is None)
    damaged = {url: dict(record) for url, record in perfect.items()}
    damaged[credited]["author"] = "王芳"  # the in-body credit taken for the author
    first = next(iter(truth))
    damaged[first] |= {"published_at": "2012-09-15T09:30:00+08:00", "article_id": "8"}  # the event time, the port
    del damaged[list(truth)[1]]
    damaged[base + "/a/about/"] = {"url": base + "/a/about/", "title": "关于我们"}
    result = score_site(damaged, truth, {base + p for p in site.non_articles})
    assert result["coverage"] == (len(truth) - 1) / len(truth)
    assert result["non_articles_archived"] == 1 and result["unexpected_known_pages"] == [base + "/a/about/"]
    assert result["date_day_exact"] < 1 and result["date_minute_exact"] < 1 and result["author_exact"] < 1
    assert result["article_id_bogus"] == 1 and result["title_exact"] == 1
