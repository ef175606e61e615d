"""A portal's row of its reading modes and tools (``无障碍 长辈版 智能问答 繁体版``), every item one
of them, is site chrome — no headline over the article under it; a headline that names such a
mode with other words stays.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Speech

BODY = ["", "某某镇召开春季防火工作会议", "", "    3月2日上午,某某镇召开春季森林防火工作会议,部署当前防火工作。",
        "", "    会议要求,各村要落实巡山护林责任,确保不发生森林火灾。"]


def parsed(*lines: str) -> Speech:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def test_a_row_of_reading_modes_over_the_headline_is_no_title() -> None:
    doc = parsed("无障碍 关怀版 智能客服 繁体版", *BODY)
    assert doc.meta.title == "某某镇召开春季防火工作会议"


def test_a_headline_naming_a_mode_with_other_words_stays() -> None:
    doc = parsed("无障碍 设施建设全面推进", "", "    3月2日上午,某某镇召开无障碍设施建设推进会,部署当前工作。")
    assert doc.meta.title == "无障碍 设施建设全面推进"
