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
import select
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
# Items waiting to be sent, at most. A page waiting here costs the crawl's process some 10 KB (its bytes, headers,
# the item): 2,000 of them, the backlog a generic crawl of 10,000 articles reaches, were 15-20 MB of its peak RSS
# (session 21). Past the bound the crawl's process prepares the pages itself (``send``): work moved, not added.
QUEUED_ITEMS = 500
_CLOSE = ("close",)
# An item the crawl's process prepares itself ("prepared", item, stat keys), or None: not one it prepares.
Prepare = Callable[[Any], "tuple[Any, list[str]] | None"]


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

    def __init__(
        self,
        config: WriterConfig,
        notify: Callable[[], None] | None = None,
        prepare: Prepare | None = None,
        queued_items: int = QUEUED_ITEMS,
    ) -> None:
        self.notify = notify
        # The writer's own first step (a page's extraction and validation), which this process takes on where it
        # would otherwise wait for the writer: see ``send`` and ``close``.
        self.prepare = prepare
        self.closing = False
        self.inbox: queue.Queue[Any] = queue.Queue()
        self.outbox: queue.Queue[Any] = queue.Queue(maxsize=queued_items)
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
        self.room = select.poll()  # the pipe to the writer has room (POLLOUT): the writer keeps up
        self.room.register(self.requests.fileno(), select.POLLOUT)
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
                    if self.closing and self.prepare and message[0] == "item" and not self.room.poll(0):
                        message = self._prepared(self.prepare, message)
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

    def _prepared(self, prepare: Prepare, message: Any) -> Any:
        """The item's ``prepared`` message, made here while the writer works through its backlog; the item as it
        was if it is none to prepare, or if preparing it failed (the writer then fails on it alike, and logs and
        drops it as it does any item it fails on)."""
        try:
            done = prepare(message[1])
        except Exception:
            return message
        return message if done is None else ("prepared", *done)

    def send(self, item: Any) -> None:
        """Queue ``item`` for writing, in order; waits while QUEUED_ITEMS wait. WriterGone if the writer is gone.

        With ``prepare``, an item that finds the queue full is prepared here first: this process would only
        wait, and the writer, which lags, then has that much less to do."""
        if self.gone:
            raise WriterGone("the archive writer process is gone")
        message = ("item", item)
        if self.prepare is not None:
            try:
                self.outbox.put_nowait(message)
                return
            except queue.Full:
                message = self._prepared(self.prepare, message)
        self.outbox.put(message)

    def take(self) -> list[Any]:
        """The messages that arrived since the last call (acknowledgements, errors), oldest first."""
        messages = []
        while True:
            try:
                messages.append(self.inbox.get_nowait())
            except queue.Empty:
                return messages

    def close(self) -> list[Any]:
        """Have the writer commit what it holds and exit; waits for it. Returns the messages not taken yet.

        With ``prepare``, this process, which has nothing else left to do, turns each queued item into what the
        writer buffers whenever the pipe to the writer is full, and sends that instead: at a crawl's end the
        writer is often still working through a backlog of pages (it idles through the listings, then lags on
        the articles), and extraction is most of its work. The split follows the pipe, so neither side waits.
        """
        self.closing = True
        self.outbox.put(_CLOSE)
        self.sender.join()
        self.reader.join()
        return self.take()
