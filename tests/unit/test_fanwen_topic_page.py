"""A 范文 site's topic page as its browser text: the site's tagline, the editor's framing
sentence under the headline, the piece's label (the headline with the site's 篇1), a question
and pointer over a sample, the generator's note under a written speech and the comment box's
head are dropped; the headline and the speech stay.  Made up in the shape such pages have,
with the half-width punctuation of a browser copy."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean

HEADLINE = "开工仪式上的讲话"
SPEECH = ["尊敬的各位来宾,同志们:", "今天,我们在这里隆重举行某某项目开工仪式。", "祝开工仪式圆满成功!谢谢大家!"]


def kept(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def test_the_framing_of_a_fanwen_topic_page_is_dropped_and_the_speech_kept():
    page = [HEADLINE, "", "发布时间:2030-05-13 17:52", "",
            "每当项目开工,通常都会举行开工仪式。下面是小编给大家整理的开工仪式上的讲话,仅供参考。", "",
            HEADLINE + "篇1", "", *SPEECH, "",
            "这篇内容既贴合您的要求,又不失新意,希望能满足您的期待。",
            HEADLINE + "的评论条评论"]
    assert kept(page) == [HEADLINE, "尊敬的各位来宾，同志们：", "今天，我们在这里隆重举行某某项目开工仪式。",
                          "祝开工仪式圆满成功！谢谢大家！"]
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == HEADLINE


def test_a_fanwen_sites_tagline_over_a_notice_is_dropped_and_is_no_title():
    page = ["优秀实用范文分享", "各乡(镇)人民政府,县直各部门:", "现将春节放假有关事项通知如下:",
            "一、春节放假7天。", "某某县人民政府办公室"]
    assert kept(page)[0] == "各乡（镇）人民政府，县直各部门："
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title is None


def test_a_question_and_pointer_over_a_sample_is_dropped():
    page = [HEADLINE, "", "关于开工仪式类主题的讲话,怎么写最能打动人呢?大家可以参考下面这段话。", "", *SPEECH]
    assert kept(page)[:2] == [HEADLINE, "尊敬的各位来宾，同志们："]


def test_a_headline_with_its_piece_number_alone_stays_the_title():
    # no headline above it: the numbered line is the page's only headline, never a repeat
    page = [HEADLINE + " 篇1", "", *SPEECH]
    assert kept(page)[0] == HEADLINE + " 篇1"
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == HEADLINE


def test_a_speakers_own_pointer_to_what_follows_is_kept():
    lines = ["同志们:", "下面是我整理的几点体会,供大家参考。", "第一,要提高认识。"]
    assert kept(lines)[1] == "下面是我整理的几点体会，供大家参考。"
