"""The one place that knows how reportlab holds a document: the canvas docgen draws on, and
the fonts docgen embeds itself, added to reportlab's document as its own fonts would be.

reportlab has no public interface for fonts embedded by someone else, so this module uses
its document's font mapping, its list of fonts written when the document is saved, and its
page resources — and nothing else of the renderer does.
"""

from __future__ import annotations

import io
from typing import Any

from ...fonts import Font
from .embed import EmbeddedFont


def new_canvas(buffer: io.BytesIO, size: tuple[float, float], *, invariant: bool, language: str,
               initial_font: Font) -> Any:
    """A canvas writing to ``buffer``.  The initial font must be one of docgen's: reportlab's
    default (Helvetica) would be referenced unembedded on every page."""
    from reportlab.pdfgen.canvas import Canvas

    return Canvas(buffer, pagesize=size, invariant=int(invariant), pageCompression=1, lang=language,
                  initialFontName=initial_font.name)


class _Delayed:
    """An embedded font as reportlab's document writes its fonts: when it is saved."""

    def __init__(self, embedded: EmbeddedFont) -> None:
        self.embedded = embedded

    def addObjects(self, doc: Any) -> None:
        """Add the font's objects to ``doc``."""
        from reportlab.pdfbase import pdfdoc

        embedded = self.embedded
        metrics = embedded.font.metrics
        found = embedded.program()
        base = found.base_name
        program = pdfdoc.PDFStream(content=found.deflated)
        program.dictionary["Filter"] = pdfdoc.PDFName("FlateDecode")  # compressed already
        program.dictionary["Length1"] = len(found.raw)
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "FontName": pdfdoc.PDFName(base),
            "Flags": 4, "FontBBox": pdfdoc.PDFArray(list(metrics.bbox)), "ItalicAngle": metrics.italic_angle,
            "Ascent": metrics.ascent, "Descent": metrics.descent, "CapHeight": metrics.cap_height,
            "StemV": metrics.stem_v, "FontFile2": doc.Reference(program)})
        cid_font = pdfdoc.PDFDictionary({
            "Type": "/Font", "Subtype": "/CIDFontType2", "BaseFont": pdfdoc.PDFName(base),
            "CIDSystemInfo": pdfdoc.PDFDictionary({
                "Registry": pdfdoc.PDFString("Adobe"), "Ordering": pdfdoc.PDFString("Identity"),
                "Supplement": 0}),
            "FontDescriptor": doc.Reference(descriptor), "DW": 1000,
            "W": found.widths, "CIDToGIDMap": "/Identity"})
        to_unicode = pdfdoc.PDFStream(content=found.to_unicode.encode("ascii"))
        to_unicode.filters = [pdfdoc.PDFZCompress]
        font = pdfdoc.PDFDictionary({
            "Type": "/Font", "Subtype": "/Type0", "BaseFont": pdfdoc.PDFName(base),
            "Encoding": "/Identity-H", "DescendantFonts": pdfdoc.PDFArray([doc.Reference(cid_font)]),
            "ToUnicode": doc.Reference(to_unicode)})
        doc.idToObject["BasicFonts"].dict[embedded.resource] = doc.Reference(font, embedded.resource)


class Embedder:
    """The :class:`EmbeddedFont` of each font a document uses, registered with its document."""

    def __init__(self, canvas: Any) -> None:
        self._doc = canvas._doc
        self.fonts: dict[str, EmbeddedFont] = {}

    def __call__(self, font: Font) -> EmbeddedFont:
        embedded = self.fonts.get(font.name)
        if embedded is None:
            mapping = self._doc.fontMapping
            resource = f"F{len(mapping) + 1}"
            mapping[f"docgen:{font.name}"] = "/" + resource
            embedded = self.fonts[font.name] = EmbeddedFont(font, resource)
            self._doc.delayedFonts.append(_Delayed(embedded))
        return embedded
