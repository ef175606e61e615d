"""Fonts: which file sets each typeface role, loaded once per process.

Resolution order for a typeface role (title, fangsong, kaiti, heiti, songti, latin):

1. the installed fonts of this machine whose family is in the preset's ``search`` list;
2. the free font bundled with docgen (the preset's ``bundled`` file).

Fonts are parsed lazily — only the roles a document uses — and kept for the life of the
process, so a batch does not parse a 15 MB font per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from ..errors import FontError
from ..resources import fonts_dir
from ..style import Style, Typeface

Source = Literal["configured", "installed", "bundled"]

#: Fonts tried, in order, for a character that the role's own font lacks.  Noto Serif SC
#: covers all of GBK; Noto Sans SC and Liberation Serif add symbols it lacks.
FALLBACK_FILES = ("NotoSerifSC-Regular.ttf", "NotoSansSC-Medium.ttf", "LiberationSerif-Regular.ttf")


@dataclass(frozen=True, slots=True)
class FontFile:
    """One font program: a file (and the index of the face in a ``.ttc`` collection)."""

    path: Path
    index: int = 0
    family: str = ""
    source: Source = "bundled"
    bold: bool = False  # a real bold face (no bold needs to be simulated)


class PdfFont:
    """A font registered with reportlab, with cached glyph coverage and advance widths."""

    def __init__(self, file: FontFile) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError

        from .facecache import load_ttfont

        self.file = file
        self.name = f"{file.path.stem}-{file.index}"
        try:
            font = load_ttfont(self.name, file.path, file.index)
        except (TTFError, OSError) as exc:
            raise FontError(f"cannot use font: {exc}", str(file.path)) from None
        pdfmetrics.registerFont(font)
        face = font.face
        self._cmap: dict[int, int] = face.charToGlyph
        self._widths: dict[int, float] = face.charWidths  # 1/1000 em
        self._default = float(face.defaultWidth)
        self.ascent = face.ascent / 1000.0
        self.descent = face.descent / 1000.0

    def has(self, ch: str) -> bool:
        return ord(ch) in self._cmap

    def advance(self, ch: str, size: float) -> float:
        """Advance width of ``ch`` in points at ``size``."""
        return self._widths.get(ord(ch), self._default) * size / 1000.0

    def width(self, text: str, size: float) -> float:
        widths, default = self._widths, self._default
        return sum(widths.get(ord(c), default) for c in text) * size / 1000.0


@cache
def load_pdf_font(file: FontFile) -> PdfFont:
    """The :class:`PdfFont` for ``file``, parsed once per process."""
    return PdfFont(file)


def bundled_file(name: str, bold: bool = False) -> FontFile:
    path = fonts_dir() / name
    if not path.is_file():
        raise FontError(f"bundled font {name!r} is missing from {fonts_dir()}")
    return FontFile(path=path, family=path.stem, source="bundled", bold=bold)


class FontSet:
    """The fonts of one style: a :class:`FontFile` per typeface role, and the fallback chain."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self._files: dict[tuple[str, bool], FontFile] = {}
        self._pdf: dict[tuple[str, bool], PdfFont] = {}

    def file(self, typeface: str, bold: bool = False) -> FontFile:
        key = (typeface, bold)
        if key not in self._files:
            self._files[key] = _resolve(self.style.typeface(typeface), bold)
        return self._files[key]

    def pdf(self, typeface: str, bold: bool = False) -> PdfFont:
        font = self._pdf.get((typeface, bold))
        if font is None:
            font = self._pdf[(typeface, bold)] = load_pdf_font(self.file(typeface, bold))
        return font

    def fallbacks(self) -> tuple[PdfFont, ...]:
        return tuple(load_pdf_font(bundled_file(name)) for name in FALLBACK_FILES)


def _resolve(typeface: Typeface, bold: bool) -> FontFile:
    if bold and typeface.bundled_bold:
        return bundled_file(typeface.bundled_bold, bold=True)
    return bundled_file(typeface.bundled)
