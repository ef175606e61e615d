"""An e-paper's front page and a school's news page copied as text (both written for the tests):
the e-paper's issue navigation, the prompt on its last issue with its button, its page label, the
browser-upgrade notice with its buttons, a couplet kicker over the headline and a jump note run on
at a paragraph's end; the school page's hotline and countdown widget over the headline; a related
list with its items' times in brackets."""

from __future__ import annotations

import docgen
from docgen.model import Speech

EPAPER = """这已经是最后一期了哦!

我知道了

2030年01月02日

上一期 下一期
第一版:要闻
2030年01月02日

瑞雪迎春辞旧岁 新桃换符启新程

某某区各界人士新春团拜会举行

本报讯 1月1日上午,某某区各界人士新春团拜会举行,区领导与各界代表欢聚一堂,共迎新春。
团拜会上,各界人士互致问候,畅叙友谊,表示将在新的一年里继续支持全区发展,(下转第二版)

您当前使用的浏览器版本过低,可能导致部分功能不能正常使用。
建议使用 IE9及以上版本,或 Firefox Chrome等浏览器。谢谢!
现在升级 稍后再说
"""

SCHOOL = """服务热线:0000-00000000
距离2030年高考还有:

某某中学举行开学典礼

9月1日上午,某某中学在操场举行新学期开学典礼,全体师生参加。
校长在典礼上讲话,勉励同学们珍惜时光,勤奋学习,全面发展。

相关报道:某某中学举行运动会 (2030-01-18 17:37:48)
某某中学开展读书月活动 (2030-02-22 06:11:52)
"""


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _texts(speech: Speech) -> list[str]:
    return [block.text for block in speech.blocks if hasattr(block, "text")]


def test_the_headline_under_a_couplet_kicker_is_the_title() -> None:
    assert _parse(EPAPER).meta.title == "某某区各界人士新春团拜会举行"


def test_the_epapers_chrome_is_dropped_and_its_text_kept() -> None:
    texts = _texts(_parse(EPAPER))
    joined = "\n".join(texts)
    for chrome in ("最后一期", "我知道了", "下一期", "第一版", "浏览器", "稍后再说", "下转"):
        assert chrome not in joined, chrome
    assert "表示将在新的一年里继续支持全区发展" in joined
    assert any(text.startswith("本报讯") for text in texts)


def test_a_hotline_and_a_countdown_over_the_headline_are_the_sites() -> None:
    speech = _parse(SCHOOL)
    assert speech.meta.title == "某某中学举行开学典礼"
    joined = "\n".join(_texts(speech))
    assert "距离" not in joined and "服务热线" not in joined


def test_a_related_list_with_its_items_times_is_dropped() -> None:
    joined = "\n".join(_texts(_parse(SCHOOL)))
    assert "运动会" not in joined and "读书月" not in joined
    assert "勉励同学们珍惜时光" in joined


NOTICE = """2031年03月04日

停水公告

三版  2031年03月04日   来源:

  因供水管网改造工程施工需要,经研究,现将有关事项公告如下:

  一、停水时间

  2031年3月6日8时至20时。

  二、停水范围

  某某路以东、某某街以北的居民小区。

  请各用户提前做好储水准备,给您带来的不便,敬请谅解。

  特此公告

  某某市自来水公司

  2031年3月4日

手机扫描打开本篇文章
"""


def test_a_kind_named_title_over_a_notice_that_names_itself_so_is_the_title_not_a_menu_item() -> None:
    # ``停水公告`` is shaped like a column of a site's menu (``最新公告``); right over a body that
    # says ``公告如下`` and closes with ``特此公告``, with no menu item over it, it is the title
    speech = _parse(NOTICE)
    assert speech.meta.title == "停水公告"
    joined = "\n".join(_texts(speech))
    assert "手机扫描" not in joined and "停水公告" not in joined
    assert "公告如下" in joined and "特此公告" in joined


def test_a_column_name_among_its_fellows_over_a_notice_is_no_title() -> None:
    menu = "首页\n\n新闻中心\n\n最新公告\n\n" + NOTICE.split("三版", 1)[1].split("\n", 1)[1]
    speech = _parse(menu)
    assert speech.meta.title != "最新公告"
    assert "最新公告" not in "\n".join(_texts(speech))
