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

