"""Titles of notices reposted on portals and forums: the portal's own headline for the item,
ending with an exclamation, over the notice's own ``关于……`` title (on one line or broken over
two).  The texts are written for the tests."""

from __future__ import annotations

import docgen

NOTICE = ("各街道办事处,区各部门:\n\n根据上级有关安排,现将2031年劳动节放假事项通知如下,"
          "请各单位结合实际认真抓好落实,确保节日期间各项工作平稳有序。\n\n某某区人民政府办公室\n\n2031年4月20日\n")


def title_of(text: str) -> str | None:
    return docgen.parse(text.encode("utf-8"), input_format="text").meta.title


def test_a_portals_exclaimed_headline_over_the_notices_own_title_is_not_the_title():
    for mark in ("!", "！"):
        head = f"2031年劳动节放假通知{mark}\n2031年04月21日09:15 来源:某某发布\n"
        assert title_of(head + "区政府办公室关于2031年劳动节放假的通知\n" + NOTICE) == "区政府办公室关于2031年劳动节放假的通知"


def test_a_notices_own_title_broken_over_two_lines_under_a_headline_is_joined():
    head = "某镇发布通告:今年的集市取消!\n\n发表于 2031-9-17 01:53:22 | 显示全部楼层\n阅读: 512 评论: 3\n\n"
    text = head + "关于取消某某镇\n\n2031年9月21日物资交流会的通告\n\n" + NOTICE
    assert title_of(text) == "关于取消某某镇2031年9月21日物资交流会的通告"


def test_a_headline_ending_with_its_genre_word_stays_the_title():
    text = "某某区2031年劳动节放假的通知\n\n" + NOTICE
    assert title_of(text) == "某某区2031年劳动节放假的通知"


def test_a_headline_with_a_citys_name_before_the_notices_own_title_gives_way_to_it():
    own = "某某镇人民政府关于取消2031年春季庙会的通告"
    for lead in ("", "导语 为做好疫情防控工作,某市某某镇人民政府关于取消2031年春季庙会,详情如下。\n\n"):
        text = "某市" + own + "\n\n" + lead + "  " + own + "\n\n" + NOTICE
        parsed = docgen.parse(text.encode("utf-8"), input_format="text")
        assert parsed.meta.title == own
        body = "".join(getattr(b, "text", "") for b in parsed.blocks)
        assert own not in body and "详情如下" not in body and body.startswith("各街道办事处"), body[:40]


def test_a_headline_that_names_a_longer_body_before_the_same_words_is_kept():
    text = "某某自治区某某镇人民政府关于取消2031年春季庙会的通告\n\n" + NOTICE
    assert title_of(text) == "某某自治区某某镇人民政府关于取消2031年春季庙会的通告"


NEWS = ("5月20日,某某公司党支部组织开展主题党日活动,全体党员参加,大家重温入党誓词,交流学习体会。\n"
        "活动中,党员们纷纷表示,要立足岗位作贡献,以实际行动践行初心使命。\n")


def test_a_columns_label_with_its_english_name_is_no_title():
    for label in ("党建工作 Party Building", "新闻动态 News"):
        assert title_of(label + "\n" + NEWS) is None


def test_a_series_note_in_brackets_is_no_title():
    for note in ("(校领导走访各地校友系列报道之五)", "（专题访谈之三）"):
        assert title_of(note + "\n" + NEWS) is None


def test_a_headline_with_english_words_in_a_sentence_stays_a_title():
    assert title_of("某某公司召开AI Day发布会\n" + NEWS) == "某某公司召开AI Day发布会"
