"""Page numbers (GB/T 9704 §7.5): on every page with text, in the preset's form (“— N —”,
一字线 on both sides), consecutive, 4号, on the outer side one 字 in from the text block, the
一字线 7 mm below the text block."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import registry as R
from .context import PdfContext, mm, pt
from .findings import Finding
from .patterns import DASH_WIDTH, FOLIO_GAP_ABOVE, FOLIO_GAP_BELOW, FOLIO_GAP_WIDEST, GEOMETRY, LONG_RULE, SIZE
from .pdfink import ink_centres
from .pdflayout import Sheet
from .pdfread import Row, is_red

#: Dashes that stand for a 一字线 in a page number's form.
DASHES = "—―"


@dataclass(frozen=True, slots=True)
class Folio:
    sheet: Sheet
    row: Row
    number: int | None


def form_pattern(form: str) -> re.Pattern[str]:
    """The preset's page-number format as a pattern over a row's text without spaces:
    ``— {page} —`` → ``[—―](\\d+)[—―]``."""
    before, after = ("".join(part.split()) for part in form.split("{page}"))
    literal = lambda text: "".join(f"[{DASHES}]" if ch in DASHES else re.escape(ch) for ch in text)
    return re.compile(f"{literal(before)}(\\d+){literal(after)}")


def page_numbers(ctx: PdfContext) -> list[Finding]:
    spec = ctx.style.page_number
    if spec.placement == "none":
        return []
    folios, missing = _folios(ctx)
    found: list[Finding] = []
    if missing:
        found.append(R.PAGE_NUMBER_MISSING(f"{len(missing)} page(s) with text have no page number",
                                           measured="none", expected=spec.format.replace("{page}", "N"),
                                           pages=tuple(missing), source=ctx.source))
    for check in (_form, _sequence, _size, _side, _offset):
        found.extend(check(ctx, folios))
    return found


def _folios(ctx: PdfContext) -> tuple[list[Folio], list[int]]:
    pattern = form_pattern(ctx.style.page_number.format)
    sheets = ctx.measures.sheets
    unnumbered = _may_be_unnumbered(ctx)
    folios, missing = [], []
    for sheet in sheets:
        if sheet.folios:
            row = sheet.folios[-1]
            match = pattern.fullmatch(row.text) or re.search(r"\d+", row.text)
            folios.append(Folio(sheet, row, int(match.group(1) if match.re is pattern else match.group(0))
                                if match else None))
        elif sheet.text and sheet.number not in unnumbered:
            missing.append(sheet.number)
    return folios, missing


def _may_be_unnumbered(ctx: PdfContext) -> set[int]:
    """A letter's first page (its 170 mm red double rules), and the 版记 page after a blank page."""
    sheets = ctx.measures.sheets
    pages: set[int] = set()
    first = sheets[0].page
    letter = ctx.style.masthead.letter.rule_length - GEOMETRY * 3
    if any(is_red(r.color) and r.length > letter for r in first.rules):
        pages.add(1)
    if len(sheets) >= 2 and not sheets[-2].text and not sheets[-2].folios and \
            any(r.length >= LONG_RULE for r in sheets[-1].page.rules):
        pages.add(sheets[-1].number)
    return pages


def _form(ctx: PdfContext, folios: list[Folio]) -> list[Finding]:
    pattern = form_pattern(ctx.style.page_number.format)
    wrong = [f for f in folios if not pattern.fullmatch(f.row.text)]
    narrow = [f for f in folios if f not in wrong and any(
        g.text in DASHES and g.x1 - g.x0 < DASH_WIDTH * g.size for g in f.row.glyphs)]
    found = []
    if wrong:
        f = wrong[0]
        found.append(R.PAGE_NUMBER_FORM(f"the page number reads “{f.row.text}”", measured=f.row.text,
                                        expected=ctx.style.page_number.format.replace("{page}", "N"),
                                        pages=tuple(x.sheet.number for x in wrong), box=f.row.box, source=ctx.source,
                                        others=_others(wrong)))
    if narrow:
        f = narrow[0]
        found.append(R.PAGE_NUMBER_FORM("the dashes around the page number are narrower than a 一字线",
                                        measured=f.row.text, expected=f"dashes at least {DASH_WIDTH} em wide",
                                        pages=tuple(x.sheet.number for x in narrow), box=f.row.box,
                                        source=ctx.source, others=_others(narrow)))
    return found


