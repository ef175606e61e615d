"""Lines of a notice's or an article's own text that look like a site's lines: a contact line of
a notice in traditional characters (``郵箱：…`` under ``通訊地址：…``) and a sentence announcing
the text under it (``以下是……全文：``).  The texts are written for the tests."""

from __future__ import annotations

from docgen.cleaner import clean


def _kept(text: str) -> list[str]:
    return [line.text for line in clean(text.splitlines()).lines]


def test_a_notice_contact_mailbox_in_traditional_characters_is_kept() -> None:
    text = ("如有不同意見，可在公示期內以信函或郵件形式向某某辦提出。\n"
            "通訊地址:某某市某某路1號\n"
            "郵編:000000\n"
            "郵箱:someone@example.com\n"
            "某某辦\n"
            "2024年1月2日")
    assert any("someone@example.com" in line for line in _kept(text))


def test_a_sentence_announcing_the_full_text_below_is_kept() -> None:
    text = ("某某会议今天召开，会议发来贺信，向与会代表表示祝贺。\n"
            "以下是贺信全文:\n"
            "值此某某会议召开之际，我表示热烈的祝贺！\n"
            "希望大家再接再厉，取得更大成绩。")
    assert any(line.startswith("以下是贺信全文") for line in _kept(text))
