"""A title carries no closing full stop (GB/T 9704): the 。 a page closed a headline or a subject
line with is not printed; a ？ or ！ that ends a title, and a closing mark before the 。, stay."""

from __future__ import annotations

import pytest

import docgen
from docgen.model import Meta
from docgen.parser.titles import unled, unstopped

BODY = "一、各校要加强值班值守，发现险情及时报告。"


def parsed(*lines: str, **kwargs):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text", **kwargs)


def test_a_subject_line_closed_by_a_full_stop_is_the_title_without_it():
    speech = parsed("某某台风第三号通报，请查照。", "", BODY, "二、如有灾情请于当日上报。")
    assert speech.meta.title == "某某台风第三号通报，请查照"


def test_a_messages_headline_under_its_genre_label_loses_its_full_stop():
    speech = parsed("致辞", "以匠心做产品，我们将走向更广阔的市场。",
                    "公司成立二十年来，始终坚持质量第一，产品远销海内外，赢得了客户的信赖和好评。")
    assert speech.meta.title == "以匠心做产品，我们将走向更广阔的市场"


@pytest.mark.parametrize("title, printed", [
    ("某某协会举行年会。", "某某协会举行年会"),
    ("某某活动圆满结束！", "某某活动圆满结束！"),      # an exclamation is the headline's own
    ("我们为什么要读书？", "我们为什么要读书？"),
    ("学习“某某精神”。", "学习“某某精神”"),          # the closing quote before the stop stays
    ("某某纪念馆（新馆）。", "某某纪念馆（新馆）"),
    ("“同心圆”。”", "“同心圆”。”"),                 # a stop inside the quotation is no closing one
    ("。", "。"),
])
def test_only_a_closing_full_stop_goes(title, printed):
    assert unstopped(title) == printed


def test_the_users_own_title_is_printed_as_given():
    speech = parsed("某某台风第三号通报，请查照。", "", BODY, overrides=Meta(title="关于某某工作的说明。"))
    assert speech.meta.title == "关于某某工作的说明。"


def test_a_headline_led_by_a_colon_without_its_label_is_the_title_without_it():
    speech = parsed(":某某日报2001新年献词", "", "迎着新年的太阳，我们向读者道一声问候，也向过去的一年告别。",
                    "这一年，我们走过许多地方，记下许多故事，也收到许多来信。")
    assert speech.meta.title == "某某日报2001新年献词"


@pytest.mark.parametrize("title, printed", [
    ("：某某报新年献词", "某某报新年献词"),
    ("某某发表新年贺辞：兔年万事顺遂", "某某发表新年贺辞：兔年万事顺遂"),  # a colon inside stays
    ("：", "："),
])
def test_only_a_leading_colon_goes(title, printed):
    assert unled(title) == printed
