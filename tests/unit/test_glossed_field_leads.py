"""A notice converted to traditional characters with a converter's pinyin glosses in brackets
after some characters (``時(shí)間``): its numbered field leads (``一、管制時(shí)間：`` /
``二、管制區(qū)域：``) are read through the glosses — run-in headings as the same leads without
them are, however long each gloss makes its lead.  Made-up notices."""

from __future__ import annotations

from helpers.structure import headings

import docgen

HEAD = "關於某某路段實施臨時交通管制的通告\n為保障活動順利進行，決定對某某路段實施臨時交通管制，現將有關事項通告如下：\n"
TAIL = "請過往車輛提前繞行。\n特此通告！\n"


def test_glossed_field_leads_are_run_in_headings():
    s = docgen.parse_text(HEAD + "一、管制時(shí)間：某月某日8時(shí)至12時(shí)\n"
                          "二、管制區(qū)域：某某路（甲路口至乙路口）、某某街。\n" + TAIL)
    assert headings(s) == ["一、管制時（shí）間：", "二、管制區（qū）域："]  # brackets set full width


def test_the_same_with_full_width_brackets():
    s = docgen.parse_text(HEAD + "一、管制時（shí）間：某月某日8時至12時\n"
                          "二、管制區（qū）域：某某路、某某街。\n" + TAIL)
    assert headings(s) == ["一、管制時（shí）間：", "二、管制區（qū）域："]


def test_leads_of_unequal_length_without_glosses_stay_the_text_of_a_list():
    # labels that differ in length and name no field are the items of a list, glosses or none
    s = docgen.parse_text("某某说明\n年终述职一般包括以下内容。\n1. 工作总(zǒng)结：回顾一年内完成的主要任务。\n"
                          "2. 存在的问题分析：分析工作中遇到的问题及原因。\n")
    assert headings(s) == []
