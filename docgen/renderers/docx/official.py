"""The parts of a 公文 the DOCX sets at fixed places: the 版头 (paragraphs whose space above
and exact height put each line's baseline where :mod:`..masthead` puts it, red rules as
floating lines), and the 版记 (one frame a paragraph at the foot of the page, the rules as
the paragraphs' borders).

Word and LibreOffice set the baseline of a line of exact height ``h`` at ``0.8 h`` below the
line's top (measured: LibreOffice 7.4, any size); :data:`BASELINE_IN_LINE` is that share.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from ...style import Style
from ...style.schema import RoleName
from ..colophon import Colophon
from ..masthead import Line, Masthead
from . import drawing, wordml
from .stylenames import CHARACTER_STYLES, PARAGRAPH_STYLES, TWO_PART_STYLES

#: Where the baseline of a line of exact line spacing lies, as a share of its height from
#: its top (Word's rule, which LibreOffice follows for .docx).
BASELINE_IN_LINE = 0.8
#: Exact height of the empty paragraph that keeps two frames of the 版记 apart (LibreOffice
#: makes consecutive framed paragraphs one frame, and loses it), in twips.
SEPARATOR_TWIPS = 2
#: The first id of the floating objects (rules, seals) of a document.
FIRST_SHAPE_ID = 100


def twips(points: float) -> int:
    return round(points * 20)


@dataclass
class Shapes:
    """Hands out the ids of a document's floating objects."""

    next_id: int = FIRST_SHAPE_ID

    def take(self) -> int:
        self.next_id += 1
        return self.next_id


# --------------------------------------------------------------------------- 版头


def masthead_xml(head: Masthead, style: Style, shapes: Shapes) -> str:
    """The paragraphs of the 版头, its rules anchored in the first, and the space down to
    where the text starts."""
    margins, width = style.page.margins, style.page.text_width
    rules = "".join(drawing.rule(shapes.take(), margins.left + r.x, margins.top + r.y, r.length, r.weight, r.color)
                    for r in (*head.rules, *head.footer_rules))
    out: list[str] = []
    bottom = 0.0
    ordered = sorted((line for line in head.lines if line.kind != "mark_word"),
                     key=lambda line: round(line.baseline, 1))
    rows = [list(row) for _, row in groupby(ordered, key=lambda line: round(line.baseline, 1))]
    words = [[line] for line in head.lines if line.kind == "mark_word"]
    last_name = max((i for i, row in enumerate(rows) if row[0].kind == "mark"), default=len(rows) - 1)
    rows[last_name + 1:last_name + 1] = words  # 文件 after the names (its frame places itself)
    for row in rows:
        if row[0].kind == "mark_word":
            out.append(_framed_word(row[0], style))
            continue
        height = row[0].size if row[0].kind == "mark" else style.grid.line_pitch
        top = row[0].baseline - BASELINE_IN_LINE * height
        if row[0].kind == "mark" and top < 0:  # a 信函's mark, above the text block
            out.append(_framed_mark(row[0], style, height))
            continue
        spacing = wordml.Spacing(twips(top - bottom), twips(height))
        out.append(_row(row, width, spacing))
        bottom = top + height
    if head.body_top - bottom > 0.05:
        out.append(wordml.paragraph(PARAGRAPH_STYLES["body"][0], (),
                                    spacing=wordml.Spacing(0, max(1, twips(head.body_top - bottom)))))
    if out and rules:
        first = out[0]
        cut = first.index("</w:pPr>") + len("</w:pPr>")
        out[0] = first[:cut] + rules + first[cut:]
    elif rules:
        out.append(wordml.paragraph(PARAGRAPH_STYLES["body"][0], (rules,), spacing=wordml.Spacing(0, 1)))
    return "".join(out)


def _char_style(role: RoleName, paragraph_role: RoleName) -> str | None:
    """The character style of a part of a line set in ``role`` inside a paragraph of
    ``paragraph_role``: none when the paragraph's own format is the part's (the 签发人
    label, 仿宋 like the number it follows)."""
    if role == paragraph_role or role not in CHARACTER_STYLES:
        return None
    return CHARACTER_STYLES[role][0]


def _runs(line: Line) -> list[str]:
    return [wordml.run(piece.text, _char_style(piece.role, line.role)) for piece in line.pieces]


