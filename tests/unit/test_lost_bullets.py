"""Lines opening with a question mark right before their text, several in a text, are the
items of a list whose bullets were lost in an encoding: each stays a line of its own, while a
single line opening with a question mark still goes on from the line before.  The examples
are made up."""

from __future__ import annotations

from docgen.cleaner import clean


def kept(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def test_lines_opening_with_a_lost_bullet_stay_lines_of_their_own():
    lines = ["某某馆假期开放安排", "", "一、讲座活动:", "?2月1日(周一)", "?2月3日(周三)",
             "?2月5日(周五) 讲座暂停", "二、其他区域照常开放。"]
    out = kept(lines)
    assert any(text.startswith("一、讲座活动") and text.endswith("：") for text in out)
    assert sum(text[:1] in "?？" and text[1:2] == "2" for text in out) == 3


def test_a_single_line_opening_with_a_question_mark_goes_on_from_the_line_before():
    out = kept(["某某馆假期开放安排", "", "大家知道今年开放多少天吗", "?答案是三十天。"])
    assert any("吗" in text and "答案" in text for text in out)
