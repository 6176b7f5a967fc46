"""Issue 13 #28: SIGTERM to `archiver serve` stops Datasette with it and leaves no temporary file.

A subprocess test: what matters is what is left running across the process boundary.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archiver.store import Archive
from tests.conftest import ROOT

pytest.importorskip("datasette")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\nState:\tZ" in status.read_text())


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_to_serve_stops_datasette_and_cleans_up(tmp_path: Path, signum: int) -> None:
    db = tmp_path / "a.db"
    Archive(db).close()
    temp = tmp_path / "tmp"
    temp.mkdir()
    port = _free_port()
    serve = subprocess.Popen(
        [sys.executable, "-m", "archiver", "serve", "--db", str(db), "--port", str(port), "--replay-port", "0"],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(temp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    children: list[int] = []
    try:
        for _ in range(300):
            if _listening(port):
                break
            time.sleep(0.1)
        assert _listening(port), "Datasette did not start"
        children = _children(serve.pid)
        assert children and list(temp.iterdir()), "a Datasette child and its metadata file"
        serve.send_signal(signum)
        assert serve.wait(timeout=30) == 0
        assert not [pid for pid in children if _alive(pid)]  # the child is gone, not orphaned
        assert not _listening(port)
        assert list(temp.iterdir()) == []  # the metadata file is removed
    finally:
        for pid in [serve.pid, *children]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        serve.wait(timeout=10)
