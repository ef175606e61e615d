"""Renderers: one package per format (:mod:`.pdf`, :mod:`.docx`), one entry point each,
dispatched by :func:`render`.  What both need — the paragraphs of a speech, measuring text,
the grid, document properties — lives in the modules beside them."""

from __future__ import annotations

from ..formats import OUTPUT_FORMATS, OutputFormat
from ..model import Speech
from ..style import Style
from .result import Rendered

FORMATS = OUTPUT_FORMATS


def render(speech: Speech, style: Style, fmt: OutputFormat, *, invariant: bool = False) -> Rendered:
    """Render ``speech`` as ``fmt`` (``"pdf"`` or ``"docx"``)."""
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(speech, style, invariant=invariant)
    if fmt == "docx":
        from .docx import render_docx

        return render_docx(speech, style, invariant=invariant)
    raise ValueError(f"unknown output format {fmt!r} (known: {', '.join(FORMATS)})")


def render_template(style: Style) -> bytes:
    """A Word template (.dotx) with ``style``'s named styles, page setup and footers."""
    from .docx import render_template as docx_template

    return docx_template(style)


__all__ = ["FORMATS", "Rendered", "render", "render_template"]
