"""Pages copied as text (written for the tests): an e-paper's page tools and its new-media label
over the headline, a picture's saved file names, credits with roles a school page uses (校稿,
一审, 起草人 and 发布人), a picture viewer's buttons with the counter under them, a generator's
note in brackets, a list head of more texts of the same kind, and the page's own address run on
after the last sentence."""

from __future__ import annotations

import docgen
from docgen.model import Speech

EPAPER = """某某日报新媒体
通版阅读请点击:
展开通版
收缩通版

某某局召开全体干部会议

本报讯 3月1日,某某局召开全体干部会议,传达学习上级会议精神,部署今年重点工作。
会议要求,全局干部要提高站位,狠抓落实,确保各项任务按期完成。
微信图片_20300301093015
0a1b2c3d4e5f60718293a4b5c6d7e8f
"""

SCHOOL = """某某学院举行主题团日活动

3月5日,某某学院团委举行主题团日活动,全体团员青年参加。
活动中,团员们重温入团誓词,交流学习体会,表示要以实际行动践行初心。
起草人:团委  张某某发布人:团委  张某某
校稿:李某
一审:王某某
(注:以上内容由专人撰写完成,旨在记录活动的经过。)
更多同类【团日、班会活动】......

返回 原图
/
"""

LINKED = ("某某支部主题党日制度\n\n一、每月确定一天为主题党日。二、主题党日活动要做到年度有计划,每月有安排。"
          " 本文来源:https://www.example.com/doc/0a1b2c3d4e5f.html\n")


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _joined(speech: Speech) -> str:
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


def test_an_epapers_tools_and_label_are_dropped_and_the_headline_is_the_title() -> None:
    speech = _parse(EPAPER)
    assert speech.meta.title == "某某局召开全体干部会议"
    joined = _joined(speech)
    for chrome in ("新媒体", "通版", "微信图片", "0a1b2c3d"):
        assert chrome not in joined, chrome
    assert "确保各项任务按期完成" in joined


def test_credits_a_note_a_list_head_and_a_viewers_buttons_are_dropped() -> None:
    joined = _joined(_parse(SCHOOL))
    for chrome in ("起草人", "校稿", "一审", "以上内容", "更多同类", "原图", "/"):
        assert chrome not in joined, chrome
    assert "表示要以实际行动践行初心" in joined


def test_the_pages_own_address_after_the_last_sentence_is_dropped() -> None:
    joined = _joined(_parse(LINKED))
    assert "本文来源" not in joined and "https" not in joined
    assert joined.endswith("每月有安排。")


SPLIT = """关于暂停门诊的公告

因疫情防控需要,我院自即日起暂停门诊服务,恢复时间另行通知,敬请谅解。
某某医院
2030年9月15日
防疫小知识编辑
张某某
审核
李某
"""


def test_credits_set_label_over_value_at_the_end_are_dropped() -> None:
    joined = _joined(_parse(SPLIT))
    for chrome in ("编辑", "张某某", "审核", "李某\n", "李某"):
        assert chrome not in joined.replace("某某医院", ""), chrome
    assert "敬请谅解" in joined


def test_a_name_under_a_line_ending_in_a_role_alone_stays() -> None:
    joined = _joined(_parse("某某通知\n\n请各单位按时报送材料。\n联系人:办公室编辑\n张某某\n"))
    assert "张某某" in joined


def test_a_view_count_under_the_last_sentence_is_dropped_and_a_year_stays() -> None:
    text = "某某中心举行荣退仪式\n\n10月15日下午,某某中心为两位同志举行荣退仪式。\n最后,领导为退休职工赠送纪念品。\n"
    assert "1143" not in _joined(_parse(text + "1143\n"))
    assert "2030" in _joined(_parse(text + "2030\n"))
