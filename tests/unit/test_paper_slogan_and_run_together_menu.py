"""Furniture at the head of a page: a newspaper's line of what it is (``某某市委机关报,某某的窗口``)
between a headline and its text, and a site's menu copied with its items run together after its
home link (``范文首页工作总结工作计划……``).  The texts below are made up for the test in those
shapes."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import family_of

LEAD = "近日，某某社区开展了年度优秀志愿者表彰活动，通过榜样力量引导居民参与社区治理。"
SECOND = "活动中，社工回顾了社区志愿者一年来的服务，十名志愿者获得表彰。"


def test_a_papers_slogan_under_the_byline_goes_and_the_headline_is_the_title():
    doc = docgen.parse_text("\n".join(["某某社区开展志愿者表彰活动", "", "某某日报记者 张某 通讯员 李某", "2030-11-30 20:03", "",
                                       "某某市委机关报,某某的窗口", "", LEAD, "", SECOND]))
    printed = [b.text for b in doc.blocks]
    assert doc.meta.title == "某某社区开展志愿者表彰活动"
    assert not any("机关报" in p for p in printed), printed
    assert printed == [LEAD, SECOND], printed


def test_a_sentence_naming_a_papers_organ_stays():
    assert family_of("某某日报是某某市委机关报。") is None
    printed = [b.text for b in docgen.parse_text("\n".join(["某某社区开展志愿者表彰活动", LEAD, "某某日报是某某市委机关报。"])).blocks]
    assert "某某日报是某某市委机关报。" in printed, printed


def test_a_menu_run_together_is_no_title_and_is_not_printed():
    passages = ["这一年注定是你人生中最重要的一年。", "你更多理解了自己，理解了这个复杂的世界。", "记住这一点也就够了。"]
    doc = docgen.parse_text("\n".join(["范文首页工作总结工作计划心得体会演讲稿讲话稿合同范本述职报告思想汇报 |", *passages]))
    assert not doc.meta.title
    assert [b.text for b in doc.blocks] == passages


def test_a_title_that_names_a_sites_home_page_stays():
    doc = docgen.parse_text("\n".join(["网站首页栏目调整及政务信息报送工作安排的通知", "各科室：",
                                       "为进一步规范网站管理，现将有关事项通知如下。", "请各科室认真落实。"]))
    assert doc.meta.title == "网站首页栏目调整及政务信息报送工作安排的通知"
