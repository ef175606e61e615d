"""A notice converted to traditional characters with pinyin glosses, whose converter printed a
``?`` for a character it lost at the start of the salutation (``?各縣、區(qū)人民政府:``): the
line is the salutation all the same.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Salutation

TEXT = ("{first}\n"
        "為弘揚(yáng)互助精神,市政府決定對某某等3名同志給予表彰。\n"
        "某某市人民政府\n"
        "2030年6月4日\n")


def _first_block(first: str) -> object:
    return docgen.parse(TEXT.format(first=first).encode("utf-8"), input_format="text").blocks[0]


def test_a_salutation_behind_a_lost_characters_mark_is_the_salutation():
    block = _first_block("?各縣、區(qū)人民政府,某某開發(fā)區(qū)管委會,市級各部門:")
    assert isinstance(block, Salutation)
    assert block.text.startswith("各縣")


def test_a_question_behind_the_mark_stays_a_paragraph():
    assert not isinstance(_first_block("?各位知道為甚麼要表彰他們嗎?"), Salutation)


def test_a_lost_characters_mark_alone_is_no_salutation():
    assert not isinstance(_first_block("?"), Salutation)
