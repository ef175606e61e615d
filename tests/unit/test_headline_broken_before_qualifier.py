"""A news headline set over two lines, broken right before the bracketed word that qualifies
the meeting it names (``……全委`` / ``（扩大）会议精神``): one title, the two lines joined.  The
texts are written for the tests."""

from __future__ import annotations

import docgen

BODY = ("3月2日,某某乡团委召开会议,传达某某市团委第五届二次全委(扩大)会议精神,要求各支部认真学习。\n"
        "会议指出,各支部要结合实际,抓好落实。\n")


def _title(text: str) -> str | None:
    return docgen.parse(text.encode("utf-8"), input_format="text").meta.title


def test_a_headline_broken_before_its_bracketed_qualifier_is_joined():
    text = "某某乡团委学习传达市团委第五届二次全委\n(扩大)会议精神\n" + BODY
    assert _title(text) == "某某乡团委学习传达市团委第五届二次全委（扩大）会议精神"


def test_a_line_opening_with_another_bracketed_tag_is_not_joined():
    text = "某某乡团委学习传达市团委第五届二次全委会议精神\n(图文)各支部热议会议精神\n" + BODY
    assert _title(text) == "某某乡团委学习传达市团委第五届二次全委会议精神"
