"""A 范文 page's tag row and the block offering its text as a Word file, under the text's last
paragraph (the paragraphs indented, the block's lines not): the tag row (``热门标签: …``), the
file's name in title marks, the offer, its format note, its button and the VIP note all go,
and the paragraphs stay whole — none of the block's lines is run onto them.  A sentence of a
text that names a .doc file or the offer's words stays.  The page is written for the test."""

from __future__ import annotations

import docgen

PAGE = """在某某公司新春联欢会上的致辞

  今天,我们在这里欢聚一堂,共同庆祝新春佳节的到来,我谨代表公司向全体员工致以节日的问候。
  过去一年,大家克服重重困难,圆满完成了各项任务,公司的发展离不开每一位员工的辛勤付出。
  最后,祝大家新春快乐、阖家幸福!

热门标签: 联欢会主持词 新春联欢会主持词
《在某某公司新春联欢会上的致辞.doc》
将本文的Word文档下载到电脑,方便收藏和打印
推荐度:

文档为doc格式

文章下载

《在某某公司新春联欢会上的致辞.doc》

VIP请直接点击按钮下载本文的Word文档下载到电脑,请使用最新版的WORD和WPS软件打开,如发现文档不全可以联系客服申请处理。
"""

CHROME = ["热门标签", ".doc》", "下载到电脑", "推荐度", "doc格式", "文章下载", "VIP"]


def _printed(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks]


def test_the_tag_row_and_the_word_download_block_go():
    printed = _printed(PAGE)
    for piece in CHROME:
        assert not any(piece in text for text in printed), (piece, printed)
    assert any(text.startswith("最后，祝大家新春快乐") for text in printed), printed


def test_a_sentence_naming_a_doc_file_or_the_offer_stays():
    text = PAGE.split("\n\n热门标签")[0] + "\n  会议材料《某某公司年度工作要点.doc》已发至各部门邮箱,请将本文的Word文档下载到电脑后认真学习。\n"
    printed = _printed(text)
    assert any("年度工作要点.doc" in t for t in printed), printed
