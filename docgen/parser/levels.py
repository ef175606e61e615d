"""Heading levels: from numbering families to levels 1–4, and numbering checks.

GB/T 9704 §7.3.3 orders the levels 一、 → （一） → 1. → （1）, but real texts use other
families (第一，, 一是 …) and sometimes start lower.  So a level is given by the order in which
families first appear: the first family seen is level 1, the next new one level 2, and so on.
A text that uses ``第一，`` and then ``一是`` gets those as levels 1 and 2.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Diagnostic, Heading, Paragraph
from .body import Numbered

MAX_LEVEL = 4

_CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}


def assign_levels(items: list[Block | Numbered]) -> tuple[list[Block], list[Diagnostic]]:
    order: list[str] = []
    notes: list[Diagnostic] = []
    counters: dict[int, int] = {}
    blocks: list[Block] = []
    for item in items:
        if not isinstance(item, Numbered):
            blocks.append(item)
            continue
        if item.family not in order:
            order.append(item.family)
        level = order.index(item.family) + 1
        if level > MAX_LEVEL:
            notes.append(Diagnostic("warning", "level-too-deep",
                                    f"a {level}th numbering family; set as level {MAX_LEVEL}",
                                    item.block.line, _number_of(item.block)))
            level = MAX_LEVEL
        block = _with_level(item.block, level)
        notes.extend(_check_sequence(block, level, counters))
        blocks.append(block)
    return blocks, notes


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


def number_value(number: str | None) -> int | None:
    """The integer a heading number stands for: ``（三）`` → 3, ``12.`` → 12, ``第十一，`` → 11."""
    if not number:
        return None
    digits = re.search(r"\d+", number)
    if digits:
        return int(digits.group())
    if number[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(number[0]) + 1
    cn = "".join(ch for ch in number if ch in _CN_VALUES or ch in "十百")
    return _chinese_value(cn) if cn else None


def _chinese_value(text: str) -> int | None:
    if text in ("首先",):
        return 1
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_VALUES[ch]
    return total + current


def _check_sequence(block: Block, level: int, counters: dict[int, int]) -> list[Diagnostic]:
    value = number_value(_number_of(block))
    for deeper in [lvl for lvl in counters if lvl > level]:
        del counters[deeper]
    if value is None:
        return []
    previous = counters.get(level, 0)
    counters[level] = value
    if value == previous + 1:
        return []
    code = "numbering-repeat" if value <= previous else "numbering-gap"
    expected = previous + 1
    return [Diagnostic("warning", code, f"level-{level} number {_number_of(block)!r} where "
                       f"number {expected} was expected", block.line, block.text)]
