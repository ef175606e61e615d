"""Titles as pages and converters print them: what stands around a title that is no part of it
(a column's name in brackets after a headline, question marks left for lost spaces before it),
and lines over a text that are no title.  Each case is made up for the test in the shape real
pages have, in full-width and half-width punctuation."""

from __future__ import annotations

import pytest

import docgen

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


@pytest.mark.parametrize("line, title", [
    ("某某镇党委书记的一个早晨（基层见闻）", "某某镇党委书记的一个早晨"),
    ("院长在毕业典礼上的讲话（医学院）", "院长在毕业典礼上的讲话"),
    ("某某公司开展安全生产月活动(企业动态)", "某某公司开展安全生产月活动"),
])
def test_a_column_name_in_brackets_after_a_headline_is_no_part_of_it(line, title):
    assert parsed(line, BODY).meta.title == title


@pytest.mark.parametrize("title", [
    "某某市市级储备粮管理办法（试行）",
    "某某县乡村振兴三年行动方案（2024—2026年）",
    "某某条例（征求意见稿）",
    "关于公布某某示范单位名单（第三批）的通知",
    "在某某座谈会上的讲话（节选）",
    "某某市政府工作报告（文字实录）",
    "某某市物業管理辦法（暫行）",
])
def test_a_bracketed_part_of_a_title_stays(title):
    assert parsed(title, BODY).meta.title == title


@pytest.mark.parametrize("line", ["？？？？关于某某节放假的通知", "????关于某某节放假的通知"])
def test_question_marks_left_for_lost_spaces_before_a_title_are_no_part_of_it(line):
    assert parsed(line, BODY).meta.title == "关于某某节放假的通知"


HEADLINE = "某某区召开安全生产工作会议"


@pytest.mark.parametrize("above", [
    "2024年05月06日 星期一",           # the page's date widget
    "切换为不分页显示",                 # a forum's switch of views
    "« 返回前頁列印",                  # a print view's back and print links
    "指定了不存在的节点ID",             # the error line of a content system
    "【首页】→ 【新闻动态】→ 主题：某某区召开安全生产工作会议",  # a forum's path to the topic
])
def test_a_line_of_the_page_over_the_headline_is_no_title_and_is_dropped(above):
    speech = parsed(above, "", HEADLINE, "", BODY)
    assert speech.meta.title == HEADLINE
    assert not any(above in b.text for b in speech.blocks)


def test_a_picture_credit_over_a_text_without_headline_is_no_title():
    speech = parsed("张某某配图", BODY, "会议强调，要压实责任，确保各项措施落到实处。")
    assert not speech.meta.title
    assert not any("配图" in b.text for b in speech.blocks)


def test_a_date_run_in_before_a_speech_occasion_used_as_title_is_the_speech_date():
    speech = parsed("2019年5月4日在某某学院建院六十周年大会上的讲话", "",
                    "同志们，今天我们在这里隆重集会，庆祝学院建院六十周年。")
    assert speech.meta.title == "在某某学院建院六十周年大会上的讲话"
    assert speech.meta.date == "2019年5月4日"


def test_a_headline_opening_with_a_date_that_names_no_occasion_keeps_it():
    assert parsed("2019年5月4日某某学院举行建院六十周年大会", BODY).meta.title == "2019年5月4日某某学院举行建院六十周年大会"


def test_a_long_question_of_many_clauses_opening_a_text_is_no_title():
    first = "跑步的时间长了之后，就有不少朋友，都会来问我，说，老张，你平时工作那么忙、每天还要接送孩子，怎么还能坚持跑步呢？"
    speech = parsed(first, "", "我的回答很简单，就是早起。我从前年开始每天六点起床，到现在已经两年了。")
    assert not speech.meta.title
    assert any(first in b.text for b in speech.blocks)


@pytest.mark.parametrize("headline", ["暴雨来袭，多地停课，交通受阻，市民出行请注意！",
                                      "为什么年轻人越来越喜欢去县城旅游？"])
def test_a_headline_of_a_few_clauses_stays_a_title(headline):
    assert parsed(headline, BODY).meta.title == headline


def test_a_field_label_between_bullets_run_into_the_title_line_is_no_part_of_it():
    speech = parsed("2024-05-06", "• 会议题目 • 某某主持召开区政府第9次常务会议", "  • 会议内容", "  • 提纲速读", "",
                    "5月6日上午，区长某某主持召开区政府第9次常务会议，研究部署了安全生产等工作。")
    assert speech.meta.title == "某某主持召开区政府第9次常务会议"


def test_a_wiki_entry_opening_with_its_title_and_a_full_stop_over_an_infobox():
    title = "某某省人民政府辦公廳關於同意某某市為省級園林城市的復函"
    speech = parsed(f"{title}。", "基本介紹", f"- 中文名:{title}", "- 頒布時間:2022年1月11日",
                    "- 發文字號:某政辦字〔2022〕2號", "復函全文,", "復函全文", "某某市人民政府:",
                    "經省政府研究，同意某某市為省級園林城市。")
    assert speech.meta.title == title
    printed = "".join(b.text for b in speech.blocks)
    assert "中文名" not in printed and "基本介紹" not in printed and "全文" not in printed
    assert "經省政府研究" in printed


def test_a_sentence_naming_a_notice_is_no_title():
    speech = parsed("各单位要认真学习关于做好防汛工作的通知。", BODY)
    assert not speech.meta.title


def test_a_dated_day_of_a_schedule_in_the_text_is_kept():
    speech = parsed("关于召开某某工作会议的通知", "各单位：", "经研究，定于下周召开某某工作会议，现将有关事项通知如下。",
                    "会议日程安排如下：", "2024年5月6日 星期一", "上午9时报到，下午分组讨论。", "某某办公室", "2024年4月30日")
    assert any("2024年5月6日 星期一" in b.text for b in speech.blocks)
