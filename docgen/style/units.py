"""Units, parsed in one place.  Everything becomes points (1 pt = 1/72 in).

=========  ===============================================================  =============
unit       meaning                                                          example
=========  ===============================================================  =============
``mm``     millimetre                                                       ``"37mm"``
``cm``     centimetre                                                       ``"2.5cm"``
``in``     inch                                                             ``"1in"``
``pt``     point                                                            ``"16pt"``
``twip``   1/20 point (Word's unit)                                         ``"579twip"``
``字``     one character cell of the grid: text width / characters per     ``"2字"``
           line (GB/T 9704 §3: 字 is the width of one Chinese character)
``em``     the body font size                                               ``"1em"``
``行``     one line of the grid (the line pitch)                             ``"1行"``
号 names   Chinese font sizes: 初号 42 pt … 三号 16 pt … 八号 5 pt            ``"三号"``
=========  ===============================================================  =============
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MM = 72 / 25.4
CM = 10 * MM
INCH = 72.0
TWIP = 1 / 20

#: Chinese font-size names (字号) in points, as every word processor maps them
#: (GB/T 9704 itself gives no point values).
CHINESE_SIZES: dict[str, float] = {
    "初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16,
    "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5, "小六": 6.5,
    "七号": 5.5, "八号": 5,
}

_ABSOLUTE = {"mm": MM, "cm": CM, "in": INCH, "pt": 1.0, "twip": TWIP, "twips": TWIP}
_RELATIVE = ("字", "em", "行")
#: Units relative to the preset's own grid and body size.
RELATIVE_UNITS = _RELATIVE
_NUMBER = re.compile(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z\u4e00-\u9fff]*)\s*$", re.I)

LENGTH_UNITS = ", ".join((*_ABSOLUTE, *_RELATIVE))
ABSOLUTE_UNITS = ", ".join(_ABSOLUTE)


class UnitError(ValueError):
    """A value that is not a length or size; the message says what is allowed."""


@dataclass(frozen=True, slots=True)
class Basis:
    """What relative units are relative to."""

    char: float = 16.0    # 字: the grid's character pitch
    em: float = 16.0      # em: the body font size
    line: float = 28.95   # 行: the grid's line pitch


def parse_length(value: object, basis: Basis | None = Basis(), *,
                 allow_negative: bool = False) -> float:
    """A length in points from ``"37mm"``, ``"2字"``, ``"1行"``, ``"579twip"``, ``0`` …
    Without a ``basis``, relative units (字, em, 行) are refused."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise UnitError(f"expected a length such as \"37mm\" (units: {LENGTH_UNITS})")
    if isinstance(value, (int, float)):
        if value != 0:
            raise UnitError(f"a length needs a unit, e.g. \"{value}pt\" (units: {LENGTH_UNITS})")
        return 0.0
    m = _NUMBER.match(value)
    if not m:
        raise UnitError(f"not a length (units: {LENGTH_UNITS})")
    number, unit = float(m.group(1)), m.group(2).lower()
    if unit in _RELATIVE and basis is None:
        raise UnitError(f"{unit} is relative to the preset's own grid and body size and cannot be "
                        f"used here (units: {ABSOLUTE_UNITS})")
    if unit in _ABSOLUTE:
        points = number * _ABSOLUTE[unit]
    elif unit in _RELATIVE and basis is not None:  # without a basis, refused above
        points = number * {"字": basis.char, "em": basis.em, "行": basis.line}[unit]
    elif unit == "" and number == 0:
        points = 0.0
    else:
        raise UnitError(f"unknown unit {unit or '(none)'!r} (units: {LENGTH_UNITS})")
    if points < 0 and not allow_negative:
        raise UnitError("must not be negative")
    return points


def parse_size(value: object) -> float:
    """A font size in points from ``"三号"``, ``"小二"`` or ``"16pt"``."""
    if isinstance(value, str) and value.strip() in CHINESE_SIZES:
        return float(CHINESE_SIZES[value.strip()])
    try:
        points = parse_length(value, None)
    except UnitError:
        raise UnitError("expected a font size: a Chinese size name (初号 … 八号, e.g. \"三号\") "
                        "or a length such as \"16pt\"") from None
    if not 1 <= points <= 200:
        raise UnitError("a font size must be between 1pt and 200pt")
    return points


def size_name(points: float) -> str | None:
    """The Chinese name of a size in points, if it has one (16 → 三号)."""
    for name, value in CHINESE_SIZES.items():
        if abs(value - points) < 1e-6:
            return name
    return None


def format_points(points: float) -> str:
    """``16.0`` → ``"16pt"``; used when a resolved preset is shown."""
    return f"{points:.3f}".rstrip("0").rstrip(".") + "pt"
