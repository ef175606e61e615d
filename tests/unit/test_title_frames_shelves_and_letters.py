"""Titles as web pages print them: a title in a box of ornaments over its plain copy, a 范文
site's shelf after a speech's title, a county's bare name before a ``关于`` title, a news feed's
name after it, a letter's title set over two lines, and the page's own headline under the
sidebar's link to it.  The texts are written for the tests."""

from __future__ import annotations

import pytest

import docgen

SPEECH = "尊敬的各位来宾：\n大家好！\n今天我们在这里隆重集会，共同庆祝某某协会成立十周年。\n谢谢大家！\n"
NOTICE = ("为保障群众生命安全，现就有关事项通告如下：\n一、严禁在冰面上行走。\n二、严禁在河道内游泳。\n"
          "特此通告\n某某县水务局\n2031年1月24日\n")


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def texts(speech: docgen.Speech) -> list[str]:
    return [getattr(b, "text", "") for b in speech.blocks]


@pytest.mark.parametrize("framed", ["○  “某某节”联欢会上的致辞  ○", "★ “某某节”联欢会上的致辞 ★", "◆“某某节”联欢会上的致辞◆"])
def test_a_title_in_a_box_of_ornaments_over_its_plain_copy_gives_the_plain_title(framed):
    speech = parse(f"{framed}\n\n“某某节”联欢会上的致辞\n\n{SPEECH}")
    assert speech.meta.title == "“某某节”联欢会上的致辞"
    assert not any("○" in t or "★" in t or "◆" in t for t in texts(speech))


def test_ornaments_that_frame_nothing_alike_stay():
    # two different marks at the ends are no box: the line is left as printed
    speech = parse("○ 某某节联欢会上的致辞 ●\n\n" + SPEECH)
    assert speech.meta.title == "○ 某某节联欢会上的致辞 ●"


@pytest.mark.parametrize("headline, title", [
    ("某某中学奠基仪式上的讲话(领导讲话稿)", "某某中学奠基仪式上的讲话"),
    ("某某中学奠基仪式上的致辞（开幕致辞稿）", "某某中学奠基仪式上的致辞"),
    ("某某中学奠基仪式上的讲话（征求意见稿）", "某某中学奠基仪式上的讲话（征求意见稿）"),  # a drafting stage stays
    ("某某中学奠基仪式上的讲话（讨论稿）", "某某中学奠基仪式上的讲话（讨论稿）"),
])
def test_a_sample_sites_shelf_of_scripts_after_a_speechs_title_is_no_part_of_it(headline, title):
    assert parse(f"{headline}\n{SPEECH}").meta.title == title


@pytest.mark.parametrize("headline, title", [
    ("某城:关于禁止在河道冰面活动的通告", "关于禁止在河道冰面活动的通告"),       # a county's bare name
    ("某城：关于禁止在河道冰面活动的通告_某某今头条", "关于禁止在河道冰面活动的通告"),  # … and a feed's name
    ("某镇:关于禁止在河道冰面活动的通告", "某镇：关于禁止在河道冰面活动的通告"),  # a town's name: the issuer's
    ("某某城区:关于禁止在河道冰面活动的通告", "关于禁止在河道冰面活动的通告"),
])
def test_a_places_bare_name_before_an_about_title_and_a_feeds_name_after_it_are_taken_off(headline, title):
    assert parse(f"{headline}\n\n{NOTICE}").meta.title == title


def test_a_headline_ending_in_headlines_without_a_separator_keeps_the_word():
    assert parse("某某县召开会议研究今年十大头条\n\n" + NOTICE).meta.title == "某某县召开会议研究今年十大头条"


LETTER = "尊敬的各位会员：\n大家好！感谢大家多年来对协会工作的理解和支持。\n某某协会理事会\n2031年6月18日\n"


