"""A speech or a host script that opens with a form of address said aloud, closed by ！ instead of
a colon (``尊敬的各位嘉宾！``, ``主持人1：尊敬的嘉宾，同学们！``): in a salutation's place, before
the first paragraph, it is the salutation.  The same words after the first paragraph, and a
headline's clauses closed by ！, are no salutation.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Salutation

BODY = ("金秋十月，丹桂飘香，我们相聚在这里，共同庆祝某某小学建校六十周年。\n"
        "六十年风雨兼程，六十年春华秋实，一代代师生在这里奋斗拼搏。\n")


def _blocks(text: str) -> list:
    return docgen.parse(text.encode("utf-8"), input_format="text").blocks


def _salutations(text: str) -> list[str]:
    return [b.text for b in _blocks(text) if isinstance(b, Salutation)]


def test_an_address_said_aloud_before_the_first_paragraph_is_the_salutation():
    assert _salutations("尊敬的各位嘉宾、老师们！\n" + BODY) == ["尊敬的各位嘉宾、老师们！"]


def test_a_cued_address_with_commas_is_the_salutation():
    assert _salutations("主持人1:尊敬的嘉宾,同学们!\n" + BODY) == ["主持人1：尊敬的嘉宾，同学们！"]


def test_the_address_after_the_first_paragraph_is_no_salutation():
    assert _salutations(BODY + "尊敬的各位嘉宾、老师们！\n让我们共同祝愿学校明天更加美好。\n") == []


def test_a_headlines_clauses_are_no_salutation():
    assert _salutations("亲爱的你，生日快乐！\n" + BODY) == []
