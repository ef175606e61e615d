"""The command line: a thin click layer over the library API.

Exit codes: 0 done; 1 the input could not be converted; 2 usage or configuration error
(bad option, unknown or invalid style); 3 the output could not be written; 4 internal error;
130 interrupted.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .errors import DocgenError

EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130


def _fail(message: str, code: int) -> None:
    click.echo(f"docgen: error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one-line messages and documented exit codes."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DocgenError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("docgen: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line, keep the traceback on request
            if os.environ.get("DOCGEN_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set DOCGEN_DEBUG=1 for details)",
                  EXIT_INTERNAL)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="docgen")
def main() -> None:
    """docgen — typeset Chinese speeches and official texts as GB/T 9704-2012 DOCX and PDF."""


# --------------------------------------------------------------------------- shared options


def _style_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--font", "font_options", multiple=True, metavar="ROLE=FONT",
                        help="Font of a typeface role for the PDF: a file or an installed family, "
                             "e.g. --font fangsong=仿宋_GB2312 --font body=/path/FS_GB2312.ttf "
                             "(repeatable; see `docgen fonts`).")(func)
    func = click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
                        help="Change one preset value, e.g. --set heading2.bold=true "
                             "--set page.margins.top=35mm (repeatable).")(func)
    return click.option("-s", "--style", default="gbt9704", show_default=True, metavar="NAME|PATH",
                        help="Style preset: a name from `docgen styles list` or a .toml file.")(func)


def _parse_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for decorator in reversed((
        click.option("--title", help="Use this title instead of the one found in the text."),
        click.option("--no-title", is_flag=True, help="The text has no title line; never take its first line for one."),
        click.option("--date", help="Use this date (e.g. 2023年6月12日)."),
        click.option("--speaker", help="Use this speaker line (e.g. '县委书记 张三')."),
        click.option("--skip-rule", "--keep", "skip_rules", multiple=True, metavar="RULE",
                     help="Do not apply this cleaning rule: keep what it would remove or change "
                          "(repeatable or comma-separated; see `docgen rules`)."),
        click.option("--no-clean", is_flag=True, help="Apply no cleaning rule at all."),
    )):
        func = decorator(func)
    return func


def _with_fonts(style: str, settings: tuple[str, ...], font_options: tuple[str, ...]) -> tuple[str, ...]:
    """``settings`` and the ``--set`` equivalents of the ``--font`` options."""
    if not font_options:
        return settings
    from .fonts.options import font_settings
    from .style import load_style

    return (*settings, *font_settings(load_style(style, settings), font_options))


def _parse_kwargs(title, no_title, date, speaker, skip_rules, no_clean) -> dict[str, Any]:
    from .cleaner import RULE_NAMES
    from .model import Meta

    overrides = Meta(title=title, date=date, speaker=speaker) if (title or date or speaker) else None
    skip = RULE_NAMES if no_clean else tuple(skip_rules)
    return {"overrides": overrides, "no_title": no_title, "skip_rules": skip}


# --------------------------------------------------------------------------- commands


@main.command()
@click.argument("input", metavar="INPUT")
@click.option("-o", "--output", metavar="PATH",
              help="Output file or folder (default: next to the input; '-' = standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(["docx", "pdf", "both"]),
              help="Output format (default: from the output name, else both).")
@_style_options
@_parse_options
@click.option("--invariant", is_flag=True, help="Reproducible output: fixed dates, byte-identical files.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@handle_errors
def convert(input: str, output: str | None, fmt: str | None, style: str, settings: tuple[str, ...],
            font_options: tuple[str, ...], title, no_title, date, speaker, skip_rules, no_clean,
            invariant: bool, quiet: bool) -> None:
    """Convert INPUT (.txt, .html or .docx; '-' = standard input) to DOCX and/or PDF."""
    from .api import convert as convert_file

    settings = _with_fonts(style, settings, font_options)
    result = convert_file(input, output, format=fmt, style=style, settings=settings,
                          invariant=invariant,
                          **_parse_kwargs(title, no_title, date, speaker, skip_rules, no_clean))
    if not quiet:
        click.echo(_summary(result), err=True)


#: Diagnostics about fonts, which `docgen fonts` explains (`docgen inspect` shows the others).
_FONT_CODES = ("glyph-", "font-")


def _summary(result) -> str:
    parts = []
    for fmt, path in result.outputs:
        shown = "standard output" if path == "-" else path
        parts.append(f"{shown} ({result.pages} pages)" if fmt == "pdf" else shown)
    from .report import warning_summary

    notes = warning_summary(result.diagnostics)
    warned = [d.code.startswith(_FONT_CODES) for d in result.diagnostics if d.level == "warning"]
    hints = [f"`docgen {command} {result.input}`" for command, shown in
             (("inspect", not all(warned)), ("fonts", any(warned))) if shown]
    hint = f"; see {' and '.join(hints)}" if warned else ""
    return f"wrote {', '.join(parts)}: {notes}{hint}"


@main.command()
@click.argument("inputs", nargs=-1, metavar="INPUTS...")
@click.option("-o", "--output", "outdir", required=True, metavar="OUTDIR",
              help="Output folder; outputs mirror the input tree inside it (made if missing).")
@click.option("-f", "--format", "fmt", default="pdf", show_default=True, metavar="FORMATS",
              help="Output formats, comma-separated: pdf, docx, pdf,docx (or both).")
@_style_options
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
              help="Worker processes (default 0: one per available core).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Take only files matching GLOB in folders (repeatable; default: the readable "
                   "formats .txt .md .html .htm .docx …).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching GLOB (repeatable).")
@click.option("--list", "lists", multiple=True, metavar="FILE",
              help="Also convert the files named in FILE, one per line ('-' = standard input).")
@click.option("--skip-unchanged", is_flag=True,
              help="Skip files whose input, preset, options and docgen version are unchanged "
                   "since the last run into OUTDIR (resumes an interrupted batch).")
@click.option("--no-title", is_flag=True, help="The texts have no title line.")
@click.option("--skip-rule", "--keep", "skip_rules", multiple=True, metavar="RULE",
              help="Do not apply this cleaning rule: keep what it would remove or change "
                   "(repeatable or comma-separated; see `docgen rules`).")
@click.option("--no-clean", is_flag=True, help="Apply no cleaning rule at all.")
@click.option("--invariant", is_flag=True, help="Reproducible output: fixed dates, byte-identical files.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; failures are still shown.")
@handle_errors
def batch(inputs: tuple[str, ...], outdir: str, fmt: str, style: str, settings: tuple[str, ...],
          font_options: tuple[str, ...], jobs: int, include: tuple[str, ...], exclude: tuple[str, ...], lists: tuple[str, ...],
          skip_unchanged: bool, no_title: bool, skip_rules: tuple[str, ...], no_clean: bool,
          invariant: bool, quiet: bool) -> None:
    """Convert many files: INPUTS are files and folders (walked recursively).

    Exit codes: 0 every file converted (or skipped as unchanged), 1 some files failed (each is
    listed with its reason; the others are still converted), 2 usage or configuration error,
    130 interrupted.  Every file is recorded in OUTDIR/docgen-manifest.json.
    """
    from pathlib import Path

    from .api import load
    from .batch import DEFAULT_INCLUDE, Batch, Selection, Settings, run_batch
    from .cleaner import RULE_NAMES
    from .errors import UsageError

    if not inputs and not lists:
        raise UsageError("name at least one input file or folder (or --list FILE)")
    loaded = load(style, _with_fonts(style, settings, font_options))
    skip = RULE_NAMES if no_clean else tuple(skip_rules)
    request = Batch(inputs, Path(outdir), Settings(loaded, _batch_formats(fmt), skip, no_title, invariant),
                    lists, Selection(include or DEFAULT_INCLUDE, exclude), jobs, skip_unchanged, quiet)
    summary = run_batch(request)
    if summary["failed"]:
        sys.exit(1)


def _batch_formats(choice: str) -> tuple[str, ...]:
    from .errors import UsageError

    names = [n.strip().lower() for n in choice.split(",") if n.strip()]
    formats = [f for n in names for f in (("pdf", "docx") if n == "both" else (n,))]
    unknown = [f for f in formats if f not in ("pdf", "docx")]
    if unknown or not formats:
        raise UsageError(f"unknown format {', '.join(unknown) or choice!r} (known: pdf, docx, both)")
    return tuple(dict.fromkeys(formats))


@main.command()
@click.argument("input", metavar="INPUT")
@click.option("--json", "as_json", is_flag=True, help="Print the model as JSON (the public dump format).")
@click.option("--changes", is_flag=True, help="Show what cleaning removed and changed, and why.")
@_parse_options
@handle_errors
def inspect(input: str, as_json: bool, changes: bool, title, no_title, date, speaker, skip_rules,
            no_clean) -> None:
    """Show the structure docgen finds in INPUT.

    One line per block (headings indented by level; each attachment after a blank line, with
    its label and title), then the warnings with their line and code."""
    from .api import parse
    from .report import changes_report, tree

    speech = parse(input, **_parse_kwargs(title, no_title, date, speaker, skip_rules, no_clean))
    if as_json:
        click.echo(speech.to_json())
    elif changes:
        click.echo(changes_report(speech, width=_terminal_width()))
    else:
        click.echo(tree(speech, width=_terminal_width()))


@main.command()
@click.argument("input", metavar="[INPUT]", required=False)
@_style_options
@handle_errors
def fonts(input: str | None, style: str, settings: tuple[str, ...], font_options: tuple[str, ...]) -> None:
    """Show the font of every typeface role of the PDF and where it comes from (configured,
    installed or bundled), the fonts passed over and why; with INPUT, the characters of INPUT
    each role draws, those drawn in a fallback font and those no font has.

    Installed fonts are found with fontconfig where it is installed, else in the platform's font
    folders; DOCGEN_FONT_DIRS (folders separated by the path separator) replaces both.
    """
    from .api import load, parse
    from .fonts import FontSet
    from .fonts.report import coverage_report, fonts_table
    from .renderers.pdfglyphs import font_runs

    loaded = load(style, _with_fonts(style, settings, font_options))
    font_set = FontSet(loaded)
    click.echo(fonts_table(loaded, font_set))
    if input is not None:
        speech = parse(input)
        click.echo()
        click.echo(coverage_report(input, font_set, font_runs(speech, loaded)))


@main.command()
@handle_errors
def rules() -> None:
    """List the cleaning rules, in the order they are applied, with an example each."""
    from .cleaner.rules import RULES

    click.echo("Applied in this order; turn one off with --skip-rule NAME (or --keep NAME), "
               "all of them with --no-clean.\n")
    for rule in RULES:
        doc = rule.doc.splitlines()
        click.echo(f"{rule.name}")
        for line in doc:
            click.echo(f"    {line}" if line else "")
        click.echo()


@main.group()
def styles() -> None:
    """Style presets: list them, show one fully resolved, copy one to edit.

    A preset is a commented TOML file; your own go into $DOCGEN_STYLES or
    ~/.config/docgen/styles/ and are used with --style NAME (or --style PATH).
    """


@styles.command("list")
@handle_errors
def styles_list() -> None:
    """List the presets: name, description and where each comes from (built in, or the
    file in the user preset folder, $DOCGEN_STYLES or ~/.config/docgen/styles).  The default
    comes first."""
    from .style import DEFAULT_STYLE, available_presets, load_style

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


@styles.command("show")
@click.argument("name", metavar="NAME|PATH", default="gbt9704")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="Change one value before showing it (repeatable).")
@handle_errors
def styles_show(name: str, settings: tuple[str, ...]) -> None:
    """Print a preset fully resolved, as commented TOML: every key with the value it gets
    from the preset, the presets it extends and --set.  Loading the output gives the same
    style, so `docgen styles show draft > mine.toml` is a starting point too."""
    from .style.export import show_preset

    click.echo(show_preset(name, settings), nl=False)


@styles.command("new")
@click.argument("name", metavar="NAME")
@click.option("--from", "source", default="gbt9704", show_default=True, metavar="NAME|PATH",
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
    from .style.export import new_preset

    path = new_preset(name, source, output, settings)
    hint = f"--style {name}" if output is None else f"--style {path}"
    click.echo(f"wrote {path}: a copy of {source}; use it with {hint}", err=True)


def _terminal_width() -> int:
    try:
        return max(40, os.get_terminal_size().columns)
    except OSError:
        return 100


if __name__ == "__main__":  # pragma: no cover
    main()
