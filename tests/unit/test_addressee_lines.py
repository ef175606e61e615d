"""Addressee lines: a list of bodies named whole, peers (``同行``) and relatives and friends
(``亲友``) among the people addressed, and
an addressee line under a page's headline closed by ``！``."""

from __future__ import annotations

import docgen
from docgen.model import Salutation


def _salutation(text: str) -> str | None:
    return next((b.text for b in docgen.parse_text(text).blocks if isinstance(b, Salutation)), None)


def test_an_addressee_line_of_bodies_is_the_salutation():
    assert _salutation("关于合并党支部的请示\n\n某某县委组织部：\n\n经研究，拟合并两个党支部。\n\n妥否，请批示。\n") \
        == "某某县委组织部："
    assert _salutation("关于收缴党费的通知\n\n机关党工委、各党总支、直属党支部：\n\n现将有关事项通知如下。\n") \
        == "机关党工委、各党总支、直属党支部："


def test_a_fields_label_naming_no_body_is_no_salutation():
    assert _salutation("关于举办讲座的通知\n\n主办单位：\n\n某某市图书馆。\n") is None
    assert _salutation("关于举办讲座的通知\n\n总部：\n\n某某路1号。\n") is None


def test_peers_are_people_addressed_in_a_run_in_salutation():
    assert _salutation("在年会上的致辞\n\n各位同行、来宾、朋友们：大家晚上好。\n\n感谢大家的到来。\n") \
        == "各位同行、来宾、朋友们："


def test_an_addressee_line_under_a_headline_closed_by_an_exclamation_is_the_salutation():
    text = ("某某仪器专注建筑材料、消防器材检测设备\n\n放假通知 | 某某仪器春节放假通知！\n\n2030-01-20\n\n"
            "全体员工和客户朋友：\n\n您们好！\n\n现将放假安排通知如下。\n")
    assert _salutation(text) == "全体员工和客户朋友："
    sentence = "某某公司通知\n\n今年业绩很好，感谢大家！\n\n全体员工：\n\n现将放假安排通知如下。\n"
    assert _salutation(sentence) is None


def test_family_members_are_people_addressed_in_a_run_in_salutation():
    assert _salutation("新年贺词\n\n各位领导、全体职工及家属：岁月不居，时节如流。值此新年到来之际，向大家致以问候。\n") \
        == "各位领导、全体职工及家属："
    assert _salutation("新年贺词\n\n各位领导、全体职工及其他：岁月不居，时节如流。\n") is None


def test_relatives_and_friends_are_people_addressed_in_a_run_in_salutation():
    assert _salutation("关于春节返乡的倡议\n\n各位在外亲友：大家好！今年春节，我们倡议大家就地过年。\n") \
        == "各位在外亲友："


def test_a_salutation_set_with_the_small_forms_of_the_marks_is_one():
    assert _salutation("某某大會開幕典禮主席致詞\n\n某某會王理事長﹑李主任委員﹑各位朋友﹐大家好﹕\n\n今天我非常榮幸來參加本次大會。\n") \
        == "某某會王理事長﹑李主任委員﹑各位朋友﹐大家好﹕"


def test_a_label_alone_over_a_salutation_does_not_hide_it():
    assert _salutation("在联谊会上的讲话\n\n内容提要：\n\n各位女同胞：\n\n大家好。今天我们欢聚一堂。\n") == "各位女同胞："
    # a line that introduces what follows (``……如下：``) is a line of the text
    assert _salutation("在联谊会上的讲话\n\n具体如下：\n\n各位女同胞：\n\n大家好。今天我们欢聚一堂。\n") is None
    # nor is a line under a label a salutation unless it opens with a form of address
    assert _salutation("某某通知\n\n内容提要：\n\n本部门负责人：\n\n大家好。今天我们欢聚一堂。\n") is None


def test_a_letter_to_a_kindergarten_is_addressed_to_a_body():
    """A parent's letter sent to the kindergarten (``某某幼儿园：``), in either script: the body it
    is sent to is the salutation."""
    letter = "\n\n我是大二班一名小朋友的家长。首先向班上的两位老师表示衷心的感谢。\n\n此致\n\n敬礼\n"
    assert _salutation("阳光幼儿园：" + letter) == "阳光幼儿园："
    assert _salutation("幼兒園：" + letter) == "幼兒園："


def test_a_line_naming_kindergartens_under_a_paragraph_is_no_salutation():
    assert _salutation("关于春季招生的通知\n\n今年春季招生工作即将开始，现将有关事项通知如下。\n\n"
                       "本区招生的幼儿园：\n\n阳光幼儿园、彩虹幼儿园。\n") is None
