"""A host script whose lines open with a numbered role as the speaker's cue (``老师1：``,
``主持人2：``) and whose first line is a form of address said aloud, its names apart by commas
and closed by ！ (``尊敬的嘉宾，同学们！``): the script's first words, no title.  A headline over
such a script stays the title, and a headline's two clauses closed by ！ (``亲爱的你，生日快乐！``)
are no form of address.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.parser import patterns as P
from docgen.shapes import patterns as S

SCRIPT = ("主持人1:尊敬的嘉宾,同学们!\n"
          "主持人2:金秋十月,丹桂飘香,我们相聚在这里,共同庆祝某某小学建校六十周年。\n"
          "主持人1:六十年风雨兼程,六十年春华秋实。\n"
          "主持人2:下面,我宣布,某某小学建校六十周年庆祝大会现在开始!\n")


def _parsed(text: str) -> docgen.model.Document:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def test_a_cued_address_said_aloud_is_no_title():
    assert _parsed(SCRIPT).meta.title is None
    assert _parsed(SCRIPT.replace("主持人", "老师")).meta.title is None


def test_a_headline_over_the_script_stays_the_title():
    doc = _parsed("某某小学建校六十周年庆祝大会主持词\n" + SCRIPT)
    assert doc.meta.title == "某某小学建校六十周年庆祝大会主持词"


def test_the_cue_is_a_numbered_role_not_a_role_alone():
    assert P.uncued("老师1：尊敬的嘉宾，同学们！") == "尊敬的嘉宾，同学们！"
    assert P.uncued("主持人2：大家好！") == "大家好！"
    assert P.uncued("老师：您好！") == "老师：您好！"  # the person addressed, no cue


def test_an_address_with_commas_ends_each_name_in_people_addressed():
    assert S.exclaimed_address("尊敬的嘉宾，同学们！")
    assert not S.exclaimed_address("亲爱的你，生日快乐！")
