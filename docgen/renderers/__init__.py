"""Renderers: one module per format, one entry point each, dispatched by :func:`render`."""

from __future__ import annotations

from ..model import Speech
from ..style import Style
from .result import Rendered

FORMATS = ("pdf", "docx")


def render(speech: Speech, style: Style, fmt: str, *, invariant: bool = False) -> Rendered:
    """Render ``speech`` as ``fmt`` (``"pdf"`` or ``"docx"``)."""
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(speech, style, invariant=invariant)
    if fmt == "docx":
        from .docx import render_docx

        return render_docx(speech, style, invariant=invariant)
    raise ValueError(f"unknown output format {fmt!r} (known: {', '.join(FORMATS)})")


__all__ = ["FORMATS", "Rendered", "render"]
