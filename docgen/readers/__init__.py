"""Reading: bytes from a file or standard input → text lines, plus metadata hints.

Readers never interpret the text; they only decode it and, for structured inputs (HTML, DOCX),
keep paragraph boundaries.  What they notice (the encoding used, content not carried over) is
returned as diagnostics.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Diagnostic, Meta

#: Inputs larger than this are refused instead of being processed for minutes: a speech or
#: an official text is a few hundred kilobytes at most, even as a saved web page.
MAX_INPUT_BYTES = 20 * 1024 * 1024

FORMATS = ("text", "html", "docx")

_SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".mht": "html",
    ".docx": "docx",
}


@dataclass(frozen=True, slots=True)
class Source:
    """Decoded input: its display name, format, text lines and what the reader found out."""

    name: str
    format: str
    lines: tuple[str, ...]
    meta: Meta = Meta()
    diagnostics: tuple[Diagnostic, ...] = ()


def read_path(path: str | Path, fmt: str | None = None) -> Source:
    """Read a file (``"-"`` is standard input) into a :class:`Source`."""
    name = str(path)
    if name == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        return read_bytes(data, "<stdin>", fmt)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", name)
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(_too_large(size), name)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    return read_bytes(data, name, fmt or _SUFFIX_FORMATS.get(p.suffix.lower()))


def read_bytes(data: bytes, name: str, fmt: str | None = None) -> Source:
    """Decode ``data`` (from ``name``) as ``fmt``, or as the format its content shows."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(_too_large(len(data)), name)
    if not data.strip():
        raise InputError("the input is empty", name)
    fmt = fmt or sniff_format(data)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    if fmt == "html":
        from .html import read_html

        return read_html(data, name)
    if fmt != "text":
        raise InputError(f"unknown input format {fmt!r} (known: {', '.join(FORMATS)})", name)
    from .text import read_text

    return read_text(data, name)


def sniff_format(data: bytes) -> str:
    """Guess the format from the first bytes: a ZIP container is DOCX, markup is HTML."""
    if data[:4] == b"PK\x03\x04":
        return "docx"
    head = data[:2048].lstrip().lower()
    for bom in (b"\xef\xbb\xbf",):
        head = head.removeprefix(bom).lstrip()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head:
        return "html"
    return "text"


def _too_large(size: int) -> str:
    return (f"the input is {size / 1048576:.1f} MB; docgen reads at most "
            f"{MAX_INPUT_BYTES // 1048576} MB")
