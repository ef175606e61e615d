"""Reading: bytes from a file or standard input → text lines, plus metadata hints.

Readers never interpret the text; they only decode it and, for structured inputs (HTML, DOCX),
keep paragraph boundaries.  What they notice (the encoding used, content not carried over) is
returned as diagnostics.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError
from ..limits import INPUT_BYTES, exceeded, value
from .binary import describe
from .source import FORMATS, InputFormat, Source
from .text import read_text

__all__ = ["FORMATS", "MAX_INPUT_BYTES", "InputFormat", "Source", "file_bytes", "read_bytes", "read_path",
           "sniff_format"]

#: Inputs larger than this are refused instead of being processed for minutes: a speech or
#: an official text is a few hundred kilobytes at most, even as a saved web page.  (The
#: default of the ``input-bytes`` limit, which ``DOCGEN_LIMITS`` can change for a run.)
MAX_INPUT_BYTES = INPUT_BYTES.default

_SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".mht": "html",
    ".docx": "docx",
}


def read_path(path: str | Path, fmt: str | None = None) -> Source:
    """Read a file (``"-"`` is standard input) into a :class:`Source`.

    The size is checked before anything is read, and never more than the ``input-bytes``
    limit + 1 bytes are read, so a huge file or an endless device is refused at once."""
    name = str(path)
    if name == "-":
        import sys

        return read_bytes(_read_limited(sys.stdin.buffer, name), "<stdin>", fmt)
    p = Path(path)
    return read_bytes(file_bytes(p), name, fmt, hint=_SUFFIX_FORMATS.get(p.suffix.lower()))


def file_bytes(path: Path) -> bytes:
    """The bytes of the file ``path``, read as :func:`read_path` reads them (its size checked
    first, never more than the ``input-bytes`` limit + 1 bytes read); an :class:`InputError`
    when it cannot be read or is too large."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError("is a folder, not a file", name)
        size = path.stat().st_size
        if size > value("input-bytes"):
            raise _too_large(size, name)
        with _open(path) as stream:
            return _read_limited(stream, name)
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None


def _open(path: Path):
    """``path`` for reading.  A named pipe (or a device) is opened without waiting for a
    writer — with none, it reads as empty — and then read like a file."""
    if stat.S_ISREG(path.stat().st_mode) or not hasattr(os, "set_blocking"):
        return path.open("rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _read_limited(stream, name: str) -> bytes:
    most = value("input-bytes")
    data = stream.read(most + 1)
    if len(data) > most:
        raise exceeded("input-bytes", name, f"the input is larger than {INPUT_BYTES.show(most)}, the most docgen reads")
    return data


def read_bytes(data: bytes, name: str, fmt: str | None = None, hint: str | None = None) -> Source:
    """Decode ``data`` (from ``name``) as ``fmt``, or as the format its content shows
    (``hint``, from the file name, decides between text and HTML when the content does not)."""
    if len(data) > value("input-bytes"):
        raise _too_large(len(data), name)
    if not data.strip():
        raise InputError("the input is empty", name)
    what = describe(data)
    if what == "docx":
        fmt = "docx"
    elif what is not None:
        raise InputError(f"not a text file: {what}", name)
    elif fmt == "docx":
        raise InputError("not a Word (.docx) file (it is not a ZIP container)", name)
    fmt = fmt or sniff_format(data, hint)
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r} (known: {', '.join(FORMATS)})", name)
    return _reader(fmt)(data, name)


def _reader(fmt: str):
    if fmt == "docx":
        from .docx import read_docx

        return read_docx
    if fmt == "html":
        from .html import read_html

        return read_html
    return read_text


#: The start of a document that is unmistakably a web page, whatever the file is called.
_HTML_START = (b"<!doctype html", b"<html", b"<?xml")


def sniff_format(data: bytes, hint: str | None = None) -> str:
    """Guess the format from the first bytes: a ZIP container is DOCX, markup is HTML."""
    if data[:4] == b"PK\x03\x04":
        return "docx"
    head = _ascii_head(data).lstrip().lower()
    if head.startswith(_HTML_START):
        return "html"
    if hint is not None and hint != "docx":  # a file named .docx that is no ZIP: its content decides
        return hint
    if b"<body" in head or b"<head" in head or b"<meta " in head:
        return "html"
    return "text"


def _ascii_head(data: bytes) -> bytes:
    """The first 2 KB with a byte-order mark removed and UTF-16 narrowed to ASCII bytes."""
    head = data[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:2051]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head[2:].replace(b"\x00", b"")[:2048]
    return head[:2048]


def _too_large(size: int, name: str) -> InputError:
    return exceeded("input-bytes", name, f"the input is {size / 1048576:.1f} MB; docgen reads at most "
                                         f"{INPUT_BYTES.show(value('input-bytes'))}")
