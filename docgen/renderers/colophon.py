"""The 版记 (GB/T 9704 §7.4) as both renderers set it: its lines, where its rules go, and on
which page it lands.

The lines, top to bottom: the 版记 lines the text had besides 抄送 and 印发 (主送 moved down,
抄报, 分送 …), the 抄送 line (4号仿宋, 1 字 in from each side, turned lines aligned after the
colon, a full stop after the last name), and the 印发 line (the office 1 字 from the left,
the date and 印发 1 字 from the right).  The first and the last rule are thick, the one
between the lists and the 印发 line thin, all as wide as the text block; the last one lies
on the bottom edge of the text block of the last page.  A 信函 has neither rules nor 印发 line
(§10.1).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Speech
from ..style import Style
from .gongwen import chosen_format
from .paragraphs import Para, Segment, Shape, TextMeasure, distribution_lines

#: The label of the 抄送 line, and the full stop after its last name.
COPIES_LABEL, FULL_STOP = "抄送：", "。"
#: Marks a list of names may already end with.
_ENDS = "。．.；;，,、"


@dataclass(frozen=True, slots=True)
class PrintLine:
    """印发机关 (left) and 印发日期 with 印发 (right), on one line."""

    office: str
    date: str


@dataclass(frozen=True, slots=True)
class Colophon:
    """The lines of a 版记 and its rules: ``rules_above[i]`` is the weight of the rule above
    line ``i`` (0: none), ``rule_below`` the weight of the last rule."""

    lines: tuple[Para, ...]
    print_line: PrintLine | None
    rules_above: tuple[float, ...]
    rule_below: float

    @property
    def count(self) -> int:
        """Lines of text, the 印发 line included."""
        return len(self.lines) + (1 if self.print_line else 0)


def colophon(speech: Speech, style: Style, measure: TextMeasure) -> Colophon | None:
    """The 版记 of ``speech`` in ``style``, or None when it has none."""
    meta = speech.meta
    name = chosen_format(meta, style)
    layout = style.masthead.layout(name) if name else None
    lines = [Para("distribution", (Segment(text),)) for text in distribution_lines(speech)]
    if meta.copies_to:
        lines.append(_copies(meta.copies_to, style, measure))
    printed = (meta.printed_by or meta.printed_date) and (layout is None or layout.print_line)
    print_line = PrintLine(meta.printed_by or "", f"{meta.printed_date}印发" if meta.printed_date else "") \
        if printed else None
    if not lines and print_line is None:
        return None
    if layout is not None and not layout.colophon_rules:
        return Colophon(tuple(lines), print_line, (0.0,) * (len(lines) + bool(print_line)), 0.0)
    thick, thin = style.colophon.thick_rule, style.colophon.thin_rule
    rules = [0.0] * (len(lines) + bool(print_line))
    rules[0] = thick
    if print_line is not None and lines:
        rules[-1] = thin
    return Colophon(tuple(lines), print_line, tuple(rules), thick)


def _copies(names: str, style: Style, measure: TextMeasure) -> Para:
    """``抄送：`` and the names, a full stop after the last, turned lines after the colon."""
    role = style.roles.distribution
    names = names.strip()
    if names[-1] not in _ENDS:
        names += FULL_STOP
    elif names[-1] != FULL_STOP:
        names = names[:-1] + FULL_STOP
    hang = measure(COPIES_LABEL, role)
    return Para("distribution", (Segment(COPIES_LABEL), Segment(names)),
                shape=Shape(left=role.left_indent + hang, first=-hang))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the 版记 goes: on page ``page`` (1-based), after ``blank`` blank pages added
    before it; ``numbered`` says whether that page (and a blank one) carry page numbers."""

    page: int
    blank: int
    numbered: bool


def placement(pages: int, fits: bool, two_sided: bool) -> Placement:
    """The 版记's page for a text of ``pages`` pages whose last page has room for it
    (``fits``) or not.  Printed on both sides it goes on an even page: the text's last page
    when that one is even and has room, else the next even page — with a blank page before
    it when the next page would be odd; then neither is numbered (GB/T 9704 §7.5)."""
    page = pages if fits else pages + 1
    if not two_sided or page % 2 == 0:
        return Placement(page, 0, True)
    if page == pages:  # an odd last page with room: the back of its sheet
        return Placement(page + 1, 0, True)
    return Placement(page + 1, 1, False)
