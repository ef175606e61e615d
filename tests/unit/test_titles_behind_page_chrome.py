"""A page's title behind the chrome printed round it: a headline that names a hotline is no
contact line, a row of edition tabs and an injected link are no part of the title, a 范文 site's
number after a draft's name is the sample's, and a kind's name alone over a letter's salutation is
its title.  The cases are made up in the shape real pages have."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

from docgen.cleaner import clean

BODY = ["今年以来，某某县认真落实上级部署，各项工作有序推进，群众满意度持续提升，取得了阶段性成效。",
        "下一步，全县上下将继续压实责任，细化措施，确保各项任务按期完成，为全年目标打下坚实基础。"]
FOOTER = ["版权所有：某某县人民政府", "地址：某某县某某路1号 电话：0000-0000000", "备案号：某ICP备00000000号"]


def kept(*lines: str) -> list[str]:
    return [line.text for line in clean(list(lines)).lines if line.text]


@pytest.mark.parametrize("headline", ["0000-1234567某某防控有奖举报电话设立", "某某区12345服务热线正式开通"])
def test_a_headline_that_names_a_hotline_is_the_title_not_the_sites_contact_line(headline: str) -> None:
    page = [headline, "2031-05-06  来源：某某新闻网", "", *BODY, "", *FOOTER]
    assert title_of(*page) == headline
    # the site's own hotline under the text still goes
    assert "举报电话：0000-7654321" not in kept(*page[:-1], "举报电话：0000-7654321")


def test_a_row_of_edition_tabs_over_the_title_and_a_lists_teaser_under_the_text_go() -> None:
    page = ["大众版 员工版 英文版", "2031年元旦致辞", "• 发布时间：2031年01月01日", "", *BODY, "",
            "了解这些有可能对您有所帮助"]
    assert title_of(*page) == "2031年元旦致辞"
    texts = kept(*page)
    assert "大众版 员工版 英文版" not in texts and "了解这些有可能对您有所帮助" not in texts
    # the text's own sentence of that kind stays
    assert "以下内容可能对您有所帮助。" in kept(*page[1:-1], "以下内容可能对您有所帮助。", *BODY)


def test_an_advertisers_name_and_address_run_into_the_title_are_left_out() -> None:
    page = ["某某医院 http://example.com/某某县指挥部关于加强堤防值守的通知", "各乡镇、县直有关单位：", *BODY]
    assert title_of(*page) == "某某县指挥部关于加强堤防值守的通知"


@pytest.mark.parametrize(("line", "title"), [
    ("庆国庆领导讲话稿（一）", "庆国庆领导讲话稿"),
    ("开学典礼教师发言稿(三)", "开学典礼教师发言稿"),
    # a series' own part number follows no draft word
    ("学习新思想心得体会（二）", "学习新思想心得体会（二）"),
])
def test_a_fanwen_sites_number_after_a_drafts_name_is_no_part_of_the_title(line: str, title: str) -> None:
    assert title_of(line, "尊敬的各位来宾：", *BODY) == title


def test_a_kinds_name_alone_over_a_letters_salutation_under_the_breadcrumb_is_its_title() -> None:
    page = ["位置：首页>>  工作指导>>", "倡议书", "来源：   时间：2031-12-31   浏览：", "", "全县广大青年朋友们：",
            *BODY, "", "某某县团委", "2031年12月", "", *FOOTER]
    assert title_of(*page) == "倡议书"
    # the same word over a headline is a column's name, not the title
    page = ["位置：首页>>  工作指导>>", "倡议书", "某某县团委关于开展志愿服务活动的倡议", "", "全县广大青年朋友们：",
            *BODY, "", *FOOTER]
    assert title_of(*page) == "某某县团委关于开展志愿服务活动的倡议"
