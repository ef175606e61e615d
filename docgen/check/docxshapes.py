"""The horizontal rules a DOCX draws as floating lines (DrawingML ``wp:anchor`` shapes: a
line, a connector, or a shape no higher than 1 mm), placed on the page from their anchors'
offsets — what the red rules of a 版头 and a 信函 are in docgen's DOCX and in most Word
templates.  A rule placed from its paragraph or line has no place in the XML (Word finds it
when it lays the text out): it is counted, not placed.  A compound line (``a:ln cmpd``, Word's
double and triple lines) is two rules: thin over thick (``thinThick``), thick over thin
(``thickThin``) or two equal ones (``dbl``).

Lengths are in points from the paper's top left corner."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .patterns import RULE_HEIGHT
from .pdfread import Rule, rgb

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
#: English Metric Units per point.
EMU = 12700
#: A line's weight when ``a:ln`` gives none (DrawingML's default: 0.75 pt).
DEFAULT_WEIGHT = 0.75
#: How a compound line splits its weight, top to bottom: (stroke, gap, stroke) shares.  The
#: standard leaves the proportions to the application; these are Word's, near enough.
COMPOUND: dict[str, tuple[float, float, float]] = {"thinThick": (0.2, 0.2, 0.6), "thickThin": (0.6, 0.2, 0.2),
                                                    "dbl": (0.4, 0.2, 0.4)}


@dataclass(frozen=True, slots=True)
class Frame:
    """Where offsets are measured from: the paper's size and the section's margins."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float


@dataclass(frozen=True, slots=True)
class DrawnRules:
    rules: tuple[Rule, ...]   # placed on the page, top to bottom
    unplaced: int             # rules placed from a paragraph or a line (or aligned, not offset)


def drawn_rules(roots: Iterable[Any], frame: Frame) -> DrawnRules:
    """The rules drawn in the XML ``roots`` (the document and its headers and footers)."""
    placed: list[Rule] = []
    unplaced = 0
    for root in roots:
        for anchor in root.iter(f"{WP}anchor") if root is not None else ():
            size = _size(anchor)
            if size is None or size[1] > RULE_HEIGHT:
                continue
            x, y = _offset(anchor, "H", frame), _offset(anchor, "V", frame)
            if x is None or y is None:
                unplaced += 1
                continue
            placed.extend(_strokes(anchor, x, y, size[0]))
    return DrawnRules(tuple(sorted(placed, key=lambda r: r.y)), unplaced)


def _size(anchor: Any) -> tuple[float, float] | None:
    extent = anchor.find(f"{WP}extent")
    if extent is None or anchor.find(f".//{A}prstGeom") is None:
        return None
    return int(extent.get("cx", "0")) / EMU, int(extent.get("cy", "0")) / EMU


def _offset(anchor: Any, axis: str, frame: Frame) -> float | None:
    """The offset of ``anchor`` along ``axis`` (H or V) from the paper's edge."""
    position = anchor.find(f"{WP}position{axis}")
    offset = None if position is None else position.find(f"{WP}posOffset")
    if offset is None or not (offset.text or "").strip().lstrip("-").isdigit():
        return None
    base = _origin(position.get("relativeFrom", ""), axis, frame)
    return None if base is None else base + int(offset.text) / EMU


def _origin(relative: str, axis: str, frame: Frame) -> float | None:
    if axis == "H":
        origins = {"page": 0.0, "leftMargin": 0.0, "margin": frame.left, "column": frame.left,
                   "rightMargin": frame.width - frame.right}
    else:
        origins = {"page": 0.0, "topMargin": 0.0, "margin": frame.top, "bottomMargin": frame.height - frame.bottom}
    return origins.get(relative)


def _strokes(anchor: Any, x: float, y: float, length: float) -> list[Rule]:
    """The stroke(s) of a line whose middle lies ``y`` down (two for a compound line)."""
    line = anchor.find(f".//{A}ln")
    weight = int(line.get("w")) / EMU if line is not None and (line.get("w") or "").isdigit() else DEFAULT_WEIGHT
    fill = None if line is None else line.find(f"{A}solidFill/{A}srgbClr")
    color = _hex(fill.get("val", "")) if fill is not None else None
    shares = COMPOUND.get(line.get("cmpd", "") if line is not None else "")
    if shares is None:
        return [Rule(x, x + length, y, weight, color)]
    top = y - weight / 2
    upper, gap, lower = (share * weight for share in shares)
    return [Rule(x, x + length, top + upper / 2, upper, color),
            Rule(x, x + length, top + upper + gap + lower / 2, lower, color)]


def _hex(value: str) -> tuple[float, float, float] | None:
    if len(value) != 6:
        return None
    try:
        return rgb(tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)))
    except ValueError:
        return None
