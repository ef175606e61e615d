"""Plain-text input: find the encoding, refuse binary data, split into lines."""

from __future__ import annotations

import codecs

from ..errors import InputError
from ..model import Diagnostic
from . import Source

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings tried in order when there is no byte-order mark.  GB18030 is a superset of GBK
#: and GB 2312, so one attempt covers all three.
_FALLBACKS = ("utf-8", "gb18030", "big5")

#: Share of control characters (other than tab, newline, form feed) above which the data is
#: taken for a binary file rather than text with a few stray control codes.
_BINARY_CONTROL_SHARE = 0.01


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`InputError` for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.removesuffix("-sig")), encoding
            except UnicodeDecodeError:
                raise InputError(f"starts with a {encoding} byte-order mark but is not "
                                 f"{encoding}", name) from None
    if b"\x00" in data[:8192]:
        raise InputError("not a text file (binary data)", name)
    for encoding in _FALLBACKS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError("cannot decode the text: it is not UTF-8, GB18030/GBK or Big5", name)


def check_not_binary(text: str, name: str) -> None:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) * _BINARY_CONTROL_SHARE):
        raise InputError("not a text file (binary data)", name)


def split_lines(text: str) -> tuple[str, ...]:
    """Split on CRLF, CR or LF (and the Unicode line/paragraph separators)."""
    return tuple(text.splitlines())


def read_text(data: bytes, name: str) -> Source:
    text, encoding = decode(data, name)
    check_not_binary(text, name)
    lines = split_lines(text)
    if not any(line.strip() for line in lines):
        raise InputError("the input holds no text", name)
    note = Diagnostic("info", "encoding", f"decoded as {encoding}")
    return Source(name=name, format="text", lines=lines, diagnostics=(note,))
