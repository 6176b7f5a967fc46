"""Distributed crawling on a real Redis: 3 worker processes, one killed midway, equal the single crawl."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import redis

from archiver.distributed.exchange import RedisCrawl
from archiver.distributed.held import Evidence
from tests.conftest import LOCAL, Started, run_archiver, start_archiver, verify_archive
from tests.portal.site import PortalFixture, build_portal
from tests.portal.undecided import UndecidedPortal, build_undecided_portal
from tests.redis_server import running_redis

pytestmark = [pytest.mark.e2e, pytest.mark.redis]
# The killed worker's leases return after this many seconds of silence instead of 15: the
# coordinator passes its -s settings to every worker.
SHORT_HEARTBEAT = ["-s", "ARCHIVER_HEARTBEAT_TTL=3"]


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with running_redis() as url:
        yield url


@pytest.fixture(autouse=True)
def clean_redis(redis_url: str) -> Iterator[None]:
    """Each test starts on an empty database: a failed test's crawl must not hold the next one up."""
    redis.Redis.from_url(redis_url).flushdb()
    yield


@pytest.fixture(scope="module")
def slow_portal() -> Iterator[PortalFixture]:
    """The faulty test portal with every page 200 ms slow: a killed worker always has pages in flight."""
    portal = build_portal("gov", count=90, seed=5)
    for path, page in portal.server.routes.items():
        if not page.delay:
            portal.server.routes[path] = replace(page, delay=0.2)
    yield portal
    portal.close()


def _rules_profile(portal: PortalFixture, tmp_path: Path) -> str:
    """A profile of the test portal that decides by URL alone (``discovery = "rules"``)."""
    path = tmp_path / "gov-test.toml"
    host = portal.base_url.split("//", 1)[1]
    path.write_text(
        f'name = "gov-test"\nstart_urls = ["{portal.base_url}/"]\nhosts = ["{host}"]\ndiscovery = "rules"\n'
        "[urls]\narticle = ['/content/[^/]+/[^/]+\\.html$']\nlisting = ['/list-[0-9-]+\\.html$']\n",
        encoding="utf-8",
    )
    return str(path)


@pytest.fixture
def processes() -> Iterator[list[Started]]:
    """Processes a test starts; whatever still runs when it ends (a failed test) is killed."""
    started: list[Started] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.communicate()


def archive_contents(db: Path) -> dict[str, Any]:
    """What a researcher reads: every article's current record, listings, recorded failures."""
    with sqlite3.connect(db) as conn:
        articles = sorted(
            conn.execute(
                "SELECT a.url, a.status, a.current_version, v.title, v.source, v.author, v.published_at, v.body "
                "FROM articles a JOIN versions v ON v.article_id = a.id AND v.version = a.current_version"
            )
        )
        members = sorted(
            conn.execute("SELECT c.url, m.url FROM category_members m JOIN categories c ON c.id = m.category_id")
        )
        failures = sorted(conn.execute("SELECT url, kind FROM fetch_errors"))
        # Article captures: the other pages fetched (error pages, retries) depend on which process
        # fetched what when; the test below checks that they are kept too.
        captures = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT url) FROM captures WHERE page_kind = 'article'"
        ).fetchone()
    return {"articles": articles, "members": members, "failures": failures, "captures": captures}


def _worker(url: str, env: dict[str, str] | None = None) -> Started:
    # Two requests at a time each: the crawl lasts long enough to kill a worker in the middle of it.
    return start_archiver(
        "worker", "--redis", url, "--format", "json", *LOCAL,
        "-s", "CONCURRENT_REQUESTS=2", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
        env=env,
    )  # fmt: skip


def _leased_to(client: redis.Redis, pid: int) -> int:
    """Requests the worker process ``pid`` holds (worker ids are HOST:PID:RANDOM)."""
    return sum(
        client.hlen(key) for key in client.scan_iter("archiver:inflight:*") if key.decode().split(":")[3] == str(pid)
    )


def assert_same_archive(got: dict[str, Any], expected: dict[str, Any]) -> None:
    for name, rows in expected.items():
        if isinstance(rows, list):
            assert sorted(set(got[name]) ^ set(rows)) == [], f"{name}: rows in only one of the archives"
        assert got[name] == rows, name


def _configured(coordinator: Started, redis_url: str) -> redis.Redis:
    """A client of the crawl's Redis once the coordinator has written the crawl's configuration there."""
    client = redis.Redis.from_url(redis_url)
    deadline = time.monotonic() + 30
    while not client.exists("archiver:config"):
        assert time.monotonic() < deadline and coordinator.poll() is None, coordinator.communicate()
        time.sleep(0.1)
    return client


