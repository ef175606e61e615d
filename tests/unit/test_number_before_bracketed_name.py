"""A file name that prints a document's number before its name in brackets
(``某办发〔2030〕7号(……纪要)``) over the text: the number is the document number, the name
inside the brackets the title, set bare as GB/T 9704 sets a title.  The texts are written
for the tests."""

from __future__ import annotations

import docgen

BODY = ("2030年5月6日上午,某某学院召开第三次院长办公会。会议由院长主持,现纪要如下:\n"
        "一、会议听取了教务处关于期末考试安排的汇报,同意按方案执行。\n"
        "院长办公室\n"
        "2030年5月8日\n")


def _meta(text: str) -> docgen.model.Meta:
    return docgen.parse(text.encode("utf-8"), input_format="text").meta


def test_the_name_in_brackets_after_the_number_is_the_title_without_them():
    meta = _meta("某院办发〔2030〕7号(2029-2030学年第三次院长办公会纪要)\n" + BODY)
    assert meta.title == "2029-2030学年第三次院长办公会纪要"
    assert meta.document_number == "某院办发〔2030〕7号"


def test_a_name_in_title_marks_after_the_number_keeps_its_own_brackets():
    meta = _meta("某院办发〔2030〕7号《关于调整(试行)办法的通知》\n" + BODY)
    assert meta.title == "关于调整（试行）办法的通知"
