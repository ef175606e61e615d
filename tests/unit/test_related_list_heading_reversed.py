"""A list of other letters under its heading written the words the other way round (阅读相关 for
相关阅读): its items, the letters' first sentences cut off, go with it.  The page is written
for the test."""

from __future__ import annotations

from helpers.cleaning import kept

LETTER = ("致幼儿园家长一封信\n\n"
          "时间:2030/1/28 0:17:27 来源:某某写信网\n\n"
          "某某网为你提供致幼儿园家长一封信\n\n"
          "尊敬的家长朋友:\n\n"
          "暑期愉快!我们的幼儿园自7月1日起正式更名为某某幼儿园,特向您说明有关情况。\n\n"
          "新学期的开学时间是8月18日上午7:30,欢迎宝贝们如期返园。\n\n"
          "某某幼儿园 二〇三〇年七月十七日\n\n")


def test_the_items_under_the_reversed_heading_go() -> None:
    page = (LETTER + "某某网为你提供致幼儿园家长一封信\n\n上一篇 下一篇\n\n阅读相关\n\n"
            "1、尊敬的家长朋友们: 你们好!交往是人生道路上的一项必修课,每个人都要学会与人相处…阅读全文\n\n"
            "2、亲爱的家长朋友:   随着春节的临近,幼儿园本学期的工作已圆满结束了。在这学期中,您和孩子一起感受了幼儿园的学习生活,也和我\n")
    texts = kept(page)
    assert texts[-1] == "某某幼儿园 二〇三〇年七月十七日"
    assert not any("家长朋友们" in t or "随着春节" in t for t in texts)
