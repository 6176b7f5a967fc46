from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal.site import PortalFixture, build_portal

ROOT = Path(__file__).resolve().parent.parent
# The loopback portal is ours: no politeness delays, no progress lines in test output.
LOCAL = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
         "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "ARCHIVER_PROGRESS_INTERVAL=0",
         "-s", "DOWNLOAD_TIMEOUT=2", "-s", "DOWNLOAD_MAXSIZE=1000000", "-s", "RETRY_TIMES=1"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite tests/golden/*/*/expected.json from the current extractor.")


# Commands that start Twisted's reactor, which cannot restart inside one process, or that serve
# until stopped: they run in a subprocess. Every other command runs in-process through click's
# CliRunner, the same code from the same argument list, without an interpreter start per call.
REACTOR_COMMANDS = frozenset({"crawl", "probe", "worker", "demo", "serve"})


def run_archiver(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The real CLI: its exit code, stdout and stderr, as a shell would see them."""
    if (args and args[0] in REACTOR_COMMANDS) or cwd is not None:
        return subprocess.run([sys.executable, "-m", "archiver", *args], capture_output=True, text=True,
                              cwd=cwd or ROOT, timeout=timeout)
    from click.testing import CliRunner

    from archiver.cli import cli

    result = CliRunner().invoke(cli, list(args), prog_name="archiver")
    # A command's process would end here, closing its archive; in-process, an archive left to the
    # garbage collector keeps its connection (and the WAL unmerged) until it is collected.
    gc.collect()
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback is a bug: show it as the test's failure
    return subprocess.CompletedProcess(["archiver", *args], result.exit_code, result.stdout, result.stderr)


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
