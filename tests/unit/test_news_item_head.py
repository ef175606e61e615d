"""The head of a news item as a browser's text of the page keeps it: a site's name run into the
breadcrumb under it, over the headline and the first paragraph.  The texts are written for the
tests."""

from __future__ import annotations

from helpers.cleaning import kept

import docgen

HEADLINE = "我区召开动员会,部署春季植树工作"
FIRST = "3月1日,某某区召开春季植树动员会,对今年的植树工作作出安排。"
SECOND = "会议要求各街道、各有关单位落实责任,确保按时完成任务。"



def test_a_site_name_run_into_its_breadcrumb_goes_and_the_headline_and_lead_stay():
    page = ("某某清风网_某某区纪委监委官方网站·某某清风网您所在的位置: 首页 > 工作动态 > 正文\n"
            + HEADLINE + "\n" + FIRST + "\n" + SECOND + "\n")
    texts = kept(page)
    assert not any("位置" in t for t in texts), texts
    assert FIRST.replace(",", "，") in [t.replace(",", "，") for t in texts], texts
    title = docgen.parse(page.encode("utf-8"), input_format="text").meta.title
    assert title is not None and title.replace("，", ",") == HEADLINE


def test_a_sentence_naming_a_pages_place_on_a_site_is_kept():
    line = "报名者请登录本网站您所在的位置:首页 > 报名入口,按提示填写。"
    assert kept(line + "\n" + FIRST + "\n")[0].startswith("报名者")


def test_an_epapers_label_of_the_page_being_read_is_no_title():
    page = "当前版:07版\n发布日期:\n" + HEADLINE + "\n  " + FIRST + "\n  " + SECOND + "\n"
    assert not any(t.startswith("当前版") for t in kept(page))
    title = docgen.parse(page.encode("utf-8"), input_format="text").meta.title
    assert title is not None and title.replace("，", ",") == HEADLINE


def test_an_empty_date_field_does_not_take_the_headline_under_it_as_its_value():
    for colon in (":", "："):
        texts = kept(f"发布日期{colon}\n" + HEADLINE + "\n" + FIRST + "\n")
        assert texts and texts[0].replace("，", ",") == HEADLINE, texts
    assert kept("发布日期:\n2030-03-01\n" + FIRST + "\n")[0].startswith("3月1日")
