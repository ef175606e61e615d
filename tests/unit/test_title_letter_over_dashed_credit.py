"""Titles in texts copied from pages: a letter's short title over its author's credit framed by dashes."""

from __future__ import annotations

import docgen


def test_a_credit_framed_by_dashes_under_a_short_title_is_no_title():
    text = ("亲爱的老师\n\n"
            "── 某某中学校友  王某某 ──\n\n"
            "今年春天我回到了母校,看到校园里的一草一木,想起了您当年的教诲。\n\n"
            "您的形影,您的典范,会长存在我的心中。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "亲爱的老师"


def test_an_authors_name_and_date_run_on_after_a_headline_are_no_part_of_the_title():
    text = ("春风十里迎新岁,万家灯火庆团圆 ---某某县某某镇某某村举办迎春联欢会 王某某 2019-02-03\n"
            "今天是农历腊月二十九, 某某村在村委会广场举办迎春联欢会。参加联欢会的村民约200多人。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title is not None
    assert not speech.meta.title.endswith("2019-02-03")
    assert "王某某" not in speech.meta.title
    assert speech.meta.title.endswith("迎春联欢会")


def test_a_couplet_headline_over_two_lines_is_one_title():
    text = ("别了老朋友,谢谢你!\n"
            "来了新伙伴,新希望!\n"
            "夏天到了,同学们刚刚离开校园。\n"
            "几位老师也因为任期届满,必须离开原来的学校,到新的学校继续努力。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "别了老朋友，谢谢你！来了新伙伴，新希望！"


def test_a_headline_over_an_unequal_exclaimed_sentence_stays_one_line():
    text = ("别了老朋友,谢谢你!\n"
            "今年夏天,同学们刚离开,谢谢你!\n"
            "几位老师也因为任期届满,必须离开原来的学校,到新的学校继续努力。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "别了老朋友，谢谢你！"
