"""Titles of web texts copied as plain text: a message of congratulation whose genre word is
spaced out alone over its addressee.  The texts are written for the tests."""

from __future__ import annotations

import pytest

import docgen

MESSAGE = "获悉某某协会成立大会即将召开，特此致电表示热烈祝贺！\n祝大会圆满成功！\n某某省某某会 贺\n2030.9.21\n"


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


@pytest.mark.parametrize("addressee", ["致：某某市某某协会", "致:某某市某某协会", "某某市某某协会："])
@pytest.mark.parametrize("genre", ["贺 电", "贺电", "賀 電"])
def test_a_spaced_out_genre_word_over_an_addressee_is_the_title_set_solid(genre: str, addressee: str):
    parsed = parse(f"{genre}\n{addressee}\n{MESSAGE}")
    assert parsed.meta.title == genre.replace(" ", "")
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert any(t.startswith("获悉某某协会") for t in texts)


NEWS = "3月5日上午，某某小学在操场上举行了本周的升旗仪式。\n担任本周升旗手的是三（2）班的同学。\n"


def test_a_kicker_of_two_unequal_slogans_gives_way_to_the_longer_headline_under_it():
    parsed = parse(f"热爱家乡 建设美好新家园\n某某小学某某校区第5周升旗仪式顺利举行\n{NEWS}")
    assert parsed.meta.title == "某某小学某某校区第5周升旗仪式顺利举行"


def test_two_unequal_phrases_over_a_shorter_line_stay_the_title():
    parsed = parse(f"热爱家乡 建设美好新家园\n某某小学升旗仪式\n{NEWS}")
    assert parsed.meta.title == "热爱家乡 建设美好新家园"


REPORT = "近日，某地农村的村民们都在忙着选举新一届村委会。\n这次选举，有些地方实行了直接选举的办法。\n"


def test_a_page_headline_that_wraps_the_articles_headline_in_brackets_gives_way_to_it():
    for left, right in (("(", ")"), ("（", "）")):
        parsed = parse(f"某某社披露新一届村委诞生过程{left}某地村委班子换届{right}\n\n某地村委班子换届\n\n{REPORT}")
        assert parsed.meta.title == "某地村委班子换届"
        texts = [getattr(b, "text", "") for b in parsed.blocks]
        assert texts[0].startswith("近日")


def test_a_headline_with_a_note_in_brackets_over_another_line_stays_the_title():
    parsed = parse(f"某地村委班子换届（图）\n\n某地农村选举纪实\n\n{REPORT}")
    assert parsed.meta.title != "某地农村选举纪实"


@pytest.mark.parametrize("genre", ["主持词", "主持词范文", "开幕词", "閉幕詞"])
def test_a_hosts_script_title_run_into_its_salutation_on_one_line_is_the_title(genre: str):
    parsed = parse(f"某县体育馆奠基仪式{genre} 尊敬的各位领导、各位来宾: 大家好。今天，我们在这里隆重举行奠基仪式。"
                   "下面，请县长讲话。 谢谢大家。\n")
    assert parsed.meta.title == f"某县体育馆奠基仪式{genre.removesuffix('范文')}"  # (a site's tag: no part of it)
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert any("隆重举行奠基仪式" in t for t in texts)


LETTER = "尊敬的某某局领导:\n您好!现将有关情况说明如下。\n一、基本情况\n本会原定于5月召开会员大会。\n此致\n敬礼!\n某某协会\n2030年12月30日\n"


def test_a_whole_about_title_under_a_forms_prompt_is_the_title():
    parsed = parse(f"1、未按规定如期召开会议的,说明情况:\n某某协会关于2030年会员大会未能召开的说明\n{LETTER}")
    assert parsed.meta.title == "某某协会关于2030年会员大会未能召开的说明"
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert not any("说明情况" in t for t in texts)
    assert any(t.startswith("本会原定于") for t in texts)


def test_a_numbered_paragraph_over_an_about_line_is_no_prompt():
    parsed = parse(f"1、某某协会未按规定如期召开会议。\n某某协会关于2030年会员大会未能召开的说明\n{LETTER}")
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert any("未按规定如期召开会议" in t for t in texts)


@pytest.mark.parametrize("date", ["20 January 2030", "January 20, 2030", "Sunday, Jan. 20, 2030"])
def test_a_date_in_latin_letters_over_the_title_is_passed_over(date: str):
    parsed = parse(f"{date}\n\n会长的话\n\n尊敬的各位乡亲：\n最近我们都在为同乡会的大庆忙碌，特向大家报告。\n")
    assert parsed.meta.title == "会长的话"
