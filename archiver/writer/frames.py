"""Messages between the crawl and its writer process: pickles, each after its 4-byte length.

Both ends are this program (the writer is started by the crawl, from the same install),
so pickle is safe here; nothing else ever reads or writes these pipes.
"""

from __future__ import annotations

import pickle
import struct
from typing import IO, Any

_LENGTH = struct.Struct("!I")


class WriterGone(Exception):
    """The other end closed the pipe: a message cannot be sent."""


def send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        stream.write(_LENGTH.pack(len(data)) + data)
        stream.flush()
    except (BrokenPipeError, ValueError) as exc:  # ValueError: the stream was closed on our side
        raise WriterGone(str(exc)) from exc


def receive(stream: IO[bytes]) -> Any | None:
    """The next message, or None at the end of the stream (also after a message cut short)."""
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack(header)
    data = stream.read(length)
    if len(data) < length:
        return None
    return pickle.loads(data)
