"""Rows that pages print around a text: an item's record as a row of fields apart by slashes
with its count of readers, a photographer's credit who wrote the report too, and a board's note
that a post was edited.  The texts are made up for the test in those shapes."""

from __future__ import annotations

import pytest

import docgen
from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")
BODY = ("近日，某某县召开全县农业工作会议，总结去年工作，部署今年任务，各乡镇主要负责同志参加会议。",
        "会议要求，各单位要提高认识，压实责任，认真抓好各项任务的落实，确保全年目标顺利完成。")


def printed(*lines: str) -> str:
    doc = docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")
    return "\n".join(block.text for block in doc.blocks if getattr(block, "text", None))


# --------------------------------------------------------------------------- an item's record row


@pytest.mark.parametrize("line", ["栏目: 演讲稿 / 发布于: / 人气:1.2W", "分类：散文 | 作者：某某 | 浏览：356",
                                  "阅读:86 / 栏目: 通知"])
def test_a_row_of_an_items_fields_with_its_count_of_readers_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["时间：6月1日 / 地点：某某礼堂 / 人数：80", "书目：某某 / 阅读：每周一章",
                                  "阅读：86页以后的内容由各组自学。"])
def test_a_row_of_a_texts_own_fields_is_kept(line):
    assert family_of(line, SCOPES) is None, line


def test_the_record_row_under_a_headline_is_dropped():
    text = printed("某某小学节约用水倡议书", "栏目: 倡议书 / 发布于: / 人气:3.4W", *BODY)
    assert "人气" not in text and BODY[1].replace(",", "，") in text


# --------------------------------------------------------------------------- a photographer's report credit


@pytest.mark.parametrize("line", ["王某某摄影报道", "李某 图文报道", "赵某/摄影报道"])
def test_a_name_with_photographed_and_reported_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["新闻摄影报道", "专题摄影报道", "摄影报道"])
def test_a_kind_of_report_alone_is_kept(line):
    assert family_of(line, SCOPES) is None, line


def test_the_credit_under_the_text_is_dropped():
    text = printed(*BODY, "王某某摄影报道")
    assert "摄影报道" not in text and "确保全年目标顺利完成" in text


# --------------------------------------------------------------------------- a board's edit note


@pytest.mark.parametrize("line", ["[此帖子已被 someone 在 2031-3-4 9:05:06 编辑过] |", "[此帖已被 某某 在 2031-3-4 9:05 編輯過]",
                                  "本帖最后由 someone 于 2031-3-4 09:05 编辑"])
def test_a_boards_note_that_a_post_was_edited_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["此帖子已被版主置顶，请大家踊跃发言。", "本帖最后由我来补充几句。"])
def test_a_posters_words_about_the_post_are_kept(line):
    assert family_of(line, SCOPES) is None, line


def test_the_edit_note_under_a_post_run_into_one_line_is_dropped():
    post = "祝贺大会圆满成功! 贺信 各位校友: 值此母校百年华诞之际,我们谨致以热烈的祝贺。 某某校友会 二〇三一年五月一日"
    text = printed(post, "[此帖子已被 someone 在 2031-5-2 10:20:30 编辑过] |")
    assert "编辑过" not in text and "热烈的祝贺" in text
