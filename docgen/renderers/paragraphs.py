"""From the speech model to styled paragraphs — the one place that dispatches on block classes.

Both renderers consume :class:`Para` objects: a paragraph role (a table of ``[roles]`` in the
preset), the text as segments with an optional character role (a run-in lead set in its
heading's typeface, an enumeration lead), and layout hints.  A renderer never looks at block
classes or the raw text again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model import (
    Article,
    AttachmentLabel,
    AttachmentNote,
    AttachmentTitle,
    Attendance,
    Block,
    Closing,
    Distribution,
    DocumentTitle,
    Heading,
    Meta,
    Note,
    Paragraph,
    Salutation,
    Signature,
    SignatureDate,
    Span,
    Speech,
)
from ..style import Role, Style
from ..style.schema import HEADING_ROLES, Alignment, RoleName
from ..typesetting.linebreak import takes_cell
from . import patterns as P
from .gongwen import mark_shown
from .grid import cell_width
from .seal import Spot, blank_lines_above, picture, seal_kind, seal_size

#: Width in points of a text set in a paragraph role, as the renderer will set it.
TextMeasure = Callable[[str, Role], float]
#: GB/T 9704 §7.3.5.2: the date's first character lies this many 字 to the right of the
#: issuing body's first character.
SIGNATURE_DATE_OFFSET = 2


@dataclass(frozen=True, slots=True)
class Shape:
    """A paragraph's own indents (in points) and alignment, replacing its role's where given
    (Word semantics: the first line starts at ``left + first``; a negative ``first`` is a
    hanging indent)."""

    left: float | None = None
    right: float | None = None
    first: float | None = None
    align: Alignment | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """Text set in the paragraph's role, or in ``role`` (a character role) when given."""

    text: str
    role: RoleName | None = None


@dataclass(frozen=True, slots=True)
class Para:
    role: RoleName
    segments: tuple[Segment, ...]
    outline_level: int | None = None   # headings: 1–4, shown in bookmarks / navigation
    space_before: float = 0.0          # extra space from the layout settings, in points
    continued: bool = False            # the rest of a paragraph split at a page: no indent
    shape: Shape | None = None         # set from the text (signature, attachment notes)
    outline_text: str | None = None    # the bookmark's text, where it is not the paragraph's
    seal: Spot | None = None           # a seal placed relative to this paragraph's first line

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    def split(self, offset: int) -> tuple[Para, Para]:
        """The paragraph up to character ``offset`` of :attr:`text`, and the rest (which
        continues it: no first-line indent, no space above, not in the outline)."""
        head: list[Segment] = []
        tail: list[Segment] = []
        start = 0
        for segment in self.segments:
            end = start + len(segment.text)
            cut = min(max(offset - start, 0), len(segment.text))
            if cut:
                head.append(Segment(segment.text[:cut], segment.role))
            if cut < len(segment.text):
                tail.append(Segment(segment.text[cut:], segment.role))
            start = end
        return (replace(self, segments=tuple(head)),
                replace(self, segments=tuple(tail), outline_level=None, space_before=0.0,
                        continued=True, outline_text=None, seal=None))


def _plain(role: RoleName) -> Callable[[Block], Para]:
    return lambda block: Para(role, (Segment(block.text),))


def _heading(block: Heading) -> Para:
    return Para(HEADING_ROLES[block.level - 1], (Segment(block.text),), outline_level=block.level)


def _paragraph(block: Paragraph) -> Para:
    segments: list[Segment] = []
    outline = None
    if block.lead is not None:
        lead = block.lead
        if lead.kind == "heading" and lead.level:
            segments.append(Segment(lead.text, HEADING_ROLES[lead.level - 1]))
            outline = lead.level
        else:
            segments.append(Segment(lead.text, "enumeration"))
    segments.extend(_spanned(block.text, block.spans))
    return Para("body", tuple(s for s in segments if s.text), outline_level=outline)


def _spanned(text: str, spans: tuple[Span, ...]) -> list[Segment]:
    """``text`` cut into plain segments and enumeration-lead segments."""
    segments: list[Segment] = []
    cursor = 0
    for span in spans:
        if span.start > cursor:
            segments.append(Segment(text[cursor:span.start]))
        segments.append(Segment(text[span.start:span.end], "enumeration"))
        cursor = span.end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments


