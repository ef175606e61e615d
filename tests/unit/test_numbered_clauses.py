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


def test_an_outline_of_ordinal_lines_one_under_the_other_is_no_heading():
    found = headings("今天我和大家分享三个方面的内容。", "第一，系统架构的概述", "第二，几个关键技术的介绍",
                     "第三，遇到的困难和解决办法", "系统架构的概述", "我们的系统分为三层，每一层都有自己的职责。")
    assert found == []


def test_ordinal_headings_over_their_text_stay_headings():
    found = headings("同志们：", "第一，牢牢把握工作方向", "我们要始终坚持正确的方向，把各项工作做实做细。",
                     "第二，全力服务中心大局", "我们要围绕中心工作，主动作为，积极服务。")
    assert found == ["第一，牢牢把握工作方向", "第二，全力服务中心大局"]


def test_a_closing_sentence_opened_by_zuihou_and_leading_into_a_toast_is_no_heading():
    found = headings("各位来宾，各位朋友：", "今天我们欢聚一堂，共同庆祝公司成立十周年。",
                     "十年来，公司取得了长足的发展，这离不开大家的支持。", "最后，我提议：",
                     "为公司的美好明天，为各位的健康，干杯！")
    assert found == []


def test_sections_numbered_with_a_closing_bracket_alone_are_headings():
    found = headings("本月购车可享以下优惠：", "1)首付两万元起", "首付最低只要两万元，月供不到一千元，免担保、无抵押。",
                     "2）赠送三年保养", "购车即送三年六次免费保养，让您用车无忧。", "欢迎到店咨询。")
    assert found == ["1)首付两万元起", "2）赠送三年保养"]


def test_lines_numbered_with_a_closing_bracket_one_under_the_other_are_a_list():
    found = headings("报名办法", "请按以下步骤报名：", "1)关注公众号，点击菜单", "2)填写报名表", "3)现场缴费", "欢迎大家踊跃参加。")
    assert found == []
