"""A site's machine translation of a Chinese text, appended under it as a paragraph wholly in
Latin script, is no part of the document; Latin text inside the Chinese text stays.  The
pages are written for the test, with half-width punctuation as a search index keeps it."""

from __future__ import annotations

import docgen

SPEECH = ("各位来宾、女士们、先生们:今天,我们在这里隆重集会,共同庆祝某某学校建校六十周年,"
          "我谨代表全县人民向大家表示热烈的欢迎。\n")
TRANSLATION = ("Distinguished guests, ladies and gentlemen: Today we gather here to celebrate the "
               "60th anniversary of the school, and on behalf of the people I extend a warm welcome.\n")


def _printed(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks]


def test_a_latin_paragraph_under_the_chinese_text_goes():
    printed = _printed(SPEECH + TRANSLATION)
    whole = "\n".join(printed)
    assert "Distinguished guests" not in whole, printed
    assert "建校六十周年" in whole, printed


def test_a_latin_paragraph_between_chinese_paragraphs_stays():
    closing = "最后,祝愿某某学校越办越好,祝各位身体健康、工作顺利!\n"
    printed = _printed(SPEECH + TRANSLATION + closing)
    assert any("Distinguished guests" in t for t in printed), printed
    assert any("越办越好" in t for t in printed), printed


def test_a_short_latin_line_under_the_text_stays():
    printed = _printed(SPEECH + "Thank you very much.\n")
    assert any("Thank you" in t for t in printed), printed


def test_a_bilingual_sample_cut_off_in_its_english_keeps_its_last_english_paragraph():
    # a sample that renders each line under it, ending with its last paragraph's English
    sample = ("各位老师,亲爱的同学们:\nDear teachers and students:\n"
              "大家上午好!\nGood morning, everyone!\n" + SPEECH + TRANSLATION)
    printed = _printed(sample)
    assert any("Distinguished guests" in t for t in printed), printed
    assert any("Good morning" in t for t in printed), printed


def test_one_english_line_above_does_not_make_a_text_bilingual():
    # near miss: one Latin-script line under the salutation, the rest Chinese — the appended
    # translation at the end still goes
    printed = _printed("各位老师,亲爱的同学们:\nDear teachers and students:\n" + SPEECH + TRANSLATION)
    assert not any("Distinguished guests" in t for t in printed), printed
