"""Where outputs go: the formats asked for and the path of each output."""

from __future__ import annotations

from pathlib import Path

from .errors import UsageError
from .formats import BOTH, BOTH_FORMATS, OutputFormat, from_suffix, output_format, suffix


def formats_of(choice: str | None, output: str | None) -> tuple[OutputFormat, ...]:
    """The formats to write: from ``--format``, else from the output's suffix, else both."""
    if choice == BOTH:
        return BOTH_FORMATS
    if choice:
        return (output_format(choice),)
    if output and output != "-" and not Path(output).is_dir():
        named = from_suffix(output)
        if named is None:
            raise UsageError(f"cannot tell the format from {output!r}: use a .pdf or .docx name, or --format")
        return (named,)
    return BOTH_FORMATS


def plan(input_name: str, output: str | None,
         formats: tuple[OutputFormat, ...]) -> list[tuple[OutputFormat, str]]:
    """(format, path) for each output; ``"-"`` is standard output."""
    if output == "-":
        if len(formats) != 1:
            raise UsageError("-o - writes to standard output: choose one --format")
        return [(formats[0], "-")]
    if output is None:
        if input_name in ("-", "<stdin>"):
            raise UsageError("reading standard input: name the output with -o")
        base = Path(input_name).with_suffix("")
    elif Path(output).is_dir():
        stem = Path(input_name).stem if input_name not in ("-", "<stdin>") else "document"
        base = Path(output) / stem
    elif len(formats) == 1 and from_suffix(output) == formats[0]:
        return [(formats[0], output)]
    else:
        base = Path(output).with_suffix("") if from_suffix(output) else Path(output)
    return [(fmt, str(base) + suffix(fmt)) for fmt in formats]
