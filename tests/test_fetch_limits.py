"""Issue 13 #19: `archiver extract URL` keeps to the given site and reads at most DOWNLOAD_MAXSIZE."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from click.testing import CliRunner, Result

from archiver import settings
from archiver.cli import cli
from tests.portal.hostile import ARTICLE, ConnectionCounter, HostileServer, endless, page, redirect_to

FORTY_MB = 40 * 1024 * 1024


@pytest.fixture(scope="module")
def elsewhere() -> Iterator[ConnectionCounter]:
    counter = ConnectionCounter()
    yield counter
    counter.close()


@pytest.fixture(scope="module")
def other_site() -> Iterator[HostileServer]:
    server = HostileServer({"/secret": page(b"<html><title>internal</title><p>metadata</p></html>")})
    yield server
    server.close()


@pytest.fixture(scope="module")
def hostile(elsewhere: ConnectionCounter, other_site: HostileServer) -> Iterator[HostileServer]:
    port = elsewhere.port
    server = HostileServer(
        {
            "/article": page(ARTICLE),
            "/same-site": redirect_to("/article"),
            "/other-port": redirect_to(f"{other_site.base}/secret"),
            "/other-loopback": redirect_to(f"http://127.0.0.2:{port}/"),
            "/metadata": redirect_to("http://169.254.169.254/latest/meta-data/"),
            "/private": redirect_to("http://10.0.0.1/"),
            "/ftp": redirect_to(f"ftp://127.0.0.1:{port}/file"),
            "/file": redirect_to("file:///etc/passwd"),
            "/big-declared": endless(FORTY_MB, declare_length=True),
            "/big-streamed": endless(FORTY_MB, declare_length=False),
        }
    )
    yield server
    server.close()


def extract(url: str) -> Result:
    return CliRunner().invoke(cli, ["extract", url, "--format", "json"], catch_exceptions=False, prog_name="archiver")


def test_a_redirect_within_the_site_is_followed(hostile: HostileServer) -> None:
    result = extract(f"{hostile.base}/same-site")
    assert result.exit_code == 0, result.output
    assert '"title": "A test article"' in result.stdout


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/other-port", "outside"),
        ("/other-loopback", "outside"),
        ("/metadata", "outside"),
        ("/private", "outside"),
        ("/ftp", "not an http(s) URL"),
        ("/file", "not an http(s) URL"),
    ],
)
def test_a_redirect_off_the_site_is_refused(
    hostile: HostileServer, other_site: HostileServer, elsewhere: ConnectionCounter, path: str, why: str
) -> None:
    before = len(other_site.served.paths)
    result = extract(f"{hostile.base}{path}")
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and why in lines[0] and "not followed" in lines[0]
    assert len(other_site.served.paths) == before  # the other port never saw the request
    assert elsewhere.connections == 0  # neither the ftp:// target nor 127.0.0.2 was connected to


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_a_40_mb_page_is_refused_at_the_size_limit(hostile: HostileServer, path: str) -> None:
    result = extract(f"{hostile.base}{path}")
    assert result.exit_code == 3, result.output
    assert "DOWNLOAD_MAXSIZE" in result.stderr and "Traceback" not in result.stderr
    # Counted, not timed: the client stopped reading near the limit (socket buffers add a little).
    assert hostile.served.bytes_sent.get(path, 0) < settings.DOWNLOAD_MAXSIZE + 8 * 1024 * 1024
