"""A whole text flattened into one line, as a document site's converter gives a file: its title
run straight into the addressees with no space (``某某倡议书广大市民朋友：……``) is set apart, whatever
the title's words, and the addressees are the salutation; a letter's title ending with its kind
run straight into its text (``某某倡议书水是生命之源，……。某某物业2030年3月``), the line closed by the
signer and the date, is set apart too.  A salutation that names a body's people
(``某某部全体员工同志们：``), a line that opens with a form of address, a sentence naming a letter
and a letter's title over a text that does not close as a letter are left whole.  The texts are
written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Speech

ADDRESSED = ("节水护水人人有责广大居民朋友:水是生命之源,也是城市发展的命脉。为了守护好我们共同的家园,"
             "特向广大居民朋友发出倡议:随手关紧水龙头,一水多用。让我们携手行动起来。")
LETTER = ("某某小区节水倡议书水是生命之源,节约用水是每一位居民的责任。为了守护好我们共同的家园,我们倡议:"
          "一、随手关紧水龙头;二、一水多用,循环利用。让我们从现在做起。为了您的家庭幸福,请自觉节约用水。某某小区物业2030年3月")


def _parsed(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _texts(doc: Speech) -> list[str]:
    return [b.text for b in doc.blocks]


def test_a_title_run_into_its_addressees_is_set_apart_and_they_are_the_salutation() -> None:
    doc = _parsed(ADDRESSED)
    assert doc.meta.title == "节水护水人人有责"
    assert "广大居民朋友：" in _texts(doc), _texts(doc)
    assert any(text.startswith("水是生命之源") for text in _texts(doc)), _texts(doc)


def test_a_bodys_people_addressed_are_no_title_and_its_addressees() -> None:
    doc = _parsed("某某科全体员工同志们:在公司组织的捐款活动中,我科员工积极响应,踊跃参加。感谢大家的爱心。")
    assert doc.meta.title in (None, "")
    assert any("某某科" in text for text in _texts(doc)), _texts(doc)


def test_a_line_that_opens_with_a_form_of_address_is_left_whole() -> None:
    doc = _parsed("尊敬的各位领导各位来宾:大家好!今天我们在这里隆重集会,庆祝学校建校五十周年。")
    assert doc.meta.title in (None, "")


def test_a_letters_title_run_into_the_whole_letter_is_set_apart() -> None:
    doc = _parsed(LETTER)
    assert doc.meta.title == "某某小区节水倡议书"
    assert any(text.startswith("水是生命之源") for text in _texts(doc)), _texts(doc)


def test_a_sentence_naming_a_letter_is_left_whole() -> None:
    news = ("某某社区发出节水倡议书号召居民节约用水。倡议书发出后,居民积极响应。社区还组织了志愿者上门宣传。"
            "活动取得了良好效果。")
    doc = _parsed(news)
    assert doc.meta.title in (None, "")
    assert any(text.startswith("某某社区发出节水倡议书号召") for text in _texts(doc)), _texts(doc)
