"""From the speech model to styled paragraphs — the one place that dispatches on block classes.

Both renderers consume :class:`Para` objects: a paragraph role (a table of ``[roles]`` in the
preset), the text as segments with an optional character role (a run-in lead set in its
heading's typeface, an enumeration lead), and layout hints.  A renderer never looks at block
classes or the raw text again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import (Article, AttachmentNote, Block, Closing, Distribution, DocumentTitle, Heading,
                     Meta, Note, Paragraph, Salutation, Signature, SignatureDate, Span, Speech)
from ..style import Style


@dataclass(frozen=True, slots=True)
class Segment:
    """Text set in the paragraph's role, or in ``role`` (a character role) when given."""

    text: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Para:
    role: str
    segments: tuple[Segment, ...]
    outline_level: int | None = None   # headings: 1–4, shown in bookmarks / navigation
    space_before: float = 0.0          # extra space from the layout settings, in points
    continued: bool = False            # the rest of a paragraph split at a page: no indent

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
        return (Para(self.role, tuple(head), self.outline_level, self.space_before, self.continued),
                Para(self.role, tuple(tail), None, 0.0, True))


def _plain(role: str) -> Callable[[Block], Para]:
    return lambda block: Para(role, (Segment(block.text),))


def _heading(block: Heading) -> Para:
    return Para(f"heading{block.level}", (Segment(block.text),), outline_level=block.level)


def _paragraph(block: Paragraph) -> Para:
    segments: list[Segment] = []
    outline = None
    if block.lead is not None:
        lead = block.lead
        if lead.kind == "heading" and lead.level:
            segments.append(Segment(lead.text, f"heading{lead.level}"))
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


#: One handler per block class.  A new block class without a handler here is an error, so
#: no renderer can silently drop it.
HANDLERS: dict[type[Block], Callable] = {
    Salutation: _plain("salutation"),
    Heading: _heading,
    Paragraph: _paragraph,
    Article: _article,
    DocumentTitle: _plain("title"),
    Closing: _plain("closing"),
    Signature: _plain("signature"),
    SignatureDate: _plain("signature_date"),
    AttachmentNote: _plain("attachment"),
    Note: _plain("note"),
    Distribution: _plain("distribution"),
}


def header_paras(meta: Meta, style: Style) -> list[Para]:
    """The title block: title, subtitle, date/occasion line and speaker line."""
    out: list[Para] = []
    if meta.title:
        out.append(Para("title", (Segment(meta.title),)))
    if meta.subtitle:
        out.append(Para("subtitle", (Segment(meta.subtitle),)))
    layout = style.layout
    date = (Para("date_line", (Segment(f"（{meta.date}{meta.occasion or ''}）"),))
            if meta.date and layout.show_date_line else None)
    speaker = (Para("speaker", (Segment(meta.speaker),))
               if meta.speaker and layout.speaker_position != "none" else None)
    order = (speaker, date) if style.layout.speaker_position == "before_date" else (date, speaker)
    out.extend(p for p in order if p is not None)
    return out


def paragraphs(speech: Speech, style: Style) -> list[Para]:
    """All paragraphs of ``speech`` in reading order, with layout spacing applied."""
    out = header_paras(speech.meta, style)
    header_count = len(out)
    previous: Block | None = None
    for block in speech.blocks:
        try:
            handler = HANDLERS[type(block)]
        except KeyError:
            raise TypeError(f"no renderer handler for block type {type(block).__name__}") from None
        para = handler(block)
        space = _space_before(block, previous, style)
        if header_count and len(out) == header_count:
            space = max(space, style.layout.header_space_after)
        if space:
            para = Para(para.role, para.segments, para.outline_level, space)
        out.append(para)
        previous = block
    return out


def _space_before(block: Block, previous: Block | None, style: Style) -> float:
    if isinstance(block, AttachmentNote) and not isinstance(previous, AttachmentNote):
        return style.layout.attachment_space_before
    if isinstance(block, (Signature, SignatureDate)) and not isinstance(previous, (Signature, SignatureDate)):
        return style.layout.signature_space_before
    return 0.0
