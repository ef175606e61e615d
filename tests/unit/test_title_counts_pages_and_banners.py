"""Titles in texts copied from pages: a 范文 page's heading with its count of pieces, a speech's
title with its copy's page number, a site's banner of two names joined by a middle dot, and a
headline over two lines that the page prints again as one line."""

from __future__ import annotations

import docgen
from docgen.parser.titlechoice import page_title


def test_a_sample_pages_count_of_pieces_ends_its_heading():
    text = ("校运会校长致辞(一篇)\n"
            "1234范文\n"
            "1篇1:春季校运会校长讲话\n"
            "老师们、同学们:\n"
            "今天,我们在这里举行春季运动会,我代表学校向全体运动员表示问候!\n"
            "希望大家赛出风格,赛出水平。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "校运会校长致辞"


def test_a_count_with_a_word_of_the_site_stays():
    assert page_title("春节放假通知(精选3篇)") == "春节放假通知(精选3篇)"


def test_a_page_number_after_a_speech_title_is_no_part_of_it():
    assert page_title("某某镇长在新春茶话会上的讲话(2)") == "某某镇长在新春茶话会上的讲话"
    assert page_title("某某镇长在新春茶话会上的讲话（3）") == "某某镇长在新春茶话会上的讲话"


def test_a_part_number_after_a_title_without_its_kind_stays():
    assert page_title("我的乡村教师生涯(2)") == "我的乡村教师生涯(2)"
    assert page_title("学习新思想的几点体会（二）") == "学习新思想的几点体会（二）"


def test_a_banner_of_two_names_joined_by_a_dot_is_passed_over():
    text = ("某山 · 智慧党务\n\n"
            "党员怎样按时交纳党费?\n\n"
            "发表时间: | 来源:本站原创 | 浏览:\n\n"
            "党员应当按月交纳党费,这是党员的义务,也是党员对党组织应尽的责任。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "党员怎样按时交纳党费？"


def test_a_dotted_kicker_alone_over_the_body_is_still_a_title():
    text = ("春耕 · 农事忙\n\n"
            "连日来,某某镇农民抢抓农时,田间地头一派繁忙景象。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "春耕 · 农事忙"


def test_a_headline_over_two_lines_printed_again_as_one_is_one_title():
    text = ("村里大事村民定\n"
            "定好大事为村民\n\n"
            "发布时间: 2022-03-01     来源:     作者: 王某\n\n"
            "村里大事村民定   定好大事为村民\n\n"
            "为切实办好村里的大事,某某村召开村民代表大会,讨论通过了今年的几项重点工作。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "村里大事村民定定好大事为村民"


def test_a_headline_over_a_line_never_printed_again_stays_one_line():
    text = ("村里大事村民定\n"
            "定好大事为村民\n\n"
            "发布时间: 2022-03-01     来源:     作者: 王某\n\n"
            "为切实办好村里的大事,某某村召开村民代表大会,讨论通过了今年的几项重点工作。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "村里大事村民定"
