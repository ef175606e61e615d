"""The date field a unit news page prints right under its byline row goes with the row; the
same field alone, or under a line of the text, stays. Pages written for the test, with
half-width punctuation as a search index keeps it."""

from __future__ import annotations

import docgen

TEXT = ("(某某23日讯)某某小学日前举行校庆活动,全体师生及校友共聚一堂,回顾学校百年来的发展历程。\n"
        "校长在致词时表示,学校将继续秉持办学理念,为社会培养更多人才。\n")


def _whole(text: str) -> str:
    return "\n".join(b.text for b in docgen.parse_text(text).blocks)


def test_a_date_field_under_a_byline_row_goes():
    whole = _whole(TEXT + "报道:宣传中心\n日期:2031年5月23日\n")
    assert "2031年5月23日" not in whole, whole
    assert "校长在致词时" in whole, whole


def test_a_date_field_alone_under_the_text_stays():
    whole = _whole(TEXT + "日期:2031年5月23日\n")
    assert "2031年5月23日" in whole, whole
