"""The fonts of one style: the resolved font of each typeface role, and which font draws
each character.

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

from collections.abc import Iterator
from functools import cache
from itertools import chain
from pathlib import Path

from ..errors import FontError
from ..model import Diagnostic
from ..style import Style
from ..style.schema import TypefaceName
from .cmap import has_char
from .face import Font, is_blank, load_font
from .listing import InstalledFonts
from .resolve import FontFile, Resolution, Resolver, bundled, is_bold_face, ranked
from .sfnt import FontFileError, read_face

#: Fonts tried, in order, for a character that the role's own fonts lack.  Noto Serif SC
#: covers all of GBK; Noto Sans SC and Liberation Serif add symbols it lacks.
FALLBACK_FILES = ("NotoSerifSC-Regular.ttf", "NotoSansSC-Medium.ttf", "LiberationSerif-Regular.ttf")


class FontSet:
    """The fonts of one style: the resolved font of each typeface role, and the character
    fallbacks.  ``installed`` replaces the machine's installed fonts (tests)."""

    def __init__(self, style: Style, installed: InstalledFonts | None = None) -> None:
        self.style = style
        self.resolver = Resolver(style, installed)
        self._resolved: dict[tuple[TypefaceName, bool], Resolution] = {}
        self._fonts: dict[tuple[TypefaceName, bool], Font] = {}
        self._chains: dict[tuple[TypefaceName, bool], list[FontFile]] = {}
        self._choices: dict[tuple[str, TypefaceName, bool, bool], Font | None] = {}
        self._unloadable: dict[Path, str] = {}

    # ----------------------------------------------------------------------- roles

    def resolution(self, typeface: TypefaceName, bold: bool = False) -> Resolution:
        key = (typeface, bold)
        if key not in self._resolved:
            self._resolved[key] = self.resolver.resolve(typeface, bold, self._unloadable)
        return self._resolved[key]

    def file(self, typeface: TypefaceName, bold: bool = False) -> FontFile:
        return self.resolution(typeface, bold).file

    def font(self, typeface: TypefaceName, bold: bool = False) -> Font:
        """The font of the role ``typeface`` (its bold face with ``bold``)."""
        found = self._fonts.get((typeface, bold))
        if found is None:
            found = self._fonts[(typeface, bold)] = self._load_role(typeface, bold)
        return found

    def _load_role(self, typeface: TypefaceName, bold: bool) -> Font:
        """Load the role's font; one that reportlab cannot read after all is skipped (with a
        note) and the role resolved again without it."""
        while True:
            file = self.file(typeface, bold)
            try:
                return load_font(file)
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

    def choose(self, ch: str, typeface: TypefaceName, bold: bool, latin: bool) -> Font | None:
        """The font that draws ``ch`` of ``typeface`` text: the Latin font for Latin letters
        and digits (``latin``), the role's font, else the first fallback that has it."""
        key = (ch, typeface, bold, latin)
        try:
            return self._choices[key]
        except KeyError:
            pass
        candidates = [self.font("latin", bold)] if latin else []
        candidates.append(self.font(typeface, bold))
        chosen = next((f for f in candidates if f.has(ch)), None)
        if chosen is None and not is_blank(ch):
            chosen = self.fallback(ch, typeface, bold)
        self._choices[key] = chosen
        return chosen

    def fallback(self, ch: str, typeface: TypefaceName, bold: bool) -> Font | None:
        """The first font after the role's own that has ``ch``: the role's other fonts, the
        bundled fallbacks, then any installed font (looked at only for such characters)."""
        code = ord(ch)
        for file in chain(self._chain(typeface, bold), self._installed_with(code)):
            if file.path in self._unloadable or not _file_has(file, code):
                continue
            try:
                font = load_font(file)
            except FontError as exc:
                self._unloadable[file.path] = exc.problem
                continue
            if font.has(ch):
                return font
        return None

    def _chain(self, typeface: TypefaceName, bold: bool) -> list[FontFile]:
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
    return has_char(file.path, file.index, code)
