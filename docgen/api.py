"""The library API: :func:`parse`, :func:`render`, :func:`convert`.

Nothing here prints or exits; problems are raised as :mod:`docgen.errors` exceptions and
everything noticed on the way is returned as diagnostics.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .model import Diagnostic, Meta, Speech


@dataclass(frozen=True, slots=True)
class Conversion:
    """The result of :func:`convert`."""

    input: str
    outputs: tuple[tuple[str, str], ...]  # (format, path)
    speech: Speech
    pages: int                            # PDF pages (0 when no PDF was written)
    diagnostics: tuple[Diagnostic, ...]


def parse(source: str | Path | bytes, *, name: str | None = None, input_format: str | None = None,
          skip_rules: Iterable[str] = (), overrides: Meta | None = None, no_title: bool = False) -> Speech:
    """Read, clean and parse ``source`` — a path (``"-"`` for standard input) or raw bytes."""
    from .cleaner import clean, merged_meta
    from .parser import parse_lines
    from .readers import read_bytes, read_path

    if isinstance(source, bytes):
        src = read_bytes(source, name or "<bytes>", input_format)
    else:
        src = read_path(source, input_format)
    cleaned = clean(src.lines, skip=skip_rules)
    meta = merged_meta(src.meta, cleaned.meta)
    speech = parse_lines(cleaned.lines, meta, (*src.diagnostics, *cleaned.diagnostics),
                         overrides=overrides, no_title=no_title)
    return speech


def parse_text(text: str, **options) -> Speech:
    """Parse text already in memory."""
    return parse(text.encode("utf-8"), name=options.pop("name", "<text>"), input_format="text", **options)


def load(style: str | Path | object = "gbt9704", settings: Iterable[str] = ()):
    """A :class:`~docgen.style.Style` from a preset name, a path, or a Style (returned as is)."""
    from .style import Style, load_style

    if isinstance(style, Style):
        return style
    return load_style(style, settings)  # type: ignore[arg-type]


def render(speech: Speech, style: str | Path | object = "gbt9704", format: str = "pdf", *,
           settings: Iterable[str] = (), invariant: bool = False) -> bytes:
    """Render ``speech`` to PDF or DOCX bytes with a preset (name, path or loaded Style)."""
    from .renderers import render as render_format

    return render_format(speech, load(style, settings), format, invariant=invariant).data


def convert(input: str | Path, output: str | Path | None = None, *, format: str | None = None,
            style: str | Path | object = "gbt9704", settings: Iterable[str] = (),
            skip_rules: Iterable[str] = (), overrides: Meta | None = None, no_title: bool = False,
            invariant: bool = False) -> Conversion:
    """Convert one input file to DOCX and/or PDF.  Outputs are written atomically; nothing is
    written when any step fails."""
    from .output import check_writable, formats_of, plan, write_atomic
    from .renderers import render as render_format

    out = None if output is None else str(output)
    targets = plan(str(input), out, formats_of(format, out))
    for _, path in targets:
        check_writable(path)
    loaded = load(style, settings)
    speech = parse(input, skip_rules=skip_rules, overrides=overrides, no_title=no_title)
    results = [(fmt, path, render_format(speech, loaded, fmt, invariant=invariant)) for fmt, path in targets]
    for _fmt, path, result in results:
        write_atomic(path, result.data)
    notes = tuple(d for _, _, r in results for d in r.diagnostics)
    pages = next((r.pages for fmt, _, r in results if fmt == "pdf"), 0)
    speech = replace(speech, diagnostics=(*speech.diagnostics, *notes))
    return Conversion(str(input), tuple((f, p) for f, p, _ in results), speech, pages,
                      speech.diagnostics)
