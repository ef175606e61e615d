"""The 版头 and the 版记 of a 公文, when the first page has one and the last page has the other
(GB/T 9704 §7.2, §7.4, §10): the mark red, centred, its top 35 mm below the text block (信函
30 mm from the paper, 命令 20 mm); the 发文字号 under it; the red rule 4 mm below the number,
as wide as the text block (信函: 170 mm, 4 mm below the mark); the 版记's rules as wide as the
text block, the last on its bottom edge, the outer ones heavier, its lines 4号."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..style.schema import FORMAT_NAMES, FormatName
from . import registry as R
from .context import PdfContext, mm, pt
from .findings import Finding
from .patterns import DOCUMENT_NUMBER, DOCUMENT_NUMBER_FORM, EM_ASCENT, GEOMETRY, LONG_RULE, MM, SIZE, TITLE_SIZE_ABOVE
from .pdflayout import Sheet
from .pdfread import Row, Rule, is_black, is_red

#: What the end of a mark says about its format (GB/T 9704 §10.2, §10.3).
MARK_ENDINGS: tuple[tuple[str, FormatName], ...] = (("命令", "order"), ("令", "order"), ("纪要", "minutes"))
#: Words that a 版头 mark ends with when it is printed in black by mistake.
BLACK_MARK_ENDINGS = ("文件", "令", "纪要")
#: The lines of a 版记 start with these words (or end with 印发).
COLOPHON_WORDS = ("抄送", "主送", "抄报", "分送", "印发")


@dataclass(frozen=True, slots=True)
class Head:
    rows: tuple[Row, ...]     # the mark's rows
    fmt: FormatName
    number: Row | None

    @property
    def x0(self) -> float:
        return min(r.x0 for r in self.rows)

    @property
    def x1(self) -> float:
        return max(r.x1 for r in self.rows)

    @property
    def bottom(self) -> float:
        return self.rows[-1].bottom


def find_head(ctx: PdfContext) -> Head | None:
    sheet = ctx.measures.sheets[0]
    body = ctx.measures.body_size or 16.0
    big = [r for r in sheet.text if r.size >= body + TITLE_SIZE_ABOVE]
    marks = [r for r in big if r.is_red()] or \
        [r for r in big[:1] if "".join(r.text.split()).endswith(BLACK_MARK_ENDINGS)]
    if not marks:
        return None
    rows = tuple(r for r in sheet.text if r in marks and r.baseline <= marks[0].baseline + 3 * marks[0].size)
    text = "".join(rows[-1].text.split())
    letter = ctx.style.masthead.letter.rule_length - 3 * MM
    long_red = [r for r in sheet.page.rules if is_red(r.color) and r.length > letter]
    fmt: FormatName = "letter" if long_red else next((f for end, f in MARK_ENDINGS if text.endswith(end)),
                                                      "up" if any("签发人" in r.text for r in sheet.text) else "down")
    fixed = ctx.style.masthead.format
    if fixed in FORMAT_NAMES:
        fmt = fixed  # the preset prints every document in its format
    number = next((r for r in sheet.text if r.baseline > rows[-1].baseline and DOCUMENT_NUMBER.search(r.text)), None)
    return Head(rows, fmt, number)


def masthead(ctx: PdfContext) -> list[Finding]:
    head = find_head(ctx)
    if head is None:
        return []
    return [*_mark(ctx, head), *_number(ctx, head), *_rule(ctx, head)]


def _mark(ctx: PdfContext, head: Head) -> list[Finding]:
    layout = ctx.style.masthead.layout(head.fmt)
    first = head.rows[0]
    wanted = layout.mark_top + (ctx.style.page.margins.top if layout.mark_from == "text" else 0.0)
    top = first.baseline - EM_ASCENT * max(g.size for g in first.glyphs)
    found = []
    where = "below the top of the paper" if layout.mark_from == "paper" else "below the text block's top"
    if abs(top - wanted) > GEOMETRY:
        measured = top - (ctx.style.page.margins.top if layout.mark_from == "text" else 0.0)
        found.append(R.MASTHEAD_MARK_TOP(f"the mark's top edge lies {mm(measured)} {where}", measured=mm(measured),
                                         expected=f"{mm(layout.mark_top)} ± 1 mm", pages=(1,), line=1,
                                         box=_box(head), source=ctx.source))
    centre, block = (head.x0 + head.x1) / 2, (ctx.left + ctx.right) / 2
    if abs(centre - block) > GEOMETRY or head.x0 < ctx.left - GEOMETRY or head.x1 > ctx.right + GEOMETRY:
        found.append(R.MASTHEAD_MARK_CENTRE(f"the mark spans {mm(head.x0)}–{mm(head.x1)} from the left edge",
                                            measured=f"centre {mm(centre)}", expected=f"centre {mm(block)} ± 1 mm, "
                                            "inside the text block", pages=(1,), box=_box(head), source=ctx.source))
    if not all(r.is_red() for r in head.rows):
        found.append(R.MASTHEAD_MARK_COLOUR("the 发文机关标志 is not red", measured="not red",
                                            expected=ctx.style.masthead.color, pages=(1,), box=_box(head),
                                            source=ctx.source))
    return found


def _box(head: Head) -> tuple[float, float, float, float]:
    return (head.x0, head.rows[0].top, head.x1, head.bottom)


def _number(ctx: PdfContext, head: Head) -> list[Finding]:
    row = head.number
    if row is None:
        return []
    text = "".join(row.text.split())
    match = DOCUMENT_NUMBER.search(text)
    problems = []
    if match and not DOCUMENT_NUMBER_FORM.search(text):
        problems.append(f"“{match.group(0)}” is not in the form 〔{match.group(1)}〕{int(match.group(2))}号")
    layout = ctx.style.masthead.layout(head.fmt)
    if layout.number == "center" and abs((row.x0 + row.x1) / 2 - (ctx.left + ctx.right) / 2) > GEOMETRY:
        problems.append("it is not centred")
    if head.fmt in ("down", "minutes", "order") and row.top - head.bottom < layout.number_gap - GEOMETRY:
        problems.append(f"it lies {mm(row.top - head.bottom)} under the mark, less than two lines")
    if not problems:
        return []
    return [R.MASTHEAD_NUMBER(f"the 发文字号 “{text}”: {'; '.join(problems)}", measured=text,
                              expected="代字〔年份〕序号号, centred two lines under the mark", pages=(1,),
                              box=row.box, source=ctx.source)]


def _rule(ctx: PdfContext, head: Head) -> list[Finding]:
    layout = ctx.style.masthead.layout(head.fmt)
    if layout.rule == "none":
        return []
    page = ctx.measures.sheets[0].page
    rule = next((r for r in page.rules if r.y > head.bottom and r.length >= LONG_RULE), None)
    above = head.bottom if head.fmt == "letter" or head.number is None else head.number.bottom
    if rule is None:
        return [R.MASTHEAD_RULE_GAP("no separator under the 版头", measured="none",
                                    expected=f"a red rule {mm(layout.rule_gap)} below the 发文字号", pages=(1,),
                                    source=ctx.source)]
    found = []
    gap = rule.y - rule.weight / 2 - above
    if abs(gap - layout.rule_gap) > GEOMETRY:
        what = "the mark" if head.fmt == "letter" or head.number is None else "the 发文字号"
        found.append(R.MASTHEAD_RULE_GAP(f"the red rule lies {mm(gap)} below {what}", measured=mm(gap),
                                         expected=f"{mm(layout.rule_gap)} ± 1 mm", pages=(1,), box=rule.box,
                                         source=ctx.source))
    centre, block = (rule.x0 + rule.x1) / 2, (ctx.left + ctx.right) / 2
    if abs(rule.length - layout.rule_length) > GEOMETRY or abs(centre - block) > GEOMETRY:
        found.append(R.MASTHEAD_RULE_WIDTH(f"the red rule is {mm(rule.length)} long, from {mm(rule.x0)}",
                                           measured=mm(rule.length), expected=f"{mm(layout.rule_length)} ± 1 mm, "
                                           "centred on the text block", pages=(1,), box=rule.box, source=ctx.source))
    if not is_red(rule.color):
        found.append(R.MASTHEAD_RULE_COLOUR("the separator under the 版头 is not red", measured="not red",
                                            expected=ctx.style.masthead.color, pages=(1,), box=rule.box,
                                            source=ctx.source))
    return found


# --------------------------------------------------------------------------- 版记


def colophon_rules(ctx: PdfContext, sheet: Sheet) -> list[Rule]:
    """The long black rules of a page (100 mm or more), when lines of a 版记 lie between them."""
    found = [r for r in sheet.page.rules if is_black(r.color) and r.length >= LONG_RULE]
    if len(found) < 2:
        return []
    inside = [row for row in sheet.text if found[0].y < row.baseline < found[-1].y]
    if not any("".join(row.text.split()).startswith(COLOPHON_WORDS) or row.text.endswith("印发") for row in inside):
        return []
    return found


def colophon(ctx: PdfContext) -> list[Finding]:
    sheets = ctx.measures.sheets
    found: list[Finding] = []
    early = [s.number for s in sheets[:-1] if colophon_rules(ctx, s)]
    if early:
        found.append(R.COLOPHON_PAGE("the 版记 is not on the last page", measured=f"page {early[0]}",
                                     expected=f"the last page ({sheets[-1].number})", pages=tuple(early),
                                     source=ctx.source))
    last = sheets[-1]
    rules = colophon_rules(ctx, last)
    if not rules:
        return found
    bottom = ctx.expected_bottom_edge
    if abs(rules[-1].y - bottom) > GEOMETRY:
        found.append(R.COLOPHON_BOTTOM(f"the last 版记 rule lies {mm(rules[-1].y)} from the top edge",
                                       measured=mm(rules[-1].y), expected=f"{mm(bottom)} (the text block's bottom) "
                                       "± 1 mm", pages=(last.number,), box=rules[-1].box, source=ctx.source))
    wrong = [r for r in rules if abs(r.length - ctx.style.page.text_width) > GEOMETRY or abs(r.x0 - ctx.left) > GEOMETRY]
    if wrong:
        found.append(R.COLOPHON_RULE_WIDTH(f"a 版记 rule runs from {mm(wrong[0].x0)} to {mm(wrong[0].x1)}",
                                           measured=mm(wrong[0].length), expected=f"{mm(ctx.style.page.text_width)} "
                                           "± 1 mm, from the text block's left edge", pages=(last.number,),
                                           box=wrong[0].box, source=ctx.source))
    return [*found, *_weights(ctx, last, rules), *_colophon_size(ctx, last, rules)]


def _weights(ctx: PdfContext, sheet: Sheet, rules: list[Rule]) -> list[Finding]:
    if len(rules) < 3:
        return []
    middle = max(r.weight for r in rules[1:-1])
    if rules[0].weight > middle and rules[-1].weight > middle:
        return []
    return [R.COLOPHON_RULE_WEIGHT("the first and last 版记 rules are not heavier than those between",
                                   measured=", ".join(mm(r.weight) for r in rules),
                                   expected=f"{mm(ctx.style.colophon.thick_rule)} outside, "
                                   f"{mm(ctx.style.colophon.thin_rule)} between", pages=(sheet.number,),
                                   box=rules[0].box, source=ctx.source)]


def _colophon_size(ctx: PdfContext, sheet: Sheet, rules: list[Rule]) -> list[Finding]:
    rows = [row for row in sheet.text if rules[0].y < row.baseline < rules[-1].y]
    if not rows:
        return []
    size = Counter(round(g.size * 2) / 2 for row in rows for g in row.glyphs).most_common(1)[0][0]
    wanted = ctx.style.roles.distribution.size
    if abs(size - wanted) <= SIZE:
        return []
    return [R.COLOPHON_SIZE(f"the 版记's lines are {pt(size)}", measured=pt(size), expected=f"{pt(wanted)} ± 0.5 pt",
                            pages=(sheet.number,), line=sheet.line_of(rows[0]), box=rows[0].box, source=ctx.source)]


CHECKS: tuple[Callable[[PdfContext], list[Finding]], ...] = (masthead, colophon)
