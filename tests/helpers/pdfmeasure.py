"""Reading produced PDFs back and measuring them (pdfplumber), independent of docgen's code."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

import pdfplumber

MM = 72 / 25.4
#: The em box of a character: 0.88 × size above the baseline, 0.12 × size below (GB/T 9704
#: measuring convention; independent of each font's own ascent/descent).
EM_ASCENT, EM_DESCENT = 0.88, 0.12


def mm(points: float) -> float:
    return points / MM


def baseline(char: dict, page_height: float) -> float:
    """Distance of the character's baseline from the top of the page."""
    return page_height - char["matrix"][5]


@dataclass
class Row:
    """The characters of one printed line (one baseline), in reading order."""

    chars: list[dict]
    baseline: float

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def size(self) -> float:
        return Counter(round(c["size"], 1) for c in self.chars).most_common(1)[0][0]

    @property
    def top(self) -> float:
        """Top of the em box of the row's largest characters."""
        return self.baseline - EM_ASCENT * max(c["size"] for c in self.chars)

    @property
    def bottom(self) -> float:
        return self.baseline + EM_DESCENT * max(c["size"] for c in self.chars)

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return self.chars[-1]["x1"]

    @property
    def font(self) -> str:
        """The most common font of the row, without subset prefix (see :func:`font_name`)."""
        return Counter(font_name(c["fontname"]) for c in self.chars).most_common(1)[0][0]


def font_name(name: str) -> str:
    """``ABCDEF+FandolFang-Regular`` → ``FandolFang``: what a font file's name also gives."""
    name = name.split("+", 1)[-1]
    return name[:-len("-Regular")] if name.endswith("-Regular") else name


def open_pdf(data: bytes):
    return pdfplumber.open(io.BytesIO(data))


def rows(page, min_size: float = 0, max_size: float = 1000) -> list[Row]:
    """Printed lines of ``page`` (characters grouped by baseline), top to bottom."""
    groups: dict[float, list[dict]] = {}
    for c in page.chars:
        if min_size <= c["size"] <= max_size and c["text"].strip():
            groups.setdefault(round(baseline(c, page.height), 1), []).append(c)
    return [Row(sorted(cs, key=lambda c: c["x0"]), baseline(cs[0], page.height))
            for _, cs in sorted(groups.items())]


def embedded_fonts(pdf) -> dict[str, bool]:
    """Base font name → whether a font program is embedded, over all pages."""
    from pdfminer.pdftypes import resolve1

    found: dict[str, bool] = {}
    for page in pdf.pages:
        resources = resolve1(page.page_obj.resources) or {}
        for ref in (resolve1(resources.get("Font")) or {}).values():
            font = resolve1(ref)
            name = font["BaseFont"].name if hasattr(font["BaseFont"], "name") else str(font["BaseFont"])
            descriptor = resolve1(font.get("FontDescriptor"))
            if descriptor is None and "DescendantFonts" in font:
                descendant = resolve1(resolve1(font["DescendantFonts"])[0])
                descriptor = resolve1(descendant.get("FontDescriptor"))
            embedded = descriptor is not None and any(
                k in descriptor for k in ("FontFile", "FontFile2", "FontFile3"))
            found[name] = embedded
    return found


def ink_boxes(data: bytes, scale: float = 2.0):
    """For each page: a function giving the bounding box (mm) of dark pixels in a region."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=scale).to_pil().convert("L")
            dark = image.point(lambda v: 255 if v < 160 else 0)
            px = scale * MM  # pixels per mm

            def ink(x0, top, x1, bottom, dark=dark, px=px):
                box = dark.crop((round(x0 * px), round(top * px), round(x1 * px), round(bottom * px))).getbbox()
                if box is None:
                    return None
                return (x0 + box[0] / px, top + box[1] / px, x0 + box[2] / px, top + box[3] / px)

            yield index + 1, ink
    finally:
        document.close()
