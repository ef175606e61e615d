"""A notice that closes with an appendix — its label (``附：``), a caption and a table copied a
cell a line, each cell closed by its bar (``日期 |`` / ``场次 |``) — keeps the table, though the
cells stand below the text's date and read like a page's menu.  Cells under no appendix label,
or too few of them, are weighed as before.  The texts are written for the test."""

from __future__ import annotations

from helpers.cleaning import kept

from docgen.cleaner.pagetail import appendix_table

NOTICE = ("关于春季学期图书馆开放时间调整的通知\n"
          "各学院：\n"
          "为方便师生借阅，经研究，现将春季学期图书馆开放安排通知如下：\n"
          "一、开学第一周图书馆分批开放，请按附表时间入馆。\n"
          "二、入馆须刷校园卡，校外人员不得入内。\n"
          "图书馆\n"
          "2031年2月20日\n")

TABLE = ("附：\n"
         "图书馆分批开放安排\n"
         "日期 |\n"
         "开放楼层 |\n"
         "人次 |\n"
         "2月24日 |\n"
         "一至三层 |\n"
         "约800人次 |\n"
         "2月25日 |\n"
         "四至六层 |\n"
         "约600人次 |\n")


def test_the_appended_table_under_its_label_is_kept():
    whole = "\n".join(kept(NOTICE + TABLE))
    for cell in ("日期", "人次", "2月24日", "约800人次", "2月25日", "约600人次"):
        assert cell in whole, whole


def test_cells_under_no_appendix_label_are_not_the_texts():
    texts = ["2031年2月20日", "首页 |", "新闻 |", "通知 |", "联系我们 |"]
    assert appendix_table(texts, 1) == set()


def test_the_caption_and_the_cells_under_the_label():
    texts = ["附：", "开放安排", "日期 |", "楼层 |", "人次 |", "", "联系我们"]
    assert appendix_table(texts, 0) == {1, 2, 3, 4}
    assert appendix_table(["附件1", "日期 |", "楼层 |", "人次 |"], 0) == {1, 2, 3}
    assert appendix_table(["附：", "日期 |", "楼层 |"], 0) == set()  # too few cells
    assert appendix_table(["附：", "开放安排", "说明", "日期 |", "楼层 |", "人次 |"], 0) == set()
