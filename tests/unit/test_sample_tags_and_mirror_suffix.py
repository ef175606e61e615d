"""A 范文 site's other words after a title that ends with its kind — ``例子``, ``范例``, ``模板`` for a
sample, ``简短`` for its length, a count of the piece's characters (``……保证书-600字``) — are
the site's tags, no part of the title (also in the
traditional script: ``……倡議書例子``, ``……開幕詞例文``); and the words a mirror runs on after such a title behind a
space and a hyphen (``……的通告 -某某首页app``) are the page's.  A headline of two phrases apart
by a comma is left whole, a deck behind a bar stays, and a title that does not end with its kind
keeps what follows it.  The texts are written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

BODY = ["亲爱的同学们:", "今天我们在这里举行新年拔河比赛,首先向各位选手表示热烈的欢迎!", "祝比赛圆满成功!"]


@pytest.mark.parametrize(("headline", "title"), [
    ("新年拔河比赛致辞简短", "新年拔河比赛致辞"),
    ("新年拔河比赛致辞例子", "新年拔河比赛致辞"),
    ("节约用水倡議書例子", "节约用水倡議書"),
    ("新年拔河比赛致辞范例", "新年拔河比赛致辞"),
    ("新年拔河比赛致辞例文", "新年拔河比赛致辞"),
    ("2030年秋季運動會開幕詞例文", "2030年秋季運動會開幕詞"),
])
def test_a_sites_tag_after_a_title_that_ends_with_its_kind_goes(headline: str, title: str) -> None:
    assert title_of(headline, *BODY) == title


@pytest.mark.parametrize(("headline", "title"), [
    ("安全文明乘车保证书-600字", "安全文明乘车保证书"),
    ("节约粮食倡议书 800字", "节约粮食倡议书"),
    ("期末考试诚信承诺书—350字", "期末考试诚信承诺书"),
])
def test_a_count_of_characters_after_a_title_that_ends_with_its_kind_goes(headline: str, title: str) -> None:
    assert title_of(headline, *BODY) == title


def test_a_count_after_a_title_that_ends_without_its_kind_stays() -> None:
    assert title_of("我的暑假生活600字", *BODY) == "我的暑假生活600字"


def test_a_headline_of_phrases_apart_by_a_comma_stays_whole() -> None:
    assert title_of("新年致辞,新年致辞简短", *BODY) == "新年致辞，新年致辞简短"


def test_a_title_that_ends_without_its_kind_keeps_its_words() -> None:
    assert title_of("我心中的好榜样例子", *BODY) == "我心中的好榜样例子"
    assert title_of("公文写作常用例文", *BODY) == "公文写作常用例文"


NOTICE = ["各村(社区)、各有关单位:", "根据上级安排,现将2030年端午节放假安排通告如下:", "6月1日至3日放假,共3天。", "特此通告。", "某某镇人民政府"]


def test_a_mirrors_words_after_a_title_that_ends_with_its_kind_go() -> None:
    assert title_of("某某镇人民政府关于2030年端午节放假的通告 -某某娱乐首页app", *NOTICE) == "某某镇人民政府关于2030年端午节放假的通告"


def test_a_deck_behind_a_bar_stays() -> None:
    assert title_of("全镇停水通知 | 将于6月1日晚上10点开始", *NOTICE) == "全镇停水通知 | 将于6月1日晚上10点开始"


def test_a_title_not_ending_with_its_kind_keeps_what_follows_the_hyphen() -> None:
    assert title_of("某某镇端午节放假安排 -2030年", *NOTICE) == "某某镇端午节放假安排 -2030年"
