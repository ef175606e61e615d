"""Attachments printed after the main text — 附件 (GB/T 9704 §7.3.7).

Each attachment starts with its label (附件标识: ``附件`` / ``附件2`` alone on a line) and its
title (one to three lines, joined as a document's title); its body follows and is parsed like
the main body, heading levels counted anew.  A label is taken for one

- after the main text has ended (a signature date, 附注, closing words, the attachment note, a
  版记 line — or the body of an attachment before it), with or without a title under it;
- after at least one body paragraph when a title follows it and no signature block is still
  to come (the text then has none of its own: a speech, a notice ending with 特此通知).

``附件：`` followed by ``1. ……`` is the label of an attachment note (附件说明), not of an
attachment.  The note lists the attachments in order: :func:`check_attachments` reports a
text whose labels, numbers or titles do not agree with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import diagnostics as C
from ..model import (
    Article,
    AttachmentLabel,
    AttachmentNote,
    AttachmentTitle,
    Block,
    Closing,
    Diagnostic,
    Distribution,
    Heading,
    Note,
    Paragraph,
    SignatureDate,
)
from ..shapes import Line
from ..shapes.titles import title_like
from . import patterns as P
from .levels import Numbered
from .titles import join_title

#: Blocks that end the main text: what follows them may be an attachment without a title.
_ENDS = (SignatureDate, Note, Closing, Distribution, AttachmentNote, AttachmentLabel, AttachmentTitle)
#: Blocks of running text: after one, a label with a title under it starts an attachment.
_BODY = (Paragraph, Heading, Article)
#: A file's extension after an attachment's name in a note (``国际会议申报须知.doc``).
_EXTENSION = re.compile(r"\.(?:docx?|xlsx?|wps|et|pdf|zip|rar|txt)$", re.IGNORECASE)
#: What a note's name and an attachment's title may differ in: spaces, quotes, book-title marks.
_IGNORED = re.compile(r"[\s\u3000《》〈〉“”\"'‘’]")


def attachment_start(texts: Sequence[Line], index: int, out: Sequence[Block | Numbered],
                     signature_follows: bool) -> tuple[list[Block], int] | None:
    """The label (and title) of an attachment starting at line ``index``, and the index of
    the line after them; None when no attachment starts there.  ``signature_follows`` says
    that a signature block is still to come further down."""
    found = P.ATTACHMENT_START.match(texts[index].text)
    if found is None or not out:
        return None
    following = index + 1
    after = texts[following].text if following < len(texts) else ""
    if found.group("number") is None and P.ATTACHMENT_ITEM.match(after):
        return None  # 附件： then 1. …… — the label of an attachment note
    blocks = [item.block if isinstance(item, Numbered) else item for item in out]
    ended = isinstance(blocks[-1], _ENDS) or any(isinstance(b, AttachmentLabel) for b in blocks)
    if not ended and (signature_follows or not any(isinstance(b, _BODY) for b in blocks)):
        return None
    title = _title(texts, following)
    if title is None and not ended:
        return None
    label = _label(found, texts[index])
    if title is None:
        return [label], following
    return [label, AttachmentTitle(title[0], line=texts[following].number)], title[1]


def _label(found: re.Match[str], line: Line) -> AttachmentLabel:
    """The label in GB/T 9704's form: ``附件`` and the number, without a colon or spaces."""
    number = found.group("number")
    return AttachmentLabel(f"附件{number or ''}", number=P.number_value(number), line=line.number)


def _title(texts: Sequence[Line], start: int) -> tuple[str, int] | None:
    """The attachment's title from line ``start`` and the index after it: lines joined up to
    a genre word (方案, 汇总表 …), else one line that can be a title — not a table's row, nor
    the next attachment's label."""
    if start >= len(texts):
        return None
    text = texts[start].text
    if P.ATTACHMENT_START.match(text) or P.TABLE_ROW.match(text):
        return None
    joined = join_title(tuple(texts), start, P.ATTACHMENT_GENRE)
    if joined is not None:
        return joined
    return (text, start + 1) if title_like(text) else None


# --------------------------------------------------------------------------- checks


@dataclass(frozen=True, slots=True)
class _Listed:
    """One attachment as the note lists it."""

    number: int | None
    name: str
    line: int | None


def check_attachments(blocks: Sequence[Block]) -> list[Diagnostic]:
    """GB/T 9704 §7.3.7: the attachments' labels, numbers and titles agree with the attachment
    note (附件说明) — as many labels as names in the note, numbered in its order (1, 2, 3 …
    when the note has no numbers, and each label numbered when there are several), each title
    the name the note gives."""
    listed = _listed(blocks)
    attached = _attached(blocks)
    notes: list[Diagnostic] = []
    if listed and attached and len(listed) != len(attached):
        label = attached[0][0]
        notes.append(C.ATTACHMENT_COUNT(f"the attachment note (line {listed[0].line}) lists "
            f"{len(listed)} attachment(s) but the text has {len(attached)}", label.line, label.text))
    for position, (label, title) in enumerate(attached, 1):
        entry = listed[position - 1] if position <= len(listed) else None
        notes.extend(_number_note(label, position, len(attached), entry))
        if entry is not None and title is not None and not _same_name(entry.name, title.text):
            notes.append(C.ATTACHMENT_TITLE(f"attachment title {title.text!r} is not the name "
                f"{entry.name!r} the attachment note gives (line {entry.line})", title.line, title.text))
    return notes


def _number_note(label: AttachmentLabel, position: int, count: int,
                 entry: _Listed | None) -> list[Diagnostic]:
    expected = entry.number if entry is not None and entry.number is not None else position
    if label.number == expected or (count == 1 and label.number is None):
        return []
    if label.number is None:
        message = f"label {label.text!r} has no number but the text has {count} attachments"
    else:
        message = f"label {label.text!r} where 附件{expected} was expected"
    return [C.ATTACHMENT_NUMBER(message, label.line, label.text)]


def _listed(blocks: Sequence[Block]) -> list[_Listed]:
    """The names of the attachment note, in order (its bare label ``附件：`` names none)."""
    out = []
    for block in blocks:
        if isinstance(block, AttachmentLabel):
            break
        if not isinstance(block, AttachmentNote):
            continue
        found = P.ATTACHMENT_NOTE_NAME.match(block.text)
        if found is not None and found.group("name").strip():
            number = found.group("number")
            out.append(_Listed(int(number) if number else None, found.group("name").strip(), block.line))
    return out


def _attached(blocks: Sequence[Block]) -> list[tuple[AttachmentLabel, AttachmentTitle | None]]:
    out = []
    for i, block in enumerate(blocks):
        if isinstance(block, AttachmentLabel):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            out.append((block, following if isinstance(following, AttachmentTitle) else None))
    return out


def _same_name(name: str, title: str) -> bool:
    """A note's name and an attachment's title agree when one contains the other, apart from
    spaces, quotes and book-title marks and a file's extension after the name."""
    a = _IGNORED.sub("", _EXTENSION.sub("", name.strip()))
    b = _IGNORED.sub("", title)
    return bool(a and b) and (a in b or b in a)
