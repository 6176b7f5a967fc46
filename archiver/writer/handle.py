"""The crawl's side of its writer process: start it, send it items, collect its acknowledgements.

Nothing here knows Scrapy: the crawl's pipeline (pipelines/writer.py) sends each item as the
spider yields it and applies the acknowledgements on its own thread; ``notify`` tells it,
from the reading thread, that messages are waiting.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

from archiver.writer import frames
from archiver.writer.child import WriterConfig

_F_SETPIPE_SZ = 1031  # Linux: a larger pipe lets the crawl run ahead of a writer busy committing
_PIPE_BYTES = 1 << 20
WriterGone = frames.WriterGone


def _exit_reason(code: int) -> str:
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


class WriterProcess:
    """One running writer process; ``close`` ends it in order and returns its last messages."""

    def __init__(self, config: WriterConfig, notify: Callable[[], None] | None = None) -> None:
        self.notify = notify
        self.inbox: queue.Queue[Any] = queue.Queue()
        self.closed_cleanly = False
        self.process = subprocess.Popen(
            [sys.executable, "-m", "archiver.writer.child", str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # Its own session: Ctrl-C at the terminal signals the crawl, which stops gracefully and then
            # closes its writer in order; the writer must not die of that signal first.
            start_new_session=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.requests, self.acks = self.process.stdin, self.process.stdout
        # Not Linux, or above /proc/sys/fs/pipe-max-size: the default pipe still works.
        with contextlib.suppress(OSError):
            fcntl.fcntl(self.requests.fileno(), _F_SETPIPE_SZ, _PIPE_BYTES)
        self.reader = threading.Thread(target=self._read, daemon=True, name="writer-acks")
        self.reader.start()
        frames.send(self.requests, ("open", config))

    def _read(self) -> None:
        while (message := frames.receive(self.acks)) is not None:
            if message[0] == "closed":
                self.closed_cleanly = True
            self.inbox.put(message)
            if self.notify:
                self.notify()
        code = self.process.wait()
        if not self.closed_cleanly:
            self.inbox.put(("failed", f"the archive writer process {_exit_reason(code)} before the crawl's end"))
            if self.notify:
                self.notify()

    def send(self, item: Any) -> None:
        """Queue ``item`` for writing, in order; blocks while the writer is a full pipe behind.

        WriterGone when the writer is gone.
        """
        frames.send(self.requests, ("item", item))

    def take(self) -> list[Any]:
        """The messages that arrived since the last call (acknowledgements, errors), oldest first."""
        messages = []
        while True:
            try:
                messages.append(self.inbox.get_nowait())
            except queue.Empty:
                return messages

    def close(self) -> list[Any]:
        """Have the writer commit what it holds and exit; waits for it. Returns the messages not taken yet."""
        try:
            frames.send(self.requests, ("close",))
            self.requests.close()
        except (WriterGone, BrokenPipeError):
            pass  # it is gone already: the reading thread says how
        self.reader.join()
        return self.take()

    def kill(self) -> None:
        """End the writer at once, its uncommitted batch dropped (the crawl is failing anyway)."""
        if self.process.poll() is None:
            self.process.kill()
        self.reader.join()
