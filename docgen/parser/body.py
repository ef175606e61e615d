"""The body of a document: each line becomes one block.

Classification happens here and only here: salutation, standalone heading, paragraph with or
without a run-in lead (and enumeration spans inside it), closing, signature, attachment note.
Heading levels are assigned afterwards by :mod:`docgen.parser.levels`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import chars
from ..cleaner import Line
from ..model import (AttachmentNote, Block, Closing, Heading, Lead, Paragraph, Salutation,
                     Signature, SignatureDate, Span)
from . import patterns as P


@dataclass(frozen=True, slots=True)
class Numbered:
    """A block whose number belongs to a family; its level is decided later."""

    block: Block
    family: str


def parse_body(lines: tuple[Line, ...]) -> list[Block | Numbered]:
    texts = [line for line in lines if line.text]
    tail = _tail_kinds(texts)
    out: list[Block | Numbered] = []
    for index, line in enumerate(texts):
        kind = tail.get(index)
        if kind is not None:
            out.append(kind(line.text, line=line.number))
        elif P.SALUTATION.match(line.text) and not _has_body_before(out):
            out.append(Salutation(line.text, line=line.number))
        elif P.ATTACHMENT.match(line.text) or (out and isinstance(out[-1], AttachmentNote)
                                               and P.match_number(line.text)):
            out.append(AttachmentNote(line.text, line=line.number))
        else:
            out.append(_numbered_or_paragraph(line))
    return out


def _has_body_before(blocks: list[Block | Numbered]) -> bool:
    return any(isinstance(b, Numbered) or isinstance(b, Paragraph) for b in blocks)


def _tail_kinds(texts: list[Line]) -> dict[int, type[Block]]:
    """Closing words, signature and date at the end of the text."""
    kinds: dict[int, type[Block]] = {}
    end = len(texts)
    if end and P.DATE.fullmatch(texts[end - 1].text.strip("（）() ")):
        kinds[end - 1] = SignatureDate
        end -= 1
        while end and len(kinds) < 3 and _signature_like(texts[end - 1].text):
            kinds[end - 1] = Signature
            end -= 1
    for index in range(max(0, end - 2), end):
        if P.CLOSING.match(texts[index].text):
            kinds[index] = Closing
    return kinds


def _signature_like(text: str) -> bool:
    return (len(text) <= P.SIGNATURE_MAX_CHARS and not any(c in chars.PUNCTUATION for c in text)
            and P.match_number(text) is None)


def _numbered_or_paragraph(line: Line) -> Block | Numbered:
    text = line.text
    found = P.match_number(text)
    if found is None:
        return Paragraph(text, spans=inline_spans(text), line=line.number)
    family, number = found
    end = P.clause_end(text, len(number))
    single_clause = end is None or end >= len(text)
    if single_clause:
        if len(text) <= P.HEADING_MAX_CHARS:
            return Numbered(Heading(text, number=number, line=line.number), family.name)
        return Paragraph(text, spans=inline_spans(text), line=line.number)
    lead = Lead(kind=family.kind, text=text[:end], number=number)
    rest = text[end:]
    started = family.kind == "enumeration" and number.startswith("一")
    paragraph = Paragraph(rest, lead=lead, spans=inline_spans(rest, started), line=line.number)
    if family.kind == "enumeration":
        return paragraph
    return Numbered(paragraph, family.name)


def inline_spans(text: str, started: bool = False) -> tuple[Span, ...]:
    """Enumeration leads (``一是……。二是……。``) inside a paragraph's text.

    Only sequences that really enumerate count: the first number of the sequence must be
    present (一是 / 一要) — in the text or, when ``started``, in the paragraph's own lead —
    so a lone ``二要`` is not taken for a lead.
    """
    found = []
    for m in P.INLINE_ENUMERATION.finditer(text):
        end = P.clause_end(text, m.end())
        found.append(Span("enumeration", m.start(), end if end is not None else len(text),
                          m.group("number")))
    if not started and not any(s.number and s.number[0] == "一" for s in found):
        return ()
    return tuple(found)
