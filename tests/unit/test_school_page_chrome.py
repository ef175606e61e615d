"""Chrome that school and company sites print around an article: the credit of its picture
among the editors' lines, a field of the content system under the title with its label spaced
out, the reporters' team's slogan in brackets under the text, the site's own name alone under
it.  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

import docgen

BODY = ("今年以来，某某学院坚持立德树人根本任务，深化教育教学改革，人才培养质量稳步提升。\n\n"
        "学院将继续完善教学评价制度，努力为师生创造更好的学习和工作条件。\n")



def test_a_pictures_credit_among_the_editors_lines_is_dropped():
    texts = kept("某某学院召开教学工作会议\n\n" + BODY + "\n题图：某某某\n\n编辑：张某 李某\n\n审核：王某\n")
    assert texts[-1].startswith("学院将继续完善教学评价制度"), texts


def test_a_template_field_with_its_label_spaced_out_under_the_title_is_dropped():
    text = "关于召开某某工作会议的通知\n\n单 位：某某处\n各学院、各部门：\n" + BODY
    texts = kept(text)
    assert "单 位：某某处" not in texts and "单位：某某处" not in texts, texts
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == "关于召开某某工作会议的通知"


def test_a_teams_slogan_in_brackets_under_the_text_is_dropped():
    texts = kept("某某学院举行毕业晚会\n\n" + BODY + "\n【学院故事由你书写，学院风采由我们记录，新闻中心竭诚为您服务】\n")
    assert texts[-1].startswith("学院将继续完善教学评价制度"), texts


def test_the_sites_system_name_alone_under_the_text_is_dropped():
    reposted = BODY.rstrip("\n") + " 来源：某某报"  # a paragraph with its credit run on
    texts = kept("某某学院举行毕业晚会\n\n" + reposted + "\n\n\n某某学院综合办公系统\n")
    assert texts[-1].startswith("学院将继续完善教学评价制度"), texts
    signed = kept("某某学院举行毕业晚会\n\n" + BODY + "\n某某学院办公室\n")
    assert signed[-1] == "某某学院办公室"


def test_a_share_button_with_its_count_under_the_headline_is_no_title():
    text = "发布日期：2016-11-09 浏览次数（88）\n分享此篇文章（0）\n\n" + BODY
    texts = kept(text)
    assert "分享此篇文章（0）" not in texts, texts
    headed = "某某医院开展义诊活动\n发布日期：2016-11-09\n分享此篇文章（0）\n\n" + BODY
    assert docgen.parse(headed.encode("utf-8"), input_format="text").meta.title == "某某医院开展义诊活动"


def test_previous_and_next_links_without_a_colon_under_the_text_are_dropped():
    for links in ("上一篇[已经是第一篇]\n\n下一篇某某报：某某医生：患者的信任让我全力以赴\n",
                  "上一篇（没有了）\n下一篇某某医院开展植树节义务劳动\n"):
        texts = kept("某某医院开展义诊活动\n\n" + BODY + "\n" + links)
        assert texts[-1].startswith("学院将继续完善教学评价制度"), texts


def test_a_sites_function_name_and_its_entry_links_are_no_title_and_no_text():
    text = "在线报名\n" + BODY + "本科报名入口 专科报名入口\n"
    texts = kept(text)
    assert texts[0].startswith("今年以来") and texts[-1].startswith("学院将继续完善"), texts
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title is None


def test_a_pagers_jump_box_and_a_broken_pictures_tail_are_dropped():
    texts = kept("某某医院简介\n\n" + BODY + "\n跳转到： \n页码\n")
    assert texts[-1].startswith("学院将继续完善教学评价制度"), texts
    texts = kept("某某学院举行新年团拜会\n\n" + BODY.replace("\n\n", "\n.JPG)  \n\n", 1))
    assert ".JPG)" not in texts, texts


def test_a_greetings_headline_written_for_an_occasion_is_the_title_over_its_subtitle():
    text = ("百尺竿头再向前——写在《某某校报》出版200期之际 发布时间:2007-7-13 被阅览数: 641 次\n"
            "欣闻《某某校报》出版200期，谨表示热烈的祝贺！\n" + BODY)
    meta = docgen.parse(text.encode("utf-8"), input_format="text").meta
    assert (meta.title, meta.subtitle) == ("百尺竿头再向前", "——写在《某某校报》出版200期之际")


def test_a_side_menu_over_a_pager_under_the_text_is_dropped_and_a_signature_is_not():
    menu = kept("某某医院简介\n\n" + BODY + "\n科室介绍\n科室信息\n\n优秀医生\n\n跳转到：\n页码\n")
    assert menu[-1].startswith("学院将继续完善教学评价制度"), menu
    signed = kept("某某医院简介\n\n" + BODY + "\n张某某\n李某某\n王某某\n\n跳转到：\n页码\n")
    assert signed[-1] == "王某某", signed


def test_a_function_name_alone_in_a_notice_is_its_text_not_the_sites():
    """``网上报名`` alone on a line under a notice's heading names a way to register: a site's
    function name is chrome outside a page's main text only."""
    import docgen

    text = ("关于某某考试报名的通知\n\n各位考生：\n\n现将报名有关事项通知如下。\n\n一、报名方式\n\n网上报名\n\n"
            "考生登录报名系统填写信息，上传照片，并按要求缴费。\n")
    speech = docgen.parse(text.encode("utf-8"), input_format="text")
    assert "网上报名" in [block.text for block in speech.blocks]
