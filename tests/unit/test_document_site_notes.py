"""A document site's page of a file it shows: the note that a member shared the file (its name in
title marks with the extension, ``由会员分享,可在线阅读,……请在某某文库上搜索``), and its notes under
the text — the labels set as items of a list (``- 配套讲稿:``, ``- 特殊限制:``) and their stock texts on
a slide's script and on the pictures' use — go; the text stays whole, no label run onto its end.
A 范文 Q&A page's blurb over its sample (how such a text is written, a question to the reader, a
pointer to the samples below and a preview run on after the colon) goes too, and the sample's own
headline under it is the title.  The pages are written for the tests."""

from __future__ import annotations

import docgen

SHARED = [
    "《某某小区节水倡议书.docx》由会员分享,可在线阅读,更多相关《某某小区节水倡议书.docx(1页珍藏版)》请在某某文库网上搜索。",
    "某某小区节水倡议书水是生命之源,节约用水是每一位居民的责任。我们倡议:一、随手关紧水龙头;二、一水多用,循环利用。让我们从现在做起。某某小区物业2030年3月",
    "- 配套讲稿:",
    "如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。双击word图标可打开word文档。",
    "- 特殊限制:",
    "部分文档作品中含有的国旗、国徽等图片,仅作为作品整体效果示例展示,禁止商用。设计者仅对作品中独创性部分享有著作权。",
]

CHROME = ["由会员分享", "配套讲稿", "PPT文件", "特殊限制", "部分文档作品"]


def _printed(lines: list[str]) -> list[str]:
    return [b.text for b in docgen.parse("\n".join(lines).encode("utf-8"), input_format="text").blocks]


def test_the_share_note_and_the_sites_notes_go_and_the_text_stays_whole() -> None:
    printed = _printed(SHARED)
    for piece in CHROME:
        assert not any(piece in text for text in printed), (piece, printed)
    assert any(text.endswith("某某小区物业2030年3月") for text in printed), printed


def test_a_sentence_that_a_file_was_shared_or_a_notes_label_with_its_value_stays() -> None:
    lines = ["关于节约用水的通知", "各位居民:",
             "《某某小区节水办法.docx》由会员分享给各楼栋长,请大家认真学习。",
             "- 特殊限制:每户每月限领一次",
             "某某小区物业"]
    printed = _printed(lines)
    assert any("由会员分享给各楼栋长" in text for text in printed), printed
    assert any("特殊限制" in text for text in printed), printed


QA_PAGE = [
    "学校的停课通知一般要写清时间和安排。你知道怎么写吗?以下有范文可供参考: 1 停课通知 一、停课时间: x月x日至x日停课。 二",
    "停课通知",
    "因强降雨天气影响,经研究决定,全校于2030年6月2日停课一天。",
    "请各位家长做好孩子的安全教育和看护工作。",
    "某某小学",
]


def test_a_qa_pages_blurb_over_its_sample_goes_and_the_samples_headline_is_the_title() -> None:
    doc = docgen.parse("\n".join(QA_PAGE).encode("utf-8"), input_format="text")
    printed = [b.text for b in doc.blocks]
    assert doc.meta.title == "停课通知"
    assert not any("你知道怎么写" in text for text in printed), printed
    assert any(text.startswith("因强降雨天气影响") for text in printed), printed


def test_a_pointer_to_points_not_to_samples_stays() -> None:
    lines = ["年终总结会上的讲话", "同志们:", "这份总结怎么写?以下几点供大家参考:", "一要实事求是。二要突出重点。"]
    printed = _printed(lines)
    assert any("这份总结怎么写" in text for text in printed), printed
