"""The 信函's bottom double rule on the first page of a PDF (GB/T 9704 §10.1): checked when
the first page has a 信函's 版头 (or the preset prints every document as one) and the
preset's 信函 has the rule."""

from __future__ import annotations

from collections.abc import Callable

from . import registry as R
from .context import PdfContext
from .findings import Finding
from .letterrule import Page, below_block, problems
from .patterns import LONG_RULE
from .pdfofficial import find_head


def letter_rule(ctx: PdfContext) -> list[Finding]:
    head = find_head(ctx)
    layout = ctx.style.masthead.letter
    if head is None or head.fmt != "letter" or not layout.footer_rule:
        return []
    sheet = ctx.measures.sheets[0]
    page = Page(sheet.page.height, ((ctx.left + ctx.right) / 2, sheet.page.width / 2), ctx.expected_bottom_edge)
    rules = below_block([r for r in sheet.page.rules if r.length >= LONG_RULE], page)
    return [R.LETTER_BOTTOM_RULE(p.message, measured=p.measured, expected=p.expected, pages=(sheet.number,),
                                 box=p.box, source=ctx.source) for p in problems(rules, page, layout)]


CHECKS: tuple[Callable[[PdfContext], list[Finding]], ...] = (letter_rule,)
