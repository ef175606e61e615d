"""A news item pasted from a page that closes with a reminder box in its own voice — a lead
prompting the reader (``……提醒您``) over a few short lines of advice — keeps the box, though the
page's layout bars stand between it and the last paragraph and its lines read like a page's
(short, no sentence's end, a link named as a thing to shun).  A run of short lines under the
bars with no such lead, or a box whose lines give a date and a link, stays the page's.  The
texts are written for the test."""

from __future__ import annotations

import docgen

BODY = ("入冬以来，某某区消防救援大队在辖区内持续开展冬季火灾防控宣传活动，提升群众的消防安全意识。\n"
        "连日来，消防员走进社区、学校和商场，讲解家用电器的安全使用常识，演示灭火器的操作方法，"
        "并向居民发放宣传手册一千余份。\n"
        "下一步，大队还将组织开展消防演练，推动防火知识进入千家万户，筑牢冬季火灾防控的安全防线。\n"
        "|\n|\n|\n")

BOX = ("消防部门提醒您\n"
       "出门断电断气 睡前查看炉火\n"
       "楼道杂物不堆 网页广告不点\n"
       "发现火情时\n"
       "请立即拨打119\n")


def _printed(text: str) -> str:
    return "\n".join(b.text for b in docgen.parse_text(text).blocks)


def test_the_reminder_box_under_the_bars_is_kept():
    whole = _printed(BODY + BOX)
    for line in ("消防部门提醒您", "出门断电断气", "网页广告不点", "发现火情时", "请立即拨打119"):
        assert line in whole, whole
    assert "|" not in whole, whole


def test_short_lines_under_the_bars_without_a_lead_stay_the_pages():
    menu = "热点专题\n冬季防火专栏\n消防知识问答\n警情通报汇总\n"
    whole = _printed(BODY + menu)
    assert "冬季防火专栏" not in whole and "警情通报汇总" not in whole, whole


def test_a_box_of_dates_and_links_is_no_advice():
    from docgen.cleaner.pagetail import advice_box

    texts = ["温馨提示", "2024年1月5日起停止服务", "详见 www.example.com"]
    assert advice_box(texts, 0) == []
    texts = ["警方提醒您", "陌生来电不轻信", "可疑链接不点开"]
    assert advice_box(texts, 0) == [0, 1, 2]
    assert advice_box(["警方提醒您", "陌生来电不轻信"], 0) == []
