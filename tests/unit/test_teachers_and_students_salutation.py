"""A salutation to a school's teachers and students, the body's name before them whatever its
words (``某某在线全体师生：``, ``星光全体教师：``): 师生 and 教师 are words for people addressed,
as 学生 and 老师 are.  Further down the text such a line is a paragraph.  The texts are written
for the tests."""

from __future__ import annotations

import pytest

import docgen
from docgen.model import Salutation

FIRST = "为营造整洁有序的校园环境，根据学校有关规定，现就校园张贴管理有关事项通知如下："
ITEMS = ["一、海报须张贴在指定的公告栏内。", "二、严禁在教学楼墙面张贴任何材料。"]


@pytest.mark.parametrize("name", ["abc在线全体师生：", "星光全体教师：", "星光师生："])
def test_teachers_and_students_after_any_name_are_the_salutation(name: str) -> None:
    first = docgen.parse_text("\n".join([name, FIRST, *ITEMS])).blocks[0]
    assert isinstance(first, Salutation) and first.text == name


def test_such_a_line_further_down_the_text_is_a_paragraph() -> None:
    speech = docgen.parse_text("\n".join([FIRST, "星光全体师生：", *ITEMS]))
    assert not any(isinstance(block, Salutation) for block in speech.blocks)
