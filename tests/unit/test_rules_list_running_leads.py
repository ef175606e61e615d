"""Rules one under the other under a label with a colon, some plain numbered sentences, are a
list: a sibling whose first sentence runs on past a comma is an item like them, not a run-in
heading; short leads with paragraphs of their own under them stay headings.  Made-up texts."""

from __future__ import annotations

from helpers.structure import headings

import docgen

RULES = "\n".join(["运动会安全须知", "参赛须知:",
                   "一、运动员须提前二十分钟到检录处报到,按组别排队,听从裁判员指挥,迟到者按弃权处理。",
                   "二、比赛进行中,不得进入跑道,不得大声喧哗。有受伤情况时,应立即报告场边医务人员。",
                   "三、运动员须穿运动鞋参赛,不得佩戴手表、项链等硬质饰物进入比赛场地。",
                   "四、看台观众须文明观赛,严禁向场内投掷杂物。一经发现,取消所在班级的精神文明奖评选资格。",
                   "本人承诺:", "遵守以上须知,安全参赛,文明观赛。"])


def test_rules_past_a_comma_among_numbered_sentences_under_a_label_are_items() -> None:
    assert headings(docgen.parse_text(RULES)) == []


def test_short_leads_under_a_label_with_paragraphs_under_them_stay_headings() -> None:
    s = docgen.parse_text("运动会安排\n安排如下:\n一、开幕式。全体运动员入场,校长致辞。\n九点整开始。\n"
                          "二、径赛项目。上午进行,下午决赛。\n各班按时到场。\n")
    assert headings(s) == ["一、开幕式。", "二、径赛项目。"]
