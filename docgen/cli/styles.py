"""``docgen styles``: list the presets, show one fully resolved, copy one to edit, learn one."""

from __future__ import annotations

from pathlib import Path

import click

from ..check.learn import learn_preset
from ..errors import DocgenError, InputError, UsageError
from ..style import DEFAULT_STYLE, available_presets, load_style
from ..style.export import new_preset, show_preset
from .errors import handle_errors


@click.group("styles")
def command() -> None:
    """Style presets: list them, show one fully resolved, copy one to edit, learn one from a sample.

    A preset is a commented TOML file; your own go into $DOCGEN_STYLES or
    ~/.config/docgen/styles/ and are used with --style NAME (or --style PATH).
    """


@command.command("list")
@handle_errors
def styles_list() -> None:
    """List the presets: name, description and where each comes from (built in, or the
    file in the user preset folder, $DOCGEN_STYLES or ~/.config/docgen/styles).  The default
    comes first."""
    presets = available_presets()
    width = max(len(name) for name in presets)
    for name in sorted(presets, key=lambda name: (name != DEFAULT_STYLE, name)):
        path, origin = presets[name]
        try:
            description = load_style(path).description
        except DocgenError as exc:
            description = f"(invalid: {exc.problem})"
        where = "built-in" if origin == "built-in" else f"user: {path}"
        click.echo(f"{name:<{width}}  {description}  [{where}]")


@command.command("show")
@click.argument("name", metavar="NAME|PATH", default=DEFAULT_STYLE)
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="Change one value before showing it (repeatable).")
@handle_errors
def styles_show(name: str, settings: tuple[str, ...]) -> None:
    """Print a preset fully resolved, as commented TOML: every key with the value it gets
    from the preset, the presets it extends and --set.  Loading the output gives the same
    style, so `docgen styles show draft > mine.toml` is a starting point too."""
    click.echo(show_preset(name, settings), nl=False)


@command.command("new")
@click.argument("name", metavar="NAME")
@click.option("--from", "source", default=DEFAULT_STYLE, show_default=True, metavar="NAME|PATH",
              help="The preset to copy.")
@click.option("-o", "--output", metavar="PATH",
              help="File or folder to write to (default: the user preset folder, "
                   "$DOCGEN_STYLES or ~/.config/docgen/styles).")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="Change one value in the copy (repeatable).")
@handle_errors
def styles_new(name: str, source: str, output: str | None, settings: tuple[str, ...]) -> None:
    """Write a commented copy of a preset, named NAME, to edit.  An existing file is never
    overwritten (exit code 3).  Use the copy with `--style NAME`."""
    path = new_preset(name, source, output, settings)
    hint = f"--style {name}" if output is None else f"--style {path}"
    click.echo(f"wrote {path}: a copy of {source}; use it with {hint}", err=True)


@command.command("learn")
@click.argument("name", metavar="NAME")
@click.argument("sample", metavar="SAMPLE.docx")
@click.option("--from", "source", default=DEFAULT_STYLE, show_default=True, metavar="NAME|PATH",
              help="The preset the keys not measured come from.")
@click.option("-o", "--output", metavar="PATH",
              help="File or folder to write to (default: the user preset folder, "
                   "$DOCGEN_STYLES or ~/.config/docgen/styles).")
@handle_errors
def styles_learn(name: str, sample: str, source: str, output: str | None) -> None:
    """Write a preset NAME measured from a sample Word file: paper and margins, the grid
    (line pitch, lines a page, characters a line, character spacing), the size, typeface,
    weight, alignment and first-line indent of its title, headings and body (recognised by
    docgen's parser), and its page numbers (form, size, typeface, side).  Every other key comes
    from --from.  The preset is commented like `docgen styles new` writes it, each measured key
    saying what it was measured from; what could not be measured is listed on standard error
    and at the top of the file.  An existing file is never overwritten (exit code 3)."""
    path = Path(sample)
    if path.suffix.lower() != ".docx":
        raise UsageError(f"{sample}: styles are learned from a .docx file")
    if not path.is_file():
        raise InputError("no such file", sample)
    written, learned = learn_preset(name, path, load_style(source), source, output)
    for line in learned.missing:
        click.echo(f"not measured: {line}", err=True)
    hint = f"--style {name}" if output is None else f"--style {written}"
    click.echo(f"wrote {written}: learned from {sample}; use it with {hint}", err=True)
