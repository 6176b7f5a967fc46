"""`archiver probe`: a bounded look at a portal, its report, and the profile it writes."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

import archiver
from archiver.crawler.probe import family_regex, name_shapes, profile_toml
from archiver.crawler.progress import opening_line
from archiver.profiles import load_profile
from archiver.urls import canonicalize_url
from tests.conftest import LOCAL, run_archiver
from tests.portal.gallery import serve
from tests.portal.metrics import score_site


@pytest.mark.parametrize(
    ("family", "matches", "misses"),
    [
        ("/NewsDes/*.html", ["http://h/NewsDes/1859774453443571712.html"], ["http://h/News/list-3-1.html"]),
        ("/{n}/{n}/{n}/*/", ["http://h/2024/03/01/a-post/"], ["http://h/2024/03/", "http://h/tags/x/"]),
        ("/news/*.aspx?id", ["http://h/news/Show.aspx?id=3"], ["http://h/news/list.aspx?page=2"]),
        ("/", ["http://h/"], ["http://h/about/", "http://h/2024/03/01/a-post/"]),
    ],
)
def test_family_regex(family: str, matches: list[str], misses: list[str]) -> None:
    pattern = re.compile(family_regex(family))
    assert all(pattern.search(url) for url in matches)
    assert not any(pattern.search(url) for url in misses)


def test_a_written_profile_loads_and_validates(tmp_path: Path) -> None:
    report = {
        "site": "http://portal.test/",
        "pages_fetched": 50,
        "hosts": ["portal.test"],
        "article_templates": [{"template": "/NewsDes/*.html", "pages_seen": 12, "samples": [], "shapes": ["{n}.html"]}],
        "listing_templates": [{"template": "/News/*.html", "pages_seen": 4, "shapes": ["list-{n}-{n}.html"]}],
    }
    path = tmp_path / "p.toml"
    path.write_text(profile_toml(report, "portal-test"), encoding="utf-8")
    tomllib.loads(path.read_text(encoding="utf-8"))
    profile = load_profile(str(path))
    assert profile.discovery == "learned" and profile.start_urls == ("http://portal.test/",)
    assert profile.is_article_url("http://portal.test/NewsDes/123.html") is True
    assert profile.is_article_url("http://portal.test/News/list-3-2.html") is False


def test_a_template_holding_articles_and_pages_is_left_to_the_site_model(tmp_path: Path) -> None:
    """A Jekyll blog's posts are /:title/, and so are its about and landing pages: as an article pattern
    the template would archive every page of that shape (measured on a real site: 15 non-articles)."""
    report = {
        "site": "http://blog.test/",
        "pages_fetched": 50,
        "hosts": ["blog.test"],
        "article_templates": [
            {"template": "/*/", "pages_seen": 30, "samples": [], "also": ["listing", "page"]},
            {"template": "/{n}/{n}/{n}/*.html", "pages_seen": 5, "samples": [], "also": []},
        ],
        "listing_templates": [{"template": "/*/", "pages_seen": 4}, {"template": "/page{n}/", "pages_seen": 3}],
    }
    path = tmp_path / "p.toml"
    path.write_text(profile_toml(report, "blog-test"), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.is_article_url("http://blog.test/2017/03/25/etf.html") is True
    assert profile.is_article_url("http://blog.test/airdrops/") is None  # the site model decides
    assert profile.is_article_url("http://blog.test/page3/") is False
    assert "/*/" in path.read_text(encoding="utf-8")  # named, in a comment, for the user to decide


def test_slug_templates_are_left_to_the_site_model(tmp_path: Path) -> None:
    """A Docusaurus site's probe saw two posts at /mentors/<slug> and its tag listings at /blog and /mentors:
    written as patterns, /mentors/* took the unseen /mentors/archive and /mentors/tags for articles
    (measured on a real site: 3 non-articles where generic mode had 1), and a listing pattern /* would
    keep every /<slug> post of another site out of the archive. Dated templates stay patterns."""
    report = {
        "site": "http://d.test/",
        "pages_fetched": 51,
        "hosts": ["d.test"],
        "article_templates": [
            {"template": "/mentors/{n}/{n}/{n}/*", "pages_seen": 7, "samples": [], "also": []},
            {"template": "/mentors/*", "pages_seen": 2, "samples": [], "also": []},
        ],
        "listing_templates": [
            {"template": "/*", "pages_seen": 2},
            {"template": "/mentors/tags/*", "pages_seen": 4},
            {"template": "/", "pages_seen": 1},
            {"template": "/blog/page/*", "pages_seen": 1, "shapes": ["{n}"]},
        ],
    }
    path = tmp_path / "p.toml"
    path.write_text(profile_toml(report, "docs-test"), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.is_article_url("http://d.test/mentors/2021/05/01/a-talk") is True
    assert profile.is_article_url("http://d.test/mentors/archive") is None  # the site model decides
    assert profile.is_article_url("http://d.test/a-post") is None
    assert profile.is_article_url("http://d.test/blog/page/2") is False
    assert profile.is_article_url("http://d.test/") is False
    assert "/mentors/*" in path.read_text(encoding="utf-8")  # named, in a comment, for the user to decide


def test_percent_escapes_are_no_page_numbers() -> None:
    """Chinese tag names are percent-escaped, and the escapes' digits made /blog/tags/* a numbered shape
    (`%E{n}%B{n}...`) that matched nothing but the tags seen."""
    assert (
        name_shapes(["http://d.test/blog/tags/%E9%98%BF%E9%87%8C%E4%BA%91", "http://d.test/blog/tags/3306-%CF%80"])
        == []
    )


def test_listing_and_article_pages_of_one_template_are_told_apart_by_their_names(tmp_path: Path) -> None:
    """A CMS names its listing pages /auth/auth_11.html, /auth/auth_11_2.html and its articles
    /auth/auth78.html: one template, /auth/*.html. Written as a listing pattern it would keep every
    article out of the archive (measured on a real site: 254 of 322 posts)."""
    assert name_shapes(["http://c.test/auth/auth_11.html", "http://c.test/auth/auth_11_2.html"]) == [
        "auth_{n}.html",
        "auth_{n}_{n}.html",
    ]
    assert name_shapes(["http://c.test/a-post/", "http://c.test/2/"]) == []  # slugs: the template stands
    report = {
        "site": "http://c.test/",
        "pages_fetched": 50,
        "hosts": ["c.test"],
        "article_templates": [
            {"template": "/cases/*.html", "pages_seen": 9, "samples": [], "also": [], "shapes": ["cases{n}.html"]}
        ],
        "listing_templates": [
            {"template": "/auth/*.html", "pages_seen": 5, "shapes": ["auth_{n}.html", "auth_{n}_{n}.html"]},
            {"template": "/cases/*.html", "pages_seen": 2, "shapes": ["cases_{n}.html"]},
        ],
    }
    path = tmp_path / "p.toml"
    path.write_text(profile_toml(report, "cms-test"), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.is_article_url("http://c.test/auth/auth_11_3.html") is False
    assert profile.is_article_url("http://c.test/cases/cases_35.html") is False
    assert profile.is_article_url("http://c.test/auth/auth78.html") is None  # the site model decides
    assert profile.is_article_url("http://c.test/cases/cases24.html") is True


@pytest.mark.e2e
@pytest.mark.gallery
@pytest.mark.parametrize("name", ["kmabxh_like", "trs_gov", "hugo_papermod", "dedecms"])
def test_probe_and_its_profile(name: str, tmp_path: Path) -> None:
    with serve(name) as (server, site):
        start = server.base_url + site.start_path
        result = run_archiver("probe", start, "--write-profile", str(tmp_path / "p.toml"), "--format", "json", *LOCAL)
        assert result.returncode == 0, result.stderr[-2000:]
        report = json.loads(result.stdout)
        assert 10 <= report["pages_fetched"] <= 60
        assert report["categories"] and report["listing_templates"] and report["article_templates"]
        # Each menu entry says what the probe made of it: a section's listing, or a plain page.
        assert {c["role"] for c in report["categories"]} <= {"listing", "article", "page", "other", "unvisited"}
        assert any(c["role"] == "listing" for c in report["categories"]), report["categories"]
        # Every article template shows samples, the pages the probe still held when it stopped among them
        # (a DedeCMS portal's were all held: its templates showed none, or one by the luck of timing).
        assert all(template["samples"] for template in report["article_templates"]), report["article_templates"]
        sample = report["article_templates"][0]["samples"][0]
        assert sample["title"] and sample["rules"]["title"]
        assert all(s["as"] != "article" for s in report["skipped"])
        text = run_archiver("probe", start, "--pages", "20", *LOCAL)
        assert text.returncode == 0 and "article templates" in text.stdout and "skipped" in text.stdout
        crawled = run_archiver("crawl", str(tmp_path / "p.toml"), "--db", str(tmp_path / "a.db"), *LOCAL)
        assert crawled.returncode == 0, crawled.stderr[-2000:]
        with archiver.open_archive(tmp_path / "a.db") as archive:
            records = {r["url"]: r for r in archive.latest_articles()}

        def canonical(path: str) -> str:
            return canonicalize_url(server.base_url + path) or path

        truth = {canonical(path): t for path, t in site.truth.items()}
        measures = score_site(records, truth, {canonical(p) for p in site.non_articles})
    assert measures["coverage"] >= 0.99 and measures["non_articles_archived"] == 0


def test_the_opening_line_of_a_probe_names_no_archive() -> None:
    line = opening_line("[archiver]", "http://c.test/", "generic", "", 5)
    assert "into ;" not in line and line.endswith("with no archive (probe); progress every 5s")
    assert "into a.db;" in opening_line("[archiver]", "http://c.test/", "generic", "a.db", 5)


@pytest.mark.e2e
def test_a_probe_whose_home_page_fails_exits_3_and_writes_no_profile(tmp_path: Path) -> None:
    """A probe of a home page that answers 404, or of a port nothing listens on, ran to its end and exited 0:
    a script could not tell a look at the site from a look at nothing (and got a profile learned from it)."""
    with serve("kmabxh_like") as (server, _):
        missing = server.base_url + "/no/such/home/"
        result = run_archiver("probe", missing, "--write-profile", str(tmp_path / "p.toml"), "--format", "json", *LOCAL)
    assert result.returncode == 3, result.stderr[-2000:]
    assert json.loads(result.stdout)["home_failed"].endswith("HTTP 404")
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert error_lines == [f"Error: the home page could not be fetched: {missing}: HTTP 404; no profile written"]
    assert "Traceback" not in result.stderr and not (tmp_path / "p.toml").exists()
    refused = run_archiver("probe", "http://127.0.0.1:9/", "-s", "RETRY_TIMES=0", *LOCAL)  # discard: nothing listens
    assert refused.returncode == 3 and "Error: the home page could not be fetched" in refused.stderr
    assert "Probe of" in refused.stdout  # the report still says what was tried


@pytest.mark.e2e
def test_a_probe_that_reaches_the_home_page_says_nothing_failed(tmp_path: Path) -> None:
    with serve("kmabxh_like") as (server, site):
        result = run_archiver("probe", server.base_url + site.start_path, "--pages", "10", "--format", "json", *LOCAL)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout)["home_failed"] is None


def test_a_listing_template_of_one_page_is_no_pattern(tmp_path: Path) -> None:
    """A post the probe read first (HTTrack's ``<slug>/index.html``, beside its related posts) and placed as a
    listing at its end is a template of one page: written as a listing pattern, it kept the post out of every
    crawl with the profile (wp-aganor). Pagers seen once (numbered names) and the home stay patterns."""
    report = {
        "site": "http://w.test/",
        "pages_fetched": 51,
        "hosts": ["w.test"],
        "article_templates": [],
        "listing_templates": [
            {"template": "/{n}/{n}/{n}/world-metrology-day-{n}/*.html", "pages_seen": 1, "shapes": []},
            {"template": "/category/news/page/*/", "pages_seen": 1, "shapes": ["{n}"]},
            {"template": "/", "pages_seen": 1},
            {"template": "/archives/{n}/*.html", "pages_seen": 3, "shapes": []},
        ],
    }
    path = tmp_path / "p.toml"
    path.write_text(profile_toml(report, "one-page"), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.is_article_url("http://w.test/2024/05/22/world-metrology-day-2024/index.html") is None
    assert profile.is_article_url("http://w.test/category/news/page/2/") is False
    assert profile.is_article_url("http://w.test/") is False
    assert profile.is_article_url("http://w.test/archives/2024/list.html") is False


def test_a_slug_template_leaves_names_that_are_a_number_alone_to_the_site_model(tmp_path: Path) -> None:
    """A WordPress copy names its posts /blog/2020/08/blog-post_13.html (or a slug) and its day archives, each
    showing that day's one post card, /blog/2020/08/13.html: one template, /blog/{n}/{n}/*.html. The probe's
    fifty pages saw posts only, and the pattern it wrote overruled the site model for 405 day archives (measured
    on a real site). Where no page the probe placed under the template is named by a number, such names are left
    to the model; a template whose pages include one stays whole."""
    report = {
        "site": "http://w.test/",
        "pages_fetched": 51,
        "hosts": ["w.test"],
        "article_templates": [
            {"template": "/blog/{n}/{n}/*.html", "pages_seen": 5, "samples": [], "also": [], "number_names": False},
            {"template": "/notes/{n}/*/", "pages_seen": 4, "samples": [], "also": [], "number_names": False},
            {"template": "/news/{n}/*.html", "pages_seen": 3, "samples": [], "also": [], "number_names": True},
        ],
        "listing_templates": [],
    }
    path = tmp_path / "p.toml"
    path.write_text(profile_toml(report, "wp-test"), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.is_article_url("http://w.test/blog/2020/08/blog-post_13.html") is True
    assert profile.is_article_url("http://w.test/blog/2020/08/a-day-out.html") is True
    assert profile.is_article_url("http://w.test/blog/2020/08/2020-review.html") is True
    assert profile.is_article_url("http://w.test/blog/2020/08/13.html") is None  # the site model decides
    assert profile.is_article_url("http://w.test/notes/2021/a-note/") is True
    assert profile.is_article_url("http://w.test/notes/2021/7/") is None
    assert profile.is_article_url("http://w.test/news/2021/15.html") is True  # the probe saw such names as posts


@pytest.mark.parametrize(
    ("url", "numbered"),
    [
        ("http://h/blog/2020/08/13.html", True),
        ("http://h/notes/2021/7/", True),
        ("http://h/blog/2020/08/blog-post_13.html", False),
        ("http://h/blog/2020/08/2020-review.html", False),
        ("http://h/", False),
        ("http://h/a/%E4%B8%80.html", False),
    ],
)
def test_names_a_number_alone(url: str, numbered: bool) -> None:
    from archiver.crawler.probe import _named_by_number

    assert _named_by_number(url) is numbered


def _probe_report(decisions: dict[str, str], site: str = "http://a.test/") -> dict[str, object]:
    """The report of a probe whose crawl placed ``decisions`` (URL to role), through ``build_report``."""
    from types import SimpleNamespace

    from archiver.crawler.probe import build_report
    from archiver.profiles import SiteProfile

    spider = SimpleNamespace(
        decisions={url: (role, "test") for url, role in decisions.items()},
        unplaced=dict,
        held_articles=list,
        tallies={},
        nav_names={},
        probe_records=[],
    )
    profile = SiteProfile(name="t", start_urls=(site,), hosts=frozenset({"a.test"}))
    return build_report(profile, spider, {"response_received_count": len(decisions)})


def test_an_article_template_taking_pages_the_probe_placed_otherwise_is_left_to_the_site_model(
    tmp_path: Path,
) -> None:
    """An association's CMS names its posts /13806.html and its column pages /12.html, one template /*.html of
    one shape ({n}.html): the probe placed ten dated posts as articles and the columns it read as pages and
    listings, and wrote `/\\d+\\.html` as the article pattern, which overruled the model for every column page
    the crawl read after (measured on a real site: 18 non-articles via the probe, 0 in generic mode). A
    DedeCMS portal's journal entries /a/<col>/<yyyymmdd>/<id>.html, three placed as articles among nine
    listings, lost 9 of 162 papers the same way. The page names' shapes do not tell them apart: the template
    is left to the site model, as in generic mode."""
    site = "http://a.test/"
    decisions = {site: "listing"}
    decisions.update({f"{site}{n}.html": "article" for n in range(13800, 13810)})
    decisions.update({f"{site}{n}.html": "page" for n in (6, 12, 22)})
    decisions.update({f"{site}{n}.html": "listing" for n in (1, 11, 21)})
    decisions.update({f"{site}{name}.html": "listing" for name in ("faith", "service", "video")})
    # The portal's journal entries: three placed as articles, three (their boxes of other entries) as listings.
    decisions.update({f"{site}a/qk/yixue/20120414/{n}.html": "article" for n in (4014, 4015, 4016)})
    decisions.update({f"{site}a/qk/yixue/20101203/{n}.html": "listing" for n in (231, 232, 236)})
    # Another template of the same site whose listing pages the shapes do tell apart: it stays a pattern.
    decisions.update({f"{site}auth/auth{n}.html": "article" for n in (70, 71, 72)})
    decisions.update({f"{site}auth/auth_{n}.html": "listing" for n in (3, 4)})
    report = _probe_report(decisions, site)
    path = tmp_path / "p.toml"
    text = profile_toml(report, "cms-test")
    path.write_text(text, encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.is_article_url("http://a.test/82.html") is None  # the site model decides
    assert profile.is_article_url("http://a.test/13806.html") is None
    assert profile.is_article_url("http://a.test/a/qk/yixue/20120415/4089.html") is None
    assert profile.is_article_url("http://a.test/auth/auth78.html") is True
    assert profile.is_article_url("http://a.test/auth/auth_11.html") is False
    assert "/*.html" in text and "/a/qk/yixue/{n}/*.html" in text  # named, in a comment, for the user to decide
    # The report names (some of) them.
    by_template = {a["template"]: a for a in report["article_templates"]}  # type: ignore[union-attr]
    assert by_template["/*.html"]["placed_otherwise"] == [f"{site}1.html", f"{site}11.html", f"{site}12.html",
                                                           f"{site}21.html", f"{site}22.html"]  # fmt: skip
    assert by_template["/auth/*.html"]["placed_otherwise"] == []


def test_an_article_template_the_probe_placed_nothing_else_under_stays_a_pattern(tmp_path: Path) -> None:
    """Guard: a template all of whose pages the probe placed are articles, beside listings of other templates,
    is written as before."""
    site = "http://a.test/"
    decisions = {site: "listing", f"{site}about.html": "page"}
    decisions.update({f"{site}info/1051/{n}.htm": "article" for n in range(1018, 1024)})
    decisions.update({f"{site}xwgg/{n}.htm": "listing" for n in range(705, 709)})
    report = _probe_report(decisions, site)
    path = tmp_path / "p.toml"
    path.write_text(profile_toml(report, "vsb-test"), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.is_article_url("http://a.test/info/1051/2000.htm") is True
    assert profile.is_article_url("http://a.test/xwgg/710.htm") is False
