"""Siblings — the numbered blocks of one family under one parent heading — are one layer of a
document and are set alike: a numbered sentence standing alone over a paragraph, among siblings
that are mostly headings, is a heading too; a line of a list stays an item."""

from __future__ import annotations

import docgen
from docgen.model import Heading, Paragraph

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"
#: One sentence, longer than a numbered sentence that is a heading by its own shape.
LONG_SENTENCE = "2、各项改革全面深化并且取得了显著的阶段性成果。"


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def headings(*lines: str) -> list[tuple[str, int]]:
    return [(b.text, b.level) for b in parsed(*lines).blocks if isinstance(b, Heading)]


def test_a_sentence_over_its_paragraph_among_heading_siblings_is_a_heading():
    found = headings("某某公司年度工作总结", "一、总体情况", "1、工作基础扎实", BODY, LONG_SENTENCE, BODY,
                     "3、队伍建设不断加强", BODY, "二、下一步安排", BODY)
    assert (LONG_SENTENCE, 2) in found
    assert [text for text, _ in found] == ["一、总体情况", "1、工作基础扎实", LONG_SENTENCE, "3、队伍建设不断加强",
                                           "二、下一步安排"]


def test_a_sentence_in_a_list_among_heading_siblings_stays_an_item():
    item = "3、各项改革全面深化并且取得了显著的阶段性成果。"
    speech = parsed("某某公司年度工作总结", "一、总体情况", "1、工作基础扎实", BODY, "2、队伍建设不断加强", BODY,
                    item, "4、各部门之间的协调配合机制进一步理顺并完善。", BODY)
    assert not any(isinstance(b, Heading) and b.text == item for b in speech.blocks)
    assert any(isinstance(b, Paragraph) and b.text == item for b in speech.blocks)


def test_a_sentence_among_item_siblings_stays_an_item():
    item = "1、各部门之间的协调配合机制在这一年里进一步理顺并且完善，成效明显。" + BODY
    speech = parsed("某某公司年度工作总结", "一、总体情况", item, LONG_SENTENCE, BODY, "3、队伍建设不断加强", BODY)
    assert not any(isinstance(b, Heading) and b.text == LONG_SENTENCE for b in speech.blocks)


def test_levels_follow_the_documents_own_layers():
    assert headings("某某工作要点", "1.加强组织领导", BODY, "2.强化督促检查", BODY) == [
        ("1.加强组织领导", 1), ("2.强化督促检查", 1)]
    assert headings("某某工作要点", "一、总体要求", "1、加强组织领导", BODY, "2、强化督促检查", BODY) == [
        ("一、总体要求", 1), ("1、加强组织领导", 2), ("2、强化督促检查", 2)]
