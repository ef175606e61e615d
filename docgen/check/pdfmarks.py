"""Punctuation at the starts and ends of lines (GB/T 15834-2011 §5.1): no line starts with
，。、；：？！ or a closing mark; no line ends with an opening mark while its paragraph goes on;
—— and …… are never split."""

from __future__ import annotations

from collections.abc import Callable

from . import registry as R
from .context import PdfContext
from .findings import Finding
from .patterns import DOUBLED, FLUSH, NO_LINE_END, NO_LINE_START
from .pdflayout import Sheet
from .pdfread import Row


def line_marks(ctx: PdfContext) -> list[Finding]:
    found: list[Finding] = []
    for sheet in ctx.measures.sheets:
        rows = ctx.measures.body_rows(sheet)
        for index, row in enumerate(rows):
            first = row.text[0]
            if first in NO_LINE_START:
                found.append(R.LINE_START_MARK(f"a line starts with “{first}”: {_quote(row.text)}",
                                               measured=f"“{first}” at the start", expected="no "
                                               "，。、；：？！ or closing mark at a line's start",
                                               pages=(sheet.number,), line=sheet.line_of(row),
                                               box=_glyph_box(row, 0), source=ctx.source))
            following = rows[index + 1] if index + 1 < len(rows) else None
            if following is not None and _continues(ctx, row, following):
                found.extend(_line_end(ctx, sheet, row, following))
    return found


def _line_end(ctx: PdfContext, sheet: Sheet, row: Row, following: Row) -> list[Finding]:
    last = row.text[-1]
    if last in NO_LINE_END:
        return [R.LINE_END_MARK(f"a line ends with “{last}”: {_quote(row.text, end=True)}",
                                measured=f"“{last}” at the end", expected="no opening mark at a line's end",
                                pages=(sheet.number,), line=sheet.line_of(row), box=_glyph_box(row, -1),
                                source=ctx.source)]
    if last in DOUBLED and following.text[0] == last:
        return [R.SPLIT_MARK(f"“{last * 2}” is split between two lines", measured="split",
                             expected="both halves on one line", pages=(sheet.number,), line=sheet.line_of(row),
                             box=_glyph_box(row, -1), source=ctx.source)]
    return []


def _continues(ctx: PdfContext, row: Row, following: Row) -> bool:
    """Is ``following`` the next line of ``row``'s paragraph (flush left, on the next grid line)?"""
    pitch = ctx.measures.pitch or 1.8 * row.size
    return abs(following.x0 - ctx.left) <= FLUSH and following.baseline - row.baseline <= 1.5 * pitch


def _glyph_box(row: Row, index: int) -> tuple[float, float, float, float]:
    glyph = row.glyphs[index]
    return (glyph.x0, row.top, glyph.x1, row.bottom)


def _quote(text: str, end: bool = False) -> str:
    return f"“{'…' + text[-12:] if end and len(text) > 12 else text[:12] + ('…' if len(text) > 12 else '')}”"


CHECKS: tuple[Callable[[PdfContext], list[Finding]], ...] = (line_marks,)
