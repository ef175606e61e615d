"""What every PDF check is given: the measured pages, the preset checked against, and where
the figures come from; and how figures are written in findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..style import Style
from .findings import Source
from .patterns import GEOMETRY, MM, OFFICE_VERTICAL, PITCH_ABOVE, PITCH_BELOW
from .pdflayout import Measures


@dataclass(frozen=True, slots=True)
class PdfContext:
    measures: Measures
    style: Style
    data: bytes = field(repr=False)
    source: Source = "pdf"

    @property
    def expected_left(self) -> float:
        return self.style.page.margins.left

    @property
    def expected_right_edge(self) -> float:
        return self.style.page.width - self.style.page.margins.right

    @property
    def expected_bottom_edge(self) -> float:
        return self.style.page.height - self.style.page.margins.bottom

    @property
    def left(self) -> float:
        """The text block's left edge: as measured, else the preset's."""
        return self.measures.left if self.measures.left is not None else self.expected_left

    @property
    def right(self) -> float:
        return self.measures.right if self.measures.right is not None else self.expected_right_edge

    @property
    def vertical(self) -> float:
        """The tolerance of the vertical figures: ±1 mm, ±1.5 mm on LibreOffice's pages, where
        a line's glyphs sit lower in an exact-height line than docgen sets them (the DOCX's
        margins themselves are checked exactly, in its XML)."""
        return GEOMETRY if self.source != "libreoffice" else OFFICE_VERTICAL

    def model(self) -> Literal["linebox", "em"]:
        """The model (line boxes, or em boxes touching the text block) whose top edge is
        nearer the preset's top margin."""
        tops = self.measures.top_rows()
        if not tops:
            return "linebox" if self.style.grid.model == "linebox" else "em"
        wanted = self.style.page.margins.top
        return min(("linebox", "em"), key=lambda model: abs(self._first_top(model) - wanted))

    def _first_top(self, model: str) -> float:
        """The highest first line of the pages that continue the text (a page may start
        lower, after space that its first paragraph keeps above it)."""
        return min(self.measures.edge(r, model, "top") for _, r in self.measures.top_rows())

    def top_edge(self) -> float | None:
        return self._first_top(self.model()) if self.measures.top_rows() else None

    def lines_bottom(self) -> float | None:
        """The bottom of the lowest last line of a full page (the text block's bottom as the
        lines fill it), in the model of the top."""
        full = self.measures.full_pages
        if not full:
            return None
        return max(self.measures.edge(s.text[-1], self.model(), "bottom") for s in full)

    def expected_lines_height(self, model: str) -> float:
        """How far the preset's lines reach down: all its lines in the line-box model (22 ×
        28.95 pt = 224.7 mm; 22 × 28 pt = 217.3 mm does not fill the text block), the text
        block's height in the em model."""
        style = self.style
        if model == "em":
            return style.page.text_height
        return style.grid.lines * style.roles.body.line_pitch

    def pitches(self) -> tuple[float, float]:
        """The preset's pitch in its line boxes and in the em model."""
        style = self.style
        em = (style.page.text_height - style.roles.body.size) / max(style.grid.lines - 1, 1)
        return style.roles.body.line_pitch, em

    def pitch_range(self) -> tuple[float, float]:
        low, high = sorted(self.pitches())
        return low - PITCH_BELOW, high + PITCH_ABOVE


def mm(points: float) -> str:
    return f"{points / MM:.1f} mm"


def pt(points: float) -> str:
    return f"{points:.2f}".rstrip("0").rstrip(".") + " pt"
