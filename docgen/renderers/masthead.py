"""The 版头 of a 公文 (GB/T 9704 §7.2) and of the special formats (§10), as geometry both
renderers draw: lines of text with their baselines, the red rules, and where the text starts.

Every vertical position is in points from the top of the text block (版心), down; every
horizontal one from its left edge.  Lines on the grid sit in their line box as body lines do
(the glyph centred in the box); the mark is placed by its top edge, the rule by the number's
bottom edge, and what follows them starts on the next grid line (so that the text of the
first page stays on the 22-line grid).

Which format a document gets is :func:`chosen_format`'s decision; the preset's tables under
``[masthead]`` hold every number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Meta
from ..style import Role, Style
from ..style.schema import FormatName, RoleName
from .gongwen import chosen_format, mark_text
from .paragraphs import TextMeasure

#: Where the baseline lies in the em box (0.88 above it, 0.12 below).
EM_ASCENT, EM_DESCENT = 0.88, 0.12
#: Between the names of joint issuers and the word after them (文件), in ems of the mark.
JOINT_GAP_EM = 0.5
#: Fields only the 版头 prints.
ELEMENT_FIELDS: tuple[tuple[str, RoleName], ...] = (
    ("copy_number", "copy_number"), ("secrecy", "secrecy"), ("urgency", "urgency"))


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a line in a role of its own (a signer's name in 楷体)."""

    text: str
    role: RoleName


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the 版头.  ``x`` is where its first character starts; ``width`` what it
    takes (after ``scale``, the horizontal condensing of a mark too wide for the block);
    ``spread`` extra space between its characters (the shorter names of a joint mark, set
    to the width of the longest)."""

    kind: str            # copy_number, secrecy, urgency, mark, mark_word, number, signer
    pieces: tuple[Piece, ...]
    role: RoleName
    size: float
    baseline: float
    x: float
    width: float
    scale: float = 1.0
    spread: float = 0.0
    color: str | None = None
    align: str = "center"   # left, right, center, distribute (the names of a joint mark)
    inset: float = 0.0      # the gap to the edge it is aligned to

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: the middle of its stroke ``y``, from ``x`` for ``length``, ``weight`` thick."""

    y: float
    x: float
    length: float
    weight: float
    color: str


@dataclass(frozen=True, slots=True)
class Masthead:
    """The 版头 of a first page: its lines and rules, rules near the foot of the page (信函),
    where the text starts, and whether the first page is numbered."""

    format: FormatName
    lines: tuple[Line, ...]
    rules: tuple[Rule, ...]
    footer_rules: tuple[Rule, ...]
    body_top: float
    first_page_number: bool


def masthead(meta: Meta, style: Style, measure: TextMeasure) -> Masthead | None:
    """The 版头 of ``meta`` in ``style``, its text measured with ``measure``; None when the
    document gets none."""
    name = chosen_format(meta, style)
    if name is None:
        return None
    return _Builder(meta, style, measure, name).build()


