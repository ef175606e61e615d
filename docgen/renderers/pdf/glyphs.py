"""Which font draws each character of the PDF, and what is reported about it.

Latin letters and digits (the line breaker's ``latin`` boxes) are drawn in the Latin role's
font (Times New Roman, or the bundled Liberation Serif with the same metrics); everything set
in a character cell — 汉字 and the Chinese punctuation “” ‘’ —— …… — in the role's own font.
A character that font lacks is drawn in the first fallback that has it
(:meth:`docgen.fonts.FontSet.choose`), at the same size, on the same baseline and in the same
cell, and reported once per document with its code point, role and the font used; a
character no font has is left out of the drawing (its cell stays blank, never a .notdef box)
and reported as a warning naming it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import diagnostics as C
from ...fonts import Font, FontSet, is_blank
from ...model import Diagnostic, Speech
from ...style import Style
from ...style.schema import TypefaceName
from ...typesetting.linebreak import takes_cell
from ..measure import FaceKey, para_runs
from ..paragraphs import paragraphs

#: The digits of page and line numbers.
DIGITS = "0123456789"


class Glyphs:
    """Chooses the font for each character of one document, remembering the choice and
    what had to be substituted."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.cache: dict[tuple[str, FaceKey, bool], Font | None] = {}
        self.notes: dict[tuple[str, TypefaceName], Diagnostic] = {}
        self.substituted: set[tuple[str, FaceKey, bool]] = set()  # drawn in a fallback font, or not at all

    def font_for(self, ch: str, face: FaceKey, latin: bool) -> Font | None:
        key = (ch, face, latin)
        if key in self.cache:
            return self.cache[key]
        typeface, bold = face
        chosen = self.fonts.choose(ch, typeface, bold, latin)
        own = self.fonts.font(typeface, bold)
        if not is_blank(ch) and (chosen is None or (chosen is not own and not (
                latin and chosen is self.fonts.font("latin", bold)))):
            self._note(ch, typeface, own, chosen)
            self.substituted.add(key)
        self.cache[key] = chosen
        return chosen

    def _note(self, ch: str, typeface: TypefaceName, own: Font, chosen: Font | None) -> None:
        if (ch, typeface) not in self.notes:
            self.notes[(ch, typeface)] = substitution_note(ch, typeface, own, chosen)

    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """The fonts' own notes (skipped candidates, stand-ins) and the substitutions."""
        return (*self.fonts.diagnostics(), *self.notes.values())


def substitution_note(ch: str, typeface: TypefaceName, own: Font, chosen: Font | None) -> Diagnostic:
    code = f"U+{ord(ch):04X}"
    if chosen is None:
        return C.GLYPH_MISSING(f"no font has {ch!r} ({code}, {typeface} text); it is left blank — "
                          f"install a font that has it", text=ch)
    return C.GLYPH_FALLBACK(f"{ch!r} ({code}) is not in the {typeface} font {own.file.label}; "
                      f"drawn in {chosen.file.label}", text=ch)


def font_runs(speech: Speech, style: Style) -> Iterator[tuple[str, TypefaceName, bool, bool]]:
    """(character, typeface, bold, Latin?) for every character the PDF of ``speech`` draws,
    as the renderer classifies them — the page furniture included (page numbers' digits and
    dashes, the mark above the text block, line numbers)."""
    for para in paragraphs(speech, style):
        for run in para_runs(para, style, style.roles.get(para.role)):
            typeface, bold = run.face
            for ch in run.text:
                if not ch.isspace():
                    yield ch, typeface, bold, not takes_cell(ch)
    furniture = []
    if style.page_number.placement != "none":
        spec = style.page_number
        furniture.append((spec.format.replace("{page}", DIGITS), spec.typeface, spec.bold))
    if style.mark.text:
        furniture.append((style.mark.text, style.mark.typeface, style.mark.bold))
    if style.line_numbers.every:
        furniture.append((DIGITS, style.line_numbers.typeface, False))
    for text, typeface, bold in furniture:  # drawn character by character, never as Latin
        for ch in text:
            if not ch.isspace():
                yield ch, typeface, bold, False