def _row(row: list[Line], width: float, spacing: wordml.Spacing) -> str:
    """One line of the 版头: one part placed by its alignment, or two (a number and a
    签发人, a 份号 and a 信函's number) apart at a tab stop."""
    if len(row) > 1:
        left, right = sorted(row, key=lambda line: line.x)[:2]
        kind = "up" if any(line.kind == "signer" for line in row) else "letter"
        style_id, _, role = TWO_PART_STYLES[kind]
        runs = [wordml.run(p.text, _char_style(p.role, role)) for line in (left, right) for p in line.pieces]
        runs.insert(len(left.pieces), wordml.run("\t"))
        return wordml.paragraph(style_id, runs, spacing=spacing)
    line = row[0]
    align, indent = _placement(line, width)
    return wordml.paragraph(PARAGRAPH_STYLES[line.role][0], _runs(line), indent, align, spacing=spacing)


def _placement(line: Line, width: float) -> tuple[str, wordml.Indent]:
    """The alignment (``w:jc``) and indents that put ``line`` where the 版头 has it: flush
    left or right with its gap, centred, or — the names of a joint mark, each as wide as
    the longest — spread between its edges."""
    if line.align == "distribute":
        return "distribute", wordml.Indent(twips(line.x), twips(width - line.x - line.width), 0)
    if line.align == "left":
        return "left", wordml.Indent(twips(line.inset), 0, 0)
    if line.align == "right":
        return "right", wordml.Indent(0, twips(line.inset), 0)
    return "center", wordml.Indent(0, 0, 0)


def _framed_mark(line: Line, style: Style, height: float) -> str:
    """A mark above the text block (信函, GB/T 9704 §10.1: 30 mm from the paper's top) in a
    frame of its own, which the text flows under."""
    top = style.page.margins.top + line.baseline - BASELINE_IN_LINE * height
    frame = wordml.Frame(twips(style.page.text_width), y=twips(top), vertical="page", wrap="none")
    return wordml.paragraph(PARAGRAPH_STYLES["issuer_mark"][0], _runs(line), wordml.Indent(0, 0, 0), "center",
                            frame=frame, spacing=wordml.Spacing(0, twips(height)))


def _framed_word(line: Line, style: Style) -> str:
    """The 文件 after the stacked names of joint issuers, centred on them, in a frame."""
    top = line.baseline - BASELINE_IN_LINE * line.size
    frame = wordml.Frame(twips(line.width + line.size), y=twips(top), x=twips(line.x), x_align=None, wrap="none")
    return wordml.paragraph(PARAGRAPH_STYLES["issuer_mark"][0], _runs(line), wordml.Indent(0, 0, 0), "left",
                            frame=frame, spacing=wordml.Spacing(0, twips(line.size)))


# --------------------------------------------------------------------------- 版记


def colophon_xml(col: Colophon, counts: list[int], style: Style) -> str:
    """The 版记: each line a frame of its own, stacked up from the bottom edge of the text
    block, its rules the frames' borders; ``counts`` are the lines each of ``col.lines``
    takes.  Between two frames an empty paragraph too low to see keeps them apart."""
    pitch = style.roles.distribution.line_pitch
    width = twips(style.page.text_width)
    entries: list[tuple[str, list[str], float, float]] = []  # style, runs, rule above, lines
    for index, para in enumerate(col.lines):
        runs = [wordml.run(s.text, CHARACTER_STYLES[s.role][0] if s.role else None) for s in para.segments]
        entries.append((PARAGRAPH_STYLES["distribution"][0], runs, col.rules_above[index], counts[index]))
    if col.print_line is not None:
        runs = [wordml.run(col.print_line.office), wordml.run("\t"), wordml.run(col.print_line.date)]
        entries.append((TWO_PART_STYLES["print"][0], runs, col.rules_above[-1], 1))
    bottom = style.page.text_height
    framed: list[str] = []
    for position, (style_id, runs, above, lines) in reversed(list(enumerate(entries))):
        below = col.rule_below if position == len(entries) - 1 else 0.0
        height = lines * pitch + above + below
        frame = (wordml.Frame(width, y_align="bottom") if position == len(entries) - 1
                 else wordml.Frame(width, y=twips(bottom - height)))
        shape = col.lines[position].shape if position < len(col.lines) else None
        indent = _indent(shape)
        framed.insert(0, wordml.paragraph(style_id, runs, indent, frame=frame, rules=wordml.borders(above, below)))
        bottom -= height
    separator = wordml.paragraph(PARAGRAPH_STYLES["body"][0], (), spacing=wordml.Spacing(0, SEPARATOR_TWIPS))
    return separator + separator.join(framed)


def _indent(shape) -> wordml.Indent | None:
    if shape is None:
        return None
    values = [None if v is None else twips(v) for v in (shape.left, shape.right, shape.first)]
    return wordml.Indent(*values)
