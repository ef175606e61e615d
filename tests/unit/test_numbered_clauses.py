"""Numbered lines that read as sentences, not headings: a clause among numbered sentences (one
missing its full stop, one leading into a list), a ``第X，`` line or a ``最后，`` sentence
standing alone, and a notice's field labels with their values.  The texts are written for the
tests."""

from __future__ import annotations

import docgen
from docgen.model import Heading


def headings(*lines: str) -> list[str]:
    speech = docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")
    return [b.text for b in speech.blocks if isinstance(b, Heading)]


def test_a_clause_without_its_full_stop_among_numbered_sentences_is_no_heading():
    found = headings("某某局关于节日期间道路临时管制的通告",
                     "为确保节日期间道路安全畅通，根据有关规定，现通告如下：",
                     "一、10月1日8时至10月7日20时，除运送民生物资的车辆外，禁止货运车辆驶入城区",
                     "二、10月1日至10月7日，城区主干道禁止停放车辆。",
                     "三、10月1日至10月7日，禁止所有道路路面施工。",
                     "特此通告")
    assert found == []


def test_a_sentence_leading_into_a_list_among_numbered_sentences_is_no_heading():
    found = headings("某某镇关于秋冬季防火的通告",
                     "为保护群众生命财产安全，根据有关规定，发布本通告。",
                     "一、防火期：自即日起至次年3月31日。",
                     "二、防火区域：全镇所有山林及周边50米范围。",
                     "三、防火期内在上述区域，禁止下列行为：",
                     "（一）烧纸、点烛等；",
                     "（二）燃放烟花爆竹；",
                     "（三）其他容易引起火灾的行为。",
                     "四、凡违反本通告的，由公安机关、林业部门等有关部门按照有关法律法规严格处理。")
    assert found == []


def test_a_label_leading_into_a_list_under_a_heading_stays_a_heading():
    found = headings("某某学校运动会方案", "一、参赛办法", "学生以班级为单位报名参加比赛。",
                     "二、比赛项目：", "（一）长跑；", "（二）跳远；", "三、注意事项", "请各班做好安全教育。")
    assert "二、比赛项目：" in found
