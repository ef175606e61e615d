"""``docgen inspect``: the structure docgen finds, as a tree, as JSON, or what cleaning did."""

from __future__ import annotations

import click

from ..api import parse
from ..limits import time_limit
from ..model import Meta
from ..report import changes_report, tree
from .errors import handle_errors
from .fieldoptions import field_options
from .options import parse_options, parse_settings, terminal_width


@click.command("inspect")
@click.argument("input", metavar="INPUT")
@click.option("--json", "as_json", is_flag=True, help="Print the model as JSON (the public dump format).")
@click.option("--changes", is_flag=True, help="Show what cleaning removed and changed, and why.")
@parse_options
@handle_errors
@field_options
def command(input: str, as_json: bool, changes: bool, title: str | None, no_title: bool, date: str | None,
            speaker: str | None, skip_rules: tuple[str, ...], no_clean: bool,
            keep_lines: tuple[int, ...], fields: Meta | None) -> None:
    """Show the structure docgen finds in INPUT.

    One line per block (headings indented by level; each attachment after a blank line, with
    its label and title), then the warnings with their line and code."""
    options = parse_settings(title, no_title, date, speaker, skip_rules, no_clean, keep_lines, fields)
    with time_limit(input):
        speech = parse(input, skip_rules=options.skip_rules, overrides=options.overrides,
                       no_title=options.no_title, keep_lines=options.keep_lines)
    if as_json:
        click.echo(speech.to_json())
    elif changes:
        click.echo(changes_report(speech, width=terminal_width()))
    else:
        click.echo(tree(speech, width=terminal_width()))
