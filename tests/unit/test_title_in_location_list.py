"""A page that prints no headline names its document only as the last step of its location
list, a bulleted line under the breadcrumb (``当前位置：首页 >`` / ``• 通知公告`` /
``• 关于……的通知``): that whole title is the title.  The pages are written for the tests."""

from __future__ import annotations

import docgen

TITLE = "关于 2031 年清明节放假安排的通知"
BODY = ("    发布时间:2031-03-28 09:15:02浏览次数:12 设置\n\n    各部门、各学院:\n\n"
        "    根据上级有关通知精神,结合学校实际,现将清明节放假安排通知如下:\n\n"
        "    4月4日至6日放假,共3天。4月7日正常上课。\n\n    请各单位做好假期安全工作。\n\n    返回原图\n")


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def test_the_last_step_of_the_location_list_is_the_title_of_a_page_without_a_headline():
    parsed = parse(f"当前位置:首页 >\n  • 通知公告\n  • {TITLE}\n\n{BODY}")
    assert parsed.meta.title is not None
    assert parsed.meta.title.replace(" ", "") == TITLE.replace(" ", "")


def test_a_bulleted_title_without_a_breadcrumb_above_it_stays_the_pages():
    parsed = parse(f"  • 通知公告\n  • {TITLE}\n\n{BODY}")
    assert parsed.meta.title is None
