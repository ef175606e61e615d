"""Writing results: where outputs go, and writing them so that no half-written file is left."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import OutputError, UsageError
from .files import atomic_write
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


def check_writable(path: str) -> None:
    if path == "-":
        return
    folder = Path(path).parent
    if not folder.is_dir():
        raise OutputError("the output folder does not exist", str(folder))
    if Path(path).is_dir():
        raise OutputError("is a folder; name a file", path)


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` (``"-"``: standard output) atomically (see
    :func:`docgen.files.atomic_write`), readable as a new file of the user's would be."""
    if path == "-":
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    check_writable(path)
    try:
        atomic_write(target, data, prefix=f".{target.name}.", mode=0o644)
    except OSError as exc:
        # A folder that takes no new file is named; a file that cannot be replaced, itself.
        where = path if os.access(target.parent, os.W_OK) else str(target.parent)
        raise OutputError(f"cannot write: {exc.strerror or exc}", where) from None
