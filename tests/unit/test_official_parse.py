"""The 版头 and the 版记 read from a text: the marks of GB/T 9704 (§7.2, §10), the 份号, 密级
and 紧急程度, a 上行文's 签发人, the 抄送 and 印发 lines, the attendance of minutes; the header
block a user writes at the top; and texts pasted with paragraphs indented by full-width
spaces, whose labels, notes and 版记 lines must stay lines of their own."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from helpers.documents import FIXTURES

import docgen
from docgen.model import (
    AttachmentLabel,
    AttachmentNote,
    AttachmentTitle,
    Attendance,
    Distribution,
    Meta,
    Note,
    Paragraph,
    Signature,
    SignatureDate,
    Speech,
)
from docgen.renderers.gongwen import mark_shown

OFFICIAL = FIXTURES / "official"
STRUCTURE = FIXTURES / "structure"
INDENT = "\u3000\u3000"


def parse(text: str, **options) -> Speech:
    return docgen.parse_text(text, **options)


def indented(text: str) -> str:
    """``text`` as office staff paste it: every line but the first indented by two
    full-width spaces."""
    lines = text.splitlines()
    return "\n".join([lines[0], *(INDENT + line if line.strip() else line for line in lines[1:])]) + "\n"


BODY = "各乡镇人民政府，县政府各部门：\n为切实做好今年春季森林防火工作，现将有关事项通知如下。\n一、提高思想认识\n各乡镇要充分认识森林防火工作的重要性。\n"


# --------------------------------------------------------------------------- 版头


def test_a_mark_and_a_number_are_the_issuer_and_the_number():
    s = parse("某某县人民政府办公室文件\n某政办发（2024）12号\n关于做好春季森林防火工作的通知\n" + BODY)
    assert (s.meta.issuer, s.meta.document_number, s.meta.title) == (
        "某某县人民政府办公室文件", "某政办发〔2024〕12号", "关于做好春季森林防火工作的通知")
    assert isinstance(s.blocks[0], type(parse(BODY).blocks[0]))


@pytest.mark.parametrize("head", [
    "中共某某县委员会\n某某县人民政府文件\n",
    "中共某某县委员会\n某某县人民政府\n文件\n",
    "中共某某县委员会　某某县人民政府文件\n",
])
def test_joint_issuers_stacked_or_on_one_line_are_one_mark_in_order(head):
    s = parse(head + "某发〔2024〕3号\n关于做好春季森林防火工作的通知\n" + BODY)
    assert s.meta.issuer == "中共某某县委员会、某某县人民政府文件"
    assert s.meta.title == "关于做好春季森林防火工作的通知"


def test_copy_number_secrecy_and_urgency_stacked_or_on_one_line():
    for head in ("000001\n机密★1年\n特急\n", "000001　　机密 ★ 1年　　特急\n"):
        s = parse(head + "某某县人民政府文件\n某政发〔2024〕3号\n关于做好春季森林防火工作的通知\n" + BODY)
        assert (s.meta.copy_number, s.meta.secrecy, s.meta.urgency) == ("000001", "机密★1年", "特急"), head
        assert s.meta.issuer == "某某县人民政府文件"


def test_an_upward_number_with_its_signers():
    s = parse("某某县人民政府文件\n签发人：张三\n某政发〔2024〕5号　　　　签发人：李　四\n"
              "关于请求拨付防汛资金的请示\n市人民政府：\n今年入汛以来，我县降雨偏多。\n")
    assert (s.meta.document_number, s.meta.signer) == ("某政发〔2024〕5号", "张三、李四")


def test_an_orders_mark_and_number():
    s = parse("某某省人民政府令\n第12号\n《某某省森林防火办法》已经省人民政府常务会议通过，现予公布。\n"
              "省长　张三\n2024年3月1日\n")
    assert (s.meta.issuer, s.meta.document_number, s.meta.format) == ("某某省人民政府令", "第12号", "命令")
    assert s.meta.title is None
    assert [type(b) for b in s.blocks] == [Paragraph, Signature, SignatureDate]


@pytest.mark.parametrize(("written", "number"), [("第1号", "第1号"), ("（第五号）", "（第五号）"),
                                                 ("〔十四届〕第5号", "〔十四届〕第5号"), ("(第 12 号)", "（第12号）")])
def test_a_notices_number_under_its_title_is_its_number_and_makes_no_mark(written, number):
    s = parse(f"某某市人民代表大会常务委员会公告\n{written}\n《某某市物业管理条例》已由某某市人民代表大会常务委员会"
              "第八次会议通过，现予公布。\n某某市人民代表大会常务委员会\n2023年5月10日\n")
    assert (s.meta.title, s.meta.document_number) == ("某某市人民代表大会常务委员会公告", number)
    assert [type(b) for b in s.blocks] == [Paragraph, Signature, SignatureDate]
    report = parse(f"某某市第七次全国人口普查公报\n{written}\n某某市统计局\n2021年5月20日\n现将人口情况公布如下。\n")
    assert (report.meta.issuer, report.meta.document_number) == ("某某市统计局", number)
    assert not mark_shown(report.meta)  # a 公报's number and its issuer are printed under the title
    assert mark_shown(replace(report.meta, document_number="某统发〔2021〕5号"))


def test_minutes_mark_number_office_line_and_attendance():
    s = parse("某某县人民政府常务会议纪要\n第5期\n某某县人民政府办公室　　　2024年3月5日\n"
              "2024年3月4日，县长张三主持召开县政府常务会议。纪要如下：\n"
              "出席：张三、李四\n请假：王五\n列　席：县林业局负责同志\n")
    assert (s.meta.issuer, s.meta.document_number, s.meta.format) == ("某某县人民政府常务会议纪要", "第5期", "纪要")
    assert s.meta.title is None  # the office and date under the mark stay a line of the text
    assert s.blocks[0].text.startswith("某某县人民政府办公室")
    assert [(b.label, b.text) for b in s.blocks if isinstance(b, Attendance)] == [
        ("出席", "张三、李四"), ("请假", "王五"), ("列席", "县林业局负责同志")]


def test_a_letters_name_over_a_number_with_han_is_a_letter():
    s = parse("某某县人民政府办公室\n某政办函〔2024〕8号\n关于商请支持开展联合演练的函\n某某市应急管理局：\n特此函商。\n")
    assert (s.meta.issuer, s.meta.document_number, s.meta.format) == ("某某县人民政府办公室", "某政办函〔2024〕8号", "信函")
    row = parse("某某县人民政府办公室\n000123 某政办函〔2024〕8号\n关于商请支持开展联合演练的函\n某某市应急管理局：\n特此函商。\n")
    assert (row.meta.copy_number, row.meta.document_number, row.meta.format) == ("000123", "某政办函〔2024〕8号", "信函")


def test_a_real_marks_number_and_title_broken_over_lines():
    s = docgen.parse(STRUCTURE / "notice-hunan-graduates.txt")
    assert (s.meta.issuer, s.meta.document_number) == ("湖南省人民政府办公厅文件", "湘政办发〔2009〕24号")
    assert s.meta.title == "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"


# --------------------------------------------------------------------------- 版记


def test_copies_to_and_the_print_line_become_fields_other_lines_stay_blocks():
    s = parse("各单位：\n正文内容。\n某局\n2023年6月12日\n主送：市政府。\n"
              "抄送：县委办公室，县人大常委会办公室，\n　　　　县政协办公室。\n"
              "某局办公室2023年6月12日印发\n")
    assert s.meta.copies_to == "县委办公室，县人大常委会办公室，县政协办公室。"
    assert (s.meta.printed_by, s.meta.printed_date) == ("某局办公室", "2023年6月12日")
    assert [b.text for b in s.blocks if isinstance(b, Distribution)] == ["主送：市政府。"]


def test_a_real_old_style_colophon():
    s = docgen.parse(STRUCTURE / "notice-yingtan-cast.txt")
    assert (s.meta.printed_by, s.meta.printed_date) == ("鹰潭市科协办公室", "2008年3月5日")
    assert [b.text for b in s.blocks if isinstance(b, Distribution)] == ["共印60份"]


# --------------------------------------------------------------------------- full-width indentation


END = ("附件：1.森林防火值班表\n2.联系人名单\n某某县人民政府办公室\n2024年3月1日\n（此件公开发布）\n"
       "附件1\n森林防火值班表\n值班安排如下\n"
       "抄送：县委办公室，县人大常委会办公室，县政协办公室。\n某某县人民政府办公室　　　　2024年3月1日印发\n")


@pytest.mark.parametrize("layout", ["flush", "indented", "indented body, flush end"])
def test_indented_paragraphs_keep_labels_notes_and_colophon_lines_apart(layout):
    head = "某某县人民政府办公室文件\n某政办发〔2024〕12号\n关于做好春季森林防火工作的通知\n"
    if layout == "flush":
        text = head + BODY + END
    elif layout == "indented":
        text = head + indented(BODY + END)
    else:
        text = head + indented(BODY) + END
    s = parse(text)
    assert [(type(b), b.text) for b in s.blocks[-8:]] == [
        (AttachmentNote, "附件：1.森林防火值班表"), (AttachmentNote, "2.联系人名单"),
        (Signature, "某某县人民政府办公室"), (SignatureDate, "2024年3月1日"), (Note, "（此件公开发布）"),
        (AttachmentLabel, "附件1"), (AttachmentTitle, "森林防火值班表"), (Paragraph, "值班安排如下")]
    assert s.meta.copies_to == "县委办公室，县人大常委会办公室，县政协办公室。"
    assert (s.meta.printed_by, s.meta.printed_date) == ("某某县人民政府办公室", "2024年3月1日")


def test_an_indented_label_with_its_title_flush_left_stays_two_lines():
    s = parse("各单位：\n" + INDENT + "请认真执行。\n" + INDENT + "某局\n" + INDENT + "2024年3月1日\n"
              + INDENT + "附件1\n森林防火值班表\n" + INDENT + "值班安排如下。\n")
    assert [(type(b), b.text) for b in s.blocks[-3:]] == [
        (AttachmentLabel, "附件1"), (AttachmentTitle, "森林防火值班表"), (Paragraph, "值班安排如下。")]


@pytest.mark.parametrize("name", ["notice-pingchang-npc", "letter-guobanhan-asian-games"])
def test_real_texts_parse_alike_indented_and_not(name):
    text = (OFFICIAL / f"{name}.txt").read_text(encoding="utf-8")
    flush, pasted = parse(text), parse(indented(text))
    assert flush.meta == pasted.meta
    assert [(type(b), b.text) for b in flush.blocks] == [(type(b), b.text) for b in pasted.blocks]


def test_a_real_letters_number_under_its_title():
    s = docgen.parse(OFFICIAL / "letter-guobanhan-asian-games.txt")
    assert s.meta.document_number == "国办函〔2022〕33号" and s.meta.issuer is None


# --------------------------------------------------------------------------- the header block


BLOCK = """---
发文机关：某某县人民政府办公室
发文字号：某政办发(2024)12号
签发人：张三 李四
密级：秘密★6个月
紧急程度：加急
份号：000012
抄送：县委办公室。
印发机关：某某县人民政府办公室
印发日期：2024年3月1日印发
格式：上行文
---
"""


def test_the_header_block_gives_every_field_in_the_models_form():
    s = parse(BLOCK + "关于请求拨付防汛资金的请示\n市人民政府：\n今年入汛以来，我县降雨偏多。\n")
    assert s.meta == Meta(title="关于请求拨付防汛资金的请示", issuer="某某县人民政府办公室文件",
                          document_number="某政办发〔2024〕12号", signer="张三、李四", secrecy="秘密★6个月",
                          urgency="加急", copy_number="000012", copies_to="县委办公室。",
                          printed_by="某某县人民政府办公室", printed_date="2024年3月1日", format="上行文")
    assert s.blocks[0].line == 14  # the salutation: line numbers stay the file's
    assert not [d for d in s.diagnostics if d.level == "warning"]


def test_english_keys_and_a_bad_line_reported_and_left_out():
    s = parse("---\nissuer: 某局\nnumber: 某发〔2024〕1号\nformat: letter\ncolour: red\nformat: poster\n---\n正文内容。\n")
    assert (s.meta.issuer, s.meta.document_number, s.meta.format) == ("某局文件", "某发〔2024〕1号", "信函")
    warned = [d for d in s.diagnostics if d.code == "header-block-field"]
    assert [d.line for d in warned] == [5, 6]


def test_without_both_fences_there_is_no_header_block():
    s = parse("---\n发文机关：某局\n正文内容。\n")
    assert s.meta.issuer is None


def test_command_line_fields_win_over_the_header_block_which_wins_over_the_text():
    text = "---\n发文字号：甲发〔2024〕1号\n抄送：甲。\n---\n某某县人民政府文件\n乙发〔2024〕2号\n关于某事的通知\n各单位：\n正文。\n抄送：丙。\n"
    s = parse(text)
    assert (s.meta.document_number, s.meta.copies_to, s.meta.issuer) == ("甲发〔2024〕1号", "甲。", "某某县人民政府文件")
    s = parse(text, overrides=Meta(document_number="丁发〔2024〕4号"))
    assert s.meta.document_number == "丁发〔2024〕4号"


# --------------------------------------------------------------------------- the model


def test_version_4_round_trips_and_a_version_3_dump_keeps_its_distribution_blocks():
    s = parse(BLOCK + "关于某事的请示\n市人民政府：\n正文。\n出席：张三\n")
    assert Speech.from_json(s.to_json()) == s
    assert json.loads(s.to_json())["docgen_model"] == 4
    old = {"docgen_model": 3, "meta": {"issuer": "某局文件"}, "blocks": [
        {"type": "distribution", "text": "抄送：县委。"}, {"type": "distribution", "text": "某局 2024年3月1日印发"}]}
    loaded = Speech.from_dict(old)
    assert loaded.meta.issuer == "某局文件" and loaded.meta.copies_to is None
    assert [b.text for b in loaded.blocks] == ["抄送：县委。", "某局 2024年3月1日印发"]


def test_inspect_shows_the_fields_and_each_attendance_label():
    from docgen.report import tree

    shown = tree(parse(BLOCK + "关于某事的请示\n市人民政府：\n正文。\n出席：张三\n"))
    for line in ("signer           张三、李四", "copies to        县委办公室。", "format           上行文"):
        assert line in shown
    assert "attendance 出席: 张三" in shown
