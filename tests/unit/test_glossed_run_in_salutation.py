"""A salutation with its greeting run on after its colon, in traditional characters from a
converter that glosses characters with their pinyin in brackets (``全體運(yùn)動(dòng)員、同學(xué)們:大家好!``):
the names are read through the glosses, and the salutation is printed as the line has it.  The
texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Salutation

BODY = "本屆運(yùn)動(dòng)會(huì)今天圓滿結束,各班同學頑強拼搏,取得了好成績。\n"


def _blocks(first: str) -> list:
    return docgen.parse(("校運(yùn)動(dòng)會(huì)閉幕詞\n" + first + "\n" + BODY).encode("utf-8"),
                        input_format="text").blocks


def test_a_glossed_salutation_run_into_its_greeting_is_split_off():
    blocks = _blocks("全體運(yùn)動(dòng)員、裁判員、家長(zhǎng)們:大家好!")
    salutations = [b for b in blocks if isinstance(b, Salutation)]
    assert [s.text for s in salutations] == ["全體運（yùn）動（dòng）員、裁判員、家長（zhǎng）們："], blocks
    assert any(b.text.startswith("大家好") for b in blocks if not isinstance(b, Salutation)), blocks


def test_a_glossed_sentence_with_a_colon_stays_a_paragraph():
    # near miss: a clause ending in a colon, not a list of people addressed
    blocks = _blocks("運(yùn)動(dòng)會(huì)結果如下:一班第一,二班第二。")
    assert not any(isinstance(b, Salutation) for b in blocks), blocks