def _article(block: Article) -> Para:
    """第X条 in the level-1 heading's typeface (黑体 in gbt9704), as regulations are printed,
    then the article's text."""
    segments = [Segment(block.number, "heading1"), Segment("\u3000")]
    segments.extend(_spanned(block.text, block.spans))
    return Para("body", tuple(s for s in segments if s.text))


def _attendance(block: Attendance) -> Para:
    """出席：…… of minutes: the label and its colon in the label's typeface (GB/T 9704 §10.3)."""
    return Para("attendance", (Segment(f"{block.label}：", "attendance_label"), Segment(block.text)))


#: One handler per block class.  A new block class without a handler here is an error, so
#: no renderer can silently drop it.
HANDLERS: dict[type[Block], Callable] = {
    Salutation: _plain("salutation"),
    Heading: _heading,
    Paragraph: _paragraph,
    Article: _article,
    DocumentTitle: lambda block: Para("document_title", (Segment(block.text),), outline_level=1),
    AttachmentLabel: lambda block: Para("attachment_label", (Segment(block.text),), outline_level=1),
    AttachmentTitle: _plain("attachment_title"),
    Closing: _plain("closing"),
    Signature: _plain("signature"),
    SignatureDate: _plain("signature_date"),
    AttachmentNote: _plain("attachment"),
    Note: _plain("note"),
    Distribution: _plain("distribution"),
    Attendance: _attendance,
}


def header_paras(meta: Meta, style: Style) -> list[Para]:
    """The title block: title, subtitle, date/occasion line and speaker line — and, when the
    text has no mark for a 版头, the issuing body and the document number it names under its
    title."""
    out: list[Para] = []
    if meta.title:
        out.append(Para("title", (Segment(meta.title),)))
    if meta.subtitle:
        out.append(Para("subtitle", (Segment(meta.subtitle),)))
    if not mark_shown(meta):
        if meta.issuer:
            out.append(Para("issuer", (Segment(meta.issuer),)))
        if meta.document_number:
            out.append(Para("document_number", (Segment(meta.document_number),)))
    layout = style.layout
    date = (Para("date_line", (Segment(f"（{meta.date}{meta.occasion or ''}）"),))
            if meta.date and layout.show_date_line else None)
    speaker = (Para("speaker", (Segment(meta.speaker),))
               if meta.speaker and layout.speaker_position != "none" else None)
    order = (speaker, date) if style.layout.speaker_position == "before_date" else (date, speaker)
    out.extend(p for p in order if p is not None)
    return out


def paragraphs(speech: Speech, style: Style, measure: TextMeasure | None = None) -> list[Para]:
    """All paragraphs of ``speech`` in reading order, with layout spacing applied and the
    indents that depend on the text (signature block, attachment notes) measured with
    ``measure`` (default: one cell per full-width character, half an em for others)."""
    out = header_paras(speech.meta, style)
    header_count = len(out)
    previous: Block | None = None
    for block in speech.blocks:
        if isinstance(block, Distribution):
            continue  # a line of the 版记, set at the foot of the last page (:mod:`.colophon`)
        try:
            handler = HANDLERS[type(block)]
        except KeyError:
            raise TypeError(f"no renderer handler for block type {type(block).__name__}") from None
        para = handler(block)
        space = _space_before(block, previous, style)
        if (header_count and len(out) == header_count) or isinstance(previous, TITLES):
            space = max(space, style.layout.header_space_after)
        if style.roles.get(para.role).page_break_before:
            space = 0.0  # a new page starts with the paragraph itself, never with space
        if space:
            para = replace(para, space_before=space)
        out.append(para)
        previous = block
    _outline_documents(tuple(b for b in speech.blocks if not isinstance(b, Distribution)), out, header_count)
    measure = measure or _estimate(style)
    kind = seal_kind(style)
    if kind == "seal":
        _sealed_signature(out, style, measure)
    elif kind == "signature":
        _signature_seal(out, style, measure)
    else:
        _indent_signature(out, style, measure)
    _indent_attachments(out, style, measure)
    _indent_attendance(out, style, measure)
    return out


