"""Drawing the lines of text: each line one text object, written as PDF operators.

Consecutive glyphs in the same font and with the same spacing form one run, set with the
character-spacing operator so that they land on the grid; each run gets its own origin.

Most lines of a Chinese text are a row of equal cells in one font: they are set as one run
without looking at each glyph's position (:func:`_even_run`); the others go glyph by glyph
(:func:`_runs`).  Both give the same runs for such a line.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from ...fonts import Font
from ...style import Style
from ...typesetting.linebreak import CELL, LATIN, SPACE, takes_cell
from ...typesetting.patterns import BLANK_LEFT
from ..measure import FaceKey
from ..pages import PlacedLine
from .document import PdfDocument
from .furniture import SYNTHETIC_BOLD
from .glyphs import Glyphs

#: (character, face, Latin?, size) → (font, advance, synthetic bold).
GlyphMemo = dict[tuple[str, FaceKey, bool, float], tuple[Font | None, float, bool]]
#: (font, x, text, character spacing, synthetic bold) of one run of glyphs, x from the line's origin.
GlyphRun = tuple[Font, float, str, float, bool]
#: Positions closer than this (points) are the same.
EPS = 1e-6


def draw_line(document: PdfDocument, placed: PlacedLine, style: Style, glyphs: Glyphs,
              memo: GlyphMemo) -> None:
    """Write one line as one text object.  The operators are written directly (reportlab's
    text object costs several times more per run), and each run of glyphs gets its own
    origin: some PDF readers (pdfminer) drop the character spacing after the last glyph of a
    text-showing operation, and would misplace everything after it."""
    size = placed.size
    y = style.page.height - placed.baseline
    runs = _even_run(placed, glyphs, memo) or _runs(placed, glyphs, memo)
    ops, current, emboldened = [], None, False
    for font, x, chunk, spacing, bold in runs:
        embedded = document.embed(font)
        ops.append(f"{spacing:.4f} Tc {2 if bold else 0} Tr")
        emboldened |= bold
        if embedded.resource != current:
            ops.append(f"/{embedded.resource} {size:g} Tf")
            current = embedded.resource
        ops.append(f"1 0 0 1 {placed.left + x:.3f} {y:.3f} Tm <{embedded.encode(chunk)}> Tj")
    if ops:
        stroke = f"{size * SYNTHETIC_BOLD:.3f} w " if emboldened else ""
        document.add(f"{stroke}BT {' '.join(ops)} ET")


def _even_run(placed: PlacedLine, glyphs: Glyphs, memo: GlyphMemo) -> list[GlyphRun] | None:
    """The line as one run when it is a row of single characters in one face, each in a cell
    (none shifted: no opening mark set half-width), at evenly spaced places, all drawn in one
    font with one advance; None otherwise.  Checked without looking at every box: the text
    holds one character per box, every one a character that takes a cell, no opening mark
    (the only boxes ever shifted) is shifted, and the first and last places are as far apart
    as even spacing puts them (cells are whole or half, so then the widths before the last
    are all alike)."""
    line = placed.line
    face, boxes, xs = line.face, line.boxes, line.xs
    if not boxes:
        return None
    if face is None:  # a paragraph in several faces: this line may still be in one
        faces = {b.face for b in boxes}
        if len(faces) != 1:
            return None
        (face,) = faces
    text = "".join([b.text for b in boxes])
    n = len(boxes)
    if len(text) != n or not _takes_cells(text) or any(boxes[m.start()].shift for m in _OPENING.finditer(text)):
        return None
    step = xs[1] - xs[0] if n > 1 else 0.0
    if abs(xs[-1] - xs[0] - (n - 1) * step) > EPS:
        return None
    size = placed.size
    own = glyphs.fonts.font(face.typeface, face.bold)
    plain: dict[tuple[FaceKey, float], tuple[tuple[Font | None, float, bool], set[str]]] | None
    plain = _PLAIN.get(glyphs.fonts)
    if plain is None:
        plain = _PLAIN[glyphs.fonts] = {}
    known = plain.get((face, size))
    if known is None or not known[1].issuperset(text):
        for ch in set(text):
            key = (ch, face, False, size)
            entry = memo.get(key) or _glyph(memo, key, glyphs)
            if entry[0] is not own:
                return None
            if known is None:
                if abs(entry[1] - size) > EPS:  # begin with a character one em wide, as Han characters are
                    return None
                known = plain[(face, size)] = (entry, set())
            if entry != known[0]:
                return None
        assert known is not None  # the text has a character, which either set it or returned
        known[1].update(text)
    font, advance, bold = known[0]
    assert font is not None
    return [(font, xs[0], text, step - advance if n > 1 else 0.0, bold)]


_OPENING = re.compile(f"[{''.join(sorted(BLANK_LEFT))}]")

#: Per font set, (face, size) → the glyph entry (font, advance, synthetic bold) of the
#: characters set in that face's own font one em wide, and those characters: a line of them is
#: drawn without looking each up (a fallback font is never among them, so no document misses
#: the report of a character substituted).
_PLAIN: WeakKeyDictionary = WeakKeyDictionary()

#: Characters known to take a cell (and so to be set in cell boxes), and known not to.
_CELLS: set[str] = set()
_NOT_CELLS: set[str] = set()


def _takes_cells(text: str) -> bool:
    if _CELLS.issuperset(text):
        return True
    for ch in set(text) - _CELLS:
        if ch in _NOT_CELLS:
            return False
        (_CELLS if takes_cell(ch) and not ch.isspace() else _NOT_CELLS).add(ch)
    return _CELLS.issuperset(text)


def _runs(placed: PlacedLine, glyphs: Glyphs, memo: GlyphMemo) -> list[GlyphRun]:
    """The runs of any line, glyph by glyph: a cell's glyph at the start of its cell (a
    compressed opening mark half a cell further left), ``——`` and ``……`` one glyph per
    cell, Latin glyphs at their advance.  A glyph joins the run before it when it is in the
    same font and sits where the run's spacing (the gap between its first two glyphs) puts
    it."""
    size = placed.size
    out: list[GlyphRun] = []
    font = None  # the run being built: its font, origin, glyphs, spacing, bold, where it ends
    x0 = spacing = end = 0.0
    bold = False
    chars: list[str] = []
    for box, bx in zip(placed.line.boxes, placed.line.xs):
        kind = box.kind
        if kind == SPACE:
            continue
        latin = kind == LATIN
        step = box.width / 2 if kind == CELL else 0.0  # only —— and …… have two glyphs
        x = bx - box.shift
        for k, ch in enumerate(box.text):
            key = (ch, box.face, latin, size)
            f, advance, b = memo.get(key) or _glyph(memo, key, glyphs)
            gx = x if latin else x + k * step
            if latin:
                x += advance
            if f is None:
                continue
            if f is font and b == bold and (len(chars) == 1 or abs(end + spacing - gx) < EPS):
                if len(chars) == 1:
                    spacing = gx - end
                chars.append(ch)
                end = gx + advance
                continue
            if font is not None:
                out.append((font, x0, "".join(chars), spacing if len(chars) > 1 else 0.0, bold))
            font, x0, chars, spacing, bold, end = f, gx, [ch], 0.0, b, gx + advance
    if font is not None:
        out.append((font, x0, "".join(chars), spacing if len(chars) > 1 else 0.0, bold))
    return out


def _glyph(memo: GlyphMemo, key: tuple[str, FaceKey, bool, float], glyphs: Glyphs) -> tuple[Font | None, float, bool]:
    ch, face, latin, size = key
    font = glyphs.font_for(ch, face, latin)
    if font is None:
        memo[key] = (None, 0.0, False)
    else:
        memo[key] = (font, font.advance(ch, size), face.bold and not font.file.bold)
    return memo[key]
