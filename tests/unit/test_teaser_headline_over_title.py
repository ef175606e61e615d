"""A portal's teaser headline for an item, ending in an arrow that points down at it
(``紧急提醒！某某区中小学放假时间有变化→``), over the document's own title (``某某区教育局关于……
的通知``): the document's title is the title, alone, and the teaser is not printed.  A title never
points past itself.  A line with no arrow, or an arrow over no whole title, stays as it was.
Made-up texts, in either script and with a converter's pinyin glosses."""

from __future__ import annotations

import docgen

BODY = ["各位家长：", "受台风影响，经区政府同意，全区中小学放假时间提前至1月10日（星期五）。",
        "请各位家长做好学生假期安全教育。", "某某区教育局", "2031年1月6日"]


def _parsed(lines: list[str]):
    return docgen.parse_text("\n".join(lines))


def _printed(speech) -> list[str]:
    return [getattr(block, "text", "") for block in speech.blocks]


def test_the_documents_own_title_under_a_teaser_with_an_arrow_is_the_title():
    speech = _parsed(["紧急提醒！某某区中小学放假时间有变化→", "2031-01-06 18:00 来源：某某区融媒体中心",
                      "某某区教育局关于调整中小学寒假放假时间的通知", *BODY])
    assert speech.meta.title == "某某区教育局关于调整中小学寒假放假时间的通知"
    assert not any("紧急提醒" in text for text in _printed(speech))


def test_a_glossed_title_in_traditional_characters_under_the_teaser_is_the_title():
    speech = _parsed(["緊急提醒!某某區中小學(xué)放假時(shí)間有變化→", "",
                      "某某區教育局關(guān)于調(diào)整中小學(xué)寒假放假時(shí)間的通知", *BODY])
    assert speech.meta.title == "某某區教育局關（guān）于調（diào）整中小學（xué）寒假放假時（shí）間的通知"


def test_a_headline_with_no_arrow_goes_on_as_before():
    lines = ["紧急提醒！某某区中小学放假时间有变化", "", "某某区教育局关于调整中小学寒假放假时间的通知", *BODY]
    speech = _parsed(lines)
    assert speech.meta.title.startswith("紧急提醒")  # the teaser rule does not take it off


def test_an_arrow_over_no_whole_title_is_no_teaser():
    speech = _parsed(["某某区中小学放假时间有变化→", "", *BODY[1:]])
    assert speech.meta.title == "某某区中小学放假时间有变化→"