def distribution_lines(speech: Speech) -> list[str]:
    """The texts of the 版记 lines that are blocks (主送 moved down, 抄报, a print count …)."""
    return [block.text for block in speech.blocks if isinstance(block, Distribution)]


#: Titles of documents inside the text: a blank line under them, as under the title block.
TITLES = (DocumentTitle, AttachmentTitle)


def _outline_documents(blocks: tuple[Block, ...], paras: list[Para], start: int) -> None:
    """Each attachment (and a document a notice issues) is an entry of the outline — the
    label with its title (``附件2　……汇总表``) — and the headings under it are nested one
    level deeper.  ``paras[start + i]`` is the paragraph of ``blocks[i]``."""
    nested = False
    for i, block in enumerate(blocks):
        para = paras[start + i]
        if isinstance(block, (AttachmentLabel, DocumentTitle)):
            nested = True
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(block, AttachmentLabel) and isinstance(following, AttachmentTitle):
                paras[start + i] = replace(para, outline_text=f"{block.text}\u3000{following.text}")
        elif nested and para.outline_level:
            paras[start + i] = replace(para, outline_level=para.outline_level + 1)


def _estimate(style: Style) -> TextMeasure:
    def measure(text: str, role: Role) -> float:
        cell = cell_width(style, role.size)
        return sum(cell if takes_cell(c) else role.size / 2 for c in text)

    return measure


def _indent_signature(paras: list[Para], style: Style, measure: TextMeasure) -> None:
    """GB/T 9704 §7.3.5.2: the issuing body right-aligned with its role's gap (2 字), the date
    on the line below it, its first character 2 字 to the right of the name's first
    character; a date longer than that allows keeps the gap, and the name moves left to
    match.  The line that is not right-aligned is set flush left at its computed position,
    so that it depends only on the other line's width."""
    dates = [i for i, p in enumerate(paras) if p.role == "signature_date"]
    if not dates or dates[0] == 0 or paras[dates[0] - 1].role != "signature":
        return
    index = dates[0]
    name, date = paras[index - 1], paras[index]
    width, offset = style.page.text_width, SIGNATURE_DATE_OFFSET * style.char_pitch
    wn = measure(name.text, style.roles.signature)
    wd = measure(date.text, style.roles.signature_date)
    if wd <= wn - offset:
        name_start = width - style.roles.signature.right_indent - wn
        paras[index] = replace(date, shape=Shape(left=name_start + offset, right=0.0, first=0.0,
                                                 align="left"))
        return
    date_start = width - style.roles.signature_date.right_indent - wd
    for i in range(index - 1, -1, -1):
        if paras[i].role != "signature":
            break
        paras[i] = replace(paras[i], shape=Shape(left=date_start - offset, right=0.0, first=0.0,
                                                 align="left"))


def _indent_attachments(paras: list[Para], style: Style, measure: TextMeasure) -> None:
    """GB/T 9704 §7.3.4: "附件：" + names, several of them numbered 1. 2. …; continuation
    lines align with the first character of the name, and further notes with the first
    one's number."""
    role = style.roles.attachment
    label_width = 0.0
    for i, para in enumerate(paras):
        if para.role != "attachment":
            label_width = 0.0
            continue
        found = P.ATTACHMENT_LABEL.match(para.text)
        if found:
            word = P.ATTACHMENT_WORD.match(para.text)
            label_width = measure(word.group(), role) if word else 0.0
            start = role.left_indent + role.first_indent
        else:
            found = P.ATTACHMENT_NUMBER.match(para.text)
            start = role.left_indent + role.first_indent + label_width
        hang = measure(found.group(), role) if found else 0.0
        paras[i] = replace(para, shape=Shape(left=start + hang, first=-hang))


