"""Chinese line breaking and justification, independent of any PDF library.

Text (as runs, each with an opaque ``face`` key) and widths go in; positioned line boxes come
out.  The rules:

* **Grid.**  Every full-width character (汉字 and full-width punctuation) takes one cell of
  ``cell`` points (text width / characters per line: 156 mm / 28 = 15.79 pt), so a line of 28
  characters ends exactly at the right edge.  Latin words and numbers take their natural width
  and are never split.
* **GB/T 15834-2011 §5.1.**  No line starts with ``，。、；：？！`` or a closing mark, no line
  ends with an opening mark; ``——`` and ``……`` are never split; a number stays with the
  character after it (``80个``, ``2014年``).
* **Resolving a violation** as CLReq (W3C, Requirements for Chinese Text Layout §3.1.7)
  describes: first try to pull the offending character into the line by compressing
  punctuation (each of ``，。、；：`` and the paired marks has a blank half cell that may be
  given up), otherwise push characters to the next line and spread the slack over the gaps of
  the shortened line.  Nothing ever hangs past the right edge.
* The last line of a paragraph is not stretched.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..chars import NO_LINE_END, NO_LINE_START

#: Marks whose glyph fills only half of its cell, so half a cell can be given up.
#: Question and exclamation marks are centred in Chinese fonts and are not compressed.
COMPRESSIBLE_RIGHT = frozenset("，。、；：”’）》」』〕】〉")  # blank right half
COMPRESSIBLE_LEFT = frozenset("“‘（《「『〔【〈")           # blank left half
#: Marks that form one unbreakable unit when doubled (GB/T 15834 §4.14, §4.11).
DOUBLED = ("——", "……")
#: Tolerance for floating-point comparisons of widths, in points.
EPS = 1e-6

Measure = Callable[[str, str], float]


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text set in one face (the caller decides what a face key means)."""

    text: str
    face: str


@dataclass(frozen=True, slots=True)
class Box:
    """An unbreakable unit: one full-width character, a doubled mark, a Latin word or a space.

    ``width`` is the advance on the line; ``shift`` moves the glyph left within it (a
    compressed opening mark gives up its blank left half); ``x`` is the position from the
    start of the line, set when the line is laid out.
    """

    text: str
    face: str
    kind: str  # "cell" | "latin" | "space"
    width: float
    x: float = 0.0
    shift: float = 0.0

    @property
    def compressible(self) -> bool:
        return self.kind == "cell" and self.width > 0 and (
            self.text in COMPRESSIBLE_RIGHT or self.text in COMPRESSIBLE_LEFT)


@dataclass(frozen=True, slots=True)
class LineBox:
    """One laid-out line: its boxes positioned from ``x`` (the line's left offset)."""

    boxes: tuple[Box, ...]
    x: float
    available: float
    last: bool

    @property
    def width(self) -> float:
        if not self.boxes:
            return 0.0
        end = self.boxes[-1]
        return end.x + end.width

    @property
    def text(self) -> str:
        return "".join(b.text for b in self.boxes)


# --------------------------------------------------------------------------- boxes


@lru_cache(maxsize=8192)
def takes_cell(ch: str) -> bool:
    """Does ``ch`` take a whole character cell?  East Asian wide, full-width and ambiguous
    characters do (in Chinese text “ ” — … × ① are full-width)."""
    return unicodedata.east_asian_width(ch) in ("W", "F", "A")


def make_boxes(runs: Sequence[Run], cell: float, measure: Measure) -> list[Box]:
    boxes: list[Box] = []
    for run in runs:
        text, face, i = run.text, run.face, 0
        while i < len(text):
            ch = text[i]
            pair = text[i:i + 2]
            if pair in DOUBLED:
                boxes.append(Box(pair, face, "cell", 2 * cell))
                i += 2
            elif ch == " " or ch == "\t":
                boxes.append(Box(" ", face, "space", measure(" ", face)))
                i += 1
            elif takes_cell(ch):
                boxes.append(Box(ch, face, "cell", cell))
                i += 1
            else:
                j = i + 1
                while j < len(text) and text[j] not in " \t" and not takes_cell(text[j]):
                    j += 1
                word = text[i:j]
                boxes.append(Box(word, face, "latin", measure(word, face)))
                i = j
    return boxes


