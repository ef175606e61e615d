"""A page laid out in a table and copied as text keeps the bars of its cells: a headline set
between them (``| 某某街道开展……活动 |``) and the text's last line closing its cell (``……（某某）
|``), the site's contact line under it.  The texts below are made up for the test in those
shapes."""

from __future__ import annotations

import docgen
from docgen.model import Speech

HEADLINE = "某某街道开展“春季防火 平安守护”宣传活动"
BODY = ("为切实做好春季火灾防控工作，近日，某某街道组织开展春季防火宣传活动，对辖区居民小区进行全覆盖巡查。"
        " 下一步，某某街道将持续加大宣传力度，切实保障群众生命财产安全。(张某 李某)")
FOOTER = ["联系电话:0123-4567890", "网站标识码:1234567890", "某公网安备 12345678901234号", "某ICP备1234567号"]


def _page(last: str) -> Speech:
    return docgen.parse_text("\n".join(["| 当前位置 :首页>政务公开>政务动态 |", f"| {HEADLINE} |", "|", "|", last, *FOOTER]))


def test_the_bars_of_the_headlines_cell_are_no_part_of_the_title():
    assert _page(BODY + " |").meta.title == HEADLINE


def test_a_contact_line_under_the_bar_that_closes_the_texts_cell_goes():
    printed = [b.text for b in _page(BODY + " |").blocks]
    assert len(printed) == 1 and printed[0].startswith("为切实做好"), printed
    assert not any("联系电话" in p for p in printed), printed


def test_a_contact_line_under_a_text_that_closes_no_cell_stays():
    printed = [b.text for b in _page(BODY).blocks]
    assert any("联系电话" in p for p in printed), printed
