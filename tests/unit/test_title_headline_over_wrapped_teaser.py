"""Titles in texts copied from pages: a news headline over a teaser hard-wrapped at a fixed width."""

from __future__ import annotations

import docgen


def test_headline_over_a_teaser_wrapped_at_a_fixed_width_is_the_title():
    text = ("某某市第3届理事长交接\n"
            "王某某理事长在致词中表示:未来请协会的伙伴们,在前\n"
            "任理事长所奠定良好的基础之下,持续推动会务发展,务\n"
            "必更加谦虚谨慎、勿忘初衷、勇于任事,面对问题,解决\n"
            "问题,他会是一个勇于承担的理事长!\n"
            "(记者某某/某地报导)某某市第3届理事长交接典禮12日下午举行;王某某在致词中表示,"
            "未来请协会的伙伴们持续推动会务发展。\n"
            "王某某说:今天,很荣幸能在此,以无比感恩的心情,承担会员交付给我的责任。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "某某市第3届理事长交接"



def test_a_sample_sites_composition_tag_after_a_letter_is_no_part_of_the_title():
    text = ("某某小学放假给家长的一封信作文\n\n"
            "尊敬的各位家长:\n\n"
            "  寒假即将来临,为了让孩子们度过一个安全、愉快的假期,现将有关事项告知如下。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "某某小学放假给家长的一封信"


def test_a_composition_whose_title_names_no_kind_keeps_its_last_word():
    text = "我的第一篇作文\n\n  今天是星期天,我和妈妈一起去公园玩,公园里的花开得很美。\n"
    assert docgen.parse_text(text).meta.title == "我的第一篇作文"


def test_a_tables_number_cell_is_no_title_candidate():
    from docgen.cleaner.pageheader import title_candidate

    assert not title_candidate("| 依、 |")
    assert not title_candidate("| 三、 |")
    assert title_candidate("| 某某学校关于放假的通知 |")


def test_a_bare_view_count_is_the_sites_counter():
    from docgen.shapes.chrome import family_of

    family = family_of("點閱:10", ("line", "page"))
    assert family is not None and family.name == "visit-counter"
    assert family_of("点击:进入报名系统", ("line", "page")) is None
