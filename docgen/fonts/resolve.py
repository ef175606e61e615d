"""Choosing the font file of a typeface role: configured → installed → bundled.

1. **configured** — the role's ``font`` in the preset (or ``--font ROLE=…`` on the command
   line): a font file (``/path/FS_GB2312.ttf``, ``simsun.ttc#1`` for the second face of a
   collection; a relative path is relative to the preset's folder) or a family name
   (``仿宋_GB2312``), looked for among the installed and then the bundled fonts;
2. **installed** — the first family of the role's ``search`` list that is installed
   (see :mod:`docgen.fonts.installed`);
3. **bundled** — the free font shipped with docgen (``bundled`` / ``bundled_bold``).

A candidate that cannot be embedded in a PDF — PostScript (CFF) outlines, a licence that
forbids embedding (``OS/2.fsType``), a file that cannot be read — is skipped and recorded
with the reason; the next candidate is tried.  Among the faces of a family the one closest
to the weight asked for is taken (a bold face for bold text, else the regular face, which
the PDF then emboldens), upright before italic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from .. import diagnostics as C
from ..errors import FontError
from ..model import Diagnostic
from ..resources import fonts_dir
from ..style import Style, Typeface
from ..style.schema import TypefaceName
from .installed import installed_fonts
from .listing import FONT_SUFFIXES, InstalledFonts
from .sfnt import FaceInfo, FontFileError, read_face, read_faces

Source = Literal["configured", "installed", "bundled"]

#: ``file.ttc#2``: face 2 of a collection.
_FACE_MARK = "#"
#: Weight asked for by regular and by bold text (OS/2 usWeightClass).
_REGULAR, _BOLD = 400, 700
#: A face at least this heavy counts as bold where its style bits do not say so.
_BOLD_WEIGHT = 600


@dataclass(frozen=True, slots=True)
class FontFile:
    """One font program: a file (and the index of the face in a ``.ttc`` collection)."""

    path: Path
    index: int = 0
    family: str = ""
    source: Source = "bundled"
    bold: bool = False  # a real bold face (no bold needs to be simulated)

    @property
    def label(self) -> str:
        """How diagnostics name the font: family and file."""
        face = f"#{self.index}" if self.index else ""
        return f"{self.family} ({self.path.name}{face})" if self.family else f"{self.path.name}{face}"


class Skipped(NamedTuple):
    """A candidate that was not used, and why."""

    source: Source
    candidate: str  # the file (with its face index) or the family name asked for
    reason: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """The font chosen for one typeface role (regular or bold), and what was passed over."""

    typeface: TypefaceName
    bold: bool
    file: FontFile
    skipped: tuple[Skipped, ...]
    looked_for: tuple[str, ...]  # the installed family names looked for

    def diagnostics(self) -> list[Diagnostic]:
        role = f"{self.typeface}{' bold' if self.bold else ''}"
        out = []
        for skip in self.skipped:
            if skip.source == "configured":
                out.append(C.FONT_NOT_USED(f"{role}: the configured font {skip.candidate} is not used: "
                                      f"{skip.reason}; using {self.file.label} ({self.file.source})",
                                      text=skip.candidate))
            else:
                out.append(C.FONT_SKIPPED(f"{role}: installed font {skip.candidate} skipped: {skip.reason}",
                                      text=skip.candidate))
        if self.file.source == "bundled" and self.looked_for:
            out.append(C.FONT_BUNDLED(f"{role}: none of {', '.join(self.looked_for)} is installed and "
                                  f"usable; using the bundled {self.file.label}",
                                  text=self.file.family))
        return out


def configured_path(value: str, base: Path | None = None) -> tuple[Path, int | None] | None:
    """The file (and face index) a configured font value names, or None for a family name.
    A value is a file when it has a folder separator or ends like a font file."""
    text, mark, number = value.rpartition(_FACE_MARK)
    if mark and number.isdigit() and text.lower().endswith(FONT_SUFFIXES):
        index: int | None = int(number)
    else:
        text, index = value, None
    if not ("/" in text or "\\" in text or text.lower().endswith(FONT_SUFFIXES)):
        return None
    path = Path(text).expanduser()
    if not path.is_absolute() and base is not None and (base / path).exists():
        path = base / path
    return path, index


class Resolver:
    """Resolves the typeface roles of one style.  The installed fonts are looked at only
    when a role needs them (a role configured with a usable file does not)."""

    def __init__(self, style: Style, installed: InstalledFonts | None = None) -> None:
        self.style = style
        self._installed = installed
        self.base = Path(style.source).parent if style.source else None

    @property
    def installed(self) -> InstalledFonts:
        if self._installed is None:
            self._installed = installed_fonts()
        return self._installed

    def resolve(self, typeface: TypefaceName, bold: bool = False,
                exclude: Mapping[Path, str] | None = None) -> Resolution:
        """The font of ``typeface``; files in ``exclude`` (file → why) are passed over."""
        spec = self.style.typeface(typeface)
        skipped: list[Skipped] = []
        exclude = exclude or {}
        chosen = None
        if spec.font:
            chosen = self._configured(spec, bold, skipped, exclude)
        if chosen is None:
            for name in spec.search:
                chosen = self._first_usable(self._family(name, skipped), bold, "installed", skipped, exclude)
                if chosen is not None:
                    break
        if chosen is None:
            chosen = bundled_file(spec, bold)
        return Resolution(typeface, bold, chosen, tuple(skipped), spec.search)

    def alternatives(self, typeface: TypefaceName, bold: bool) -> list[FontFile]:
        """Every usable font of the role, best first: the configured font, each installed face
        of the ``search`` families, the bundled font — the first fallbacks for a character
        the chosen font lacks (the same design is better than any other)."""
        spec = self.style.typeface(typeface)
        out: list[FontFile] = []
        if spec.font:
            found = self._configured(spec, bold, [], {})
            out += [found] if found else []
        for name in spec.search:
            for face in ranked(self._family(name, []), bold):
                if face.embedding_problem() is None:
                    out.append(_file(face, "installed", bold))
        out.append(bundled_file(spec, bold))
        return list(dict.fromkeys(out))

    # ----------------------------------------------------------------------- candidates

    def _configured(self, spec: Typeface, bold: bool, skipped: list[Skipped],
                    exclude: Mapping[Path, str]) -> FontFile | None:
        target = configured_path(spec.font, self.base)
        if target is None:
            faces = self._family(spec.font, skipped, "configured") or _bundled_family(spec.font)
            if not faces:
                skipped.append(Skipped("configured", spec.font, "no installed or bundled font has this name"))
                return None
            return self._first_usable(faces, bold, "configured", skipped, exclude)
        path, index = target
        try:
            faces = read_faces(path)
        except FontFileError as exc:
            skipped.append(Skipped("configured", str(path), str(exc)))
            return None
        if index is not None:
            if index >= len(faces):
                skipped.append(Skipped("configured", f"{path}#{index}",
                                       f"the collection holds faces 0–{len(faces) - 1} only"))
                return None
            faces = [faces[index]]
        else:  # a collection: the face of a family the role looks for, else the first one
            wanted = [f for f in faces if any(f.matches(n) for n in spec.search)]
            faces = wanted or faces[:1]
        return self._first_usable(faces, bold, "configured", skipped, exclude)

    def _family(self, name: str, skipped: list[Skipped], source: Source = "installed") -> list[FaceInfo]:
        """The installed faces known as ``name``; one that cannot be read (fontconfig lists
        it, but the file is damaged or unreadable) is recorded in ``skipped``."""
        faces = []
        for listing in self.installed.find(name):
            try:
                faces.append(read_face(listing.path, listing.index))
            except FontFileError as exc:
                skipped.append(Skipped(source, f"{listing.path} ({name})", str(exc)))
        return faces

    def _first_usable(self, faces: list[FaceInfo], bold: bool, source: Source,
                      skipped: list[Skipped], exclude: Mapping[Path, str]) -> FontFile | None:
        for face in ranked(faces, bold):
            candidate = f"{face.path}{f'#{face.index}' if face.index else ''} ({face.family})"
            problem = exclude.get(face.path) or face.embedding_problem()
            if problem is None:
                return _file(face, source, bold)
            skipped.append(Skipped(source, candidate, problem))
        return None


def ranked(faces: list[FaceInfo], bold: bool) -> list[FaceInfo]:
    """``faces`` best first for bold or regular text: upright before italic, then the weight
    nearest the one asked for, then by file and face index."""
    target = _BOLD if bold else _REGULAR
    return sorted(dict.fromkeys(faces), key=lambda f: (f.italic, abs(f.weight - target), str(f.path), f.index))


def is_bold_face(face: FaceInfo) -> bool:
    """Is ``face`` a bold face: its style bits say so, or it is heavy enough?"""
    return face.bold or face.weight >= _BOLD_WEIGHT


def _file(face: FaceInfo, source: Source, bold: bool) -> FontFile:
    return FontFile(face.path, face.index, face.family, source, bold and is_bold_face(face))


def bundled_file(spec: Typeface, bold: bool) -> FontFile:
    """The free font shipped with docgen for ``spec`` (its bold file for bold text, if any)."""
    if bold and spec.bundled_bold:
        return bundled(spec.bundled_bold, bold=True)
    return bundled(spec.bundled)


@cache
def bundled(name: str, bold: bool = False) -> FontFile:
    path = fonts_dir() / name
    if not path.is_file():
        raise FontError(f"bundled font {name!r} is missing from {fonts_dir()}")
    try:
        family = read_face(path).family
    except FontFileError as exc:
        raise FontError(f"bundled font {name!r} cannot be read: {exc}", str(path)) from None
    return FontFile(path=path, family=family, source="bundled", bold=bold)


def _bundled_family(name: str) -> list[FaceInfo]:
    faces = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        try:
            faces += [f for f in read_faces(path) if f.matches(name)]
        except FontFileError:
            continue
    return faces
