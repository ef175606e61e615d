"""A label of the text's own closed by a colon right over its body (``說明：`` over ``一、……``)
stands in the page's header block: when the lines above it are a whole page's chrome, they go
and it stays.  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

ITEMS = ("一、依據某某局來函辦理,本市部分地區將於下週一暫停供水一日。\n"
         "二、停水期間請各單位提前儲水,並加強向同仁宣導節約用水。\n"
         "三、如有疑問,請洽某某處某某科,電話:(03)0000000。\n")

CHROME = ("跳到主要內容區塊\n"
          "回頁首\n"
          "某某處 某某組 - 重要公告 | 2030-01-02 | 點閱數: 87\n")


def test_a_label_over_the_numbered_items_stays_under_the_pages_chrome():
    texts = kept(CHROME + "說明:\n" + ITEMS)
    assert texts[0] == "說明："
    assert len(texts) == 4
    assert not any("點閱數" in t or "跳到" in t for t in texts)


def test_a_longer_line_closed_by_a_colon_is_no_such_label():
    # an introducing sentence of many words is prose: the body's own line, not a label
    texts = kept(CHROME + "某某處為做好本次停水的各項準備工作,特將有關事項說明如下:\n" + ITEMS)
    assert texts[0].startswith("某某處為做好")
