"""Reading the parts of a 公文 back from a PDF page (docgen's own, or LibreOffice's of the
DOCX): the mark and other rows by their size, the rules by their colour, the seal's picture.

Everything is in millimetres from the paper's top left corner; the text block of GB/T 9704
runs from 28 to 184 mm across and from 37 to 262 mm down."""

from __future__ import annotations

from dataclasses import dataclass

from helpers.pdfmeasure import EM_ASCENT, MM, Row, rows

RED, BLACK = (1.0, 0.0, 0.0), (0.0, 0.0, 0.0)
LEFT, RIGHT, TOP, BOTTOM = 28.0, 184.0, 37.0, 262.0
CELL = 156 / 28


@dataclass(frozen=True)
class Rule:
    x0: float
    x1: float
    y: float
    weight: float   # mm
    color: tuple

    @property
    def length(self) -> float:
        return self.x1 - self.x0


def colour(value) -> tuple:
    """A colour as an RGB triple (pdfplumber gives grey as one number, RGB as three)."""
    if value is None:
        return BLACK
    if len(value) == 1:
        return (float(value[0]),) * 3
    return tuple(round(float(v), 3) for v in value[:3])


def rules(page, color: tuple | None = None) -> list[Rule]:
    """Horizontal rules of ``page``, top to bottom: stroked lines, and filled rectangles no
    higher than 1 mm (what paragraph borders become)."""
    found = []
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) < 0.5:
            found.append(Rule(line["x0"] / MM, line["x1"] / MM, line["top"] / MM,
                              line.get("linewidth", 0) / MM, colour(line.get("stroking_color"))))
    for rect in page.rects:
        height = rect["bottom"] - rect["top"]
        if height <= MM and rect["x1"] - rect["x0"] > 20 * MM:
            found.append(Rule(rect["x0"] / MM, rect["x1"] / MM, (rect["top"] + rect["bottom"]) / 2 / MM,
                              height / MM, colour(rect.get("non_stroking_color"))))
    found.sort(key=lambda r: r.y)
    return [r for r in found if color is None or r.color == color]


def red_rows(page) -> list[Row]:
    return [row for row in rows(page) if all(colour(c["non_stroking_color"]) == RED for c in row.chars)]


def row_with(page, text: str) -> Row:
    """The row whose text (without spaces) contains ``text``."""
    for row in rows(page):
        if text in "".join(row.text.split()):
            return row
    raise AssertionError(f"no row with {text!r} on page {page.page_number}: {[r.text for r in rows(page)]}")


def top_mm(row: Row) -> float:
    """The top of the row's em box (its largest characters), mm."""
    return (row.baseline - EM_ASCENT * max(c["size"] for c in row.chars)) / MM


def centre_mm(row: Row) -> float:
    return (row.x0 + row.x1) / 2 / MM


def page_number_rows(page) -> list[Row]:
    """Rows under the text block: the page number."""
    return [row for row in rows(page) if row.baseline / MM > BOTTOM + 2]


def images(page) -> list[tuple[float, float, float, float]]:
    """Pictures of the page: (x0, top, x1, bottom) in mm."""
    return [(i["x0"] / MM, i["top"] / MM, i["x1"] / MM, i["bottom"] / MM) for i in page.images]
