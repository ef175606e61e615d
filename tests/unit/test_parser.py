"""The parser on small texts: each rule of docgen/parser seen at work, through docgen.parse_text
as users run it (the cleaner runs first)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docgen
from docgen.errors import InputError
from docgen.model import (
    Article,
    Closing,
    DocumentTitle,
    Heading,
    Meta,
    Note,
    Paragraph,
    Salutation,
    Signature,
    SignatureDate,
    Speech,
)
from docgen.parser import patterns as P


def parse(text: str, **options) -> Speech:
    return docgen.parse_text(text, **options)


def codes(speech: Speech) -> list[str]:
    return [d.code for d in speech.diagnostics if d.level == "warning"]


def test_title_subtitle_date_and_speaker():
    s = parse("奋力开创新局面\n——在全县经济工作会议上的讲话\n（2023年6月12日）\n县委书记 张三\n同志们：\n正文。\n")
    assert (s.meta.title, s.meta.subtitle, s.meta.date, s.meta.speaker) == (
        "奋力开创新局面", "——在全县经济工作会议上的讲话", "2023年6月12日", "县委书记 张三")
    assert isinstance(s.blocks[0], Salutation)


def test_date_in_chinese_numerals_and_occasion():
    s = parse("在全市大会上的讲话\n（二〇二三年六月十二日在市委党校）\n同志们：\n正文。\n")
    assert (s.meta.date, s.meta.occasion) == ("二〇二三年六月十二日", "在市委党校")


def test_a_title_line_with_date_and_speaker_run_in_is_split():
    s = parse("在全国两会上的讲话（2024年3月5日在人民大会堂）国务院总理 李强\n各位代表：\n正文。\n")
    assert (s.meta.title, s.meta.date, s.meta.occasion, s.meta.speaker) == (
        "在全国两会上的讲话", "2024年3月5日", "在人民大会堂", "国务院总理 李强")


@pytest.mark.parametrize("lines, speaker", [
    ("2025年1月20日在某某市第十届人民代表大会第三次会议上\n某某市市长 张三", "某某市市长 张三"),
    ("2025年1月20日在某某市第十届人民代表大会第三次会议上 某某市代市长 李四", "某某市代市长 李四")])
def test_an_unbracketed_date_and_occasion_line_under_the_title_and_a_speaker_run_on_after_it(lines, speaker):
    s = parse(f"政府工作报告\n{lines}\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n")
    assert (s.meta.title, s.meta.date, s.meta.occasion, s.meta.speaker) == (
        "政府工作报告", "2025年1月20日", "在某某市第十届人民代表大会第三次会议上", speaker)
    assert isinstance(s.blocks[0], Salutation)


@pytest.mark.parametrize("line, speaker, date, occasion", [
    ("·某某市委书记张三（2024年10 月23 日下午16：30-17：30）", "某某市委书记张三", "2024年10月23日", "下午16：30-17：30"),
    ("某某市委书记张三（2024年10月23日）", "某某市委书记张三", "2024年10月23日", None),
    ("● 某某大学校长 李四", "某某大学校长 李四", None, None),
])
def test_a_speaker_line_with_a_bullet_or_the_date_in_brackets_after_it(line, speaker, date, occasion):
    s = parse(f"在某某会议上的讲话\n{line}\n同志们：\n今天，我们召开会议，总结工作、部署任务。\n")
    assert (s.meta.speaker, s.meta.date, s.meta.occasion) == (speaker, date, occasion)
    assert [type(b) for b in s.blocks] == [Salutation, Paragraph]


@pytest.mark.parametrize("line, speaker", [
    ("● 某某大学校长 张三 校党委书记 李四", "某某大学校长 张三 校党委书记 李四"),
    ("校长 张三 校党委书记 李四", "校长 张三 校党委书记 李四"),
    ("总经理：王某某", "总经理 王某某"),
    ("● 校长 张三", "校长 张三"),
])
def test_speakers_under_a_genre_label_as_pages_print_them(line, speaker):
    s = parse(f"新年献词\n{line}\n\n亲爱的同事们：\n\n新年到来之际，我们向大家致以问候。\n")
    assert (s.meta.title, s.meta.speaker, s.meta.author) == ("新年献词", speaker, None)


def test_phrases_apart_by_spaces_are_no_speakers():
    s = parse("全面 推进 乡村 振兴\n\n同志们：\n\n今天，我们召开会议。\n")
    assert (s.meta.title, s.meta.speaker) == ("全面 推进 乡村 振兴", None)


def test_a_letter_spaced_title_is_set_solid():
    s = parse("2013 新 年 致 辞\n\n尊敬的各位客户：\n\n新年到来之际，我们向大家致以问候。\n")
    assert s.meta.title == "2013新年致辞"
    s = parse("第一章 总 则\n\n第一条 为了规范管理，制定本办法。\n")
    assert "总 则" in " ".join(b.text for b in s.blocks)  # a chapter's spacing is the law's own


def test_a_bracket_after_a_name_that_holds_no_date_is_no_speaker_line():
    s = parse("在某某会议上的讲话\n某某市委书记张三（根据录音整理）\n同志们：\n今天，我们召开会议。\n")
    assert s.meta.speaker is None


@pytest.mark.parametrize("line, address, rest", [
    ("同志们：大家下午好！", "同志们：", "大家下午好！"),
    ("尊敬的某某副省长，尊敬的某某院士，各位专家、同志们：大家好！", "尊敬的某某副省长，尊敬的某某院士，各位专家、同志们：",
     "大家好！"),
    ("各位家长：根据上级通知，我校10月1日至7日放假。", "各位家长：", "根据上级通知，我校10月1日至7日放假。"),
])
def test_a_salutation_with_the_first_words_run_on_is_split_from_them(line, address, rest):
    s = parse(f"在某某会议上的讲话\n\n{line}\n今天，我们召开会议，总结工作、部署任务。\n")
    assert [(type(b), b.text) for b in s.blocks[:2]] == [(Salutation, address), (Paragraph, rest)]


def test_a_long_salutation_of_several_forms_of_address_is_one():
    """Each 尊敬的 adds a 的, and the list runs past the length of one name: still a salutation."""
    address = "尊敬的某某常务副省长，尊敬的某某院士、某某院士，各位专家、同志们："
    s = parse(f"在某某会议上的讲话\n\n{address}\n今天，我们在这里召开会议。\n")
    assert [(type(b), b.text) for b in s.blocks[:1]] == [(Salutation, address)]
    s = parse("在某某会议上的讲话\n\n按照上级的要求和本单位的实际情况，结合我县近年来的工作经验和做法，现制定如下方案：\n一、目标\n")
    assert not any(isinstance(b, Salutation) for b in s.blocks)


def test_a_speech_without_its_title_starts_with_its_date_and_speaker_over_the_salutation():
    s = parse("（2014年12月21日）\n某某协会党组书记 张三\n同志们：\n我受党组委托，向会议作工作报告。\n")
    assert (s.meta.title, s.meta.date, s.meta.speaker) == (None, "2014年12月21日", "某某协会党组书记 张三")
    assert [type(b) for b in s.blocks] == [Salutation, Paragraph]
    plain = parse("（2014年12月21日）\n我受党组委托，向会议作工作报告。\n")  # no salutation: the text's lines
    assert plain.meta.date is None and plain.blocks[0].text == "（2014年12月21日）"


@pytest.mark.parametrize("address", [
    "親愛的老師們、同學們：", "同事們，朋友們：", "同事们，朋友们：",  # either script; names alone
    "尊敬的各位嘉宾、运动员、观众：",  # the people addressed at a sports meeting
    "尊敬的各位领导，各位企业家，同志们、朋友们，全区的父老乡亲们：",  # a 的 that describes them
])
def test_salutations_in_either_script_and_of_more_kinds_of_people(address):
    s = parse(f"在某某大会上的致辞\n\n{address}\n今天，我们在这里隆重集会。\n謝謝大家！\n")
    assert [(type(b), b.text) for b in s.blocks] == [
        (Salutation, address), (Paragraph, "今天，我们在这里隆重集会。"), (Closing, "謝謝大家！")]


@pytest.mark.parametrize("address", ["某某党支部全体党员：", "网友老乡:", "全村村民：",
                                     # bodies and people, the one 的 inside a name of people
                                     "各镇（街道）、各镇（街道）工作联络组、市直各单位、本届委员、住某某的某某市委员：",
                                     # a society, people by their work or by what they use
                                     "某某宗亲联谊会：", "全县教师和教育工作者：", "城区某某区域各用水户:",
                                     # people by what they are, in either script
                                     "全市广大热心人士：", "社會各界熱心人士：",
                                     # firms and those who run them
                                     "全镇各企业、企业家：", "某某园区各企业："])
def test_an_addressee_line_of_the_people_of_a_body_or_a_site_is_a_salutation(address):
    s = parse(f"关于开展某某活动的通知\n\n{address}\n经研究，现将有关事项通知如下。\n")
    assert [b.text for b in s.blocks if isinstance(b, Salutation)] == [address.replace(":", "：")]


@pytest.mark.parametrize("line", ["有关人士表示：", "企业名称：", "参会企业家表示："])
def test_a_line_that_names_people_by_what_they_are_mid_sentence_is_no_salutation(line):
    s = parse(f"关于开展某某活动的通知\n\n{line}\n经研究，现将有关事项通知如下。\n")
    assert not any(isinstance(b, Salutation) for b in s.blocks)


@pytest.mark.parametrize("address", ["某某河沿河各鎮（zhèn）鄉（xiāng）、街道，各相關（guān）單位：",
                                     "各區（qū）縣政府，市政府各部門："])  # a converter's pinyin; 單位 部門
def test_an_addressee_line_in_traditional_characters_with_pinyin_glosses_is_a_salutation(address):
    s = parse(f"关于某某事项的通知\n\n{address}\n经研究，现将有关事项通知如下。\n")
    assert [b.text for b in s.blocks if isinstance(b, Salutation)] == [address]


def test_a_salutation_to_the_elders_is_split_from_the_words_run_on():
    s = parse("在某某纪念会上的讲话\n\n各位前辈，各位领导，同志们：某某老离开我们已经一年了。\n")
    assert [(type(b), b.text) for b in s.blocks] == [
        (Salutation, "各位前辈，各位领导，同志们："), (Paragraph, "某某老离开我们已经一年了。")]


@pytest.mark.parametrize("line", ["各位家长、来宾、老师、同学们，大家好", "某某會長暨全體某某小學校友們，大家好！"])
def test_a_salutation_with_its_greeting_after_a_comma_is_one_and_no_title(line):
    s = parse(f"{line}\n今天是我们学校开学的日子，我代表学校向大家表示欢迎。\n")
    assert s.meta.title is None
    assert [(type(b), b.text) for b in s.blocks][:1] == [(Salutation, line)]
    s = parse(f"{line}\n今天是我们学校开学的日子，我代表学校向大家表示欢迎。\n".replace("大家好", "风雨兼程"))
    assert not any(isinstance(b, Salutation) for b in s.blocks)  # no greeting: a headline's clause


def test_a_list_of_people_addressed_without_a_form_of_address_is_split_from_the_words_run_on():
    s = parse("在某某会议上的讲话\n\n主任、副主任、各位代表：非常感谢大家对我的信任。\n")
    assert [(type(b), b.text) for b in s.blocks] == [
        (Salutation, "主任、副主任、各位代表："), (Paragraph, "非常感谢大家对我的信任。")]
    s = parse("关于某某活动的通知\n\n时间、地点：2024年5月1日在某某礼堂。\n")  # no people: a field
    assert not any(isinstance(b, Salutation) for b in s.blocks)


@pytest.mark.parametrize("before", ["（内部公开版）", "（某政办〔2022〕6号）", "（根据录音整理）",
                                    "某某市第十届人民代表大会第三次会议上\n某某市市长 张三"])
def test_a_salutation_under_lines_left_of_the_header_is_one(before):
    s = parse(f"政府工作报告\n\n{before}\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n")
    assert [b.text for b in s.blocks if isinstance(b, Salutation)] == ["各位代表："]


def test_a_sentence_leading_into_a_list_that_names_a_body_is_no_addressee_line():
    s = parse("放假通知\n\n根据上级安排，医院决定春节放假安排如下：\n一、某月某日全天上班。\n")
    assert not any(isinstance(b, Salutation) for b in s.blocks)


def test_a_salutation_after_a_paragraph_of_the_text_is_none():
    s = parse("某某通知\n\n为做好有关工作，现将事项通知如下。\n各位代表：\n请按时参加。\n")
    assert not any(isinstance(b, Salutation) for b in s.blocks)


def test_a_salutation_set_over_lines_each_ending_in_a_comma():
    s = parse("在某某论坛上的致辞\n\n尊敬的某某总统，\n尊敬的各国同事，\n女士们，先生们，朋友们：\n"
              "很高兴再次来到这里。\n")
    assert [type(b) for b in s.blocks] == [Salutation, Salutation, Salutation, Paragraph]
    s = parse("在某某论坛上的致辞\n\n今天，我们召开会议，研究工作，\n大家辛苦了，\n同志们：\n很高兴再次来到这里。\n")
    assert not any(isinstance(b, Salutation) and b.text.endswith("，") for b in s.blocks)
    s = parse("在某某论坛上的致辞\n\n尊敬的各位领导，\n我谨代表公司，向大家表示衷心的感谢。\n")
    assert [(type(b), b.text) for b in s.blocks] == [(Salutation, "尊敬的各位领导，"),
                                                      (Paragraph, "我谨代表公司，向大家表示衷心的感谢。")]


@pytest.mark.parametrize("mask", ["**", "××"])
def test_a_salutation_over_lines_whose_first_name_is_masked_for_the_reader_to_fill_in(mask):
    s = parse(f"在某某仪式上的致辞\n\n尊敬的{mask}，\n出席仪式的各位来宾、朋友：\n大家上午好。我们在这里举行仪式。\n")
    assert [type(b) for b in s.blocks] == [Salutation, Salutation, Paragraph]


@pytest.mark.parametrize("line", ["全国大学生某某竞赛各赛区组委会：", "尊敬的各位同事，女士们，先生们，朋友们："])
def test_more_kinds_of_addressees(line):
    s = parse(f"某某通知\n\n{line}\n现将有关事项通知如下。\n")
    assert [b.text for b in s.blocks if isinstance(b, Salutation)] == [line]


@pytest.mark.parametrize("line", ["各位代表要做到以下三点：一是提高认识，二是加强领导。",
                                  "同学们要记住：安全第一，预防为主。"])
def test_a_sentence_that_starts_like_a_salutation_is_not_split(line):
    s = parse(f"在某某会议上的讲话\n\n{line}\n今天，我们召开会议，总结工作、部署任务。\n")
    assert not any(isinstance(b, Salutation) for b in s.blocks)


def test_a_salutation_run_on_is_split_only_at_the_start_of_the_body():
    s = parse("在某某会议上的讲话\n\n今天，我们召开会议，总结工作、部署任务。\n同志们：我们要再加一把劲！\n")
    assert not any(isinstance(b, Salutation) for b in s.blocks)


@pytest.mark.parametrize("first, rest, field, value", [
    ("——2026年1月26日在某某省第十四届", "人民代表大会第五次会议上", "subtitle",
     "——2026年1月26日在某某省第十四届人民代表大会第五次会议上"),
    ("（2026年1月26日在某某省第十四届", "人民代表大会第五次会议上）", "occasion", "在某某省第十四届人民代表大会第五次会议上"),
])
def test_a_date_and_occasion_line_broken_before_its_end_is_one(first, rest, field, value):
    s = parse(f"政府工作报告\n{first}\n{rest}\n某某省省长 张三\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n")
    assert (getattr(s.meta, field), s.meta.speaker) == (value, "某某省省长 张三")
    assert isinstance(s.blocks[0], Salutation)


def test_a_dated_line_with_its_occasion_complete_is_not_joined_to_the_next():
    s = parse("政府工作报告\n——2026年1月26日在某某省人民代表大会上\n某某省省长 张三\n各位代表：\n现在，我代表省人民政府报告工作。\n")
    assert s.meta.speaker == "某某省省长 张三"


def test_a_salutation_over_a_greeting_at_the_top_is_neither_dropped_nor_a_title():
    """``老师和学生：`` over ``大家下午好！`` opens a speech that prints no title: the salutation was
    passed over as a column label above the title (and lost), the greeting taken for the title."""
    s = parse("老师和学生：\n大家下午好！\n在这个金秋时节，大家回到母校，聚在一起。我谨代表全体师生，向大家表示热烈的欢迎。\n")
    assert s.meta.title is None
    assert [(type(b), b.text) for b in s.blocks[:2]] == [(Salutation, "老师和学生："), (Paragraph, "大家下午好！")]


@pytest.mark.parametrize("greeting", ["大家下午好！", "同学们好！", "大家好!"])
def test_a_greeting_is_never_a_title(greeting):
    s = parse(f"{greeting}\n在这个金秋时节，大家回到母校，聚在一起。我谨代表全体师生，向大家表示热烈的欢迎。\n")
    assert s.meta.title is None


def test_a_counters_label_above_a_headline_is_still_passed_over():
    s = parse("日均访问：\n某某学校举办书画展\n发布时间：2030-10-10\n本周，某某学校举办书画展，展出学生作品一百余幅。\n")
    assert s.meta.title == "某某学校举办书画展"


def test_a_title_broken_over_two_lines_is_one_title():
    s = parse("关于加强普通高等学校\n\n毕业生就业工作的通知\n各市州人民政府：\n正文。\n")
    assert s.meta.title == "关于加强普通高等学校毕业生就业工作的通知"


def test_no_title_option_and_overrides():
    text = "在全县大会上的讲话\n同志们：\n正文。\n"
    assert parse(text, no_title=True).meta.title is None
    s = parse(text, overrides=Meta(title="新标题", date="2024年1月2日", speaker="县长 李四"))
    assert (s.meta.title, s.meta.date, s.meta.speaker) == ("新标题", "2024年1月2日", "县长 李四")


def test_addressees_are_a_salutation_but_a_sentence_ending_in_a_colon_is_not():
    s = parse("市政府直属各单位：\n正文。\n")
    assert isinstance(s.blocks[0], Salutation)
    s = parse("按照省政府提出的全面解决全省农村困难家庭住房问题的要求，结合我县实际，制定如下方案：\n一、目标\n")
    assert not any(isinstance(b, Salutation) for b in s.blocks)


def test_levels_follow_the_order_families_appear_in():
    s = parse("第一，把握方向\n一是要绝对忠诚。\n二是要坚决服从。\n第二，服务大局\n")
    assert [(b.level, b.text) for b in s.blocks if isinstance(b, Heading)] == [
        (1, "第一，把握方向"), (2, "一是要绝对忠诚。"), (2, "二是要坚决服从。"), (1, "第二，服务大局")]


def test_run_in_heading_and_enumeration_spans():
    s = parse("一、争做忠诚哨兵。对党忠诚是必备的品质。一要坚持忠诚。二要令行禁止。\n")
    para = s.blocks[0]
    assert isinstance(para, Paragraph) and para.lead.text == "一、争做忠诚哨兵。" and para.lead.level == 1
    assert [para.text[x.start:x.end] for x in para.spans] == ["一要坚持忠诚。", "二要令行禁止。"]


def test_a_lone_second_lead_is_no_span_but_a_run_may_go_on_in_the_next_paragraph():
    s = parse("我们要统一是非标准。二要做好工作。\n")
    assert s.blocks[0].spans == ()
    s = parse("问题有三：一是能力不足。\n再看队伍，二是力量不够。三是缺乏激情。\n")
    assert [len(b.spans) for b in s.blocks] == [1, 2]



def test_a_short_lead_heading_a_paragraph_of_its_own_stays_a_heading_among_items():
    # Siblings mostly numbered sentences (items), one a short lead with a paragraph under it
    # before the next sibling: a heading heads text, so it stays a run-in heading.
    s = parse("各位同事：\n"
              "一、暂停周末值班。本周六照常休息，周日上午到岗，下午离岗，具体时间另行安排并通知。\n"
              "下月的例会顺延一周，会议地点改在三楼会议室，请各部门负责人提前准备汇报材料。\n"
              "二、各部门要严格执行考勤制度，认真做好人员登记工作，特别是外出人员要提前报备。\n"
              "三、各部门要积极配合行政部做好办公区域的清洁和消毒工作。\n"
              "四、自下周一起，单位实行夏季作息时间，请大家相互转告，按时上下班，不得迟到早退。\n")
    leads = [b.lead.text for b in s.blocks if isinstance(b, Paragraph) and b.lead is not None]
    assert leads == ["一、暂停周末值班。"]
    # … but the last sibling's paragraph under it is the text going on after the list.
    s = parse("各位同事：\n"
              "一、各部门要严格执行考勤制度，认真做好人员登记工作，特别是外出人员要提前报备。\n"
              "二、各部门要积极配合行政部做好办公区域的清洁和消毒工作。\n"
              "三、本通知自即日起实施。\n特此通知。\n")
    assert not [b for b in s.blocks if isinstance(b, Paragraph) and b.lead is not None]

def test_numbered_sentences_are_items_not_headings():
    s = parse("四、保障措施\n1. 各成员单位要高度重视，积极配合，确保人员、资源、时间等要素到位。\n"
              "2. 领导小组办公室要做好统筹协调、资料整理和日常事务管理工作。\n（1）经县级人民政府确认的低保户；\n")
    assert [b.text for b in s.blocks if isinstance(b, Heading)] == ["四、保障措施"]


def test_articles_chapters_signature_note_and_issued_document():
    s = parse("关于印发管理办法的通知\n各县人民政府：\n现印发给你们，请认真执行。\n市人民政府办公室\n"
              "2023年3月13日\n（此件公开发布）\n某某管理办法\n第一章 总则\n第一条 为加强管理，制定本办法。\n"
              "第二条本办法适用于全市。\n")
    kinds = [type(b) for b in s.blocks]
    assert kinds == [Salutation, Paragraph, Signature, SignatureDate, Note, DocumentTitle, Heading,
                     Article, Article]
    assert [b.number for b in s.blocks if isinstance(b, Article)] == ["第一条", "第二条"]
    assert s.blocks[-1].text == "本办法适用于全市。"


def test_closing_words():
    s = parse("同志们：\n正文。\n我就讲这些，谢谢大家！\n")
    assert isinstance(s.blocks[-1], Closing)


def test_diagnostics_carry_line_and_code():
    s = parse("同志们：\n一、甲\n正文。\n二、乙\n正文。\n四、丁\n1.子项\n1、子项\n三、丙。\n"
              "（1）跳级\n")
    found = {d.code: d.line for d in s.diagnostics if d.level == "warning"}
    assert found["numbering-gap"] == 6
    assert found["numbering-mixed"] == 8
    assert found["numbering-repeat"] == 9
    assert found["heading-end-punctuation"] == 9
    assert found["level-skipped"] == 10


def test_placeholders_are_warnings():
    assert "placeholder" in codes(parse("同志们：\n为XX县发展贡献力量，王**讲话。\n"))


def test_web_page_furniture_around_the_title_is_skipped_and_reported():
    s = parse("当前位置: 首页 > 政务公开 > 文件\n索引号: 0031/2019-00336\n某县人民政府工作规则\n"
              "第一章 总则\n")
    assert s.meta.title == "某县人民政府工作规则"
    # the cleaner drops the breadcrumb line itself now; either stage may report it
    assert any(d.code in ("header-furniture", "boilerplate-removed") and d.line == 1 for d in s.diagnostics)


def test_the_dump_loads_back_with_the_new_blocks_and_version_1_dumps_still_load():
    s = parse("某某办法\n市政府\n第一条 为加强管理，制定本办法。\n")
    assert Speech.from_json(s.to_json()) == s
    old = {"docgen_model": 1, "meta": {"title": "t"}, "blocks": [{"type": "closing", "text": "谢谢！"}]}
    assert Speech.from_dict(old).blocks == (Closing("谢谢！"),)
    assert json.loads(s.to_json())["docgen_model"] == 4


PIECES = st.sampled_from([
    "同志们：", "一、", "（一）", "1.", "1、", "（1）", "第一，", "第一章", "第一条", "一是", "二要", "首先，",
    "其次，", "。", "，", "；", "：", "！", "谢谢大家！", "在会议上的讲话", "关于", "的通知", "——", "（", "）",
    "2023年6月12日", "二〇二三年六月十二日", "县委书记 张三", "附件：", "抄送：", "XX", "**", "\n", "\n\n",
    " ", "　", "各乡镇人民政府，县政府各部门：", "当前位置: 首页 > ", "索引号:", "此件公开发布", "正文内容",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES | st.text(max_size=8), max_size=60).map("".join))
def test_parsing_any_text_never_crashes_and_the_dump_round_trips(text):
    try:
        speech = parse(text)
    except InputError:  # empty or binary input is refused with a typed error, by design
        return
    again = Speech.from_json(speech.to_json())
    assert again == speech and again.meta == speech.meta
    assert all(b.text is not None for b in speech.blocks)


def test_inspect_tree_shows_levels_and_diagnostics():
    from docgen.report import tree

    s = parse("在全县大会上的讲话\n同志们：\n一、抓好落实\n正文。\n（一）细化任务\n正文。\n三、丙\n")
    shown = tree(s, width=80).splitlines()
    assert shown[0].split() == ["title", "在全县大会上的讲话"]
    assert any(l.startswith("L3    heading 1: 一、抓好落实") for l in shown)
    assert any(l.startswith("L5      heading 2: （一）细化任务") for l in shown)
    assert "diagnostics (1: numbering-gap):" in shown
    assert any("L7" in l and "numbering-gap" in l for l in shown)


def test_convert_summary_counts_warnings_by_code(tmp_path):
    from click.testing import CliRunner

    from docgen.cli import main

    source = tmp_path / "w.txt"
    source.write_text("在全县大会上的讲话\n同志们：\n一、甲\n为XX县贡献力量，请**同志讲话。\n三、丙\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(tmp_path / "w.pdf")])
    assert result.exit_code == 0, result.output
    assert "3 warnings (placeholder ×2, numbering-gap)" in result.output


def test_the_end_of_an_official_text():
    from docgen.model import AttachmentNote, Distribution

    s = parse("关于做好防汛工作的通知\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下：\n一、提高认识\n"
              "正文内容。\n附件：1. 防汛责任人名单\n2. 值班表\n县人民政府办公室\n2023年6月12日\n"
              "（此件公开发布）\n抄送：县委办公室，县人大常委会办公室。\n县人民政府办公室 2023年6月12日印发\n")
    assert [type(b) for b in s.blocks][4:] == [AttachmentNote, AttachmentNote, Signature,
                                               SignatureDate, Note]
    assert (s.meta.copies_to, s.meta.printed_by, s.meta.printed_date) == (
        "县委办公室，县人大常委会办公室。", "县人民政府办公室", "2023年6月12日")
    assert not codes(s)
    kept = parse("各单位：\n正文内容。\n某局\n2023年6月12日\n主送：市政府。\n共印60份\n")
    assert [b.text for b in kept.blocks if isinstance(b, Distribution)] == ["主送：市政府。", "共印60份"]


def test_a_first_then_sequence_inside_a_paragraph():
    s = parse("同志们：\n抓落实有三条。首先，要统一思想。其次，要压实责任。最后，要强化督查。\n")
    para = s.blocks[1]
    assert [x.number for x in para.spans] == ["首先", "其次", "最后"]
    lone = parse("同志们：\n大家要深刻领会。首先，我讲一点意见。\n").blocks[1]
    assert lone.spans == ()


def test_a_title_with_its_document_number_run_in_is_split():
    for line in ("关于做好防汛工作的通知 瑞政办〔2011〕129号", "关于做好防汛工作的通知瑞政办〔2011〕129号",
                 "关于做好防汛工作的通知（瑞政办〔2011〕129号）"):
        s = parse(f"{line}\n各乡镇：\n正文。\n")
        assert (s.meta.title, s.meta.document_number) == ("关于做好防汛工作的通知", "瑞政办〔2011〕129号"), line
    s = parse("关于做好防汛工作的通知\n瑞政办〔2011〕129号\n各乡镇：\n正文。\n")
    assert (s.meta.title, s.meta.document_number) == ("关于做好防汛工作的通知", "瑞政办〔2011〕129号")


def test_a_document_number_is_written_with_the_brackets_of_gbt9704():
    for number in ("瑞政办(2011)129号", "瑞政办（2011）129号", "瑞政办[2011]129号", "瑞政办【 2011 】129号"):
        s = parse(f"{number}\n关于做好防汛工作的通知\n各乡镇：\n正文。\n")
        assert s.meta.document_number == "瑞政办〔2011〕129号", number


def test_a_signature_that_repeats_the_first_title_line_is_kept():
    s = parse("某某市人民政府 某某市中级人民法院\n关于完善联动机制的意见\n各县区人民政府：\n"
              "现将意见印发给你们，请认真贯彻执行。\n某某市人民政府 某某市中级人民法院\n2025年4月30日\n")
    assert s.meta.title == "某某市人民政府 某某市中级人民法院关于完善联动机制的意见"
    assert [b.text for b in s.blocks if isinstance(b, Signature)] == ["某某市人民政府 某某市中级人民法院"]


REGULATION = """某某市城市供水管理办法
第一章
总　则
第一条　为了加强城市供水管理，制定本办法。
第二条　本办法适用于本市行政区域。
第二章　供水管理
第一节　一般规定
第三条　供水企业应当保障供水。
附　则
第四条　本办法自2024年1月1日起施行。
"""


def test_chapter_titles_without_a_number_are_headings_of_the_chapters_level():
    s = parse(REGULATION)
    assert [(b.level, b.number, b.text) for b in s.blocks if isinstance(b, Heading)] == [
        (1, "第一章", "第一章\u3000总\u3000则"), (1, "第二章", "第二章\u3000供水管理"),
        (2, "第一节", "第一节\u3000一般规定"), (1, None, "附\u3000则")]
    assert [b.number for b in s.blocks if isinstance(b, Article)] == ["第一条", "第二条", "第三条", "第四条"]
    assert not codes(s)


def test_a_short_line_is_no_chapter_title_outside_a_text_of_articles_or_when_it_names_a_body():
    s = parse("关于做好防汛工作的通知\n各乡镇：\n正文。\n总　则\n正文。\n")
    assert not any(isinstance(b, Heading) for b in s.blocks)
    s = parse("某某市人民政府令\n第一条　为了加强管理，制定本办法。\n第二条　本办法自公布之日起施行。\n"
              "某某市人民政府\n第三条　附加条款。\n")
    assert not any(isinstance(b, Heading) for b in s.blocks)



def test_a_chapter_printed_a_character_apart_over_articles_numbered_alone_is_kept_as_a_heading():
    # A page of a charter: no title, a chapter heading spaced out a character apart, articles
    # whose numbers (traditional 條, the contracted tens 卅 = 30, one spaced too) stand alone.
    s = parse("第 七 章 財 務\n第 卅 條\n本會經費由會員繳納之。\n第卅一條\n本會預算每年編列一次。\n"
              "第卅二條\n本會決算由理事會審核之。\n")
    assert s.meta.title is None
    headings = [(b.level, b.text) for b in s.blocks if isinstance(b, Heading)]
    assert headings == [(1, "第 七 章 財 務")]
    texts = [getattr(b, "text", "") for b in s.blocks]
    assert "第 卅 條" in texts and "本會決算由理事會審核之。" in texts

PLAN = """某某县突发事件总体应急预案
1 总则
1.1 编制目的
为了提高应对突发事件的能力，制定本预案。
1.2 编制依据
1.2.1 法律
《中华人民共和国突发事件应对法》。
1.2.2 法规
《突发公共卫生事件应急条例》。
2 组织体系
2.1 领导机构。县政府是本县突发事件应急管理工作的行政领导机关。
全年投入1.5亿元，3 个乡镇完成了目标。
"""


def test_decimal_numbering_gives_a_level_per_depth_and_counts_under_each_parent():
    s = parse(PLAN)
    assert s.meta.title == "某某县突发事件总体应急预案"
    headings = [(b.level, b.number) for b in s.blocks if isinstance(b, Heading)]
    assert headings == [(1, "1"), (2, "1.1"), (2, "1.2"), (3, "1.2.1"), (3, "1.2.2"), (1, "2")]
    lead = s.blocks[-2].lead
    assert (lead.level, lead.number, lead.text) == (2, "2.1", "2.1 领导机构。")
    assert s.blocks[-1].lead is None and not isinstance(s.blocks[-1], Heading)
    assert not codes(s)                       # 2.1 is the first under 2, not a gap after 1.2


def test_a_number_and_a_space_is_a_heading_only_in_a_text_numbered_with_decimals():
    s = parse("某某县工作方案\n1 总体要求\n各单位要高度重视。\n2 工作措施\n要抓好落实。\n")
    assert not any(isinstance(b, Heading) for b in s.blocks)


def test_a_closing_sentence_opened_by_a_sequence_word_is_no_heading():
    text = ("某某公司召开年度表彰大会\n会上，公司领导为先进集体和个人颁奖。\n"
            "最后，公司总经理作了总结讲话，对下一步工作提出要求。\n最后，与会人员合影留念。\n")
    s = parse(text)
    assert not any(isinstance(b, Heading) for b in s.blocks)
    assert "最后，与会人员合影留念。" in [b.full_text for b in s.blocks if isinstance(b, Paragraph)]


def test_headings_run_into_their_sections_text_after_a_space_are_headings():
    text = ("关于寒假期间图书馆开放的通知\n各学院：\n为方便留校学生学习，现将有关事项通知如下。\n"
            "一、开放时间 2024年1月20日起，每天8:00-22:00开放。\n"
            "二、读者须知 进馆须刷校园卡，馆内保持安静，不得占座。\n"
            "三、服务保障 图书馆安排专人值班，做好安全检查工作。\n")
    s = parse(text)
    assert [(b.level, b.text) for b in s.blocks if isinstance(b, Heading)] == [
        (1, "一、开放时间"), (1, "二、读者须知"), (1, "三、服务保障")]
    assert "图书馆安排专人值班，做好安全检查工作。" in [b.full_text for b in s.blocks if isinstance(b, Paragraph)]


def test_a_heading_of_two_phrases_apart_by_a_space_stays_whole():
    s = parse("关于做好年度工作的意见\n一、坚定信心 奋发有为\n今年以来，各项工作稳步推进。\n")
    assert [b.text for b in s.blocks if isinstance(b, Heading)] == ["一、坚定信心 奋发有为"]


def test_a_timetable_entry_with_a_clock_time_is_no_heading_nor_a_colon_lead():
    s = parse("某某会议主持词\n同志们：\n会议安排如下：\n一、上午9:00-10:30，开幕式\n主持人甲\n"
              "二、上午10：40-12:00，分组讨论\n主持人乙\n三、全体会议结束后，闭幕式\n主持人丙\n")
    assert not [b for b in s.blocks if isinstance(b, Heading)]
    entries = [b for b in s.blocks if isinstance(b, Paragraph) and b.text.startswith(("一、", "二、", "三、"))]
    assert [b.text for b in entries] == ["一、上午9:00-10:30，开幕式", "二、上午10：40-12:00，分组讨论",
                                         "三、全体会议结束后，闭幕式"]
    assert all(b.lead is None for b in entries)


def test_a_sentence_running_past_commas_among_colon_labels_is_an_item():
    s = parse("关于某某路段临时管制的通告\n现将有关事项通告如下：\n一、封闭时间：某月某日8时至18时。\n"
              "二、封闭地段：某某路东段。\n三、封闭期间，禁止车辆通行，抢险车辆不受限制。\n特此通告。\n")
    assert not [b for b in s.blocks if isinstance(b, Heading)]
    leads = [b.lead.text for b in s.blocks if isinstance(b, Paragraph) and b.lead is not None]
    assert leads == ["一、封闭时间：", "二、封闭地段："]
    assert any(isinstance(b, Paragraph) and b.text.startswith("三、封闭期间，") for b in s.blocks)


def test_the_colon_of_a_clock_time_ends_no_run_in_lead():
    s = parse("某某活动方案\n一、集合。8:30在校门口集合，统一乘车前往。\n二、返程。16：30返回学校，家长接回。\n")
    leads = [b.lead.text for b in s.blocks if isinstance(b, Paragraph) and b.lead is not None]
    assert leads == ["一、集合。", "二、返程。"]
    assert P.clause_end("会议于10:30开始：请准时") == len("会议于10:30开始：")
    assert P.clause_end("比分为3：2") is None


@pytest.mark.parametrize("tag", ["主持人：", "男主持:", "甲："])
def test_a_scripts_numbered_part_opening_with_its_speaker_is_no_heading(tag):
    s = parse(f"某某晚会主持词\n\n（1）{tag}欢迎大家光临。今晚我们相聚在这里。\n"
              f"（2）{tag}下面请某某先生致辞。请大家鼓掌欢迎。\n")
    assert not [b for b in s.blocks if isinstance(b, Heading) or (isinstance(b, Paragraph) and b.lead)]
    assert [b.text[:3] for b in s.blocks if isinstance(b, Paragraph)] == ["（1）", "（2）"]


def test_a_salutation_without_its_colon_right_over_a_greeting_is_a_salutation():
    s = parse("在某某活动上的发言\n\n各位老师,同学\n下午好\n今天，我们在这里举行某某活动。\n")
    assert [b.text for b in s.blocks if isinstance(b, Salutation)] == ["各位老师，同学"]
    sentence = parse("在某某活动上的发言\n\n各位老师要关心同学\n今天，我们在这里举行某某活动。\n")
    assert [b.text for b in sentence.blocks if isinstance(b, Salutation)] == []


@pytest.mark.parametrize("address", ["致：某某市某某研究会", "致某某市某某协"])
def test_a_letters_addressee_line_opened_by_zhi_is_its_salutation(address):
    s = parse(f"某某协会致某某研究会的贺信\n\n{address}\n欣闻贵会将于某月某日举行换届大会，特致以热烈的祝贺。\n")
    assert [b.text for b in s.blocks if isinstance(b, Salutation)] == [address]
    verb = parse("贺信\n\n致敬每一位奋斗者\n欣闻贵会将于某月某日举行换届大会，特致以热烈的祝贺。\n")
    assert [b.text for b in verb.blocks if isinstance(b, Salutation)] == []


def test_a_post_and_name_over_the_first_paragraph_is_the_speaker_not_the_title():
    s = parse("某某区某某街道某某幼儿园园长 张三\n新学期开始了，孩子们回到了校园，一切都是新的。我们期待大家健康成长。\n"
              "让我们携手共进，共同书写美好的篇章。\n")
    assert (s.meta.title, s.meta.speaker) == (None, "某某区某某街道某某幼儿园园长 张三")
    assert s.blocks[0].text.startswith("新学期开始了")


def test_a_lone_number_one_whose_count_goes_on_in_another_family_is_an_item():
    s = parse("某某县人民政府关于禁止燃放烟花爆竹的通告\n为加强安全管理，现将有关事项通告如下：\n"
              "1.禁止燃放的区域：本县范围内的所有区域。\n二、各单位要做好本单位人员的宣传教育工作。\n"
              "三、本通告自发布之日起执行。\n")
    first = next(b for b in s.blocks if isinstance(b, Paragraph) and b.full_text.startswith("1."))
    assert first.lead is None and not any(isinstance(b, Heading) for b in s.blocks)


def test_a_run_in_lead_is_measured_without_a_converters_pinyin_glosses():
    s = parse("倡议书\n广大市民朋友：\n"
              "一、從現(xiàn)在做起，做一名節約用水的踐行者們。大家要從身邊小事做起，隨手關好水龍頭。\n"
              "二、從自身(shēn)做起，做一名節約用水的宣傳者們。大家要向家人和朋友宣傳節水的意義。\n"
              "三、從家庭(tíng)做起，做一名節約用水的監督者們。發現浪費水的行為要及時勸阻。\n")
    leads = [b.lead.text for b in s.blocks if isinstance(b, Paragraph) and b.lead is not None]
    assert [lead[:4] for lead in leads] == ["一、從現", "二、從自", "三、從家"]
    assert all(lead.endswith("者們。") for lead in leads)


def test_a_numbered_sentence_with_only_a_note_after_it_is_an_item():
    s = parse("某某鎮(zhèn)衛(wèi)生院新冠疫苗接種指南\n一、接種對象\n1、3歲及以上人群首針某某疫苗。\n"
              "2、符合條件接種第二針某某疫苗的人群。(第一針后3~8周內(nèi))\n"
              "3、符合條件接種第三針某某疫苗(加強(qiáng)針)的人群。(18歲及以上,間隔第二針≥180天)\n"
              "4、符合條件接種某某某疫苗加強(qiáng)針的人群。(18歲~59歲接種某某某疫苗≥180天)\n"
              "二、接種時間(5月30~31日)\n上午 常規(guī)兒童疫苗接種\n")
    headings = [b.text for b in s.blocks if isinstance(b, Heading)]
    assert headings == ["一、接種對象", "二、接種時間（5月30~31日）"]
    assert not any(isinstance(b, Paragraph) and b.lead is not None for b in s.blocks)


@pytest.mark.parametrize("number", ["某府发〔20307", "某府发〔2030〕7", "某府办[203012"])
def test_a_document_number_the_copy_cut_short_is_the_headers_as_it_stands(number):
    s = docgen.parse_text(f"{number}\n\n某某县人民政府\n关于加强森林防火工作的通告\n\n"
                          "为做好森林防火工作，保护森林资源，现将有关事项通告如下。\n\n某某县人民政府\n2030年3月1日\n")
    assert s.meta.document_number == number
    assert s.meta.title == "某某县人民政府关于加强森林防火工作的通告"


def test_a_title_cut_in_round_brackets_is_no_document_number():
    s = docgen.parse_text("某某发展规划（2030\n\n为做好森林防火工作，保护森林资源，现将有关事项通告如下。\n")
    assert s.meta.document_number is None
