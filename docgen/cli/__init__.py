"""The command line: a thin click layer over the library API, one module per command.

Exit codes (see :mod:`.errors`): 0 done; 1 the input could not be converted (``check``: a
file has an error); 2 usage or configuration error; 3 the output could not be written; 4
internal error; 130 interrupted.
"""

from __future__ import annotations

from typing import Any

import click

from ..version import __version__
from ..web.command import serve
from . import batch, check, convert, fonts, inspect, rules, styles, template
from .errors import usage_errors_on_one_line


class DocgenGroup(click.Group):
    """The ``docgen`` group: click's usage errors, of any command under it, are one line."""

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


for _module in (convert, batch, inspect, check, fonts, rules, styles, template):
    main.add_command(_module.command)
main.add_command(serve)

__all__ = ["main"]
