"""The ``archiver`` command group, and the one error boundary every command runs inside."""

from __future__ import annotations

import os
import sqlite3
import sys
from typing import Any, NoReturn

import click

from archiver import __version__
from archiver.errors import ArchiverError
from archiver.render.terminal import printable

EXIT_FATAL = 3


def fail(message: str, exit_code: int) -> NoReturn:
    """The one way a command ends in error: ``Error: ...`` on one line of stderr, then the exit code."""
    click.echo(f"Error: {printable(' '.join(message.split()))}", err=True)
    sys.exit(exit_code)


def _os_error_line(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    return f"input/output failed{where}: {exc.strerror or exc}"


class ArchiverGroup(click.Group):
    """Runs each command inside the error boundary: an expected error is one line and its exit code.

    Expected: archiver's own errors (their exit code), an output that cannot be written
    (full disk, ``/dev/full``, closed pipe) or an archive SQLite cannot use (exit 3).
    Anything else is a bug, and keeps its traceback.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            # stdout is buffered: a full disk or a closed pipe shows only when it is flushed,
            # which must happen here, inside the boundary, not at interpreter exit.
            sys.stdout.flush()
            return result
        except ArchiverError as exc:
            fail(str(exc), exc.exit_code)
        except click.UsageError as exc:
            # Click would print the usage, a hint and a blank line: one line says the same.
            command = exc.ctx.command_path if exc.ctx is not None else ctx.command_path
            fail(f"{exc.format_message()} (see `{command} -h`)", exc.exit_code)
        except UnicodeError as exc:
            # An argument no file system can name (a lone surrogate): a usage error, not a crash.
            fail(f"an argument is not valid text ({exc}): cannot use it as a name or path", 2)
        except BrokenPipeError:
            # The reader went away (`archiver export | head`): no line, exit 1, as click itself does.
            _silence_stdout()
            sys.exit(1)
        except OSError as exc:
            try:
                sys.stdout.flush()  # what was printed before the failure still reaches a working stdout
            except OSError:
                _silence_stdout()  # stdout is what failed: its buffer can never be written
            fail(_os_error_line(exc), EXIT_FATAL)
        except sqlite3.Error as exc:
            fail(f"the archive cannot be used: {exc}", EXIT_FATAL)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush of unwritable output raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (a test runner's buffer)
        pass


@click.group(cls=ArchiverGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
def cli() -> None:
    """Crawl a news/association portal into a versioned SQLite archive."""
