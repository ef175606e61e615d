"""Plain-text input: find the encoding, refuse binary data, split into lines."""

from __future__ import annotations

from .. import diagnostics as C
from ..errors import InputError
from ..limits import Counter
from ..model import Diagnostic, Meta
from .encoding import BINARY_CONTROL_SHARE, SAMPLE_CHARS, Decoded, controls, decode
from .exportheader import export_header
from .source import Source


def check_not_binary(text: str, name: str) -> None:
    sample = text[:SAMPLE_CHARS]
    if controls(sample) > max(2, len(sample) * BINARY_CONTROL_SHARE):
        raise InputError("not a text file (binary data)", name)


#: What ``str.splitlines`` breaks lines at, besides CR and LF.
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def split_lines(text: str, name: str = "<text>") -> tuple[str, ...]:
    """Split on CRLF, CR or LF (and the Unicode line/paragraph separators) — after counting
    the lines against the ``lines`` limit, so that a text of twenty million empty lines is
    refused before twenty million strings are made."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n") + sum(map(text.count, _OTHER_BREAKS))
    Counter("lines", name, "the text has more than {limit} lines").add(breaks + 1)
    return tuple(text.splitlines())


def line_ends(text: str) -> str:
    """Which line ends a text uses: ``CRLF``, ``CR``, ``LF``, or ``mixed``."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, count in (("CRLF", crlf), ("CR", cr), ("LF", lf)) if count]
    return kinds[0] if len(kinds) == 1 else ("mixed" if kinds else "none")


def encoding_notes(decoded: Decoded, extra: str = "") -> tuple[Diagnostic, ...]:
    """The diagnostics that say how the input was decoded."""
    notes = [C.ENCODING(f"decoded as {decoded.encoding}{extra}")]
    if decoded.replaced:
        notes.append(C.ENCODING_DAMAGED(f"{decoded.replaced} undecodable byte(s) shown as \ufffd"))
    return tuple(notes)


def read_text(data: bytes, name: str) -> Source:
    decoded = decode(data, name)
    check_not_binary(decoded.text, name)
    lines = split_lines(decoded.text, name)
    if not any(line.strip() for line in lines):
        raise InputError("the input holds no text", name)
    ends = line_ends(decoded.text)
    extra = f", {ends} line ends" if ends != "none" else ""
    record = export_header(lines)
    return Source(name=name, format="text", lines=record.lines, meta=Meta(title=record.title),
                  diagnostics=(*encoding_notes(decoded, extra), *record.diagnostics))
