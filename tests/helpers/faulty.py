"""PDFs typeset by hand with reportlab — not by docgen — in the GB/T 9704 geometry, each with
one fault planted on request: the margins, the body size, the lines a page, the characters a
line, the page numbers' form, a line starting with “，”, fonts left unembedded.

The geometry is the standard's, written out here: A4, the text block from 28 to 184 mm
across and from 37 to 262 mm down, 22 lines of 28.95 pt (each glyph centred in its line
box), 28 characters of 156/28 mm, paragraphs indented two characters, page numbers “— N —”
in 14 pt, odd pages right and even pages left one 4号 character in, the dash's ink centre
7 mm under the text block."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

from docgen.resources import fonts_dir

MM = 72 / 25.4
#: The text: Chinese characters only (so that no line starts with a mark by chance); each
#: paragraph ends with 。 on its last line.
WORDS = "全面加强机关作风建设持续提高服务群众水平推动各项工作落地见效"
#: The em dash's ink in the bundled 宋体 stand-in: 0.242–0.293 em above the baseline.
DASH_CENTRE_EM = (0.242 + 0.293) / 2


@dataclass(frozen=True)
class Layout:
    left: float = 28.0          # mm
    width: float = 156.0        # mm
    top: float = 37.0           # mm
    lines: int = 22
    pitch: float = 28.95        # pt
    chars: int = 28
    size: float = 16.0          # pt
    pages: int = 3
    folio: str = "— {} —"
    comma_line: bool = False    # the second line of page 1 starts with “，”
    embed: bool = True          # False: the standard CID font STSong-Light, never embedded


@functools.cache
def _fonts(embed: bool) -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if not embed:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light", "STSong-Light"
    pdfmetrics.registerFont(TTFont("HandFang", str(fonts_dir() / "FandolFang-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("HandSong", str(fonts_dir() / "NotoSerifSC-Regular.ttf")))
    return "HandFang", "HandSong"


def lines_of(layout: Layout) -> list[tuple[int, str]]:
    """(indent in cells, text) of every line: paragraphs of 3 lines, the first indented 2."""
    out, k = [], 0
    for index in range(layout.lines * layout.pages - 3):
        first, last = index % 3 == 0, index % 3 == 2
        count = layout.chars - (2 if first else 0) - (6 if last else 0)
        text = "".join(WORDS[(k + i) % len(WORDS)] for i in range(count))
        k += count
        if last:
            text = text[:-1] + "。"
        out.append((2 if first else 0, text))
    if layout.comma_line:
        indent, text = out[1]
        out[1] = (indent, "，" + text[1:])
    return out


def make_pdf(layout: Layout = Layout()) -> bytes:
    from reportlab.pdfgen import canvas

    body_font, number_font = _fonts(layout.embed)
    width, height = 210 * MM, 297 * MM
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    cell = layout.width * MM / layout.chars
    lines = lines_of(layout)
    for page in range(layout.pages):
        chunk = lines[page * layout.lines:(page + 1) * layout.lines]
        pdf.setFont(body_font, layout.size)
        for row, (indent, text) in enumerate(chunk):
            baseline = layout.top * MM + row * layout.pitch + (layout.pitch - layout.size) / 2 + 0.88 * layout.size
            for k, ch in enumerate(text):
                pdf.drawString(layout.left * MM + (indent + k) * cell, height - baseline, ch)
        _folio(pdf, page + 1, layout, number_font, width, height)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _folio(pdf, number: int, layout: Layout, font: str, width: float, height: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = layout.folio.format(number)
    size = 14.0
    pdf.setFont(font, size)
    baseline = (layout.top + 225 + 7) * MM + DASH_CENTRE_EM * size
    span = stringWidth(text, font, size)
    left, right = layout.left * MM, (layout.left + layout.width) * MM
    x = right - size - span if number % 2 else left + size
    pdf.drawString(x, height - baseline, text)
