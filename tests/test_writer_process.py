"""The local writer process (archiver/writer): what crosses the process boundary, and how it ends.

Items are written in the order sent; each acknowledgement comes after its COMMIT and
covers exactly what that commit made durable; a failed write, a dead writer and a dead
crawl are each reported or handled as documented. Every wait is on an event (a message
arrived, a process ended), never on a duration.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archiver import statkeys
from archiver.history.revisit import DEFAULT_POLICY
from archiver.items import FailureItem, ListingItem, PageCapture
from archiver.profiles import load_profile
from archiver.store import Archive
from archiver.writer.child import WriterConfig
from archiver.writer.handle import WriterGone, WriterProcess
from tests.conftest import ROOT

AT = "2026-11-30T08:00:00+00:00"
ARTICLE_HTML = (
    "<html><head><title>Guards trained in Kunming</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Guards trained in Kunming</h1>"
    "<p>Date: 2026-11-29</p>"
    + "".join(
        f"<p>Paragraph {n}: the association trained {n * 7} security guards in first aid and fire safety, "
        "with a written test at the end of the week.</p>"
        for n in range(1, 6)
    )
    + "</article></body></html>"
).encode()


class Inbox:
    """The writer's messages as they arrive; ``wait_for`` blocks on their arrival, not on a clock."""

    def __init__(self) -> None:
        self.arrived = threading.Condition()
        self.messages: list[Any] = []
        self.writer: WriterProcess | None = None

    def notify(self) -> None:
        with self.arrived:
            self.arrived.notify_all()

    def wait_for(self, kind: str, count: int = 1) -> list[Any]:
        assert self.writer is not None
        with self.arrived:
            while True:
                self.messages += self.writer.take()
                found = [m for m in self.messages if m[0] == kind]
                if len(found) >= count:
                    return found
                assert self.arrived.wait(timeout=120), f"no {kind!r} message arrived: {self.messages}"


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "archive.db"
    archive = Archive(path)
    run_id = archive.start_run("http://p.test/", "generic", {})
    archive.close()
    yield path, run_id


def start(db: Path, run_id: int, inbox: Inbox, batch_size: int = 3, threshold: float | None = 0.5) -> WriterProcess:
    config = WriterConfig(
        db=str(db),
        run_id=run_id,
        profile=load_profile("generic").for_start_url("http://p.test/"),
        revisit_policy=DEFAULT_POLICY,
        batch_size=batch_size,
        batch_seconds=3600.0,  # commits come from the batch size and from close, never from a clock
        duplicate_threshold=threshold,
    )
    inbox.writer = WriterProcess(config, notify=inbox.notify)
    return inbox.writer


def failure(n: int) -> FailureItem:
    return FailureItem(url=f"http://p.test/missing/{n}.html", kind="http", reason="HTTP 404", at=AT, status=404)


