"""The few errors archiver raises on purpose; the CLI turns each into one line and an exit code."""

from __future__ import annotations


class ArchiverError(Exception):
    """A problem the user can act on; its message says what to do."""

    exit_code = 3


class UsageError(ArchiverError):
    """The command line asks for something that cannot be done (bad target, unknown profile)."""

    exit_code = 2


class ArchiveError(ArchiverError):
    """The archive file cannot be opened, created or written."""


class ProfileError(UsageError):
    """The crawl target names no usable profile: unknown name, malformed file, bad URL."""


class ExtractionError(ArchiverError):
    """A page could not be turned into a record (undecodable, unparsable)."""
