"""The 信函's bottom double rule (GB/T 9704 §10.1): the floating lines of a DOCX placed on the
page from their anchors, and what is wrong with a pair of rules measured against the
preset's 信函 (20 mm above the bottom edge, 170 mm, thin over thick, red)."""

from __future__ import annotations

import pytest
from lxml import etree

from docgen.check.docxshapes import Frame, drawn_rules
from docgen.check.letterrule import Page, below_block, problems
from docgen.check.patterns import MM
from docgen.check.pdfread import Rule
from docgen.style import load_style

LETTER = load_style("letter").masthead.letter
A4 = Frame(210 * MM, 297 * MM, 37 * MM, 35 * MM, 28 * MM, 26 * MM)
PAGE = Page(297 * MM, (106 * MM, 105 * MM), 262 * MM)
RED, BLACK = (1.0, 0.0, 0.0), (0.0, 0.0, 0.0)


def anchor(x: str, y: str, length_mm: float = 170, weight_pt: float = 0.75, color: str = "FF0000",
           cmpd: str = "", relative: tuple[str, str] = ("page", "page")) -> str:
    compound = f' cmpd="{cmpd}"' if cmpd else ""
    line = f'<a:ln w="{round(weight_pt * 12700)}"{compound}>'
    return (f'<wp:anchor><wp:positionH relativeFrom="{relative[0]}"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="{relative[1]}"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu_mm(length_mm)}" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:spPr>'
            f'<a:prstGeom prst="line"/>{line}<a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:ln>'
            f'</wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>')


def body(*anchors: str):
    return etree.fromstring(
        '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        + "".join(anchors) + "</w:body>")


def emu_mm(value: float) -> str:
    return str(round(value * MM * 12700))


def test_rules_are_placed_from_the_page_the_margins_or_not_at_all():
    drawn = drawn_rules([body(anchor(emu_mm(21), emu_mm(276)),
                              anchor(emu_mm(-7), emu_mm(239), relative=("margin", "margin")),
                              anchor(emu_mm(0), emu_mm(12), relative=("margin", "paragraph")))], A4)
    assert drawn.unplaced == 1
    first, second = drawn.rules
    assert (round(first.x0 / MM, 2), round(first.y / MM, 2)) == (21.0, 276.0)
    assert (round(second.x0 / MM, 2), round(second.y / MM, 2)) == (21.0, 276.0)   # 28 − 7, 37 + 239
    assert round(first.length / MM, 2) == 170.0 and first.color == RED and round(first.weight, 2) == 0.75


@pytest.mark.parametrize("cmpd, thin_over_thick", [("thinThick", True), ("thickThin", False), ("dbl", False)])
def test_a_compound_line_is_two_rules(cmpd, thin_over_thick):
    drawn = drawn_rules([body(anchor(emu_mm(21), emu_mm(276.5), weight_pt=3, cmpd=cmpd))], A4)
    upper, lower = drawn.rules
    assert upper.y < lower.y and (upper.weight < lower.weight) == thin_over_thick
    assert abs((lower.y + lower.weight / 2) - (276.5 * MM + 1.5)) < 1e-6    # the line's lower edge kept
    found = problems(below_block(drawn.rules, PAGE), PAGE, LETTER)
    assert bool(found) != thin_over_thick, [p.message for p in found]


def pair(bottom_mm: float = 277.0, length_mm: float = 170.0, weights: tuple[float, float] = (0.75, 1.5),
         color=RED, gap_pt: float = 1.0, x0_mm: float = 21.0) -> list[Rule]:
    thick_y = bottom_mm * MM - weights[1] / 2
    thin_y = thick_y - weights[1] / 2 - gap_pt - weights[0] / 2
    x0, x1 = x0_mm * MM, (x0_mm + length_mm) * MM
    return [Rule(x0, x1, thin_y, weights[0], color), Rule(x0, x1, thick_y, weights[1], color)]


@pytest.mark.parametrize("rules, measured", [
    (pair(), None),
    (pair(x0_mm=20.0), None),                               # centred on the paper, not the text block
    (pair(bottom_mm=272.0), "272.0 mm"),                    # 5 mm up
    (pair(bottom_mm=278.2), "278.2 mm"),                    # 1.2 mm down
    (pair(length_mm=156.0, x0_mm=28.0), "156.0 mm"),        # as wide as the text block
    (pair(x0_mm=24.0), "170.0 mm"),                         # 3 mm off centre
    (pair(weights=(1.5, 0.75)), "0.5 mm over 0.3 mm"),      # thick over thin
    (pair(weights=(1.0, 1.0)), "0.4 mm over 0.4 mm"),       # two equal rules
    (pair(gap_pt=10 * MM), "10.0 mm"),                      # two rules, no double rule
    (pair()[1:], "1 rule"),
    ([], "none"),
    (pair(color=BLACK), "not red"),
])
def test_what_is_wrong_with_the_double_rule(rules, measured):
    found = problems(below_block(rules, PAGE), PAGE, LETTER)
    assert [p.measured for p in found] == ([] if measured is None else [measured])


def test_a_colophon_rule_on_the_text_blocks_bottom_edge_is_not_the_letters():
    colophon = Rule(28 * MM, 184 * MM, 262 * MM, 1.0, BLACK)
    assert below_block([colophon, *pair()], PAGE) == pair()
