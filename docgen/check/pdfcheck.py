"""All the PDF checks, in the order a report lists them."""

from __future__ import annotations

from ..style import Style
from . import pdffolio, pdffonts, pdfletter, pdfmarks, pdfofficial, pdfpage, pdfroles
from .context import PdfContext
from .findings import Finding, Source
from .pdflayout import Measures
from .pdfread import PdfDocument

CHECKS = (*pdfpage.CHECKS, *pdfroles.CHECKS, *pdfmarks.CHECKS, *pdffolio.CHECKS, *pdffonts.CHECKS,
          *pdfofficial.CHECKS, *pdfletter.CHECKS)


def check_pdf(document: PdfDocument, data: bytes, style: Style, source: Source = "pdf") -> tuple[Measures, list[Finding]]:
    """Every PDF check of ``document`` against ``style``; the measures (their paragraphs,
    parsed, serve the text checks)."""
    measures = Measures(document, style)
    ctx = PdfContext(measures, style, data, source)
    found: list[Finding] = []
    for check in CHECKS:
        found.extend(check(ctx))
    return measures, found
