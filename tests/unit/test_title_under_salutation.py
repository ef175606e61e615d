"""A 范文 site's headline printed again right under the letter's salutation is the site's; a
first sentence under the salutation stays (written for the tests)."""

from __future__ import annotations

import docgen

LETTER = """某某小学开学致家长的一封信

亲爱的家长朋友们:

{under}

新学期到了,请您督促孩子按时返校,做好开学前的各项准备,配合学校做好安全教育。

某某小学
"""


def _joined(under: str) -> str:
    speech = docgen.parse(LETTER.format(under=under).encode("utf-8"), input_format="text")
    return "\n".join(b.text for b in speech.blocks if hasattr(b, "text"))


def test_the_headline_repeated_under_the_salutation_is_dropped() -> None:
    joined = _joined("某某小学开学致家长的一封信")
    assert "一封信" not in joined
    assert "新学期到了" in joined


def test_a_sentence_under_the_salutation_stays() -> None:
    assert "感谢您一直以来的支持" in _joined("感谢您一直以来的支持与配合。")


def test_every_copy_in_a_row_goes_so_that_cleaning_twice_changes_nothing():
    from docgen.cleaner import clean

    lines = ["在全县大会上的讲话", "同志们：", "在全县大会上的讲话", "在全县大会上的讲话", "同志们："]
    once = [line.text for line in clean(lines).lines]
    assert [line.text for line in clean(once).lines] == once
