"""The character grid as the renderers use it: which text sits in the grid's cells, and the
widths lines are set to."""

from __future__ import annotations

from ..style import Role, Style


def body_sized(style: Style, size: float) -> bool:
    """Is text of ``size`` body-size text: set on the grid's cells in the PDF, condensed by
    the character spacing in the DOCX?"""
    return abs(size - style.roles.body.size) < 1e-6


def cell_width(style: Style, size: float) -> float:
    """The grid's cell is for body-size text; other sizes set their characters solid."""
    return style.char_pitch if body_sized(style, size) else size


def centred_width(style: Style, role: Role) -> float:
    """The width the lines of a centred paragraph of ``role`` (the title block) are broken to."""
    return style.page.text_width - role.left_indent - role.right_indent - role.first_indent
