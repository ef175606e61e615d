"""A notice's 主送 line that lost its colon (``各区（县）、市直有关部门``) right under the title and
over the first paragraph is still its salutation; a line of the same look that heads a short
line, or names no list of bodies, is not."""

from __future__ import annotations

import docgen
from docgen.model import Salutation

TITLE = "某某市防汛指挥部关于做好汛期值班工作的通知"
PROSE = "近期我市降雨频繁，部分河道水位上涨较快。为确保安全度汛，现将有关事项通知如下。"


def _salutation(text: str) -> str | None:
    return next((b.text for b in docgen.parse_text(text).blocks if isinstance(b, Salutation)), None)


def test_a_list_of_bodies_opened_by_ge_without_its_colon_is_the_salutation():
    assert _salutation(f"{TITLE}\n\n各区(县)、市直有关部门\n\n{PROSE}\n\n一、严格值班制度。\n") == "各区（县）、市直有关部门"
    assert _salutation(f"{TITLE}\n\n各镇人民政府、各街道办\n\n{PROSE}\n") == "各镇人民政府、各街道办"


def test_a_line_of_that_look_over_no_prose_or_naming_no_bodies_is_no_salutation():
    assert _salutation(f"{TITLE}\n\n各区、各部门\n\n联系电话\n\n{PROSE}\n") is None
    assert _salutation(f"{TITLE}\n\n各部门、各岗位的职责分工\n\n{PROSE}\n") is None
    assert _salutation(f"{TITLE}\n\n{PROSE}\n\n各镇、各有关单位\n\n{PROSE}\n") is None
