"""A notice's own number line (``某某物业(某小区[2021]007``, its closing bracket lost) right under
a page's metadata row that ends with an empty source field (``信息来源:``): a document number is
no source, author nor day, so the line is not taken for the field's value — it stays — while a
name under the label still goes with it, and a number under an empty 文号 label is still that
field's value.  Made-up pages."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

TITLE = "某某花园关于暂停二次供水的温馨提示"
BODY = ("尊敬的业主:\n\n因供水设备检修,本周六全天暂停二次供水,请各位业主提前储水。\n\n"
        "给您带来的不便,敬请谅解!\n\n某某花园物业服务中心\n\n二〇二一年五月八日\n")


@pytest.mark.parametrize("number", ["某某物业(某某花园[2021]007", "某某花园物业〔2021〕12号"])
def test_a_number_line_under_an_empty_source_field_stays(number: str) -> None:
    text = TITLE + "\n\n发布时间:05/08/2021 浏览次数:35次 信息来源:\n\n" + number + "\n\n" + BODY
    out = kept(text)
    assert number in out
    assert "浏览次数" not in out


def test_a_name_under_an_empty_source_field_still_goes() -> None:
    text = TITLE + "\n\n发布时间:05/08/2021 浏览次数:35次 信息来源:\n\n某某物业公司\n\n" + BODY
    assert "某某物业公司" not in kept(text)


def test_a_number_under_an_empty_number_field_is_still_its_value() -> None:
    text = TITLE + "\n\n索引号:001/2021-00012 发文字号:\n\n某某府发〔2021〕12号\n\n" + BODY
    assert "某某府发〔2021〕12号" not in kept(text)
