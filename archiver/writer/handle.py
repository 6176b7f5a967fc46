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
QUEUED_ITEMS = 2000  # items waiting to be sent, at most (pages of a few KB: some MB)
_CLOSE = ("close",)


def _exit_reason(code: int) -> str:
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


class WriterProcess:
    """One running writer process; ``close`` ends it in order and returns its last messages.

    Items go out through a sending thread: the caller (Scrapy's reactor thread) only queues
    them, so a writer busy committing, or still starting, never stalls the crawl's downloads
    until QUEUED_ITEMS items wait; past that, ``send`` waits (the crawl is faster than its
    writer, and memory must not grow without bound).
    """

    def __init__(self, config: WriterConfig, notify: Callable[[], None] | None = None) -> None:
        self.notify = notify
        self.inbox: queue.Queue[Any] = queue.Queue()
        self.outbox: queue.Queue[Any] = queue.Queue(maxsize=QUEUED_ITEMS)
        self.closed_cleanly = False
        self.gone = False  # the pipe to the writer broke: nothing more can be sent
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
        self.outbox.put(("open", config))
        self.sender = threading.Thread(target=self._send_all, daemon=True, name="writer-items")
        self.sender.start()

    def _read(self) -> None:
        while (message := frames.receive(self.acks)) is not None:
            if message[0] == "closed":
                self.closed_cleanly = True
            self._deliver(message)
        code = self.process.wait()
        if not self.closed_cleanly:
            self._deliver(("failed", f"the archive writer process {_exit_reason(code)} before the crawl's end"))

    def _deliver(self, message: Any) -> None:
        self.inbox.put(message)
        if self.notify:
            self.notify()

    def _send_all(self) -> None:
        """The sending thread: the outbox into the pipe, in order, until ``close``.

        Once the writer is gone, what is still queued is counted, not sent, and reported at ``close``.
        """
        undelivered = 0
        while True:
            message = self.outbox.get()
            if not self.gone:
                try:
                    frames.send(self.requests, message)
                    if message == _CLOSE:
                        self.requests.close()
                        return
                    continue
                except (WriterGone, BrokenPipeError):
                    self.gone = True
            if message == _CLOSE:
                self._deliver(("undelivered", undelivered))
                return
            undelivered += int(message[0] == "item")

    def send(self, item: Any) -> None:
        """Queue ``item`` for writing, in order; waits while QUEUED_ITEMS wait. WriterGone if the writer is gone."""
        if self.gone:
            raise WriterGone("the archive writer process is gone")
        self.outbox.put(("item", item))

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
        self.outbox.put(_CLOSE)
        self.sender.join()
        self.reader.join()
        return self.take()
