"""Where the writer process's CPU goes: a generic crawl's writer messages, recorded once, replayed in one process.

    python bench/writer_replay.py record FILE [--per-edition 2000]    # crawl the bench portal, keep what the writer got
    python bench/writer_replay.py replay FILE [--tree TREE] [--passes 3]

``record`` generates the bench portal (bench/portal.py), crawls its English edition's home in
generic mode, as `bench/crawl.py` does, and writes every message the crawl sent its writer process
(length-prefixed pickles, archiver/writer/frames.py) to FILE. ``replay`` feeds those items to the
writer's own ``Writer`` in this process, into a fresh archive, and prints the CPU seconds of each
phase (parsing, the rest of extraction, article writes, near-duplicate signing, the rest of the
batch writes). With ``--tree``, it runs the replay from another source tree (a ``git archive`` of
an older commit), so two trees are compared on the same items.

Why: the crawl's own timing on a shared 2-core machine moves by tens of percent between minutes.
The replay removes the network, the crawl process and the portal's server from the measurement,
and the best of ``--passes`` passes removes most of the rest. The messages are pickles of this
program's own classes: replay them with the tree that recorded them, or one whose items.py agrees.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_RECORDER = """
import os, sys, threading
from archiver.writer import frames
from archiver.cli import main
out, lock, send = open(os.environ["WRITER_REPLAY_TO"], "wb"), threading.Lock(), frames.send
def recording(stream, message):
    with lock:
        send(out, message)
    send(stream, message)
frames.send = recording
sys.argv = ["archiver", *sys.argv[1:]]
main()
"""
_REPLAYER = """
import dataclasses, io, sys, tempfile, time
from collections import Counter
from pathlib import Path
from archiver.writer import frames, pages, child
from archiver.store import Archive, articles, archive, duplicates
import archiver.extract.article as article

spent = Counter()
def timed(owner, name, phase):
    function = getattr(owner, name)
    def measured(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[phase] += time.process_time() - started
    setattr(owner, name, measured)

timed(article, "parse_html", "parse")
timed(pages, "extract_article", "extraction")
timed(articles, "write_capture", "article writes")
timed(duplicates, "index_batch", "signing")
timed(archive.Archive, "write_indexed_batch", "batch writes")
messages = []
with open(sys.argv[1], "rb") as stream:
    while (message := frames.receive(stream)) is not None:
        messages.append(message)
items = [message[1] for message in messages if message[0] == "item"]
articles_sent = sum(type(item).__name__ == "PageCapture" for item in items)
passes = []
for _ in range(int(sys.argv[2])):
    spent.clear()
    db = Path(tempfile.mkdtemp()) / "replay.db"
    opened = Archive(str(db))
    run_id = opened.start_run("http://replay/", "generic", {})
    opened.close()
    writer = child.Writer(dataclasses.replace(messages[0][1], db=str(db), run_id=run_id), io.BytesIO())
    started = time.process_time()
    for item in items:
        writer.take(item)
    writer.close()
    total = time.process_time() - started
    phases = dict(spent)
    phases["extraction"] -= phases.get("parse", 0.0)
    phases["batch writes"] -= phases.get("article writes", 0.0) + phases.get("signing", 0.0)
    passes.append((total, phases))
total, phases = min(passes, key=lambda found: found[0])
print(f"{len(items):,} items, {articles_sent:,} article pages; best of {len(passes)} passes: {total:.2f} s CPU, "
      f"{1000 * total / articles_sent:.3f} ms per article page")
for phase, seconds in phases.items():
    print(f"  {phase:<15} {seconds:6.2f} s  {1000 * seconds / articles_sent:6.3f} ms/article page")
"""


def record(target: Path, per_edition: int) -> None:
    sys.path.insert(0, str(HERE.parent))
    from bench.crawl import same_settings
    from bench.portal import generate, serve

    with tempfile.TemporaryDirectory(prefix="archiver-replay-") as workdir:
        work = Path(workdir)
        work.chmod(0o755)  # nginx's workers run as nobody
        portal = generate(work / "portal", per_edition)
        with serve(portal) as server:
            command = [
                sys.executable,
                "-c",
                _RECORDER,
                "crawl",
                portal.urls[0] + "/",
                "--db",
                str(work / "g.db"),
                "--format",
                "json",
                *same_settings(16),
                "-s",
                "ARCHIVER_PROGRESS_INTERVAL=0",
                "-s",
                "ARCHIVER_MAX_LISTING_PAGES=100000",
            ]
            env = {**os.environ, "WRITER_REPLAY_TO": str(target.resolve())}
            subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
            print(f"recorded the writer's messages of a generic crawl served by {server} in {target}")


def replay(source: Path, tree: Path | None, passes: int) -> None:
    env = None if tree is None else {**os.environ, "PYTHONPATH": str(tree.resolve())}
    subprocess.run(
        [sys.executable, "-c", _REPLAYER, str(source.resolve()), str(passes)],
        check=True,
        env=env,
        cwd=tree.resolve() if tree else HERE.parent,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record", help="Crawl the bench portal in generic mode, keep the writer's input.")
    recording.add_argument("file", type=Path)
    recording.add_argument("--per-edition", type=int, default=2000)
    replaying = commands.add_parser("replay", help="Replay a recorded input through the writer: CPU per phase.")
    replaying.add_argument("file", type=Path)
    replaying.add_argument("--tree", type=Path, help="Run the replay from this source tree instead.")
    replaying.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    if args.command == "record":
        record(args.file, args.per_edition)
    else:
        replay(args.file, args.tree, args.passes)


if __name__ == "__main__":
    main()
