"""Line breaking of long titles (GB/T 9704-2012 §7.3.1).

A title that does not fit on one line is broken "so that each line keeps its meaning whole"
— between words, never inside a word, a name or a number, never leaving 的 or 关于 dangling —
into lines "symmetric and of suitable length" in a 梯形 (trapezoid: lines growing or
shrinking) or 菱形 (diamond: the middle line longest) shape.  Words come from a dictionary
segmentation (:mod:`docgen.typesetting.words`); the units are then glued so that particles,
prepositions, numbers with their units and the contents of 《》“”（） stay together.  Among all ways to break the units into the
fewest lines that fit, the most balanced one of an allowed shape wins.

The result is a tuple of strings, one per line, usable by any renderer::

    lines = break_title(title, width=156 * MM, measure=lambda s: font.width(s, 22))
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ..chars import CLOSING, NO_LINE_START, OPENING
from .linebreak import takes_cell
from .patterns import TITLE_GENRE_WORDS, TITLE_LEADING_WORDS, TITLE_TRAILING_WORDS
from .words import segment

Measure = Callable[[str], float]

#: Spans kept whole where the line allows: book titles, quotations, parenthesised text,
#: Latin words and numbers (5G, 3·15, 2023), and the two-cell marks —— and …….
_PROTECTED = re.compile(r"《[^》]*》|“[^”]*”|（[^）]*）|\([^)]*\)|[0-9A-Za-z][0-9A-Za-z.·/%-]*|——|……")
#: A title is broken into at most this many lines.
MAX_LINES = 4
#: Lengths within this share of a character count as equal when judging the shape.
_SHAPE_TOLERANCE = 0.5
#: A last line shorter than this many characters is a fragment (GB/T 9704 §7.3.1: lines "of
#: suitable length").
_MIN_LAST = 4


def estimate_measure(size: float) -> Measure:
    """A measure without font files: full-width characters one em, others half an em."""
    return lambda text: sum(size if takes_cell(c) else size / 2 for c in text)


def break_title(text: str, width: float, measure: Measure) -> tuple[str, ...]:
    """The lines of ``text`` set in ``width`` points; one line when it fits."""
    text = text.strip()
    if not text or measure(text) <= width:
        return (text,) if text else ()
    for units in _unit_choices(text):
        lines = _best_split(units, width, measure)
        if lines is not None:
            return lines
    return (text,)  # a single character wider than the line: nothing to break


def _unit_choices(text: str):
    """From the strictest units to single characters, for titles whose spans are too long
    to keep whole."""
    yield title_units(text)
    yield title_units(text, protect=False)
    yield _words(text, protect=False)
    yield list(text)


def title_units(text: str, protect: bool = True) -> list[str]:
    """The title as unbreakable units: words glued to the particles around them, and (with
    ``protect``) 《…》 “…” （…） spans whole."""
    units: list[str] = []
    previous = ""
    for word in _words(text, protect):
        if units and _joins(previous, word):
            units[-1] += word
        else:
            units.append(word)
        previous = word
    if len(units) > 1 and _is_fragment(units[-1]):
        units[-2:] = [units[-2] + units[-1]]
    return units


def _joins(previous: str, word: str) -> bool:
    """Must ``word`` stay on the line of the word before it?"""
    return (word in TITLE_TRAILING_WORDS or word.isspace() or word[0] in NO_LINE_START
            or word[0] in CLOSING or previous[-1] in OPENING
            or previous in TITLE_LEADING_WORDS or previous == "的"  # 的 binds both ways
            or previous == "——"  # a dash introduces what follows (——在……上的讲话)
            or (previous[-1].isdigit() and not word[0].isascii()))  # 75 周年, 2023 年


def _is_fragment(unit: str) -> bool:
    """A unit too weak to stand alone at the end: 讲话, 通知 …"""
    return unit in TITLE_GENRE_WORDS or len(unit) < 2


def _words(text: str, protect: bool = True) -> list[str]:
    """The words of ``text``, with protected spans kept whole."""
    if not protect:
        return _segment(text)
    words: list[str] = []
    cursor = 0
    for match in _PROTECTED.finditer(text):
        words.extend(_segment(text[cursor:match.start()]))
        words.append(match.group())
        cursor = match.end()
    words.extend(_segment(text[cursor:]))
    return [w for w in words if w]


def _segment(text: str) -> list[str]:
    return segment(text)


# --------------------------------------------------------------------------- choosing breaks


def _best_split(units: Sequence[str], width: float, measure: Measure) -> tuple[str, ...] | None:
    sizes = [measure(u) for u in units]
    total = sum(sizes)
    fewest = max(2, int(-(-total // width)))
    em = max(measure("国"), 1e-6)
    for count in range(fewest, min(MAX_LINES, len(units)) + 1):
        best, best_cost = None, float("inf")
        for cuts in itertools.combinations(range(1, len(units)), count - 1):
            bounds = (0, *cuts, len(units))
            lengths = [sum(sizes[a:b]) for a, b in zip(bounds, bounds[1:])]
            if max(lengths) > width + 1e-6:
                continue
            cost = _cost(lengths, units[bounds[-2]:], em)
            if cost < best_cost:
                best, best_cost = bounds, cost
        if best is not None and best_cost < float("inf"):
            return tuple("".join(units[a:b]) for a, b in zip(best, best[1:]))
    return None


def _cost(lengths: list[float], last_units: Sequence[str], em: float) -> float:
    """Lower is better; infinite for a shape GB/T 9704 does not allow (an hourglass, a
    zigzag) or a fragment of a last line."""
    chars = [length / em for length in lengths]
    if not _allowed_shape(chars):
        return float("inf")
    if chars[-1] < _MIN_LAST and len(chars) > 1:
        return float("inf")
    mean = sum(chars) / len(chars)
    spread = sum((c - mean) ** 2 for c in chars)
    # of two equally balanced breaks, prefer the longer line on top (a 倒梯形 reads as one
    # title; a short first line looks like a heading above it)
    return spread + 0.01 * max(0.0, chars[-1] - chars[0])


def _allowed_shape(chars: list[float]) -> bool:
    """梯形: lengths never grow or never shrink; 菱形: they grow up to one peak, then shrink."""
    steps = [_sign(b - a) for a, b in zip(chars, chars[1:])]
    steps = [s for s in steps if s]
    if all(s > 0 for s in steps) or all(s < 0 for s in steps):
        return True
    # a single change of direction, from growing to shrinking (菱形)
    changes = sum(1 for a, b in zip(steps, steps[1:]) if a != b)
    return changes == 1 and steps[0] > 0


def _sign(delta: float) -> int:
    return 0 if abs(delta) <= _SHAPE_TOLERANCE else (1 if delta > 0 else -1)
