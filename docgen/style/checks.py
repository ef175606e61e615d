"""Impossible values: a preset whose values are each well-formed but do not fit together.

Each check names the key to change, its value, what goes wrong and what is allowed::

    my.toml: page.margins.left = "120mm": leaves a text block -38.0 mm wide on the 210.0 mm
    wide page (allowed: left + right margins under 210.0 mm)
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from .resolved import Values
from .schema import ROLE_NAMES, Role, Style
from .units import MM, format_points

#: How much wider than its grid cell a body character may be.  GB/T 9704 itself needs some:
#: 28 characters of 16 pt in 156 mm give cells of 15.79 pt, 1.3 % narrower than the glyphs.
CELL_OVERLAP = 1.03
#: Room a line number needs: three half-width digits.
LINE_NUMBER_EMS = 1.5
#: The part of a character above its baseline (ideographic em box).
EM_ASCENT = 0.88


def _mm(points: float) -> str:
    return f"{points / MM:.1f} mm"


def text_width(b: Values) -> float:
    """The text block's width from the raw page values, or an error naming the wider margin."""
    return _span(b, "width", "left", "right", "wide")


def _span(b: Values, side: str, first: str, second: str, adjective: str) -> float:
    paper = b.length(f"page.{side}")
    a, c = b.length(f"page.margins.{first}"), b.length(f"page.margins.{second}")
    span = paper - a - c
    if span <= 0:
        key = b.latest(f"page.{side}", f"page.margins.{first}", f"page.margins.{second}",
                       prefer=1 if a >= c else 2)
        if key == f"page.{side}":  # the paper was changed last: blame it, not a margin
            raise b.error(key, f"leaves no room for the text between the {first} and {second} "
                          f"margins, {_mm(a + c)} together (allowed: more than {_mm(a + c)})")
        raise b.error(key, f"leaves a text block {_mm(span)} {adjective} on the "
                      f"{_mm(paper)} {adjective} page (allowed: {first} + {second} margins under "
                      f"{_mm(paper)})")
    return span


def check_style(style: Style, b: Values) -> None:
    _span(b, "height", "top", "bottom", "high")
    _check_grid(style, b)
    for name in ROLE_NAMES:
        _check_role(style, style.roles.get(name), f"roles.{name}", b)
    _check_page_number(style, b)
    _check_mark(style, b)
    _check_line_numbers(style, b)


#: The first bytes of every PNG file.
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def with_seal_file(style: Style, b: Values) -> Style:
    """``style`` with its seal's file as an absolute path: a file named in a preset is found
    next to that preset (or where the name says), one given with ``--set``/``--seal`` where
    the command runs.  A file that is missing or no PNG is an error naming the key."""
    name = style.seal.file
    if not name:
        return style
    path = Path(name).expanduser()
    origin = b.resolved.origin(("seal", "file"))
    if not path.is_absolute() and not origin.startswith("--set ") and (Path(origin).parent / path).is_file():
        path = Path(origin).parent / path
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PNG_SIGNATURE))
    except OSError as exc:
        raise b.error("seal.file", f"cannot read the seal's picture: {exc.strerror or exc}") from None
    if head != PNG_SIGNATURE:
        raise b.error("seal.file", "the seal's picture is no PNG (allowed: a .png file, with transparency "
                      "around the seal)")
    return replace(style, seal=replace(style.seal, file=str(path.resolve())))


