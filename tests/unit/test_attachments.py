"""Attachments printed after the text (GB/T 9704 §7.3.7): their labels and titles in the model,
their bodies parsed anew, the checks against the attachment note, the dump and `docgen
inspect`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docgen
from docgen.model import (
    AttachmentLabel,
    AttachmentNote,
    AttachmentTitle,
    Closing,
    DocumentTitle,
    Heading,
    Paragraph,
    Salutation,
    SignatureDate,
    Speech,
)

NOTICE = """关于做好2024年度机关事务管理工作的通知
各乡镇人民政府，县政府各部门：
为进一步提升机关事务管理水平，现就有关工作通知如下。
一、主要任务
各单位要对照《机关事务管理条例》梳理本单位制度。
二、工作要求
各单位要明确责任人和完成时限。
附件：1.工作任务分解表
2.标准清单填报说明
某某县人民政府办公室
2024年3月15日
附件1
工作任务分解表
一、公务用车
（一）车辆登记
各单位于6月底前完成。
附件2
标准清单填报说明
一、填报范围
本单位全部制度。
二、填报时间
2024年6月30日前。
"""


def parse(text: str) -> Speech:
    return docgen.parse_text(text)


def warnings(speech: Speech, prefix: str = "attachment-") -> list[tuple[str, int | None]]:
    return [(d.code, d.line) for d in speech.diagnostics
            if d.level == "warning" and d.code.startswith(prefix)]


def attachments(speech: Speech) -> list[tuple[str, int | None, str | None]]:
    """(label, number, title) of each attachment."""
    blocks = speech.blocks
    return [(b.text, b.number, blocks[i + 1].text if i + 1 < len(blocks)
             and isinstance(blocks[i + 1], AttachmentTitle) else None)
            for i, b in enumerate(blocks) if isinstance(b, AttachmentLabel)]


def test_a_notice_with_an_attachment_note_and_two_attachments():
    s = parse(NOTICE)
    assert [b.text for b in s.blocks if isinstance(b, AttachmentNote)] == [
        "附件：1.工作任务分解表", "2.标准清单填报说明"]
    assert attachments(s) == [("附件1", 1, "工作任务分解表"), ("附件2", 2, "标准清单填报说明")]
    label = next(b for b in s.blocks if isinstance(b, AttachmentLabel))
    assert label.line == 12 and s.blocks[s.blocks.index(label) - 1] == SignatureDate("2024年3月15日")
    assert warnings(s, "") == []


def test_the_levels_and_numbers_start_anew_in_each_attachment():
    s = parse(NOTICE)
    headings = [(b.text, b.level) for b in s.blocks if isinstance(b, Heading)]
    assert headings == [("一、主要任务", 1), ("二、工作要求", 1), ("一、公务用车", 1), ("（一）车辆登记", 2),
                        ("一、填报范围", 1), ("二、填报时间", 1)]
    assert not any(d.code.startswith("numbering") for d in s.diagnostics)


@pytest.mark.parametrize("label, text, number", [
    ("附件", "附件", None), ("附件1", "附件1", 1), ("附件 2", "附件2", 2), ("附件三", "附件三", 3),
    ("附件1：", "附件1", 1), ("附件：", "附件", None), ("附 件 12", "附件12", 12)])
def test_the_forms_of_a_label(label, text, number):
    s = parse(f"各单位：\n请认真执行。\n某某局\n2024年3月15日\n{label}\n工作须知\n一、着正装。\n")
    found = next(b for b in s.blocks if isinstance(b, AttachmentLabel))
    assert (found.text, found.number) == (text, number)
    assert isinstance(s.blocks[s.blocks.index(found) + 1], AttachmentTitle)


def test_an_attachment_note_is_no_attachment():
    """``附件：1. ……``, a bare ``附件：`` with the names under it, and a name after the label are
    the note (附件说明) above the signature, as is a label before the signature block."""
    for note in ("附件：1.工作任务分解表\n2.标准清单", "附件：\n1.工作任务分解表\n2.标准清单",
                 "附件：工作任务分解表", "附件1：工作任务分解表\n附件2：标准清单", "附件：\n工作任务分解表"):
        s = parse(f"各单位：\n请认真执行。\n{note}\n某某局\n2024年3月15日\n")
        assert not any(isinstance(b, (AttachmentLabel, AttachmentTitle)) for b in s.blocks), note
        assert all(isinstance(b, AttachmentNote) for b in s.blocks[2:-2]), note


def test_a_note_shortened_to_fu_lists_its_files_and_none_is_a_heading():
    """``附：1、……`` over ``2、……`` (the files' names run together) is the note, not a heading."""
    s = parse("各单位：\n请认真执行。\n附：1、某镇2023年度汛方案的通知\n"
              "2、物资储备计划表某镇2023年度汛方案2023物资和调查表\n某某镇人民政府\n2024年3月15日\n")
    assert not any(isinstance(b, Heading) for b in s.blocks)
    assert [type(b) for b in s.blocks[2:4]] == [AttachmentNote, AttachmentNote]


def test_a_mention_in_the_text_is_no_label():
    s = parse("各单位：\n按照《工作须知》（见附件）做好准备。\n附件清单另行通知。\n某某局\n2024年3月15日\n")
    assert not any(isinstance(b, (AttachmentLabel, AttachmentNote)) for b in s.blocks)


def test_a_speech_with_an_attachment_after_its_last_paragraph():
    s = parse("在全县安全生产会议上的讲话\n同志们：\n今天的会议很重要。\n我就讲这些，谢谢大家！\n附件\n"
              "2024年安全生产重点工作清单\n一、开展隐患排查\n各乡镇要在4月底前完成排查。\n")
    assert [type(b) for b in s.blocks] == [Salutation, Paragraph, Closing, AttachmentLabel,
                                           AttachmentTitle, Heading, Paragraph]
    assert attachments(s) == [("附件", None, "2024年安全生产重点工作清单")]


def test_a_label_with_a_title_after_a_body_paragraph_without_a_signature():
    s = parse("各单位：\n请按附件要求报送材料。\n特此通知。\n附件\n材料报送要求\n一、报送时间\n每月5日前。\n")
    assert attachments(s) == [("附件", None, "材料报送要求")]
    assert [b.text for b in s.blocks if isinstance(b, Heading)] == ["一、报送时间"]


def test_a_label_is_never_taken_before_any_body_text_or_without_a_title_inside_the_text():
    assert attachments(parse("附件\n工作须知\n一、着正装。\n")) == []
    s = parse("各单位：\n请认真执行。\n附件\n所有人员要着正装，注重仪容仪表。\n")
    assert attachments(s) == []


def test_an_attachment_without_a_title_after_the_signature():
    s = parse("各单位：\n请认真执行。\n某某局\n2024年3月15日\n附件\n序号 单位 姓名 职务\n1 县政府办 张三 主任\n")
    assert attachments(s) == [("附件", None, None)]


def test_an_attachment_title_on_two_lines():
    s = parse("各单位：\n请认真执行。\n某某局\n2024年3月15日\n附件\n2024年度全县重点项目\n推进责任分工表\n"
              "一、交通项目\n")
    assert attachments(s) == [("附件", None, "2024年度全县重点项目推进责任分工表")]


def test_the_gengming_notice_keeps_its_attachment():
    """The old reading (the label as a note, its title as a document title) is gone."""
    s = parse("各单位、各部门:\n请认真准备。\n更名办\n2014年12月19日\n附件:\n工作须知\n"
              "一、所有人员着正装，注重仪容仪表。\n")
    assert attachments(s) == [("附件", None, "工作须知")]
    assert not any(isinstance(b, (AttachmentNote, DocumentTitle)) for b in s.blocks)


def test_a_salutation_inside_an_attachment():
    s = parse("各单位：\n请转发。\n某某局\n2024年3月15日\n附件\n致全县家长的一封信\n各位家长：\n"
              "暑假即将来临。\n")
    assert [b.text for b in s.blocks if isinstance(b, Salutation)] == ["各单位：", "各位家长："]


# --------------------------------------------------------------------------- checks


def test_a_note_listing_more_attachments_than_the_text_has():
    s = parse(NOTICE.split("附件2\n")[0])
    assert warnings(s) == [("attachment-count", 12)]


def test_labels_out_of_the_notes_order():
    """Numbered 2 and 1 where the note lists 1 and 2; printed in the wrong order, the titles
    do not match either."""
    s = parse(NOTICE.replace("附件1\n", "附件2\n", 1).replace("附件2\n标准", "附件1\n标准"))
    assert warnings(s) == [("attachment-number", 12), ("attachment-number", 17)]
    main, rest = NOTICE.split("附件1\n")
    first, second = rest.split("附件2\n")
    s = parse(f"{main}附件2\n{second}附件1\n{first}")
    assert warnings(s) == [("attachment-number", 12), ("attachment-title", 13),
                           ("attachment-number", 18), ("attachment-title", 19)]


def test_several_labels_without_their_numbers():
    s = parse(NOTICE.replace("附件1\n", "附件\n").replace("附件2\n", "附件\n"))
    assert warnings(s) == [("attachment-number", 12), ("attachment-number", 17)]


def test_labels_that_skip_a_number_without_a_note():
    text = NOTICE.replace("附件：1.工作任务分解表\n2.标准清单填报说明\n", "").replace("附件2\n", "附件3\n")
    assert warnings(parse(text)) == [("attachment-number", 15)]


def test_a_title_other_than_the_name_in_the_note():
    s = parse(NOTICE.replace("标准清单填报说明\n一、", "标准清单填写说明\n一、"))
    found = [d for d in s.diagnostics if d.code == "attachment-title"]
    assert [(d.line, d.text) for d in found] == [(18, "标准清单填写说明")]
    assert "标准清单填报说明" in found[0].message and "line 9" in found[0].message


def test_a_name_in_the_note_with_its_file_extension_and_book_title_marks_matches():
    s = parse("各单位：\n请认真执行。\n附件：1.《工作须知》.doc\n2.报名表.xls\n某某局\n2024年3月15日\n附件1\n"
              "工作须知\n一、着正装。\n附件2\n报名表\n姓名 单位 职务\n")
    assert attachments(s) == [("附件1", 1, "工作须知"), ("附件2", 2, "报名表")]
    assert warnings(s) == []


def test_one_attachment_needs_no_number():
    s = parse("关于做好工作的通知\n各单位：\n请认真执行。\n附件：工作须知\n某某局\n2024年3月15日\n附件\n工作须知\n一、着正装\n")
    assert warnings(s, "") == []


# --------------------------------------------------------------------------- dump and tree


def test_the_dump_has_the_labels_and_titles_and_loads_back():
    s = parse(NOTICE)
    data = json.loads(s.to_json())
    assert data["docgen_model"] == 4
    labels = [b for b in data["blocks"] if b["type"] == "attachment_label"]
    assert labels == [{"type": "attachment_label", "text": "附件1", "number": 1, "line": 12},
                      {"type": "attachment_label", "text": "附件2", "number": 2, "line": 17}]
    assert [b["text"] for b in data["blocks"] if b["type"] == "attachment_title"] == [
        "工作任务分解表", "标准清单填报说明"]
    assert Speech.from_json(s.to_json()) == s


def test_a_version_2_dump_still_loads():
    old = {"docgen_model": 2, "meta": {}, "blocks": [
        {"type": "attachment", "text": "附件：", "line": 5},
        {"type": "document_title", "text": "工作须知", "line": 6}]}
    assert Speech.from_dict(old).blocks == (AttachmentNote("附件："), DocumentTitle("工作须知"))


def test_inspect_shows_each_attachment_flush_left_after_a_blank_line(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "docgen", "inspect", str(path)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    start = out.index("L12   attachment 1: 附件1")
    assert out[start - 1] == ""
    assert out[start + 1:start + 4] == ["L13   attachment title: 工作任务分解表",
                                        "L14   heading 1: 一、公务用车", "L15     heading 2: （一）车辆登记"]
    assert "L8      attachment note: 附件：1.工作任务分解表" in out
    assert "L17   attachment 2: 附件2" in out


PIECES = st.sampled_from(["附件", "附件1", "附件2：", "附件：", "附件：1.工作须知", "2.报名表", "工作须知",
                          "某某局", "2024年3月15日", "（此件公开发布）", "一、总体要求", "各单位：",
                          "请认真执行。", "谢谢大家！", "序号 姓名 单位", "2024年度全县重点项目", "推进责任分工表"])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=16))
def test_any_arrangement_of_labels_notes_and_titles_parses_and_round_trips(pieces):
    s = parse("\n".join(pieces))
    assert Speech.from_json(s.to_json()) == s
    for i, block in enumerate(s.blocks):
        if isinstance(block, AttachmentTitle):
            assert isinstance(s.blocks[i - 1], AttachmentLabel)
