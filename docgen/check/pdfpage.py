"""The page and its text block: paper size, the four margins, the 版心's width and height,
the body's size, the line pitch, the lines of a full page and the characters of a full line,
and whether lines inside paragraphs reach the right edge (GB/T 9704 §5, §12 of the notes)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from . import registry as R
from .context import PdfContext, mm, pt
from .findings import Finding
from .patterns import CHARS, CHARS_SHARE, FLUSH, GEOMETRY, PAPER, SHORT_LINE_EM, SHORT_LINE_SHARE, SIZE


def page_size(ctx: PdfContext) -> list[Finding]:
    page = ctx.style.page
    wrong = [p for p in ctx.measures.document.pages
             if abs(p.width - page.width) > PAPER or abs(p.height - page.height) > PAPER]
    if not wrong:
        return []
    first = wrong[0]
    return [R.PAGE_SIZE(f"the paper is {mm(first.width)} × {mm(first.height)}", measured=f"{mm(first.width)} × "
                        f"{mm(first.height)}", expected=f"{mm(page.width)} × {mm(page.height)} ± 1 mm",
                        pages=tuple(p.number for p in wrong), source=ctx.source)]


def margins(ctx: PdfContext) -> list[Finding]:
    found: list[Finding] = []
    m, style = ctx.measures, ctx.style
    if m.left is None or m.right is None:
        return [R.NOT_MEASURED("no body text: the margins were not measured", source=ctx.source)]
    width = m.document.pages[0].width
    pages = tuple(s.number for s in m.sheets if m.body_rows(s))
    for check, measured, wanted, what in (
            (R.MARGIN_LEFT, m.left, style.page.margins.left, "lines start"),
            (R.MARGIN_RIGHT, width - m.right, style.page.margins.right, "full lines end"),
            (R.TEXT_WIDTH, m.right - m.left, style.page.text_width, "full lines are")):
        if abs(measured - wanted) > GEOMETRY:
            where = "from the left edge" if check is R.MARGIN_LEFT else \
                "from the right edge" if check is R.MARGIN_RIGHT else "long"
            found.append(check(f"{what} {mm(measured)} {where}", measured=mm(measured),
                               expected=f"{mm(wanted)} ± 1 mm", pages=pages[:1], source=ctx.source,
                               box=_column(ctx, measured if check is R.MARGIN_LEFT else m.right)))
    return found + _vertical(ctx)


def _column(ctx: PdfContext, x: float) -> tuple[float, float, float, float]:
    top = ctx.style.page.margins.top
    return (x - 2, top, x + 2, ctx.expected_bottom_edge)


def _vertical(ctx: PdfContext) -> list[Finding]:
    """The top margin (pages that continue the text), the bottom margin and the height of the
    text block (full pages), in whichever model (line boxes or em boxes) fits the top."""
    m, style = ctx.measures, ctx.style
    tops = m.top_rows()
    if not tops:
        return [R.NOT_MEASURED("no page continues the text: the top margin was not measured", source=ctx.source)]
    wanted = style.page.margins.top
    model = ctx.model()
    top = ctx.top_edge() or 0.0
    label = "line box" if model == "linebox" else "em box"
    found = []
    if abs(top - wanted) > ctx.vertical:
        row = tops[0][1]
        found.append(R.MARGIN_TOP(f"the first line's {label} starts {mm(top)} from the top edge", measured=mm(top),
                                  expected=f"{mm(wanted)} ± {mm(ctx.vertical)}", pages=tuple(s.number for s, _ in tops),
                                  line=1, box=row.box, source=ctx.source))
    full = m.full_pages
    bottom = ctx.lines_bottom()
    if bottom is None:
        return found
    height = ctx.expected_lines_height(model)
    for check, measured, expected in (
            (R.MARGIN_BOTTOM, style.page.height - bottom, style.page.height - wanted - height),
            (R.TEXT_HEIGHT, bottom - top, height)):
        if abs(measured - expected) > ctx.vertical:
            what = "the last line of a full page ends" if check is R.MARGIN_BOTTOM else "the lines of a full page span"
            where = " above the bottom edge" if check is R.MARGIN_BOTTOM else ""
            found.append(check(f"{what} {mm(measured)}{where} ({label}es)", measured=mm(measured),
                               expected=f"{mm(expected)} ± {mm(ctx.vertical)}", pages=tuple(s.number for s in full),
                               box=max((s.text[-1] for s in full), key=lambda r: r.baseline).box,
                               source=ctx.source))
    return found


def body_size(ctx: PdfContext) -> list[Finding]:
    size, wanted = ctx.measures.body_size, ctx.style.roles.body.size
    if size is None:
        return [R.NOT_MEASURED("no Chinese text: the body size was not measured", source=ctx.source)]
    if abs(size - wanted) <= SIZE:
        return []
    rows = ctx.measures.all_body_rows
    return [R.BODY_SIZE(f"the body text is {pt(size)}", measured=pt(size), expected=f"{pt(wanted)} ± 0.5 pt",
                        pages=_pages_of(ctx), box=rows[0].box if rows else None, source=ctx.source)]


def _pages_of(ctx: PdfContext) -> tuple[int, ...]:
    return tuple(s.number for s in ctx.measures.sheets if ctx.measures.body_rows(s))[:1]


def line_pitch(ctx: PdfContext) -> list[Finding]:
    pitch = ctx.measures.pitch
    if pitch is None:
        return [R.NOT_MEASURED("no two body lines follow each other: the line pitch was not measured",
                               source=ctx.source)]
    low, high = ctx.pitch_range()
    if low <= pitch <= high:
        return []
    return [R.LINE_PITCH(f"body lines are {pt(pitch)} apart", measured=pt(pitch), expected=f"{pt(low)}–{pt(high)}",
                         pages=_pages_of(ctx), source=ctx.source)]


def lines_per_page(ctx: PdfContext) -> list[Finding]:
    m, wanted = ctx.measures, ctx.style.grid.lines
    counted = [(s, n) for s in m.full_pages if (n := m.slots(s)) is not None]
    if not counted:
        return [R.NOT_MEASURED("no full page (the text fits on its last page): lines per page were not measured",
                               source=ctx.source)]
    most = max(n for _, n in counted)
    if most == wanted:
        return []
    wrong = tuple(s.number for s, n in counted if n == most)
    return [R.LINES_PER_PAGE(f"a full page holds {most} lines", measured=f"{most} lines", expected=f"{wanted} lines",
                             pages=wrong, source=ctx.source)]


def chars_per_line(ctx: PdfContext) -> list[Finding]:
    full = ctx.measures.full_lines()
    if not full:
        return [R.NOT_MEASURED("no full line flush left: characters per line were not measured", source=ctx.source)]
    counts = Counter(round(n * 2) / 2 for _, _, n in full)
    wanted = ctx.style.grid.chars
    right = sum(n for count, n in counts.items() if abs(count - wanted) <= CHARS)
    if right >= CHARS_SHARE * len(full):
        return []
    mode = counts.most_common(1)[0][0]
    sheet, row = next((s, r) for s, r, n in full if round(n * 2) / 2 == mode)
    shown = f"{mode:g}"
    return [R.CHARS_PER_LINE(f"a full line holds {shown} characters", measured=f"{shown} characters",
                             expected=f"{wanted} ± 0.5", pages=(sheet.number,), line=sheet.line_of(row),
                             box=row.box, source=ctx.source)]


def justification(ctx: PdfContext) -> list[Finding]:
    """Rows followed by a flush-left row (so not the last of their paragraph) must reach the
    right edge."""
    m = ctx.measures
    if m.left is None or m.right is None or m.body_size is None:
        return []
    inside, short = 0, []
    for sheet in m.sheets:
        rows = m.body_rows(sheet)
        for row, following in zip(rows, rows[1:]):
            if abs(following.x0 - m.left) > FLUSH or following.baseline - row.baseline > 1.6 * (m.pitch or 30):
                continue
            inside += 1
            if m.right - row.x1 > SHORT_LINE_EM * m.body_size:
                short.append((sheet, row))
    if len(short) < 2 or len(short) <= SHORT_LINE_SHARE * inside:
        return []
    sheet, row = short[0]
    return [R.JUSTIFICATION(f"{len(short)} of {inside} lines inside paragraphs end short of the right edge",
                            measured=f"{len(short)} short lines", expected="every line inside a paragraph "
                            "ends at the right edge", pages=tuple(sorted({s.number for s, _ in short})),
                            line=sheet.line_of(row), box=row.box, source=ctx.source)]


CHECKS: tuple[Callable[[PdfContext], list[Finding]], ...] = (
    page_size, margins, body_size, line_pitch, lines_per_page, chars_per_line, justification)
