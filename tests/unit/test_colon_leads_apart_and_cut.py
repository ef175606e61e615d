"""Numbered colon leads: a series under a label of its own after a notice's time field is a list
of items; a lead whose value a copy cut with an ellipsis is still a run-in heading."""

from __future__ import annotations

import docgen
from docgen.model import Heading, Paragraph


def _heads(text: str) -> list[str]:
    out = []
    for block in docgen.parse_text(text).blocks:
        if isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Paragraph) and block.lead is not None and block.lead.kind == "heading":
            out.append(block.lead.text)
    return out


def test_colon_leads_under_a_label_after_a_time_field_are_items():
    text = ("关于端午节放假的通知\n\n各部门：\n\n现将放假安排通知如下：\n\n一、放假时间：6月1日至3日。\n\n"
            "二、上班时间：6月4日（星期一）。\n\n节日出行温馨提示：\n\n节日期间，请大家注意以下几点：\n\n"
            "1. 注意交通安全：合理安排行程，避开高峰。\n\n2. 注意饮食卫生：不吃过期食品，保持健康。\n\n"
            "3. 注意用电安全：离开时关闭电源，防止意外。\n\n特此通知。\n")
    heads = _heads(text)
    assert "一、放假时间：" in heads and "二、上班时间：" in heads
    assert not any(head.startswith(("1.", "2.", "3.")) for head in heads)


def test_colon_leads_under_a_heading_stay_headings():
    text = ("关于开展评选的通知\n\n各支部：\n\n一、评选范围\n\n全体在职员工。\n\n二、评选条件\n\n"
            "1. 先进集体：团结协作，成绩突出。\n\n2. 先进个人：爱岗敬业，表现优秀。\n\n特此通知。\n")
    heads = _heads(text)
    assert "1. 先进集体：" in heads and "2. 先进个人：" in heads


def test_a_colon_lead_whose_value_a_copy_cut_is_a_run_in_heading():
    text = ("关于开展评选的通知\n\n一、评选名额\n\n拟表彰先进集体2个。\n\n二、评选条件\n\n"
            "1、先进集体：团结协作，成绩突出，作用明显。\n\n2、先进个人：爱岗敬业表现……\n")
    assert "2、先进个人：" in _heads(text)


def test_a_short_title_with_a_colon_stays_a_standalone_heading():
    text = ("关于开展学习的通知\n\n一、学习重点：奋进新时代\n\n全体员工参加学习。\n\n"
            "二、学习安排：分组进行\n\n各组自行安排。\n")
    assert "一、学习重点：奋进新时代" in _heads(text)
