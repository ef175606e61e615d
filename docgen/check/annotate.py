"""An annotated copy of a PDF: each finding with a place is drawn on its page — a box in the
finding's colour (errors red, warnings orange, notes blue) with its id above it, printed with
the page — and carries its whole message in a note a PDF reader shows when the box is
pointed at.  Findings about the whole document are listed in a note on the first page.

pypdfium2 (PDFium) edits the copy; the input is never changed.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Sequence
from dataclasses import replace

from ..errors import UsageError
from .findings import Box, Finding, FindingLevel

#: The colour of each level (RGB, 0–255).
COLOURS: dict[FindingLevel, tuple[int, int, int]] = {"error": (220, 0, 0), "warning": (230, 130, 0),
                                                     "note": (0, 90, 200)}
#: Line width of the boxes and size of their labels (pt).
STROKE, LABEL_SIZE = 1.0, 6.5
#: The bands findings about a whole page are drawn in, one under another across the top
#: margin: left and right inset, height of three bands (pt).
PAGE_BAND = (20.0, 20.0, 30.0)
#: PDFium's annotation subtypes and colour type (public/fpdf_annot.h).
ANNOT_TEXT, ANNOT_SQUARE, COLOR_TYPE = 1, 5, 0


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
        for number in sorted({p for f in placed for p in f.pages if 1 <= p <= count}):
            page = document[number - 1]
            labels: dict[tuple[int, int], int] = {}
            bands = 0
            for finding in (f for f in placed if number in f.pages):
                # a finding of several pages is boxed where it was seen on each, else banded
                shown = finding if number == finding.page else replace(finding, box=dict(finding.others).get(number))
                if shown.box is None:
                    shown, bands = replace(shown, box=_band(page, bands)), bands + 1
                _mark(raw, document, page, shown, labels)
            page.gen_content()
        unplaced = [f for f in findings if f not in placed and f.level != "note"]
        if unplaced and count:
            _summary(raw, document[0], unplaced)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    finally:
        document.close()


def _wide(text: str):
    """A string as PDFium takes it (UTF-16LE, zero-terminated)."""
    data = (text + "\0").encode("utf-16-le")
    return ctypes.cast(ctypes.create_string_buffer(data, len(data)), ctypes.POINTER(ctypes.c_ushort))


def _band(page, index: int) -> Box:
    """The ``index``-th band across the top margin, for a finding about a whole page."""
    width, _ = page.get_size()
    left, right, high = PAGE_BAND
    top = 8.0 + index * (high / 3 + LABEL_SIZE)
    return (left, top, width - right, top + high / 3)


def _mark(raw, document, page, finding: Finding, labels: dict[tuple[int, int], int]) -> None:
    """Box ``finding`` on ``page``; its label goes after the labels already at that corner."""
    _, height = page.get_size()
    assert finding.box is not None
    x0, top, x1, bottom = finding.box
    red, green, blue = COLOURS[finding.level]
    rect = raw.FPDFPageObj_CreateNewRect(x0 - 1, height - bottom - 1, x1 - x0 + 2, bottom - top + 2)
    raw.FPDFPageObj_SetStrokeColor(rect, red, green, blue, 255)
    raw.FPDFPageObj_SetStrokeWidth(rect, STROKE)
    raw.FPDFPath_SetDrawMode(rect, 0, 1)
    raw.FPDFPage_InsertObject(page.raw, rect)
    text = f"{finding.level[0].upper()} {finding.id}"
    corner = (round(x0), round(top))
    shift = labels.get(corner, 0)
    labels[corner] = shift + round(LABEL_SIZE * 0.55 * (len(text) + 2))
    label = raw.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", LABEL_SIZE)
    raw.FPDFText_SetText(label, _wide(text))
    raw.FPDFPageObj_SetFillColor(label, red, green, blue, 255)
    raw.FPDFPageObj_Transform(label, 1, 0, 0, 1, max(x0 - 1, 2) + shift, min(height - top + 2, height - LABEL_SIZE))
    raw.FPDFPage_InsertObject(page.raw, label)
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