def test_a_letters_title_set_over_two_lines_is_joined():
    speech = parse("某某市某某协会第八届换届筹备组委会\n致各位会员的一封信\n" + LETTER)
    assert speech.meta.title == "某某市某某协会第八届换届筹备组委会致各位会员的一封信"


def test_a_sites_headline_over_a_letters_own_title_gives_way_to_it():
    speech = parse("某某协会换届筹备工作通知\n\n某某市某某协会第八届换届筹备组委会\n致各位会员的一封信\n" + LETTER)
    assert speech.meta.title == "某某市某某协会第八届换届筹备组委会致各位会员的一封信"


GREETING = ("值此大会隆重召开之际，我们谨致以热烈的祝贺！愿各位乡贤同心协力，共谋发展。祝大会圆满成功！\n"
            "某某市某某文化研究会\n2031年5月20日\n")


def test_a_sites_headline_that_puts_the_sender_before_a_letters_title_gives_way_to_it():
    # the headline names the sender before 致 and shortens the addressee's name; no salutation follows
    speech = parse("某某文化研究会致某某宗亲总会年会贺信\n\n致某某宗亲联谊总会年会贺信\n" + GREETING)
    assert speech.meta.title == "致某某宗亲联谊总会年会贺信"
    assert "某某文化研究会致某某宗亲总会年会贺信" not in texts(speech)


def test_a_headline_with_a_sender_over_another_letter_stays_the_title():
    # the line below is a letter to others (words the headline does not keep): no copy of the headline's
    speech = parse("某某文化研究会致某某宗亲总会年会贺信\n\n致全体理事的新春贺信\n" + GREETING)
    assert speech.meta.title == "某某文化研究会致某某宗亲总会年会贺信"


def test_a_line_over_a_letter_that_names_no_body_is_not_joined():
    speech = parse("春风送暖迎新年\n致各位会员的一封信\n" + LETTER)
    assert speech.meta.title != "春风送暖迎新年致各位会员的一封信"


def test_the_pages_headline_under_the_sidebars_link_to_it_is_the_title():
    page = "| 热门文章 |\n| 推荐文章 |\n| 致全体会员的倡议书 |\n\n致全体会员的倡议书\n\n" + LETTER
    speech = parse(page)
    assert speech.meta.title == "致全体会员的倡议书"


def test_a_related_list_goes_on_over_items_that_differ():
    # only the same words right under the list's last link end it: other links stay its items
    page = "| 推荐文章 |\n| 某某协会召开年会 |\n\n某某协会举办义诊活动\n\n" + LETTER
    speech = parse(page)
    assert not any("义诊" in t or "年会" in t for t in texts(speech))
    assert speech.meta.title != "某某协会举办义诊活动"


HOSTING = ("各位领导、各位来宾：\n大家好！欢迎大家来到某某县第三届读书分享会的现场。\n"
           "本次活动共有十二位选手参加，每位选手限时五分钟。\n")


def test_a_paid_sites_badged_listing_gives_way_to_the_documents_own_title_of_its_kind():
    # ``VIP`` before the site's name for the item; the document's own title, of the same kind, under a date row
    speech = parse("VIP 机关读书分享会主持稿\n2031-03-08 | 阅读:512\n\n某某县第三届读书分享会主持稿\n\n" + HOSTING)
    assert speech.meta.title == "某某县第三届读书分享会主持稿"


def test_a_badged_headline_alone_is_the_title_without_its_badge():
    speech = parse("VIP 机关读书分享会主持稿\n\n" + HOSTING)
    assert speech.meta.title == "机关读书分享会主持稿"


def test_a_headline_without_a_badge_over_a_line_of_its_kind_stays_the_title():
    # no badge marks the headline as a shelf's listing: the line under it stays a line of the text
    speech = parse("机关读书分享会主持稿\n2031-03-08 | 阅读:512\n\n某某县第三届读书分享会主持稿\n\n" + HOSTING)
    assert speech.meta.title == "机关读书分享会主持稿"
