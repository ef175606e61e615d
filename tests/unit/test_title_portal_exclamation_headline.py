"""Titles of notices under a portal's headline that holds an exclamation inside it
(``暂缓……！某某镇发布公告``), over the notice's own ``关于……`` title and its first sentence, each
on a line of its own.  The texts are written for the tests."""

from __future__ import annotations

import docgen

OWN = "关于暂停某某镇春季物资交流会、庙会的通告"
BODY = ("近期,某地疫情多点散发,为避免人群聚集,经某某镇疫情防控指挥部研究决定,暂停辖区内物资交流会、"
        "庙会活动。现就有关事项通告如下:\n一、即日起,暂停全镇所有交流会活动。\n二、请广大群众相互转告。\n"
        "特此通告。\n某某镇疫情防控指挥部\n2031年3月18日\n")


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def test_a_whole_about_title_is_never_glued_to_the_headline_over_it_nor_to_the_sentence_under_it():
    for mark in ("!", "！"):
        parsed = parse(f"暂停春季物资交流会、庙会{mark}某某镇发布公告\n{OWN}\n{BODY}")
        texts = [getattr(b, "text", "") for b in parsed.blocks]
        assert parsed.meta.title == OWN
        assert not any(OWN in t for t in texts)  # the title is no part of a paragraph
        assert any(t.startswith("近期，某地疫情") for t in texts)


def test_a_headline_with_an_exclamation_inside_gives_way_to_the_notices_own_title():
    parsed = parse(f"某某发布\n\n暂停春季物资交流会、庙会！某某镇发布公告\n\n{OWN}\n\n{BODY}")
    assert parsed.meta.title == OWN


def test_a_sentence_naming_a_notice_still_goes_on_after_a_broken_line():
    text = ("这次会议十分重要，我们要认真学习镇政府近期印发的\n关于做好春季防火工作的通知\n，抓好各项措施的落实。\n")
    parsed = parse("春季防火工作会议讲话\n\n" + text)
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert any("关于做好春季防火工作的通知，抓好" in t for t in texts)


NOTICE = ("目前,为做好春季护林防火工作,保障群众安全,现将有关事项公告如下:\n\n一、今年停办春季庙会。\n\n"
          "特此公告。\n\n某某镇人民政府\n\n2031年3月20日\n")


def test_a_places_label_before_a_whole_about_title_is_taken_off():
    parsed = parse("某某市:某某镇关于停办2031年春季庙会的公告\n\n" + NOTICE)
    assert parsed.meta.title == "某某镇关于停办2031年春季庙会的公告"


def test_a_portal_headline_restating_the_title_gives_way_to_the_own_title_under_it():
    head = "2031年某某市发布某某镇关于停办春季庙会公告\n\n更新时间:2031-03-21 15:59:30\n\n"
    parsed = parse(head + "某某市:某某镇关于停办春季庙会的公告\n\n" + NOTICE)
    assert parsed.meta.title == "某某镇关于停办春季庙会的公告"


def test_a_label_that_names_no_place_stays_with_a_headline():
    parsed = parse("某某镇:关于停办春季庙会的公告\n\n" + NOTICE)
    assert parsed.meta.title == "某某镇:关于停办春季庙会的公告".replace(":", "：")


def test_a_spaced_out_kind_of_document_run_into_its_text_is_the_title():
    for space in (" ", "\u3000"):
        line = f"通{space}告 某某村委会、各住户: 经调查,在住宅区养殖牲畜会污染环境。现规定如下: 一、住宅区禁止饲养牲畜。 特此通告\n"
        parsed = parse(line + "某某镇人民政府\n2031年11月8日\n")
        texts = [getattr(b, "text", "") for b in parsed.blocks]
        assert parsed.meta.title is not None and "".join(parsed.meta.title.split()) == "通告"
        assert any("经调查，在住宅区养殖牲畜" in t for t in texts)


def test_two_spaced_words_that_name_no_kind_of_document_are_not_split_off():
    parsed = parse("坚 持 某某村委会: 经调查,在住宅区养殖牲畜会污染环境,现规定如下。\n")
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert parsed.meta.title != "坚 持"
    assert not any(t.startswith("某某村委会") for t in texts)


def test_a_headline_broken_inside_a_quotation_is_joined():
    text = ("某某协会召开“一届二次理事会\n暨协会成立三周年”大会\n"
            "2031年7月17日下午，“某某协会一届二次理事会暨协会成立三周年”大会在某某会议中心召开。\n"
            "会上，会长作了协会成立三周年工作总结。\n")
    assert parse(text).meta.title == "某某协会召开“一届二次理事会暨协会成立三周年”大会"


def test_a_quoted_line_of_a_song_opening_the_text_is_no_title():
    text = ("文:某某\n摄:某某\n“春天里来百花开，河边的柳树发新芽，家家户户笑开颜！”\n"
            "新春伊始，医院上下洋溢着浓浓的节日气息，科室为休养员准备了丰富的活动。\n祝大家新年快乐！\n")
    assert parse(text).meta.title is None


def test_a_quoted_headline_of_one_or_two_clauses_stays_the_title():
    text = "“奋斗者，正青春！”\n\n新春伊始，医院上下洋溢着浓浓的节日气息，科室为休养员准备了丰富的活动。\n"
    assert parse(text).meta.title == "“奋斗者，正青春！”"
