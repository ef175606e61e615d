"""``docgen template``: a Word/WPS template (.dotx) of a preset."""

from __future__ import annotations

from pathlib import Path

import click

from ..api import template
from ..errors import UsageError
from ..files import write_atomic
from ..style import DEFAULT_STYLE
from .errors import handle_errors


@click.command("template")
@click.argument("name", metavar="NAME|PATH", default=DEFAULT_STYLE)
@click.option("-o", "--output", metavar="FILE.dotx", help="Where to write it (default: NAME.dotx here).")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="Change one value of the preset first (repeatable).")
@handle_errors
def command(name: str, output: str | None, settings: tuple[str, ...]) -> None:
    """Write a Word/WPS template (.dotx) of a preset: its named styles (公文标题, 正文, 一级标题
    … 版记, with the preset's fonts, sizes, indents and exact line pitch), the page setup
    (paper, margins, the 22-line document grid) and the page-number footers (— PAGE —, odd
    pages right, even pages left).  Who writes in Word or WPS then gets the styles docgen uses:
    a new document based on the template, each paragraph given its style."""
    target = output or f"{Path(name).stem}.dotx"
    if Path(target).suffix.lower() != ".dotx":
        raise UsageError(f"{target}: a Word template's name ends in .dotx")
    write_atomic(target, template(name, settings))
    click.echo(f"wrote {target}: the template of {name}", err=True)
