"""The command line: a thin click layer over the library API, one module per command.

Exit codes (see :mod:`.errors`): 0 done; 1 the input could not be converted (``check``: a
file has an error); 2 usage or configuration error; 3 the output could not be written; 4
internal error; 130 interrupted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..version import __version__
from .errors import usage_errors_on_one_line


def _batch() -> click.Command:
    from . import batch
    return batch.command


def _check() -> click.Command:
    from . import check
    return check.command


def _convert() -> click.Command:
    from . import convert
    return convert.command


def _fonts() -> click.Command:
    from . import fonts
    return fonts.command


def _inspect() -> click.Command:
    from . import inspect
    return inspect.command


def _rules() -> click.Command:
    from . import rules
    return rules.command


def _serve() -> click.Command:
    from ..web.command import serve
    return serve


def _styles() -> click.Command:
    from . import styles
    return styles.command


def _template() -> click.Command:
    from . import template
    return template.command


#: Each command by name, imported only when it runs (or ``--help`` lists them all): a
#: conversion does not pay for the checker, the batch runner or the web server.
COMMANDS: dict[str, Callable[[], click.Command]] = {
    "batch": _batch, "check": _check, "convert": _convert, "fonts": _fonts, "inspect": _inspect,
    "rules": _rules, "serve": _serve, "styles": _styles, "template": _template,
}


class DocgenGroup(click.Group):
    """The ``docgen`` group: a command's module is imported when the command is asked for, and
    click's usage errors, of any command under it, are one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        load = COMMANDS.get(cmd_name)
        return load() if load else None

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        with usage_errors_on_one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with usage_errors_on_one_line():
            return super().invoke(ctx)


@click.group(cls=DocgenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="docgen")
def main() -> None:
    """docgen — typeset Chinese speeches and official texts as GB/T 9704-2012 DOCX and PDF."""


__all__ = ["COMMANDS", "main"]
