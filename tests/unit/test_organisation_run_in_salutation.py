"""A letter of congratulation whose salutation — the name of the body it is sent to — has the
letter's first words run on after its colon on one line (``某某市青年企业家协会：欣闻……``): the
body's name is the salutation, the rest the first paragraph.  A field's label run into its value
(``主办单位：某某协会``) and a body's name run on after the first paragraph stay as they are.
The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Paragraph, Salutation

LETTER = ("贺信\n"
          "某某市青年企业家协会：欣闻贵会第三届会员代表大会隆重召开，某某县工商联谨致热烈的祝贺！\n"
          "多年来，贵会团结广大青年企业家，积极投身地方经济建设，为全市发展作出了积极贡献。\n"
          "某某县工商联\n"
          "2024年5月20日\n")


def _blocks(text: str) -> list:
    return docgen.parse(text.encode("utf-8"), input_format="text").blocks


def test_a_bodys_name_run_into_the_first_paragraph_is_the_salutation():
    blocks = _blocks(LETTER)
    assert isinstance(blocks[0], Salutation) and blocks[0].text == "某某市青年企业家协会：", blocks[:2]
    assert isinstance(blocks[1], Paragraph) and blocks[1].text.startswith("欣闻贵会"), blocks[:2]


def test_a_field_label_run_into_its_value_is_no_salutation():
    blocks = _blocks("活动通知\n主办单位：某某市青年企业家协会。\n请各会员单位于5月20日前报名参加。\n")
    assert not any(isinstance(b, Salutation) for b in blocks), blocks


def test_a_bodys_name_after_the_first_paragraph_is_no_salutation():
    text = LETTER.replace("某某市青年企业家协会：欣闻", "欣闻").replace(
        "多年来，", "某某市青年企业家协会：多年来，")
    assert not any(isinstance(b, Salutation) for b in _blocks(text))
