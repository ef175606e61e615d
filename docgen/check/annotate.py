"""An annotated copy of a PDF: each finding with a place is drawn on its page — a box in the
finding's colour (errors red, warnings orange, notes blue) with a label above it (its id and
what was measured, which may be Chinese: “第1页”), printed with the page — and carries its
whole message in a note a PDF reader shows when the box is pointed at.  Findings about the
whole document are listed in a note on the first page.

pypdfium2 (PDFium) edits the copy; the input is never changed.  The labels are set by
reportlab on pages of their own, in a bundled font that has Chinese (embedded as a subset,
with a map back to the characters, so the labels can be searched and copied), and each
label page is laid onto its page as a form.
"""

from __future__ import annotations

import ctypes
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..errors import UsageError
from ..resources import fonts_dir
from .findings import Box, Finding, FindingLevel

#: The colour of each level (RGB, 0–255).
COLOURS: dict[FindingLevel, tuple[int, int, int]] = {"error": (220, 0, 0), "warning": (230, 130, 0),
                                                     "note": (0, 90, 200)}
#: Line width of the boxes and size of their labels (pt).
STROKE, LABEL_SIZE = 1.0, 6.5
#: The labels' font: a bundled sans-serif with Chinese and Latin letters, legible small.
LABEL_FONT_FILE, LABEL_FONT = "NotoSansSC-Medium.ttf", "DocgenCheckLabel"
#: A label shows at most this many characters of what was measured.
LABEL_MEASURED = 24
#: Space between two labels at one corner (pt).
LABEL_GAP = 4.0
#: The bands findings about a whole page are drawn in, one under another across the top
#: margin: left and right inset, height of three bands (pt).
PAGE_BAND = (20.0, 20.0, 30.0)
#: PDFium's annotation subtypes and colour type (public/fpdf_annot.h).
ANNOT_TEXT, ANNOT_SQUARE, COLOR_TYPE = 1, 5, 0


@dataclass(frozen=True, slots=True)
class Label:
    """A label's text and colour, its baseline's start in points from the page's bottom left."""

    text: str
    x: float
    y: float
    color: tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Mark:
    finding: Finding     # its box the one drawn on this page
    label: Label


def annotate(pdf: bytes, findings: Sequence[Finding]) -> bytes:
    """A copy of ``pdf`` with ``findings`` marked on it."""
    try:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]
        import pypdfium2.raw as raw  # type: ignore[import-untyped]
    except ImportError:
        raise UsageError("--annotate needs pypdfium2: pip install 'docgen-gbt9704[check]'") from None
    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document)
        placed = [f for f in findings if f.page is not None and 1 <= f.page <= count]
        numbers = sorted({p for f in placed for p in f.pages if 1 <= p <= count})
        sizes = {number: document[number - 1].get_size() for number in numbers}
        marks = {number: _marks(sizes[number], [f for f in placed if number in f.pages], number) for number in numbers}
        labels = pdfium.PdfDocument(label_pages([sizes[n] for n in numbers], [[m.label for m in marks[n]]
                                                                                for n in numbers])) if numbers else None
        for index, number in enumerate(numbers):
            page = document[number - 1]
            for mark in marks[number]:
                _box(raw, page, mark.finding)
            _stamp(raw, document, page, labels, index)
            page.gen_content()
        if labels is not None:
            labels.close()
        unplaced = [f for f in findings if f not in placed and f.level != "note"]
        if unplaced and count:
            _summary(raw, document[0], unplaced)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    finally:
        document.close()


def _marks(size: tuple[float, float], findings: list[Finding], number: int) -> list[Mark]:
    """The marks of page ``number``: a finding of several pages is boxed where it was seen
    on each, else banded across the top; labels at one corner go side by side, each with
    what was measured on the page the finding names first."""
    marks: list[Mark] = []
    corners: dict[tuple[int, int], float] = {}
    bands = 0
    for finding in findings:
        shown = finding if number == finding.page else replace(finding, box=dict(finding.others).get(number))
        if shown.box is None:
            shown, bands = replace(shown, box=_band(size, bands)), bands + 1
        # what was measured is the first page's: on the others the label names the finding only
        marks.append(Mark(shown, _label(size, shown if number == finding.page else replace(shown, measured=""),
                                        corners)))
    return marks


def _label(size: tuple[float, float], finding: Finding, corners: dict[tuple[int, int], float]) -> Label:
    """The label of ``finding``, after the labels already at its box's corner."""
    _, height = size
    assert finding.box is not None
    x0, top, _, _ = finding.box
    measured = finding.measured if len(finding.measured) <= LABEL_MEASURED else finding.measured[:LABEL_MEASURED - 1] + "…"
    text = f"{finding.level[0].upper()} {finding.id}" + (f": {measured}" if measured else "")
    corner = (round(x0), round(top))
    shift = corners.get(corner, 0.0)
    corners[corner] = shift + label_width(text) + LABEL_GAP
    return Label(text, max(x0 - 1, 2) + shift, min(height - top + 2, height - LABEL_SIZE), COLOURS[finding.level])


