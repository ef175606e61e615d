"""A short line a page-wide menu family takes (``某某宫公告``) set alone between a headline that the
page's title line repeats and the text: the text's own cross-head, so the headline and it stay.
The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

BODY = ("百年的庙会活动,因为今年流感的疫情蔓延,各界出现了不同的声浪,董监事会经过讨论后决定延期。\n\n"
        "某某宫全体董监事会昨晚召开会议,我们决议尊重专业,将今年的活动延期举办,全力支持政府的防疫工作。\n\n"
        "Posted in 新闻内容, 生活综合\n\n热门推荐\n")



def test_a_menu_like_line_between_the_headline_and_the_text_is_its_cross_head():
    texts = kept("search\n\n2030年某某宫庙会延期举办! – 某某情报站\n\n2030年某某宫庙会延期举办!\n\n某某宫公告\n\n" + BODY)
    assert texts[:2] == ["2030年某某宫庙会延期举办！", "某某宫公告"]
    assert texts[2].startswith("百年的庙会活动")


def test_without_a_page_title_repeating_the_headline_the_menu_line_is_no_cross_head():
    texts = kept("search\n\n某某情报站\n\n2030年某某宫庙会延期举办!\n\n某某宫公告\n\n" + BODY)
    assert "某某宫公告" not in texts and texts[0].startswith("百年的庙会活动")


def test_a_short_notice_heading_under_a_headline_is_no_byline():
    import docgen

    text = "\n".join(["某某宫延期举办庆典活动", "", "某某宫公告", "",
                      "因为今年疫情蔓延，经董监事会开会决议，将今年的庆典活动延期举办。", "",
                      "本宫全力支持政府的防疫工作。"])
    speech = docgen.parse(text.encode("utf-8"), input_format="text")
    assert speech.meta.author is None
    assert any("某某宫公告" in block.text for block in speech.blocks)