def _check_grid(style: Style, b: Values) -> None:
    page, grid, body = style.page, style.grid, style.roles.body
    needed = grid.lines * grid.line_pitch
    if needed > page.text_height + 0.5:
        most = int((page.text_height + 0.5) // grid.line_pitch)
        raise b.error(b.latest("grid.lines", "grid.line_pitch"),
                      f"{grid.lines} lines (grid.lines) of {format_points(grid.line_pitch)} "
                      f"(grid.line_pitch) take {_mm(needed)}, more than the {_mm(page.text_height)} "
                      f"text block (allowed: at most {most} lines, or a pitch up to "
                      f"{format_points(math.floor(page.text_height / grid.lines * 100) / 100)})")
    if body.size > style.char_pitch * CELL_OVERLAP:
        most = math.floor(page.text_width * CELL_OVERLAP / body.size)
        largest = math.floor(style.char_pitch * CELL_OVERLAP * 10) / 10
        raise b.error(b.latest("grid.chars", "roles.body.size"),
                      f"{grid.chars} characters (grid.chars) of {format_points(body.size)} "
                      f"(roles.body.size) do not fit the {_mm(page.text_width)} text width "
                      f"(allowed: at most {most} characters, or a body size up to "
                      f"{format_points(largest)})")


def _check_role(style: Style, role: Role, path: str, b: Values) -> None:
    width = style.page.text_width
    indents = {"first_indent": role.first_indent, "left_indent": role.left_indent,
               "right_indent": role.right_indent}
    if sum(indents.values()) + role.size > width:
        key = max(indents, key=indents.__getitem__)
        raise b.error(f"{path}.{key}", f"with the other indents this leaves no room for a "
                      f"{format_points(role.size)} character in the {_mm(width)} text width "
                      f"(allowed: first_indent + left_indent + right_indent under "
                      f"{_mm(width - role.size)})")
    if role.line_pitch < role.size - 1e-6:
        raise b.error(b.latest(f"{path}.line_pitch", f"{path}.size"),
                      f"lines of {format_points(role.size)} ({path}.size) on a "
                      f"{format_points(role.line_pitch)} pitch ({path}.line_pitch) overlap "
                      f"(allowed: a line pitch no smaller than the size)")
    if role.line_pitch > style.page.text_height:
        raise b.error(f"{path}.line_pitch", f"one line is higher than the "
                      f"{_mm(style.page.text_height)} text block (allowed: at most "
                      f"{_mm(style.page.text_height)})")


def _check_page_number(style: Style, b: Values) -> None:
    spec, margins = style.page_number, style.page.margins
    if spec.placement == "none":
        return
    room = margins.bottom - spec.size
    if spec.offset > room:
        raise b.error("page_number.offset", f"a {format_points(spec.size)} page number this far "
                      f"below the text block is cut off by the paper's edge ({_mm(margins.bottom)} "
                      f"below the text block) (allowed: at most {_mm(max(room, 0))})")
    if spec.placement != "center" and spec.gap + spec.size * 3 > style.page.text_width:
        raise b.error("page_number.gap", f"leaves no room for the page number in the "
                      f"{_mm(style.page.text_width)} text width (allowed: at most "
                      f"{_mm(style.page.text_width - spec.size * 3)})")


def _check_mark(style: Style, b: Values) -> None:
    mark, margins = style.mark, style.page.margins
    if not mark.text:
        return
    room = margins.top - EM_ASCENT * mark.size
    if mark.offset > room:
        raise b.error("mark.offset", f"a {format_points(mark.size)} mark this far above the text "
                      f"block sticks out over the paper's top edge ({_mm(margins.top)} above "
                      f"the text block) (allowed: at most {_mm(max(room, 0))})")
    if len(mark.text) * mark.size > style.page.text_width:
        most = int(style.page.text_width // mark.size)
        raise b.error("mark.text", f"{len(mark.text)} characters of {format_points(mark.size)} "
                      f"are wider than the {_mm(style.page.text_width)} text width (allowed: at "
                      f"most {most} characters at this size)")


def _check_line_numbers(style: Style, b: Values) -> None:
    numbers, left = style.line_numbers, style.page.margins.left
    if not numbers.every:
        return
    room = left - LINE_NUMBER_EMS * numbers.size
    if numbers.gap > room:
        raise b.error("line_numbers.gap", f"{format_points(numbers.size)} line numbers this far "
                      f"left of the text block fall off the paper (the left margin is "
                      f"{_mm(left)}) (allowed: at most {_mm(max(room, 0))})")
