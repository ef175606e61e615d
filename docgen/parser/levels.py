"""Heading levels: from numbering families to levels 1–4, and numbering checks.

GB/T 9704 §7.3.3 orders the levels 一、 → （一） → 1. → （1）, but real texts use other
families (第一，, 一是 …) and sometimes start lower.  So a level is given by the order in which
families first appear: the first family seen is level 1, the next new one level 2, and so on.
A text that uses ``第一，`` and then ``一是`` gets those as levels 1 and 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import diagnostics as C
from ..model import AttachmentLabel, Block, Diagnostic, DocumentTitle, Heading, Paragraph
from .patterns import FAMILIES, NUMBER_SEPARATOR, number_value


@dataclass(frozen=True, slots=True)
class Numbered:
    """A block whose number belongs to a family; its level is decided later.  ``item`` marks
    a numbered sentence that is no heading (its number is checked, it gets no level)."""

    block: Block
    family: str
    item: bool = False


def numbered(item: Block | Numbered) -> Numbered:
    """``item``, known to be numbered where it is asked for (an index from a list of numbered
    items)."""
    assert isinstance(item, Numbered), item
    return item


MAX_LEVEL = 4



def assign_levels(items: list[Block | Numbered]) -> tuple[list[Block], list[Diagnostic]]:
    """Give every heading its level and check the numbering; a document title printed inside
    the text (a 印发 notice's measures) and an attachment's label start a new document with
    families of its own."""
    state = _Numbering()
    notes: list[Diagnostic] = []
    blocks: list[Block] = []
    for item in items:
        if isinstance(item, (DocumentTitle, AttachmentLabel)):
            state = _Numbering()
        if not isinstance(item, Numbered):
            blocks.append(item)
            continue
        block = item.block
        if item.item:
            notes.extend(state.check(item, None))
            blocks.append(block)
            continue
        level = state.level_of(item.family)
        if level > MAX_LEVEL:
            notes.append(C.LEVEL_TOO_DEEP(f"a {level}th numbering family; set as level {MAX_LEVEL}",
                                    block.line, _number_of(block)))
            level = MAX_LEVEL
        block = _with_level(block, level)
        notes.extend(state.check(item, level))
        notes.extend(_end_punctuation(block, item.family))
        blocks.append(block)
    return blocks, notes


class _Numbering:
    """Families in their order of first appearance, and the last number of each."""

    def __init__(self) -> None:
        self.order: list[str] = []
        self.levels: dict[str, int] = {}
        self.last: dict[tuple[str, str], int] = {}  # (family, parent number) → last value
        self.separators: dict[str, str] = {}
        self.last_level = 0

    def level_of(self, family: str) -> int:
        if family not in self.order:
            self.order.append(family)
        return self.order.index(family) + 1

    def check(self, item: Numbered, level: int | None) -> list[Diagnostic]:
        block = item.block
        number = _number_of(block) or ""
        notes = self._separator(item.family, number, block)
        if level is not None:
            for family, prefix in list(self.last):
                if self.levels.get(family, MAX_LEVEL + 1) > level:
                    del self.last[family, prefix]
            self.levels[item.family] = level
            if level > self.last_level + 1:
                notes.append(C.LEVEL_SKIPPED(f"level-{level} heading {number!r} under a level-"
                                        f"{self.last_level or 'none'} heading", block.line, block.text))
            self.last_level = level
        value = number_value(number)
        if value is None:
            return notes
        key = (item.family, _parent(number))
        previous = self.last.get(key, 0)
        self.last[key] = value
        if value != previous + 1:
            code = C.NUMBERING_REPEAT if value <= previous else C.NUMBERING_GAP
            notes.append(code(f"number {number!r} where number "
                              f"{previous + 1} was expected", block.line, block.text))
        return notes

    def _separator(self, family: str, number: str, block: Block) -> list[Diagnostic]:
        m = NUMBER_SEPARATOR.search(number)
        if not m:
            return []
        first = self.separators.setdefault(family, m.group())
        if first == m.group():
            return []
        self.separators[family] = m.group()
        return [C.NUMBERING_MIXED(f"{number!r} numbered with "
                           f"{m.group()!r} where earlier numbers of its kind use {first!r}",
                           block.line, block.text)]


def _end_punctuation(block: Block, family: str) -> list[Diagnostic]:
    """A standalone heading (not a 一是 sentence) should not end with a mark (GB/T 9704
    practice: the mark goes only after a heading run into its paragraph)."""
    if not isinstance(block, Heading) or _kind(family) != "heading" or block.text[-1] not in "。；，：.;,:":
        return []
    return [C.HEADING_END_PUNCTUATION(f"standalone heading ends with {block.text[-1]!r}", block.line, block.text)]


def _kind(family: str) -> str:
    return next((f.kind for f in FAMILIES if f.name == family), "heading")


def _with_level(block: Block, level: int) -> Block:
    if isinstance(block, Heading):
        return replace(block, level=level)
    if isinstance(block, Paragraph) and block.lead is not None:
        return replace(block, lead=replace(block.lead, level=level))
    return block


def _number_of(block: Block) -> str | None:
    if isinstance(block, Heading):
        return block.number
    if isinstance(block, Paragraph) and block.lead is not None:
        return block.lead.number
    return None


#: The last part of a decimal number: ``1.2.1`` is item 1 under ``1.2``.
_DECIMAL_LAST = re.compile(r"\.\d+$")


def _parent(number: str) -> str:
    """The parent of a decimal number (``1.2`` of ``1.2.1``; 2.1 is the first under 2, not the
    one after 1.2), and "" for other numbers, which count on across the text."""
    last = _DECIMAL_LAST.search(number)
    return number[: last.start()] if last else ""


