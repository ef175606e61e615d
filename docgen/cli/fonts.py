"""``docgen fonts``: the font of every typeface role, and the characters that need another."""

from __future__ import annotations

import click

from ..api import parse
from ..fonts import FontSet
from ..limits import time_limit
from ..renderers.pdf.glyphs import font_runs
from .errors import handle_errors
from .fontreport import coverage_report, fonts_table
from .options import loaded_style, style_options


@click.command("fonts")
@click.argument("input", metavar="[INPUT]", required=False)
@style_options
@handle_errors
def command(input: str | None, style: str, settings: tuple[str, ...], font_options: tuple[str, ...]) -> None:
    """Show the font of every typeface role of the PDF and where it comes from (configured,
    installed or bundled), the fonts passed over and why; with INPUT, the characters of INPUT
    each role draws, those drawn in a fallback font and those no font has.

    Installed fonts are found with fontconfig where it is installed, else in the platform's font
    folders; DOCGEN_FONT_DIRS (folders separated by the path separator) replaces both.
    """
    loaded = loaded_style(style, settings, font_options)
    font_set = FontSet(loaded)
    click.echo(fonts_table(loaded, font_set))
    if input is not None:
        with time_limit(input):
            speech = parse(input)
            report = coverage_report(input, font_set, font_runs(speech, loaded))
        click.echo()
        click.echo(report)
