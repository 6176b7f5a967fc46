from __future__ import annotations

import atexit
import gc
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.portal.site import PortalFixture, build_portal

ROOT = Path(__file__).resolve().parent.parent

# No per-example time limit: hypothesis's 200 ms default fails a property test whenever a loaded CI machine
# stalls one call (the first Solar Hijri parse loads its calendar: 5.7 s under load). Speed is measured by
# bench/, never by unit tests.
settings.register_profile("archiver", deadline=None)
settings.load_profile("archiver")
# The loopback portal is ours: no politeness delays, no progress lines in test output. A 3 s
# timeout leaves room for a loaded machine running tests in parallel, and still cuts the
# portal's slow page (4 s).
LOCAL = [
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "-s",
    "ARCHIVER_PROGRESS_INTERVAL=0",
    "-s",
    "DOWNLOAD_TIMEOUT=3",
    "-s",
    "DOWNLOAD_MAXSIZE=1000000",
    "-s",
    "RETRY_TIMES=1",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/*/*/expected.json from the current extractor.",
    )


# Commands that start Twisted's reactor, which cannot restart inside one process, or that serve
# until stopped: they run in a subprocess. Every other command runs in-process through click's
# CliRunner, the same code from the same argument list, without an interpreter start per call.
REACTOR_COMMANDS = frozenset({"crawl", "probe", "worker", "demo", "serve"})


# Commands forked from a pre-loaded process (tests/zygote.py): each still a process of its own.
FORKED_COMMANDS = frozenset({"crawl", "probe", "worker", "demo"})


class _Zygotes:
    """Idle zygote processes; one per concurrent caller (the gallery crawls two portals at a time)."""

    def __init__(self) -> None:
        self.idle: list[subprocess.Popen[str]] = []
        self.lock = threading.Lock()
        atexit.register(self.close)

    def _start(self) -> subprocess.Popen[str] | None:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "zygote.py")],
            cwd=ROOT,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert process.stdout is not None
        if json.loads(process.stdout.readline() or "{}").get("ready"):
            return process
        process.kill()
        return None  # it could not load archiver: plain subprocesses show why

    def run(self, args: tuple[str, ...], timeout: float) -> subprocess.CompletedProcess[str] | None:
        with self.lock:
            zygote = self.idle.pop() if self.idle else None
        zygote = zygote or self._start()
        if zygote is None or zygote.stdin is None or zygote.stdout is None:
            return None
        zygote.stdin.write(json.dumps({"args": list(args), "env": dict(os.environ), "timeout": timeout}) + "\n")
        zygote.stdin.flush()
        answer = json.loads(zygote.stdout.readline())
        with self.lock:
            self.idle.append(zygote)
        if answer.get("timeout"):
            raise subprocess.TimeoutExpired(["archiver", *args], timeout)
        return subprocess.CompletedProcess(
            ["archiver", *args], answer["returncode"], answer["stdout"], answer["stderr"]
        )

    def close(self) -> None:
        for zygote in self.idle:
            if zygote.stdin is not None:
                zygote.stdin.close()
            zygote.wait(timeout=30)
        self.idle.clear()


_ZYGOTES = _Zygotes()


def run_archiver(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The real CLI: its exit code, stdout and stderr, as a shell would see them."""
    if args and args[0] in FORKED_COMMANDS and cwd is None:
        forked = _ZYGOTES.run(args, timeout)
        if forked is not None:
            return forked
    if (args and args[0] in REACTOR_COMMANDS) or cwd is not None:
        return subprocess.run(
            [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=timeout
        )
    from click.testing import CliRunner

    from archiver.cli import cli

    result = CliRunner().invoke(cli, list(args), prog_name="archiver")
    # A command's process would end here, closing its archive; in-process, an archive left to the
    # garbage collector keeps its connection (and the WAL unmerged) until it is collected.
    gc.collect()
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback is a bug: show it as the test's failure
    return subprocess.CompletedProcess(["archiver", *args], result.exit_code, result.stdout, result.stderr)


def generic_spider(home: str, **settings: object) -> Any:
    """The generic-mode spider, opened in-process without a crawl (its callbacks fed by hand): a crawler
    with open stats, a full crawl's state, ``settings`` over the project's."""
    from scrapy.utils.test import get_crawler

    from archiver.crawler.crawlstate import CrawlState
    from spiders.portal import PortalSpider

    crawler = get_crawler(PortalSpider, settings_dict=settings or None)
    spider = PortalSpider.from_crawler(crawler, target=home)
    crawler.spider = spider
    crawler.stats.open_spider()
    spider.state = CrawlState(full=True)
    return spider


def verify_archive(db: Path) -> None:
    """`archiver verify` after every end-to-end crawl: the archive's invariants hold."""
    result = run_archiver("verify", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def gov_portal() -> Iterator[PortalFixture]:
    portal = build_portal("gov")
    yield portal
    portal.close()


@pytest.fixture(scope="module")
def modern_portal() -> Iterator[PortalFixture]:
    portal = build_portal("modern")
    yield portal
    portal.close()


@pytest.fixture(scope="module")
def crash_portal() -> Iterator[PortalFixture]:
    """The crash-safety tests' portal (tests/crashing.py slows it down only where a kill must land mid-crawl)."""
    portal = build_portal("modern", count=30, seed=23)
    yield portal
    portal.close()


@pytest.fixture(scope="module")
def crash_reference(crash_portal: PortalFixture, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of one uninterrupted crawl: what every killed-then-resumed crawl must converge to."""
    from tests.crashing import finished, start_crawl

    db = tmp_path_factory.mktemp("reference") / "archive.db"
    finished(start_crawl(crash_portal, db))
    return db
