"""Where outputs go: the formats asked for, the path of each output, and the checks made
before any work is done (an output is never an input, never read-only unless forced)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .errors import UsageError
from .files import FileId, check_writable, file_id, stdin_id
from .formats import BOTH, BOTH_FORMATS, OutputFormat, from_suffix, output_format, suffix

#: What names standard input on the command line and in the library.
STDIN_NAMES = ("-", "<stdin>")


def formats_of(choice: str | None, output: str | None) -> tuple[OutputFormat, ...]:
    """The formats to write: from ``--format``, else from the output's suffix, else both."""
    if choice == BOTH:
        return BOTH_FORMATS
    if choice:
        return (output_format(choice),)
    if output and output != "-" and not _is_dir(output):
        named = from_suffix(output)
        if named is None:
            raise UsageError(f"cannot tell the format from {output!r}: use a .pdf or .docx name, or --format")
        return (named,)
    return BOTH_FORMATS


def plan(input_name: str, output: str | None,
         formats: tuple[OutputFormat, ...]) -> list[tuple[OutputFormat, str]]:
    """(format, path) for each output; ``"-"`` is standard output.  An output named for one
    format (``x.pdf``) while only another is asked for (``--format docx``) is a usage error;
    named for one of several, it gives the stem of all (``x.docx``, ``x.pdf``)."""
    if output == "-":
        if len(formats) != 1:
            raise UsageError("-o - writes to standard output: choose one --format")
        return [(formats[0], "-")]
    if output is None:
        if input_name in STDIN_NAMES:
            raise UsageError("reading standard input: name the output with -o")
        base = Path(input_name).with_suffix("")
    elif _is_dir(output):
        stem = Path(input_name).stem if input_name not in STDIN_NAMES else "document"
        base = Path(output) / stem
    else:
        named = from_suffix(output)
        if named is not None and named not in formats:
            raise UsageError(f"-o {output} names a {named.upper()} file, but --format {formats[0]} "
                             f"was asked for: name the output {Path(output).stem}{suffix(formats[0])}")
        if formats == (named,):
            return [(formats[0], output)]
        base = Path(output).with_suffix("") if named else Path(output)
    return [(fmt, str(base) + suffix(fmt)) for fmt in formats]


def check_outputs(input_name: str, targets: Sequence[tuple[OutputFormat, str]], *, force: bool = False) -> None:
    """Refuse, before any work, outputs that cannot or must not be written: see
    :func:`docgen.files.check_writable`; ``input_name`` is never written over."""
    inputs = input_ids(input_name)
    for _, path in targets:
        check_writable(path, inputs=inputs, force=force)


def input_ids(input_name: str) -> dict[FileId, str]:
    """The identity of the input (of standard input, when it is redirected from a file)."""
    found = stdin_id() if input_name in STDIN_NAMES else file_id(input_name)
    return {found: "standard input" if input_name in STDIN_NAMES else input_name} if found else {}


def _is_dir(path: str) -> bool:
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):  # a name too long to look up is no folder
        return False
