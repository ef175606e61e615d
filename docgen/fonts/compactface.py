"""A parsed TrueType face whose large tables are arrays of numbers, not dicts and lists.

reportlab's ``TTFontFace`` keeps the character map, the advance widths of characters and
glyphs and the offsets of the glyph outlines as Python dicts and lists: for a CJK font some
30,000 entries each, which take longer to build — or to load from the cache — than the rest
of a one-document run needs of them.  :class:`CompactFace` keeps them as arrays, which load
with one copy (see :mod:`docgen.fonts.facecache`), and answers docgen's questions from them:
the glyph of a character (a binary search in the sorted character codes), the advance of a
glyph, where its outline lies.  reportlab's own attributes (``charToGlyph``, ``charWidths``,
``hmetrics``, ``glyphPos``, ``glyphToChar``) are derived from the arrays when something first
asks for them, with reportlab's values.

A face is always built from its :func:`compact_state`, whether just parsed or cached, so both
behave the same.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFontFace

#: Array type codes: signed 64-bit for character codes, glyph IDs and outline offsets (a
#: broken character map can hold any of them), 16-bit for advances and side bearings (which
#: the font stores as 16-bit numbers).
_WIDE, _SHORT = "q", "H"

#: State keys of the arrays, with their type codes.
ARRAYS = {"codes": _WIDE, "glyphs": _WIDE, "offsets": _WIDE, "advances": _SHORT, "bearings": _SHORT}

#: reportlab's attributes that the arrays replace, and the face's file data and scaling
#: function, which are rebuilt rather than stored.
_REPLACED = ("charToGlyph", "charWidths", "hmetrics", "glyphPos", "glyphToChar", "_ttf_data",
             "_pdfScale")


class CompactFace:
    """A face built from :func:`compact_state` and the font file's bytes: reportlab's
    ``TTFontFace`` attributes, without reportlab (which a process loading its fonts from the
    cache does not import)."""

    codes: array      # character codes with a glyph, ascending
    glyphs: array     # the glyph of each of ``codes``
    offsets: array    # where each glyph's outline starts in ``glyf`` (one more: the end)
    advances: array   # each glyph's advance width, in font units
    bearings: array   # each glyph's left side bearing, as reportlab reads it (unsigned)
    widths_apart: dict[int, float | None]  # characters whose width is not their glyph's
    # reportlab's attributes, as its parse set them (the state holds them all)
    _ttf_data: Any                # the font file's bytes (mapped)
    table: dict[str, dict[str, int]]  # tag → offset, length, checksum of each table
    name: bytes
    unitsPerEm: int
    defaultWidth: float
    bbox: list[float]
    italicAngle: float
    ascent: float
    descent: float
    capHeight: float
    stemV: float

    @classmethod
    def from_state(cls, state: dict, data) -> CompactFace:
        face = cls.__new__(cls)
        values = dict(state)
        for key, code in ARRAYS.items():
            values[key] = array(code, values[key])
        face.__dict__.update(values)
        face._ttf_data = data
        if not (len(face.codes) == len(face.glyphs) and
                len(face.offsets) == len(face.advances) + 1 == len(face.bearings) + 1):
            raise ValueError("inconsistent font tables")
        return face

    def _pdfScale(self, value):
        """Font units → 1/1000 em, the way reportlab scales."""
        if self.unitsPerEm == 1000:
            return value
        return value * (1000 / self.unitsPerEm)

    # ----------------------------------------------------------------------- docgen's questions

    def glyph(self, code: int) -> int | None:
        """The glyph that the character map gives ``code``, or None."""
        codes = self.codes
        at = bisect_left(codes, code)
        return self.glyphs[at] if at < len(codes) and codes[at] == code else None

    def getCharWidth(self, code: int):
        """The advance of character ``code`` in 1/1000 em, as reportlab gives it."""
        if code in self.widths_apart:
            width = self.widths_apart[code]
            return self.defaultWidth if width is None else width
        gid = self.glyph(code)
        if gid is None or not 0 <= gid < len(self.advances):
            return self.defaultWidth
        return self._pdfScale(self.advances[gid])

    # ----------------------------------------------------------------------- reportlab's tables

    @cached_property
    def charToGlyph(self) -> dict[int, int]:
        return dict(zip(self.codes, self.glyphs))

    @cached_property
    def charWidths(self) -> dict[int, float]:
        widths = {code: self._pdfScale(self.advances[gid])
                  for code, gid in zip(self.codes, self.glyphs) if 0 <= gid < len(self.advances)}
        for code, width in self.widths_apart.items():
            if width is None:
                widths.pop(code, None)
            else:
                widths[code] = width
        return widths

    @cached_property
    def hmetrics(self) -> list[tuple[int, int]]:
        return list(zip(self.advances, self.bearings))

    @cached_property
    def glyphPos(self) -> list[int]:
        return self.offsets.tolist()

    @cached_property
    def glyphToChar(self) -> dict[int, list[int]]:
        """Glyph → the characters mapped to it (reportlab uses it only to shape text, which
        docgen turns off)."""
        out: dict[int, list[int]] = {}
        for code, gid in zip(self.codes, self.glyphs):
            out.setdefault(gid, []).append(code)
        return out


def compact_state(face: TTFontFace) -> dict:
    """What a :class:`CompactFace` is built from, taken from a face reportlab has parsed:
    its small attributes as they are, its large tables as the bytes of arrays.  Raises
    ``OverflowError`` for tables no array can hold (a broken font)."""
    state = {k: v for k, v in vars(face).items() if k not in _REPLACED}
    codes = sorted(face.charToGlyph)
    glyphs = [face.charToGlyph[c] for c in codes]
    advances = _advances(face.hmetrics)
    columns = {"codes": codes, "glyphs": glyphs, "offsets": face.glyphPos, "advances": advances,
               "bearings": [lsb for _, lsb in face.hmetrics]}
    for key, code in ARRAYS.items():
        state[key] = array(code, columns[key]).tobytes()
    state["widths_apart"] = _widths_apart(face, codes, glyphs, advances)
    return state


def _advances(hmetrics: list[tuple[float, int]]) -> list[int]:
    """Each glyph's advance in font units.  A font may list advances for its first glyphs
    only (``hhea.numberOfHMetrics``), the others sharing the last one (DejaVu Sans does);
    reportlab gives those the last advance already scaled to 1/1000 em, so the last advance
    in font units is taken instead."""
    out: list[int] = []
    last = 0
    for advance, _ in hmetrics:
        if isinstance(advance, int):
            last = advance
        out.append(last)
    return out


def _widths_apart(face: TTFontFace, codes: list[int], glyphs: list[int],
                  advances: list[int]) -> dict[int, float | None]:
    """The characters whose width reportlab does not take from their glyph's advance (a
    character map that maps a character twice; None: no width at all): empty for a sound
    font."""
    scale, widths = face._pdfScale, face.charWidths
    apart: dict[int, float | None] = {}
    for code, gid in zip(codes, glyphs):
        expected = scale(advances[gid]) if 0 <= gid < len(advances) else None
        actual = widths.get(code)
        if actual != expected or type(actual) is not type(expected):
            apart[code] = actual
    apart.update((code, width) for code, width in widths.items() if code not in face.charToGlyph)
    return apart
