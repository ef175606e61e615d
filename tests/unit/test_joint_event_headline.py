"""A headline set over two lines whose second opens with 暨, joining a second event to the first
(``某某同乡会举行庆祝中秋节`` / ``暨成立十周年联欢会。``): 暨 never opens a line of its own, so the
two lines are the title — without the full stop a page closed it with, and without a writer's
credit run on after it (``张三撰文``).  The texts are written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

BODY = ["韶光易逝，岁月不留。本会自成立以来，会员人数逐年增加，现有会员三百多人。",
        "当晚来自四面八方的乡亲父老和嘉宾朋友准时光临道贺，宴开二十席，气氛热烈。"]


@pytest.mark.parametrize("second", ["暨成立十周年联欢会。 张三撰文", "暨成立十周年联欢会", "暨成立十周年联欢会 李四供稿"])
def test_a_second_line_opening_with_ji_goes_on_with_the_headline(second: str) -> None:
    assert title_of("某某同乡会举行庆祝中秋节", second, *BODY) == "某某同乡会举行庆祝中秋节暨成立十周年联欢会"


def test_under_a_column_label_too() -> None:
    lines = ["首页", "社团新闻", "某某同乡会举行庆祝中秋节", "暨成立十周年联欢会。 张三撰文", *BODY]
    assert title_of(*lines) == "某某同乡会举行庆祝中秋节暨成立十周年联欢会"


def test_a_writers_credit_after_a_one_line_headline_is_no_part_of_it() -> None:
    assert title_of("某某同乡会举行中秋联欢会 张三撰文", *BODY) == "某某同乡会举行中秋联欢会"
