"""An e-paper's article under its ``往期回顾`` link and its issue path: the article's headline
stands right over the page's byline row (``新闻作者：本报  发布时间：……``), which cleaning takes
out as the page's metadata, with the text's first paragraph under it.  A list prints no byline
row between a link and a paragraph, so the headline is no item of the list above it; links
with no such row under them stay the list's.  The texts are written for the tests."""

from __future__ import annotations

import docgen

BODY = ["3月1日上午，我校在田径场举行春季运动会，全校师生一千余人参加了开幕式。",
        "比赛设田赛、径赛和趣味项目三类，同学们奋勇争先，赛出了风格和水平。"]


def parse(*lines: str) -> docgen.Speech:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def printed(speech: docgen.Speech) -> list[str]:
    return [getattr(block, "text", "") for block in speech.blocks]


def test_a_headline_over_the_byline_row_under_a_list_heading_is_the_title() -> None:
    speech = parse("往期回顾", "发刊日期:2030年03月01日> > 总第12期 > 第A2版 > 新闻内容", "我校举行春季运动会",
                   "新闻作者:本报  发布时间:2030年03月01日  查看次数:", "", *BODY)
    assert speech.meta.title == "我校举行春季运动会"
    assert not any("往期回顾" in text for text in printed(speech))


def test_links_with_no_byline_row_under_them_stay_the_lists() -> None:
    speech = parse("我校举行春季运动会", "", *BODY, "", "相关新闻", "我校召开教学工作会议", "我校开展植树活动")
    texts = printed(speech)
    assert speech.meta.title == "我校举行春季运动会"
    assert not any("教学工作会议" in text or "植树活动" in text for text in texts)


def test_a_link_over_a_byline_row_and_another_link_stays_the_lists() -> None:
    speech = parse("我校举行春季运动会", "", *BODY, "", "相关新闻", "我校召开教学工作会议",
                   "发布时间:2030年02月01日", "我校开展植树活动")
    assert not any("教学工作会议" in text for text in printed(speech))


def test_a_headline_over_its_byline_and_the_pages_rows_under_a_list_heading_is_the_title() -> None:
    # the font-size buttons and a reporter's credit between the byline row and the text
    speech = parse("新闻中心", "", "媒体报道", "", "某某报:我校举行春季运动会", "",
                   "作者:某某中学 来源:某某中学", "字号: + - 16", "", "记者 王某某", "", *BODY)
    assert speech.meta.title == "我校举行春季运动会"
    assert any("春季运动会" in text for text in printed(speech))
