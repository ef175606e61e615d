"""A speech's headline set over two lines with its genre alone on the second — words of welcome
or thanks (欢迎辞, 答谢词) — and in traditional characters (歡迎辭): the title is both lines, never
the first alone with the genre taken for a name.  The texts are written for the test."""

from __future__ import annotations

import docgen

TRADITIONAL = """迎某某學校師生訪問團
歡迎辭
某某中學校長 王某
尊敬的各位來賓,親愛的老師們、同學們:
歡迎你們來到我們學校,希望這次訪問能加深兩校師生的友誼,促進彼此的交流與合作。
"""

SIMPLIFIED = """在某某公司成立十周年庆典上的
答谢词
尊敬的各位来宾:
感谢大家多年来对公司的关心和支持,我们将继续努力,以更好的成绩回报社会各界的厚爱。
"""


def test_a_welcome_speech_in_traditional_characters_keeps_its_genre_line_in_the_title():
    speech = docgen.parse_text(TRADITIONAL)
    assert speech.meta.title == "迎某某學校師生訪問團歡迎辭"


def test_a_speech_of_thanks_keeps_its_genre_line_in_the_title():
    speech = docgen.parse_text(SIMPLIFIED)
    assert speech.meta.title == "在某某公司成立十周年庆典上的答谢词"
