"""Leftovers of mainland portals, e-papers and 范文 sites copied as browser text (all written for
the tests, in half-width punctuation as a search index keeps them): a note that the site's texts
were sent in by its users, a template's tag run into a credit, an advertisement slot's label, a
date widget after a list dash, a font-size row with its bracket left open, an e-paper's date with
the weekday left out and its page label with the page switch, empty byline fields before the
page's date, a 范文 site's spaced tagline; and a body sentence that opens with a document number."""

from __future__ import annotations

import docgen
from docgen.model import Speech

PORTAL = """- 今天是:
某某镇召开安全生产工作会议
来自: 时间:2031-03-02
【字号: 收藏 打印
3月1日上午,某某镇召开安全生产工作会议,镇村干部共60余人参加。
会议要求,各村要压实责任,排查隐患,确保全镇安全生产形势平稳。
广告专区
[r0]某某镇张某
注意:本站部分内容由网友投稿,如侵权请联系删除,联系邮箱:someone@example.com
"""

EPAPER = """2031年3月2日 星期

某某县开展春季植树活动

本报讯 3月1日,某某县组织干部群众在城郊开展义务植树活动,共栽种树苗三千余株。

2031年3月2日 星期

第05版:要闻 上一版4  6下一版
"""

FANWEN = """某某学校致家长的信

 某 某 网 为你提 供某某学校致家长的信

尊敬的家长朋友:

新学期即将开始,请您督促孩子按时返校,做好开学准备。

某某学校
2031年2月20日
"""

CITED = """根据某文明字〔2031〕9号文件《关于开展评选活动的通知》要求,各单位广泛开展了推荐活动。
公示时间:2031年11月7日——2031年11月13日
某某县评选活动办公室
2031年11月7日
"""


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _joined(speech: Speech) -> str:
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


def test_a_portals_widgets_tags_and_notes_are_dropped() -> None:
    speech = _parse(PORTAL)
    joined = _joined(speech)
    for chrome in ("今天是", "来自", "字号", "广告专区", "[r0]", "网友投稿"):
        assert chrome not in joined, chrome
    assert "会议要求,各村要压实责任" in joined.replace("，", ",")
    assert speech.meta.title == "某某镇召开安全生产工作会议"


def test_an_epapers_empty_weekday_date_and_page_switch_are_dropped() -> None:
    speech = _parse(EPAPER)
    joined = _joined(speech)
    assert "星期" not in joined and "下一版" not in joined
    assert speech.meta.title == "某某县开展春季植树活动"
    assert "共栽种树苗三千余株" in joined


def test_a_fanwen_sites_spaced_tagline_is_dropped() -> None:
    joined = _joined(_parse(FANWEN))
    assert "为你提" not in joined
    assert "请您督促孩子按时返校" in joined.replace("，", ",")


def test_a_sentence_opening_with_a_document_number_is_body() -> None:
    speech = _parse(CITED)
    assert speech.meta.document_number is None
    assert "各单位广泛开展了推荐活动" in _joined(speech)


NEWS_WITH_COUNT = """某某公司开展中秋慰问活动

9月10日,某某公司党支部开展中秋慰问活动,为一线职工送去节日问候。(某某)


2031-09-13
741
信息员
"""


def test_a_bare_date_over_a_view_count_is_the_pages_date() -> None:
    joined = _joined(_parse(NEWS_WITH_COUNT))
    assert "2031-09-13" not in joined
    assert "为一线职工送去节日问候" in joined
