"""A page's description over a text that repeats a stretch of it cut out blindly — from inside
one line on past that line's end into the next — is no part of the text; a first line the text
says again inside one line, or from a line's start, stays.  Made-up pages, with half-width
punctuation as a search index keeps them."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean

OPENING = "为做好秋季学期的开学准备工作,保障师生安全,学校决定开展校园设施检查。具体安排如下:"
ITEMS = [
    "1. 检查范围:全校教学楼、宿舍楼和食堂的消防设施。",
    "2. 检查时间:8月20日至8月25日。",
    "3. 检查要求:各部门指定专人配合,发现问题当场登记。",
]


def _printed(text: str) -> list[str]:
    speech = docgen.parse_text(text)
    return [t for t in (speech.meta.title,) if t] + [b.text for b in speech.blocks]


def _page(first: str) -> str:
    return "\n".join([first, "各位教职工:", OPENING, *ITEMS, "某某学校后勤处", ""])


def test_a_window_cut_across_a_lines_end_goes():
    teaser = "具体安排如下:1.检查范围:全校教学楼、宿舍楼和食堂的消防设施。"
    printed = _printed(_page(teaser))
    assert sum("全校教学楼" in t for t in printed) == 1, printed
    assert any(t.startswith("各位教职工") for t in printed), printed
    assert any("具体安排如下" in t for t in printed), printed


def test_the_salutation_under_such_a_window_is_read():
    speech = docgen.parse_text(_page("具体安排如下:1.检查范围:全校教学楼、宿舍楼和食堂的消防设施。"))
    salutations = [b.text for b in speech.blocks if type(b).__name__ == "Salutation"]
    assert salutations == ["各位教职工："], salutations


def test_a_line_said_again_inside_one_line_stays():
    first = "保障师生安全,学校决定开展校园设施检查。"
    printed = _printed(_page(first))
    assert sum("保障师生安全" in t for t in printed) == 2, printed


def test_a_line_said_again_from_a_lines_start_stays_for_other_rules():
    first = "2. 检查时间:8月20日至8月25日。3. 检查要求:各部门"
    printed = _printed(_page(first))
    assert sum("8月20日至8月25日" in t for t in printed) == 2, printed


def test_a_headline_said_again_after_a_counter_glued_to_it_stays():
    title = "某某市水利局关于某某水库向下游河道开闸放水的紧急通知"
    kept = clean([title, "点击:1234某某市水利局", "关于某某水库向下游河道开闸放水的紧急通知", "沿河各乡镇、各有关单位:",
                  "接上级通知,某某水库将于7月24日开闸放水,请做好安全防范工作。", "某某市水利局"]).lines
    assert kept[0].text == title, [line.text for line in kept]
