"""What a PDF's pages say about its text block, measured without assuming it is right: the
body size (the most common size of Chinese characters), the left and right edges (where most
lines start and end), the line pitch (the most common step between body lines), the full
pages, and where each page's first and last lines lie.

A row of the text block is any printed line that is not a page number (a short row of digits
and dashes in the foot of the page); body rows are those of the body size.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from ..style import Style
from .patterns import (
    BODY_SIZE_MATCH,
    EDGE_SHARE,
    EM_ASCENT,
    EM_DESCENT,
    FLUSH,
    FOLIO_ROW,
    FOLIO_ZONE,
    FULL_LINE_EM,
    MM,
    TITLE_SIZE_ABOVE,
)
from .pdfread import Glyph, PdfDocument, PdfPage, Row
from .textroles import Parsed, parse_paragraphs

#: What stands this far outside the text block, apart from the text, is furniture: line
#: numbers in the left margin, a mark (征求意见稿) above the text block.
MARGIN_FURNITURE = 2 * MM
#: A line is centred when its centre is this near the text block's.
CENTRED = 2 * MM
#: … a mark above the text block lies more than this many lines above the line under it.
MARK_GAP = 1.25
#: Roles that move to the next page with what follows them, leaving the page before short.
KEPT_ROLES = frozenset(("heading1", "heading2", "heading3", "heading4", "attachment_label", "attachment_title",
                        "signature", "signature_date", "note", "distribution", "title"))


def is_folio(row: Row, page: PdfPage) -> bool:
    """Is ``row`` a page number: a short row of digits and dashes in the foot of the page?"""
    return row.baseline > FOLIO_ZONE * page.height and len(row.text) <= 16 and \
        FOLIO_ROW.fullmatch(row.text) is not None


def is_fullwidth(ch: str) -> bool:
    """A character that takes a whole cell (汉字, full-width marks); Latin letters and digits
    take half of one."""
    ch = ch[:1]  # a glyph may stand for several characters (a ligature): its first decides
    return bool(ch) and (unicodedata.east_asian_width(ch) in ("W", "F") or ch in "“”‘’…—·")


def cells(row: Row) -> float:
    """The characters of a row, a full-width one counting 1 and a half-width one ½ (GB/T
    9704 conformance table)."""
    return sum(1.0 if is_fullwidth(ch) else 0.5 for g in row.glyphs for ch in g.text)


@dataclass(frozen=True, slots=True)
class Sheet:
    """One page's rows, sorted into the text block's and the page numbers'."""

    page: PdfPage
    text: tuple[Row, ...]
    folios: tuple[Row, ...]

    @property
    def number(self) -> int:
        return self.page.number

    def line_of(self, row: Row) -> int:
        """The 1-based number of ``row`` among the page's printed lines."""
        return self.text.index(row) + 1


@dataclass(frozen=True, slots=True)
class Para:
    """Printed lines joined into a paragraph."""

    rows: tuple[tuple[Sheet, Row], ...]

    @property
    def text(self) -> str:
        return "".join(row.text for _, row in self.rows)


