"""Chinese line breaking and justification, independent of any PDF library.

Text (as runs, each with an opaque ``face`` key) and widths go in; positioned line boxes come
out.  The rules:

* **Grid.**  Every full-width character (汉字 and full-width punctuation) takes one cell of
  ``cell`` points (text width / characters per line: 156 mm / 28 = 15.79 pt), so a line of 28
  characters ends exactly at the right edge.  Latin words and numbers take their natural width
  and are never split (a word wider than the whole line is the one exception).
* **GB/T 15834-2011 §5.1.**  No line starts with ``，。、；：？！`` or a closing mark, no line
  ends with an opening mark; ``——`` and ``……`` are never split; a number stays with the
  character after it (``80个``, ``2014年``) and with a prefix such as ``第``.
* **Resolving a violation** as W3C *Requirements for Chinese Text Layout* (CLReq, "prohibition
  rules for line start and line end" and "line adjustment") describes: first try to pull the
  offending characters into the line by compressing punctuation — the mark that ends the line
  set half-width, then adjacent marks such as ``。”`` ``），`` ``”“`` that share a blank half
  cell — and otherwise push characters to the next line and spread the slack over the gaps of
  the shortened line.  A mark standing alone inside the line is never squeezed, and nothing
  ever hangs past the right edge.
* The last line of a paragraph is not stretched.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any, Generic, TypeVar

from ..chars import NO_LINE_END, NO_LINE_START, is_cjk
from .patterns import BLANK_LEFT, BLANK_RIGHT, DOUBLED, NUMBER_PREFIXES, PUNCTUATION_CELLS

#: Tolerance for floating-point comparisons of widths, in points.
EPS = 1e-6
#: How many units beyond a full line may be pulled in by compression (a mark and the
#: closing mark after it, e.g. 。” ).
MAX_PULL = 2

#: The face key of a run: opaque to the line breaker (the caller decides what it means).
F = TypeVar("F", bound=Hashable)

Measure = Callable[[str, F], float]
CELL, LATIN, SPACE = "cell", "latin", "space"


@dataclass(frozen=True, slots=True)
class Run(Generic[F]):
    """A stretch of text set in one face (the caller decides what a face key means)."""

    text: str
    face: F


@dataclass(frozen=True, slots=True)
class Box(Generic[F]):
    """An unbreakable unit: one full-width character, a doubled mark, a Latin word or a space.

    ``width`` is the advance on the line (one cell for a full-width character, less when a
    mark gives up a blank half); ``shift`` moves the glyph left within it (a compressed
    opening mark gives up its blank left half).
    """

    text: str
    face: F
    kind: str  # CELL | LATIN | SPACE
    width: float
    shift: float = 0.0


@dataclass(frozen=True, slots=True)
class LineBox(Generic[F]):
    """One laid-out line: ``boxes`` at offsets ``xs`` from ``x`` (the line's left indent)."""

    boxes: tuple[Box[F], ...]
    xs: tuple[float, ...]
    x: float
    available: float
    last: bool
    #: The face of every box, when the whole text broken into lines is in one face.
    face: F | None = None

    @property
    def width(self) -> float:
        """From the line's start to the end of its last box (a compressed mark ends where its
        kept half ends)."""
        return self.xs[-1] + self.boxes[-1].width if self.boxes else 0.0

    @property
    def text(self) -> str:
        return "".join(b.text for b in self.boxes)


# --------------------------------------------------------------------------- boxes


@lru_cache(maxsize=16384)
def takes_cell(ch: str) -> bool:
    """Does ``ch`` take a whole character cell?  East Asian wide and full-width characters
    do, and so do the "ambiguous" symbols (“ ” — … × ①), which are full-width in Chinese
    text; ambiguous *letters* (é, α) are set at their natural width with the Latin text."""
    width = unicodedata.east_asian_width(ch)
    return width in ("W", "F") or (width == "A" and not ch.isalpha())


#: Boxes of single cells, shared: a speech has a few hundred distinct characters and a batch
#: sets the same ones again and again (cleared when it grows past :data:`_CELL_LIMIT`).
_CELL_BOXES: dict[tuple[str, Hashable, float], Box[Any]] = {}
_CELL_LIMIT = 65536


#: Characters that may begin a two-cell mark (—— ……): never shared, always looked at.
_DOUBLE_STARTS = frozenset(mark[0] for mark in DOUBLED)


def _cell_box(ch: str, face: F, cell: float) -> Box[F]:
    box = Box(ch, face, CELL, cell)
    if ch not in _DOUBLE_STARTS:
        if len(_CELL_BOXES) >= _CELL_LIMIT:
            _CELL_BOXES.clear()
        _CELL_BOXES[(ch, face, cell)] = box
    return box


def make_boxes(runs: Sequence[Run[F]], cell: float, measure: Measure[F]) -> list[Box[F]]:
    boxes: list[Box[F]] = []
    append = boxes.append
    shared = _CELL_BOXES
    for run in runs:
        text, face, i, n = run.text, run.face, 0, len(run.text)
        while i < n:
            ch = text[i]
            box = shared.get((ch, face, cell))
            if box is not None:
                append(box)
                i += 1
            elif takes_cell(ch):
                if text.startswith(DOUBLED, i):
                    append(Box(text[i:i + 2], face, CELL, 2 * cell))
                    i += 2
                else:
                    append(_cell_box(ch, face, cell))
                    i += 1
            elif ch.isspace():
                append(Box(" ", face, SPACE, measure(" ", face)))
                i += 1
            else:
                j = i + 1
                while j < n and not text[j].isspace() and not takes_cell(text[j]):
                    j += 1
                append(Box(text[i:j], face, LATIN, measure(text[i:j], face)))
                i = j
    return boxes


def can_break(before: Box[Any], after: Box[Any]) -> bool:
    """May a line end after ``before`` and the next start with ``after``?"""
    if after.kind == SPACE or before.kind == SPACE:
        return True
    if after.text[0] in NO_LINE_START or before.text[-1] in NO_LINE_END:
        return False
    if before.kind == LATIN:
        if after.kind == LATIN:
            return False  # one word split between two faces
        if before.text[-1].isdigit() and is_cjk(after.text[0]):
            return False  # a number and its unit: 80个, 2014年
    elif after.kind == LATIN and after.text[0].isdigit() and before.text in NUMBER_PREFIXES:
        return False      # 第 3 次
    return True


# --------------------------------------------------------------------------- breaking


def break_lines(runs: Sequence[Run[F]], width: float, cell: float, measure: Measure[F], *,
                first_indent: float = 0.0, left_indent: float = 0.0, right_indent: float = 0.0,
                align: str = "justify") -> list[LineBox[F]]:
    """Break ``runs`` into lines of ``width`` points (the text block width)."""
    boxes = make_boxes(runs, cell, measure)
    faces = {run.face for run in runs}
    face = next(iter(faces)) if len(faces) == 1 else None
    lines: list[LineBox[F]] = []
    i, n = 0, len(boxes)
    while i < n:
        while i < n and boxes[i].kind == SPACE:
            i += 1
        if i >= n:
            break
        offset = left_indent + (first_indent if not lines else 0.0)
        available = width - offset - right_indent
        end, content = fit_line(boxes, i, available, measure)
        n = len(boxes)  # an over-long word may have been split
        lines.append(lay_out(content, offset, available, end >= n, align, face))
        i = end
    return lines


def fit_line(boxes: list[Box[F]], start: int, available: float,
             measure: Measure[F]) -> tuple[int, list[Box[F]]]:
    """Choose where the line starting at ``start`` ends; return (next index, line boxes)."""
    used, j, n = 0.0, start, len(boxes)
    while j < n and used + boxes[j].width <= available + EPS:
        used += boxes[j].width
        j += 1
    if j >= n:
        return n, boxes[start:n]
    if j == start:
        return start + 1, [_split_overlong(boxes, start, available, measure)]
    if can_break(boxes[j - 1], boxes[j]):
        return j, boxes[start:j]
    pulled = _pull_in(boxes, start, j, available)
    if pulled is not None:
        return pulled
    for k in range(j - 1, start, -1):  # push back to the last legal break
        if can_break(boxes[k - 1], boxes[k]):
            return k, boxes[start:k]
    return j, boxes[start:j]  # no legal break at all: keep the line full


def _split_overlong(boxes: list[Box[F]], start: int, available: float, measure: Measure[F]) -> Box[F]:
    """A single unit wider than the line (a long URL): split a Latin word where it must,
    so that nothing runs past the text block; return the part that stays on this line."""
    box = boxes[start]
    if box.kind != LATIN or len(box.text) < 2:
        return box
    cut = len(box.text) - 1
    while cut > 1 and measure(box.text[:cut], box.face) > available + EPS:
        cut -= 1
    head, tail = box.text[:cut], box.text[cut:]
    boxes[start:start + 1] = [Box(head, box.face, LATIN, measure(head, box.face)),
                              Box(tail, box.face, LATIN, measure(tail, box.face))]
    return boxes[start]


def _pull_in(boxes: list[Box[F]], start: int, j: int, available: float) -> tuple[int, list[Box[F]]] | None:
    """Pull boxes ``j…`` into the line by compressing punctuation, if that makes the break
    legal and the line fits."""
    for end in range(j + 1, min(j + MAX_PULL, len(boxes)) + 1):
        if end < len(boxes) and not can_break(boxes[end - 1], boxes[end]):
            continue
        line = squeeze(boxes[start:end], available)
        if line is not None:
            return end, line
    return None


def squeeze(line: list[Box[F]], available: float) -> list[Box[F]] | None:
    """Set marks half-width in CLReq's order until ``line`` fits in ``available``;
    ``None`` when it cannot be made to fit that way."""
    excess = sum(b.width for b in line) - available
    if excess <= EPS:
        return line
    out = list(line)
    for k, left in squeeze_order(line):
        # a mark gives up its whole blank half (it is set half-width, never some odd width);
        # what is left over is spread over the line like any other slack
        box = out[k]
        give = box.width / 2
        out[k] = Box(box.text, box.face, box.kind, box.width - give, give if left else 0.0)
        excess -= give
        if excess <= EPS:
            return out
    return None


def squeeze_order(line: Sequence[Box[Any]]) -> list[tuple[int, bool]]:
    """The marks that may give up half a cell, as (index, gives its left half), in order:
    the mark ending the line (set half-width at the line end), then in each pair of adjacent
    marks the one whose blank half faces the other (。” → 。, “《 → 《), nearest the line end
    first.  A single mark between characters keeps its full cell."""
    order: list[tuple[int, bool]] = []
    last = len(line) - 1
    if line[last].kind == CELL and line[last].text in BLANK_RIGHT:
        order.append((last, False))
    taken = {last} if order else set()
    for k in range(last - 1, -1, -1):
        a, b = line[k], line[k + 1]
        if a.text not in PUNCTUATION_CELLS or b.text not in PUNCTUATION_CELLS:
            continue
        if a.text in BLANK_RIGHT and k not in taken:
            order.append((k, False))
            taken.add(k)
        elif b.text in BLANK_LEFT and k + 1 not in taken:
            order.append((k + 1, True))
            taken.add(k + 1)
    return order


def lay_out(content: list[Box[F]], offset: float, available: float, last: bool, align: str,
            face: F | None = None) -> LineBox[F]:
    """Position ``content`` on a line: justified lines spread their slack evenly over the
    gaps between units (the last line of a paragraph is not stretched)."""
    while content and content[-1].kind == SPACE:
        content = content[:-1]
    widths = [b.width for b in content]
    natural = sum(widths)
    slack = max(0.0, available - natural)
    gap = lead = 0.0
    if align == "justify" and not last and len(content) > 1:
        gap = slack / (len(content) - 1)
    elif align == "center":
        lead = slack / 2
    elif align == "right":
        lead = slack
    xs = tuple(accumulate([w + gap for w in widths[:-1]], initial=lead)) if content else ()
    return LineBox(tuple(content), xs, offset, available, last, face)
