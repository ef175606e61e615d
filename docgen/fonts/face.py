"""One loaded font, format-neutral: what renderers ask of a font — which glyph draws a
character, how wide it is, the font's metrics and the bytes of its tables and glyph outlines —
without knowing how it was parsed.

The font file is parsed with reportlab's TrueType reader (through the compact face and the
disk cache of :mod:`docgen.fonts.facecache`, which loads a font it holds without reportlab);
nothing of reportlab shows through this class.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import FontError
from ..resources import fonts_dir
from .facecache import load_face
from .resolve import FontFile
from .sfnt import FontFileError, read_face

#: Unicode categories of characters that print nothing (spaces, line and paragraph separators,
#: controls, format characters such as U+200B): an empty glyph is right for them, and one no
#: font has is simply not drawn.
BLANK_CATEGORIES = frozenset(("Zs", "Zl", "Zp", "Cc", "Cf"))


def is_blank(ch: str) -> bool:
    """Does ``ch`` print nothing (a space, a control or format character)?"""
    return ch.isspace() or unicodedata.category(ch) in BLANK_CATEGORIES


@dataclass(frozen=True, slots=True)
class Metrics:
    """The font-wide metrics a PDF font descriptor states, in 1/1000 em."""

    bbox: tuple[float, ...]
    italic_angle: float
    ascent: float
    descent: float
    cap_height: float
    stem_v: float
    font_name: bytes        # the name table's PostScript name, as the file has it
    postscript_name: str    # the same, reduced to the characters a PDF name may hold


class Font:
    """A font file's face, loaded once per process, with cached coverage and advance widths."""

    def __init__(self, file: FontFile) -> None:
        self.file = file
        self.name = _registered_name(file)
        try:
            self._face = face = load_face(file.path, file.index)
        except (OSError, ValueError, IndexError, KeyError) as exc:
            raise FontError(f"cannot use font: {exc}", str(file.path)) from None
        self._data = face._ttf_data
        self._tables: dict[str, dict[str, int]] = face.table
        self._glyf_at = self._tables["glyf"]["offset"] if "glyf" in self._tables else 0
        #: Where each glyph's outline starts in ``glyf`` (one more entry: the end).
        self.offsets: array = face.offsets
        #: Each glyph's advance width, in font units.
        self.advances: array = face.advances
        self.units_per_em: int = face.unitsPerEm
        self.metrics = Metrics(tuple(face.bbox), face.italicAngle, face.ascent, face.descent,
                               face.capHeight, face.stemV, bytes(face.name),
                               _postscript_name(face.name))
        self._has: dict[str, bool] = {}
        self._glyphs = _Memo(lambda ch: face.glyph(ord(ch)) or 0)
        self._widths = _Memo(lambda ch: face.getCharWidth(ord(ch)))  # 1/1000 em
        self.ascent = face.ascent / 1000.0
        self.descent = face.descent / 1000.0
        self._bounds: dict[int, tuple[int, int, int, int] | None] = {}

    # ----------------------------------------------------------------------- characters

    def glyph(self, ch: str) -> int:
        """The glyph ID of ``ch`` (0, the .notdef glyph, when the font lacks it)."""
        return self._glyphs[ch]

    def has(self, ch: str) -> bool:
        """Does the font have a glyph for ``ch`` — one with an outline, unless ``ch`` prints
        nothing (a font may map a character to an empty glyph, which would print nothing)?"""
        known = self._has.get(ch)
        if known is None:
            gid = self._glyphs[ch]
            known = gid > 0 and (is_blank(ch) or self._outlined(gid))
            self._has[ch] = known
        return known

    def _outlined(self, gid: int) -> bool:
        pos = self.offsets
        return gid + 1 < len(pos) and pos[gid + 1] > pos[gid]

    def advance(self, ch: str, size: float) -> float:
        """Advance width of ``ch`` in points at ``size``."""
        return self._widths[ch] * size / 1000.0

    def width(self, text: str, size: float) -> float:
        widths = self._widths
        return sum([widths[c] for c in text]) * size / 1000.0

    # ----------------------------------------------------------------------- the font program

    @property
    def glyph_count(self) -> int:
        return len(self.offsets) - 1

    def has_table(self, tag: str) -> bool:
        return tag in self._tables

    def table(self, tag: str) -> bytes:
        """The bytes of the table ``tag`` as the file has it."""
        entry = self._tables[tag]
        return bytes(self._data[entry["offset"]:entry["offset"] + entry["length"]])

    def outline(self, gid: int) -> bytes:
        """The ``glyf`` data of glyph ``gid`` (empty for a glyph without an outline)."""
        pos, at = self.offsets, self._glyf_at
        return bytes(self._data[at + pos[gid]:at + pos[gid + 1]])

    def bounds(self, gid: int) -> tuple[int, int, int, int] | None:
        """The bounding box (xMin, yMin, xMax, yMax) of glyph ``gid``'s outline in font units,
        as its ``glyf`` header states it; None for an empty glyph or one the font lacks."""
        if gid not in self._bounds:
            box = None
            if 0 <= gid < self.glyph_count:
                start, end = self.offsets[gid], self.offsets[gid + 1]
                if end - start >= 10:
                    at = self._glyf_at + start + 2  # after numberOfContours
                    box = struct.unpack(">hhhh", bytes(self._data[at:at + 8]))
            self._bounds[gid] = box
        return self._bounds[gid]

    @property
    def key(self) -> object:
        """An object that lives as long as the parsed face: what caches of this font's
        derived data are keyed by."""
        return self._face


class _Memo(dict[Any, Any]):
    """Values computed the first time their key is asked for, then looked up."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self._compute(key)
        return value


def _postscript_name(name: object) -> str:
    text = name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return "".join(c for c in text if c.isalnum() or c in "-_") or "Font"


def _registered_name(file: FontFile) -> str:
    """The font's name within the process: unique per file and face (an installed
    ``simfang.ttf`` and another one elsewhere are different fonts)."""
    name = f"{file.path.stem}-{file.index}"
    if file.path.parent == fonts_dir():
        return name
    return f"{name}-{hashlib.sha1(str(file.path.resolve()).encode()).hexdigest()[:8]}"


@cache
def _load(path: Path, index: int, bold: bool) -> Font:
    return Font(FontFile(path, index, _family(path, index), "bundled", bold))


def _family(path: Path, index: int) -> str:
    try:
        return read_face(path, index).family
    except FontFileError:
        return path.stem


def load_font(file: FontFile) -> Font:
    """The :class:`Font` for ``file``, parsed once per process (whichever role uses it)."""
    return _load(file.path, file.index, file.bold)
