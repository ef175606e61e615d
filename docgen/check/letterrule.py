"""The 信函's bottom double rule (GB/T 9704 §10.1, 文武线): two red rules, thin over thick,
the thick one's lower edge 20 mm above the bottom edge of the paper, both 170 mm long and
centred — measured on the rules drawn below the text block of the first page, whether they
were read from a PDF or from a DOCX's floating lines.

Lengths are in points from the paper's top left corner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..style.schema import FormatLayout
from .context import mm
from .findings import Box
from .patterns import DOUBLE_RULE_GAP, GEOMETRY
from .pdfread import Rule, is_red


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the bottom double rule (a finding's message and figures)."""

    message: str
    measured: str
    expected: str
    box: Box | None


@dataclass(frozen=True, slots=True)
class Page:
    """What the rule is measured against: the paper's height and the centres it may be
    centred on (the text block's and the paper's: the standard says only 居中)."""

    height: float
    centres: tuple[float, ...]
    block_bottom: float       # the text block's bottom edge: the rule lies below it


def below_block(rules: Sequence[Rule], page: Page) -> list[Rule]:
    """The rules under the text block (a 版记 rule on its bottom edge is not one of them)."""
    return sorted((r for r in rules if r.y - r.weight / 2 > page.block_bottom + GEOMETRY), key=lambda r: r.y)


def problems(rules: Sequence[Rule], page: Page, layout: FormatLayout) -> list[Problem]:
    """What is wrong with the double rule among ``rules`` (those below the text block)."""
    wanted = page.height - layout.footer_rule_bottom
    if not rules:
        return [Problem("no double rule near the foot of the first page", "none",
                        f"a red double rule, thin over thick, {mm(layout.footer_rule_bottom)} above the "
                        "bottom edge", None)]
    pair = list(rules[-2:])
    found = [*_pair(pair), *_place(pair[-1], wanted, layout), *_lengths(pair, page, layout)]
    if not all(is_red(r.color) for r in pair):
        found.append(Problem("the double rule at the foot of the page is not red", "not red", "red", _box(pair)))
    return found


def _pair(pair: list[Rule]) -> list[Problem]:
    """Two rules close together, the upper thinner (上细下粗)."""
    if len(pair) < 2:
        return [Problem("the rule at the foot of the first page is single, not double", "1 rule",
                        "two rules, thin over thick", _box(pair))]
    upper, lower = pair
    gap = (lower.y - lower.weight / 2) - (upper.y + upper.weight / 2)
    weights = f"{mm(upper.weight)} over {mm(lower.weight)}"
    if gap > DOUBLE_RULE_GAP:
        return [Problem(f"the two rules at the foot of the page lie {mm(gap)} apart: no double rule", mm(gap),
                        f"at most {mm(DOUBLE_RULE_GAP)} between them", _box(pair))]
    if upper.weight >= lower.weight:
        return [Problem(f"the double rule is not thin over thick: {weights}", weights,
                        "the upper rule thinner than the lower (上细下粗)", _box(pair))]
    return []


def _place(lowest: Rule, wanted: float, layout: FormatLayout) -> list[Problem]:
    bottom = lowest.y + lowest.weight / 2
    if abs(bottom - wanted) <= GEOMETRY:
        return []
    return [Problem(f"the double rule's lower edge lies {mm(bottom)} from the top edge", mm(bottom),
                    f"{mm(wanted)} ({mm(layout.footer_rule_bottom)} above the bottom edge) ± 1 mm", _box([lowest]))]


def _lengths(pair: list[Rule], page: Page, layout: FormatLayout) -> list[Problem]:
    for rule in pair:
        centre = (rule.x0 + rule.x1) / 2
        off = min(abs(centre - c) for c in page.centres)
        if abs(rule.length - layout.rule_length) > GEOMETRY or off > GEOMETRY:
            return [Problem(f"a rule of the double rule is {mm(rule.length)} long, from {mm(rule.x0)} to "
                            f"{mm(rule.x1)}", mm(rule.length), f"{mm(layout.rule_length)} ± 1 mm, centred",
                            _box([rule]))]
    return []


def _box(rules: Sequence[Rule]) -> Box | None:
    if not rules:
        return None
    return (min(r.x0 for r in rules), min(r.box[1] for r in rules), max(r.x1 for r in rules),
            max(r.box[3] for r in rules))
