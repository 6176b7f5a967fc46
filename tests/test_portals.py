"""The pieces of a crawl of several portals that need no crawl: the file, the exit code, the runs."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from archiver.crawler.crawlstate import CrawlState
from archiver.crawler.many import SEVERITY, combined_exit_code
from archiver.crawler.portals import read_portals_file, resolve_portals
from archiver.errors import UsageError
from archiver.history.revisit import RevisitPolicy
from archiver.items import ArticleItem, PageCapture
from archiver.store import Archive
from archiver.store import runs as run_rows
from tests.test_store import record


def test_the_most_severe_code_wins_in_the_documented_order() -> None:
    assert SEVERITY == (3, 1, 5, 4, 0)
    for codes in itertools.permutations([0, 4, 5, 1, 3]):
        for size in range(1, 6):
            chosen = list(codes[:size])
            assert combined_exit_code(chosen) == min(chosen, key=SEVERITY.index)
    assert combined_exit_code([0, 4, 0]) == 4
    assert combined_exit_code([4, 5]) == 5
    assert combined_exit_code([5, 1, 4]) == 1
    assert combined_exit_code([1, 3]) == 3
    assert combined_exit_code([]) == 0


def test_a_run_leaves_its_siblings_of_this_process_running(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    try:
        first = archive.start_run("http://a.test/", "generic", {}, "full")
        second = archive.start_run("http://b.test/", "generic", {}, "full")
        assert [r["status"] for r in archive.runs(5)] == ["running", "running"]
        archive.finish_run(first, "finished", {}, {}, None)
        # A run left running by a process that is gone (here: forgotten) is marked interrupted.
        run_rows._RUNNING_HERE.clear()
        third = archive.start_run("http://a.test/", "generic", {}, "full")
        statuses = {r["id"]: r["status"] for r in archive.runs(5)}
        assert statuses == {first: "finished", second: "interrupted", third: "running"}
    finally:
        archive.close()


def test_a_run_of_one_portal_reads_only_its_own_frontier(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    archive = Archive(db)
    try:
        run = archive.start_run("x", "generic", {}, "full")
        archive.write_batch([_article("http://a.test/news/1.html"), _article("http://b.test:8080/news/2.html")], run)
        archive.finish_run(run, "finished", {}, {}, None)
    finally:
        archive.close()
    policy = RevisitPolicy.parse("*=0")
    assert set(CrawlState.load(db, False, policy).known) == {
        "http://a.test/news/1.html",
        "http://b.test:8080/news/2.html",
    }
    only_b = CrawlState.load(db, False, policy, hosts=frozenset({"b.test:8080"}))
    assert set(only_b.known) == {"http://b.test:8080/news/2.html"} and only_b.revisits() == list(only_b.known)


def _article(url: str) -> ArticleItem:
    capture = PageCapture(
        url=url,
        final_url=url,
        status=200,
        headers={"Content-Type": "text/html"},
        body=b"<html>page</html>",
        fetched_at="2026-11-23T00:00:00+00:00",
    )
    host = url.split("/")[2]
    return ArticleItem(capture=capture, record=record(url=url, site=host, article_id=url[-6:-5]))


def test_a_relative_profile_path_is_read_from_the_files_folder(tmp_path: Path) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    profile = Path(__file__).resolve().parent.parent / "archiver" / "profiles" / "kmabxh.toml"
    (folder / "mine.toml").write_text(profile.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "portals.toml").write_text(
        "[settings]\nDOWNLOAD_DELAY = 1.5\nROBOTSTXT_OBEY = true\n\n"
        '[[portal]]\ntarget = "mine.toml"\nmax_pages = 7\nsettings = { DOWNLOAD_DELAY = 3 }\n\n'
        '[[portal]]\ntarget = "http://portal.test/"\nfull = true\n',
        encoding="utf-8",
    )
    parsed = read_portals_file(folder / "portals.toml")
    first, second = resolve_portals([], parsed, {}, max_pages=None, full=False)
    assert first.target == str(folder / "mine.toml") and first.profile.name == "kmabxh"
    assert first.settings == {"DOWNLOAD_DELAY": "3", "ROBOTSTXT_OBEY": "True"} and first.max_pages == 7
    assert second.settings == {"DOWNLOAD_DELAY": "1.5", "ROBOTSTXT_OBEY": "True"} and second.full
    # The command's --max-pages and --full apply to every portal.
    capped = resolve_portals(["http://other.test/"], parsed, {}, max_pages=2, full=True)
    assert [(p.max_pages, p.full) for p in capped] == [(2, True), (2, True), (2, True)]


def test_a_command_mirror_goes_to_the_portal_that_has_its_host() -> None:
    portals = resolve_portals(
        ["kmabxh", "http://portal.test/"], None, {"en.kmabxh.com": "http://127.0.0.1:8001"}, max_pages=None, full=False
    )
    assert "127.0.0.1:8001" in portals[0].profile.hosts and "en.kmabxh.com" not in portals[0].profile.hosts
    assert "127.0.0.1:8001" not in portals[1].profile.hosts
    with pytest.raises(UsageError, match=r"both crawl portal\.test"):
        resolve_portals(["http://portal.test/", "http://portal.test/a/"], None, {}, max_pages=None, full=False)
