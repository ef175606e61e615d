"""Chrome a page's copy keeps round its text: the label of the site's "about" menu item over a
company's dated news item (关于 + the company's short name), a site's slogan asking to be
remembered over the title, a 范文 site's tag row and its editor's lines under the text, and
the teaser of another article cut off under an item of a related list.  The text's own lines
stay.  The cases are made up in the shape real pages have."""

from __future__ import annotations

from helpers.cleaning import title_of

from docgen.cleaner import clean

NEWS = ["2031年3月12日上午,公司在某某大厦召开年度工作会议,会议由副总经理王某主持。",
        "会上,总经理李某作了工作报告,各部门负责人分组讨论,提出了改进意见。"]

SPEECH = ["各位来宾、同学们:",
          "经过三天的激烈比赛,本届校园运动会就要闭幕了。",
          "希望大家把赛场上的拼搏精神带到学习中去,取得更好的成绩。谢谢大家!"]
SPEECH_KEPT = ["各位来宾、同学们：", "经过三天的激烈比赛，本届校园运动会就要闭幕了。",
               "希望大家把赛场上的拼搏精神带到学习中去，取得更好的成绩。谢谢大家！"]


def kept(*lines: str) -> list[str]:
    return [line.text for line in clean(list(lines)).lines if line.text]


def test_an_about_menu_label_over_a_dated_news_item_is_dropped_and_no_title() -> None:
    page = ["关于某达", *NEWS]
    assert "关于某达" not in kept(*page)
    assert len(kept(*page)) == 2
    assert title_of(*page) is None


def test_a_title_about_something_over_prose_or_a_notice_title_over_two_lines_stays() -> None:
    essay = ["关于父亲", "父亲今年七十岁了,每天清早还要到菜园里转一圈,看看他种下的那些青菜。"]
    assert kept(*essay)[0] == "关于父亲"
    notice = ["某某县教育局关于", "做好春季开学工作的通知", "各学校:", "2031年2月20日起,各校陆续开学,现将有关事项通知如下。"]
    assert kept(*notice)[:2] == notice[:2]
    assert title_of(*notice) == "某某县教育局关于做好春季开学工作的通知"


def test_a_sites_slogan_asking_to_be_remembered_is_no_part_of_the_title() -> None:
    page = ["文如某水不争先 — — 某水文库◆记住我,常来看看~", "", "在校园运动会闭幕式上的讲话", "", *SPEECH]
    assert page[0] not in kept(*page)
    assert title_of(*page) == "在校园运动会闭幕式上的讲话"


def test_a_headline_with_a_dash_and_remember_is_no_slogan() -> None:
    page = ["某某网——请记住我们的承诺", "", *SPEECH]
    assert kept(*page)[0] == "某某网——请记住我们的承诺"


def test_a_fanwen_sites_tag_row_under_the_text_is_dropped() -> None:
    assert kept(*SPEECH, "推荐访问:运动会 闭幕词 在运动会上的闭幕词 在校园运动会上的闭幕词") == SPEECH_KEPT


def test_a_fanwen_editors_label_over_the_picks_is_dropped() -> None:
    assert kept(*SPEECH, "编辑推荐您关注:") == SPEECH_KEPT


def test_a_fanwen_editors_note_that_it_prepared_the_page_is_dropped() -> None:
    assert kept(*SPEECH, "本文由某某网编辑为您精心准备,请大家参考!") == SPEECH_KEPT


def test_a_sentence_recommending_or_prepared_inside_the_text_stays() -> None:
    lines = ["同志们:", "编辑推荐您关注这本新书。", "本文由三部分组成，都是精心准备的调研材料。"]
    assert kept(*lines)[1:] == ["编辑推荐您关注这本新书。", "本文由三部分组成，都是精心准备的调研材料。"]


def test_another_articles_teaser_cut_off_under_a_related_item_is_dropped() -> None:
    page = ["某某县召开春耕生产工作会议", "", *NEWS, "", "相关推荐", "",
            "冬季养生要注意什么", "",
            "足三里:在小腿外侧,犊鼻下三寸。涌泉穴:位于足底前部凹陷处,第二、三趾趾缝纹头端与足跟连线的前三分之一...",
            "", "相关新闻"]
    got = kept(*page)
    assert not any(line.startswith("足三里") for line in got)
    assert got[-1].startswith("会上")


def test_a_paragraph_breaking_off_under_the_text_with_no_list_above_stays() -> None:
    page = [*NEWS, "", "会议强调,各部门要抓好落实,确保全年目标任务顺利完成。下一步,公司将继续..."]
    assert kept(*page)[-1].startswith("会议强调")
