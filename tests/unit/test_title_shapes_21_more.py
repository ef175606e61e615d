"""Titles in texts copied from pages: an opening address hard-wrapped into its greeting, a
reporter's byline, a headline printed under the text, a document number run into the title."""

from __future__ import annotations

import docgen


def test_salutation_wrapped_mid_word_into_its_greeting_is_no_title():
    text = ("理事代表，各区干部，各位会员及到场的各\n"
            "位来宾大家好，我是新任理事长某某某，非常欢迎各位今天的光\n"
            "临！\n首先感谢前任理事长的推荐，让我有机会为大家服务。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title is None
    assert "理事代表" in speech.blocks[0].text
