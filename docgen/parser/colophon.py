"""The 版记 (GB/T 9704 §7.4) read into the document's fields: the 抄送 line's names become
``copies_to`` and the 印发 line's office and date ``printed_by`` and ``printed_date``.
Other 版记 lines (主送 moved down, 抄报, 分送, a print count) stay :class:`Distribution`
blocks, printed with the 版记."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Block, Distribution
from ..shapes import patterns as S


def read_colophon(blocks: Sequence[Block]) -> tuple[dict[str, str], list[Block]]:
    """The 版记 fields found in ``blocks`` and the blocks without the lines they came from.
    Two 抄送 lines (a list broken where the cleaner could not join it) are one list."""
    fields: dict[str, str] = {}
    kept: list[Block] = []
    for block in blocks:
        if not isinstance(block, Distribution):
            kept.append(block)
            continue
        copies = S.COPIES_TO.match(block.text)
        printed = S.PRINT_LINE.match(block.text)
        if copies:
            names = copies.group("names").strip()
            fields["copies_to"] = f"{fields['copies_to']}{names}" if "copies_to" in fields else names
        elif printed and "printed_date" not in fields:
            fields["printed_by"] = printed.group("by").strip()
            fields["printed_date"] = printed.group("date").replace(" ", "")
        else:
            kept.append(block)
    return fields, kept
