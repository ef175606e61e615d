"""A site's blurb on the festival appended under a company's holiday notice: a head naming the
festival's lore (``什么是中秋节``, ``中秋节的由来``) or a paragraph of that lore right under the
notice's closing formula, with what follows it to the end of the text.  The notice's own lines,
a greeting after its closing, and lore that the notice's signature and date follow stay; so does
a text that is no holiday notice.  Every text is made up for the test."""

from __future__ import annotations

from docgen.cleaner import clean

NOTICE = ["某某科技2031年中秋节放假通知", "", "公司全体员工：",
          "根据国务院办公厅通知精神，中秋节是我国的传统节日，现将放假安排通知如下：",
          "9月20日至22日放假，共3天，9月23日正常上班。"]
LORE = "中秋节，又称月夕、秋节、仲秋节，时在农历八月十五，是我国的传统节日之一，由来已久。"


def kept(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def test_a_lore_head_and_its_paragraph_under_a_holiday_notice_are_the_sites_blurb():
    out = kept([*NOTICE, "", "什么是中秋节", "", LORE])
    assert out == [t for t in NOTICE if t]


def test_a_lore_paragraph_right_under_the_closing_formula_is_the_sites_blurb():
    out = kept([*NOTICE, "特此通知！", "", LORE, "那么，中秋节有哪些小知识呢？我们一起来看一下吧。"])
    assert out == [t for t in NOTICE if t] + ["特此通知！"]


def test_the_notices_own_festival_sentence_and_a_greeting_after_its_closing_stay():
    lines = [*NOTICE, "特此通知。", "祝大家中秋节快乐，阖家幸福！"]
    assert kept(lines) == [t for t in lines if t]


def test_lore_that_the_notices_signature_and_date_follow_stays():
    lines = [*NOTICE, "特此通知。", LORE, "某某科技有限公司", "2031年9月15日"]
    assert LORE in kept(lines)


def test_a_text_that_is_no_holiday_notice_keeps_its_lore_heads():
    lines = ["传统文化进校园活动举行", "9月18日，某某小学举办传统文化进校园活动。", "中秋节的由来", LORE]
    assert kept(lines) == lines