def _space_before(block: Block, previous: Block | None, style: Style) -> float:
    if isinstance(block, AttachmentNote) and not isinstance(previous, AttachmentNote):
        return style.layout.attachment_space_before
    if isinstance(block, Attendance) and not isinstance(previous, Attendance):
        return style.layout.attachment_space_before  # GB/T 9704 §10.3: 正文或附件说明下空一行
    if isinstance(block, (Signature, SignatureDate)) and not isinstance(previous, (Signature, SignatureDate)):
        return style.layout.signature_space_before
    return 0.0


def _indent_attendance(paras: list[Para], style: Style, measure: TextMeasure) -> None:
    """GB/T 9704 §10.3: turned lines of an attendance line align after the colon."""
    role = style.roles.attendance
    for i, para in enumerate(paras):
        if para.role == "attendance" and para.segments:
            hang = measure(para.segments[0].text, style.roles.attendance_label)
            paras[i] = replace(para, shape=Shape(left=role.left_indent + role.first_indent + hang, first=-hang))


def _signature_block(paras: list[Para]) -> tuple[list[int], int | None]:
    """The indexes of the signature's lines (the issuing bodies) and of its date."""
    date = next((i for i, p in enumerate(paras) if p.role == "signature_date"), None)
    names: list[int] = []
    end = date if date is not None else len(paras)
    for i in range(end - 1, -1, -1):
        if paras[i].role != "signature":
            break
        names.insert(0, i)
    if date is None and not any(p.role == "signature" for p in paras[end - 1:end]):
        names = []
    return names, date


def _sealed_signature(paras: list[Para], style: Style, measure: TextMeasure) -> None:
    """GB/T 9704 §7.3.5.1: the date right with the preset's gap (4 字), each name centred
    over it, the seal centred over the last name and the date with its centre on the top of
    that name's line, and the blank lines above the names that put the seal's top within a
    line of the text."""
    names, date = _signature_block(paras)
    if date is None and not names:
        return
    found = picture(style)
    width, height = seal_size(style, found)
    text_width, gap = style.page.text_width, style.seal.date_right
    ends = paras[date] if date is not None else paras[names[-1]]
    role = style.roles.signature_date if date is not None else style.roles.signature
    centre = text_width - gap - measure(ends.text, role) / 2
    # Centred on the seal's middle, on a span as wide as the text block allows: name and date
    # stay centred under the seal whatever width an office gives their characters.
    span = min(centre, text_width - centre)
    centred = Shape(left=centre - span, right=text_width - centre - span, first=0.0, align="center")
    for i in (*names, *([date] if date is not None else [])):
        paras[i] = replace(paras[i], shape=centred)
    first = names[0] if names else date
    assert first is not None
    lines = blank_lines_above(height, style.grid.line_pitch, style.roles.body.size)
    paras[first] = replace(paras[first], space_before=lines * style.grid.line_pitch)
    anchor = names[-1] if names else first
    paras[anchor] = replace(paras[anchor], seal=Spot(centre - width / 2, -height / 2, width, height, found))


def _signature_seal(paras: list[Para], style: Style, measure: TextMeasure) -> None:
    """GB/T 9704 §7.3.5.3 (orders): the signature seal two blank lines under the text, right
    with the preset's gap (4 字); the signer's title and name 2 字 left of it, centred on it;
    the date one blank line under the seal, right with the same gap."""
    names, date = _signature_block(paras)
    if not names:
        _sealed_signature(paras, style, measure)
        return
    found = picture(style)
    width, height = seal_size(style, found)
    pitch, gap = style.grid.line_pitch, style.seal.date_right
    right = gap + width + style.seal.title_gap
    lift = (height - pitch) / 2  # the name's line is centred on the seal
    for i in names:
        paras[i] = replace(paras[i], shape=Shape(right=right, first=0.0, align="right"))
    paras[names[0]] = replace(paras[names[0]], space_before=2 * pitch + max(lift, 0.0))
    spot = Spot(style.page.text_width - gap - width, -max(lift, 0.0), width, height, found)
    paras[names[-1]] = replace(paras[names[-1]], seal=spot)
    if date is not None:
        below = max(lift, 0.0) + pitch  # from the name's line to the seal's bottom, then a blank line
        paras[date] = replace(paras[date], space_before=below,
                              shape=Shape(left=0.0, right=gap, first=0.0, align="right"))
