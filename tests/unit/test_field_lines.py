"""A list of fields set a line each (``组长：某某`` / ``成员：某某、某某`` / ``秘书：某某``) stays a line
each: a long list of names under its label ends no sentence, but the next field is no part of it.
Made-up text in the shape of a notice that names its committee."""

from __future__ import annotations

from docgen.cleaner import clean


def texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def test_two_fields_in_a_row_are_two_lines():
    lines = ["关于举办某某竞赛的通知",
             "为了激发学生学习数学的兴趣，提高学生运用数学方法解决实际问题的能力，经研究，决定举办本次竞赛。",
             "一、组织机构", "（一）竞赛组委会",
             "组长：王某某", "成员：张某某、李某、赵某某、钱某、孙某某、周某、吴某某、郑某", "秘书：冯某某",
             "二、竞赛时间", "某年某月某日上午九时开始，下午五时结束，请各参赛队按时到达赛场。"]
    out = texts(lines)
    assert "成员：张某某、李某、赵某某、钱某、孙某某、周某、吴某某、郑某" in out
    assert "秘书：冯某某" in out


def test_a_field_broken_off_mid_sentence_still_takes_its_rest():
    lines = ["为了激发学生学习数学的兴趣，提高学生运用数学方法解决实际问题的能力，经研究，决定举办本次竞赛。",
             "报名要求：各参赛队须在报名截止前提交报名表，并由指导教师审核签字后交至",
             "学院办公室，逾期不予受理。"]
    assert texts(lines)[-1] == "报名要求：各参赛队须在报名截止前提交报名表，并由指导教师审核签字后交至学院办公室，逾期不予受理。"
