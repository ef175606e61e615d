"""A 倡议书 whose title is set over two lines, its kind alone on the second (``文明祭扫过清明`` /
``承诺书``): a word of two characters and 书 closes the title as a genre word does, when the text
starts under it (a phrase ending in 书, ``天天读书``, names no kind).  The texts are written for
the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

FIRST = "清明将至，祭扫活动增多，火灾隐患随之增加。为此，我们发出如下倡议。"
BODY = ["一是文明祭扫，提倡鲜花祭扫、网络祭扫。", "二是安全出行，注意交通和防火安全。"]


@pytest.mark.parametrize("kind", ["承诺书", "提议书"])
def test_a_kind_of_writing_alone_under_the_headline_words_closes_the_title(kind: str) -> None:
    assert title_of("文明祭扫过清明", kind, FIRST, *BODY) == f"文明祭扫过清明{kind}"


def test_a_phrase_ending_in_shu_is_no_kind_of_writing() -> None:
    assert title_of("全民阅读月启动", "天天读书", "4月1日，全民阅读月活动在市图书馆启动。市民纷纷前来借阅。") == "全民阅读月启动"