class _Builder:
    def __init__(self, meta: Meta, style: Style, measure: TextMeasure, name: FormatName) -> None:
        self.meta, self.style, self.measure, self.name = meta, style, measure, name
        self.layout = style.masthead.layout(name)
        self.pitch = style.grid.line_pitch
        self.width = style.page.text_width
        self.lines: list[Line] = []
        self.rules: list[Rule] = []

    def build(self) -> Masthead:
        layout = self.layout
        if layout.number == "right":  # a 信函: the elements go under the rule
            mark_bottom = self.mark(self.mark_top())
        else:
            mark_bottom = self.mark(max(self.mark_top(), self.elements(0.0)))
        if layout.number == "right":
            below = self.rule(mark_bottom)
            bottom = max(self.letter_lines(below + layout.elements_gap), below)
        else:
            bottom = self.number_lines(mark_bottom)
            bottom = self.rule(bottom) if layout.rule != "none" else bottom
        body_top = self.on_grid(self.on_grid(bottom) + layout.body_gap)
        footer = self.footer_rules() if layout.footer_rule else ()
        return Masthead(self.name, tuple(self.lines), tuple(self.rules), footer, body_top,
                        layout.first_page_number)

    # ----------------------------------------------------------------------- positions

    def on_grid(self, y: float) -> float:
        """The top of the first grid line at or below ``y`` (a hair's tolerance)."""
        return math.ceil(y / self.pitch - 1e-6) * self.pitch

    def grid_baseline(self, top: float, role: Role) -> float:
        """The baseline of a line of ``role`` in the grid line starting at ``top``."""
        return top + (self.pitch - role.size) / 2 + EM_ASCENT * role.size

    def mark_top(self) -> float:
        layout = self.layout
        if layout.mark_from == "paper":
            return layout.mark_top - self.style.page.margins.top
        return layout.mark_top

    def role(self, name: RoleName) -> Role:
        return self.style.roles.get(name)

    def add(self, kind: str, pieces: tuple[Piece, ...], role_name: RoleName, baseline: float,
            align: str, inset: float = 0.0) -> Line:
        role = self.role(role_name)
        width = sum(self.measure(p.text, self.role(p.role)) for p in pieces)
        x = {"left": inset, "right": self.width - inset - width}.get(align, (self.width - width) / 2)
        line = Line(kind, pieces, role_name, role.size, baseline, x, width, align=align, inset=inset)
        self.lines.append(line)
        return line

    # ----------------------------------------------------------------------- parts

    def elements(self, top: float) -> float:
        """份号, 密级 and 紧急程度 flush left, one a grid line from ``top``; the bottom of the
        last one's line (``top`` when there are none)."""
        for field, role_name in ELEMENT_FIELDS:
            value = getattr(self.meta, field)
            if value:
                self.add(field, (Piece(value, role_name),), role_name,
                         self.grid_baseline(top, self.role(role_name)), "left")
                top += self.pitch
        return top

    def mark(self, top: float) -> float:
        """The mark with its top edge at ``top``: the names stacked (several issuers), the
        word after them on the right, centred on the names; the bottom of its em boxes."""
        names, suffix = mark_text(self.meta, self.layout)
        if self.layout.mark_suffix == "":  # a 信函: the lead body's name alone (§10.1)
            names = names[:1]
        if not names:
            return top
        role = self.role("issuer_mark")
        color = self.style.masthead.color
        joint = len(names) > 1 and bool(suffix)
        widest = max(self.measure(n, role) for n in names)
        word = self.measure(suffix, role) if joint else 0.0
        gap = JOINT_GAP_EM * role.size if joint else 0.0
        natural = widest + gap + word if joint else max(self.measure(n + suffix, role) for n in names)
        scale, size = self.fit(natural, role)
        ratio = size / role.size  # widths were measured at the role's size
        step = role.line_pitch * ratio
        texts = names if joint else [n + (suffix if i == len(names) - 1 else "") for i, n in enumerate(names)]
        left = (self.width - natural * ratio * scale) / 2
        for i, text in enumerate(texts):
            width = self.measure(text, role) * ratio
            full = widest * ratio if joint else width
            spread = (full - width) / max(len(text) - 1, 1) if joint else 0.0
            x = left if joint else (self.width - width * scale) / 2
            self.lines.append(Line("mark", (Piece(text, "issuer_mark"),), "issuer_mark", size,
                                   top + EM_ASCENT * size + i * step, x, full * scale, scale, spread, color,
                                   "distribute" if joint else "center"))
        bottom = top + (len(texts) - 1) * step + size
        if joint:
            middle = (top + bottom) / 2
            self.lines.append(Line("mark_word", (Piece(suffix, "issuer_mark"),), "issuer_mark", size,
                                   middle + (EM_ASCENT - 0.5) * size,
                                   left + (widest + gap) * ratio * scale, word * ratio * scale, scale, 0.0, color))
        return bottom

    def fit(self, natural: float, role: Role) -> tuple[float, float]:
        """(horizontal scale, size) of a mark ``natural`` wide at its role's size: condensed
        to the block's width down to the preset's narrowest scale, and smaller past it."""
        if natural <= self.width:
            return 1.0, role.size
        least = self.style.masthead.mark_min_scale / 100
        scale = max(least, self.width / natural)
        size = role.size if natural * scale <= self.width else role.size * self.width / (natural * scale)
        return scale, size

    def number_lines(self, mark_bottom: float) -> float:
        """The number under the mark (centred, or left with the signers right on their
        lines: 上行文); the bottom of its em box — or the mark's, without a number."""
        meta, layout = self.meta, self.layout
        signers = [s for s in (meta.signer or "").split("、") if s] if layout.number == "left" else []
        if not meta.document_number and not signers:
            return mark_bottom
        top = self.on_grid(self.on_grid(mark_bottom) + layout.number_gap)
        gap = self.role("signer").right_indent
        for i, signer in enumerate(signers):
            self.add("signer", (Piece("签发人：", "signer"), Piece(signer, "signer_name")), "signer",
                     self.grid_baseline(top + i * self.pitch, self.role("signer")), "right", gap)
        top += max(len(signers) - 1, 0) * self.pitch
        number_role = self.role("document_number")
        baseline = self.grid_baseline(top, number_role)
        if meta.document_number:
            align = "left" if layout.number == "left" else "center"
            self.add("number", (Piece(meta.document_number, "document_number"),), "document_number",
                     baseline, align, gap if align == "left" else 0.0)
        return baseline + EM_DESCENT * number_role.size

    def rule(self, above: float) -> float:
        """The red rule(s) ``rule_gap`` under ``above``; the bottom of the last stroke."""
        layout, spec = self.layout, self.style.masthead
        x = (self.width - layout.rule_length) / 2
        y = above + layout.rule_gap + spec.rule_weight / 2
        self.rules.append(Rule(y, x, layout.rule_length, spec.rule_weight, spec.color))
        bottom = y + spec.rule_weight / 2
        if layout.rule == "double":
            thin = bottom + spec.double_rule_gap + spec.thin_rule_weight / 2
            self.rules.append(Rule(thin, x, layout.rule_length, spec.thin_rule_weight, spec.color))
            bottom = thin + spec.thin_rule_weight / 2
        return bottom

    def letter_lines(self, top: float) -> float:
        """信函: 份号, 密级 and 紧急程度 left, one a line, the first one's em top at ``top``,
        and the number right on the first line; the bottom of the last line's em box."""
        rows = [(field, role) for field, role in ELEMENT_FIELDS if getattr(self.meta, field)]
        if self.meta.document_number and not rows:
            rows = [("", "document_number")]
        bottom = top
        for i, (field, role_name) in enumerate(rows):
            size = self.role(role_name).size
            baseline = top + EM_ASCENT * size + i * self.pitch
            if field:
                self.add(field, (Piece(getattr(self.meta, field), role_name),), role_name, baseline, "left")
            if i == 0 and self.meta.document_number:
                self.add("number", (Piece(self.meta.document_number, "document_number"),),
                         "document_number", baseline, "right")
            bottom = baseline + EM_DESCENT * size
        return bottom

    def footer_rules(self) -> tuple[Rule, ...]:
        """信函: a double rule, thin over thick, the thick one ``footer_rule_bottom`` above
        the bottom edge of the paper."""
        layout, spec, page = self.layout, self.style.masthead, self.style.page
        x = (self.width - layout.rule_length) / 2
        thick = page.height - page.margins.top - layout.footer_rule_bottom - spec.rule_weight / 2
        thin = thick - spec.rule_weight / 2 - spec.double_rule_gap - spec.thin_rule_weight / 2
        return (Rule(thin, x, layout.rule_length, spec.thin_rule_weight, spec.color),
                Rule(thick, x, layout.rule_length, spec.rule_weight, spec.color))
