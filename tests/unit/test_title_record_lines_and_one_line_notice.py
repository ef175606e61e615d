"""Titles of web texts copied as plain text: lines of a record, an answer's lead-in and a
whole notice on one line.  The texts are written for the tests."""

from __future__ import annotations

import pytest

import docgen


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


DECISION = ("各市、县人民政府：\n在2029年植树工作中，各市、县成绩显著。为鼓励先进，省政府决定给予表彰。\n"
            "希望受表彰的市、县再接再厉。\n")


@pytest.mark.parametrize("field", ["发布文号：某府[2030]9号", "发布文号: 某府[2030]9号?", "文号：某政发〔2030〕12号？"])
def test_a_record_field_holding_a_document_number_is_no_title(field: str):
    parsed = parse(f"{field}\n{DECISION}")
    assert parsed.meta.title is None or "文号" not in parsed.meta.title
    assert parsed.meta.document_number is not None and parsed.meta.document_number.startswith("某")
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert any(t.startswith("在2029年") for t in texts)  # the body stays


def test_a_salutation_with_a_stray_mark_under_a_number_field_is_no_title():
    parsed = parse("发布文号: 某府[2030]9号?\n各市、县人民政府,省直各单位: ?\n"
                   "在2029年植树工作中,各市、县成绩显著。为鼓励先进,省政府决定给予表彰。\n")
    assert parsed.meta.title is None


@pytest.mark.parametrize("comma", ["，", ","])
def test_a_lead_in_run_into_a_greeted_salutation_is_no_title(comma: str):
    parsed = parse(f"\n关于这一点{comma}尊敬的各位领导、亲爱的同事们{comma}大家好!\n"
                   f"今天我们聚在这里{comma}共同庆祝这个节日。\n谢谢大家。\n")
    assert parsed.meta.title is None
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert any("大家好" in t for t in texts)  # the line stays in the text


@pytest.mark.parametrize(("comma", "colon"), [("，", "："), (",", ":")])
def test_a_whole_notice_on_one_line_has_its_title_up_to_the_genre_word(comma: str, colon: str):
    parsed = parse(f"关于启动某某应急响应的通知 各街道{comma}各有关单位{colon} 某某气象台发布预警信号{comma}"
                   f"决定启动应急响应。请各单位做好防范工作。 某某指挥部 2030年9月24日\n")
    assert parsed.meta.title == "关于启动某某应急响应的通知"
    texts = " ".join(getattr(b, "text", "") for b in parsed.blocks)
    assert "决定启动应急响应" in texts and "各有关单位" in texts


STORY = "本报讯 昨天下午，某某区人大常委会召开第二十次会议。会议决定召开区人大四次会议。\n"


def test_a_headline_naming_an_event_over_when_it_will_be_held_is_joined():
    parsed = parse(f"某某区人大四次会议\n将于3月5日召开\n{STORY}")
    assert parsed.meta.title == "某某区人大四次会议将于3月5日召开"


def test_a_headline_naming_an_event_over_another_headline_stays_alone():
    parsed = parse(f"某某区人大四次会议\n代表们热议发展大计\n{STORY}")
    assert parsed.meta.title == "某某区人大四次会议"


@pytest.mark.parametrize("label", ["News", "NOTICE"])
def test_one_english_word_alone_over_a_chinese_text_is_no_title(label: str):
    parsed = parse(f"医院动态\n{label}\n9月29日上午，市长一行来到我院视察。\n市长对我院的工作给予肯定。\n")
    assert parsed.meta.title != label
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert any(t.startswith("9月29日上午") for t in texts)


def test_a_long_glossed_title_in_a_table_cell_is_the_title():
    title = ("某某市人民政府辦公室關(guān)于表彰第一批國家公共文化服務(wù)體系示範(fàn)項(xiàng)目"
             "創(chuàng)建工作先進(jìn)集體和先進(jìn)個(gè)人的決定")
    parsed = parse(f"{title} | |\n各縣人民政府，市政府各部門：\n今年5月，某某市順利通過驗收。經研究，決定予以表彰。\n")
    assert parsed.meta.title is not None and parsed.meta.title.endswith("人的決定")
