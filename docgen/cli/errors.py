"""How the command line fails: one line naming the file and the problem, a documented exit
code, no traceback.

Exit codes: 0 done; 1 the input could not be converted (unreadable, or past a limit of
:mod:`docgen.limits`); 2 usage or configuration error (bad option, unknown or invalid style);
3 the output could not be written (a missing or read-only folder, a read-only output, an
output that is the input, a full disk, a name too long, standard output closed); 4 internal
error; 130 interrupted (Ctrl-C or SIGTERM).

Usage errors that click finds (an unknown option or command, a missing argument, a value
that is not one of the choices) are one line too, ``docgen: error: <message> (see docgen
COMMAND --help)``, exit code 2: see :func:`usage_errors_on_one_line`.

Standard output closed by its reader (``docgen rules | head -1``) is exit code 3 without a
message: the reader chose to stop, and there is no one to tell.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Any, NoReturn, TypeVar

import click

from ..chars import for_terminal
from ..errors import DocgenError, OutputError, PipeClosed

EXIT_OUTPUT = OutputError.exit_code
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130

#: Errors of a write that mean the output cannot be written, wherever they come from.
WRITE_ERRNOS = frozenset(getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EROFS")
                         if hasattr(errno, name))

F = TypeVar("F", bound=Callable[..., Any])


def echo_error(message: str) -> None:
    """``docgen: error: <message>`` on standard error, control characters shown escaped; a
    standard error that cannot be written is given up on."""
    _echo("error", message)


def echo_warning(message: str) -> None:
    """``docgen: warning: <message>``, as :func:`echo_error` writes an error."""
    _echo("warning", message)


def _echo(level: str, message: str) -> None:
    with contextlib.suppress(OSError):
        click.echo(f"docgen: {level}: {for_terminal(message)}", err=True)


def fail(message: str, code: int) -> NoReturn:
    echo_error(message)
    sys.exit(code)


class OneLineUsageError(click.ClickException):
    """A click usage error shown as docgen shows every error: one line, exit code 2."""

    exit_code = 2

    def __init__(self, message: str, command_path: str) -> None:
        super().__init__(message)
        self.command_path = command_path

    def show(self, file: Any = None) -> None:
        echo_error(f"{self.message} (see {self.command_path} --help)")


@contextlib.contextmanager
def usage_errors_on_one_line() -> Iterator[None]:
    """Turn click's three-line usage errors (``Usage: …``, ``Try …``, ``Error: …``) into
    docgen's one line naming the command whose help explains it.  ``docgen`` or ``docgen
    styles`` alone still prints the help."""
    try:
        yield
    except click.exceptions.NoArgsIsHelpError:
        raise
    except click.UsageError as exc:
        path = exc.ctx.command_path if exc.ctx is not None else "docgen"
        raise OneLineUsageError(_one_line(exc.format_message()), path) from None


def _one_line(message: str) -> str:
    """click's message as docgen writes its own: one line, lower case first, no full stop."""
    text = " ".join(part.strip() for part in message.splitlines() if part.strip()).rstrip(".")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def handle_errors(func: F) -> F:
    """Turn library errors into one-line messages and documented exit codes; standard output
    is flushed inside, so that a full disk or a closed pipe is seen here too."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with _terminate_as_interrupt():
                result = func(*args, **kwargs)
                sys.stdout.flush()
            return result
        except PipeClosed:
            _quiet_exit()
        except DocgenError as exc:
            if isinstance(exc, OutputError) and exc.source == "standard output":
                _abandon_stdout()
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            echo_error_plain("docgen: interrupted")
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                _quiet_exit()
            if exc.errno in WRITE_ERRNOS:
                _abandon_stdout()
                fail(f"standard output: cannot write: {exc.strerror}", EXIT_OUTPUT)
            _internal(exc)
        except Exception as exc:  # a bug: say so in one line, keep the traceback on request
            _internal(exc)
    return wrapper  # type: ignore[return-value]


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM stops a command as Ctrl-C does: temporary files are removed, exit code 130."""
    def interrupt(signum, frame) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def echo_error_plain(text: str) -> None:
    with contextlib.suppress(OSError):
        click.echo(text, err=True)


def _internal(exc: Exception) -> NoReturn:
    if os.environ.get("DOCGEN_DEBUG"):
        raise exc
    fail(f"internal error: {type(exc).__name__}: {exc} (set DOCGEN_DEBUG=1 for details)", EXIT_INTERNAL)


def _quiet_exit() -> NoReturn:
    _abandon_stdout()
    sys.exit(EXIT_OUTPUT)


def _abandon_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered is dropped
    instead of failing again (with a second message) when Python exits."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass
