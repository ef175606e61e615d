"""Each cleaning rule does what its docstring's example shows; rules can be turned off;
cleaning twice changes nothing, on generated text as on real text; punctuation keeps numbers,
URLs and Latin text, and placeholders are never touched."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docgen.cleaner import RULE_NAMES, Context, Line, clean
from docgen.cleaner.punctuation import normalise
from docgen.cleaner.rules import RULES
from docgen.errors import UsageError


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_the_docstring_example_is_what_the_rule_does(rule):
    examples = rule.examples()
    assert examples, f"{rule.name} has no example"
    for before, after in examples:
        ctx = Context(rule=rule.name)
        got = rule.func([Line(n, text) for n, text in enumerate(before, 1)], ctx)
        assert [line.text for line in got] == after


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_change_is_recorded_with_line_text_and_reason(rule):
    before, after = rule.examples()[0]
    ctx = Context(rule=rule.name)
    rule.func([Line(n, text) for n, text in enumerate(before, 1)], ctx)
    if before != after or rule.name == "placeholders":
        assert ctx.diagnostics
    for d in ctx.diagnostics:
        assert d.message.startswith(f"{rule.name}: ")
        assert d.line is not None and d.text is not None


def test_rules_can_be_turned_off_one_by_one_or_in_a_list():
    lines = ["中词库 / www.zciku.com", "同志们:", "今天召开会议,很重要。"]
    assert [l.text for l in clean(lines).lines] == ["同志们：", "今天召开会议，很重要。"]
    kept = clean(lines, skip=["banners,punctuation"]).lines
    assert [l.text for l in kept] == lines
    with pytest.raises(UsageError, match="unknown cleaning rule.*nonsense"):
        clean(lines, skip=["nonsense"])


@pytest.mark.parametrize("before, after", [
    ("会议于10:30开始,共1,000人参加。", "会议于10:30开始，共1,000人参加。"),
    ("详见http://www.gov.cn/a,b;c.html,请查阅", "详见http://www.gov.cn/a,b;c.html，请查阅"),
    ("发邮件至office@example.gov.cn,谢谢!", "发邮件至office@example.gov.cn，谢谢！"),
    ("他说:\"我们要坚持'两个确立'。\"", "他说：“我们要坚持‘两个确立’。”"),
    ('"五个坚持"要求,"三服务"能力', "“五个坚持”要求，“三服务”能力"),
    ('“五个坚持"要求', "“五个坚持”要求"),
    ("使用Python, Java和C语言", "使用Python, Java和C语言"),
    ("函数f(x)的值", "函数f(x)的值"),
    ("国内生产总值(GDP)增长(2023年)", "国内生产总值（GDP）增长（2023年）"),
    ("（一)加强领导", "（一）加强领导"),
    ("不得不开。。。等等...", "不得不开……等等……"),
    ("这就是--我们的目标", "这就是——我们的目标"),
    ("2023-2025年规划", "2023-2025年规划"),
    ("It's the \"best\" plan.", "It's the \"best\" plan."),
    ("王**同志、XX县和××镇", "王**同志、XX县和××镇"),
])
def test_punctuation(before, after):
    assert normalise(before) == after
    assert normalise(after) == after


def test_placeholders_are_listed_and_untouched():
    text = "请XX县、××镇和王**同志于2024年X月X日前报送，截止____。"
    result = clean([text])
    assert [l.text for l in result.lines] == [text]
    found = [d.text for d in result.diagnostics if d.code == "placeholder"]
    assert found == ["XX", "××", "**", "X", "X", "____"]
    assert all(d.level == "warning" for d in result.diagnostics if d.code == "placeholder")


def test_year_with_circles_is_not_a_placeholder():
    result = clean(["二○○八年，我们召开会议。"])
    assert not [d for d in result.diagnostics if d.code == "placeholder"]


def test_a_lone_time_line_of_a_notice_is_kept():
    lines = ["会议通知", "时间：2024年3月1日上午9时", "地点：县政府三楼会议室"]
    assert [l.text for l in clean(lines).lines] == lines


def test_a_sentence_about_icp_filing_is_kept():
    line = "各网站要按规定办理ICP备案手续。"
    assert [l.text for l in clean([line]).lines] == [line]


def test_a_heading_is_never_glued_to_its_neighbour():
    lines = ["一、提高思想认识", "党的十八大以来，我们取得了很大成绩，但也要看到存在的问题和不足之处", "（一）坚定理想信念",
             "同志们：", "XX县人民政府", "2024年3月1日"]
    assert [l.text for l in clean(lines).lines] == lines


# --------------------------------------------------------------------------- idempotence

_PIECES = st.sampled_from([
    "同志们：", "我们要", "坚持", "“", "”", "\"", "'", ",", "，", "。", ".", "...", "。。。", "--",
    "(", ")", "（", "）", ":", "：", ";", "?", "!", " ", "　", "\t", "XX", "××", "王**", "2024年",
    "10:30", "1,000", "www.example.gov.cn", "Python", "一、", "（一）", "1.", "一是", "来源：网络",
    "上一篇：", "第1页 共3页", "&nbsp;", "&ldquo;", "<br>", "[image: a.png]", "的", "了", "、", "……",
    "ＡＢ２", "——", "谢谢大家！", "\u200b", "\x07", "相关阅读", "http://a.cn/x?y=1", "发展", "会议",
])
_LINE = st.lists(_PIECES, max_size=14).map("".join)
_TEXT = st.lists(st.one_of(_LINE, st.just("")), min_size=1, max_size=12)


def _texts(result) -> list[str]:
    return [line.text for line in result.lines]


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_cleaning_twice_changes_nothing(lines):
    once = _texts(clean(lines))
    assert _texts(clean(once)) == once


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("中文会议,，.。\"“”'‘’()（）:：;!?XＸ×* -—…\n　a1"), max_size=60))
def test_punctuation_twice_changes_nothing(text):
    assert normalise(normalise(text)) == normalise(text)


def test_rule_names_are_unique_and_documented():
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    assert all(rule.summary for rule in RULES)
