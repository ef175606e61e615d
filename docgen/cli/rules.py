"""``docgen rules``: the cleaning rules, in the order they are applied, with an example each."""

from __future__ import annotations

import click

from ..cleaner.rules import RULES
from .errors import handle_errors


@click.command("rules")
@handle_errors
def command() -> None:
    """List the cleaning rules, in the order they are applied, with an example each."""
    click.echo("Applied in this order; turn one off with --skip-rule NAME (or --keep NAME), "
               "all of them with --no-clean.\n")
    for rule in RULES:
        doc = rule.doc.splitlines()
        click.echo(f"{rule.name}")
        for line in doc:
            click.echo(f"    {line}" if line else "")
        click.echo()
