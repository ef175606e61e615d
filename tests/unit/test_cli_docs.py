"""docs/cli.md and the commands' options stay in step: every option a command takes is in its
section of the page, and every option the section names is one the command takes."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from docgen.cli import main

CLI_PAGE = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
#: A section of the page: ## `docgen NAME …`.
SECTION = re.compile(r"^## `docgen ([a-z ]+)`\n(.*?)(?=^## |\Z)", re.M | re.S)
#: An option written on the page: in backquotes, in the options table or an example.
OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])(?![\w-])")


def commands(group: click.Group = main, prefix: str = "") -> dict[str, click.Command]:
    found: dict[str, click.Command] = {}
    context = click.Context(group)
    for name in group.list_commands(context):  # the top group imports a command when asked for it
        command = group.get_command(context, name)
        assert command is not None, name
        if isinstance(command, click.Group):
            found.update(commands(command, f"{prefix}{name} "))
        else:
            found[f"{prefix}{name}"] = command
    return found


def sections() -> dict[str, str]:
    return {name.strip(): body for name, body in SECTION.findall(CLI_PAGE.read_text(encoding="utf-8"))}


def options_of(command: click.Command) -> set[str]:
    return {o for p in command.params if isinstance(p, click.Option) for o in (*p.opts, *p.secondary_opts)
            if o not in ("-h", "--help")}


def table(name: str) -> set[str]:
    """The options the first column of the section's options table names."""
    cells = [re.split(r"(?<!\\)\|", line)[1] for line in sections()[name].splitlines()
             if line.startswith("| `")]
    return {o for cell in cells for o in OPTION.findall(cell)}


def test_every_command_has_a_section() -> None:
    assert set(commands()) == set(sections())


def test_the_table_is_read() -> None:
    assert {"-o", "--output", "--keep-line", "--embed-fonts", "--no-embed-fonts", "--seal"} <= table("convert")


@pytest.mark.parametrize("name", sorted(commands()))
def test_the_section_describes_every_option_of_the_command(name: str) -> None:
    missing = options_of(commands()[name]) - table(name)
    assert not missing, f"docs/cli.md, docgen {name}: options not in its table: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(commands()))
def test_the_section_describes_no_option_the_command_lacks(name: str) -> None:
    unknown = table(name) - options_of(commands()[name])
    assert not unknown, f"docs/cli.md, docgen {name}: its table names options it does not take: {sorted(unknown)}"
