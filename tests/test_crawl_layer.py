"""Direct tests of the crawl layer's pure parts, without a crawl: revisit policy, failure names, the
site boundary, the frontier read, profiles, coverage alarm and run ends, build_settings, the text
renderers, WARC and Parquet export, the notebook API."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error
from twisted.python.failure import Failure

from archiver.crawler.crawlstate import CrawlState, KnownArticle
from archiver.crawler.failures import classify_failure
from archiver.crawler.run import build_settings, replace_writer
from archiver.crawler.run_end import coverage_shares, run_status
from archiver.crawler.site_boundary import SiteBoundaryMiddleware
from archiver.errors import ArchiverError, ProfileError, UsageError
from archiver.history.revisit import DEFAULT_POLICY, RevisitPolicy, parse_span
from archiver.items import ArticleItem, PageCapture
from archiver.profiles import load_profile, mirrored, profile_for_target
from archiver.render.text import runs_text, stats_text
from archiver.store import Archive
from archiver.store.runs import coverage_alarm

# --- revisit -----------------------------------------------------------------------------------


def test_spans_and_a_bad_span() -> None:
    assert parse_span("90s") == timedelta(seconds=90)
    assert parse_span("6h") == parse_span("6") == timedelta(hours=6)
    assert parse_span("1w") == timedelta(days=7)
    with pytest.raises(UsageError, match="not a time span"):
        parse_span("soon")


def test_policy_steps_by_age() -> None:
    policy = RevisitPolicy.parse(DEFAULT_POLICY)
    assert policy.interval(timedelta(hours=5)) == timedelta(0)
    assert policy.interval(timedelta(days=3)) == timedelta(hours=6)
    assert policy.interval(timedelta(days=400)) == timedelta(days=30)
    fetched = datetime(2024, 11, 10, tzinfo=UTC)
    assert policy.next_due(fetched, fetched - timedelta(days=10)) == fetched + timedelta(days=1)
    assert policy.next_due(fetched, None) == fetched  # no birth date: as young as can be
    assert RevisitPolicy.parse("1d=1h").steps[-1] == (None, timedelta(days=30))  # a catch-all is added
    with pytest.raises(UsageError, match="AGE=INTERVAL"):
        RevisitPolicy.parse("2d")


# --- failures ------------------------------------------------------------------------------------


def _failure(exc: BaseException) -> Failure:
    try:
        raise exc
    except BaseException:
        return Failure()


def test_failures_are_named() -> None:
    response = Response("http://p.test/a", status=404)
    assert classify_failure(_failure(HttpError(response))) == ("http", 404, "HTTP 404")
    assert (
        classify_failure(_failure(HttpError(Response("http://p.test/a", status=503))))[2] == "HTTP 503 (after retries)"
    )
    assert classify_failure(_failure(error.TimeoutError()))[0] == "timeout"
    assert classify_failure(_failure(error.DNSLookupError()))[0] == "dns"
    assert classify_failure(_failure(error.ConnectionRefusedError()))[0] == "connection"
    assert classify_failure(_failure(IgnoreRequest("Forbidden by robots.txt")))[0] == "robots"
    assert classify_failure(_failure(IgnoreRequest("offsite: http://x.test/")))[0] == "offsite"
    assert classify_failure(_failure(ValueError("odd"))) == ("error", None, "ValueError: odd")


# --- the site boundary -----------------------------------------------------------------------------


def _middleware(allowed: set[str] | None) -> SiteBoundaryMiddleware:
    spider = SimpleNamespace(allowed_netlocs=frozenset(allowed)) if allowed is not None else None
    return SiteBoundaryMiddleware(SimpleNamespace(spider=spider))  # type: ignore[arg-type]


def test_requests_stay_on_the_targets_hosts() -> None:
    middleware = _middleware({"p.test", "www.p.test"})
    assert middleware.process_request(Request("http://www.p.test/a")) is None
    with pytest.raises(IgnoreRequest, match="offsite"):
        middleware.process_request(Request("http://elsewhere.test/a"))
    internal = Request("data:,", meta={"archiver_internal": True})
    assert middleware.process_request(internal) is None  # held pages handed back: no network
    assert _middleware(None).process_request(Request("http://elsewhere.test/")) is None  # not our spider


def test_redirects_stay_on_site_and_never_loop() -> None:
    middleware = _middleware({"p.test"})
    request = Request("http://p.test/old")
    same = Response("http://p.test/old", status=301, headers={"Location": "/new"})
    assert middleware.process_response(request, same) is same
    with pytest.raises(IgnoreRequest, match="offsite redirect"):
        middleware.process_response(request, Response(request.url, status=302, headers={"Location": "http://x.test/"}))
    looped = Request("http://p.test/b", meta={"redirect_urls": ["http://p.test/a"]})
    with pytest.raises(IgnoreRequest, match="redirect loop"):
        middleware.process_response(looped, Response(looped.url, status=302, headers={"Location": "/a"}))


# --- the frontier as a crawl reads it ----------------------------------------------------------------


def _archive_with(tmp_path: Path, published: str, fetched: str) -> Path:
    db = tmp_path / "a.db"
    archive = Archive(db)
    run = archive.start_run("http://p.test/", "generic", {})
    record = {
        "url": "http://p.test/a/1.html",
        "site": "p.test",
        "title": "A title",
        "body": "body " * 10,
        "keywords": [],
        "published_at": published,
    }
    capture = PageCapture(
        url=record["url"],
        final_url=record["url"],
        status=200,
        fetched_at=fetched,
        headers={"ETag": '"abc"'},
        body=b"<p>x</p>",
    )
    archive.write_batch([ArticleItem(capture=capture, record=record)], run)
    archive.finish_run(run, "finished", {})
    archive.close()
    return db


def test_known_articles_are_due_by_age(tmp_path: Path) -> None:
    db = _archive_with(tmp_path, "2024-11-01T09:00:00+08:00", "2024-11-10T00:00:00+00:00")
    policy = RevisitPolicy.parse(DEFAULT_POLICY)
    url = "http://p.test/a/1.html"
    soon = CrawlState.load(db, full=False, policy=policy, now=datetime(2024, 11, 10, 12, tzinfo=UTC))
    assert soon.known[url].archived and not soon.known[url].due and not soon.should_fetch(url)
    later = CrawlState.load(db, full=False, policy=policy, now=datetime(2024, 11, 12, tzinfo=UTC))
    assert later.known[url].due and later.revisits() == [url]
    assert CrawlState.load(db, full=True, policy=policy, now=datetime(2024, 11, 10, 12, tzinfo=UTC)).should_fetch(url)
    assert CrawlState.load(tmp_path / "none.db", full=False, policy=policy).known == {}


def test_conditional_headers_only_for_archived_pages() -> None:
    assert KnownArticle('"e"', "Fri, 22 Nov 2024 01:14:12 GMT", True, True).conditional_headers() == {
        "If-None-Match": '"e"',
        "If-Modified-Since": "Fri, 22 Nov 2024 01:14:12 GMT",
    }
    assert KnownArticle('"e"', None, False, True).conditional_headers() == {}


# --- profiles ------------------------------------------------------------------------------------


def test_profiles_resolve_targets() -> None:
    kmabxh = load_profile("kmabxh")
    assert profile_for_target("https://en.kmabxh.com/").name == "kmabxh"
    generic = profile_for_target("http://portal.example.org/news/")
    assert generic.name == "generic" and generic.hosts == {"portal.example.org", "www.portal.example.org"}
    assert generic.is_article_url("http://portal.example.org/a/1.html") is None  # learned from pages
    assert kmabxh.is_article_url(kmabxh.start_urls[0]) in (False, None)
    with pytest.raises(ProfileError):
        profile_for_target("http://[bad")
    with pytest.raises(ProfileError):
        load_profile("no-such-profile")


def test_a_mirror_rewrites_hosts_and_start_urls() -> None:
    profile = mirrored(load_profile("kmabxh"), {"en.kmabxh.com": "http://127.0.0.1:8001"})
    assert "127.0.0.1:8001" in profile.hosts and "en.kmabxh.com" not in profile.hosts
    assert "http://127.0.0.1:8001/" in profile.start_urls
    assert profile.languages.get("127.0.0.1:8001") == load_profile("kmabxh").languages["en.kmabxh.com"]


# --- coverage alarm and the end of a run ---------------------------------------------------------


def test_coverage_alarm_compares_with_the_baseline() -> None:
    baseline = {"title": 1.0, "published_at": 0.95, "source": 0.9, "body": 1.0}
    fine = {"extracted": 50, "title": 1.0, "published_at": 0.9, "source": 0.85, "body": 1.0}
    assert coverage_alarm(fine, baseline, max_drop=0.3) is None
    broken = {**fine, "published_at": 0.1}
    assert "published_at 10% (was 95%)" in (coverage_alarm(broken, baseline, max_drop=0.3) or "")
    assert coverage_alarm({**broken, "extracted": 2}, baseline, max_drop=0.3) is None  # too few to judge
    assert coverage_alarm(broken, {}, max_drop=0.3) is None  # no history yet


def test_run_status_and_coverage_shares() -> None:
    assert [run_status(r) for r in ("finished", "closespider_pagecount", "shutdown", "cancelled")] == [
        "finished",
        "finished",
        "interrupted",
        "failed",
    ]
    assert coverage_shares({"extracted": 4, "title": 4, "body": 3}) == {
        "extracted": 4,
        "title": 1.0,
        "published_at": 0.0,
        "source": 0.0,
        "body": 0.75,
    }
    assert coverage_shares({})["title"] is None


# --- build_settings ------------------------------------------------------------------------------


def test_build_settings_layers() -> None:
    settings = build_settings(
        Path("x.db"), max_pages=7, overrides={"DOWNLOAD_DELAY": "3", "ARCHIVER_CONTACT_URL": "mailto:a@b.c"}
    )
    assert settings.get("ARCHIVER_DB") == "x.db"
    assert settings.getint("CLOSESPIDER_PAGECOUNT") == 7
    assert settings.getfloat("DOWNLOAD_DELAY") == 3.0
    assert settings.get("USER_AGENT").endswith("(research web archiver; +mailto:a@b.c)")
    assert settings.get("LOG_LEVEL") == "WARNING"
    assert build_settings(Path("x.db"), verbose=True).get("LOG_LEVEL") == "INFO"
    replace_writer(settings, "my.Writer")
    assert list(settings.getdict("ITEM_PIPELINES").items())[-1] == ("my.Writer", 300)
    assert "pipelines.archive.ArchivePipeline" not in settings.getdict("ITEM_PIPELINES")


# --- renderers -----------------------------------------------------------------------------------


def _stats() -> dict[str, Any]:
    return {
        "path": "a.db",
        "schema_version": 5,
        "articles": 3,
        "live": 2,
        "gone": 1,
        "versions": 4,
        "categories": 2,
        "captures": 4,
        "captures_raw_bytes": 2048,
        "captures_stored_bytes": 512,
        "fetch_errors": 1,
        "crawl_runs": 2,
        "sites": {"p.test": {"articles": 3, "live": 2}},
        "last_run": {"id": 2, "status": "finished", "started_at": "s", "finished_at": None, "target": "t"},
    }


def test_stats_and_runs_text() -> None:
    text = stats_text(_stats())
    assert "articles      3 (2 live, 1 gone)" in text and "site p.test: 3 articles, 2 live" in text
    assert "last run      #2 finished s -> … (t)" in text
    assert runs_text([]) == "No crawl runs yet."
    run = {
        "id": 1,
        "status": "finished",
        "mode": "full",
        "started_at": "s",
        "pages_fetched": 9,
        "not_modified": 0,
        "articles_new": 3,
        "articles_changed": 0,
        "articles_gone": 0,
        "failures": 1,
        "target": "t",
        "alarm": "coverage dropped",
    }
    assert "ALARM: coverage dropped" in runs_text([run])


# --- exports and the notebook API ----------------------------------------------------------------


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    return _archive_with(tmp_path, "2024-11-01T09:00:00+08:00", "2024-11-10T00:00:00+00:00")


def test_warc_export_reads_back(small_archive: Path, tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    from archiver.export.warc import write_warc
    from archiver.store.reads import captures_for_export

    archive = Archive(small_archive)
    path = tmp_path / "out.warc.gz"
    assert write_warc(captures_for_export(archive.db), path) == 1
    archive.close()
    with path.open("rb") as stream:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(stream)
        ]
    assert [kind for kind, _, _ in records] == ["warcinfo", "response", "request"]
    assert records[1][1:] == ("http://p.test/a/1.html", b"<p>x</p>")


def test_parquet_export_reads_back(small_archive: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from archiver.cli import EXPORT_FIELDS
    from archiver.export.parquet import write_parquet

    archive = Archive(small_archive)
    path = tmp_path / "out.parquet"
    assert write_parquet(archive.export_records(), path, EXPORT_FIELDS) == 1
    archive.close()
    table = pq.read_table(path)
    assert table.column_names == list(EXPORT_FIELDS)
    assert table.to_pylist()[0]["title"] == "A title"


def test_the_notebook_api(small_archive: Path) -> None:
    from archiver import open_archive

    with open_archive(small_archive) as archive:
        [record] = archive.latest_articles()
        assert record["title"] == "A title"
        assert [v["version"] for v in archive.history("http://p.test/a/1.html")] == [1]
        assert archive.article_at("http://p.test/a/1.html", version=1)["title"] == "A title"
        with pytest.raises(ArchiverError, match="has no version 3"):
            archive.article_at("http://p.test/a/1.html", version=3)
        with pytest.raises(ArchiverError, match="is not in"):
            archive.history("http://p.test/none.html")
        assert [hit["url"] for hit in archive.search("title")] == ["http://p.test/a/1.html"]
        with pytest.raises(UsageError):
            archive.latest_articles(since="yesterday-ish")
        assert json.loads(json.dumps(record, default=str))["url"] == "http://p.test/a/1.html"
        assert len(archive.to_pandas()) == 1


def test_an_over_long_link_is_a_recorded_failure() -> None:
    """Scrapy's UrlLengthMiddleware drops such a link unseen; the boundary refuses it with a reason."""
    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.utils.test import get_crawler
    from twisted.python.failure import Failure

    from archiver.crawler.failures import classify_failure
    from archiver.crawler.site_boundary import SiteBoundaryMiddleware

    crawler = get_crawler(settings_dict={"URLLENGTH_LIMIT": 100})

    class Spider:
        allowed_netlocs = frozenset({"portal.test"})

    crawler.spider = Spider()  # type: ignore[assignment]
    middleware = SiteBoundaryMiddleware(crawler)
    long_url = "http://portal.test/" + "a" * 200
    try:
        middleware.process_request(Request(long_url))
    except IgnoreRequest as exc:
        kind, _status, reason = classify_failure(Failure(exc))
    else:
        raise AssertionError("an over-long URL went through")
    assert kind == "url-too-long" and "URLLENGTH_LIMIT=100" in reason
    middleware.process_request(Request("http://portal.test/short.html"))  # within the limit: through


def test_an_archived_article_redirected_to_the_home_or_a_listing_is_gone() -> None:
    from archiver.crawler.crawlstate import KnownArticle
    from spiders.common import gone_by_redirect

    archived = KnownArticle(etag=None, last_modified=None, archived=True, due=True)
    article = "http://p.test/NewsDes/1.html"
    home = gone_by_redirect(article, "http://p.test/", 200, archived, to_listing=False)
    assert home is not None and home.url == article and "redirects to http://p.test/" in home.reason
    assert gone_by_redirect(article, "http://p.test/News/list-3-1.html", 200, archived, to_listing=True) is not None
    # an article moved to another article's address, one never archived, or no redirect at all: not gone
    assert gone_by_redirect(article, "http://p.test/NewsDes/2.html", 200, archived, to_listing=False) is None
    never = KnownArticle(etag=None, last_modified=None, archived=False, due=True)
    assert gone_by_redirect(article, "http://p.test/", 200, never, to_listing=False) is None
    assert gone_by_redirect(article, "http://p.test/", 200, None, to_listing=False) is None
    assert gone_by_redirect(article, article, 200, archived, to_listing=True) is None
