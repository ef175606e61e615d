"""Signature, date and seal (GB/T 9704 §7.3.5) as both renderers set them: the layout of the
signature block under a seal, and where the seal's picture goes.

* Under a body's seal (§7.3.5.1): the date right with a 4-字 gap, the body's name centred
  over it on the line above, the seal centred over both with its centre on the top of the
  name's line (so that name and date lie just below the centre), and as many blank lines
  above the name as put the seal's top within one line of the text.
* Under a signer's signature seal (§7.3.5.3, orders): the seal two blank lines under the
  text, right with a 4-字 gap; the signer's title 2 字 left of it, centred on it; the date
  one blank line under the seal, right with a 4-字 gap.

Without a picture the same space is left (a seal pressed by hand), unless the preset's
``seal.kind`` is ``auto``: then the signature block is set as GB/T 9704 §7.3.5.2 sets it
without a seal.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from ..style import Style
from ..style.schema import SealKind

#: Where a PNG's header chunk keeps the picture's width and height (big-endian, in pixels).
_PNG_SIZE = struct.Struct(">II")
_PNG_SIZE_AT = 16


@dataclass(frozen=True, slots=True)
class Picture:
    """A seal's picture: its file's bytes and its size in pixels."""

    data: bytes
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Spot:
    """Where the seal goes, relative to the line it is anchored to (the body's name, or the
    signer's title): its left edge from the text block's left edge, its top from the top of
    that line's box, its size; ``picture`` is None when the space is only left."""

    x: float
    y: float
    width: float
    height: float
    picture: Picture | None


def picture(style: Style) -> Picture | None:
    """The preset's seal picture (checked to be a PNG when the preset was loaded)."""
    if not style.seal.file:
        return None
    data = Path(style.seal.file).read_bytes()
    width, height = _PNG_SIZE.unpack_from(data, _PNG_SIZE_AT)
    return Picture(data, max(width, 1), max(height, 1))


def seal_kind(style: Style) -> SealKind:
    """The layout the signature block gets: 'auto' is 'seal' with a picture, else 'none'."""
    kind = style.seal.kind
    if kind == "auto":
        return "seal" if style.seal.file else "none"
    return kind


def seal_size(style: Style, found: Picture | None) -> tuple[float, float]:
    """Width and height of the printed seal: the preset's size, the picture's proportions
    (a square without a picture)."""
    width = style.seal.size
    return width, width * (found.height / found.width if found else 1.0)


def blank_lines_above(height: float, pitch: float, size: float) -> int:
    """Blank lines between the text and the name under a seal of ``height`` centred on the
    top of the name's line box: enough that the seal does not reach into the characters of
    the line above (whose em box ends ``(pitch - size) / 2`` above its box's bottom), few
    enough that its top lies within one line of them (GB/T 9704 §7.3.5.1)."""
    return max(1, math.ceil((height / 2 - (pitch - size) / 2) / pitch - 1e-6))


def with_picture(spot: Spot, found: Picture | None) -> Spot:
    return replace(spot, picture=found)
