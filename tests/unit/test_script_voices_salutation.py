"""A host script for several voices opens each line with its speaker's cue (``甲：``, ``男：``,
``合：``): a cued line is a new voice's, never the rest of the line above; and the form of
address set over several voices' lines, each closed by a comma, a full stop or nothing, over
the greeting, is the salutation — the greeting itself is none.  Made-up scripts."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean
from docgen.model import Salutation


def _salutations(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks if isinstance(b, Salutation)]


def _script(*opening: str) -> str:
    return "\n".join([*opening, "甲：金秋送爽，丹桂飘香，", "乙：我们欢聚一堂，共度这个美好的夜晚。",
                      "甲：首先请校长致辞，大家欢迎！", ""])


def test_a_cued_line_under_a_line_closed_by_a_comma_is_a_line_of_its_own():
    lines = ["甲：各位来宾", "乙：亲爱的同学们，", "合：大家好！", "甲：金秋送爽，丹桂飘香，", "乙：我们欢聚一堂。"]
    assert [line.text for line in clean(lines).lines] == [
        "甲：各位来宾", "乙：亲爱的同学们，", "合：大家好！", "甲：金秋送爽，丹桂飘香，", "乙：我们欢聚一堂。"]


def test_a_line_closed_by_a_comma_in_a_text_of_few_cues_goes_on_as_before():
    lines = ["今天我们在这里召开会议，", "甲：乙双方的代表都已到场。"]
    assert [line.text for line in clean(lines).lines] == ["今天我们在这里召开会议，甲：乙双方的代表都已到场。"]


def test_an_address_set_over_two_voices_over_the_greeting_is_the_salutation():
    assert _salutations(_script("甲：各位领导", "乙：亲爱的老师们，", "合：大家好！")) == ["甲：各位领导", "乙：亲爱的老师们，"]


def test_voices_lines_closed_by_a_full_stop_are_the_salutation_and_the_greeting_none():
    text = _script("男：尊敬的各位来宾、各位家长。", "女：亲爱的同学们。", "各位晚上好！")
    assert _salutations(text) == ["男：尊敬的各位来宾、各位家长。", "女：亲爱的同学们。"]


def test_kin_named_in_an_address_are_people_addressed():
    assert _salutations(_script("甲：亲爱的爷爷、奶奶们，", "合：大家好！")) == ["甲：亲爱的爷爷、奶奶们，"]


def test_a_voices_line_of_prose_under_an_address_is_no_salutation():
    text = _script("甲：亲爱的同学们，今天我们相聚在这里，", "合：大家好！")
    assert _salutations(text) == []


def test_a_voices_address_over_prose_and_no_greeting_is_no_salutation():
    assert _salutations(_script("甲：各位来宾", "乙：亲爱的老师们，")) == []
