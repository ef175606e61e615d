"""How the command line fails: one line naming the file and the problem, a documented exit
code, no traceback.

Exit codes: 0 done; 1 the input could not be converted; 2 usage or configuration error
(bad option, unknown or invalid style); 3 the output could not be written; 4 internal error;
130 interrupted.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from ..errors import DocgenError

EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int) -> NoReturn:
    click.echo(f"docgen: error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """Turn library errors into one-line messages and documented exit codes."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DocgenError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("docgen: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line, keep the traceback on request
            if os.environ.get("DOCGEN_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set DOCGEN_DEBUG=1 for details)",
                 EXIT_INTERNAL)
    return wrapper  # type: ignore[return-value]
