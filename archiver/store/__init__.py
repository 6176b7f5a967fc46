"""The archive: the only package that writes SQL. Every batch is one transaction (WAL).

A crash loses at most the batch being written; what was committed is complete (a
version is always written with its capture, in the same transaction), and what was not
committed is fetched again by the next run from the frontier.
"""

from archiver.store.archive import Archive, utc_now
from archiver.store.write_errors import ArchiveWriteError

__all__ = ["Archive", "ArchiveWriteError", "utc_now"]