def written_failures(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:  # another connection: it sees committed rows only
        return [url for (url,) in conn.execute("SELECT url FROM fetch_errors ORDER BY id")]


def test_items_are_written_in_the_order_sent_and_acknowledged_after_their_commit(archive: tuple[Path, int]) -> None:
    db, run_id = archive
    inbox = Inbox()
    writer = start(db, run_id, inbox, batch_size=3)
    sent = [failure(n) for n in range(10)]
    for item in sent[:3]:
        writer.send(item)
    (ack,) = inbox.wait_for("ack")
    # The acknowledgement names the three items, and they are committed when it arrives.
    assert ack[1] == 3 and ack[2]["failures"] == 3
    assert written_failures(db) == [item.url for item in sent[:3]]
    for item in sent[3:]:
        writer.send(item)
    acks = inbox.wait_for("ack", 3)
    assert sum(a[1] for a in acks) == 9
    assert written_failures(db) == [item.url for item in sent[:9]]  # the tenth waits for its batch
    closing = writer.close()
    assert [m[0] for m in closing] == ["ack", "closed"]
    assert written_failures(db) == [item.url for item in sent]
    assert writer.process.returncode == 0


def test_a_page_is_extracted_validated_written_and_signed_in_the_writer(archive: tuple[Path, int]) -> None:
    db, run_id = archive
    inbox = Inbox()
    writer = start(db, run_id, inbox, batch_size=2)
    url = "http://p.test/news/2026/guards.html"
    writer.send(
        PageCapture(
            url=url, final_url=url, status=200, headers={"Content-Type": "text/html"}, body=ARTICLE_HTML, fetched_at=AT
        )
    )
    writer.send(
        ListingItem(
            url="http://p.test/news/",
            category_name="News",
            category_url="http://p.test/news/",
            article_urls=[url],
            fetched_at=AT,
        )
    )
    (ack,) = inbox.wait_for("ack")
    _, count, outcomes, counted, indexed = ack
    assert count == 2 and outcomes["new"] == 1 and outcomes["listings"] == 1
    assert counted[statkeys.COVERAGE_EXTRACTED] == 1 and counted[statkeys.coverage("title")] == 1
    assert indexed["signed"] == 1
    with sqlite3.connect(db) as conn:
        title, version = conn.execute(
            "SELECT v.title, a.current_version FROM articles a JOIN versions v ON v.article_id = a.id WHERE a.url = ?",
            [url],
        ).fetchone()
        signed = conn.execute("SELECT version FROM body_signatures").fetchall()
    assert title == "Guards trained in Kunming"
    assert signed == [(version,)]  # in the batch's own transaction, for the version it wrote
    writer.close()


def test_a_page_validation_rejects_is_a_failure_counted_as_such(archive: tuple[Path, int]) -> None:
    db, run_id = archive
    inbox = Inbox()
    writer = start(db, run_id, inbox, batch_size=1)
    url = "http://p.test/news/empty.html"
    writer.send(
        PageCapture(
            url=url,
            final_url=url,
            status=200,
            headers={},
            body=b"<html><body><p>Loading</p></body></html>",
            fetched_at=AT,
        )
    )
    (ack,) = inbox.wait_for("ack")
    assert ack[2]["new"] == 0 and ack[2]["failures"] == 1
    assert ack[3] == {statkeys.COVERAGE_EXTRACTED: 1, statkeys.outcome("invalid"): 1}  # as the pipelines count
    writer.close()


def test_a_failed_commit_is_reported_and_what_follows_is_counted_not_written(archive: tuple[Path, int]) -> None:
    db, run_id = archive
    with sqlite3.connect(db) as conn:  # the second batch cannot be written, as on a full disk
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON fetch_errors WHEN NEW.url LIKE '%/4.html' "
            "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"
        )
    inbox = Inbox()
    writer = start(db, run_id, inbox, batch_size=3)
    for n in range(9):
        writer.send(failure(n))
    (error,) = inbox.wait_for("error")
    assert "simulated write failure" in error[1] and error[2] == 3  # the rolled-back batch: nothing of it kept
    closed = [m for m in writer.close() if m[0] == "closed"] or inbox.wait_for("closed")
    assert closed[0][1] == 3  # the batch after it was never tried
    assert written_failures(db) == [failure(n).url for n in range(3)]


def test_a_writer_that_dies_is_reported_with_how(archive: tuple[Path, int]) -> None:
    db, run_id = archive
    inbox = Inbox()
    writer = start(db, run_id, inbox, batch_size=1)
    writer.send(failure(0))
    # Killed once item 0 is committed: had the kill raced the sending thread, item 0 could be
    # either in the dead writer's pipe or counted undelivered, and the count below would vary.
    inbox.wait_for("ack")
    writer.process.send_signal(signal.SIGKILL)
    (failed,) = inbox.wait_for("failed")
    assert "killed by SIGKILL" in failed[1]
    refused = 0
    for n in range(1, 4):  # queued for a writer that is gone: each one is accounted for
        try:
            writer.send(failure(n))
        except WriterGone:
            refused += 1
    undelivered = [m[1] for m in writer.close() if m[0] == "undelivered"]
    assert undelivered and undelivered[0] + refused == 3
    assert written_failures(db) == [failure(0).url]


def test_the_writer_ignores_sigint_and_sigterm_and_ends_on_close(archive: tuple[Path, int]) -> None:
    """Ctrl-C reaches the crawl, which stops gracefully and then closes its writer in order."""
    db, run_id = archive
    inbox = Inbox()
    writer = start(db, run_id, inbox, batch_size=2)
    # A session of its own: the terminal's Ctrl-C goes to the crawl's process group, not to the writer.
    assert os.getsid(writer.process.pid) != os.getsid(0)
    writer.send(failure(0))
    writer.send(failure(1))
    inbox.wait_for("ack")  # it is running (its handlers are set)
    writer.process.send_signal(signal.SIGINT)
    writer.process.send_signal(signal.SIGTERM)
    writer.send(failure(2))  # still there, still reading
    messages = writer.close()
    assert [m[0] for m in messages] == ["ack", "closed"] and messages[0][1] == 1
    assert writer.process.returncode == 0
    assert written_failures(db) == [failure(n).url for n in range(3)]


