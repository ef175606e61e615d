"""Numbered steps of a procedure and numbered provisions among items: a step with a bracketed
note naming who acts, a last step stated whole past a comma with nothing under it, and a long
one-clause sentence leading a provision among items.  Made-up texts."""

from __future__ import annotations

from helpers.structure import headings

import docgen

STEPS = ("某某协会召开会员大会的一般程序\n"
         "（1）会前准备（理事会）\n①确定会议的议题、时间、地点；\n②通知全体会员。\n"
         "（2）清点到会人数（秘书处），并负责做好会议记录。\n"
         "（3）宣布开会（主持人：会长）\n①宣布开会；\n②提出议题。\n"
         "（4）开展讨论（全体会员）\n全体会员围绕议题开展讨论，发表意见。\n"
         "（5）形成决议（大会）\n①会长提请表决；\n②秘书处统计表决结果。\n")


def test_a_steps_bracketed_note_with_a_colon_is_no_field_of_the_line():
    assert "（3）宣布开会（主持人：会长）" in headings(docgen.parse_text(STEPS))


def test_a_last_step_stated_whole_past_a_comma_with_nothing_under_it_is_no_heading():
    found = headings(docgen.parse_text(STEPS + "（6）宣布闭会（主持人：会长），作好会议记录的归档\n"))
    assert "（6）宣布闭会（主持人：会长），作好会议记录的归档" not in found
    assert "（5）形成决议（大会）" in found


def test_a_last_step_past_a_comma_over_its_own_paragraph_stays_a_heading():
    found = headings(docgen.parse_text(STEPS + "（6）宣布闭会，整理归档\n秘书处在会后三日内将会议记录整理归档。\n"))
    assert "（6）宣布闭会，整理归档" in found


PROVISIONS = ("关于某某大会设立旁听席的通知\n某某大会将于2031年3月23日召开。现将有关事项通知如下：\n"
              "一、本次参加旁听的会员名额为10人，其中甲组3名，乙组7名。\n"
              "{two}凡本会正式会员，均可持本人证件到秘书处报名。\n"
              "各分会可直接向秘书处推荐旁听会员。\n"
              "三、要求参加旁听的会员，由秘书处确定初步人选，报理事会审定。\n"
              "四、获证旁听的会员，凭旁听证进入会场，在旁听席就座。\n"
              "五、参加旁听的会员，必须严格遵守大会纪律。\n")


def test_a_long_one_clause_sentence_leading_a_provision_among_items_is_no_heading():
    s = docgen.parse_text(PROVISIONS.format(two="二、旁听会员采取自愿报名和分会推荐相结合的方法。"))
    assert not any(h.startswith("二、") for h in headings(s))


def test_a_short_sentence_leading_a_provision_among_items_stays_a_heading():
    s = docgen.parse_text(PROVISIONS.format(two="二、取消自行旁听。"))
    assert any(h.startswith("二、取消自行旁听") for h in headings(s))
