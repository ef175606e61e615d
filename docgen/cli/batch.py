"""``docgen batch``: many files, a pool of workers, every file accounted for."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..batch import DEFAULT_INCLUDE, Batch, Selection, Settings, run_batch
from ..errors import UsageError
from ..formats import format_list
from .errors import handle_errors
from .options import (
    check_embedding,
    cleaning_options,
    embed_fonts_option,
    force_option,
    invariant_option,
    loaded_style,
    no_title_option,
    quiet_option,
    skipped_rules,
    style_options,
)


@click.command("batch")
@click.argument("inputs", nargs=-1, metavar="INPUTS...")
@click.option("-o", "--output", "outdir", required=True, metavar="OUTDIR",
              help="Output folder; outputs mirror the input tree inside it (made if missing).")
@click.option("-f", "--format", "fmt", default="pdf", show_default=True, metavar="FORMATS",
              help="Output formats, comma-separated: pdf, docx, pdf,docx (or both).")
@style_options
@embed_fonts_option
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
              help="Worker processes (default 0: one per available core).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Take only files matching GLOB in folders (repeatable; default: the readable "
                   "formats .txt .md .html .htm .docx …).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching GLOB (repeatable).")
@click.option("--list", "lists", multiple=True, metavar="FILE",
              help="Also convert the files named in FILE, one per line ('-' = standard input).")
@click.option("--cluster", metavar="tcp://HOST:PORT", default="",
              help="Convert on the Dask cluster whose scheduler is at this address instead of in "
                   "local worker processes (-j is then the cluster's business): inputs are sent to "
                   "the workers and outputs come back here, so no shared folder is needed. Needs "
                   "the [cluster] extra here and on every worker.")
@click.option("--skip-unchanged", is_flag=True,
              help="Skip files whose input, preset, options and docgen version are unchanged "
                   "since the last run into OUTDIR (resumes an interrupted batch).")
@no_title_option
@cleaning_options
@invariant_option
@force_option
@quiet_option("No progress bar and no summary; failures are still shown.")
@handle_errors
def command(inputs: tuple[str, ...], outdir: str, fmt: str, style: str, settings: tuple[str, ...],
            font_options: tuple[str, ...], embed_fonts: bool | None, jobs: int, include: tuple[str, ...],
            exclude: tuple[str, ...], lists: tuple[str, ...], cluster: str, skip_unchanged: bool, no_title: bool,
            skip_rules: tuple[str, ...], no_clean: bool, invariant: bool, force: bool, quiet: bool) -> None:
    """Convert many files: INPUTS are files and folders (walked recursively; documents docgen
    cannot read, such as .doc and .pdf, are listed as failures).

    Exit codes: 0 every file converted (or skipped as unchanged), 1 some files failed (each is
    listed with its reason; the others are still converted), 2 usage or configuration error,
    3 OUTDIR cannot be written, is in use by another batch, or an output would be an input
    (nothing converted), 130 interrupted.  Every file is recorded in OUTDIR/docgen-manifest.json.
    """
    if not inputs and not lists:
        raise UsageError("name at least one input file or folder (or --list FILE)")
    loaded = loaded_style(style, settings, font_options, embed_fonts)
    check_embedding(loaded, format_list(fmt))
    settings_ = Settings(loaded, format_list(fmt), skipped_rules(skip_rules, no_clean), no_title, invariant,
                         force)
    request = Batch(inputs, Path(outdir), settings_, lists, Selection(include or DEFAULT_INCLUDE, exclude),
                    jobs, skip_unchanged, quiet, cluster)
    summary = run_batch(request)
    if summary["failed"]:
        sys.exit(1)
