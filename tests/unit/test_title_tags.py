"""A headline's decoration and a board's kind tag are no part of the title: a lone ornament
before it (``◎……``) and the kind of notice before a colon (``公告：……``), in both colon widths.
The cases are made up in the shape real pages have."""

from __future__ import annotations

import pytest

import docgen

BODY = "為維護環境整潔，請民眾配合相關時間安排，將垃圾妥善收存，切勿任意棄置於路旁，以免影響市容。"


def title_of(*lines: str) -> str | None:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text").meta.title


@pytest.mark.parametrize("mark", ["◎", "※", "◆"])
def test_a_lone_ornament_before_the_headline_is_left_out(mark: str) -> None:
    assert title_of(f"{mark}某某鄉舉辦中秋聯歡晚會歡慶佳節", "", BODY) == "某某鄉舉辦中秋聯歡晚會歡慶佳節"


@pytest.mark.parametrize("colon", ["：", ":"])
def test_the_kind_of_notice_before_a_colon_is_left_out(colon: str) -> None:
    assert title_of(f"公告{colon}本所春節連假期間清運時間調整表", "", BODY) == "本所春節連假期間清運時間調整表"


def test_a_tag_between_two_stars_still_goes_whole() -> None:
    assert title_of("★最新公告★某某鄉春節連假期間清運時間調整表", "", BODY) == "某某鄉春節連假期間清運時間調整表"
