"""A real headless Chromium (Debian's ``chromium``) opening local files: DOM, console and a screenshot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

# Flags that keep Chromium off the network (this machine refuses outside connections) and
# let it run as root in a container.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
]
_CONSOLE = re.compile(r":CONSOLE[:(]\d*\)?\]? ?(.*)")


@dataclass
class PageLoad:
    dom: str
    console: list[str]  # every console message: a report has no scripts, so any message is a fault


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("ARCHIVER_REQUIRE_BROWSER"):
        pytest.fail("chromium is not installed (apt-get install -y chromium); .ci/run installs it")
    pytest.skip("chromium is not installed (apt-get install -y chromium)")


def _run(page: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    """Chromium on a local file, or on a URL (a loopback server's page)."""
    target = page if isinstance(page, str) else page.resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="archiver-chromium-") as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, target],
            capture_output=True,
            text=True,
            timeout=120,
        )


def load(page: Path | str) -> PageLoad:
    """The DOM after the page ran (scripts included), and what it wrote to the console."""
    result = _run(page, "--dump-dom", "--virtual-time-budget=2000")
    assert result.returncode == 0, result.stderr[-2000:]
    console = [m.group(1) for line in result.stderr.splitlines() if (m := _CONSOLE.search(line))]
    return PageLoad(result.stdout, console)


def screenshot(page: Path | str, target: Path, width: int = 1280, height: int = 3000) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    result = _run(page, f"--screenshot={target.resolve()}", f"--window-size={width},{height}")
    assert result.returncode == 0 and target.exists(), result.stderr[-2000:]
    return target


def artifacts_dir() -> Path:
    """Where tests leave files for people to look at (CI keeps them): $ARCHIVER_TEST_ARTIFACTS or test-artifacts/."""
    root = Path(os.environ.get("ARCHIVER_TEST_ARTIFACTS") or Path(__file__).resolve().parent.parent / "test-artifacts")
    root.mkdir(parents=True, exist_ok=True)
    return root
