"""The parts of a 公文 the PDF sets at fixed places: the 版头 on the first page (its lines
and red rules, from :mod:`..masthead`), the 版记 at the foot of its page with its rules
(:mod:`..colophon`), and the seals.

Lines of black text become placed lines like the text's own (drawn by :mod:`.text`); the
mark is drawn here, in its colour and condensed as the 版头 says; rules are stroked as PDF
path operators, a colour of their own inside a saved graphics state; a seal is its picture
(:mod:`.images`), scaled to its place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...errors import StyleError
from ...fonts import FontSet
from ...style import Style
from ..colophon import Colophon, placement
from ..masthead import Line, Masthead, Rule
from ..measure import FaceKey
from ..pages import EM_ASCENT, PageLayout, PlacedLine, lay_out_para
from ..paragraphs import Para, Segment, Shape
from .document import PdfDocument
from .furniture import SYNTHETIC_BOLD
from .glyphs import Glyphs
from .images import UnreadablePicture

BLACK = "#000000"


def rgb(color: str) -> str:
    """``#FF0000`` → ``1 0 0``, the operands of the PDF colour operators."""
    return " ".join(f"{int(color[i:i + 2], 16) / 255:g}" for i in (1, 3, 5))


@dataclass(frozen=True, slots=True)
class Stroke:
    """A horizontal rule on a page: from the paper's left and top edges, in points."""

    x: float
    y: float
    length: float
    weight: float
    color: str


# --------------------------------------------------------------------------- 版头


def masthead_lines(head: Masthead, style: Style, fonts: FontSet) -> list[PlacedLine]:
    """The black lines of the 版头 (份号 …, the number, the signers) as placed lines."""
    margins = style.page.margins
    out = []
    for line in head.lines:
        if line.color is not None:
            continue
        para = Para(line.role, tuple(Segment(p.text, p.role if p.role != line.role else None) for p in line.pieces),
                    shape=Shape(left=line.x, right=0.0, first=0.0, align="left"))
        boxes = lay_out_para(para, style, fonts)
        if boxes:
            out.append(PlacedLine(boxes[0], line.role, line.size, margins.left + boxes[0].x,
                                  margins.top + line.baseline))
    return out


def masthead_strokes(head: Masthead, style: Style) -> tuple[list[Stroke], list[Stroke]]:
    """The rules under the 版头, and those near the foot of the first page (信函)."""
    margins = style.page.margins

    def stroke(rule: Rule) -> Stroke:
        return Stroke(margins.left + rule.x, margins.top + rule.y, rule.length, rule.weight, rule.color)

    return [stroke(r) for r in head.rules], [stroke(r) for r in head.footer_rules]


class MarkDrawer:
    """Draws the lines of a mark: each glyph in its font, condensed by the line's scale, its
    characters spread by the line's spread, in the line's colour."""

    def __init__(self, document: PdfDocument, style: Style, glyphs: Glyphs) -> None:
        self.document, self.style, self.glyphs = document, style, glyphs

    def draw(self, line: Line) -> None:
        role = self.style.roles.get(line.role)
        face = FaceKey(role.typeface, role.bold)
        margins, height = self.style.page.margins, self.style.page.height
        x, y = margins.left + line.x, height - margins.top - line.baseline
        ops, current, bold = [], None, False
        for ch in line.text:
            font = self.glyphs.font_for(ch, face, False)
            if font is None:
                continue
            embedded = self.document.embed(font)
            bold = role.bold and not font.file.bold
            if embedded.resource != current:
                ops.append(f"/{embedded.resource} {line.size:g} Tf")
                current = embedded.resource
            ops.append(f"{line.scale:.4f} 0 0 1 {x:.3f} {y:.3f} Tm <{embedded.encode(ch)}> Tj")
            x += (font.advance(ch, line.size) + line.spread) * line.scale
        if ops:
            stroke = f"{line.size * SYNTHETIC_BOLD:.3f} w " if bold else ""
            color = rgb(line.color or BLACK)
            self.document.add(f"q {color} rg {color} RG {stroke}BT 0 Tc {2 if bold else 0} Tr "
                                   f"{' '.join(ops)} ET Q")


