"""Page furniture of the PDF: what is printed around the text block rather than in it —
page numbers, the mark above the text block (征求意见稿) and line numbers in the left margin.

Each is one short line of text in one typeface, drawn character by character in the role's
font (a character it lacks in the first fallback font that has it, as in the text itself).
"""

from __future__ import annotations

from ...fonts import Font
from ...style import Style
from ...style.schema import TypefaceName
from ..measure import FaceKey
from ..pages import PageLayout
from .document import PdfDocument
from .glyphs import Glyphs

#: Distance from the baseline up to the vertical centre of the ideographic em box (0.88 above
#: and 0.12 below the baseline → centre 0.38 above), for a font whose dash cannot be read.
EM_CENTRE = 0.38
#: The dashes that flank a page number (GB/T 9704 §7.5: 一字线).
_RULES = "—–－―"
#: Stroke width of simulated bold, as a share of the font size (what Word/WPS do for a
#: typeface without a bold font); the text itself uses the same.
SYNTHETIC_BOLD = 0.03


class Furniture:
    """Draws the furniture of each page into a document; ``glyphs`` picks the font of each
    character (see :class:`.glyphs.Glyphs`)."""

    def __init__(self, document: PdfDocument, style: Style, glyphs: Glyphs) -> None:
        self.document, self.style, self.glyphs = document, style, glyphs
        self.line_count = 0  # lines numbered so far (line numbers counted through the document)

    def draw(self, page: PageLayout) -> None:
        if page.numbered:
            self.page_number(page.number)
        if self.style.mark.text and (page.number == 1 or self.style.mark.pages == "all"):
            self.mark()
        if self.style.line_numbers.every:
            self.line_numbers(page)

    # ----------------------------------------------------------------------- the three kinds

    def page_number(self, number: int) -> None:
        spec, page = self.style.page_number, self.style.page
        if spec.placement == "none":
            return
        text = spec.format.replace("{page}", str(number))
        pieces = self.pieces(text, spec.typeface, spec.bold)
        width = _width(pieces, spec.size)
        placement = spec.side(odd=number % 2 == 1)
        if placement == "right":
            x = page.width - page.margins.right - spec.gap - width
        elif placement == "left":
            x = page.margins.left + spec.gap
        else:
            x = page.margins.left + (page.text_width - width) / 2
        centre = page.margins.top + page.text_height + spec.offset  # from the top edge
        baseline = centre + _rule_height(pieces) * spec.size
        self.text(pieces, spec.size, x, baseline, spec.bold)

    def mark(self) -> None:
        mark, page = self.style.mark, self.style.page
        pieces = self.pieces(mark.text, mark.typeface, mark.bold)
        width = _width(pieces, mark.size)
        slack = page.text_width - width
        x = page.margins.left + {"left": 0.0, "center": slack / 2, "right": slack}[mark.align]
        self.text(pieces, mark.size, x, page.margins.top - mark.offset, mark.bold)

    def line_numbers(self, page: PageLayout) -> None:
        spec = self.style.line_numbers
        if spec.restart == "page":
            self.line_count = 0
        right = self.style.page.margins.left - spec.gap
        for placed in page.lines:
            self.line_count += 1
            if self.line_count % spec.every:
                continue
            pieces = self.pieces(str(self.line_count), spec.typeface, False)
            self.text(pieces, spec.size, right - _width(pieces, spec.size), placed.baseline, False)

    # ----------------------------------------------------------------------- drawing

    def pieces(self, text: str, typeface: TypefaceName, bold: bool) -> list[tuple[str, Font]]:
        """Each character with the font it is drawn in (characters no font has are left out,
        and reported as in the text)."""
        face = FaceKey(typeface, bold)
        out = []
        for ch in text:
            font = self.glyphs.font_for(ch, face, False)
            if font is not None:
                out.append((ch, font))
        return out

    def text(self, pieces: list[tuple[str, Font]], size: float, x: float, baseline: float,
             bold: bool) -> None:
        """One text object; the text state is set in full, because it persists from the
        text objects of the lines."""
        if not pieces:
            return
        bold = bold and not all(font.file.bold for _, font in pieces)  # else simulate it
        y = self.style.page.height - baseline
        ops, current = [f"0 Tc {2 if bold else 0} Tr"], None
        for ch, font in pieces:
            embedded = self.document.embed(font)
            if embedded.resource != current:
                ops.append(f"/{embedded.resource} {size:g} Tf")
                current = embedded.resource
            ops.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm <{embedded.encode(ch)}> Tj")
            x += font.advance(ch, size)
        stroke = f"{size * SYNTHETIC_BOLD:.3f} w " if bold else ""
        self.document.add(f"{stroke}BT {' '.join(ops)} ET")


def _width(pieces: list[tuple[str, Font]], size: float) -> float:
    return sum(font.advance(ch, size) for ch, font in pieces)


def _rule_height(pieces: list[tuple[str, Font]]) -> float:
    """Height of the middle of the 一字线 of a page number above the baseline, in em.  GB/T
    9704 §7.5 measures 7 mm from the text block to the dash, and fonts draw the dash at
    different heights (Noto Serif SC at 0.27 em, FandolFang at 0.30 em)."""
    rule = next(((ch, font) for ch, font in pieces if ch in _RULES), None)
    return _glyph_middle(rule[1], rule[0]) if rule else EM_CENTRE


def _glyph_middle(font: Font, ch: str) -> float:
    """The vertical middle of ``ch``'s bounding box in em, as the font's outline states it."""
    gid = font.glyph(ch)
    box = font.bounds(gid) if gid else None
    if box is None:  # a missing or empty glyph has no bounding box
        return EM_CENTRE
    _, y_min, _, y_max = box
    return (y_min + y_max) / 2 / font.units_per_em
