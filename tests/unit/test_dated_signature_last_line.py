"""A text that ends on a body's signature with its date in brackets on one line
(``某某小学教务处(2031-4-30)``), right under its last sentence, keeps it: the dated-item family
(a list's headline with its date) does not take it.  A headline with its date, or a signature
with more under it or no sentence over it, is weighed as before.  The texts are written for the
test."""

from __future__ import annotations

from helpers.cleaning import kept

from docgen.cleaner.rules import _dated_signature


def test_a_signature_with_its_date_in_brackets_ends_the_text():
    texts = ["请家长做好孩子的防护，祝大家假期愉快。", "某某小学教务处(2031-4-30)"]
    assert _dated_signature(texts, 1)
    text = "请家长做好孩子的防护，祝大家假期愉快。\n假期请注意出行安全，遇事及时与班主任联系。\n某某小学教务处(2031-4-30)\n"
    assert "某某小学教务处（2031-4-30）" in kept(text)


def test_an_item_with_its_date_is_no_signature():
    assert not _dated_signature(["请家长做好孩子的防护。", "春季运动会圆满落幕(2031-4-30)"], 1)
    assert not _dated_signature(["请家长做好孩子的防护。", "某某小学教务处(2031-4-30)", "更多"], 1)
    assert not _dated_signature(["更多新闻", "某某小学教务处(2031-4-30)"], 1)
