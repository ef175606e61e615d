"""Every numbering family is found through the quick check of a line's first character."""

import pytest

from docgen.shapes import patterns as S

#: One line per family of ``S.FAMILIES``, in its order, and the number the family reads in it.
EXAMPLES = {
    "di-part": ("第一部分 总体要求", "第一部分"),
    "di-chapter": ("第三章　保障措施", "第三章"),
    "di-section": ("第二节 一般规定", "第二节"),
    "di-ordinal": ("第一，提高站位。", "第一，"),
    "cn-comma": ("十二、组织保障", "十二、"),
    "cn-colon": ("三：会议职责", "三："),
    "cn-paren": ("（三）加强督查", "（三）"),
    "decimal-3": ("1.2.3 预警发布", "1.2.3"),
    "decimal-2": ("2.1 组织体系", "2.1"),
    "decimal-1": ("3 应急响应", "3"),
    "arabic-dot": ("１．坚持问题导向", "１．"),
    "arabic-paren": ("(2)完善机制", "(2)"),
    "arabic-half-paren": ("3）购车享三年质保", "3）"),
    "circled": ("⑳补充条款", "⑳"),
    "cn-shi": ("三是抓好落实", "三是"),
    "cn-yao": ("一要提高认识", "一要"),
    "sequence": ("其次，要抓落实。", "其次"),
}


def test_every_family_has_an_example():
    assert list(EXAMPLES) == [family.name for family in S.FAMILIES]


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_each_family_is_found(name):
    text, number = EXAMPLES[name]
    found = S.match_number(text)
    assert found is not None and found[0].name == name and found[1] == number


def test_a_line_starting_otherwise_is_no_number():
    assert S.match_number("关于印发某某办法的通知") is None
    assert S.match_number("") is None


def test_the_starts_cover_every_pattern():
    """No family can match a line whose first character is outside the starts: each pattern's
    first character class, tried on every character of the Basic Multilingual Plane."""
    starts = {chr(c) for c in range(0x20, 0xFFFF) if not (0xD800 <= c <= 0xDFFF)}
    outside = [c for c in starts if c not in S.NUMBER_STARTS and not c.isdecimal()]
    probes = ("、", "一、", "部分 总则", "章 总则", "节 总则", "，", "）", "是", "要", ".1 总则",
              " 总则", ".1.1 总则", "1.1 总则", "1 总则", ". 总则", "1）", "一）")
    for c in outside:
        for probe in probes:
            assert not any(f.pattern.match(c + probe) for f in S.FAMILIES), c + probe


def test_an_item_numbered_with_a_comma_may_start_with_a_figure():
    found = S.match_number("3、3月6日于某某处设点宣传")
    assert found is not None and found[1] == "3、"
    assert S.match_number("1.8月30日前完成") is None  # a decimal point before a figure: a date
    assert S.match_number("1、2、3号楼停水") is None  # a list of numbers, no item
