"""``docgen check``: measure PDF and DOCX files against GB/T 9704 (or a preset) and report
what is off — readable, as JSON, or marked on an annotated copy of the pages."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..check.annotate import annotate
from ..check.findings import Report
from ..check.report import json_report, summary, text_report
from ..check.run import Checked, check_file, files_of
from ..errors import DocgenError, UsageError
from ..files import write_atomic
from ..style import DEFAULT_STYLE, load_style
from .errors import echo_error, echo_warning, handle_errors

#: Exit codes: no error found; an error found (or a file unreadable); usage.
EXIT_PASSED, EXIT_FAILED = 0, 1


@click.command("check")
@click.argument("files", nargs=-1, metavar="FILE|FOLDER...")
@click.option("-s", "--style", default=DEFAULT_STYLE, show_default=True, metavar="NAME|PATH",
              help="The preset to measure against: a name from `docgen styles list` or a .toml file.")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="Change one value of the preset before measuring (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON (one object for all files).")
@click.option("--annotate", "annotated", metavar="OUT.pdf",
              help="Write a copy of the pages with the findings marked on them (a DOCX: LibreOffice's "
                   "rendering).  With several files, OUT is a folder (made when missing): NAME.checked.pdf "
                   "in it.")
@click.option("--no-render", is_flag=True, help="Do not render a DOCX with LibreOffice: check its XML only.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the notes (what was not measured, and why).")
@handle_errors
def command(files: tuple[str, ...], style: str, settings: tuple[str, ...], as_json: bool, annotated: str | None,
            no_render: bool, verbose: bool) -> None:
    """Measure PDF and DOCX files (and the PDF and DOCX files in a folder) against GB/T 9704.

    Each finding has an id (see docs/check.md), a level — error (a rule of the standard or the
    preset that is broken), warning (a rule of practice, or a measure that may be wrong), note —
    where it is (page and line; a DOCX's paragraph), what was measured and what is wanted.  A
    PDF is measured on its pages; a DOCX from its XML and, when LibreOffice is installed, also
    on LibreOffice's rendering of it (findings marked "(LibreOffice)").  The text is read with
    docgen's parser for the conventions: heading numbers, placeholders, dates, the 附件说明 and
    the closing formula of a 请示, 通知, 报告, 批复 or 函.

    Exit code: 0 when no file has an error, 1 when one has (or cannot be read), 2 for usage
    errors.
    """
    if not files:
        raise UsageError("name at least one PDF or DOCX file (or a folder)")
    loaded = load_style(style, settings)
    paths = list(files_of(list(files)))
    if not paths:
        raise UsageError("no PDF or DOCX file found in " + ", ".join(files))
    targets = _annotation_targets(paths, annotated)
    reports: list[Report] = []
    unreadable = 0
    for path in paths:
        try:
            checked = check_file(path, loaded, office=not no_render)
        except DocgenError as exc:
            if isinstance(exc, UsageError):
                raise
            echo_error(str(exc))
            unreadable += 1
            continue
        reports.append(checked.report)
        if not as_json:
            click.echo(text_report(checked.report, verbose=verbose))
        if path in targets:
            _write_annotated(checked, targets[path])
    if as_json:
        click.echo(json_report(reports))
    elif len(paths) > 1:
        click.echo(summary(reports))
    sys.exit(EXIT_FAILED if unreadable or not all(r.passed for r in reports) else EXIT_PASSED)


def _annotation_targets(paths: list[Path], annotated: str | None) -> dict[Path, str]:
    if annotated is None:
        return {}
    if len(paths) == 1 and not Path(annotated).is_dir():
        if Path(annotated).suffix.lower() != ".pdf":
            raise UsageError(f"--annotate {annotated}: the annotated copy is a PDF (name it .pdf)")
        if Path(annotated).resolve() == paths[0].resolve():
            raise UsageError(f"--annotate {annotated}: that is the file checked; name another")
        return {paths[0]: annotated}
    folder = Path(annotated)
    if not folder.is_dir():
        if folder.suffix.lower() == ".pdf" or folder.exists():
            raise UsageError(f"--annotate {annotated}: with several files, name a folder (NAME.checked.pdf "
                             "goes into it for each file)")
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise UsageError(f"--annotate {annotated}: cannot make the folder: {exc.strerror or exc}") from None
    return {path: str(folder / f"{path.stem}.checked.pdf") for path in paths}


def _write_annotated(checked: Checked, target: str) -> None:
    if checked.pdf is None:
        # not an error of the file checked: the exit code stays that of its findings
        echo_warning(f"{checked.report.file}: no annotated copy: the DOCX was not rendered (LibreOffice is "
                     "not installed, or --no-render)")
        return
    write_atomic(target, annotate(checked.pdf, checked.report.findings))
    click.echo(f"wrote {target}", err=True)
