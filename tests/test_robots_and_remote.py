"""Issue 13 #26 and #18: an 11 MB robots.txt is parsed only to 500 KiB; no crawl opens a remote console."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import protego
import pytest

from archiver.crawler.robots import ROBOTSTXT_MAX_BYTES, BoundedRobotParser, bounded_robotstxt
from archiver.crawler.run import build_settings
from tests.conftest import ROOT
from tests.portal.hostile import ARTICLE, HostileServer, page

SECTIONS = ("blocked-early", "blocked-late", "news")


def wildcard_robots(size: int) -> bytes:
    """A robots.txt of ``size`` bytes or more: a rule first, wildcard rules, and a rule after them."""
    rules, total, index = [], 0, 0
    while total < size:
        line = f"Disallow: /*{index}*x*{index}*y*{index}$\n".encode()
        rules.append(line)
        total += len(line)
        index += 1
    return b"User-agent: *\nDisallow: /blocked-early/\n" + b"".join(rules) + b"Disallow: /blocked-late/\n"


ELEVEN_MB = wildcard_robots(11 * 1024 * 1024)


def test_the_parser_reads_at_most_500_kib(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[int] = []
    real = protego.Protego.parse

    def counting(content: str) -> protego.Protego:
        parsed.append(len(content.encode()))
        return real(content)

    monkeypatch.setattr(protego.Protego, "parse", staticmethod(counting))
    parser = BoundedRobotParser(ELEVEN_MB, None)
    assert parsed and max(parsed) <= ROBOTSTXT_MAX_BYTES
    assert not parser.allowed("http://h/blocked-early/1.html", "archiver")  # a rule before the limit holds
    assert parser.allowed("http://h/blocked-late/1.html", "archiver")  # one past it is not read


def test_the_cut_falls_on_a_line_break() -> None:
    cut = bounded_robotstxt(ELEVEN_MB)
    assert cut.endswith(b"\n") and len(cut) <= ROBOTSTXT_MAX_BYTES and ELEVEN_MB.startswith(cut)
    assert bounded_robotstxt(b"User-agent: *\nDisallow: /x\n") == b"User-agent: *\nDisallow: /x\n"


def test_crawls_use_the_bounded_parser_and_no_remote_console(tmp_path: Path) -> None:
    settings = build_settings(tmp_path / "a.db")
    assert settings.get("ROBOTSTXT_PARSER") == "archiver.crawler.robots.BoundedRobotParser"
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False
    # Not in the lists at all, so never even imported (tests/test_architecture.py)
    for setting in ("EXTENSIONS_BASE", "EXTENSIONS"):
        extensions = settings.getdict(setting)
        assert "scrapy.extensions.remote_control.RemoteControl" not in extensions
        assert "scrapy.extensions.telnet.TelnetConsole" not in extensions


@pytest.fixture(scope="module")
def portal_with_huge_robots() -> Iterator[HostileServer]:
    links = "".join(
        f"<li><a href='/{section}/{i}.html'>Article {i} about security training</a></li>"
        for section in SECTIONS
        for i in range(3)
    )
    home = (
        f"<html><head><title>Portal</title></head><body><ul class='nav'><li><a href='/news/'>News</a></li>"
        f"</ul><ul>{links}</ul></body></html>"
    ).encode()
    routes = {"/robots.txt": page(ELEVEN_MB, "text/plain"), "/": page(home), "/news/": page(home)}
    routes.update({f"/{section}/{i}.html": page(ARTICLE) for section in SECTIONS for i in range(3)})
    server = HostileServer(routes)
    yield server
    server.close()


def test_a_crawl_behind_an_11_mb_robots_txt(portal_with_huge_robots: HostileServer, tmp_path: Path) -> None:
    """End to end on loopback: the crawl ends (a generous bound), the rules past 500 KiB are not applied,
    and neither the log nor the user's state directory shows a remote-control endpoint."""
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / ".local" / "state")}
    log = tmp_path / "crawl.log"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "archiver",
            "crawl",
            portal_with_huge_robots.base + "/",
            "--db",
            str(tmp_path / "a.db"),
            "--log-file",
            str(log),
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "ARCHIVER_PROGRESS_INTERVAL=0",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    fetched = set(portal_with_huge_robots.served.paths)
    assert not [p for p in fetched if p.startswith("/blocked-early/")]  # the first rule is obeyed
    assert {f"/blocked-late/{i}.html" for i in range(3)} <= fetched  # the 11 MB beyond 500 KiB were not parsed
    enabled = log.read_text(encoding="utf-8")
    assert "Enabled extensions" in enabled and "RemoteControl" not in enabled and "TelnetConsole" not in enabled
    state = home / ".local" / "state"
    leftovers = [p for p in state.rglob("*") if p.is_file()] if state.exists() else []
    assert leftovers == []
