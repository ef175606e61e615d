"""A Q&A page copied as text: the question over its placeholder for details asked with none
(``如题所述``), an answer holding a sample document, and the page's labels under it (``温馨提示:
答案为网友推荐,仅供参考``, ``相似回答``).  The question, the placeholder and the labels go — the
question is the page's heading, not the sample's title; the sample stays.  The texts are
written for the tests."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean

SAMPLE = [
    "尊敬的各位居民:",
    "垃圾分类关系到每个人的生活环境,我们向大家发出如下倡议。",
    "1、从自己做起,在家中备好分类垃圾桶。",
    "让我们携手行动,共建美丽家园!",
]


def cleaned(*lines: str) -> list[str]:
    return [line.text for line in clean(list(lines)).lines if line.text]


def page(question: str, placeholder: str = "如题所述") -> list[str]:
    return [question, "", placeholder, "", *SAMPLE, "", "温馨提示:答案为网友推荐,仅供参考", "相似回答"]


def test_the_question_its_placeholder_and_the_labels_go():
    assert cleaned(*page("垃圾分类倡议书怎么写 社区")) == [s.replace(",", "，").replace(":", "：").replace("!", "！")
                                                        for s in SAMPLE]


def test_a_question_in_traditional_characters_ending_in_a_question_mark():
    out = cleaned(*page("垃圾分類倡議書怎麼寫？", "如題所述"))
    assert out[0].startswith("尊敬的各位居民")
    assert len(out) == len(SAMPLE)


def test_the_question_is_no_title():
    text = "\n".join(page("垃圾分类倡议书怎么写 社区")) + "\n"
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title is None


def test_a_statement_over_the_placeholder_stays():
    # a line that states something (a full stop) is no question: only the placeholder goes
    out = cleaned("本文介绍垃圾分类倡议书的写法。", "", "如题所述", "", *SAMPLE)
    assert out[0] == "本文介绍垃圾分类倡议书的写法。"
    assert "如题所述" not in out


def test_a_line_that_merely_mentions_the_phrase_stays():
    line = "如题所述，本倡议书共分三个部分。"
    assert line in cleaned("垃圾分类倡议书", "", line, "", *SAMPLE)


def test_a_title_without_a_placeholder_under_it_stays():
    text = "垃圾分类倡议书\n\n" + "\n".join(SAMPLE) + "\n"
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == "垃圾分类倡议书"
