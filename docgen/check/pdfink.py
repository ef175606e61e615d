"""Ink on the page: where a glyph's dark pixels lie, for figures that the glyph's box does not
give (the 一字线 of a page number is drawn at a height each font chooses).  pypdfium2 renders
only the small region asked about."""

from __future__ import annotations

from collections.abc import Sequence

from .findings import Box

#: Pixels per point of the renderings (6 × 72 dpi: a pixel is 0.06 mm).
SCALE = 6.0
#: A pixel darker than this (0–255) is ink.
DARK = 160


def ink_centres(data: bytes, regions: Sequence[tuple[int, Box]]) -> list[float | None]:
    """For each (page number, box in points from the top left) the vertical centre of the ink
    inside the box, in points from the page's top (None: no ink, or nothing to render with)."""
    try:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]
    except ImportError:
        return [None] * len(regions)
    document = pdfium.PdfDocument(data)
    try:
        return [_centre(document[number - 1], box) for number, box in regions]
    finally:
        document.close()


def _centre(page, box: Box) -> float | None:
    width, height = page.get_size()
    x0, top, x1, bottom = (max(box[0], 0), max(box[1], 0), min(box[2], width), min(box[3], height))
    if x1 <= x0 or bottom <= top:
        return None
    image = page.render(scale=SCALE, crop=(x0, height - bottom, width - x1, top)).to_pil().convert("L")
    dark = image.point(lambda v: 255 if v < DARK else 0).getbbox()
    if dark is None:
        return None
    return top + (dark[1] + dark[3]) / 2 / SCALE
