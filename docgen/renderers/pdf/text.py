"""Drawing the lines of text: each line one text object, written as PDF operators.

Consecutive glyphs in the same font and with the same spacing form one run, set with the
character-spacing operator so that they land on the grid; each run gets its own origin.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...fonts import Font
from ...style import Style
from ..measure import FaceKey
from ..pages import PlacedLine
from .canvas import Embedder
from .furniture import SYNTHETIC_BOLD
from .glyphs import Glyphs

#: (character, face, Latin?, size) → (font, advance, synthetic bold).
GlyphMemo = dict[tuple[str, FaceKey, bool, float], tuple[Font | None, float, bool]]
#: (font, x, character, advance, synthetic bold) of one glyph of a line.
Positioned = tuple[Font, float, str, float, bool]


def draw_line(canvas: Any, placed: PlacedLine, style: Style, glyphs: Glyphs, memo: GlyphMemo,
               embed: Embedder) -> None:
    """Write one line as one text object.  The operators are written directly (reportlab's
    text object costs several times more per run), and each run of glyphs gets its own
    origin: some PDF readers (pdfminer) drop the character spacing after the last glyph of a
    text-showing operation, and would misplace everything after it."""
    size = placed.size
    y = style.page.height - placed.baseline
    ops, current, emboldened = [], None, False
    for font, x, chunk, spacing, bold in _segments(_positioned(placed, glyphs, memo)):
        embedded = embed(font)
        ops.append(f"{spacing:.4f} Tc {2 if bold else 0} Tr")
        emboldened |= bold
        if embedded.resource != current:
            ops.append(f"/{embedded.resource} {size:g} Tf")
            current = embedded.resource
        ops.append(f"1 0 0 1 {placed.left + x:.3f} {y:.3f} Tm <{embedded.encode(chunk)}> Tj")
    if ops:
        stroke = f"{size * SYNTHETIC_BOLD:.3f} w " if emboldened else ""
        canvas.addLiteral(f"{stroke}BT {' '.join(ops)} ET")


def _positioned(placed: PlacedLine, glyphs: Glyphs, memo: GlyphMemo) -> list[Positioned]:
    """(font, x, character, advance, synthetic bold) for every glyph of the line, x from the
    line's origin: a cell's glyph at the start of its cell (a compressed opening mark half a
    cell further left), ``——`` and ``……`` one glyph per cell, Latin glyphs at their advance."""
    size = placed.size
    out: list[Positioned] = []
    for box, bx in zip(placed.line.boxes, placed.line.xs):
        kind, text = box.kind, box.text
        if kind == "space":
            continue
        latin = kind == "latin"
        step = box.width / 2 if kind == "cell" else 0.0  # only —— and …… have two glyphs
        x = bx - box.shift
        for k, ch in enumerate(text):
            key = (ch, box.face, latin, size)
            font, advance, bold = memo.get(key) or _glyph(memo, key, glyphs)
            if font is not None:
                out.append((font, x if latin else x + k * step, ch, advance, bold))
            if latin:
                x += advance
    return out


def _glyph(memo: GlyphMemo, key: tuple[str, FaceKey, bool, float], glyphs: Glyphs) -> tuple[Font | None, float, bool]:
    ch, face, latin, size = key
    font = glyphs.font_for(ch, face, latin)
    if font is None:
        memo[key] = (None, 0.0, False)
    else:
        memo[key] = (font, font.advance(ch, size), face.bold and not font.file.bold)
    return memo[key]


def _segments(positioned: list[Positioned]) -> Iterator[tuple[Font, float, str, float, bool]]:
    """Yield (font, x, text, char spacing, synthetic bold) for runs of glyphs that share a
    font and an even spacing, so that each run is one text-showing operation.  A run's
    spacing is the gap between its first two glyphs; a glyph joins the run when it sits where
    that spacing puts it and the glyph after it (in the same font) keeps the spacing too."""
    n, i = len(positioned), 0
    while i < n:
        font, x0, ch, advance, bold = positioned[i]
        following = positioned[i + 1] if i + 1 < n else None
        spacing = following[1] - x0 - advance if following is not None and following[0] is font else 0.0
        chars, end, j = [ch], x0 + advance, i + 1
        while j < n:
            font2, x2, ch2, advance2, bold2 = positioned[j]
            if font2 is not font or bold2 != bold or abs(end + spacing - x2) >= 1e-6:
                break
            if j + 1 < n:
                after = positioned[j + 1]
                if after[0] is font and abs(after[1] - x2 - advance2 - spacing) >= 1e-6:
                    break
            chars.append(ch2)
            end, j = x2 + advance2, j + 1
        yield font, x0, "".join(chars), spacing, bold
        i = j


