"""A portal's empty date field (``• 成文日期:``, ``生效日期：``) over the news item's headline, a
blank line between: a field whose label names a day takes no line without a date for its value
— the headline stays and is the title — while a date under the label is still its value and
goes with it.  Made-up pages."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

import docgen

BODY = ("  3月1日上午，某某县举行植树节活动，县领导与干部群众一起在城北公园植树造林。\n\n"
        "  活动现场，大家分工协作，扶苗、培土、浇水，共栽下树苗三百余株。\n")
HEADLINE = "某某县举行植树活动 共建绿色家园"


@pytest.mark.parametrize("field", ["• 成文日期:", "生效日期：", "• 签署日期:"])
def test_an_empty_date_field_leaves_the_headline_under_it(field: str) -> None:
    text = field + "\n\n" + HEADLINE + "\n\n发布日期: 2030-03-01 09:00 浏览次数: \n\n" + BODY
    assert HEADLINE in kept(text)
    assert docgen.parse_text(text).meta.title == HEADLINE


def test_a_date_under_the_label_is_still_its_value() -> None:
    text = "• 成文日期:\n\n2030-03-01\n\n" + HEADLINE + "\n\n" + BODY
    assert "2030-03-01" not in kept(text)
    assert docgen.parse_text(text).meta.title == HEADLINE
