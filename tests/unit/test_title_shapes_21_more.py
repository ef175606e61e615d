"""Titles in texts copied from pages: an opening address hard-wrapped into its greeting, a
reporter's byline, a headline printed under the text, a document number run into the title."""

from __future__ import annotations

import pytest

import docgen


def test_salutation_wrapped_mid_word_into_its_greeting_is_no_title():
    text = ("理事代表，各区干部，各位会员及到场的各\n"
            "位来宾大家好，我是新任理事长某某某，非常欢迎各位今天的光\n"
            "临！\n首先感谢前任理事长的推荐，让我有机会为大家服务。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title is None
    assert "理事代表" in speech.blocks[0].text


def test_headline_printed_under_the_text_is_its_title():
    text = ("本报讯(记者 某某)县第八届运动会筹备工作会议3月2日上午召开。县体育局局长某某主持会议。\n"
            "会议部署了县八届运动会的各项筹备工作。据了解,运动会将于5月举行。\n"
            "有关部门负责同志出席会议。\n\n\n"
            "县八届运动会筹备工作会议召开\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "县八届运动会筹备工作会议召开"
    printed = [getattr(block, "text", "") for block in speech.blocks]
    assert printed[0].startswith("本报讯") and "县八届运动会筹备工作会议召开" not in printed
    assert not any(d.code == "text-above-title" for d in speech.diagnostics)


def test_issuer_under_a_notice_is_no_headline_under_the_text():
    text = ("某某县教育局关于做好春季开学工作的安排如下。各校要高度重视。\n"
            "请各校按时报送有关材料。\n\n"
            "某某县教育局\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title != "某某县教育局"


def test_reporter_and_place_byline_without_the_word_reporter_is_no_title():
    text = ("【媒體報導╱某某報】王某某/某莲報導\n"
            "某某小學一千多名學生,昨天以健行和趣味競賽,慶祝創校週年校慶。\n"
            "校長某某某首先表揚服務滿30年的教師。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title != "王某某/某莲報導"
    printed = " ".join(getattr(block, "text", "") for block in speech.blocks)
    assert "報導" not in printed and "慶祝創校週年校慶" in printed


def test_formal_title_in_book_marks_with_glosses_loses_its_marks():
    text = ("《某某市人民政府關(guān)于表彰某某街道的通報(bào)》\n"
            "各區(qū)縣政府,市政府各部門:\n"
            "某某街道按照全市統(tǒng)一安排,取得了明顯效果。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title is not None and not speech.meta.title.startswith("《")
    assert speech.meta.title.startswith("某某市人民政府關") and speech.meta.title.endswith("通報（bào）")


def test_glossed_document_number_before_a_title_is_read_as_a_number():
    from docgen.parser.titles import glossed_number

    assert glossed_number("某府發(fā)〔2003〕61號(hào)《某某的通報(bào)》") == ("某府發(fā)〔2003〕61號(hào)", "《某某的通報(bào)》")
    assert glossed_number("某府發（fā）〔2003〕61號（hào）") == ("某府發（fā）〔2003〕61號（hào）", "")
    assert glossed_number("某某街道按照全市統(tǒng)一安排") is None


def test_page_heading_with_glossed_number_over_the_title_and_number_lines():
    title = "《某某市人民政府關(guān)于表彰某某街道辦事處為某某市社區(qū)建設(shè)示範街道的通報(bào)》"
    text = (f"某府發(fā)〔2003〕61號(hào){title}\n{title}\n某府發(fā)〔2003〕61號(hào)\n"
            "各區(qū)縣政府,市政府各部門:\n"
            "某某街道按照全市統(tǒng)一安排,取得了明顯效果。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title is not None and speech.meta.title.startswith("某某市人民政府關")
    assert speech.meta.title.endswith("通報（bào）")
    assert speech.meta.document_number == "某府發（fā）〔2003〕61號（hào）"  # as printed, glosses and all
    assert speech.blocks[0].text.startswith("各區")


def test_headline_with_a_glossed_number_run_on_is_split_from_the_number():
    from docgen.parser.titles import split_number

    assert split_number("某某縣選舉委員會(huì)公告 某選公〔2030〕第5號(hào)") == (
        "某某縣選舉委員會(huì)公告", "某選公〔2030〕第5號(hào)")
    assert split_number("某某縣選舉委員會公告 某選公〔2030〕第5號") == ("某某縣選舉委員會公告", "某選公〔2030〕第5號")
    assert split_number("某某縣選舉委員會(huì)公告(第二次)") is None  # a gloss-like bracket, no number


@pytest.mark.parametrize("head", [
    "某某縣選舉委員會(huì)公告\n\n",  # the title, the number line under it
    "某某縣選舉委員會(huì)公告 某選公〔2030〕第5號(hào)\n\n發(fā)布時(shí)間:2030-10-19\n\n某某縣選舉委員會(huì)公告\n\n",
])
def test_glossed_number_under_its_title_is_printed_as_it_stands(head):
    text = head + "某選公〔2030〕第5號(hào)\n\n根據(jù)本縣選舉工作的安排,選舉委員會(huì)決定如下事項。\n\n特此公告。\n"
    speech = docgen.parse_text(text)
    assert speech.meta.title == "某某縣選舉委員會（huì）公告"
    assert speech.meta.document_number == "某選公〔2030〕第5號（hào）"