def test_three_workers_one_killed_equal_the_single_process_crawl(
    slow_portal: PortalFixture, redis_url: str, tmp_path: Path, processes: list[Started]
) -> None:
    single_db, shared_db = tmp_path / "single.db", tmp_path / "shared.db"
    # The distributed mechanics (leases, a killed worker, one writer) under test, not discovery:
    # a rules profile places every page by its URL, whichever worker fetches it first.
    home = _rules_profile(slow_portal, tmp_path)
    single = run_archiver("crawl", home, "--db", str(single_db), *LOCAL)
    assert single.returncode == 0, single.stderr

    coordinator = start_archiver(
        "crawl", home, "--db", str(shared_db), "--redis", redis_url, "--workers", "0", "--format", "json",
        *LOCAL, *SHORT_HEARTBEAT,
    )  # fmt: skip
    processes.append(coordinator)
    client = _configured(coordinator, redis_url)
    workers = [_worker(redis_url) for _ in range(3)]
    processes.extend(workers)
    victim = workers[1]
    deadline = time.monotonic() + 60
    while (leased := _leased_to(client, victim.pid)) < 1 or client.scard("archiver:seen") < 40:
        assert time.monotonic() < deadline, "the worker to kill never got going"
        time.sleep(0.01)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()

    _out, err = coordinator.communicate(timeout=240)
    assert coordinator.returncode == 0, err
    for worker in (workers[0], workers[2]):
        _out, worker_err = worker.communicate(timeout=60)
        # a worker that started after the others had finished the crawl finds none (exit 3): harmless
        late = worker.returncode == 3 and "no crawl is running" in worker_err
        assert worker.returncode == 0 or late, worker_err
    assert leased > 0, "the killed worker held no lease: the test proves nothing"
    assert "stopped answering" in err

    assert_same_archive(archive_contents(shared_db), archive_contents(single_db))
    verify_archive(shared_db)
    assert not client.exists("archiver:coordinator"), "the next crawl could not use this database"


def test_local_workers_and_an_incremental_recrawl(redis_url: str, tmp_path: Path) -> None:
    portal = build_portal("modern", count=30, seed=3)
    try:
        single_db, shared_db = tmp_path / "single.db", tmp_path / "shared.db"
        home = portal.base_url + "/"
        summaries = {}
        log = tmp_path / "shared.log"
        shared = ["--redis", redis_url, "--workers", "2", "--log-file", str(log)]
        for db, extra in ((single_db, []), (shared_db, shared)):
            for round_ in (1, 2):
                result = run_archiver("crawl", home, "--db", str(db), "--format", "json", *extra, *LOCAL)
                assert result.returncode == 0, result.stderr
                summaries[db, round_] = json.loads(result.stdout)
        assert_same_archive(archive_contents(shared_db), archive_contents(single_db))
        second = summaries[shared_db, 2]
        assert second["articles_new"] == 0 and second["articles_changed"] == 0
        for name in ("articles_unchanged", "not_modified", "not_due", "listing_early_stops"):
            assert second[name] == summaries[single_db, 2][name], name
        verify_archive(shared_db)
        # each local worker logs beside the crawl's log: the pages were fetched there
        worker_logs = [tmp_path / f"shared.log.worker{n}" for n in (1, 2)]
        assert all(path.is_file() for path in worker_logs)
        assert "Crawled" in "".join(path.read_text(encoding="utf-8") for path in worker_logs)
        for db in (single_db, shared_db):  # workers hand the pages that are not articles to the writer too
            with sqlite3.connect(db) as conn:
                kinds = dict(conn.execute("SELECT page_kind, count(*) FROM captures GROUP BY page_kind").fetchall())
            assert kinds.get("robots") and kinds.get("home") and kinds.get("listing"), (db.name, kinds)
    finally:
        portal.close()


