"""Typed errors raised by library code.  Only the CLI turns them into messages and exit codes.

Each error carries the file it concerns (``source``) and a one-line ``problem``; ``str(err)``
is the message a user sees: ``<file>: <problem>``.
"""

from __future__ import annotations


class DocgenError(Exception):
    """Base class.  ``exit_code`` is what the command line returns for it (see docs/cli.md)."""

    exit_code = 1

    def __init__(self, problem: str, source: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}" if self.source else self.problem


class InputError(DocgenError):
    """The input cannot be read or holds no text (binary, empty, too large, undecodable)."""

    exit_code = 1


class StyleError(DocgenError):
    """A style preset is unknown or invalid."""

    exit_code = 2


class UsageError(DocgenError):
    """Options that do not fit together (the command line's own usage errors)."""

    exit_code = 2


class OutputError(DocgenError):
    """The output cannot be written (missing folder, no permission, …)."""

    exit_code = 3


class PipeClosed(OutputError):
    """Standard output is a pipe whose reader went away (``docgen rules | head -1``): the
    output cannot be written, and there is nobody to tell, so the command line ends quietly
    with exit code 3."""

    def __init__(self) -> None:
        super().__init__("the reader of standard output closed it", "standard output")


class FontError(DocgenError):
    """No usable font for a role (the bundled fonts are missing or unreadable)."""

    exit_code = 2
