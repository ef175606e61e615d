"""Writing results: where outputs go, and writing them so that no half-written file is left."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError, UsageError

SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}
FORMAT_CHOICES = ("pdf", "docx", "both")


def formats_of(choice: str | None, output: str | None) -> tuple[str, ...]:
    """The formats to write: from ``--format``, else from the output's suffix, else both."""
    if choice == "both":
        return ("docx", "pdf")
    if choice:
        if choice not in SUFFIXES:
            raise UsageError(f"unknown format {choice!r} (known: {', '.join(FORMAT_CHOICES)})")
        return (choice,)
    if output and output != "-" and not Path(output).is_dir():
        suffix = Path(output).suffix.lower()
        for fmt, known in SUFFIXES.items():
            if suffix == known:
                return (fmt,)
        raise UsageError(f"cannot tell the format from {output!r}: use a .pdf or .docx name, or --format")
    return ("docx", "pdf")


def plan(input_name: str, output: str | None, formats: tuple[str, ...]) -> list[tuple[str, str]]:
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
    elif len(formats) == 1 and Path(output).suffix.lower() == SUFFIXES[formats[0]]:
        return [(formats[0], output)]
    else:
        base = Path(output).with_suffix("") if Path(output).suffix.lower() in SUFFIXES.values() else Path(output)
    return [(fmt, str(base) + SUFFIXES[fmt]) for fmt in formats]


def check_writable(path: str) -> None:
    if path == "-":
        return
    folder = Path(path).parent
    if not folder.is_dir():
        raise OutputError("the output folder does not exist", str(folder))
    if Path(path).is_dir():
        raise OutputError("is a folder; name a file", path)


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename, so
    an interrupted run leaves either the old file or the new one, never half of one."""
    if path == "-":
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    check_writable(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", str(target.parent)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {exc.strerror or exc}", path) from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
