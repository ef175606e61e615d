"""A headline's decoration and a board's kind tag are no part of the title: a lone ornament
before it (``◎……``) and the kind of notice before a colon (``公告：……``), in both colon widths.
The cases are made up in the shape real pages have."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

import docgen

BODY = "為維護環境整潔，請民眾配合相關時間安排，將垃圾妥善收存，切勿任意棄置於路旁，以免影響市容。"


@pytest.mark.parametrize("mark", ["◎", "※", "■"])
def test_a_lone_ornament_before_the_headline_is_left_out(mark: str) -> None:
    assert title_of(f"{mark}某某鄉舉辦中秋聯歡晚會歡慶佳節", "", BODY) == "某某鄉舉辦中秋聯歡晚會歡慶佳節"


@pytest.mark.parametrize("colon", ["：", ":"])
def test_the_kind_of_notice_before_a_colon_is_left_out(colon: str) -> None:
    assert title_of(f"公告{colon}本所春節連假期間清運時間調整表", "", BODY) == "本所春節連假期間清運時間調整表"


def test_a_tag_between_two_stars_still_goes_whole() -> None:
    assert title_of("★最新公告★某某鄉春節連假期間清運時間調整表", "", BODY) == "某某鄉春節連假期間清運時間調整表"


def test_a_report_s_day_and_unit_under_the_headline_are_fields_and_it_stays_the_title() -> None:
    speech = docgen.parse("\n".join([":::", "「春風,啟航」", "報導日期:2024-06-20", "報導單位:某某區 某某國小 教務處",
                                     BODY]).encode("utf-8"), input_format="text")
    assert speech.meta.title == "「春風，啟航」"
    shown = "".join(getattr(block, "text", "") for block in speech.blocks)
    assert "報導單位" not in shown and "教務處" not in shown and "報導日期" not in shown


def test_a_feed_link_under_a_skip_link_is_no_title() -> None:
    assert title_of(":::", "某某縣政府某某處 RSS訂閱", "", "某某颱風第一號通報,請 查照。", "", BODY) != "某某縣政府某某處 RSS訂閱"
