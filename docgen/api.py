"""The library API: :func:`parse`, :func:`render`, :func:`convert`.

Nothing here prints or exits; problems are raised as :mod:`docgen.errors` exceptions and
everything noticed on the way is returned as diagnostics.  :func:`convert_to` is the one
conversion path: ``convert`` and every file of a batch go through it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .chars import without_controls
from .cleaner import clean, merged_meta
from .files import write_atomic
from .formats import OutputFormat
from .limits import time_limit
from .model import Diagnostic, Meta, Speech
from .output import check_outputs, formats_of, plan
from .parser import parse_lines
from .parser.frontmatter import front_matter
from .readers import read_bytes, read_path
from .renderers import Rendered, render_template
from .renderers import render as render_format
from .renderers.gongwen import unprinted
from .style import DEFAULT_STYLE, Style, load_style


@dataclass(frozen=True, slots=True)
class Conversion:
    """The result of :func:`convert` and :func:`convert_to`."""

    input: str
    outputs: tuple[tuple[OutputFormat, str], ...]  # (format, path)
    speech: Speech
    pages: int                            # PDF pages (0 when no PDF was written)
    diagnostics: tuple[Diagnostic, ...]

    def count(self, level: str) -> int:
        return sum(1 for d in self.diagnostics if d.level == level)


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """What reading, cleaning and parsing are told: cleaning rules not to apply, header fields
    that overrule the text's, and that the text has no title."""

    skip_rules: tuple[str, ...] = ()
    overrides: Meta | None = None
    no_title: bool = False
    keep_lines: tuple[int, ...] = ()


def parse(source: str | Path | bytes, *, name: str | None = None, input_format: str | None = None,
          skip_rules: Iterable[str] = (), overrides: Meta | None = None, no_title: bool = False,
          keep_lines: Iterable[int] = ()) -> Speech:
    """Read, clean and parse ``source`` — a path (``"-"`` for standard input) or raw bytes.
    ``skip_rules`` names cleaning rules not to apply; ``keep_lines`` numbers source lines
    (1-based, as the cleaning record gives them) that cleaning must keep."""
    if isinstance(source, bytes):
        src = read_bytes(source, name or "<bytes>", input_format)
    else:
        src = read_path(source, input_format)
    header = front_matter(src.lines)
    cleaned = clean(header.lines, skip=skip_rules, keep=keep_lines, title_hint=src.meta.title)
    meta = printable(merged_meta(src.meta, cleaned.meta))
    given = header.meta if overrides is None else replace(
        header.meta, **{k: v for k, v in overrides.to_dict().items() if v})
    block_title = header.meta.title if not (overrides and overrides.title) else None
    return parse_lines(cleaned.lines, meta, (*src.diagnostics, *header.diagnostics, *cleaned.diagnostics),
                       overrides=printable(replace(given, title=None) if block_title else given),
                       no_title=no_title, block_title=printable(Meta(title=block_title)).title,
                       removed=cleaned.removed)


def printable(meta: Meta) -> Meta:
    """``meta`` with every field one printable line: no control characters or terminal
    escapes reach a document's title, metadata or first page (nor a terminal showing them)."""
    changed = {f.name: without_controls(value) for f in fields(meta)
               if isinstance(value := getattr(meta, f.name), str) and without_controls(value) != value}
    return replace(meta, **changed) if changed else meta


def parse_text(text: str, **options: Any) -> Speech:
    """Parse text already in memory."""
    return parse(text.encode("utf-8"), name=options.pop("name", "<text>"), input_format="text", **options)


def load(style: str | Path | Style = DEFAULT_STYLE, settings: Iterable[str] = ()) -> Style:
    """A :class:`~docgen.style.Style` from a preset name, a path, or a Style (returned as is)."""
    if isinstance(style, Style):
        return style
    return load_style(style, settings)


def render(speech: Speech, style: str | Path | Style = DEFAULT_STYLE, format: OutputFormat = "pdf", *,
           settings: Iterable[str] = (), invariant: bool = False) -> bytes:
    """Render ``speech`` to PDF or DOCX bytes with a preset (name, path or loaded Style)."""
    return render_format(speech, load(style, settings), format, invariant=invariant).data


def template(style: str | Path | Style = DEFAULT_STYLE, settings: Iterable[str] = ()) -> bytes:
    """A Word/WPS template (.dotx) of a preset: its named styles (正文, 一级标题 …), page setup,
    document grid and page-number footers."""
    return render_template(load(style, settings))


def convert_to(source: str | Path, targets: Sequence[tuple[OutputFormat, str | Path]], style: Style,
               options: ParseOptions = ParseOptions(), *, invariant: bool = False,
               make_folders: bool = False, force: bool = False, timed: bool = False) -> Conversion:
    """Read, clean and parse ``source``, render it in each target's format and write each
    output atomically (``"-"``: standard output) — nothing is written when any step before
    the writing fails.  ``make_folders`` makes missing output folders; ``force`` replaces
    read-only outputs; ``timed`` holds reading, parsing and rendering to the ``seconds``
    limit (see :func:`docgen.limits.time_limit`: in the main thread only)."""
    with time_limit(str(source)) if timed else contextlib.nullcontext():
        speech = parse(source, skip_rules=options.skip_rules, overrides=options.overrides,
                       no_title=options.no_title, keep_lines=options.keep_lines)
        results: list[tuple[OutputFormat, str, Rendered]] = [
            (fmt, str(path), render_format(speech, style, fmt, invariant=invariant)) for fmt, path in targets]
    for _fmt, path, result in results:
        if make_folders and path != "-":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, result.data, force=force)
    notes = (*unprinted(speech.meta, style), *(d for _, _, r in results for d in r.diagnostics))
    pages = next((r.pages for fmt, _, r in results if fmt == "pdf"), 0)
    speech = replace(speech, diagnostics=(*speech.diagnostics, *notes))
    return Conversion(str(source), tuple((f, p) for f, p, _ in results), speech, pages,
                      speech.diagnostics)


def convert(input: str | Path, output: str | Path | None = None, *, format: str | None = None,
            style: str | Path | Style = DEFAULT_STYLE, settings: Iterable[str] = (),
            skip_rules: Iterable[str] = (), overrides: Meta | None = None, no_title: bool = False,
            invariant: bool = False, force: bool = False) -> Conversion:
    """Convert one input file to DOCX and/or PDF next to it, into a folder or to a file.
    Outputs are written atomically; nothing is written when any step fails, and an output
    that is the input, or read-only (unless ``force``), is refused before anything is done."""
    out = None if output is None else str(output)
    targets = plan(str(input), out, formats_of(format, out))
    check_outputs(str(input), targets, force=force)
    options = ParseOptions(tuple(skip_rules), overrides, no_title)
    return convert_to(input, targets, load(style, settings), options, invariant=invariant, force=force)
