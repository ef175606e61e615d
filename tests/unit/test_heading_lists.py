"""Numbered lines with no text under them are the lines of a list, not headings: a heading has
text under it.  Made-up notices."""

from __future__ import annotations

import docgen
from docgen.model import Heading, Paragraph, Speech


def headings(speech: Speech) -> list[str]:
    found = [b.text for b in speech.blocks if isinstance(b, Heading)]
    found += [b.lead.text for b in speech.blocks
              if isinstance(b, Paragraph) and b.lead is not None and b.lead.kind == "heading"]
    return found


def test_a_line_over_its_next_sibling_in_a_list_of_sentences_is_no_heading():
    s = docgen.parse_text("关于开展道路命名征集活动的通知\n各单位：\n现将有关事项通知如下：\n"
                          "一、征集时间及方式\n1、征集截止日期为6月30日之\n"
                          "2、征集方案统一采取电子投稿方式，将填写的征集表发至办公室邮箱，"
                          "文件以姓名为文件名称进行标注。\n"
                          "二、评选办法\n由评审组选出最佳名称。\n")
    assert headings(s) == ["一、征集时间及方式", "二、评选办法"]


def test_short_headings_with_text_under_them_stay_headings():
    s = docgen.parse_text("关于开展道路命名征集活动的通知\n各单位：\n现将有关事项通知如下：\n"
                          "一、征集范围\n1、东环路\n全长三公里。\n2、滨河路\n全长五公里。\n3、工业路\n全长两公里。\n"
                          "二、征集方式\n请将建议发至办公室邮箱。\n")
    assert "1、东环路" in headings(s) and "3、工业路" in headings(s)


def test_a_sentence_over_a_table_among_titled_siblings_is_no_heading():
    s = docgen.parse_text("关于举办迎新春书画比赛的通知\n各部门：\n一、活动主题\n喜迎新春。\n"
                          "二、参加人员\n全体职工。\n三、奖项设置\n设一等奖一名。\n"
                          "四、各部门于1月5日前将作品报办公室。\n作品分配表\n部门 | 件数\n办公室 | 2\n")
    assert headings(s) == ["一、活动主题", "二、参加人员", "三、奖项设置"]


def test_a_sentence_over_its_own_paragraph_among_titled_siblings_stays_a_heading():
    s = docgen.parse_text("关于举办迎新春书画比赛的通知\n各部门：\n一、活动主题\n喜迎新春。\n"
                          "二、参加人员\n全体职工。\n三、奖项设置\n设一等奖一名。\n"
                          "四、作品要及时报送。\n各部门于1月5日前将作品报办公室。\n")
    assert "四、作品要及时报送。" in headings(s)


def test_a_lone_number_one_sentence_is_no_heading():
    s = docgen.parse_text("关于开展道路命名征集活动的通知\n各单位：\n一、征集要求\n1、可按道路的走向命名。\n"
                          "2名称要简明易记，原则上不超过4个字。\n二、评选办法\n由评审组选出最佳名称。\n")
    assert headings(s) == ["一、征集要求", "二、评选办法"]


def test_a_sentence_over_its_subheadings_among_titled_siblings_stays_a_heading():
    s = docgen.parse_text("关于举办迎新春书画比赛的通知\n各部门：\n一、活动主题\n喜迎新春。\n"
                          "二、参加人员\n全体职工。\n三、奖项设置\n设一等奖一名。\n"
                          "四、作品要及时报送。\n（一）报送时间\n1月5日前。\n")
    assert "四、作品要及时报送。" in headings(s)