@functools.cache
def _label_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(LABEL_FONT, str(fonts_dir() / LABEL_FONT_FILE)))
    return LABEL_FONT


def label_width(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, _label_font(), LABEL_SIZE))


def label_pages(sizes: Sequence[tuple[float, float]], labels: Sequence[Sequence[Label]]) -> bytes:
    """A PDF of one page per size holding its labels, set in the bundled font (embedded)."""
    from reportlab.pdfgen import canvas

    font, out = _label_font(), io.BytesIO()
    sheet = canvas.Canvas(out, invariant=True, initialFontName=font, initialFontSize=LABEL_SIZE)
    for size, page in zip(sizes, labels, strict=True):
        sheet.setPageSize(size)
        sheet.setFont(font, LABEL_SIZE)
        for label in page:
            sheet.setFillColorRGB(*(channel / 255 for channel in label.color))
            sheet.drawString(label.x, label.y, label.text)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def _stamp(raw, document, page, labels, index: int) -> None:
    """Lay page ``index`` of ``labels`` onto ``page``, as a form object over its content."""
    xobject = raw.FPDF_NewXObjectFromPage(document.raw, labels.raw, index)
    if not xobject:
        return
    raw.FPDFPage_InsertObject(page.raw, raw.FPDF_NewFormObjectFromXObject(xobject))
    raw.FPDF_CloseXObject(xobject)


def _wide(text: str):
    """A string as PDFium takes it (UTF-16LE, zero-terminated)."""
    data = (text + "\0").encode("utf-16-le")
    return ctypes.cast(ctypes.create_string_buffer(data, len(data)), ctypes.POINTER(ctypes.c_ushort))


def _band(size: tuple[float, float], index: int) -> Box:
    """The ``index``-th band across the top margin, for a finding about a whole page."""
    width, _ = size
    left, right, high = PAGE_BAND
    top = 8.0 + index * (high / 3 + LABEL_SIZE)
    return (left, top, width - right, top + high / 3)


def _box(raw, page, finding: Finding) -> None:
    """Box ``finding`` on ``page`` and attach its note."""
    _, height = page.get_size()
    assert finding.box is not None
    x0, top, x1, bottom = finding.box
    red, green, blue = COLOURS[finding.level]
    rect = raw.FPDFPageObj_CreateNewRect(x0 - 1, height - bottom - 1, x1 - x0 + 2, bottom - top + 2)
    raw.FPDFPageObj_SetStrokeColor(rect, red, green, blue, 255)
    raw.FPDFPageObj_SetStrokeWidth(rect, STROKE)
    raw.FPDFPath_SetDrawMode(rect, 0, 1)
    raw.FPDFPage_InsertObject(page.raw, rect)
    _note(raw, page, ANNOT_SQUARE, (x0 - 1, height - bottom - 1, x1 + 1, height - top + 1), finding.level,
          _message(finding))


def _note(raw, page, subtype: int, rect: tuple[float, float, float, float], level: FindingLevel, text: str) -> None:
    annot = raw.FPDFPage_CreateAnnot(page.raw, subtype)
    if not annot:
        return
    red, green, blue = COLOURS[level]
    raw.FPDFAnnot_SetRect(annot, raw.FS_RECTF(rect[0], rect[3], rect[2], rect[1]))
    raw.FPDFAnnot_SetColor(annot, COLOR_TYPE, red, green, blue, 255)
    raw.FPDFAnnot_SetBorder(annot, 0.0, 0.0, 0.0)
    raw.FPDFAnnot_SetStringValue(annot, b"Contents", _wide(text))
    raw.FPDFAnnot_SetStringValue(annot, b"T", _wide("docgen check"))
    raw.FPDFPage_CloseAnnot(annot)


def _summary(raw, page, findings: Sequence[Finding]) -> None:
    width, height = page.get_size()
    text = "\n".join(_message(f) for f in findings)
    level: FindingLevel = "error" if any(f.level == "error" for f in findings) else "warning"
    _note(raw, page, ANNOT_TEXT, (width - 24, height - 24, width - 4, height - 4), level, text)


def _message(finding: Finding) -> str:
    detail = f" (measured {finding.measured}; wanted {finding.expected})" if finding.measured or finding.expected else ""
    return f"{finding.level} {finding.id} — {finding.where()}: {finding.message}{detail}"
