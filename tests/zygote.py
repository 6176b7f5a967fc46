"""A pre-loaded parent for the tests' crawl processes: it imports Scrapy and archiver once, then forks
one child per `archiver crawl` (each a real, separate process, as a shell would start it).

Twisted's reactor cannot restart inside one process, so every crawl needs its own process, and
most of a small crawl's time is the interpreter importing Scrapy, Twisted and lxml. The zygote
pays that once per test worker: a forked child starts with the modules loaded and runs the
command exactly as ``python -m archiver`` would (argv, exit code, stdout, stderr), its reactor
installed fresh in the child. Protocol on stdin/stdout: one JSON line per command, one JSON
line per result; a command sent with ``"announce": true`` is answered first with its child's pid,
as soon as it is forked, so that the caller can signal it while it runs (``ForkedProcess`` in
conftest.py, for the tests that kill or interrupt a crawl).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import resource
import signal
import sys
import tempfile
import time
from typing import Any


def _preload() -> None:
    # What a crawl imports before its first request; no reactor is installed here.
    import archiver.cli
    import archiver.crawler.probe
    import archiver.crawler.run
    import pipelines.archive
    import pipelines.extract
    import pipelines.validate
    import pipelines.writer
    import spiders.learned
    import spiders.portal
    from archiver.extract import extract_article

    del archiver, pipelines, spiders, extract_article


def _child(args: list[str], env: dict[str, str], out_path: str, err_path: str, file_size_limit: int | None) -> None:
    """Runs in the forked child: the command with its own stdout/stderr, then exit with its code."""
    code = 1
    try:
        sys.stdin.close()
        if file_size_limit is not None:  # a full disk where no small filesystem can be mounted
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), not kills
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))
        os.environ.clear()
        os.environ.update(env)  # the caller's environment at the time of the call, as subprocess.run gives
        # The one module that reads the environment when it is imported (ARCHIVER_CRASH_AT) reads the caller's,
        # as it would in a process of its own.
        if "archiver.crash_points" in sys.modules:
            importlib.reload(sys.modules["archiver.crash_points"])
        for fd, path in ((1, out_path), (2, err_path)):
            target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115 - lives until exit
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.argv = ["archiver", *args]
        from archiver.cli import main

        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # a bug: its traceback on stderr, as the interpreter would print it
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # a full disk or closed pipe is the command's business
                stream.flush()
        os._exit(code)


def _run(request: dict[str, Any]) -> dict[str, object]:
    """One command: ``args``, ``env``, ``timeout``, optionally ``announce`` (answer its pid at once) and
    ``file_size_limit`` (RLIMIT_FSIZE in bytes)."""
    timeout = request["timeout"]
    with tempfile.TemporaryDirectory(prefix="zygote-") as work:
        out_path, err_path = os.path.join(work, "out"), os.path.join(work, "err")
        pid = os.fork()
        if pid == 0:
            _child(request["args"], request["env"], out_path, err_path, request.get("file_size_limit"))
        if request.get("announce"):
            print(json.dumps({"pid": pid}), flush=True)
        deadline = time.monotonic() + timeout
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return {"timeout": True}
            time.sleep(0.01)
        code = os.waitstatus_to_exitcode(status)
        with (
            open(out_path, encoding="utf-8", errors="replace") as out,
            open(err_path, encoding="utf-8", errors="replace") as err,
        ):
            return {"returncode": code, "stdout": out.read(), "stderr": err.read()}


def main() -> None:
    _preload()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(_run(request)), flush=True)


if __name__ == "__main__":
    main()
