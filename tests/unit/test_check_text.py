"""The text conventions, on texts written here: numbering, placeholders, the 成文日期's form,
the 附件说明's form and the closing formula of each document type."""

from __future__ import annotations

import pytest

from docgen.check.conventions import check_text
from docgen.check.textroles import parse_paragraphs


def ids(text: str) -> dict[str, int]:
    """id → the 1-based paragraph of its first finding."""
    found = check_text(parse_paragraphs(text.strip().splitlines()), lambda i: {"paragraph": i + 1})
    out: dict[str, int] = {}
    for f in found:
        out.setdefault(f.id, f.paragraph)
    return out


REQUEST = """关于请求拨付防汛资金的请示
市人民政府：
今年入汛以来，我县降雨偏多，部分乡镇受灾严重。
恳请市政府拨付防汛资金500万元。
{closing}
某某县人民政府
2024年6月1日"""


@pytest.mark.parametrize("closing, found", [
    ("妥否，请批示。", False), ("以上请示，请予审批。", False), ("当否，请批复。", False),
    ("特此报告。", True), ("请各单位认真贯彻执行。", True)])
def test_a_request_ends_with_a_request_for_instruction(closing, found):
    assert ("closing-request" in ids(REQUEST.format(closing=closing))) is found


NOTICE = """关于做好防汛工作的通知
各乡镇人民政府：
现将有关事项通知如下。
一、提高认识
各乡镇要高度重视防汛工作。
{ending}
某某县人民政府
2024年6月1日"""


@pytest.mark.parametrize("ending, found", [
    ("特此通知。", False), ("各乡镇要落实到位。", False), ("特此通知！", True),
    ("各乡镇要落实到位，特此通知。", True)])
def test_a_notice_ends_with_its_formula_alone_when_it_uses_one(ending, found):
    assert ("closing-notice" in ids(NOTICE.format(ending=ending))) is found


def test_a_report_asks_for_no_instruction():
    text = "关于2024年防汛工作情况的报告\n市人民政府：\n今年我县防汛工作总体平稳。\n以上报告，请审批。\n某某县人民政府\n2024年6月1日"
    assert "closing-report" in ids(text)
    assert "closing-report" not in ids(text.replace("以上报告，请审批。", "特此报告。"))


def test_a_reply_ends_with_ci_fu():
    text = "关于同意设立某某中心的批复\n某某县人民政府：\n你县《关于设立某某中心的请示》收悉。经研究，同意设立。\n{}\n某某市人民政府\n2024年6月1日"
    assert "closing-reply" in ids(text.format("望认真组织实施。"))
    assert "closing-reply" not in ids(text.format("此复。"))


def test_numbering_gaps_placeholders_dates_and_attachment_notes():
    text = """关于加强安全生产工作的通知
各乡镇人民政府：
XX乡镇要认真做好安全生产工作。
一、提高认识
三、落实责任
各乡镇要落实到位。
附件:1、安全生产责任清单。
某某县人民政府
2024年06月01日"""
    found = ids(text)
    assert found["text-placeholder"] == 3
    assert found["text-numbering-gap"] == 5
    assert found["text-attachment-form"] == 7
    assert found["text-date-form"] == 9


def test_a_text_written_right_gives_no_finding():
    text = """关于加强安全生产工作的通知
各乡镇人民政府：
为切实做好安全生产工作，现将有关事项通知如下。
一、提高认识
各乡镇要认真做好安全生产工作。
二、落实责任
各乡镇要落实到位。
附件：1.安全生产责任清单
2.隐患排查表
某某县人民政府
2024年6月1日"""
    assert ids(text) == {}


def test_a_date_in_chinese_numerals_is_the_1999_form():
    text = "关于某事的通知\n各单位：\n现将有关事项通知如下。\n某某县人民政府\n二〇二四年六月一日"
    assert "text-date-form" in ids(text)
