"""A salutation opened by 致 before a form of address (``致全體女神：``): names that are no word for
people addressed make it one all the same, in either script.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Salutation

LETTER = "春回大地,万物更新。在这个美好的节日里,公司向各位致以节日的问候和美好的祝愿。\n"


def _salutations(text: str) -> list[str]:
    blocks = docgen.parse(text.encode("utf-8"), input_format="text", no_title=True).blocks
    return [b.text for b in blocks if isinstance(b, Salutation)]


def test_a_to_salutation_before_a_form_of_address_is_one_in_either_script():
    assert _salutations("致全體巾幗英雄:\n" + LETTER) == ["致全體巾幗英雄："]
    assert _salutations("致全体巾帼英雄:\n" + LETTER) == ["致全体巾帼英雄："]


def test_a_to_line_without_a_form_of_address_is_no_salutation():
    # near miss: 致 before a thing, not those addressed
    assert _salutations("致青春岁月:\n" + LETTER) == []