def draw_strokes(document: PdfDocument, strokes: list[Stroke], page_height: float) -> None:
    for s in strokes:
        y = page_height - s.y
        document.add(f"q {rgb(s.color)} RG {s.weight:.3f} w 0 J {s.x:.3f} {y:.3f} m "
                          f"{s.x + s.length:.3f} {y:.3f} l S Q")


# --------------------------------------------------------------------------- 版记


@dataclass(frozen=True, slots=True)
class Colophoned:
    """The pages with the 版记 set: its lines added to its page, and its rules by page."""

    pages: list[PageLayout]
    strokes: dict[int, list[Stroke]]


def place_colophon(pages: list[PageLayout], col: Colophon, style: Style, fonts: FontSet,
                   scale: float = 1.0) -> Colophoned:
    """Set the 版记 at the foot of the last page — or of a page of its own when the last page
    has no room (and on an even page when printed on both sides, GB/T 9704 §7.4.1): its
    last line's box ends on the bottom edge of the text block, the last rule on that edge."""
    role = style.roles.distribution
    pitch = role.line_pitch * scale
    laid = [lay_out_para(para, style, fonts) for para in col.lines]
    count = sum(len(lines) for lines in laid) + (1 if col.print_line else 0)
    height = count * pitch
    last = pages[-1]
    where = placement(len(pages), last.filled + height <= style.page.text_height + 0.01, style.colophon.two_sided)
    pages = list(pages)
    while len(pages) < where.page:  # a page of its own, after a blank one when it must be even
        pages.append(PageLayout(len(pages) + 1, (), (), 0.0, numbered=where.numbered))
    top = style.page.text_height - height
    placed, strokes = _colophon_lines(col, laid, style, fonts, top, pitch)
    page = pages[where.page - 1]
    pages[where.page - 1] = replace(page, lines=(*page.lines, *placed))
    return Colophoned(pages, {where.page: strokes})


def _colophon_lines(col: Colophon, laid: list, style: Style, fonts: FontSet, top: float,
                    pitch: float) -> tuple[list[PlacedLine], list[Stroke]]:
    role = style.roles.distribution
    margins, width = style.page.margins, style.page.text_width
    baseline_in_box = (pitch - role.size) / 2 + EM_ASCENT * role.size
    placed: list[PlacedLine] = []
    strokes: list[Stroke] = []

    def rule(y: float, weight: float) -> None:
        if weight:
            strokes.append(Stroke(margins.left, margins.top + y, width, weight, BLACK))

    y = top
    for index, lines in enumerate(laid):
        rule(y, col.rules_above[index])
        for line in lines:
            placed.append(PlacedLine(line, "distribution", role.size, margins.left + line.x,
                                     margins.top + y + baseline_in_box))
            y += pitch
    if col.print_line is not None:
        rule(y, col.rules_above[-1])
        for text, shape in ((col.print_line.office, Shape(align="left")),
                            (col.print_line.date, Shape(align="right"))):
            boxes = lay_out_para(Para("distribution", (Segment(text),), shape=shape), style, fonts) if text else []
            if boxes:
                placed.append(PlacedLine(boxes[0], "distribution", role.size, margins.left + boxes[0].x,
                                         margins.top + y + baseline_in_box))
        y += pitch
    rule(y, col.rule_below)
    return placed, strokes


# --------------------------------------------------------------------------- seals


def draw_seals(document: PdfDocument, page: PageLayout, style: Style) -> None:
    """The seal pictures anchored on ``page``, where the signature block left their space:
    the picture scaled to the seal's box (``cm``), drawn in a saved graphics state."""
    margins, height = style.page.margins, style.page.height
    for anchored in page.seals:
        spot = anchored.spot
        if spot.picture is None:
            continue
        try:
            name = document.picture(spot.picture.data)
        except UnreadablePicture as exc:
            raise StyleError(f"the seal's picture cannot be read: {exc}", style.seal.file) from None
        x, y = margins.left + spot.x, height - anchored.top - spot.y - spot.height
        document.add(f"q {spot.width:.4f} 0 0 {spot.height:.4f} {x:.4f} {y:.4f} cm /{name} Do Q")
