"""Rows and fields that local pages print around a text, as a browser's text of the page keeps
them: a digital archive's record fields, a share label, a link back to the list, a hit count,
a blog's disclaimer, a labelled note on reprinting
and the notes naming where a text was taken from.  The texts are written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")

BODY = ("本館收藏的這張海報,記錄了某某里某某宮重建落成時的遶境路線與活動內容,籌備委員會分工完整,"
        "顯示了地方對這項儀式的重視與用心。\n")



@pytest.mark.parametrize(
    "line",
    [
        "時間: 2011/07/08 下午 04:30:00",
        "創作者: 陳某某",
        "分享本文:",
        "回列表頁",
        "返回列表頁",
        "人氣: 321",
        "** 博客文章文責自負,不代表本公司立場 **",
        "(原創聲明:未經許可,禁止進行轉載、摘編、複製。如需轉載,請留言獲得授權。)",
        "以上資料來源–某某文教基金會",
        "原始新聞來源 某某會理事長交接|某某接任 某某時報.",
        "Source",
    ],
)
def test_local_page_rows_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "時間: 下午三時在禮堂舉行",
        "創作者:王某某、李某某等三人合作完成。",
        "分享本文的心得,是這次讀書會的重點。",
        "人氣很旺,大家都來了。",
        "博客文章要注意文字通順。",
        "原創聲明的起草由法務部門負責。",
        "以上資料來源多元,內容豐富。",
        "原始來源不明的消息不要轉發。",
        "Source of the report",
    ],
)
def test_text_alike_is_kept(line: str) -> None:
    assert family_of(line, SCOPES) is None, line


def test_an_archive_items_name_stays_over_its_record_fields() -> None:
    page = ("某某宮落成遶境路線圖\n"
            "創作者: 陳某某\n"
            "時間: 2011/07/08 下午 04:30:00\n"
            "關鍵字: 2011年;某某里;某某宮;遶境\n"
            + BODY)
    texts = kept(page)
    assert texts[0] == "某某宮落成遶境路線圖"
    assert len(texts) == 2 and texts[1].startswith("本館收藏")


def test_a_row_of_metadata_words_with_its_date_is_dropped_under_the_title() -> None:
    page = "某某宮落成遶境路線圖\n某某日報 社會 王某 王某 2019-03-02\n" + BODY
    texts = kept(page)
    assert texts[0] == "某某宮落成遶境路線圖"
    assert len(texts) == 2 and texts[1].startswith("本館收藏")
