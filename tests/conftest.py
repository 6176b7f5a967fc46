from __future__ import annotations

import atexit
import gc
import json
import os
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, TypeAlias

import pytest
from hypothesis import settings

from tests.portal.site import PortalFixture, build_portal

ROOT = Path(__file__).resolve().parent.parent

# No per-example time limit: hypothesis's 200 ms default fails a property test whenever a loaded CI machine
# stalls one call (the first Solar Hijri parse loads its calendar: 5.7 s under load). Speed is measured by
# bench/, never by unit tests.
settings.register_profile("archiver", deadline=None)
settings.load_profile("archiver")
# On CI (the CI variable set: .ci/run runs with CI=true, where hypothesis loads its own "ci" profile, derandomized,
# before this file registers the one above on top of it) the costliest property tests, those whose count goes
# through ``examples``, run a quarter of their examples; every other one runs all of its own. Each still tries at
# least a hundred cases on CI, and a local run tries them all.
ON_CI = "CI" in os.environ
CI_SHARE = 4


def examples(count: int) -> int:
    """``max_examples`` of a costly property test: ``count``, a quarter of it (at least 100) on CI."""
    return max(100, count // CI_SHARE) if ON_CI else count


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


# The cyclic garbage collector, as the tests run it: ``run_archiver`` collects after every in-process command (an
# archive left to the collector keeps its connection open), and a full collection walks the whole heap: in a worker
# of the whole suite every test module, hypothesis, Scrapy, pandas, 300,000-600,000 objects and about 0.3 s of CPU a
# walk, some 150 walks a worker (87 s of the suite's CPU). What has survived a collection at the end of the
# collection phase, then at the end of each test file (its module fixtures torn down), is held by what lives as long
# as the worker (modules, caches, the zygotes): it is frozen, never walked again, and every later collection walks
# what was made since, still freeing all of that. Frozen objects are still freed by their reference counts; only a
# cycle among them that became garbage later would wait for an unfreeze, and no archive is among them, the files'
# fixtures being gone. (tests/test_collector.py unfreezes the heap, as a crawl's end does: the file's end freezes
# it again.)
def _freeze_survivors() -> None:
    gc.collect()
    gc.freeze()


def pytest_collection_finish(session: pytest.Session) -> None:
    _freeze_survivors()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    result = yield  # the test's fixtures torn down, and its file's if it was the file's last test
    if nextitem is None or nextitem.path != item.path:
        _freeze_survivors()
    return result


# Commands that start Twisted's reactor, which cannot restart inside one process, or that serve
# until stopped: they run in a subprocess. Every other command runs in-process through click's
# CliRunner, the same code from the same argument list, without an interpreter start per call.
REACTOR_COMMANDS = frozenset({"crawl", "probe", "worker", "demo", "serve"})


# Commands forked from a pre-loaded process (tests/zygote.py): each still a process of its own.
FORKED_COMMANDS = frozenset({"crawl", "probe", "worker", "demo"})


class _Zygotes:
    """Idle zygote processes; one per concurrent caller (the gallery crawls two portals at a time, a test
    may run several crawls at once)."""

    def __init__(self) -> None:
        self.idle: list[subprocess.Popen[str]] = []
        self.running: set[ForkedProcess] = set()
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

    def _send(
        self, args: tuple[str, ...], env: dict[str, str], timeout: float, **options: object
    ) -> subprocess.Popen[str] | None:
        """An idle zygote (or a new one) that has been sent the command, or None if none can start."""
        with self.lock:
            zygote = self.idle.pop() if self.idle else None
        zygote = zygote or self._start()
        if zygote is None or zygote.stdin is None or zygote.stdout is None:
            return None
        request = {"args": list(args), "env": env, "timeout": timeout, **options}
        zygote.stdin.write(json.dumps(request) + "\n")
        zygote.stdin.flush()
        return zygote

    def _answer(self, zygote: subprocess.Popen[str]) -> dict[str, Any]:
        """The zygote's answer for its command, once the command has exited; the zygote is idle again."""
        assert zygote.stdout is not None
        answer: dict[str, Any] = json.loads(zygote.stdout.readline())
        with self.lock:
            self.idle.append(zygote)
        return answer

    def run(self, args: tuple[str, ...], timeout: float) -> subprocess.CompletedProcess[str] | None:
        zygote = self._send(args, dict(os.environ), timeout)
        if zygote is None:
            return None
        answer = self._answer(zygote)
        if answer.get("timeout"):
            raise subprocess.TimeoutExpired(["archiver", *args], timeout)
        return subprocess.CompletedProcess(
            ["archiver", *args], answer["returncode"], answer["stdout"], answer["stderr"]
        )

    def start(self, args: tuple[str, ...], env: dict[str, str], file_size_limit: int | None) -> ForkedProcess | None:
        zygote = self._send(args, env, ForkedProcess.GUARD_SECONDS, announce=True, file_size_limit=file_size_limit)
        if zygote is None or zygote.stdout is None:
            return None
        pid = json.loads(zygote.stdout.readline())["pid"]
        return ForkedProcess(self, zygote, ["archiver", *args], pid)

    def close(self) -> None:
        for running in list(self.running):  # a failed test's crawl, still running
            running.kill()
            running.wait(timeout=30)
        for zygote in self.idle:
            if zygote.stdin is not None:
                zygote.stdin.close()
            zygote.wait(timeout=30)
        self.idle.clear()


class ForkedProcess:
    """A command forked from a zygote, left running while the test watches it: what the tests use of
    ``subprocess.Popen`` (``pid``, ``poll``, ``wait``, ``communicate``, ``send_signal``, ``kill``,
    ``returncode``), for a crawl that a test kills, interrupts or runs beside another. Its stdout and
    stderr are read once it has exited. The zygote reaps it and answers at once: its pid is not signalled
    once that answer has come (a pid that could be reused)."""

    GUARD_SECONDS = 900.0  # the zygote kills a command that runs longer (a test that hung): no test waits this long

    def __init__(self, zygotes: _Zygotes, zygote: subprocess.Popen[str], args: list[str], pid: int) -> None:
        self.args, self.pid = args, pid
        self.returncode: int | None = None
        self._zygotes = zygotes
        self._answer: dict[str, Any] = {}
        self._done = threading.Event()
        self._signal_lock = threading.Lock()
        zygotes.running.add(self)
        threading.Thread(target=self._await, args=(zygote,), daemon=True, name=f"forked-{pid}").start()

    def _await(self, zygote: subprocess.Popen[str]) -> None:
        answer = self._zygotes._answer(zygote)
        with self._signal_lock:  # no signal is sent from here on
            self._answer = answer
            self._done.set()
        self._zygotes.running.discard(self)

    def poll(self) -> int | None:
        if self._done.is_set() and self.returncode is None:
            self.returncode = -signal.SIGKILL if self._answer.get("timeout") else self._answer["returncode"]
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if not self._done.wait(timeout):
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        code = self.poll()
        assert code is not None
        return code

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        self.wait(timeout)
        return self._answer.get("stdout", ""), self._answer.get("stderr", "")

    def send_signal(self, signum: int) -> None:
        with self._signal_lock:
            if not self._done.is_set():
                os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


# A command a test started and watches: forked from a zygote, or a plain subprocess where none could start.
Started: TypeAlias = ForkedProcess | subprocess.Popen[str]


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


def start_archiver(*args: str, env: dict[str, str] | None = None, file_size_limit: int | None = None) -> Started:
    """`archiver ARGS` started as its own process and left running (a crash test kills it, an interrupt test
    signals it): forked from a zygote as ``run_archiver``'s crawls are, or ``python -m archiver`` where no
    zygote can start. ``env``: the process's environment (the caller's by default); ``file_size_limit``: its
    RLIMIT_FSIZE in bytes, a write past it failing (EFBIG) as on a full disk."""
    forked = _ZYGOTES.start(args, dict(os.environ) if env is None else env, file_size_limit)
    if forked is not None:
        return forked

    def limit() -> None:
        if file_size_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.Popen(
        [sys.executable, "-m", "archiver", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=limit,
    )


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
