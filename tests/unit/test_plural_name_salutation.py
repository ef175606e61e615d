"""A salutation of one name in the plural, 们 last before its colon: run into the text's first
sentence (``全体村民们：清明将至，……``) the name is the salutation and the rest the first
paragraph; alone on its line (``广大住户街坊们：``) it is the salutation whatever its words.  A
pronoun's 们 (``我们：``) names nobody, and a line of the text further down that opens so stays
a paragraph.  The texts are written for the tests."""

from __future__ import annotations

import pytest

import docgen
from docgen.model import Paragraph, Salutation

FIRST = "清明将至，祭扫活动增多，火灾隐患随之增加。为此，我们发出如下倡议。"
BODY = ["一是文明祭扫，提倡鲜花祭扫、网络祭扫。", "二是安全出行，注意交通和防火安全。"]


def parse(*lines: str) -> docgen.Speech:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


@pytest.mark.parametrize("name", ["全体村民们", "广大居民朋友们", "各村的乡亲们"])
def test_one_name_in_the_plural_run_into_the_first_sentence_is_the_salutation(name: str) -> None:
    speech = parse("文明祭扫倡议书", f"{name}：{FIRST}", *BODY)
    first, second = speech.blocks[:2]
    assert isinstance(first, Salutation) and first.text == f"{name}："
    assert isinstance(second, Paragraph) and second.text.startswith("清明将至")


@pytest.mark.parametrize("lead", ["我们", "今天我们"])
def test_a_pronoun_is_no_name_addressed(lead: str) -> None:
    speech = parse("文明祭扫倡议书", f"{lead}：{FIRST}", *BODY)
    assert not any(isinstance(block, Salutation) for block in speech.blocks)


def test_further_down_the_text_such_a_line_is_a_paragraph() -> None:
    speech = parse("文明祭扫倡议书", FIRST, f"孩子们：{BODY[0]}", BODY[1])
    assert not any(isinstance(block, Salutation) for block in speech.blocks)


@pytest.mark.parametrize("name", ["广大住户街坊们", "全镇的诸位街坊们"])
def test_a_line_of_one_name_in_the_plural_is_the_salutation(name: str) -> None:
    first = parse("文明祭扫倡议书", f"{name}：", FIRST, *BODY).blocks[0]
    assert isinstance(first, Salutation) and first.text == f"{name}："


def test_a_pronoun_alone_on_its_line_is_no_salutation() -> None:
    speech = parse("文明祭扫倡议书", "我们：", FIRST, *BODY)
    assert not any(isinstance(block, Salutation) for block in speech.blocks)
