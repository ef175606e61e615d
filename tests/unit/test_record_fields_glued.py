"""A legal database's record of a text above it: each field's label run into its value, with
neither colon nor space, in either script and with the pinyin glosses a script converter puts
after each character.  Made-up text in that shape; a run of such lines goes, one alone stays."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean

BODY = ["各区县人民政府，市政府各部门：", "现将某某工作的有关事项通知如下，请认真贯彻执行。"]

SIMPLIFIED = ["发文机关某某市人民政府办公室", "发文日期2001年03月04日", "时效性现行有效",
              "发文字号某政办发〔2001〕5号", "施行日期2001年03月04日", "效力级别地方规范性文件"]
GLOSSED = ["發(fā)文機(jī)關(guān)某某市人民政府辦公室", "發(fā)文日期2001年03月04日",
           "時(shí)效性現(xiàn)行有效", "效力級(jí)別地方規(guī)範性文件"]
GLOSSED_FULL = [line.replace("(", "（").replace(")", "）") for line in GLOSSED]


def texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


@pytest.mark.parametrize("record", [SIMPLIFIED, GLOSSED, GLOSSED_FULL])
def test_a_run_of_glued_record_fields_goes(record: list[str]) -> None:
    out = texts([*record, *BODY])
    assert out == BODY


def test_one_line_starting_with_a_label_stays() -> None:
    lines = ["时效性是新闻的生命", *BODY]
    assert texts(lines)[0] == "时效性是新闻的生命"


def test_a_sentence_after_labels_stays() -> None:
    lines = ["发文日期2001年03月04日", "时效性现行有效", "发文机关要在收文后三日内办理完毕，逾期要说明原因。", *BODY]
    out = texts(lines)
    assert "发文机关要在收文后三日内办理完毕，逾期要说明原因。" in out
