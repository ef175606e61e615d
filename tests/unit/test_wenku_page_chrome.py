"""The leftovers of 文库 (document-sharing) and 范文 sites in a document's browser text: the
stylesheet a document converter left as text before the document, with half-width
punctuation as the source has it.  The pages are written for the test."""

from __future__ import annotations

import docgen

CONVERTED_PAGE = """某某县长在全县防汛工作会议上的讲话
x> [标签:正文] @page { size: 8.5in 11in; margin-top: 0.8in } p { color: #333333; line-height: 120% } td.cn { font-family: "黑体"; font-size: 12pt } 某某县长在全县防汛工作会议上的讲话 同志们: 今天召开全县防汛工作会议,主要任务是分析形势,部署今年的防汛工作,确保安全度汛。
"""


def _printed(text: str) -> tuple[str | None, list[str]]:
    speech = docgen.parse_text(text)
    return speech.meta.title, [b.text for b in speech.blocks]


def test_a_converters_stylesheet_before_the_text_goes_and_the_speech_stays():
    title, printed = _printed(CONVERTED_PAGE)
    assert title == "某某县长在全县防汛工作会议上的讲话"
    assert any("今天召开全县防汛工作会议" in text for text in printed), printed
    for piece in ("@page", "font-family", "标签", "line-height"):
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_sentence_quoting_one_style_rule_stays():
    text = "通知\n请在样式中写入 p { color: red } 即可,各单位按此执行。\n"
    _, printed = _printed(text)
    assert any("color: red" in t or "color:red" in t for t in printed), printed
