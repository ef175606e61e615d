"""A forum thread stored in its archive view: the first post is a notice that ends with its
signature and date, and the replies follow — one quoting an earlier post by its poster and stamp
(``某某网友 发表于 2030-3-2 09:15``), the answers under it.  From that line to the end they are
the thread's, not the notice's.  A notice whose own text speaks of when something was 发表于,
or a quoted stamp that stands under no date, stays.  Made-up pages."""

from __future__ import annotations

import docgen

NOTICE = ("关于开展春季植树活动的通知\n为改善城区生态环境，现将春季植树活动有关事项通知如下。\n"
          "一、活动时间：2030年3月12日\n二、活动地点：城东湿地公园\n联系电话：0000-1234567\n"
          "某某市园林局\n2030年3月1日\n")
REPLIES = ("今年还在湿地公园种吗? 去年种的都活了吗? 小树苗 发表于 2030-3-2 09:15\n"
           "去年种的都活了吗?\n"
           "大部分都活了，今年换了新的地块，欢迎大家报名参加。\n")


def _printed(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks]


def test_replies_quoting_a_post_under_the_closing_date_go():
    printed = _printed(NOTICE + REPLIES + "页:\n[1]\n")
    for piece in ["发表于", "去年种的都活了吗", "欢迎大家报名参加"]:
        assert not any(piece in t for t in printed), (piece, printed)
    assert any("某某市园林局" in t for t in printed), printed
    assert any("2030年3月1日" in t for t in printed), printed


def test_a_sentence_of_the_text_that_names_a_stamp_stays():
    text = NOTICE.replace("联系电话", "该方案已于网上公开，市园林局 发表于 2030-2-28 10:00，欢迎查阅。\n联系电话")
    printed = _printed(text)
    assert any("发表于" in t for t in printed), printed


def test_a_quoted_stamp_under_no_date_stays():
    text = NOTICE.replace("2030年3月1日\n", "") + "有市民提问：小树苗 发表于 2030-3-2 09:15，种植地点在哪？\n"
    printed = _printed(text)
    assert any("种植地点在哪" in t for t in printed), printed