def _sequence(ctx: PdfContext, folios: list[Folio]) -> list[Finding]:
    numbered = [f for f in folios if f.number is not None]
    for a, b in zip(numbered, numbered[1:]):
        assert a.number is not None and b.number is not None
        if b.number - a.number != b.sheet.number - a.sheet.number:
            return [R.PAGE_NUMBER_SEQUENCE(f"page {b.sheet.number} is numbered {b.number} after {a.number}",
                                           measured=f"{a.number}, {b.number}", expected=f"{a.number}, "
                                           f"{a.number + b.sheet.number - a.sheet.number}", pages=(b.sheet.number,),
                                           box=b.row.box, source=ctx.source)]
    return []


def _size(ctx: PdfContext, folios: list[Folio]) -> list[Finding]:
    wanted = ctx.style.page_number.size
    wrong = [f for f in folios if abs(f.row.size - wanted) > SIZE]
    if not wrong:
        return []
    f = wrong[0]
    return [R.PAGE_NUMBER_SIZE(f"the page number is {pt(f.row.size)}", measured=pt(f.row.size),
                               expected=f"{pt(wanted)} ± 0.5 pt", pages=tuple(x.sheet.number for x in wrong),
                               box=f.row.box, source=ctx.source, others=_others(wrong))]


def _side(ctx: PdfContext, folios: list[Folio]) -> list[Finding]:
    spec = ctx.style.page_number
    low = spec.gap - FOLIO_GAP_BELOW
    high = max(spec.gap, FOLIO_GAP_WIDEST) + FOLIO_GAP_ABOVE
    wrong: list[tuple[Folio, str]] = []
    for f in folios:
        side = spec.side(f.sheet.number % 2 == 1)
        if side == "center":
            off = (f.row.x0 + f.row.x1) / 2 - (ctx.left + ctx.right) / 2
            if abs(off) > GEOMETRY:
                wrong.append((f, f"{mm(abs(off))} off the centre"))
            continue
        gap = ctx.right - f.row.x1 if side == "right" else f.row.x0 - ctx.left
        if not low <= gap <= high:
            wrong.append((f, f"{mm(gap)} in from the {side} side" if gap > -GEOMETRY
                          else f"not on the {side} side"))
    if not wrong:
        return []
    f, what = wrong[0]
    expected = "centred" if spec.side(True) == "center" else \
        f"odd pages {spec.side(True)}, even pages {spec.side(False)}, {mm(low)}–{mm(high)} in"
    return [R.PAGE_NUMBER_SIDE(f"the number of page {f.sheet.number} is {what}", measured=what, expected=expected,
                               pages=tuple(x.sheet.number for x, _ in wrong), box=f.row.box, source=ctx.source,
                               others=_others([x for x, _ in wrong]))]


def _offset(ctx: PdfContext, folios: list[Folio]) -> list[Finding]:
    """The 一字线's ink centre (the first dash; the number's own centre without one)."""
    regions = []
    for f in folios:
        glyph = next((g for g in f.row.glyphs if g.text in DASHES), f.row.glyphs[0])
        regions.append((f.sheet.number, (glyph.x0, f.row.baseline - glyph.size, glyph.x1,
                                         f.row.baseline + 0.3 * glyph.size)))
    centres = ink_centres(ctx.data, regions)
    wanted = ctx.expected_bottom_edge + ctx.style.page_number.offset
    wrong = [(f, c) for f, c in zip(folios, centres) if c is not None and abs(c - wanted) > GEOMETRY]
    if not wrong:
        return []
    f, centre = wrong[0]
    below = centre - ctx.expected_bottom_edge
    return [R.PAGE_NUMBER_OFFSET(f"the 一字线 lies {mm(below)} below the text block", measured=mm(below),
                                 expected=f"{mm(ctx.style.page_number.offset)} ± 1 mm",
                                 pages=tuple(x.sheet.number for x, _ in wrong), box=f.row.box, source=ctx.source,
                                 others=_others([x for x, _ in wrong]))]


def _others(folios: list[Folio]) -> tuple[tuple[int, tuple[float, float, float, float]], ...]:
    """The page numbers after the first, where a finding about several is drawn too."""
    return tuple((f.sheet.number, f.row.box) for f in folios[1:])


CHECKS: tuple[Callable[[PdfContext], list[Finding]], ...] = (page_numbers,)