def test_an_interrupted_distributed_crawl_stops_its_workers_and_the_next_one_completes(
    slow_portal: PortalFixture, redis_url: str, tmp_path: Path, processes: list[Started]
) -> None:
    db = tmp_path / "shared.db"
    command = [
        "crawl",
        slow_portal.base_url + "/",
        "--db",
        str(db),
        "--redis",
        redis_url,
        "--workers",
        "2",
        "--format",
        "json",
        *LOCAL,
    ]
    coordinator = start_archiver(*command)
    processes.append(coordinator)
    client = redis.Redis.from_url(redis_url)
    deadline = time.monotonic() + 60
    while client.scard("archiver:seen") < 30:
        assert time.monotonic() < deadline and coordinator.poll() is None, "the crawl never got going"
        time.sleep(0.05)
    coordinator.send_signal(signal.SIGTERM)
    out, err = coordinator.communicate(timeout=120)
    assert coordinator.returncode == 4, err
    assert json.loads(out)["status"] == "interrupted"
    assert not client.smembers("archiver:workers"), "a worker outlived its crawl"

    again = run_archiver(*command)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["status"] == "finished"
    with sqlite3.connect(db) as conn:
        statuses = [row[0] for row in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
        (articles,) = conn.execute("SELECT COUNT(*) FROM articles").fetchone()
    assert statuses == ["interrupted", "finished"]
    assert articles == len(slow_portal.articles)
    verify_archive(db)


def test_worker_without_a_crawl_says_how_to_start_one(redis_url: str) -> None:
    result = run_archiver("worker", "--redis", redis_url)
    assert result.returncode == 3
    assert "no crawl is running" in result.stderr and "archiver crawl TARGET" in result.stderr


def test_unreachable_redis_is_a_clear_error(tmp_path: Path) -> None:
    result = run_archiver(
        "crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "a.db"), "--redis", "redis://127.0.0.1:9/0"
    )
    assert result.returncode == 3
    assert "cannot reach Redis at redis://127.0.0.1:9/0" in result.stderr
    assert "Traceback" not in result.stderr


class _ItemList:
    """The coordinator's side of the Redis items list, in memory."""

    def __init__(self, url: str, heartbeat_ttl: float = 15.0) -> None:
        self.items: list[Any] = []

    def take_items(self, count: int) -> list[Any]:
        return self.items[:count]

    def drop_items(self, count: int) -> None:
        del self.items[:count]


def test_a_rolled_back_batch_is_written_when_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The coordinator remembers what it wrote only once it is committed: a batch that failed
    (disk full for a moment) is no "repeat" of itself when it is taken from Redis again."""
    from archiver.crawler.run import build_settings, resolve_profile
    from archiver.distributed import coordinator as coordinator_module
    from archiver.items import ArticleItem, PageCapture
    from archiver.store import Archive, ArchiveWriteError

    monkeypatch.setattr(coordinator_module, "RedisCrawl", _ItemList)
    db = tmp_path / "a.db"
    coordinator = coordinator_module.Coordinator(
        "t", db, resolve_profile("http://p/"), build_settings(db), False, "redis://unused", {}
    )
    items = []
    for number in range(4):
        url = f"http://p/a/{number}.html"
        capture = PageCapture(
            url=url, final_url=url, status=200, headers={}, body=b"<p>x</p>", fetched_at="2026-11-23T00:00:00+00:00"
        )
        items.append(
            ArticleItem(
                capture=capture,
                record={"url": url, "site": "p", "title": f"T{number}", "body": f"Body {number}.", "keywords": []},
            )
        )
    coordinator.crawl.items = list(items)
    archive = Archive(db)
    run_id = archive.start_run("t", "generic", {})
    real_write = archive.write_batch

    def disk_full(batch: list[Any], run: int) -> dict[str, int]:
        raise ArchiveWriteError("cannot write to the archive: disk full")

    monkeypatch.setattr(archive, "write_batch", disk_full)
    with pytest.raises(ArchiveWriteError):
        coordinator._ingest(archive, run_id)
    assert len(coordinator.crawl.items) == 4, "nothing is dropped from Redis before it is committed"
    monkeypatch.setattr(archive, "write_batch", real_write)
    assert coordinator._ingest(archive, run_id) == 4
    assert (coordinator.repeats, coordinator.outcomes["new"], coordinator.coverage["extracted"]) == (0, 4, 4)
    assert archive.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
    archive.close()


# --- generic mode: pages no model can place when they are fetched -------------------------------


@pytest.fixture(scope="module")
def undecided_portal() -> Iterator[UndecidedPortal]:
    portal = build_undecided_portal()
    yield portal
    portal.close()


@pytest.fixture(scope="module")
def held_reference(undecided_portal: UndecidedPortal, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The single-process crawl: it holds the featured posts and places them as articles at its end (one crawl for
    the module's tests: what each distributed crawl of the portal must equal)."""
    portal = undecided_portal
    db = tmp_path_factory.mktemp("held-reference") / "single.db"
    result = run_archiver("crawl", portal.base_url + "/", "--db", str(db), "--format", "json", *LOCAL)
    assert result.returncode == 0, result.stderr
    contents = archive_contents(db)
    assert {row[0] for row in contents["articles"]} == set(portal.article_urls), "the reference itself is wrong"
    return contents


@pytest.mark.parametrize("held_bytes", [None, 0], ids=["bodies-kept", "bodies-fetched-again"])
def test_two_workers_place_held_pages_as_the_single_process_crawl_does(
    undecided_portal: UndecidedPortal,
    held_reference: dict[str, Any],
    redis_url: str,
    tmp_path: Path,
    held_bytes: int | None,
) -> None:
    """The featured posts are read before any listing lists them (all three, but under load the last may be
    read after the listing): each worker holds them in Redis, and they are placed, as articles, only once
    the whole crawl's evidence is in (the listing that the posts' own menus lead to). Placed when fetched,
    on the fetching worker's model, they were dropped.
    With no room for held bodies, the posts placed as articles are fetched again."""
    expected = held_reference
    db = tmp_path / "shared.db"
    budget = [] if held_bytes is None else ["-s", f"ARCHIVER_HELD_BYTES={held_bytes}"]
    undecided_portal.server.log.clear()
    result = run_archiver(
        "crawl", undecided_portal.base_url + "/", "--db", str(db), "--format", "json",
        "--redis", redis_url, "--workers", "2", *LOCAL, *budget,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    fetched = Counter(entry.path for entry in undecided_portal.server.log)
    assert_same_archive(archive_contents(db), expected)
    verify_archive(db)
    client = redis.Redis.from_url(redis_url)
    assert client.hlen("archiver:held") == 0, "a held page was never placed"
    with sqlite3.connect(db) as conn:
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    evidence = [entry for entry in RedisCrawl(redis_url).evidence() if isinstance(entry, Evidence)]
    resolved = [e.analysis.url for e in evidence if e.resolved]
    # The first post read is held (no listing has been read before any post). A later one may be read after
    # the listing, under load (the about page's menu links it too): then it is placed on arrival, not held.
    held_and_placed = set(resolved) & set(undecided_portal.featured_urls)
    assert held_and_placed, "no featured post was held and placed"
    # every worker's count summed, as one process counts them: each featured post held, then placed as an article
    # (all three unless one was read after the listing, as above; the count once asked for three whatever the timing)
    assert stats["archiver/discovery/resolved_article"] >= len(held_and_placed)
    for url in undecided_portal.featured_urls:
        arrivals = [e for e in evidence if e.analysis.url == url and not e.resolved]
        assert arrivals, url  # each fetch is told to the placing model once, placed then or at the placement
    # each held page placed once: a page placed twice would be logged twice
    assert len(resolved) == len(set(resolved))
    # a held post is fetched again only when no body could be kept
    for url in undecided_portal.featured_urls:
        again = held_bytes == 0 and url in resolved
        assert fetched[url[len(undecided_portal.base_url) :]] == (2 if again else 1), url


def test_a_worker_killed_while_placing_held_pages_hands_the_placement_on(
    undecided_portal: UndecidedPortal,
    held_reference: dict[str, Any],
    redis_url: str,
    tmp_path: Path,
    processes: list[Started],
) -> None:
    """SIGKILLed in the middle of the placement (after the second page it placed), the first worker leaves
    the held pages held and the placement leased; its lease returns to the queue, and the next worker
    places every page again, with the same result as one process."""
    expected = held_reference
    db = tmp_path / "shared.db"
    coordinator = start_archiver(
        "crawl", undecided_portal.base_url + "/", "--db", str(db),
        "--redis", redis_url, "--workers", "0", "--format", "json", *LOCAL, *SHORT_HEARTBEAT,
    )  # fmt: skip
    processes.append(coordinator)
    client = _configured(coordinator, redis_url)
    # Alone, the first worker crawls every page, then leases the placement and dies in it.
    first = _worker(redis_url, env={**os.environ, "ARCHIVER_CRASH_AT": "held-placed:2"})
    processes.append(first)
    first.communicate(timeout=120)
    assert first.returncode == -signal.SIGKILL, "the worker never reached the middle of a placement"
    assert client.hlen("archiver:held") > 0, "the killed placement took pages off the held ones"
    logged = RedisCrawl(redis_url).evidence()
    assert not any(isinstance(entry, Evidence) and entry.resolved for entry in logged), "placed, yet still held"

    second = _worker(redis_url)
    processes.append(second)
    _out, err = coordinator.communicate(timeout=120)
    assert coordinator.returncode == 0, err
    assert "stopped answering" in err
    _out, second_err = second.communicate(timeout=60)
    assert second.returncode == 0, second_err
    assert_same_archive(archive_contents(db), expected)
    verify_archive(db)
    assert client.hlen("archiver:held") == 0