def test_the_writer_drops_its_uncommitted_batch_when_the_crawl_goes_without_closing(archive: tuple[Path, int]) -> None:
    db, run_id = archive
    inbox = Inbox()
    writer = start(db, run_id, inbox, batch_size=2)
    for n in range(3):
        writer.send(failure(n))
    inbox.wait_for("ack")
    writer.requests.close()  # the end of its input without "close": the crawl's process is gone
    (failed,) = inbox.wait_for("failed")
    assert "exited with status 1" in failed[1]
    assert written_failures(db) == [failure(0).url, failure(1).url]  # the committed batch only


CRAWL_STANDING_IN = """
import signal, sys
from pathlib import Path
from archiver.profiles import load_profile
from archiver.history.revisit import DEFAULT_POLICY
from archiver.writer.child import WriterConfig
from archiver.writer.handle import WriterGone, WriterProcess
config = WriterConfig(db=sys.argv[1], run_id=int(sys.argv[2]), profile=load_profile("generic"),
                      revisit_policy=DEFAULT_POLICY, batch_size=3, batch_seconds=3600.0, duplicate_threshold=0.5)
writer = WriterProcess(config)
print(writer.process.pid, flush=True)
signal.pause()
"""


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text().rsplit(") ", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has died, and waits for init to reap it


def test_the_writer_dies_with_the_crawl_process(archive: tuple[Path, int]) -> None:
    """SIGKILL of the crawl (a crash test's kill) takes its writer along: it cannot hold on to the archive."""
    db, run_id = archive
    crawl = subprocess.Popen(
        [sys.executable, "-c", CRAWL_STANDING_IN, str(db), str(run_id)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert crawl.stdout is not None
    writer_pid = int(crawl.stdout.readline())
    assert _alive(writer_pid)
    crawl.kill()
    crawl.wait()
    deadline = time.monotonic() + 60  # only a guard against hanging: the kernel's signal lands at once
    while _alive(writer_pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not _alive(writer_pid)


class _FullPipe:
    """The pipe to the writer as ``poll`` sees it when full (no room): after ``close``, the crawl's process
    prepares each item it sends."""

    def poll(self, timeout: int) -> list[tuple[int, int]]:
        return []


def _pages(padding: int = 0) -> list[PageCapture]:
    pages = []
    extra = b"".join(
        b"<p>Archive note %d: the text of an older notice, kept with the page.</p>" % n for n in range(padding)
    )
    for n in range(4 if not padding else 16):
        url = f"http://p.test/news/2026/guards-{n}.html"
        body = ARTICLE_HTML.replace(b"Guards trained", f"Guards trained ({n})".encode()).replace(
            b"</body>", extra + b"</body>"
        )
        pages.append(PageCapture(url=url, final_url=url, status=200, headers={}, body=body, fetched_at=AT))
    loading = b"<html><body><p>Loading</p></body></html>"  # validation rejects it: a failure, counted as one
    pages.append(
        PageCapture(
            url="http://p.test/x.html",
            final_url="http://p.test/x.html",
            status=200,
            headers={},
            body=loading,
            fetched_at=AT,
        )
    )
    return pages


def _written(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        versions = conn.execute(
            "SELECT a.url, v.title, v.body, v.published_at, v.content_hash FROM articles a "
            "JOIN versions v ON v.article_id = a.id ORDER BY a.url"
        ).fetchall()
        failures = conn.execute("SELECT url, kind, reason FROM fetch_errors ORDER BY id").fetchall()
        signed = conn.execute("SELECT COUNT(*) FROM body_signatures").fetchone()
    return [*versions, *failures, signed]


def _counted(messages: list[Any]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for message in messages:
        stats = message[3] if message[0] == "ack" else message[2] if message[0] == "closed" else {}
        for key, count in stats.items():
            counted[key] = counted.get(key, 0) + count
    return counted


def _fresh(db: Path) -> int:
    archive = Archive(db)
    run_id = archive.start_run("http://p.test/", "generic", {})
    archive.close()
    return run_id


def _helped(db: Path, prepare: Any = None, **options: Any) -> WriterProcess:
    """The writer for ``pages`` with ``prepare`` (as the crawl's pipeline gives it), and ``options`` of its own."""
    config = WriterConfig(
        db=str(db),
        run_id=_fresh(db),
        profile=load_profile("generic").for_start_url("http://p.test/"),
        revisit_policy=DEFAULT_POLICY,
        batch_size=2,
        batch_seconds=3600.0,
        duplicate_threshold=0.5,
    )
    return WriterProcess(config, prepare=prepare, **options)


def _by_writer_alone(db: Path, pages: list[PageCapture]) -> tuple[list[tuple[Any, ...]], dict[str, int]]:
    writer = _helped(db)
    for page in pages:
        writer.send(page)
    messages = writer.close()
    return _written(db), _counted(messages)


def _counting_prepare(calls: list[str]) -> Any:
    from pipelines.writer import _prepared

    profile = load_profile("generic").for_start_url("http://p.test/")

    def prepare(item: Any) -> Any:
        calls.append(getattr(item, "url", ""))
        return _prepared(profile, item)

    return prepare


def test_pages_the_crawl_prepares_after_close_are_written_as_the_writer_would(tmp_path: Path) -> None:
    """After ``close``, the crawl's idle process extracts what waits for a writer whose pipe is full. The archive
    and the crawl's stats are the same as when the writer extracts every page itself."""
    pages = _pages()
    calls: list[str] = []
    writer = _helped(tmp_path / "helped.db", _counting_prepare(calls))
    writer.room = _FullPipe()  # type: ignore[assignment]
    writer.closing = True  # as ``close`` leaves it: here before the pages are queued, so each one is prepared
    for page in pages:
        writer.send(page)
    helped_counted = _counted(writer.close())
    helped = _written(tmp_path / "helped.db")
    assert writer.process.returncode == 0
    assert len(calls) == 5  # every page went through the crawl's side
    alone, alone_counted = _by_writer_alone(tmp_path / "alone.db", pages)
    assert helped == alone and len(alone) == 4 + 1 + 1
    assert helped_counted == alone_counted and alone_counted[statkeys.outcome("invalid")] == 1


def test_a_page_that_finds_the_writers_queue_full_is_prepared_by_the_crawl(tmp_path: Path) -> None:
    """The crawl's thread would wait for room in the queue; it extracts the page instead, and sends it ready."""
    pages = _pages(padding=1500)  # some 100 KB each: the pipe to a stopped writer fills after a few
    calls: list[str] = []
    helping = threading.Event()
    prepare = _counting_prepare(calls)

    def noted(item: Any) -> Any:
        helping.set()
        return prepare(item)

    writer = _helped(tmp_path / "helped.db", noted, queued_items=1)
    writer.process.send_signal(signal.SIGSTOP)  # the writer lags as far as it can
    sending = threading.Thread(target=lambda: [writer.send(page) for page in pages])
    sending.start()
    assert helping.wait(timeout=120)  # the queue filled: the sending thread prepared a page itself
    writer.process.send_signal(signal.SIGCONT)
    sending.join()
    helped_counted = _counted(writer.close())
    assert writer.process.returncode == 0 and calls
    alone, alone_counted = _by_writer_alone(tmp_path / "alone.db", pages)
    assert _written(tmp_path / "helped.db") == alone and len(alone) == 16 + 1 + 1
    assert helped_counted == alone_counted


def test_a_page_the_crawl_fails_to_prepare_goes_to_the_writer_as_it_was(tmp_path: Path) -> None:
    def broken(item: Any) -> Any:
        raise RuntimeError("extraction bug")

    pages = _pages()
    writer = _helped(tmp_path / "helped.db", broken)
    writer.room = _FullPipe()  # type: ignore[assignment]
    writer.closing = True
    for page in pages:
        writer.send(page)
    counted = _counted(writer.close())
    assert _written(tmp_path / "helped.db") == _by_writer_alone(tmp_path / "alone.db", pages)[0]
    assert counted[statkeys.COVERAGE_EXTRACTED] == 5
