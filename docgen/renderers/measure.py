"""Measuring text as the renderers set it — shared by the PDF and the DOCX renderer, so that
both break a title where the other does and measure a signature block alike.

A *face key* names the typeface role and weight a run of text is set in; the line breaker
treats it as opaque, the glyph chooser turns it into fonts.  Body-size text sits in the
grid's character cells; other sizes set their characters solid.
"""

from __future__ import annotations

from typing import NamedTuple

from ..fonts import FontSet
from ..style import Role, Style
from ..style.schema import TypefaceName
from ..typesetting.linebreak import Measure, Run, make_boxes
from ..typesetting.title import break_title
from .grid import cell_width, centred_width
from .paragraphs import Para, TextMeasure


class FaceKey(NamedTuple):
    """The typeface role and weight a run of text is set in."""

    typeface: TypefaceName
    bold: bool


def para_runs(para: Para, style: Style, role: Role) -> list[Run]:
    """The paragraph's segments as runs, each in its face: a segment's character role's
    typeface, bold when that role or the paragraph's ``role`` is."""
    runs = []
    for segment in para.segments:
        char_role = style.roles.get(segment.role) if segment.role else role
        runs.append(Run(segment.text, FaceKey(char_role.typeface, char_role.bold or role.bold)))
    return runs


def measurer(fonts: FontSet, size: float) -> Measure:
    """Natural width of Latin text, measured in the fonts that will draw it: the Latin font
    where it has every character, else each character in the font chosen for it."""
    def measure(text: str, face: FaceKey) -> float:
        typeface, bold = face
        latin = fonts.font("latin", bold)
        if all(latin.has(c) for c in text):
            return latin.width(text, size)
        width = 0.0
        for ch in text:
            font = fonts.choose(ch, typeface, bold, True)
            width += font.advance(ch, size) if font is not None else 0.0
        return width

    return measure


def text_measure(style: Style, fonts: FontSet) -> TextMeasure:
    """Width of a text set in a role as the PDF sets it (for :func:`paragraphs`)."""
    def measure(text: str, role: Role) -> float:
        face = FaceKey(role.typeface, role.bold)
        return sum(b.width for b in make_boxes([Run(text, face)], cell_width(style, role.size),
                                               measurer(fonts, role.size)))

    return measure


def centred_lines(para: Para, style: Style, fonts: FontSet) -> tuple[str, ...]:
    """The lines of a centred paragraph (the title block), broken by
    :func:`~docgen.typesetting.title.break_title` — the same lines in every renderer."""
    role = style.roles.get(para.role)
    runs = para_runs(para, style, role)
    face = runs[0].face if runs else FaceKey(role.typeface, role.bold)
    cell, measure = cell_width(style, role.size), measurer(fonts, role.size)
    return break_title(para.text, centred_width(style, role),
                       lambda text: sum(b.width for b in make_boxes([Run(text, face)], cell, measure)))
