"""A newspaper's page lists its articles by their headlines above the article: of two headline
lines set one over the other, the one the list names is the title and the line over it its 引题
(kicker).  Where the list names neither, or the upper one, the upper line stays the title.  The
pages are made up in the shape e-paper sites have."""

from __future__ import annotations

import docgen

BODY = ["本报讯 昨日，某某市举行新一批重点项目集中开工仪式，共有45个项目开工，总投资约320亿元。",
        "据介绍，此次开工项目涵盖先进制造、城市更新和民生保障等领域，预计年内完成投资百亿元以上。",
        "市有关负责人表示，将全力做好要素保障，推动项目早投产、早见效。"]
NAV = ["第003版:要闻", "上一版 下一版", "某某市45个重点项目集中开工", "某某区召开老旧小区改造推进会",
       "今冬明春供暖准备就绪", "某某日报", "某某日报社主办", "上一篇 下一篇",
       "2025 年 03 月 06 日 星期 放大 缩小 默认"]


def title_of(lines: list[str]) -> str | None:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text").meta.title


def test_the_headline_the_pages_list_names_is_the_title_under_its_kicker() -> None:
    page = [*NAV, "总投资约320亿元", "某某市45个重点项目集中开工", *BODY, "上一篇 下一篇"]
    assert title_of(page) == "某某市45个重点项目集中开工"


def test_a_headline_over_its_subtitle_stays_the_title_when_the_list_names_it() -> None:
    nav = [line if line != "某某市45个重点项目集中开工" else "某某市重点项目集中开工" for line in NAV]
    page = [*nav, "某某市重点项目集中开工", "总投资约320亿元", *BODY, "上一篇 下一篇"]
    assert title_of(page) == "某某市重点项目集中开工"


GENRED = "安全生产检查 要落实责任制度"


def test_a_kicker_is_not_joined_to_a_headline_ending_in_a_genre_word_the_list_names() -> None:
    nav = [line if line != "某某市45个重点项目集中开工" else GENRED for line in NAV]
    page = [*nav, "市政府部署春季安全工作", GENRED, *BODY, "上一篇 下一篇"]
    assert title_of(page) == GENRED


def test_a_line_over_such_a_headline_stays_in_the_title_when_no_list_names_the_headline() -> None:
    page = [*NAV, "市政府部署春季安全工作", GENRED, *BODY, "上一篇 下一篇"]
    assert title_of(page) == "市政府部署春季安全工作" + GENRED
