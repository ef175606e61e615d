"""The 信函's bottom double rule in a DOCX's XML (GB/T 9704 §10.1), when the DOCX draws a red
rule as long as a 信函's, or has a 版头 and the preset prints every document as a 信函: measured on the
floating lines whose place the XML gives (:mod:`.docxshapes`).  A rule Word places from its
paragraph is measured only on LibreOffice's rendering, which the PDF checks read."""

from __future__ import annotations

from ..style import Style
from . import registry as R
from .docxread import DocxDocument
from .findings import Finding
from .letterrule import Page, below_block, problems
from .patterns import LONG_RULE, MM
from .pdfread import is_red

#: A red rule this much shorter than the 信函's (170 mm) still marks the document as one.
LETTER_RULE_SHORT = 3 * MM


def letter_rule(document: DocxDocument, style: Style, headed: bool) -> list[Finding]:
    """``headed``: the document has a 版头 (a paragraph in red); under a preset that prints
    every document as a 信函, a text without one (a speech) gets no rules either."""
    layout = style.masthead.letter
    drawn = document.rules
    red = [r for r in drawn.rules if is_red(r.color)]
    letter = any(r.length > layout.rule_length - LETTER_RULE_SHORT for r in red) or \
        (style.masthead.format == "letter" and (headed or bool(red)))
    if not letter or not layout.footer_rule or not document.sections:
        return []
    section = document.sections[0]
    centre = section.left + (section.width - section.left - section.right) / 2
    page = Page(section.height, (centre, section.width / 2), section.height - section.bottom)
    rules = below_block([r for r in drawn.rules if r.length >= LONG_RULE], page)
    if not rules and drawn.unplaced:
        return [R.NOT_MEASURED(f"{drawn.unplaced} rule(s) are placed from their paragraph: the 信函's double rule "
                               "at the foot of the first page is measured on the rendering only", source="docx")]
    return [R.DOCX_LETTER_BOTTOM_RULE(p.message, measured=p.measured, expected=p.expected)
            for p in problems(rules, page, layout)]
