"""Fonts and colour: every font embedded (a print shop or a reader without the font would
substitute another), and all text black but the 版头's red mark (GB/T 9704 §5.2.4)."""

from __future__ import annotations

from collections.abc import Callable

from . import registry as R
from .context import PdfContext
from .findings import Finding
from .pdfofficial import find_head
from .pdfread import RGB, Row, is_black, is_red

#: At most this many text-colour findings (one per line); the last one says how many more.
MAX_COLOUR_FINDINGS = 20


def fonts_embedded(ctx: PdfContext) -> list[Finding]:
    """Fonts that print text (a font a page lists but never uses is left alone)."""
    used = {g.font for page in ctx.measures.document.pages for row in page.rows for g in row.glyphs}
    return [R.FONT_NOT_EMBEDDED(f"the font {font.name} is not embedded", measured="not embedded",
                                expected="embedded (a subset is enough)", pages=font.pages[:1], source=ctx.source)
            for font in ctx.measures.document.fonts if not font.embedded and font.aliases & used]


def text_colour(ctx: PdfContext) -> list[Finding]:
    allowed = _red_allowed(ctx)
    found: list[Finding] = []
    coloured = [(sheet, row) for sheet in ctx.measures.sheets for row in (*sheet.text, *sheet.folios)
                if not all(is_black(g.color) for g in row.glyphs)
                and not (sheet.number == 1 and allowed(row))]
    for sheet, row in coloured[:MAX_COLOUR_FINDINGS]:
        color = next(g.color for g in row.glyphs if not is_black(g.color))
        line = sheet.line_of(row) if row in sheet.text else None
        found.append(R.TEXT_COLOUR(f"text in {_hex(color)}: “{row.text[:14]}”", measured=_hex(color),
                                   expected="black (red only for the 发文机关标志)", pages=(sheet.number,), line=line,
                                   box=row.box, source=ctx.source))
    if len(coloured) > MAX_COLOUR_FINDINGS:
        found.append(R.TEXT_COLOUR(f"… and {len(coloured) - MAX_COLOUR_FINDINGS} more lines not in black",
                                   pages=tuple(sorted({s.number for s, _ in coloured[MAX_COLOUR_FINDINGS:]})),
                                   source=ctx.source))
    return found


def _red_allowed(ctx: PdfContext) -> Callable[[Row], bool]:
    """Red text is allowed on the first page for the 版头: its mark, and what lies above its
    red rule."""
    head = find_head(ctx)
    first = ctx.measures.document.pages[0]
    rule = next((r.y for r in first.rules if is_red(r.color)), 0.0) if head else 0.0
    marks = head.rows if head else ()
    return lambda row: row.is_red() and (row in marks or row.baseline < rule)


def _hex(color: RGB | None) -> str:
    if color is None:
        return "a pattern colour"
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in color)


CHECKS: tuple[Callable[[PdfContext], list[Finding]], ...] = (fonts_embedded, text_colour)
