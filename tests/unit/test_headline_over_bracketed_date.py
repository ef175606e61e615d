"""A news item copied from the page's headline down: the headline, its date row in square
brackets (``[2031-03-02]``), the photos' captions (``某某致辞`` …), then the text.  The date row
is the page's, and goes; the headline is the title alone — the caption under the date row,
though it ends with a genre word, is no second line of it.  A headline set over two lines with
nothing taken out between them is still joined, and a date in round brackets under a speech's
title stays.  Made-up texts."""

from __future__ import annotations

import docgen

BODY = ["春回大地，万象更新，3月1日，公司在某某会展中心举办新春团拜活动，各界嘉宾近200人出席。",
        "董事长张某首先致辞，向多年来支持公司发展的各界朋友表示衷心感谢，并介绍了公司一年来的发展情况。"]


def _parsed(lines: list[str]):
    return docgen.parse_text("\n".join(lines))


def _printed(speech) -> list[str]:
    return [getattr(block, "text", "") for block in speech.blocks]


def test_the_headline_over_its_bracketed_date_row_is_the_title_alone():
    speech = _parsed(["公司成功举办新春团拜活动", "[2031-03-02]", "张某致辞", "李某致辞", "嘉宾一同举杯", *BODY])
    assert speech.meta.title == "公司成功举办新春团拜活动"
    assert not any("2031-03-02" in text for text in _printed(speech))


def test_a_headline_over_two_lines_with_nothing_between_is_joined():
    speech = _parsed(["某某公司董事长在新春团拜会上的", "致辞", "[2031-03-02]", *BODY])
    assert speech.meta.title == "某某公司董事长在新春团拜会上的致辞"


def test_a_date_in_round_brackets_under_a_speech_title_stays():
    speech = _parsed(["在新春团拜会上的致辞", "（2031-03-02）", *BODY])
    assert any("2031-03-02" in text for text in _printed(speech)) or speech.meta.date
