"""``docgen convert``: one input to DOCX and/or PDF."""

from __future__ import annotations

import click

from ..api import Conversion, convert_to
from ..chars import for_terminal
from ..diagnostics import FIELD_NOT_PRINTED, stage_of
from ..formats import FORMAT_CHOICES
from ..model import Meta
from ..output import check_outputs, formats_of, plan
from ..report import warning_summary
from .errors import handle_errors
from .fieldoptions import field_options, seal_option, seal_settings
from .options import (
    check_embedding,
    embed_fonts_option,
    force_option,
    invariant_option,
    loaded_style,
    parse_options,
    parse_settings,
    quiet_option,
    style_options,
)


@click.command("convert")
@click.argument("input", metavar="INPUT")
@click.option("-o", "--output", metavar="PATH",
              help="Output file or folder (default: next to the input; '-' = standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_CHOICES),
              help="Output format (default: from the output name, else both).")
@style_options
@embed_fonts_option
@parse_options
@seal_option
@invariant_option
@force_option
@quiet_option("Print nothing on success.")
@handle_errors
@field_options
def command(input: str, output: str | None, fmt: str | None, style: str, settings: tuple[str, ...],
            font_options: tuple[str, ...], embed_fonts: bool | None, title: str | None, no_title: bool,
            date: str | None, speaker: str | None, skip_rules: tuple[str, ...], no_clean: bool, keep_lines: tuple[int, ...],
            fields: Meta | None, seal: str | None, invariant: bool, force: bool, quiet: bool) -> None:
    """Convert INPUT (.txt, .html or .docx; '-' = standard input) to DOCX and/or PDF.

    An output is never written over the input, and a read-only output is replaced only with
    --force (exit code 3).  Exit codes: 0 done, 1 the input cannot be converted, 2 usage or
    configuration error, 3 the output cannot be written, 4 internal error, 130 interrupted."""
    targets = plan(input, output, formats_of(fmt, output))
    check_outputs(input, targets, force=force)
    loaded = loaded_style(style, (*settings, *seal_settings(seal)), font_options, embed_fonts)
    check_embedding(loaded, (fmt for fmt, _ in targets))
    options = parse_settings(title, no_title, date, speaker, skip_rules, no_clean, keep_lines, fields)
    result = convert_to(input, targets, loaded, options, invariant=invariant, force=force, timed=True)
    if not quiet:
        for line in summary(result):  # each escaped on its own, a file name's control characters too
            click.echo(for_terminal(line), err=True)


def summary(result: Conversion) -> list[str]:
    """``wrote a.docx, a.pdf (4 pages): 2 warnings (placeholder ×2); see `docgen inspect a.txt```,
    and under it a line for each field the preset does not print."""
    parts = []
    for fmt, path in result.outputs:
        shown = "standard output" if path == "-" else path
        parts.append(f"{shown} ({result.pages} pages)" if fmt == "pdf" else shown)
    notes = warning_summary(result.diagnostics)
    # Fields the preset does not print depend on the preset, which inspect does not know:
    # they are listed here, one a line, instead.
    unprinted = [d.message for d in result.diagnostics if d.code == FIELD_NOT_PRINTED.name]
    warned = [stage_of(d) == "fonts" for d in result.diagnostics
              if d.level == "warning" and d.code != FIELD_NOT_PRINTED.name]
    hints = [f"`docgen {command} {result.input}`" for command, shown in
             (("inspect", not all(warned)), ("fonts", any(warned))) if shown]
    hint = f"; see {' and '.join(hints)}" if warned else ""
    return [f"wrote {', '.join(parts)}: {notes}{hint}", *(f"  {m}" for m in unprinted)]
