"""The shared character classes of docgen.chars."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from docgen import chars
from docgen.chars import display_width


def _reference(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_display_width_agrees_with_unicode_on_every_code_point():
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    chunk = 4096
    for start in range(0, len(every), chunk):
        piece = every[start:start + chunk]
        assert display_width(piece) == _reference(piece), f"from U+{ord(piece[0]):04X}"
    chars._column_width.__self__.clear()  # the characters met are remembered: forget these


@given(st.text())
def test_display_width_of_any_text(text):
    assert display_width(text) == _reference(text)


def test_display_width_examples():
    assert display_width("abc") == 3
    assert display_width("同志们：") == 8
    assert display_width("“中”😀") == 1 + 2 + 1 + 2   # curly quotes are narrow, emoji wide


def test_glue_keeps_latin_words_and_numbers_apart_only():
    assert chars.glue("今天我们召开", "会议。") == "今天我们召开会议。"
    assert chars.glue("采用Office", "2007格式") == "采用Office 2007格式"
    assert chars.glue("GDP", "增长") == "GDP增长"
    assert chars.glue("增长了", "5.2%") == "增长了5.2%"
    assert chars.glue("见 www.gov.cn/a,", "b.html") == "见 www.gov.cn/a,b.html"
    assert chars.glue("", "abc") == "abc"