class Measures:
    """The text block as the document's pages show it.  Every figure is None when the pages
    do not show it (no body text, no full line …)."""

    def __init__(self, document: PdfDocument, style: Style) -> None:
        self.document = document
        self.sheets = tuple(_sheet(page, style) for page in document.pages)

    @cached_property
    def body_size(self) -> float | None:
        sizes = Counter(round(g.size * 2) / 2 for s in self.sheets for row in s.text for g in row.glyphs
                        if is_fullwidth(g.text))
        return sizes.most_common(1)[0][0] if sizes else None

    def body_rows(self, sheet: Sheet) -> list[Row]:
        size = self.body_size
        return [] if size is None else [r for r in sheet.text if abs(r.size - size) <= BODY_SIZE_MATCH]

    @cached_property
    def all_body_rows(self) -> list[Row]:
        return [row for sheet in self.sheets for row in self.body_rows(sheet)]

    @cached_property
    def left(self) -> float | None:
        """Where flush-left lines start: the leftmost edge that many body rows share."""
        rows = self.all_body_rows
        if not rows:
            return None
        counts = Counter(round(r.x0 / (0.25 * MM)) for r in rows)
        least = max(2, EDGE_SHARE * len(rows))
        shared = [b for b, n in counts.items() if sum(counts.get(b + d, 0) for d in (-1, 0, 1)) >= least]
        edge = min(shared) * 0.25 * MM if shared else min(r.x0 for r in rows)
        return statistics.median(r.x0 for r in rows if abs(r.x0 - edge) <= FLUSH)

    @cached_property
    def right(self) -> float | None:
        """Where full lines end: the line end most body rows share, in the right half."""
        rows, left = self.all_body_rows, self.left
        if not rows or left is None:
            return None
        half = left + (self.document.pages[0].width - left) / 2
        ends = Counter(round(r.x1 / (0.5 * MM)) for r in rows if r.x1 > half)
        if not ends:
            return None
        best = max(ends, key=lambda b: (sum(ends.get(b + d, 0) for d in (-1, 0, 1)), b))
        return statistics.median(r.x1 for r in rows if abs(r.x1 - best * 0.5 * MM) <= 0.5 * MM)

    @cached_property
    def pitch(self) -> float | None:
        """The most common step between consecutive body lines of a page."""
        size = self.body_size
        if size is None:
            return None
        steps = [b.baseline - a.baseline for s in self.sheets for a, b in zip(self.body_rows(s), self.body_rows(s)[1:])
                 if 0.9 * size <= b.baseline - a.baseline <= 2.2 * size]
        if not steps:
            return None
        mode = Counter(round(step, 1) for step in steps).most_common(1)[0][0]
        return statistics.median(step for step in steps if abs(step - mode) <= 0.3)

    @cached_property
    def full_pages(self) -> tuple[Sheet, ...]:
        """Pages the text runs through: not the last, no title-size text on them, and the
        next page not starting an attachment or a title."""
        size = self.body_size
        if size is None:
            return ()
        found = []
        for sheet, following in zip(self.sheets, self.sheets[1:]):
            if not self.body_rows(sheet) or self._titled(sheet) or self._titled(following) or \
                    (following.text and following.text[0] in self.kept_rows) or \
                    any(r.is_red() for r in sheet.text):
                continue
            found.append(sheet)
        return tuple(found)

    @cached_property
    def kept_rows(self) -> frozenset[Row]:
        """The first rows of the parts that move to the next page with what follows them
        (headings, attachment labels, the signature block, the 版记): the page before one may
        hold fewer lines."""
        roles = self.parsed.roles
        return frozenset(p.rows[0][1] for i, p in enumerate(self.paragraphs) if roles.get(i) in KEPT_ROLES)

    def _titled(self, sheet: Sheet) -> bool:
        size = self.body_size or 0
        return any(r.size >= size + TITLE_SIZE_ABOVE for r in sheet.text)

    def slots(self, sheet: Sheet) -> int | None:
        """How many grid lines a page's text spans, from its first line to its last."""
        if not sheet.text or not self.pitch:
            return None
        return round((sheet.text[-1].baseline - sheet.text[0].baseline) / self.pitch) + 1

    def full_lines(self) -> list[tuple[Sheet, Row, float]]:
        """Body rows that end at the right edge, with the characters they hold counted from
        the left edge (a row indented by two cells holds two more): rows of Chinese
        characters only, when there are any (a digit's width is its font's, not half a cell)."""
        left, right, size = self.left, self.right, self.body_size
        if left is None or right is None or size is None:
            return []
        rows = [(s, r) for s in self.sheets for r in self.body_rows(s) if r.x1 >= right - FULL_LINE_EM * size
                and r.x0 >= left - FLUSH and len(r.glyphs) > 1]
        chinese = [(s, r) for s, r in rows if all(is_fullwidth(g.text) for g in r.glyphs)]
        return [(s, r, cells(r) + _indent(r, left)) for s, r in (chinese or rows)]

    @cached_property
    def paragraphs(self) -> list[Para]:
        """The printed lines joined into paragraphs: a line continues the one before when that
        one is full, this one starts flush left in the same size, on the next line or page."""
        out: list[list[tuple[Sheet, Row]]] = []
        previous: Row | None = None
        for sheet in self.sheets:
            for index, row in enumerate(sheet.text):
                if previous is not None and self._continues(previous, row, index == 0):
                    out[-1].append((sheet, row))
                else:
                    out.append([(sheet, row)])
                previous = row
        return [Para(tuple(rows)) for rows in out]

    def _continues(self, a: Row, b: Row, new_page: bool) -> bool:
        left, right = self.left, self.right
        if self._title_lines(a, b) and not new_page:
            return True
        if left is None or right is None or abs(a.size - b.size) > BODY_SIZE_MATCH or \
                a.x1 < right - FULL_LINE_EM * a.size or abs(b.x0 - left) > FLUSH:
            return False
        return new_page or b.baseline - a.baseline <= 1.5 * (self.pitch or 1.8 * a.size)

    def _title_lines(self, a: Row, b: Row) -> bool:
        """Two lines of one title (or mark): title-size, the same size, centred, one under
        the other."""
        if self.left is None or self.right is None or self.body_size is None:
            return False
        centre = (self.left + self.right) / 2
        return (a.size >= self.body_size + TITLE_SIZE_ABOVE and abs(a.size - b.size) <= BODY_SIZE_MATCH
                and 0 < b.baseline - a.baseline <= 2 * a.size and a.is_red() == b.is_red()
                and all(abs((r.x0 + r.x1) / 2 - centre) <= CENTRED for r in (a, b)))

    @cached_property
    def parsed(self) -> Parsed:
        """The paragraphs parsed by docgen's parser (the part each one plays)."""
        return parse_paragraphs([p.text for p in self.paragraphs])

    def inset(self, size: float, model: str) -> float:
        """The space above a line's em box in its line box (line-box model; 0 in the em model)."""
        return 0.0 if model == "em" or not self.pitch else max(self.pitch - size, 0.0) / 2

    def top_rows(self) -> list[tuple[Sheet, Row]]:
        """The first lines of the pages that continue the text (page 1 when it is the only one,
        unless it has a 版头)."""
        size = self.body_size or 0
        later = [(s, s.text[0]) for s in self.sheets[1:] if s.text and abs(s.text[0].size - size) <= BODY_SIZE_MATCH]
        if later:
            return later
        first = self.sheets[0]
        if first.text and not any(r.is_red() for r in first.text):
            return [(first, first.text[0])]
        return []

    def edge(self, row: Row, model: str, side: str) -> float:
        """The top (or bottom) of ``row``'s line box in the model (``em`` or ``linebox``)."""
        size = max(g.size for g in row.glyphs)
        if side == "top":
            return row.baseline - EM_ASCENT * size - self.inset(size, model)
        return row.baseline + EM_DESCENT * size + self.inset(size, model)


