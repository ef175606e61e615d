"""Titles of page texts, continued: lines over a text without a headline that are no title (a
label in English, a photo's caption), and page lines over a title that are no part of it (a date
widget, a repost's rights notice).  Each case is made up for the test in the shape such texts
have, in full-width and half-width punctuation."""

from __future__ import annotations

import pytest

import docgen

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"
BODY_HALF = "会议指出,今年各项工作任务重、要求高,各单位要提高认识,认真抓好落实。"


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def printed(speech) -> str:
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


@pytest.mark.parametrize("line", ["media center", "news & events"])
@pytest.mark.parametrize("body", [BODY, BODY_HALF])
def test_a_label_in_english_in_small_letters_alone_over_a_chinese_text_is_no_title(line, body):
    assert parsed(line, "", body, "", body).meta.title is None


@pytest.mark.parametrize("line", ["誓师大会现场", "图为签约仪式"])
@pytest.mark.parametrize("body", [BODY, BODY_HALF])
def test_a_photos_caption_alone_over_a_text_is_no_title(line, body):
    assert parsed(line, body, "", body).meta.title is None


@pytest.mark.parametrize("widget", ["今天是:2021年3月9日", "今天是：2021年3月9日 星期二"])
def test_a_date_widget_with_a_colon_over_a_title_is_no_part_of_it(widget):
    speech = parsed(widget, "", "关于做好春季防火工作的通知", "", "各村（社区）：", BODY)
    assert speech.meta.title == "关于做好春季防火工作的通知"
    assert "今天是" not in printed(speech)


@pytest.mark.parametrize("notice", ["版权归原作者如有侵权请联系我们", "版权归原作者所有,如有侵权请联系删除"])
def test_a_reposts_rights_notice_over_an_untitled_text_is_chrome_and_no_title(notice):
    speech = parsed("来源:某某文明网", notice, BODY, "", BODY_HALF)
    assert speech.meta.title is None
    assert "侵权" not in printed(speech)


@pytest.mark.parametrize("start, end", [("The Beginning", "THE END"), ("THE BEGINNING", "The End.")])
def test_a_templates_bookends_in_english_around_an_untitled_text_are_chrome(start, end):
    speech = parsed(start, "广大居民朋友:", BODY_HALF, "", BODY, end)
    assert speech.meta.title is None
    text = printed(speech)
    assert "BEGINNING" not in text.upper() and "THE END" not in text.upper()


MESSAGE = "我们始终坚持以客户为中心，不断提升产品和服务的品质，与合作伙伴携手共进，共同创造更美好的明天。"


@pytest.mark.parametrize("headline", ["以匠心铸就品质，我们将开拓新的市场。", "携手同行,我们将共同迎接新的挑战。"])
def test_a_messages_headline_sentence_under_its_genre_label_is_the_title(headline):
    speech = parsed("致辞", headline, MESSAGE, MESSAGE, "董事长某某某")
    # the comma as cleaning writes it; the full stop goes (GB/T 9704 sets none after a title)
    assert speech.meta.title == headline.replace(",", "，").removesuffix("。")
    assert "致辞" not in printed(speech)


def test_a_labels_post_before_the_genre_keeps_the_label_the_title():
    opening = "衷心感谢关注某某集团有限公司的每一位朋友，因为您的信任与支持，公司得以稳步发展。"
    speech = parsed("总经理致辞", opening, MESSAGE, "总经理：某某某")
    assert speech.meta.title == "总经理致辞"


@pytest.mark.parametrize("headline, meta", [
    ("某某县关于实施临时交通管制的通告(某某县交通管理局)", "社会热点2023-05-06 08:12:40未知"),
    ("某某市关于实施临时交通管制的通告（某某市公安局）", "本地新闻 2023-05-06 08:12 某某晚报"),
])
def test_an_aggregators_headline_holding_the_notices_own_title_is_no_title(headline, meta):
    speech = parsed(headline, meta, headline, "关于实施临时交通管制的通告", BODY_HALF, "特此通告。",
                    "某某县公安局", "2023年5月5日", "本文标签: ,车辆 ,交通 ,通告")
    assert speech.meta.title == "关于实施临时交通管制的通告"
    text = printed(speech)
    assert "标签" not in text and "2023-05-06" not in text and "交通管理局" not in text


@pytest.mark.parametrize("title, text", [
    ("某某中学校长开学致辞", "秋风送爽，丹桂飘香。新的学期开始了，我们又回到了美丽的校园。"),
    ("在某某大会上的讲话", "同志们,这次会议很重要。大家要认真学习,抓好落实。"),
])
def test_a_speech_title_run_into_its_text_on_one_line_is_split_off(title, text):
    speech = parsed(f"{title} {text}")
    assert speech.meta.title == title
    assert printed(speech).startswith(text[:3])


@pytest.mark.parametrize("title", ["2031年“某某杯”书画展开幕致辞", "某某中学校长开学致辞"])
def test_a_speech_title_printed_twice_before_its_text_on_one_line_is_the_title_once(title):
    text = "尊敬的各位来宾：大家上午好！秋风送爽，丹桂飘香。新的学期开始了，我们又回到了美丽的校园。"
    speech = parsed(f"{title}{title} {text}")
    assert speech.meta.title == title
    assert title not in printed(speech)


def test_a_line_that_opens_with_a_word_said_twice_is_not_taken_for_a_doubled_title():
    speech = parsed("好好学习好好学习 天天向上。大家要认真学习，抓好落实。", BODY)
    assert speech.meta.title != "好好学习"


@pytest.mark.parametrize("line", ["校长致辞 ——在某某大会上的讲话。", "校长致辞 某某 某某 某某"])
def test_a_speech_title_over_a_subtitle_or_a_row_of_names_is_not_split(line):
    speech = parsed(line, "", BODY)
    assert not any("speech title run into" in (d.message or "") for d in speech.diagnostics)