def can_break(before: Box, after: Box) -> bool:
    """May a line end after ``before`` and the next start with ``after``?"""
    if after.kind == "space" or before.kind == "space":
        return True
    if after.text[0] in NO_LINE_START or before.text[-1] in NO_LINE_END:
        return False
    if before.kind == "latin" and before.text[-1].isdigit() and after.kind == "cell" \
            and after.text not in COMPRESSIBLE_LEFT and after.text[0] not in NO_LINE_START:
        return False  # a number and its unit: 80个, 2014年
    if before.kind == "latin" and after.kind == "latin":
        return False
    return True


# --------------------------------------------------------------------------- breaking


def break_lines(runs: Sequence[Run], width: float, cell: float, measure: Measure, *,
                first_indent: float = 0.0, left_indent: float = 0.0, right_indent: float = 0.0,
                align: str = "justify") -> list[LineBox]:
    """Break ``runs`` into lines of ``width`` points (the text block width)."""
    boxes = make_boxes(runs, cell, measure)
    lines: list[LineBox] = []
    i, n = 0, len(boxes)
    while i < n:
        while i < n and boxes[i].kind == "space":
            i += 1
        if i >= n:
            break
        offset = left_indent + (first_indent if not lines else 0.0)
        available = width - offset - right_indent
        end, content = _fit(boxes, i, available)
        last = end >= n
        lines.append(_layout(content, offset, available, last, align))
        i = end
    return lines


def _fit(boxes: list[Box], start: int, available: float) -> tuple[int, list[Box]]:
    """Choose where the line starting at ``start`` ends; return (next index, line boxes)."""
    used, j, n = 0.0, start, len(boxes)
    while j < n and used + boxes[j].width <= available + EPS:
        used += boxes[j].width
        j += 1
    if j >= n:
        return n, boxes[start:n]
    if j == start:  # a single unit wider than the line: set it alone
        return j + 1, boxes[start:j + 1]
    if can_break(boxes[j - 1], boxes[j]):
        return j, boxes[start:j]
    pulled = _pull_in(boxes, start, j, available)
    if pulled is not None:
        return pulled
    for k in range(j - 1, start, -1):
        if can_break(boxes[k - 1], boxes[k]):
            return k, boxes[start:k]
    return j, boxes[start:j]  # no legal break at all: keep the line full


#: How many characters beyond the full line may be pulled in by compression.
_MAX_PULL = 2


def _pull_in(boxes: list[Box], start: int, j: int, available: float) -> tuple[int, list[Box]] | None:
    """Pull boxes ``j…`` into the line by compressing punctuation, if that makes the break
    legal and the line fits."""
    for end in range(j + 1, min(j + _MAX_PULL, len(boxes)) + 1):
        if end < len(boxes) and not can_break(boxes[end - 1], boxes[end]):
            continue
        line = _compress(boxes[start:end], available)
        if line is not None:
            return end, line
    return None


def _compress(line: list[Box], available: float) -> list[Box] | None:
    """Give up blank half cells, last mark first, until ``line`` fits in ``available``."""
    excess = sum(b.width for b in line) - available
    if excess <= EPS:
        return line
    out = list(line)
    for k in range(len(out) - 1, -1, -1):
        box = out[k]
        if not box.compressible:
            continue
        give = min(box.width / 2, excess)
        shift = give if box.text in COMPRESSIBLE_LEFT else 0.0
        out[k] = replace(box, width=box.width - give, shift=shift)
        excess -= give
        if excess <= EPS:
            return out
    return None


def _layout(content: list[Box], offset: float, available: float, last: bool, align: str) -> LineBox:
    while content and content[-1].kind == "space":
        content = content[:-1]
    natural = sum(b.width for b in content)
    slack = max(0.0, available - natural)
    gap, lead = 0.0, 0.0
    if align == "justify" and not last and len(content) > 1:
        gap = slack / (len(content) - 1)
    elif align == "center":
        lead = slack / 2
    elif align == "right":
        lead = slack
    x = lead
    placed = []
    for box in content:
        placed.append(replace(box, x=x))
        x += box.width + gap
    return LineBox(tuple(placed), offset, available, last)