def _indent(row: Row, left: float) -> float:
    """The cells before ``row``'s first character, in the row's own character pitch (whole
    cells, so that a flush-left row counts none)."""
    pitch = (row.x1 - row.x0) / max(cells(row), 1.0)
    return float(round((row.x0 - left) / pitch)) if pitch > 0 else 0.0


def _sheet(page: PdfPage, style: Style) -> Sheet:
    rows = [row for row in (_without_margin_numbers(r, style) for r in page.rows) if row is not None]
    folios = tuple(r for r in rows if is_folio(r, page))
    text = [r for r in rows if r not in folios]
    return Sheet(page, tuple(r for r in text if not _above_block(r, text, style)), folios)


def _without_margin_numbers(row: Row, style: Style) -> Row | None:
    """``row`` without the characters at its left that stand apart in the left margin (line
    numbers of a draft)."""
    edge = style.page.margins.left - MARGIN_FURNITURE
    glyphs: list[Glyph] = list(row.glyphs)
    for index, (glyph, following) in enumerate(zip(glyphs, glyphs[1:])):
        if glyph.x1 >= edge:
            break
        if following.x0 - glyph.x1 >= MARGIN_FURNITURE:
            glyphs = glyphs[index + 1:]
            break
    return Row(tuple(glyphs)) if glyphs else None


def _above_block(row: Row, rows: list[Row], style: Style) -> bool:
    """Is ``row`` a mark above the text block (征求意见稿): black, above the top margin, and
    far from the line under it?  (A 信函's mark, red, lies above it too.)"""
    if row.baseline >= style.page.margins.top - MARGIN_FURNITURE or row.is_red():
        return False
    below = [r.baseline for r in rows if r.baseline > row.baseline]
    return not below or min(below) - row.baseline > MARK_GAP * style.roles.body.line_pitch
