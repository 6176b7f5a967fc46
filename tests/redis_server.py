"""A real redis-server (Debian's package) on a free loopback port, for the distributed tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import redis


def redis_server_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    if os.environ.get("ARCHIVER_REQUIRE_REDIS"):
        pytest.fail("redis-server is not installed (apt-get install -y redis-server); .ci/run installs it")
    pytest.skip("redis-server is not installed (apt-get install -y redis-server)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_redis() -> Iterator[str]:
    """A private redis-server; yields its URL (database 0)."""
    binary = redis_server_binary()
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="archiver-redis-") as workdir:
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", workdir],
            stdout=subprocess.DEVNULL,
        )
        url = f"redis://127.0.0.1:{port}/0"
        try:
            client = redis.Redis.from_url(url)
            for _ in range(100):
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    time.sleep(0.05)
            else:
                pytest.fail(f"redis-server did not start on port {port}")
            yield url
        finally:
            process.terminate()
            process.wait(10)
