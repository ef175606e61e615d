"""A notice's table of dates and arrangements copied with its cell bars, right under the sentence
that introduces it (``……安排如下：`` over ``日期 | 星期 | 安排 |`` / ``5月1日 | 周一 | 休息 |``),
then its notes, signature and date: the table is the text's, however much its header row looks
like a menu bar, and the text goes on past it to its date; a site's menu bar under such a lead
names no days and still goes.  Made-up pages."""

from __future__ import annotations

from helpers.cleaning import kept

TITLE = "2031年端午节图书馆开放安排"
LEAD = "根据市里2031年端午节放假安排,节日期间本馆各分馆开放时间安排如下:"
TABLE = ["日期 | 星期 | 开放安排 | 说明 |",
         "6月3日 | 周五 | 全天开放 | 按周末时间开放 |",
         "6月4日 | 周六 | 闭馆 | 设备检修 |",
         "6月5日 | 周日 | 正常开放 |",
         "|"]
TAIL = ["备注:", "自助还书机——全天开放", "少儿阅览室——9:00至17:00", "某某市图书馆办公室", "二〇三一年五月二十日"]
CHROME = ["微信公众号", "版权所有 某某市图书馆 备案号:某ICP备00000000号"]


def test_a_dated_table_under_its_lead_stays_with_the_notes_signature_and_date() -> None:
    out = kept("\n".join([TITLE, LEAD, *TABLE, *TAIL, *CHROME]))
    assert all(row in out for row in TABLE[:-1])
    assert all(line in out for line in TAIL[1:]) and "备注：" in out
    assert not any(line in out for line in CHROME)


def test_a_menu_bar_under_a_lead_names_no_days_and_still_goes() -> None:
    menu = ["首页 | 馆情介绍 | 读者服务 | 联系我们 |", "数字资源 | 活动预告 | 馆藏检索 |"]
    out = kept("\n".join([TITLE, LEAD, *menu, *CHROME]))
    assert not any(line in out for line in menu)
    assert "节日期间本馆各分馆开放时间安排如下：" in out[1]
