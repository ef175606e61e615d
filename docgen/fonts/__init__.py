"""Fonts: which file sets each typeface role, and which font draws each character.

Each typeface role (title, fangsong, kaiti, heiti, songti, latin) is resolved by
:mod:`docgen.fonts.resolve`: the font configured for it (preset or ``--font``), else the
installed fonts whose family is in the preset's ``search`` list, else the free font bundled
with docgen.  A character the chosen font lacks is drawn in the next font that has it
(:meth:`FontSet.choose`): another installed face of the role's families, the role's bundled
font, the bundled fallbacks (Noto Serif SC covers all of GBK), and last any installed font
that has it.

Fonts are parsed lazily — only the roles a document uses — and kept for the life of the
process, so a batch does not parse a 15 MB font per document; every choice is remembered,
so that drawing a character costs one dict lookup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import chain
from pathlib import Path

from ..errors import FontError
from ..model import Diagnostic
from ..resources import fonts_dir
from ..style import Style
from .installed import InstalledFonts
from .resolve import FontFile, Resolution, Resolver, Skipped, Source, bundled, is_bold_face, ranked
from .sfnt import FontFileError, read_face

#: Fonts tried, in order, for a character that the role's own fonts lack.  Noto Serif SC
#: covers all of GBK; Noto Sans SC and Liberation Serif add symbols it lacks.
FALLBACK_FILES = ("NotoSerifSC-Regular.ttf", "NotoSansSC-Medium.ttf", "LiberationSerif-Regular.ttf")

#: Unicode categories of characters that print nothing (spaces, line and paragraph separators,
#: controls, format characters such as U+200B): an empty glyph is right for them, and one no
#: font has is simply not drawn.
BLANK_CATEGORIES = frozenset(("Zs", "Zl", "Zp", "Cc", "Cf"))

__all__ = ["FALLBACK_FILES", "FontFile", "FontSet", "PdfFont", "Resolution", "Skipped", "Source",
           "is_blank", "load_pdf_font"]


def is_blank(ch: str) -> bool:
    """Does ``ch`` print nothing (a space, a control or format character)?"""
    return ch.isspace() or unicodedata.category(ch) in BLANK_CATEGORIES


class PdfFont:
    """A font registered with reportlab, with cached glyph coverage and advance widths."""

    def __init__(self, file: FontFile) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError

        from .facecache import load_ttfont

        self.file = file
        self.name = _registered_name(file)
        try:
            font = load_ttfont(self.name, file.path, file.index)
        except (TTFError, OSError, ValueError, IndexError, KeyError) as exc:
            raise FontError(f"cannot use font: {exc}", str(file.path)) from None
        pdfmetrics.registerFont(font)
        self.face = face = font.face
        self._has: dict[str, bool] = {}
        self._glyphs = _Memo(lambda ch: face.glyph(ord(ch)) or 0)
        self._widths = _Memo(lambda ch: face.getCharWidth(ord(ch)))  # 1/1000 em
        self.ascent = face.ascent / 1000.0
        self.descent = face.descent / 1000.0

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
        pos = self.face.offsets
        return gid + 1 < len(pos) and pos[gid + 1] > pos[gid]

    def advance(self, ch: str, size: float) -> float:
        """Advance width of ``ch`` in points at ``size``."""
        return self._widths[ch] * size / 1000.0

    def width(self, text: str, size: float) -> float:
        widths = self._widths
        return sum([widths[c] for c in text]) * size / 1000.0


class _Memo(dict):
    """Values computed the first time their key is asked for, then looked up."""

    def __init__(self, compute) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key):
        value = self[key] = self._compute(key)
        return value


def _registered_name(file: FontFile) -> str:
    """The name the font is registered under: unique per file and face (an installed
    ``simfang.ttf`` and another one elsewhere are different fonts)."""
    name = f"{file.path.stem}-{file.index}"
    if file.path.parent == fonts_dir():
        return name
    import hashlib

    return f"{name}-{hashlib.sha1(str(file.path.resolve()).encode()).hexdigest()[:8]}"


@cache
def _load(path: Path, index: int, bold: bool) -> PdfFont:
    return PdfFont(FontFile(path, index, _family(path, index), "bundled", bold))


def _family(path: Path, index: int) -> str:
    try:
        return read_face(path, index).family
    except FontFileError:
        return path.stem


def load_pdf_font(file: FontFile) -> PdfFont:
    """The :class:`PdfFont` for ``file``, parsed once per process (whichever role uses it)."""
    return _load(file.path, file.index, file.bold)


class FontSet:
    """The fonts of one style: the resolved font of each typeface role, and the character
    fallbacks.  ``installed`` replaces the machine's installed fonts (tests)."""

    def __init__(self, style: Style, installed: InstalledFonts | None = None) -> None:
        self.style = style
        self.resolver = Resolver(style, installed)
        self._resolved: dict[tuple[str, bool], Resolution] = {}
        self._pdf: dict[tuple[str, bool], PdfFont] = {}
        self._chains: dict[tuple[str, bool], list[FontFile]] = {}
        self._choices: dict[tuple[str, str, bool, bool], PdfFont | None] = {}
        self._unloadable: dict[Path, str] = {}

    # ----------------------------------------------------------------------- roles

    def resolution(self, typeface: str, bold: bool = False) -> Resolution:
        key = (typeface, bold)
        if key not in self._resolved:
            self._resolved[key] = self.resolver.resolve(typeface, bold, self._unloadable)
        return self._resolved[key]

    def file(self, typeface: str, bold: bool = False) -> FontFile:
        return self.resolution(typeface, bold).file

    def pdf(self, typeface: str, bold: bool = False) -> PdfFont:
        font = self._pdf.get((typeface, bold))
        if font is None:
            font = self._pdf[(typeface, bold)] = self._load_role(typeface, bold)
        return font

    def _load_role(self, typeface: str, bold: bool) -> PdfFont:
        """Load the role's font; one that reportlab cannot read after all is skipped (with a
        note) and the role resolved again without it."""
        while True:
            file = self.file(typeface, bold)
            try:
                return load_pdf_font(file)
            except FontError as exc:
                if file.source == "bundled":
                    raise
                self._unloadable[file.path] = f"cannot be loaded: {exc.problem}"
                del self._resolved[(typeface, bold)]

    def diagnostics(self) -> list[Diagnostic]:
        """What resolving the roles used so far noticed: skipped candidates, bundled
        stand-ins, configured fonts that could not be used."""
        out: list[Diagnostic] = []
        for resolution in self._resolved.values():
            out += resolution.diagnostics()
        return list(dict.fromkeys(out))

    # ----------------------------------------------------------------------- characters

    def choose(self, ch: str, typeface: str, bold: bool, latin: bool) -> PdfFont | None:
        """The font that draws ``ch`` of ``typeface`` text: the Latin font for Latin letters
        and digits (``latin``), the role's font, else the first fallback that has it."""
        key = (ch, typeface, bold, latin)
        try:
            return self._choices[key]
        except KeyError:
            pass
        candidates = [self.pdf("latin", bold)] if latin else []
        candidates.append(self.pdf(typeface, bold))
        chosen = next((f for f in candidates if f.has(ch)), None)
        if chosen is None and not is_blank(ch):
            chosen = self.fallback(ch, typeface, bold)
        self._choices[key] = chosen
        return chosen

    def fallback(self, ch: str, typeface: str, bold: bool) -> PdfFont | None:
        """The first font after the role's own that has ``ch``: the role's other fonts, the
        bundled fallbacks, then any installed font (looked at only for such characters)."""
        code = ord(ch)
        for file in chain(self._chain(typeface, bold), self._installed_with(code)):
            if file.path in self._unloadable or not _file_has(file, code):
                continue
            try:
                font = load_pdf_font(file)
            except FontError as exc:
                self._unloadable[file.path] = exc.problem
                continue
            if font.has(ch):
                return font
        return None

    def _chain(self, typeface: str, bold: bool) -> list[FontFile]:
        key = (typeface, bold)
        files = self._chains.get(key)
        if files is None:
            own = self.file(typeface, bold)
            found = [*self.resolver.alternatives(typeface, bold), *(bundled(name) for name in FALLBACK_FILES)]
            files = self._chains[key] = [f for f in dict.fromkeys(found) if f != own]
        return files

    def _installed_with(self, code: int) -> Iterator[FontFile]:
        """Usable installed faces that have ``code`` (any family), looked for only when
        asked for the first one: most missing characters are in the bundled fallbacks."""
        yield from _covering(self.resolver.installed, code)


@cache
def _covering(installed: InstalledFonts, code: int) -> list[FontFile]:
    """Usable installed faces that have ``code``, regular upright faces first."""
    from .cmap import has_char

    faces = []
    for listing in installed.covering(code):
        if not has_char(listing.path, listing.index, code):
            continue
        try:
            faces.append(read_face(listing.path, listing.index))
        except FontFileError:
            continue
    return [FontFile(face.path, face.index, face.family, "installed", is_bold_face(face))
            for face in ranked(faces, bold=False) if face.embedding_problem() is None]


@cache
def _file_has(file: FontFile, code: int) -> bool:
    """Does ``file`` have ``code``, asked of its ``cmap`` without loading the font?"""
    from .cmap import has_char

    return has_char(file.path, file.index, code)
