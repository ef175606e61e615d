"""The leftovers of 范文 pages and generated texts — the generator's note under a speech, a
bare page number, a picture's heading and file name, a related-list head, an empty download
label, a reader login — are dropped; the speech's own lines stay."""

from __future__ import annotations

from docgen.cleaner import clean

SPEECH = [
    "读者登录",
    "在植树节活动上的讲话",
    "",
    "各位同学:",
    "今天,我们在这里举行植树节活动,共同为校园添一抹新绿。",
    "希望大家爱护每一棵树,让绿色伴随我们成长。谢谢大家!",
    "",
    "活动图片",
    "",
    "A7KD2209",
    "",
    "305518",
    "这篇讲话稿旨在号召同学们爱护树木,语言亲切且富有感染力,符合植树节活动场合的需求。希望对你有所帮助!",
    "附件下载链接:",
    "植树节讲话稿的相关文章",
]


def test_the_leftovers_of_a_fanwen_page_are_dropped_and_the_speech_kept():
    kept = [line.text for line in clean(SPEECH).lines if line.text]
    assert kept == [
        "在植树节活动上的讲话",
        "各位同学：",
        "今天，我们在这里举行植树节活动，共同为校园添一抹新绿。",
        "希望大家爱护每一棵树，让绿色伴随我们成长。谢谢大家！",
    ]


def test_a_note_on_the_text_inside_the_speech_is_kept():
    lines = ["同志们:", "以上内容请各单位认真贯彻落实。", "这篇文章写出了我们共同的心声。"]
    kept = [line.text for line in clean(lines).lines]
    assert kept[1:] == ["以上内容请各单位认真贯彻落实。", "这篇文章写出了我们共同的心声。"]


def test_a_lone_article_number_ending_the_text_is_dropped_but_no_date_or_value():
    body = ["各位同学:", "今天我们在这里隆重集会,庆祝同学们顺利毕业。谢谢大家!"]
    assert [line.text for line in clean([*body, "", "530291"]).lines if line.text][-1].startswith("今天")
    assert [line.text for line in clean([*body, "2022911"]).lines][-1] == "2022911"
    assert [line.text for line in clean([*body, "联系电话:", "5302918"]).lines][-1] == "5302918"
