"""A forum's anti-copy noise — runs of one or two random letters, digits and marks — as lines of
their own and run into a paragraph: the noise goes, the text stays.  Made-up examples in the shape
such pages have, in full-width and half-width punctuation."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean

NOISE = "( }6 n: c. [' Q$ Q3 e5 s% R' n J0 g! Y8"
FIRST = "开幕词是会议开始时由主持人所作的讲话。"
SECOND = "开幕词具有简明性和口语化的特点。"


def cleaned(*lines: str) -> list[str]:
    return [line.text for line in clean(list(lines)).lines if line.text]


@pytest.mark.parametrize("comma", [",", "，"])
def test_noise_after_a_paragraphs_last_sentence_goes_and_the_text_stays(comma):
    text = FIRST + comma + " z! m5 Q* m# I6 K$ y$ b; b- c2 z\" N"
    assert cleaned("一、开幕词的概念", "", text, "", SECOND)[1] == FIRST


def test_noise_before_a_paragraphs_first_sentence_goes_and_the_text_stays():
    out = cleaned("一、开幕词的概念", "", FIRST, "", "* e# d- O: N. G/ N" + SECOND)
    assert out[-1] == SECOND


def test_a_line_of_noise_alone_goes():
    assert cleaned("一、开幕词的概念", "", NOISE, "", FIRST, "", SECOND) == ["一、开幕词的概念", FIRST, SECOND]


@pytest.mark.parametrize("text", [
    "会议讨论了 PM2.5 O3 NO2 SO2 CO 等指标。",
    "本次考试分 A. B. C. D. E. F. 六个等级。",
    "请选择 a b c d e f 中的一项。",
])
def test_ascii_runs_inside_a_sentence_stay(text):
    assert cleaned(FIRST, "", text) == [FIRST, text]
